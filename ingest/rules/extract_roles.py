"""Roles stated next to a person's name, from an open list of title heads.

Why apart from the fixed frames (ingest.rules.role_frames): those read known role words
in fixed frames; these read any title phrase (ingest.rules.role_titles) in the orders
Swedish pages use:

- role.apposition_title: "säger Sara Lehman Svensson, miljöstrateg", "Gösta
  Bergenheim (S), regionstyrelsens ordförande", "Anna Ek, enhetschef i
  Socialtjänsten", "säger Eva Ek som är stads- och landsbygdsstrateg", "Eva Ek (S)
  valdes till ordförande i ..."; a topic runs to the clause's end or to the
  organisation ("länssamordnare för drogfrågor på <org>"), a party after the title is
  the person's ("Eva Ek, ordförande (C)"), and a title in brackets is too ("Eva Ek
  (förvaltningschef)");
- role.prefix_title: "justitie- och migrationsminister Morgan Johansson",
  "biträdande regiondirektör Jörgen Preuss", "säger landshövding, Eva Ek", "till
  länets ANDT-samordnare, Eva Ek, finns" (the name in commas); no role of
  the site's on a list line naming an organisation no rule read ("• Docent Eva Ek, X lab").

Lists of people in minutes are read first, whole (ingest.rules.role_lists): there the
list's order, not the sentence, says whose a title is; then title labels
(ingest.rules.role_labels), contact cards (ingest.rules.role_cards), coordinated or
plural titles (ingest.rules.role_coordination) and elections and member lists
(ingest.rules.role_members).
The organisation is chosen by ingest.rules.role_owner. A mention whose role an earlier
rule read is left alone; the person's other mentions are read too ("justitieminister X").
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.person_names import add_party
from ingest.rules.role_appointee_lists import appointee_lists
from ingest.rules.role_cards import name_title_lines, read_spans, title_name_lines
from ingest.rules.role_common import actor_at, role_link
from ingest.rules.role_coordination import coordinated_roles
from ingest.rules.role_headlines import headline_roles
from ingest.rules.role_labels import labelled_titles
from ingest.rules.role_lists import attendance_roles
from ingest.rules.role_member_bullets import member_bullet_roles
from ingest.rules.role_members import member_roles
from ingest.rules.role_owner import read_title
from ingest.rules.role_rosters import roster_roles
from ingest.rules.role_title_first import title_first_roles
from ingest.rules.role_titles import (
    AREA,
    FORMER,
    LINKING_VERB,
    PARTY,
    SIDE,
    TITLE,
    name_words,
    spoken_title,
    title_after_verb,
)

CONF_TITLE = 0.8

# "Eva Ek (S), ..." and, with a stray comma, "Eva Ek, (S), ...".
_PARTY_AFTER = re.compile(rf"{SIDE},?\s*\((?P<party>{PARTY})\)")
# "samordnare mot våld i nära relationer", "länssamordnare för drogfrågor på <org>": the
# topic runs to the clause's end or to the organisation the title is held at.
_TOPIC = re.compile(
    r"\s+(?:mot|för)\s+(?P<words>(?:[a-zåäö-]+\s+){0,5}[a-zåäö-]+)"
    r"(?=\s*[,.;:)!?\n]|\s*$|\s+(?:på|vid|i|inom|hos)\s+[A-ZÅÄÖ])"
)
_TITLE_AFTER = re.compile(
    rf"(?:,\s+|{LINKING_VERB})(?P<title>(?:\S+s\s+(?:nya?\s+)?)?{TITLE}){AREA}"
    r"(?=[\s,.;:)!?]|$)",
    re.I,
)
# "Eva Ek (förvaltningschef) och Bo Berg (kulturchef)": the title in brackets.
_TITLE_BRACKETED = re.compile(rf"\s+\((?P<title>{TITLE})\)(?P<area>)", re.I)
# "säger Eva Ek (M) ordförande i ...", "Eva Ek, (S) kommunalråd": after a party, no comma.
# ("Justerare: Eva Ek (S)" then "Ordförande: Bo Berg": a title with a colon labels the next.)
_TITLE_AFTER_PARTY = re.compile(
    rf"\s+(?P<title>(?:\S+s\s+)?{TITLE})(?![ \t]*:){AREA}(?=[\s,.;:)!?]|$)", re.I
)
_AT_ORG = re.compile(r"\s+(?:på|vid|hos|inom)\s+")
_FROM_ORG = re.compile(r"\s+från\s+")
_AT_ANY = re.compile(r"\s+(?:på|vid|i|inom|hos)\s+")
_COMMA_ORG = re.compile(r",[ \t]+")
# What may follow such an organisation on its line: nothing, a second one, a full stop,
# or a contact line's phone number ("Eskilstuna kommun 016-10 83 22").
_LINE_REST = re.compile(
    r"[ \t]*(?:[.;]?[ \t]*$|,[ \t]|samt\b|och\b|(?:tel(?:efon)?\.?:?[ \t]*)?\+?\d[\d \t-]{5,}\d)",
    re.M,
)
# "säger Eva Ek generaldirektör vid Vinnova", "Eva Ek ordförande i regionstyrelsens
# tillväxtutskott": no comma, but the title names where it is held (no area: the group
# is there, empty, as _read asks every title match for one).
_TITLE_AFTER_BARE = re.compile(
    rf"\s+(?P<title>{TITLE})(?P<area>)(?=\s+(?:i|vid|på|för|inom|hos)\s+\w)",
    re.I,
)
_COMMA_END = re.compile(rf"(?:\s*\({PARTY}\))?,\s+")
_PARTY_COMMA_END = re.compile(rf"[a-zåäö]\s*\({PARTY}\),\s+$")
# "kommundirektör heter Eva Ek": a name given to the title
_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>{TITLE})"
    # "landshövdingen i Kalmar län Peter Sandwall": the title's organisation before the name
    r"(?:\s+(?:i|på|vid|för)\s+(?P<org>(?-i:[A-ZÅÄÖ])[^,.;:()\n]{1,40}?))?"
    r"(?:\s+heter|\s+(?P<is>är))?(?P<comma>,)?\s+$",
    re.I,
)


# A capitalised word (a name's last, or an organisation's) right before the title.
_NAME_END = re.compile(r"[A-ZÅÄÖ][\wåäö-]*,?\s+$")


def _claimed_by_name_before(ctx: Context, title_start: int) -> bool:
    """'Anna Ek, socialchef Bo Berg': the title after a comma is Anna Ek's, unless she
    has a title of her own before her name ('kanslichef Anna Ek, socialchef Bo Berg')."""
    before = next(
        (p for p in ctx.persons if _COMMA_END.fullmatch(ctx.text, p.end, title_start)), None
    )
    if before is None:
        # "Christian Holm\nBarenfeld (M),\n\nordförande": a name no rule read, its party
        # and comma right before the title
        return _PARTY_COMMA_END.search(ctx.text, max(0, title_start - 20), title_start) is not None
    if "\n" in ctx.text[before.end : title_start]:
        return True  # "Monica Gundahl (S),\n\n1:e vice ordförande": a card's next line
    window_start = max(0, before.start - 80)
    return _TITLE_BEFORE.search(ctx.text[window_start : before.start]) is None


def _title_before(ctx: Context, person: PersonHit) -> tuple[int, int] | None:
    """The title right before a name ('miljöstrateg Eva Ek'), unless a former one or the
    apposition of the name before it."""
    window_start = max(0, person.start - 80)
    window = ctx.text[window_start : person.start]
    b = _TITLE_BEFORE.search(window)
    if b is None or FORMER.search(window[: b.start("title")]):
        return None
    start = window_start + b.start("title")
    if b.group("org"):  # only an organisation the page names, ending right before the name
        held = actor_at(ctx, window_start + b.start("org"))
        if held is None or held.end != window_start + b.end("org"):
            return None
    # A comma parts a title from its name only after a speech verb ("säger landshövding,
    # Eva Ek") or where the title opens the sentence ("Nämndens ordförande, Eva Ek (S),
    # ..."); elsewhere the title is another's ("Anna Ek, samordnare, Bo Berg").
    # "till länets ANDT-samordnare, Eva Ek, finns": an apposition set off by commas on
    # both sides, after a word that is no name, is the title's.
    closed = (
        b.group("comma")
        and ctx.text.startswith(",", person.end)
        and not _NAME_END.search(window[: b.start("title")])
    )
    if (b.group("comma") or b.group("is")) and not (
        spoken_title(ctx.text, start) or _opens(ctx, start) or closed
    ):  # "Projektledare är Eva Ek": only a title opening its sentence
        return None
    if _claimed_by_name_before(ctx, start):
        return None
    return start, start + len(b.group("title"))


def _opens(ctx: Context, title_start: int) -> bool:
    """The title opens its sentence, after at most a body's genitive ("Nämndens")."""
    sentence = ctx.sentence_of(title_start)
    if sentence is None:
        return False
    lead = ctx.text[sentence.start : title_start].split()
    return not lead or (len(lead) == 1 and lead[0].endswith("s") and lead[0][0].isupper())


def _title_after(
    ctx: Context,
    sink: FactSink,
    person: PersonHit,
    party: re.Match[str] | None,
    after: re.Match[str],
) -> None:
    """The role a title after the name gives: "Eva Ek, ordförande i X (C)"."""
    qualifier = " ".join((after.group("area") or _topic(ctx, after.end())).split())
    org, title = read_title(ctx, sink, after.start("title"), after.end("title"), qualifier)
    span = (person.start, after.end("title") + len(qualifier) + bool(qualifier))
    role_link(ctx, sink, person, org, title, "role.apposition_title", CONF_TITLE, fallback=span)
    late = _PARTY_AFTER.match(ctx.text, span[1])  # "Eva Ek, ordförande (C)"
    if late is not None and party is None and org is not None:
        add_party(ctx, sink, person, late.group("party"), late.end())


def _read(ctx: Context, sink: FactSink, person: PersonHit) -> None:
    pos = person.end
    party = _PARTY_AFTER.match(ctx.text, pos)
    if party:
        pos = party.end()
        if ctx.text.startswith(",", person.end):  # "Eva Ek, (S)": the name rule saw no party
            add_party(ctx, sink, person, party.group("party"), party.end())
    after = _TITLE_AFTER.match(ctx.text, pos)
    if after is None and (party or ctx.text[person.start : person.end].endswith(")")):
        after = _TITLE_AFTER_PARTY.match(ctx.text, pos)
    if after is None:
        after = _TITLE_AFTER_BARE.match(ctx.text, pos) or _TITLE_BRACKETED.match(ctx.text, pos)
    # "utse Eva Ek (C) till ordförande i", "är Eva Ek ny socialchef"; "förordna Eva Ek,
    # chefsjurist på X, som länsråd": her post now and the one she is given
    given = title_after_verb(ctx.text, person.start, pos)
    before = _title_before(ctx, person)
    for found in (given, after):  # the post given first: one title per organisation
        # "kanslichef Eva Ek, ekonomichef Bo Berg": the second title is Bo Berg's.
        if found and not (before and _name_at(ctx.text, found.end("title"))):
            _title_after(ctx, sink, person, party, found)
    if before:  # both: "Energiminister Eva Ek är ordförande för rådet"
        org, title = read_title(ctx, sink, *before)
        span = (before[0], person.end)
        # "processledare Eva Ek på kommunförbundet": the organisation after the name.
        at = _AT_ORG.match(ctx.text, person.end)
        held = actor_at(ctx, at.end()) if at else None
        # "stabschef Eva Ek från Polisen": her agency (a place after "från" is her home)
        came = _FROM_ORG.match(ctx.text, person.end) if at is None else None
        came_from = actor_at(ctx, came.end()) if came else None
        if came_from is not None and came_from.kind is not OrganizationKind.MUNICIPALITY:
            at, held = came, came_from
        # "• Enhetschef Patrik Perbeck, MSB": a list line's organisation after the name.
        listed = None if at else _COMMA_ORG.match(ctx.text, person.end)
        held = held or (actor_at(ctx, listed.end()) if listed else None)
        if held is not None and listed and not _LINE_REST.match(ctx.text, held.end):
            held = None
        if held is not None and title:
            org, span = held.node_id, (before[0], held.end)
        elif listed and ctx.text[listed.end()].isupper():  # an organisation no rule read
            line = ctx.text[ctx.text.rfind("\n", 0, before[0]) + 1 : before[0]]
            org = None if not line.strip(" \t•*-\u2013") else org
        role_link(ctx, sink, person, org, title, "role.prefix_title", CONF_TITLE, fallback=span)


def _topic(ctx: Context, pos: int) -> str:
    """'samordnare mot våld i nära relationer': what the title is for, in lower-case words
    up to the clause's end; never an organisation ('ordförande för socialnämnden')."""
    m = _TOPIC.match(ctx.text, pos)
    if m is None or any(a.start == m.start("words") for a in ctx.actors):
        return ""
    # "projektledare för grön infrastruktur vid länsstyrelsen": a reference in lower case
    # is where the title is held, no part of its topic.
    starts = {a.start for a in ctx.actors}
    for at in _AT_ANY.finditer(ctx.text, m.start("words"), m.end()):
        if at.end() in starts:
            return ctx.text[m.start() : at.start()]
    return m.group(0)


def _name_at(text: str, pos: int) -> bool:
    return text.startswith(" ", pos) and bool(name_words(text, pos + 1))


def extract_roles(ctx: Context, sink: FactSink) -> None:
    lists = attendance_roles(ctx, sink) + labelled_titles(ctx, sink) + roster_roles(ctx, sink)
    lists += member_bullet_roles(ctx, sink)  # "• Eva Ek (ordförande), Region X"
    name_title_lines(ctx, sink)
    title_name_lines(ctx, sink)
    coordinated_roles(ctx, sink)
    member_roles(ctx, sink)
    appointee_lists(ctx, sink)
    title_first_roles(ctx, sink)
    headline_roles(ctx, sink)  # "Tove Olsson ny näringslivschef"
    ctx.persons.sort(key=lambda p: (p.start, p.end))
    read = read_spans(sink)
    for person in list(ctx.persons):
        if any(p == person.node_id and s <= person.start < e for p, s, e in read):
            continue  # an earlier rule read this mention's role
        if any(s <= person.start < e for s, e in lists):
            continue  # a listed person: the list said whose each title is
        _read(ctx, sink, person)

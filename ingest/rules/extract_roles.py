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
  "biträdande regiondirektör Jörgen Preuss", "säger landshövding, Eva Ek"; no role of
  the site's on a list line naming an organisation no rule read ("• Docent Eva Ek, X lab");
- role.name_title_lines: a name on a line of its own and the title on the next
  one (a blank line between allowed), as staff pages list people;
- role.title_name_lines: the reverse card, a title line over a name line, where no
  neighbouring line makes it part of a name-over-title list.

Lists of people in minutes are read first, whole (ingest.rules.role_lists): there the
list's order, not the sentence, says whose a title is; then title labels
(ingest.rules.role_labels), coordinated or plural titles (ingest.rules.role_coordination)
and elections and member lists (ingest.rules.role_members).
The organisation is chosen by ingest.rules.role_owner. A mention whose role an earlier
rule read is left alone; the person's other mentions are read too ("justitieminister X").
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind, Person
from ingest import ids
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.page_head import in_caption
from ingest.rules.person_names import add_party
from ingest.rules.role_common import actor_at, role_link
from ingest.rules.role_coordination import coordinated_roles
from ingest.rules.role_labels import labelled_titles
from ingest.rules.role_lists import attendance_roles
from ingest.rules.role_members import member_roles
from ingest.rules.role_owner import read_title
from ingest.rules.role_rosters import roster_roles
from ingest.rules.role_title_first import title_first_roles
from ingest.rules.role_titles import (
    AREA,
    FORMER,
    LINKING_VERB,
    NAME,
    NAME_RE,
    NAME_WORD,
    PARTY,
    TITLE,
    is_given_name,
    name_words,
    plausible_name,
    spoken_title,
    title_after_verb,
)

CONF_TITLE = 0.8

# "Eva Ek (S), ..." and, with a stray comma, "Eva Ek, (S), ...".
_PARTY_AFTER = re.compile(rf",?\s*\((?P<party>{PARTY})\)")
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
_TITLE_AFTER_PARTY = re.compile(rf"\s+(?P<title>(?:\S+s\s+)?{TITLE}){AREA}(?=[\s,.;:)!?]|$)", re.I)
_AT_ORG = re.compile(r"\s+(?:på|vid|hos|inom)\s+")
_AT_ANY = re.compile(r"\s+(?:på|vid|i|inom|hos)\s+")
_COMMA_ORG = re.compile(r",[ \t]+")
# What may follow such an organisation on its line: nothing, a second one, a full stop.
_LINE_REST = re.compile(r"[ \t]*(?:[.;]?[ \t]*$|,[ \t]|samt\b|och\b)", re.M)
# "säger Eva Ek generaldirektör vid Vinnova", "Eva Ek ordförande i regionstyrelsens
# tillväxtutskott": no comma, but the title names where it is held (no area: the group
# is there, empty, as _read asks every title match for one).
_TITLE_AFTER_BARE = re.compile(
    rf"\s+(?P<title>{TITLE})(?P<area>)(?=\s+(?:i|vid|på|för|inom|hos)\s+\w)",
    re.I,
)
_COMMA_END = re.compile(rf"(?:\s*\({PARTY}\))?,\s+")
# "kommundirektör heter Eva Ek": a name given to the title
_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<title>{TITLE})(?:\s+heter|\s+(?P<is>är))?(?P<comma>,)?\s+$", re.I
)
# "Eva Lindahl" on a line of its own, "Kommunikationsdirektör" on the next (or the one
# after a blank line): a contact entry without a "Kontakt" heading. The name must
# start with a known first name.
_NAME_LINE = re.compile(
    rf"^[ \t]*(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{1,2}}),?[ \t]*\n"
    # The title in a lookahead: a card's repeated name line may start the next card.
    r"(?=(?:[ \t]*\n)?[ \t]*(?P<title>[^\n]{3,120})$(?:\n[ \t]*(?P<org>[^\n]{3,80}))?)",
    re.M,
)
_TITLE_LINE = re.compile(rf"(?P<title>(?:\S+s\s+)?{TITLE})(?=[\s,.;:)]|$)", re.I)
# A contact card's label before the title: "Presskontakt Pressansvarig".
_CARD_LABEL = re.compile(r"(?:Presskontakt|Kontaktperson|Kontakt)\s+(?=[A-ZÅÄÖ])")
# Lower-case words after a title on its own line qualify it: "Enhetschef kultur och kreativitet".
_QUALIFIERS = re.compile(r"(?:\s+[a-zåäö][a-zåäö-]*){1,5}\s*$")
# "Pressekreterare hos skolminister Eva Ek": a title held in the service of another's,
# so at the organisation the other title implies (the government for a minister).
# The master may hold two titles: "hos bostadsminister, biträdande finansminister Eva Ek".
_SERVES = re.compile(rf"\s+(?:hos|åt)\s+(?P<title>{TITLE})(?:,\s+{TITLE})?(?:\s+{NAME})?\s*$", re.I)


def _read_spans(sink: FactSink) -> list[tuple[str, int, int]]:
    """(person, start, end) of every role link so far: the mentions already read."""
    return [
        (x.from_id, x.evidence.start, x.evidence.end)
        for x in sink.links.values()
        if x.type is LinkType.HOLDS_ROLE
    ]


def _name_title_lines(ctx: Context, sink: FactSink) -> None:
    read = _read_spans(sink)
    for m in _NAME_LINE.finditer(ctx.text):
        name, line = m.group("name"), m.group("title")
        label = _CARD_LABEL.match(line)  # "Presskontakt Pressansvarig Växjö kommun"
        title = _TITLE_LINE.match(line, label.end() if label else 0)
        if title is None or not _card_name(name):
            continue
        rest = line[title.end("title") :]
        qualifiers = _QUALIFIERS.fullmatch(rest) if rest else None
        serves = _SERVES.match(rest) if rest else None
        at = m.start("title") + title.end("title") + len(rest) - len(rest.lstrip())
        named = bool(rest) and actor_at(ctx, at) is not None  # the title's organisation
        if rest and not qualifiers and not serves and not named and rest[0] not in ",.;:)":
            continue  # "Samordnare Okänd enhet": words the line does not explain
        start, end = m.start("name"), m.end("name")
        if any(s <= start < e for _, s, e in read):
            continue  # a contact entry already read
        if any(a.start < end and start < a.end for a in ctx.actors) or in_caption(ctx, start):
            continue
        person = Person(id=ids.person_id(name), name=name)
        if not sink.mention(person, start, end, "person.name_title_lines", CONF_TITLE):
            continue
        hit = PersonHit(start, end, person.id, name)
        ctx.persons.append(hit)
        t_start = m.start("title") + title.start("title")
        t_end = t_start + len(title.group("title"))
        org, text = read_title(ctx, sink, t_start, t_end)
        if serves is not None:
            master = t_end + serves.start("title")
            org, _ = read_title(ctx, sink, master, master + len(serves.group("title")))
        below = _org_line(ctx, m)
        quote_end = m.end("title")
        if below is not None and not rest:
            org, quote_end = below, m.end("org")  # "Kommunikationschef" over "Region Halland"
        elif (above := _unit_above(ctx, start)) is not None and not rest:
            org, start = above  # "Miljö- och byggkontoret" over "Ida Dahl" and her title
        if qualifiers:
            text = f"{text} {' '.join(rest.split())}"  # "enhetschef kultur och kreativitet"
        role_link(
            ctx,
            sink,
            hit,
            org,
            text,
            "role.name_title_lines",
            CONF_TITLE,
            start,
            quote_end,
            fallback=(start, t_end),  # a phone number after the organisation: not quoted
        )
    ctx.persons.sort(key=lambda p: (p.start, p.end))


# The reverse card: "Landshövding" on a line of its own, the name on the next (a blank
# line between allowed), as a county board's or an agency's page heads its contact card.
_TITLE_NAME_LINES = re.compile(
    rf"^[ \t]*(?P<title>{TITLE})[ \t]*\n(?:[ \t]*\n)?"
    rf"[ \t]*(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{1,2}})[ \t]*$",
    re.M | re.I,
)
_LINE_TITLE = re.compile(rf"[ \t]*{TITLE}[ \t]*$", re.I)


def _line_near(text: str, pos: int, forward: bool) -> str:
    """The nearest non-blank line before (or after) the line holding `pos`."""
    lines = text[pos:].split("\n")[1:] if forward else text[:pos].split("\n")[:-1][::-1]
    return next((x for x in lines if x.strip()), "")


def _title_name_lines(ctx: Context, sink: FactSink) -> None:
    """A title line over a name line, when neither neighbour makes it part of a list of
    name-over-title entries (no name line above, no title line below)."""
    for m in _TITLE_NAME_LINES.finditer(ctx.text):
        name = m.group("name")
        # After a title line a name need not start with a listed given name (the title
        # says one follows), but must be nothing else: no place, no noun's definite form.
        if not _loose_name(name):
            continue
        above, below = _line_near(ctx.text, m.start(), False), _line_near(ctx.text, m.end(), True)
        if NAME_RE.fullmatch(above.strip()) or _LINE_TITLE.match(below):
            continue
        start, end = m.start("name"), m.end("name")
        if any(a.start < end and start < a.end for a in ctx.actors) or in_caption(ctx, start):
            continue
        if any(s <= start < e for _, s, e in _read_spans(sink)):
            continue  # a role another rule read
        hit = next((p for p in ctx.persons if p.start == start), None)
        if hit is None:
            person = Person(id=ids.person_id(name), name=name)
            if not sink.mention(person, start, end, "person.title_name_lines", CONF_TITLE):
                continue
            hit = PersonHit(start, end, person.id, name)
            ctx.persons.append(hit)
        org, text = read_title(ctx, sink, m.start("title"), m.end("title"))
        role_link(ctx, sink, hit, org, text, "role.title_name_lines", CONF_TITLE, m.start(), end)
    ctx.persons.sort(key=lambda p: (p.start, p.end))


def _card_name(name: str) -> bool:
    """A name line over a title line: a listed given name, else (the title line says a
    name stands above it: "Damla Mol" over "Pressansvarig") a loose name."""
    return is_given_name(name.split()[0]) or _loose_name(name)


def _loose_name(name: str) -> bool:
    """Words of a name where the context says one stands: no place, no noun's definite form."""
    words = name_words(name, 0)
    return words == _spans(name) and plausible_name(name, words, loose=True)


def _spans(name: str) -> list[tuple[int, int]]:
    return [(w.start(), w.end()) for w in re.finditer(r"\S+", name)]


_UNITS = (OrganizationKind.COMMITTEE, OrganizationKind.ADMINISTRATION)


def _unit_above(ctx: Context, name_start: int) -> tuple[str, int] | None:
    """A contact entry's unit on the line right above the name, when that line is just a
    body of the organisation: the unit's id and where its line starts."""
    line_end = ctx.text.rfind("\n", 0, name_start)
    if line_end <= 0 or ctx.text[line_end:name_start].strip():
        return None
    line_start = ctx.text.rfind("\n", 0, line_end) + 1
    line = ctx.text[line_start:line_end]
    start = line_start + len(line) - len(line.lstrip())
    actor = actor_at(ctx, start, line_start + len(line.rstrip()))
    if actor is None or actor.anaphoric or actor.kind not in _UNITS:
        return None
    return actor.node_id, start


def _org_line(ctx: Context, m: re.Match[str]) -> str | None:
    """The organisation on the line under a title line, when that line is just its name
    (or a unit's and its owner's)."""
    if m.group("org") is None:
        return None
    start = m.start("org")
    end = start + len(m.group("org").rstrip())
    actor = actor_at(ctx, start, end)
    line = ctx.text[start:end]
    if actor is None and line.endswith(" län"):  # "Länsstyrelsen Kalmar" and "län"
        end -= len(line) - len(line[:-4].rstrip())
        actor = actor_at(ctx, start, end)
    unit = actor_at(ctx, start) if actor is None else None
    if unit is not None:  # "Enheten för X Länsstyrelsen Y": the unit, then its owner
        owner = next((a for a in ctx.actors if a.start > unit.end and a.end == end), None)
        if owner is not None and not ctx.text[unit.end : owner.start].strip(" \t,"):
            actor = unit
    return actor.node_id if actor is not None and not actor.anaphoric else None


def _claimed_by_name_before(ctx: Context, title_start: int) -> bool:
    """'Anna Ek, socialchef Bo Berg': the title after a comma is Anna Ek's, unless she
    has a title of her own before her name ('kanslichef Anna Ek, socialchef Bo Berg')."""
    before = next(
        (p for p in ctx.persons if _COMMA_END.fullmatch(ctx.text, p.end, title_start)), None
    )
    if before is None:
        return False
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
    # A comma parts a title from its name only after a speech verb ("säger landshövding,
    # Eva Ek") or where the title opens the sentence ("Nämndens ordförande, Eva Ek (S),
    # ..."); elsewhere the title is another's ("Anna Ek, samordnare, Bo Berg").
    if (b.group("comma") or b.group("is")) and not (
        spoken_title(ctx.text, start) or _opens(ctx, start)
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
    if after is None:  # "utse Eva Ek (C) till ordförande i", "är Eva Ek ny socialchef"
        after = title_after_verb(ctx.text, person.start, pos)
    before = _title_before(ctx, person)
    # "kanslichef Eva Ek, ekonomichef Bo Berg": the second title is Bo Berg's.
    if after and not (before and _name_at(ctx.text, after.end("title"))):
        qualifier = after.group("area") or _topic(ctx, after.end())
        qualifier = " ".join(qualifier.split())
        org, title = read_title(ctx, sink, after.start("title"), after.end("title"), qualifier)
        span = (person.start, after.end("title") + len(qualifier) + bool(qualifier))
        role_link(ctx, sink, person, org, title, "role.apposition_title", CONF_TITLE, fallback=span)
        late = _PARTY_AFTER.match(ctx.text, span[1])  # "Eva Ek, ordförande (C)"
        if late is not None and party is None and org is not None:
            add_party(ctx, sink, person, late.group("party"), late.end())
    elif before:
        org, title = read_title(ctx, sink, *before)
        span = (before[0], person.end)
        # "processledare Eva Ek på kommunförbundet": the organisation after the name.
        at = _AT_ORG.match(ctx.text, person.end)
        held = actor_at(ctx, at.end()) if at else None
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
    _name_title_lines(ctx, sink)
    _title_name_lines(ctx, sink)
    coordinated_roles(ctx, sink)
    member_roles(ctx, sink)
    title_first_roles(ctx, sink)
    ctx.persons.sort(key=lambda p: (p.start, p.end))
    read = _read_spans(sink)
    for person in list(ctx.persons):
        if any(p == person.node_id and s <= person.start < e for p, s, e in read):
            continue  # an earlier rule read this mention's role
        if any(s <= person.start < e for s, e in lists):
            continue  # a listed person: the list said whose each title is
        _read(ctx, sink, person)

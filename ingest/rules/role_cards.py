"""Roles read from contact cards: a name line over a title line, or the reverse.

Why apart from ingest.rules.extract_roles: on a card the line break, not the sentence,
joins a name to its title, and the organisation is the line under the title or the unit
above the name.

- role.name_title_lines: a name on a line of its own and the title on the next
  one (a blank line between allowed), as staff pages list people, or a capitalised
  title alone after the name on its line ("Eva Ek Landsbygdsutvecklare"); an organisation in
  brackets after the title ("Processledare (VästKom)") is the role's, a new one
  (actor.card_bracket) when the page names it nowhere else;
- role.title_name_lines: the reverse card, a title line over a name line, where no
  neighbouring line makes it part of a name-over-title list.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind, Person
from ingest import ids
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.page_head import in_caption
from ingest.rules.role_common import actor_at, role_link
from ingest.rules.role_owner import read_title
from ingest.rules.role_titles import (
    NAME,
    NAME_RE,
    NAME_WORD,
    PARTY,
    TITLE,
    is_given_name,
    name_words,
    plausible_name,
)

CONF_CARD = 0.8

# "Eva Lindahl" on a line of its own, "Kommunikationsdirektör" on the next (or the one
# after a blank line): a contact entry without a "Kontakt" heading. The name must
# start with a known first name; a list's bullet may set it ("• Eva Lindahl").
# after a title on the name's line, and the card's phone number ("... arbetsmarknad
# 070-981 77 23")
_AREA_WORDS = r"(?:[ ][A-ZÅÄÖ]?[a-zåäö-]+){0,3}(?:[ ]\+?\d[\d -]{5,16}\d)?"
_NAME_LINE = re.compile(
    r"^[ \t]*(?:[•·▪*][ \t]+)?"
    rf"(?P<name>{NAME_WORD}(?:[ ](?!(?i:{TITLE}){_AREA_WORDS}[ \t]*$){NAME_WORD}){{1,2}})"
    # ... or the title right after the name on its line, capitalised: "Eva Ek Strateg"
    # ("Lena Ek Strateg Samhällsbyggnad": its area after it, capitalised as cards write it)
    rf"(?:[ ]\((?P<party>{PARTY})\))?,?(?:[ \t]*\n|[ ](?=[A-ZÅÄÖ][a-zåäö]+{_AREA_WORDS}[ \t]*$))"
    # The title in a lookahead: a card's repeated name line may start the next card.
    r"(?=(?:[ \t]*\n)?[ \t]*(?:[•·▪*][ \t]+)?(?P<title>[^\n]{3,120})$"
    r"(?:\n[ \t]*(?:[•·▪*][ \t]+)?(?P<org>[^\n]{3,80}))?)",
    re.M,
)
_TITLE_LINE = re.compile(rf"(?P<title>(?:\S+s\s+)?{TITLE})(?=[\s,.;:)]|$)", re.I)
# A contact card's label before the title: "Presskontakt Pressansvarig".
# "Titel: stadsplaneringsnämndens ordförande": a card's field label.
_CARD_LABEL = re.compile(
    r"(?:Presskontakt|Kontaktperson|Kontakt)\s+(?=[A-ZÅÄÖ])|(?:Titel|Befattning|Roll):[ \t]*"
)
# Lower-case words after a title on its own line qualify it: "Enhetschef kultur och kreativitet".
_QUALIFIERS = re.compile(r"(?:\s+[a-zåäö][a-zåäö-]*){1,5}\s*$")
# A card's phone number closing the line: "Eva Ek Strateg Näringsliv 070-981 77 23".
_PHONE = re.compile(r"[ ]\+?\d[\d -]{5,16}\d[ \t]*$")
# ... and on the name's own line, capitalised: "Eva Ek Strateg Samhällsbyggnad".
_AREA = re.compile(r"\s+[A-ZÅÄÖa-zåäö][a-zåäö-]*(?:\s+[a-zåäö][a-zåäö-]*){0,4}\s*$")
# "Pressekreterare hos skolminister Eva Ek": a title held in the service of another's,
# so at the organisation the other title implies (the government for a minister).
# The master may hold two titles: "hos bostadsminister, biträdande finansminister Eva Ek".
# "Processledare (VästKom)": the title's organisation in brackets, never a party's "(S)".
_BRACKETED = re.compile(
    rf"\s*\((?!{PARTY}\))(?P<org>[A-ZÅÄÖ][\wÅÄÖåäö&.-]*(?: [\wÅÄÖåäö&.-]+){{0,5}})\)\s*"
)
_SERVES = re.compile(rf"\s+(?:hos|åt)\s+(?P<title>{TITLE})(?:,\s+{TITLE})?(?:\s+{NAME})?\s*$", re.I)


_LINE_ABOVE = re.compile(r"(?P<line>[^\n]*\S[^\n]*)\n(?:[ \t]*\n)*[ \t]*$")


def _title_above(ctx: Context, start: int) -> bool:
    """A signature block's title line right above the name, not under a name of its own:
    the title below is the next name's ("Underskrift Sekreterare / Eva Ek / Ordförande /
    Bo Berg"), unlike a list of cards ("Eva Ek / Samordnare / Bo Berg / Strateg")."""
    above = _LINE_ABOVE.search(ctx.text, max(0, start - 200), start)
    if above is None:
        return False
    line = above.group("line").strip()
    title = _TITLE_LINE.search(line)
    if title is None or title.end() != len(line) or len(line.split()) > 3:
        return False
    over = _LINE_ABOVE.search(ctx.text, max(0, above.start() - 200), above.start())
    return over is None or NAME_RE.fullmatch(over.group("line").strip()) is None


def read_spans(sink: FactSink) -> list[tuple[str, int, int]]:
    """(person, start, end) of every role link so far: the mentions already read."""
    return [
        (x.from_id, x.evidence.start, x.evidence.end)
        for x in sink.links.values()
        if x.type is LinkType.HOLDS_ROLE
    ]


def name_title_lines(ctx: Context, sink: FactSink) -> None:
    read = read_spans(sink)
    for m in _NAME_LINE.finditer(ctx.text):
        name, line = m.group("name"), m.group("title")
        label = _CARD_LABEL.match(line)  # "Presskontakt Pressansvarig Växjö kommun"
        title = _TITLE_LINE.match(line, label.end() if label else 0)
        if title is None or not _card_name(name):
            continue
        rest = _PHONE.sub("", line[title.end("title") :])
        same_line = "\n" not in ctx.text[m.end("name") : m.start("title")]
        qualifiers = (_AREA if same_line else _QUALIFIERS).fullmatch(rest) if rest else None
        serves = _SERVES.match(rest) if rest else None
        at = m.start("title") + title.end("title") + len(rest) - len(rest.lstrip())
        named = bool(rest) and actor_at(ctx, at) is not None  # the title's organisation
        bracketed = _BRACKETED.fullmatch(rest) if rest else None
        if rest and not (qualifiers or serves or named or bracketed) and rest[0] not in ",.;:)":
            continue  # "Samordnare Okänd enhet": words the line does not explain
        start, end = m.start("name"), m.end("name")
        if any(s <= start < e for _, s, e in read):
            continue  # a contact entry already read
        if _title_above(ctx, start):
            continue  # "Sekreterare / Eva Ek / Ordförande / Bo Berg": titles over names
        if any(a.start < end and start < a.end for a in ctx.actors) or in_caption(ctx, start):
            continue
        party = m.group("party").upper() if m.group("party") else None
        person = Person(id=ids.person_id(name), name=name, party=party)
        if not sink.mention(person, start, end, "person.name_title_lines", CONF_CARD):
            continue
        hit = PersonHit(start, end, person.id, name)
        ctx.persons.append(hit)
        t_start = m.start("title") + title.start("title")
        t_end = t_start + len(title.group("title"))
        area = " ".join(rest.split()) if same_line and qualifiers and not named else ""
        org, text = read_title(ctx, sink, t_start, t_end, area)  # "strateg samhällsbyggnad"
        if serves is not None:
            master = t_end + serves.start("title")
            org, _ = read_title(ctx, sink, master, master + len(serves.group("title")))
        below = _org_line(ctx, m)
        quote_end = m.end("title")
        if below is not None and not rest:
            org, quote_end = below, m.end("org")  # "Kommunikationschef" over "Region Halland"
        elif (above := _unit_above(ctx, start)) is not None and not rest:
            org, start = above  # "Miljö- och byggkontoret" over "Ida Dahl" and her title
        if bracketed is not None:
            rest_start = m.start("title") + title.end("title")
            org = _bracketed_org(ctx, sink, rest_start + bracketed.start("org"))
        if qualifiers and not named and not area:  # "ordförande regionala utvecklingsnämnden"
            text = f"{text} {' '.join(rest.split())}"  # "enhetschef kultur och kreativitet"
        role_link(
            ctx,
            sink,
            hit,
            org,
            text,
            "role.name_title_lines",
            CONF_CARD,
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


def title_name_lines(ctx: Context, sink: FactSink) -> None:
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
        if any(s <= start < e for _, s, e in read_spans(sink)):
            continue  # a role another rule read
        hit = next((p for p in ctx.persons if p.start == start), None)
        if hit is None:
            person = Person(id=ids.person_id(name), name=name)
            if not sink.mention(person, start, end, "person.title_name_lines", CONF_CARD):
                continue
            hit = PersonHit(start, end, person.id, name)
            ctx.persons.append(hit)
        org, text = read_title(ctx, sink, m.start("title"), m.end("title"))
        role_link(ctx, sink, hit, org, text, "role.title_name_lines", CONF_CARD, m.start(), end)
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


def _bracketed_org(ctx: Context, sink: FactSink, start: int) -> str | None:
    """The organisation in a card's brackets: the page's, else a new one by its name."""
    end = ctx.text.index(")", start)
    actor = actor_at(ctx, start, end) or actor_at(ctx, start)
    if actor is not None:
        return None if actor.anaphoric else actor.node_id
    name = ctx.text[start:end]
    kind = OrganizationKind.OTHER
    org = ids.other_organization(name, kind)
    if not sink.mention(org, start, end, "actor.card_bracket", CONF_CARD):
        return None
    ctx.actors.append(ActorHit(start, end, org.id, org.kind, org.name))
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    return org.id


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

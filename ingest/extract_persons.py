"""Persons, their party, and the roles they hold (HOLDS_ROLE links).

Why only in trigger contexts: without a statistical NER model, two capitalised
words are a name only where the page's own conventions say so -- after a
speech verb ("säger Peter Carlstedt"), after a role word ("ordförande
Carl-Gunnar Krooks"), before a party "(S)", after "Sidansvarig:", or as the
first line of a contact entry under "Frågor kring nyheten?". Once found, every
other occurrence of the full name is a mention too.

Role rules (HOLDS_ROLE person -> organisation, title = the role):
- role.genitive_org_prefix: "Välfärdsnämndens ordförande Carl-Gunnar Krooks"
- role.apposition_in_org: "Jonne Norlin (S), ordförande i <committee>"
- role.apposition_municipal: "Peter Carlstedt, kommundirektör" (a role that
  only exists in a municipality: linked to the page's municipality)
- role.kommunens_prefix: "Kommunens samordnare Anna-Karin Hasselborg"
- role.contact_block.org / role.contact_block.publisher: a contact entry's
  role line, with its organisation if the line names one, else the page's
  municipality (lower confidence); only the name and role lines are quoted,
  never the phone or e-mail lines below them.
- role.contact_line.org / .publisher: one-line entries "Name (P), role[, org],
  phone, e-mail"; role.labelled_line.*: "Dokumentansvarig: Name, role". A role
  phrase may be a compound ("folkhälsostrateg"), take one adjective or an
  organisation's genitive before it ("Kommunstyrelsens ordförande") and lower-case
  qualifiers after it ("utvecklingsledare barnrätt"); a unit ("Vuxenenheten") is
  left out; other capitalised words make the line unknown (no role). Without an
  organisation the role goes to the page's owner: a masthead line naming one
  organisation near the top, else the page's municipality.
- role.prefix_implied: "landshövding X" (county board), "kommundirektör X"
  (municipality), "lokalpolisområdeschef X" (Polismyndigheten, when on the page),
  "regionstyrelsens ordförande X" (the region).
- role.apposition_genitive_org: "X (M), kommunstyrelsens ordförande".
- role.genitive_org_prefix also takes "kommunstyrelsens ordförande i Växjö
  kommun, X" when the place is the committee's own municipality.
- role.sidansvarig.publisher: "Sidansvarig: Name" -> the page's municipality.

Every role link carries the page's publication date (DAY precision) when the
page is dated: the date the role was stated, not when it began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span

from graph.edges import LinkType
from graph.nodes import OrganizationKind, Person
from ingest import ids
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink, contains_contact_detail
from ingest.gazetteer import first_names
from ingest.nlp import NAME_TOKEN, PARTIES, ROLE_HEAD_RE, person_matcher

CONF_PATTERN = 0.85
CONF_KNOWN = 0.8
CONF_ROLE = 0.85
CONF_ROLE_PUBLISHER = 0.6

_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
_PARTY = "|".join(PARTIES)
_ROLE = ROLE_HEAD_RE
_ROLE_HEAD = re.compile(ROLE_HEAD_RE, re.I)
_PREPOSITIONS = frozenset({"i", "för", "på", "vid"})
# A unit within the page's organisation: "Vuxenenheten", "socialförvaltningen".
_UNIT = re.compile(r"[A-ZÅÄÖa-zåäö]+(?:enheten|förvaltningen|avdelningen|kontoret|sektionen)")
# "Dokumentansvarig: Lena Pirttimaa, enhetschef Vuxenenheten"
_LABEL_LINE = re.compile(
    r"^(?:Dokumentansvarig|Kontaktperson|Kontakt|Ansvarig)\s*:[ \t]*(?P<entry>[^\n]*\S)", re.M
)
_CONTACT_HEADER = re.compile(r"^(?:Frågor kring nyheten\?|Kontaktperson(?:er)?|Kontakt)\s*$", re.M)
_CONTACT_NAME = re.compile(rf"(?P<name>{_NAME})(?: \((?P<party>{_PARTY})\))?")
_ROLE_ABBREVIATIONS = {
    "ord": "ordförande",
    "ord.": "ordförande",
    "ordf": "ordförande",
    "ordf.": "ordförande",
}
_MUNICIPAL_ONLY_ROLES = ("kommundirektör", "kommunalråd", "kommunchef")
_NAME_TOKEN_RE = re.compile(NAME_TOKEN["TEXT"]["REGEX"].strip("^$"))


@dataclass(frozen=True, slots=True)
class _Role:
    title: str  # the role as stated, first letter lower-cased unless an acronym
    org_id: str | None  # the organisation the role line names, if any
    implied: bool  # org_id comes from the role word itself (landshövding -> länsstyrelse)
    end: int  # end of the quoted part of the role line


@dataclass(frozen=True, slots=True)
class _ContactEntry:
    name_start: int
    name_end: int
    name: str
    party: str | None
    role: _Role | None
    rule: str  # the role rule: contact block (name and role lines) or a labelled line


def _title(role: str) -> str:
    return role[0].upper() + role[1:]


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _implied_org(ctx: Context, sink: FactSink, title: str) -> str | None:
    """The organisation a role word itself names: a landshövding heads the county board,
    a kommundirektör serves the page's municipality, a lokalpolisområdeschef the police,
    "regionstyrelsens ordförande" the region (regional committees have no id rule)."""
    folded = title.casefold()
    if re.search(r"\blandshövding\b", folded):
        return unique_of_kind(ctx, sink, OrganizationKind.COUNTY_BOARD)
    if re.search(r"\b(?:regionstyrelsens|regionfullmäktiges)\s+ordförande\b", folded) or (
        "regiondirektör" in folded
    ):
        return unique_of_kind(ctx, sink, OrganizationKind.REGION)
    if re.search(rf"\b(?:{'|'.join(_MUNICIPAL_ONLY_ROLES)})\b", folded):
        return _publisher_id(ctx)
    if re.search(r"\b(?:lokalpolisområdes|polisområdes|polis)chef\b|\bkommunpolis\b", folded):
        police = ids.national_body_id("polismyndigheten")
        return police if police in sink.nodes else None
    return None


def unique_of_kind(ctx: Context, sink: FactSink, kind: OrganizationKind) -> str | None:
    """The one organisation of this kind on the page, or the home county's if mentioned."""
    named = {a.node_id for a in ctx.actors if a.kind is kind}
    if len(named) == 1:
        return named.pop()
    if not named and ctx.home_county:
        home = (
            ids.county_board_id(ctx.home_county)
            if kind is OrganizationKind.COUNTY_BOARD
            else ids.region_id(ctx.home_county)
        )
        return home if home in sink.nodes else None
    return None


def _page_owner(ctx: Context) -> str | None:
    """The organisation whose page it is: a masthead line near the top that is exactly
    one organisation's name ("Länsstyrelsen Gävleborg"), else the page's municipality."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", ctx.text)][:3]
    for line in lines:
        start = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
        end = line.start() + len(line.group(0).rstrip())
        actor = _actor_at(ctx, start, end)
        if actor is not None and not actor.anaphoric:
            return actor.node_id
    return _publisher_id(ctx)


def _parse_role(ctx: Context, sink: FactSink, start: int, end: int) -> _Role | None:
    """A role phrase such as "Strategisk samordnare", "Kommunstyrelsens ordförande",
    "ordförande socialnämnden", "verksamhetschef äldreomsorg", "enhetschef Vuxenenheten".

    At most one word (an adjective or an organisation's genitive) before the role word;
    after it, lower-case qualifiers belong to the title, an organisation named there is
    the role's organisation, a unit ("Vuxenenheten") is within the page's organisation.
    Anything else capitalised is unknown: None, so nothing is said."""
    text = ctx.text
    words = _words(text, start, end)
    head = next(
        (
            i
            for i, (s, e) in enumerate(words[:2])
            if _ROLE_HEAD.fullmatch(_ROLE_ABBREVIATIONS.get(text[s:e].lower(), text[s:e]))
        ),
        None,
    )
    if head is None:
        return None
    org_id: str | None = None
    title_start = words[0][0]
    if head == 1:
        s, e = words[0]
        actor = _actor_at(ctx, s, e)
        if actor is not None and text[s:e].endswith("s") and not actor.anaphoric:
            org_id, title_start = actor.node_id, words[1][0]  # "Kommunstyrelsens ordförande"
        elif not re.fullmatch(r"[A-ZÅÄÖa-zåäö][a-zåäö]+", text[s:e]):
            return None
    hs, he = words[head]
    head_word = _ROLE_ABBREVIATIONS.get(text[hs:he].lower())
    title_parts = [text[title_start:hs], head_word or text[hs:he]]
    used_end = he
    for s, e in words[head + 1 :]:
        word = text[s:e]
        actor = next((a for a in ctx.actors if a.start == s and not a.anaphoric), None)
        if actor is None and word in _PREPOSITIONS:
            nxt = next((a for a in ctx.actors if a.start > e and not a.anaphoric), None)
            if nxt is not None and not text[e : nxt.start].strip():
                actor = nxt
        if actor is not None and org_id is None:
            org_id, used_end = actor.node_id, actor.end
            break
        if _UNIT.fullmatch(word):
            break
        if not re.fullmatch(r"[a-zåäö][a-zåäö-]*", word):
            return None
        title_parts.append(" " + word)
        used_end = e
    title = "".join(title_parts).strip()
    first = title.split("-")[0].split()[0]
    if not (first.isupper() and len(first) > 1):
        title = title[0].lower() + title[1:]
    implied = False
    if org_id is None:
        org_id = _implied_org(ctx, sink, title)
        implied = org_id is not None
    return _Role(title, org_id, implied, used_end)


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Comma-separated parts of a line, as stripped spans."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r",\s+|$", text[start:end]):
        seg_end = start + m.start()
        s, e = pos, seg_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        pos = start + m.end()
        if m.group(0) == "":
            break
    return out


def _role_from_line(ctx: Context, sink: FactSink, start: int, end: int) -> _Role | None:
    """The role of a role line "Role[, Organisation][, phone][, e-mail]"; an organisation
    segment after the role overrides; topic or unit segments are left out of the quote."""
    segments = _segments(ctx.text, start, end)
    if not segments or contains_contact_detail(ctx.text[slice(*segments[0])]):
        return None
    role = _parse_role(ctx, sink, *segments[0])
    if role is None:
        return None
    if len(segments) > 1 and (role.org_id is None or role.implied):
        actor = _actor_at(ctx, *segments[1])
        if actor is not None and not actor.anaphoric:
            return _Role(role.title, actor.node_id, False, segments[1][1])
    return role


def _contact_entries(ctx: Context, sink: FactSink) -> list[_ContactEntry]:
    text = ctx.text
    entries: list[_ContactEntry] = []
    for header in _CONTACT_HEADER.finditer(text):
        pos = header.end()
        # Groups of lines separated by blank lines; stop at the first group not naming a person.
        for group in re.finditer(r"(?:[^\n]+\n?)+", text[pos:]):
            lines = [
                (pos + group.start() + m.start(), pos + group.start() + m.end())
                for m in re.finditer(r"[^\n]+", group.group(0))
            ]
            found = _group_entries(ctx, sink, lines)
            if not found:
                break
            entries.extend(found)
    for m in _LABEL_LINE.finditer(text):
        entry = _one_line_entry(ctx, sink, m.start("entry"), m.end("entry"), "role.labelled_line")
        if entry is not None:
            entries.append(entry)
    return entries


def _group_entries(
    ctx: Context, sink: FactSink, lines: list[tuple[int, int]]
) -> list[_ContactEntry]:
    """Entries of one contact group: "Name (P)" with the role on the next line, or
    one line per person: "Name (P), role[, organisation], phone, e-mail"."""
    text = ctx.text
    entries: list[_ContactEntry] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e = s + len(text[s:e].strip())
        first = _CONTACT_NAME.fullmatch(text, s, e)
        if first is not None:
            role = _role_from_line(ctx, sink, *lines[i + 1]) if i + 1 < len(lines) else None
            entries.append(
                _ContactEntry(s, e, first.group("name"), first.group("party"), role, "contact")
            )
            i += 2  # the line after a name line is its role line, read or not
            continue
        entry = _one_line_entry(ctx, sink, s, e, "role.contact_line")
        if entry is None:
            break
        entries.append(entry)
        i += 1
    return entries


def _one_line_entry(
    ctx: Context, sink: FactSink, start: int, end: int, rule: str
) -> _ContactEntry | None:
    m = _CONTACT_NAME.match(ctx.text, start, end)
    if m is None or not ctx.text.startswith(", ", m.end()):
        return None
    role = _role_from_line(ctx, sink, m.end() + 2, end)
    return _ContactEntry(start, m.end(), m.group("name"), m.group("party"), role, rule)


def _add_person(
    ctx: Context,
    sink: FactSink,
    name: str,
    party: str | None,
    start: int,
    end: int,
    rule: str,
    conf: float,
) -> None:
    person = Person(id=ids.person_id(name), name=name, party=party)
    if any(a.start < end and start < a.end for a in ctx.actors):
        return  # the words belong to an organisation's name
    if sink.mention(person, start, end, rule, conf):
        ctx.persons.append(PersonHit(start, end, person.id, name))


def _name_tokens(rule: str, span: Span) -> Span:
    """The name within a person match: after the trigger words, before a party. A
    capitalised word before a known first name is no part of it ("Beslutande Leif
    Sandberg", "Kommunhuset Christian Björkqvist")."""
    if rule == "person.party_suffix":
        name = span[: len(span) - 3]
    else:
        start = len(span)
        while start > 0 and _NAME_TOKEN_RE.fullmatch(span[start - 1].text):
            start -= 1
        if rule == "person.role_prefix" and start == 0:
            start = 1  # "Landshövding Helene Hellmark Knutsson": the role word is not a name
        name = span[start:]
    names = first_names()
    if len(name) == 3 and name[0].text not in names and name[1].text in names:
        return name[1:]
    return name


def _find_persons(ctx: Context, sink: FactSink) -> list[_ContactEntry]:
    matcher = person_matcher()
    matches = [(ctx.doc.vocab.strings[i], ctx.doc[s:e]) for i, s, e in matcher(ctx.doc)]
    # Longest first, so "Sara Lehman Svensson" wins over "Sara Lehman".
    matches.sort(key=lambda m: (-len(m[1]), m[1].start))
    taken: list[tuple[int, int]] = []
    for rule, span in matches:
        name_span = _name_tokens(rule, span)
        if len(name_span) < 2 or any(
            name_span.start_char < e and s < name_span.end_char for s, e in taken
        ):
            continue
        taken.append((name_span.start_char, name_span.end_char))
        party = span[-2].text if rule == "person.party_suffix" else None
        # For "Name (S)" the quoted mention includes the party, which it states.
        end_char = span.end_char if party else name_span.end_char
        _add_person(
            ctx, sink, name_span.text, party, name_span.start_char, end_char, rule, CONF_PATTERN
        )
    entries = _contact_entries(ctx, sink)
    for e in entries:
        rule = "person.contact_block" if e.rule == "contact" else "person." + e.rule[5:]
        _add_person(ctx, sink, e.name, e.party, e.name_start, e.name_end, rule, CONF_PATTERN)
    known = sorted({p.name for p in ctx.persons})
    for name in known:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.text):
            if not any(p.start <= m.start() < p.end for p in ctx.persons):
                _add_person(
                    ctx, sink, name, None, m.start(), m.end(), "person.known_name", CONF_KNOWN
                )
    ctx.persons.sort(key=lambda p: (p.start, p.end))
    return entries


def _person_at(ctx: Context, start: int) -> PersonHit | None:
    return next((p for p in ctx.persons if p.start == start), None)


def _actor_at(ctx: Context, start: int, end: int | None = None) -> ActorHit | None:
    return next((a for a in ctx.actors if a.start == start and (end is None or a.end == end)), None)


def _publisher_id(ctx: Context) -> str | None:
    return ids.municipality_id(ctx.publisher_municipality) if ctx.publisher_municipality else None


def _role_link(
    ctx: Context,
    sink: FactSink,
    person: PersonHit,
    org_id: str | None,
    role: str,
    rule: str,
    conf: float,
    start: int | None = None,
    end: int | None = None,
) -> None:
    if org_id is None:
        return
    if start is None or end is None:
        sentence = ctx.sentence_of(person.start)
        if sentence is None:
            return
        start, end = sentence.start, sentence.end
    day, precision = ctx.published_day()  # a role is stated as of the page's date
    sink.link(
        LinkType.HOLDS_ROLE,
        person.node_id,
        org_id,
        start,
        end,
        rule,
        conf,
        title=_title(role),
        date=day,
        date_precision=precision,
    )


def _same_municipality(ctx: Context, committee: ActorHit | None, start: int, end: int) -> bool:
    """'i Växjö kommun' after a committee's role: the place is the committee's municipality."""
    place = _actor_at(ctx, start, end)
    return bool(
        committee
        and place
        and place.kind is OrganizationKind.MUNICIPALITY
        and place.municipality_code == committee.municipality_code
    )


def _sentence_roles(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for person in ctx.persons:
        before = text[: person.start]
        after = text[person.end :]
        # "Välfärdsnämndens ordförande Carl-Gunnar Krooks"; also "kommunstyrelsens
        # ordförande i Växjö kommun, Erik Nyman" (the place must be the committee's own).
        window = before[-160:]
        offset = person.start - len(window)
        m = re.search(
            rf"(?P<org>\S+s)\s+(?P<role>{_ROLE})(?:\s+i\s+(?P<place>[^,\n]+?),)?\s+$",
            window,
            re.I,
        )
        if m:
            org_end = offset + m.end("org")
            actor = next((a for a in ctx.actors if a.end == org_end), None)
            place_ok = m.group("place") is None or _same_municipality(
                ctx, actor, offset + m.start("place"), offset + m.end("place")
            )
            if actor and not actor.anaphoric and place_ok:
                _role_link(
                    ctx,
                    sink,
                    person,
                    actor.node_id,
                    m.group("role").lower(),
                    "role.genitive_org_prefix",
                    CONF_ROLE,
                )
        # "landshövding Karin Åhlén", "kommundirektör Ulrika Backlund",
        # "regionstyrelsens ordförande Camilla Roos": the role word names the organisation.
        m = re.search(
            rf"(?<![\w-])(?P<role>(?:regionstyrelsens|regionfullmäktiges)\s+ordförande|{_ROLE})\s+$",
            window,
            re.I,
        )
        if m:
            role = " ".join(m.group("role").split())
            role = role[0].lower() + role[1:]
            org_id = _implied_org(ctx, sink, role)
            if org_id is not None:
                _role_link(ctx, sink, person, org_id, role, "role.prefix_implied", CONF_ROLE)
        # "Lars-Erik Nordström (M), kommunstyrelsens ordförande"
        m = re.match(
            rf"(?:\s*\((?:{_PARTY})\))?,\s+(?P<org>\S+s)\s+(?P<role>{_ROLE})\b", after, re.I
        )
        if m:
            org_start = person.end + m.start("org")
            actor = _actor_at(ctx, org_start, person.end + m.end("org"))
            role = m.group("role").lower()
            org_id = actor.node_id if actor and not actor.anaphoric else None
            if actor is None:
                role = f"{m.group('org').lower()} {role}"
                org_id = _implied_org(ctx, sink, role)  # "regionstyrelsens ordförande"
            if org_id is not None:
                _role_link(
                    ctx, sink, person, org_id, role, "role.apposition_genitive_org", CONF_ROLE
                )
        # "Kommunens samordnare Anna-Karin Hasselborg"
        m = re.search(rf"\b[Kk]ommunens\s+(?P<role>{_ROLE})\s+$", before[-80:])
        if m:
            _role_link(
                ctx,
                sink,
                person,
                _publisher_id(ctx),
                m.group("role").lower(),
                "role.kommunens_prefix",
                CONF_ROLE,
            )
        # "Jonne Norlin (S), ordförande i Bistånds-, ... servicenämnden"
        m = re.match(
            rf"(?:\s*\((?:{_PARTY})\))?,\s+(?P<role>{_ROLE})\s+(?:i|för|på|vid)\s+", after, re.I
        )
        if m:
            actor = _actor_at(ctx, person.end + m.end())
            if actor and not actor.anaphoric:
                _role_link(
                    ctx,
                    sink,
                    person,
                    actor.node_id,
                    m.group("role").lower(),
                    "role.apposition_in_org",
                    CONF_ROLE,
                )
        # "Peter Carlstedt, kommundirektör."
        m = re.match(rf",\s+(?P<role>{'|'.join(_MUNICIPAL_ONLY_ROLES)})\b", after, re.I)
        if m:
            _role_link(
                ctx,
                sink,
                person,
                _publisher_id(ctx),
                m.group("role").lower(),
                "role.apposition_municipal",
                CONF_ROLE,
            )


def _contact_roles(ctx: Context, sink: FactSink, entries: list[_ContactEntry]) -> None:
    for e in entries:
        person = _person_at(ctx, e.name_start)
        if person is None or e.role is None:
            continue
        org_id, rule, conf = e.role.org_id, f"{e.rule}.org", CONF_ROLE
        if e.rule == "contact":
            rule = "role.contact_block.org"
        if org_id is None:
            org_id, conf = _page_owner(ctx), CONF_ROLE_PUBLISHER
            rule = "role.contact_block.publisher" if e.rule == "contact" else f"{e.rule}.publisher"
        _role_link(ctx, sink, person, org_id, e.role.title, rule, conf, e.name_start, e.role.end)


def _sidansvarig_roles(ctx: Context, sink: FactSink) -> None:
    for m in re.finditer(rf"Sidansvarig:\s*(?P<name>{_NAME})", ctx.text):
        person = _person_at(ctx, m.start("name"))
        if person is not None:
            _role_link(
                ctx,
                sink,
                person,
                _publisher_id(ctx),
                "sidansvarig",
                "role.sidansvarig.publisher",
                CONF_ROLE_PUBLISHER,
                m.start(),
                person.end,
            )


def extract_persons(ctx: Context, sink: FactSink) -> None:
    entries = _find_persons(ctx, sink)
    _sentence_roles(ctx, sink)
    _contact_roles(ctx, sink, entries)
    _sidansvarig_roles(ctx, sink)

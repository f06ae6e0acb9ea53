"""Contact entries: a person's name with a role line, and the role they state.

Why apart: contact blocks are a page genre of their own ("Frågor kring
nyheten?", "Kontakt", "Dokumentansvarig: ..."), read line by line and never
beyond the name and role lines (the phone and e-mail lines below are not quoted).

- role.contact_block.org / .publisher: "Name (P)" with the role on the next line,
  with its organisation if the line names one, else the page's owner (lower
  confidence);
- role.contact_line.org / .publisher: one-line entries "Name (P), role[, org],
  phone, e-mail"; role.labelled_line.*: "Dokumentansvarig: Name, role", and bylines
  that give the writer's title ("Skribent: Name, role").

A role phrase may be a compound ("folkhälsostrateg"), take one adjective or an
organisation's genitive before it ("Kommunstyrelsens ordförande") and lower-case
qualifiers after it ("utvecklingsledare barnrätt") or, ending the line, the area it
covers capitalised ("Strateg Samhällsbyggnad", "Samordnare Mäns våld mot kvinnor"); a
unit ("Vuxenenheten", also a segment ", socialförvaltningen") is left out, the role is
the page owner's; other capitalised words make the line unknown (no role).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.facts import FactSink, contains_contact_detail
from ingest.language.nlp import ROLE_HEAD_RE
from ingest.rules.role_common import (
    CONF_ROLE,
    CONF_ROLE_PUBLISHER,
    actor_at,
    implied_org,
    page_owner,
    person_at,
    publisher_id,
    role_link,
    site_owner,
)
from ingest.rules.role_orgs import title_unit
from ingest.rules.role_page_bodies import deciding_body, meeting_body, url_body
from ingest.rules.role_title_heads import TITLE_HEADS
from ingest.rules.role_titles import MEETING_ROLE, NAME, PARTY, is_title

_PARTY = PARTY
# The role words of the sentence rules, and the open list of title heads
# ("kommunikatör", "jurist").
_ROLE_HEAD = re.compile(
    rf"(?:{ROLE_HEAD_RE}|(?:[A-Za-zÅÄÖåäö]+-)?[a-zåäö]*(?:{'|'.join(TITLE_HEADS)}))", re.I
)
# "Kommunikationschef och presskontakt": a second job after "och" is no qualifier.
_SECOND_JOB = re.compile(rf"(?:och|samt)\s+(?:{_ROLE_HEAD.pattern}|[a-zåäö]*kontakt)\b", re.I)
_PREPOSITIONS = frozenset({"i", "för", "på", "vid"})
# A unit within the page's organisation: "Vuxenenheten", "socialförvaltningen".
_UNIT = re.compile(r"[A-ZÅÄÖa-zåäö]+(?:enheten|förvaltningen|avdelningen|kontoret|sektionen)")
# "Dokumentansvarig: Lena Pirttimaa, enhetschef Vuxenenheten"
_LABEL_LINE = re.compile(
    r"^(?:Dokumentansvarig|Kontaktperson(?:er)?|Kontakt|Presskontakt|Ansvarig|"
    # A byline with its writer's title: "Skribent: Eva Ek, kommunikatör".
    r"Skribent|Text|Författare|"
    r"(?:Ytterligare|Mer)\s+information|Upplysningar(?:\s+lämnas\s+av)?)\s*:[ \t]*"
    r"(?P<entry>[^\n]*\S)",
    re.M,
)
_CONTACT_HEADER = re.compile(
    r"^(?:Frågor kring nyheten\?|Kontaktperson(?:er)?|Kontakt(?:er)?|Contacts?|Presskontakt(?:er)?|"
    r"Kontakta oss|Mer information|För mer information|(?:Politiska\s+)?[Kk]ommentarer|"
    r"Frågor besvaras av)[ \t]*:?[ \t]*$",
    re.M,
)
_CONTACT_NAME = re.compile(rf"(?P<name>{NAME})(?: \((?P<party>{_PARTY})\))?")
_ROLE_ABBREVIATIONS = {
    "ord": "ordförande",
    "ord.": "ordförande",
    "ordf": "ordförande",
    "ordf.": "ordförande",
}


# "• Eva Ek": a contact listed as a bullet.
_BULLET = re.compile(r"[•*\u2013-][ \t]+")
# "1:e vice ordförande", "andre vice ordförande": the ordinal and "vice" open the title.
_ORDINAL_VICE = re.compile(r"(?:\d:[ae]|förste|andre|tredje)\s+vice\s+", re.I)
# A line that is only a phone number or an e-mail address.
_DETAIL_LINE = re.compile(r"\s*(?:\+?[\d\s()/-]{6,}|[\w.+-]+@[\w.-]+)\s*")


@dataclass(frozen=True, slots=True)
class Role:
    title: str  # the role as stated, first letter lower-cased unless an acronym
    org_id: str | None  # the organisation the role line names, if any
    implied: bool  # org_id comes from the role word itself (landshövding -> länsstyrelse)
    end: int  # end of the quoted part of the role line


@dataclass(frozen=True, slots=True)
class ContactEntry:
    name_start: int
    name_end: int
    name: str
    party: str | None
    role: Role | None
    rule: str  # the role rule: contact block (name and role lines) or a labelled line
    role_line: tuple[int, int] | None = None  # the line read as the role line, if any


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def parse_role(ctx: Context, sink: FactSink, start: int, end: int) -> Role | None:
    """A role phrase such as "Strategisk samordnare", "Kommunstyrelsens ordförande",
    "ordförande socialnämnden", "verksamhetschef äldreomsorg", "enhetschef Vuxenenheten".

    At most one word (an adjective or an organisation's genitive) before the role word;
    after it, lower-case qualifiers belong to the title (up to "hos", whom the role serves:
    "Pressekreterare hos kulturministern"), an organisation named there is the role's
    organisation, a unit ("Vuxenenheten") is within the page's organisation.
    Anything else capitalised is unknown: None, so nothing is said."""
    text = ctx.text
    words = _words(text, start, end)
    lead = _ORDINAL_VICE.match(text, start, end)  # "1:e vice ordförande": part of the title
    skip = len(lead.group(0).split()) if lead else 0
    head = next(
        (
            i
            for i, (s, e) in enumerate(words[skip : skip + 2], start=skip)
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
        actor = actor_at(ctx, s, e)
        if actor is not None and text[s:e].endswith("s") and not actor.anaphoric:
            org_id, title_start = actor.node_id, words[1][0]  # "Kommunstyrelsens ordförande"
        elif not re.fullmatch(r"[A-ZÅÄÖa-zåäö][a-zåäö]+", text[s:e]):
            return None
    hs, he = words[head]
    head_word = _ROLE_ABBREVIATIONS.get(text[hs:he].lower())
    title_parts = [text[title_start:hs], head_word or text[hs:he]]
    used_end = he
    ends = [he]  # the end of each title part
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
        if _UNIT.fullmatch(word) and org_id is None:
            # "Kommunikatör Naturvårdsenheten": a unit of a county board's, region's or
            # agency's site has an id of its own; a municipality's stays its owner's.
            org_id = title_unit(ctx, sink, title_start, s)
            used_end = e if org_id is not None else used_end
            break
        if _UNIT.fullmatch(word) or _SECOND_JOB.match(text, s, end) or word == "hos":
            break
        if not re.fullmatch(r"[a-zåäö][a-zåäö-]*", word):
            if title_parts[-1].strip() in _PREPOSITIONS:
                # "samordnare för suicidprevention för Örebro län": the area the job
                # covers ends the title; the role is the page owner's.
                title_parts.pop()
                used_end = ends[-2]
                break
            area = _capitalised_area(ctx, s, end)
            if area is None:
                return None
            title_parts.append(" " + area[0])  # "Strateg Samhällsbyggnad": the job's area
            used_end = area[1]
            break
        title_parts.append(" " + word)
        used_end = e
        ends.append(e)
    title = "".join(title_parts).strip()
    first = title.split("-")[0].split()[0]
    if not (first.isupper() and len(first) > 1):
        title = title[0].lower() + title[1:]
    implied = False
    if org_id is None:
        org_id = implied_org(ctx, sink, title)
        implied = org_id is not None
    return Role(title, org_id, implied, used_end)


# "Samordnare Mäns våld mot kvinnor", "Strateg Samhällsbyggnad": the area a job covers,
# capitalised on a card; a few plain words, naming no organisation.
_AREA = re.compile(r"[A-ZÅÄÖ][a-zåäö-]+(?:[ \t]+[a-zåäö][a-zåäö-]*){0,4}[ \t]*")
_AREA_WORDS = 5
_BODY_WORD = re.compile(
    r"(?:enhet|avdelning|förvaltning|nämnd|kontor|sektion|bolag|styrelse|kommun|region|län)"
    r"(?:en|et|n)?$",
    re.I,
)


def _capitalised_area(ctx: Context, start: int, end: int) -> tuple[str, int] | None:
    """The rest of a role line from `start` as the job's area, lower-cased, if it is one
    capitalised word and a few lower-case ones and no organisation's name."""
    m = _AREA.fullmatch(ctx.text, start, end)
    if m is None or any(start <= a.start < end for a in ctx.actors):
        return None
    words = ctx.text[start:end].split()
    if len(words) > _AREA_WORDS or any(_BODY_WORD.search(w) for w in words):
        return None  # "Samordnare Okänd enhet": an unknown body, no area
    return " ".join(words).lower(), start + len(ctx.text[start:end].rstrip())


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


def _role_from_line(ctx: Context, sink: FactSink, start: int, end: int) -> Role | None:
    """The role of a role line "Role[, Organisation][, phone][, e-mail]"; an organisation
    segment after the role overrides; topic or unit segments are left out of the quote."""
    segments = _segments(ctx.text, start, end)
    if not segments or contains_contact_detail(ctx.text[slice(*segments[0])]):
        return None
    if ctx.text[segments[0][1] - 1] == "-":
        return None  # "hos folkhälso-, sjukvårds- och ...": a comma inside the role
    role = parse_role(ctx, sink, *segments[0])
    if role is None:
        return None
    if len(segments) > 1 and (role.org_id is None or role.implied):
        actor = actor_at(ctx, *segments[1])
        if actor is not None and _UNIT.fullmatch(ctx.text[slice(*segments[1])]):
            return role  # "Samordnare, socialförvaltningen": a unit of the page's owner
        if actor is not None and not actor.anaphoric:
            return Role(role.title, actor.node_id, False, segments[1][1])
    return role


def contact_entries(ctx: Context, sink: FactSink) -> list[ContactEntry]:
    text = ctx.text
    entries: list[ContactEntry] = []
    for header in _CONTACT_HEADER.finditer(text):
        pos = header.end()
        # Groups of lines separated by blank lines; stop at the first group not naming a
        # person. A group of phone and e-mail lines is passed over; a name alone in its
        # group takes the next group's first line as its role line ("Eva Ek", blank,
        # "Kommunikatör").
        groups = [
            [
                (pos + group.start() + m.start(), pos + group.start() + m.end())
                for m in re.finditer(r"[^\n]*\S[^\n]*", group.group(0))
            ]
            for group in re.finditer(r"(?:[^\n]*\S[^\n]*\n?)+", text[pos:])
        ]
        taken = False  # the group's first line was read as the name before it's role
        for n, lines in enumerate(groups):
            lines = lines[1:] if taken else lines
            taken = False
            if not lines or all(_DETAIL_LINE.fullmatch(text, s, e) for s, e in lines):
                continue
            nxt = groups[n + 1][0] if n + 1 < len(groups) else None
            found = _group_entries(ctx, sink, lines, nxt)
            if not found:
                break
            taken = found[-1].role_line == nxt is not None
            entries.extend(found)
    for m in _LABEL_LINE.finditer(text):
        entry = _one_line_entry(ctx, sink, m.start("entry"), m.end("entry"), "role.labelled_line")
        if entry is not None:
            entries.append(entry)
    return entries


def _group_entries(
    ctx: Context,
    sink: FactSink,
    lines: list[tuple[int, int]],
    after: tuple[int, int] | None = None,
) -> list[ContactEntry]:
    """Entries of one contact group: "Name (P)" with the role on the next line (for a
    name on the group's last line, `after`: the next group's first line), or one line
    per person: "Name (P), role[, organisation], phone, e-mail"."""
    text = ctx.text
    entries: list[ContactEntry] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        s += len(text[s:e]) - len(text[s:e].lstrip())
        e = s + len(text[s:e].strip())
        bullet = _BULLET.match(text, s, e)  # "• Eva Ek": a listed contact
        s = bullet.end() if bullet else s
        first = _CONTACT_NAME.fullmatch(text, s, e)
        if first is not None:
            line = lines[i + 1] if i + 1 < len(lines) else after
            role = _role_from_line(ctx, sink, *line) if line is not None else None
            name_start, name, prefix = _title_first(ctx, sink, s, first.group("name"))
            entries.append(
                ContactEntry(
                    name_start,
                    e,
                    name,
                    first.group("party"),
                    role or prefix,
                    "contact",
                    line if role is not None else None,
                )
            )
            i += 2  # the line after a name line is its role line, read or not
            continue
        entry = _one_line_entry(ctx, sink, s, e, "role.contact_line")
        if entry is None:
            break
        entries.append(entry)
        i += 1
    return entries


def _title_first(
    ctx: Context, sink: FactSink, start: int, name: str
) -> tuple[int, str, Role | None]:
    """A title before the name in the prefix order ("Länsantikvarie Eva Ek, 010-..."):
    the title is no part of the name; it is the entry's role, quoting just itself."""
    first, _, rest = name.partition(" ")
    if " " not in rest or not is_title(first):
        return start, name, None
    return start + len(first) + 1, rest, parse_role(ctx, sink, start, start + len(first))


def _one_line_entry(
    ctx: Context, sink: FactSink, start: int, end: int, rule: str
) -> ContactEntry | None:
    m = _CONTACT_NAME.match(ctx.text, start, end)
    if m is None or not ctx.text.startswith(", ", m.end()):
        return None
    role = _role_from_line(ctx, sink, m.end() + 2, end)
    name_start, name, prefix = _title_first(ctx, sink, start, m.group("name"))
    return ContactEntry(name_start, m.end(), name, m.group("party"), role or prefix, rule)


def _contacts_owner(ctx: Context, sink: FactSink) -> str | None:
    """The page's owner; on an agency's, region's or county board's own site, that
    organisation rather than the municipality its release is about (a press officer
    listed under "Presskontakt" on Skolinspektionen's release about a municipality)."""
    owner = page_owner(ctx)
    other_site = ctx.site is not None and ctx.site.kind is not OrganizationKind.MUNICIPALITY
    if other_site and owner is not None and owner == publisher_id(ctx):
        return site_owner(ctx, sink) or owner
    return owner or site_owner(ctx, sink)


def contact_roles(ctx: Context, sink: FactSink, entries: list[ContactEntry]) -> None:
    """Without an organisation the role goes to the page's owner: a masthead line naming
    one organisation near the top, else the page's municipality, else the site's owner."""
    for e in entries:
        person = person_at(ctx, e.name_start)
        if person is None or e.role is None:
            continue
        org_id, rule, conf = e.role.org_id, f"{e.rule}.org", CONF_ROLE
        if e.rule == "contact":
            rule = "role.contact_block.org"
        if org_id is None and MEETING_ROLE.fullmatch(e.role.title):
            # a chair of no named body: the body whose meeting or decisions the page reports
            org_id = meeting_body(ctx) or deciding_body(ctx) or url_body(ctx)
        if org_id is None:
            org_id, conf = _contacts_owner(ctx, sink), CONF_ROLE_PUBLISHER
            rule = "role.contact_block.publisher" if e.rule == "contact" else f"{e.rule}.publisher"
        role_link(ctx, sink, person, org_id, e.role.title, rule, conf, e.name_start, e.role.end)

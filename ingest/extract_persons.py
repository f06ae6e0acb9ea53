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
- role.sidansvarig.publisher: "Sidansvarig: Name" -> the page's municipality.

Every role link carries the page's publication date (DAY precision) when the
page is dated: the date the role was stated, not when it began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.edges import LinkType
from graph.nodes import Person
from ingest import ids
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.nlp import PARTIES, ROLE_WORDS, person_matcher

CONF_PATTERN = 0.85
CONF_KNOWN = 0.8
CONF_ROLE = 0.85
CONF_ROLE_PUBLISHER = 0.6

_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
_PARTY = "|".join(PARTIES)
_ROLE = "|".join(ROLE_WORDS)
_CONTACT_HEADER = re.compile(r"^(?:Frågor kring nyheten\?|Kontaktpersoner?|Kontakt)\s*$", re.M)
_CONTACT_NAME = re.compile(rf"(?P<name>{_NAME})(?: \((?P<party>{_PARTY})\))?")
_ROLE_ABBREVIATIONS = {
    "ord": "ordförande",
    "ord.": "ordförande",
    "ordf": "ordförande",
    "ordf.": "ordförande",
}
_MUNICIPAL_ONLY_ROLES = ("kommundirektör", "kommunalråd", "kommunchef")
_NAME_IN_MATCH = {
    "person.party_suffix": slice(0, 2),
    "person.speech_verb": slice(1, 3),
    "person.role_prefix": slice(1, 3),
    "person.sidansvarig": slice(2, 4),
}


@dataclass(frozen=True, slots=True)
class _ContactEntry:
    name_start: int
    name_end: int
    name: str
    party: str | None
    role: str | None  # canonical lower-case role word
    role_rest: tuple[int, int] | None  # span of the organisation part of the role line
    entry_end: int  # end of the role line (or the name line)


def _title(role: str) -> str:
    return role[0].upper() + role[1:]


def _contact_entries(text: str) -> list[_ContactEntry]:
    entries: list[_ContactEntry] = []
    for header in _CONTACT_HEADER.finditer(text):
        pos = header.end()
        # Groups of lines separated by blank lines; stop at the first group not naming a person.
        for group in re.finditer(r"(?:[^\n]+\n?)+", text[pos:]):
            lines = list(re.finditer(r"[^\n]+", group.group(0)))
            base = pos + group.start()
            first = _CONTACT_NAME.fullmatch(lines[0].group(0).strip())
            if first is None:
                break
            name_start = (
                base + lines[0].start() + (len(lines[0].group(0)) - len(lines[0].group(0).lstrip()))
            )
            name_end = name_start + len(first.group(0))
            role = rest = None
            entry_end = name_end
            if len(lines) > 1:
                line = lines[1]
                words = line.group(0).strip().split(maxsplit=1)
                word = words[0].lower() if words else ""
                word = _ROLE_ABBREVIATIONS.get(word, word)
                if word in ROLE_WORDS:
                    role = word
                    line_start = (
                        base + line.start() + (len(line.group(0)) - len(line.group(0).lstrip()))
                    )
                    entry_end = line_start + len(line.group(0).strip())
                    if len(words) > 1:
                        rest = (entry_end - len(words[1]), entry_end)
            entries.append(
                _ContactEntry(
                    name_start,
                    name_end,
                    first.group("name"),
                    first.group("party"),
                    role,
                    rest,
                    entry_end,
                )
            )
    return entries


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


def _find_persons(ctx: Context, sink: FactSink) -> list[_ContactEntry]:
    matcher = person_matcher()
    for match_id, start, end in matcher(ctx.doc):
        rule = ctx.doc.vocab.strings[match_id]
        span = ctx.doc[start:end]
        name_span = span[_NAME_IN_MATCH[rule]]
        party = span[3].text if rule == "person.party_suffix" else None
        # For "Name (S)" the quoted mention includes the party, which it states.
        end_char = span.end_char if party else name_span.end_char
        _add_person(
            ctx, sink, name_span.text, party, name_span.start_char, end_char, rule, CONF_PATTERN
        )
    entries = _contact_entries(ctx.text)
    for e in entries:
        _add_person(
            ctx,
            sink,
            e.name,
            e.party,
            e.name_start,
            e.name_end,
            "person.contact_block",
            CONF_PATTERN,
        )
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


def _sentence_roles(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for person in ctx.persons:
        before = text[: person.start]
        after = text[person.end :]
        # "Välfärdsnämndens ordförande Carl-Gunnar Krooks"
        m = re.search(rf"(?P<org>\S+s)\s+(?P<role>{_ROLE})\s+$", before[-120:], re.I)
        if m:
            org_start = person.start - len(before[-120:]) + m.start("org")
            actor = next((a for a in ctx.actors if a.end == org_start + len(m.group("org"))), None)
            if actor and not actor.anaphoric:
                _role_link(
                    ctx,
                    sink,
                    person,
                    actor.node_id,
                    m.group("role").lower(),
                    "role.genitive_org_prefix",
                    CONF_ROLE,
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
        if e.role_rest is not None:
            actor = _actor_at(ctx, *e.role_rest)
            if actor is None or actor.anaphoric:
                continue  # the line names something we cannot resolve: say nothing
            _role_link(
                ctx,
                sink,
                person,
                actor.node_id,
                e.role,
                "role.contact_block.org",
                CONF_ROLE,
                e.name_start,
                e.entry_end,
            )
        else:
            _role_link(
                ctx,
                sink,
                person,
                _publisher_id(ctx),
                e.role,
                "role.contact_block.publisher",
                CONF_ROLE_PUBLISHER,
                e.name_start,
                e.entry_end,
            )


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

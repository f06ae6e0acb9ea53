"""Roles stated next to a person's name, from an open list of title heads.

Why apart from extract_persons: those rules read fixed role words in fixed
frames; these read any title phrase whose last word ends in a title head
(-strateg, -chef, -direktör, -råd, -minister, -planerare, ...), in the two
orders Swedish pages use:

- role.apposition_title: "säger Sara Lehman Svensson, miljöstrateg", "Gösta
  Bergenheim (S), regionstyrelsens ordförande", "Anna Ek, enhetschef i
  Socialtjänsten";
- role.prefix_title: "justitie- och migrationsminister Morgan Johansson",
  "biträdande regiondirektör Jörgen Preuss".

The role goes to the organisation named with it: a genitive inside the phrase
("regionstyrelsens ordförande" -> regionstyrelsen), one right after it ("i|på|
vid|för <org>", ", <org>"), or the one the title itself implies (a landshövding
or länsråd serves a county board, a minister the government, a regionråd the
region, a kommunalråd the municipality). Otherwise it goes to the organisation
whose site the page is on, when the page names it. A person who already has a
role from an earlier rule is left alone.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind, Person
from ingest import ids
from ingest.context import ActorHit, Context, PersonHit
from ingest.extract_persons import unique_of_kind
from ingest.facts import FactSink
from ingest.gazetteer import first_names
from ingest.nlp import ROLE_HEADS

CONF_TITLE = 0.8

# The known role heads (ingest.nlp) and more: an open list of what titles end in.
TITLE_HEADS = (
    *ROLE_HEADS,
    "regionråd",
    "länsråd",
    "oppositionsråd",
    "statsråd",
    "minister",
    "planerare",
    "rektor",
    "expert",
    "analytiker",
    "specialist",
    "ingenjör",
    "arkitekt",
    "ekolog",
    "ekonom",
    "jurist",
    "controller",
    "talesperson",
    "ombudsman",
    "rådgivare",
    "konsulent",
    "inspektör",
    "kommunpolis",
    "generalsekreterare",
)
_HEAD = "(?:" + "|".join(TITLE_HEADS) + ")"
# A title: maybe one adjective, maybe a coordinated first part ("justitie- och"), then
# a word ending in a title head, in the indefinite or the definite form.
_ADJ = (
    r"(?:biträdande|vice|tillförordnad|strategisk|administrativ|ansvarig|nyvald|nyvalda|"
    r"avgående|tidigare|förre|förste|nationell|regional|kommunal)"
)
_TITLE = rf"(?:{_ADJ}\s+)?(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]*{_HEAD}(?:en|n|et)?"
_TITLE_AFTER = re.compile(rf",\s+(?P<title>(?:\S+s\s+)?{_TITLE})(?=[\s,.;:)!?]|$)")
_PARTY_AFTER = re.compile(r"\s*\([A-ZÅÄÖ]{1,3}\)")
_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?P<title>{_TITLE})\s+$", re.I)
_PREPOSITION = re.compile(r"\s+(?:i|på|vid|för|inom)\s+")
_COMMA = re.compile(r",\s+")
_DEFINITE = re.compile(rf"(?P<base>{_HEAD})(?:en|n|et)$")

# Titles that name their organisation's kind.
_IMPLIED: tuple[tuple[re.Pattern[str], OrganizationKind], ...] = (
    (re.compile(r"landshövding|länsråd"), OrganizationKind.COUNTY_BOARD),
    (re.compile(r"minister|statsråd|statssekreterare"), OrganizationKind.GOVERNMENT),
    (re.compile(r"regionråd|regiondirektör"), OrganizationKind.REGION),
    (re.compile(r"kommunalråd|kommundirektör|kommunchef"), OrganizationKind.MUNICIPALITY),
)


def _base_title(title: str) -> str:
    """'regionrådet' -> 'regionråd'; spaces normalised; lower case."""
    words = " ".join(title.split()).lower().split(" ")
    m = _DEFINITE.search(words[-1])
    if m and not words[-1].endswith(TITLE_HEADS):
        words[-1] = words[-1][: m.start()] + m.group("base")
    return " ".join(words)


def _actor_at(ctx: Context, start: int) -> ActorHit | None:
    return next((a for a in ctx.actors if a.start == start), None)


def _actor_ending(ctx: Context, end: int) -> ActorHit | None:
    return next((a for a in ctx.actors if a.end == end), None)


def _implied(ctx: Context, sink: FactSink, title: str) -> str | None:
    for pattern, kind in _IMPLIED:
        if not pattern.search(title):
            continue
        if kind is OrganizationKind.GOVERNMENT:
            gov = ids.national_body_id("regeringen")
            return gov if gov in sink.nodes else None
        if kind is OrganizationKind.MUNICIPALITY:
            found = ctx.publisher_id()
            return found if found in sink.nodes else None
        return unique_of_kind(ctx, sink, kind)
    return None


def _site_org(ctx: Context, sink: FactSink, title: str) -> str | None:
    """The organisation whose site the page is on, if the page names it; never for a
    police title (the police is no municipality's or region's)."""
    site = ctx.site_actor()
    if site is None or "polis" in title or site.node_id not in sink.nodes:
        return None
    return site.node_id


def _split_genitive(ctx: Context, start: int, title: str) -> tuple[str | None, str]:
    """'regionstyrelsens ordförande' -> (regionstyrelsen's id, 'ordförande')."""
    first = title.split()[0]
    actor = _actor_ending(ctx, start + len(first))
    if actor is not None and _actor_at(ctx, start) is actor and first.endswith("s"):
        return actor.node_id, title[len(first) :].strip()
    return None, title


def _org_after(ctx: Context, end: int) -> str | None:
    """An organisation right after a title: 'i Socialtjänsten', ', Alingsås kommun'."""
    for joiner in (_PREPOSITION, _COMMA):
        m = joiner.match(ctx.text, end)
        if m:
            actor = _actor_at(ctx, m.end())
            if actor is not None and not actor.anaphoric:
                return actor.node_id
    return None


def _resolve(ctx: Context, sink: FactSink, start: int, end: int, title: str) -> tuple[str, str]:
    org, rest = _split_genitive(ctx, start, title)
    rest = _base_title(rest)
    org = (
        org or _org_after(ctx, end) or _implied(ctx, sink, rest) or _site_org(ctx, sink, rest) or ""
    )
    return org, rest


def _link(
    ctx: Context,
    sink: FactSink,
    person: PersonHit,
    org: str,
    title: str,
    rule: str,
    start: int | None = None,
    end: int | None = None,
) -> None:
    sentence = ctx.sentence_of(person.start)
    if not org or not title or sentence is None:
        return
    quote_start = sentence.start if start is None else start
    quote_end = sentence.end if end is None else end
    day, precision = ctx.published_day()
    sink.link(
        LinkType.HOLDS_ROLE,
        person.node_id,
        org,
        quote_start,
        quote_end,
        rule,
        CONF_TITLE,
        title=title[0].upper() + title[1:],
        date=day,
        date_precision=precision,
    )


# "Eva Lindahl" on a line of its own, "Kommunikationsdirektör" on the next: a contact
# entry without a "Kontakt" heading. The name must start with a known first name.
_NAME_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
    r"(?:[ ][A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?){1,2}),?[ \t]*\n"
    r"[ \t]*(?P<title>[^\n]{3,80})$",
    re.M,
)
_TITLE_LINE = re.compile(rf"(?P<title>(?:\S+s\s+)?{_TITLE})(?=[\s,.;:)]|$)", re.I)


def _name_title_lines(ctx: Context, sink: FactSink) -> None:
    for m in _NAME_LINE.finditer(ctx.text):
        name = m.group("name")
        if name.split()[0] not in first_names():
            continue
        title = _TITLE_LINE.match(m.group("title"))
        if title is None:
            continue
        start, end = m.start("name"), m.end("name")
        if any(a.start < end and start < a.end for a in ctx.actors):
            continue
        person = Person(id=ids.person_id(name), name=name)
        if not sink.mention(person, start, end, "person.name_title_lines", CONF_TITLE):
            continue
        hit = PersonHit(start, end, person.id, name)
        ctx.persons.append(hit)
        t_start = m.start("title") + title.start("title")
        org, text = _resolve(
            ctx, sink, t_start, t_start + len(title.group("title")), title.group("title")
        )
        _link(ctx, sink, hit, org, text, "role.name_title_lines", m.start(), m.end())


def extract_roles(ctx: Context, sink: FactSink) -> None:
    _name_title_lines(ctx, sink)
    has_role = {x.from_id for x in sink.links.values() if x.type is LinkType.HOLDS_ROLE}
    for person in ctx.persons:
        if person.node_id in has_role:
            continue
        pos = person.end
        party = _PARTY_AFTER.match(ctx.text, pos)
        if party:
            pos = party.end()
        m = _TITLE_AFTER.match(ctx.text, pos)
        if m:
            org, title = _resolve(ctx, sink, m.start("title"), m.end("title"), m.group("title"))
            _link(ctx, sink, person, org, title, "role.apposition_title")
            has_role.add(person.node_id)
            continue
        window_start = max(0, person.start - 80)
        b = _TITLE_BEFORE.search(ctx.text[window_start : person.start])
        if b:
            start = window_start + b.start("title")
            title = b.group("title")
            org, title = _resolve(ctx, sink, start, start + len(title), title)
            genitive = _actor_ending(ctx, start - 1)  # "Region Hallands regiondirektör X"
            if genitive is not None and ctx.text[genitive.end - 1] == "s":
                org = genitive.node_id
            _link(ctx, sink, person, org, title, "role.prefix_title")
            has_role.add(person.node_id)

"""Forums named by their topic or their place, and forums a page defines as one.

Why apart from ingest.rules.extract_forums: those rules read a group noun with a
qualifier or a definite council before a verb; councils, networks and partnerships of
other regions and agencies are named in three more productive frames (invented examples):

- actor.forum.for_topic: a head noun and a "för" complement, with an optional level
  adjective before it and a place after it: "Forum för tillväxt i Halland", "Nätverket
  för kollektivtrafik", "Nationella rådet för dricksvatten", "Regionalt nätverk för
  friluftsliv i Värmland", "Referensgruppen för unga ledare". The complement is up to
  three noun phrases joined by och / om / av / inom, each a noun with at most one
  adjective or genitive before it ("länets framtid").
- actor.forum.place_collaboration: a compound in -samverkan and a county, landskap or
  municipality after it, or "mot <topic>": "Miljösamverkan Halland", "Samverkan Ronneby",
  "Hallandssamverkan mot droger". Its scope is the place's.
- actor.forum.defined: a capitalised name the sentence calls a forum, network or
  collaboration platform: "Grön Tråd är ett nätverk för ...", "Energikontor Syd, som är
  en samarbetsplattform".

Scope: "Nationella", "Nationellt" or "Regeringens" say national; a county or a place in
the county after the name gives that county, a municipality gives it; else an agency's or
the government's page makes it national, a region's or county board's its county, a
municipality's its municipality.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.language.regex_guard import compile_guarded

__all__ = ["forum_page_scope", "fuller_forum", "topic_forums"]

CONF_TOPIC_FORUM = 0.75

_FUNCTION = (
    r"(?!(?:att|en|ett|den|det|de|dem|sin|sitt|sina|alla|som|varje|hela|olika|andra|"
    r"detta|denna|dessa|vår|vårt|våra|er|ert|era|mer|fler|mindre|så|har|hade|är|var|ska|"
    r"kan|kommer|blir|och|samt|eller)\b)"
)
_ADJECTIVE = r"[a-zåäö]{2,}(?:a|ig|iga|al|ala|ell|ella|isk|iska|bar|bart|lig|ligt|ade|ande|s|t)"
_NOUN = r"(?:[a-zåäö][a-zåäö-]{2,}|[A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖa-zåäö]+)?)"
_PHRASE = rf"{_FUNCTION}(?:{_ADJECTIVE}\s+{_FUNCTION})?{_NOUN}"
_COMPLEMENT = rf"{_PHRASE}(?:\s+(?:och|om|av|inom)\s+{_PHRASE}){{0,2}}"
_PLACE_WORD = r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?"
_QUALIFIER = r"(?:[Nn]ationella|[Nn]ationellt|[Rr]egionala|[Rr]egionalt|Regeringens|Lokala|Lokalt)"
_HEAD = (
    r"(?:Forum|Nätverk(?:et)?|Råd(?:et)?|Plattform(?:en)?|Partnerskap(?:et)?|"
    # "Målgruppen för projektet": the people a project is for, no group that meets
    r"(?!Målgrupp)[A-ZÅÄÖ][a-zåäö]{2,}(?:rådet|nätverket|gruppen|partnerskapet|forumet|forum))"
)
_LOWER_HEAD = r"[a-zåäö]*(?:råd|rådet|nätverk|nätverket|grupp|gruppen|forum|partnerskapet)"
# The name ends where a verb, a preposition or punctuation follows.
_NAME_END = (
    r"(?=\s*(?:[,.;:()!?\u2013]|$)|\s+(?:som|med|har|hade|är|var|ska|skall|kommer|och|samt|där|"
    r"består|leder|träffas|arbetar|beslutar|beslutade|bildas|bildades|inom|vid|på|till|"
    r"från|under|i|den|det|tog|tar|genomför|driver)\b)"
)
_FOR_TOPIC = compile_guarded(
    rf"(?<![\wåäö-])(?P<name>(?:(?P<qual>{_QUALIFIER})\s+(?:{_LOWER_HEAD}|{_HEAD})|{_HEAD})"
    rf"\s+för\s+(?:{_COMPLEMENT}(?:\s+i\s+(?P<place>{_PLACE_WORD}(?:\s+län)?))?"
    # "Strukturfondspartnerskapet för Västsverige": a part of the country
    rf"|(?P<area>(?:(?:Norra|Södra|Östra|Västra|Mellersta)\s+)?[A-ZÅÄÖ][a-zåäö]+)))"
    rf"{_NAME_END}",
    re.M,
)
_COLLABORATION = compile_guarded(
    r"(?<![\wåäö-])(?P<name>(?:(?:Västra|Norra|Södra|Östra)\s+)?(?:"
    # "Byggsamverkan Dalarna", "Regionsamverkan Sydsverige": trade and member bodies
    r"(?!(?:Bygg|Näringslivs|Region|Företags|Handels|Industri|El)samverkan)"
    r"[A-ZÅÄÖ][a-zåäö]*samverkan"
    r"|Samverkan)\s+(?:mot\s+(?:droger|våld|brott)|(?P<place>" + _PLACE_WORD + r")))"
    r"(?![\wåäö])"
)
_DEFINED = re.compile(
    r"(?<![\wåäö-])(?!(?:Vi|Det|Den|Detta|Denna|Här|Hon|Han|De|Man|Som|Nu)\b)"
    r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[A-ZÅÄÖ][\wåäö-]+){0,3}),?[ \t]+(?:som[ \t]+)?"
    r"är\s+(?:en|ett)\s+(?:[a-zåäö]+(?:a|t)\s+)?(?:samverkansgrupp|samarbetsplattform|"
    r"samverkansplattform|forum|nätverk|samverkansforum|samverkansorgan|partnerskap)\b"
)
_AREA = re.compile(r"(?:sverige|land|norr|syd)$")
_NATIONAL_QUALIFIER = re.compile(r"^(?:[Nn]ationell|Regeringens)")
# "förstudien Partnerskap för X", "projektet Nätverk för Y": the name of an effort.
_EFFORT_BEFORE = re.compile(
    r"(?:förstudie|projekt|satsning|uppdrag|program|initiativ|kampanj|utredning)"
    r"[a-zåäö]*\s+$"
)
_ACRONYM_AFTER = re.compile(r"\s*\([A-ZÅÄÖ]{2,6}\)")
# "LinkedIn-gruppen Matprat": a describing noun before the name.
_DESCRIBED = re.compile(r"^\S*(?:gruppen|nätverket|projektet|föreningen|forumet)\s+(?=\S)")


def _key(name: str) -> str:
    """A forum name without its place and the definite endings of its first two words."""
    words = re.sub(r"\s+i\s+[A-ZÅÄÖ].*$", "", " ".join(name.split())).lower().split()
    return " ".join([re.sub(r"(?:et|en|a|t)$", "", w) for w in words[:2]] + words[2:])


def _place_scope(place: str | None) -> ids.Scope | None:
    if not place:
        return None
    place = re.sub(r"\s+län$", "", place)
    county = county_by_name(place)
    if county is not None:
        return ids.county_scope(county.code)
    town = municipality_by_name(place)
    return ids.municipality_scope(town.code) if town is not None else None


def forum_page_scope(ctx: Context) -> ids.Scope | None:
    """A forum's scope from its page alone (see the module)."""
    site = ctx.site
    if site is not None and site.kind in (OrganizationKind.AGENCY, OrganizationKind.GOVERNMENT):
        return ids.NATIONAL_SCOPE  # an agency's or the government's forum is national
    regional = site is not None and site.kind in (
        OrganizationKind.REGION,
        OrganizationKind.COUNTY_BOARD,
    )
    if ctx.publisher_municipality and not regional:
        return ids.municipality_scope(ctx.publisher_municipality)
    return ids.county_scope(ctx.home_county) if ctx.home_county else None


def _found(ctx: Context) -> list[tuple[int, int, str, ids.Scope | None, str]]:
    found: list[tuple[int, int, str, ids.Scope | None, str]] = []
    page_scope = forum_page_scope(ctx)
    for m in _FOR_TOPIC.finditer(ctx.text):
        if _EFFORT_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            continue
        if _ACRONYM_AFTER.match(ctx.text, m.end()):
            continue  # "Rådet för kommunal redovisning (RKR)": a body's name, read as one
        area = m.group("area")
        if area and not (_AREA.search(area) or _place_scope(area)):
            continue
        qual = m.group("qual") or ""
        scope = ids.NATIONAL_SCOPE if _NATIONAL_QUALIFIER.match(qual) else None
        scope = scope or _place_scope(m.group("place")) or page_scope
        found.append((m.start(), m.end(), m.group("name"), scope, "actor.forum.for_topic"))
    for m in _COLLABORATION.finditer(ctx.text):
        place = m.group("place")
        scope = _place_scope(place) if place else page_scope
        if place and scope is None:
            continue  # "Samverkan Fredrik": no place, no forum
        found.append(
            (m.start(), m.end(), m.group("name"), scope, "actor.forum.place_collaboration")
        )
    if re.search(r"\bär\s+(?:en|ett)\b", ctx.text):
        for m in _DEFINED.finditer(ctx.text):
            lead = _DESCRIBED.match(m.group("name"))
            start = m.start() + (lead.end() if lead else 0)
            name = ctx.text[start : m.end("name")]
            found.append((start, m.end("name"), name, page_scope, "actor.forum.defined"))
    return found


def topic_forums(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Forums of these frames the page names, as actor hits; names already read as
    another actor keep that reading."""
    hits: list[ActorHit] = []
    found = _found(ctx)
    # The fullest name of each forum: "Forum för folkhälsa i Västerbotten" names the
    # "Forum för folkhälsa" and "regionala nätverket för X" the "Regionalt nätverk för X".
    fullest: dict[str, tuple[str, ids.Scope | None]] = {}
    for _, _, raw, scope, _ in found:
        key = _key(raw)
        if len(raw) > len(fullest.get(key, ("", None))[0]):
            fullest[key] = (raw, scope)
    for start, end, raw, scope, rule in sorted(found):
        if any(a.start < end and start < a.end for a in [*ctx.actors, *hits]):
            continue
        raw, scope = fullest.get(_key(raw), (raw, scope))
        if scope is None:
            continue
        name = " ".join(raw.split())
        name = name[0].upper() + name[1:]
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        if sink.mention(org, start, end, rule, CONF_TOPIC_FORUM):
            hits.append(ActorHit(start, end, org.id, org.kind, name))
    return hits


def fuller_forum(ctx: Context, name: str) -> ActorHit | None:
    """The forum the page named in full with this name as its head."""
    head = name.lower() + " "
    return next(
        (
            a
            for a in ctx.actors
            if a.kind is OrganizationKind.FORUM and a.name.lower().startswith(head)
        ),
        None,
    )

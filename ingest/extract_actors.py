"""Organisations: gazetteer entities, committees, and bare back-references.

Rules (the rule name is stored on every mention):
- actor.municipality.gazetteer, actor.county_board.gazetteer,
  actor.region.gazetteer, actor.municipal_association.gazetteer,
  actor.national.gazetteer: the spaCy EntityRuler built from the gazetteers.
- actor.committee.coordinated ("Bistånds-, arbetsmarknads- och sociala
  servicenämnden"), actor.committee.compound ("Välfärdsnämnden"),
  actor.committee.acronym ("BAS-nämnden"), actor.committee.board
  ("Kommunstyrelsen", "Kommunfullmäktige"), actor.committee.known_alias (a
  committees.csv alias such as "BAS"). A committee needs the page's
  municipality, otherwise it cannot be given an id and is dropped.
- actor.anaphora.bare_name: "Länsstyrelsen", "Kommunförbundet", "Regionen"
  alone, when exactly one organisation of that kind is named on the page.

The page's municipality (publisher) is the municipality named most often,
if there is a single such one; the home county is its county, or else the
one county all county-level organisations on the page belong to.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.nodes import Organization, OrganizationKind
from ingest import ids, nlp
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.gazetteer import (
    county_by_code,
    fold,
    known_committees,
    municipality_by_code,
    national_bodies,
)

CONF_GAZETTEER = 0.95
CONF_COMMITTEE = 0.85
CONF_ANAPHORA = 0.7

_COMMITTEE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "actor.committee.coordinated",
        re.compile(
            r"\b[A-ZÅÄÖ][a-zåäö]+-,\s+(?:[A-Za-zÅÄÖåäö]+-,\s+)*[A-Za-zÅÄÖåäö]+-\s+och\s+"
            r"(?:[a-zåäö]+\s+)?[A-Za-zÅÄÖåäö]*nämnden(?:s)?\b"
        ),
    ),
    ("actor.committee.compound", re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+nämnden(?:s)?\b")),
    ("actor.committee.acronym", re.compile(r"\b[A-ZÅÄÖ]{2,}-nämnden(?:s)?\b")),
    ("actor.committee.board", re.compile(r"\b(?:kommunstyrelsen|kommunfullmäktige)s?\b", re.I)),
]
_BARE = {
    "Länsstyrelsen": OrganizationKind.COUNTY_BOARD,
    "Kommunförbundet": OrganizationKind.MUNICIPAL_ASSOCIATION,
    "Regionen": OrganizationKind.REGION,
}
_KIND_OF = {
    nlp.MUNICIPALITY: OrganizationKind.MUNICIPALITY,
    nlp.COUNTY_BOARD: OrganizationKind.COUNTY_BOARD,
    nlp.REGION: OrganizationKind.REGION,
    nlp.MUNICIPAL_ASSOCIATION: OrganizationKind.MUNICIPAL_ASSOCIATION,
}


def _gazetteer_org(kind_key: str, key: str) -> tuple[Organization, str | None] | None:
    """The node for an EntityRuler hit, with its county code."""
    if kind_key == nlp.NATIONAL:
        body = next((b for b in national_bodies() if b.key == key), None)
        if body is None:
            return None
        org = Organization(
            id=ids.national_body_id(body.key),
            name=body.name,
            kind=body.kind,
            aliases=sorted(body.aliases),
        )
        return org, None
    if kind_key == nlp.MUNICIPALITY:
        m = municipality_by_code(key)
        if m is None:
            return None
        org = Organization(
            id=ids.municipality_id(m.code),
            name=m.official_name,
            kind=OrganizationKind.MUNICIPALITY,
            code=m.code,
        )
        return org, m.county_code
    county = county_by_code(key)
    if county is None:
        return None
    kind = _KIND_OF[kind_key]
    if kind is OrganizationKind.COUNTY_BOARD:
        org = Organization(
            id=ids.county_board_id(county.code),
            name=f"Länsstyrelsen {county.short_name}",
            kind=kind,
            code=county.code,
            aliases=[f"Länsstyrelsen i {county.name}"],
        )
    elif kind is OrganizationKind.REGION:
        org = Organization(
            id=ids.region_id(county.code),
            name=f"Region {county.short_name}",
            kind=kind,
            code=county.code,
        )
    else:
        org = Organization(
            id=ids.municipal_association_id(county.code),
            name=f"Kommunförbundet {county.short_name}",
            kind=kind,
            code=county.code,
        )
    return org, county.code


def _gazetteer_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    hits: list[ActorHit] = []
    for ent in ctx.doc.ents:
        kind_key, _, key = ent.ent_id_.partition("|")
        found = _gazetteer_org(kind_key, key)
        if found is None:
            continue
        org, county_code = found
        rule = f"actor.{kind_key.lower()}.gazetteer"
        if sink.mention(org, ent.start_char, ent.end_char, rule, CONF_GAZETTEER):
            hits.append(
                ActorHit(
                    start=ent.start_char,
                    end=ent.end_char,
                    node_id=org.id,
                    kind=org.kind,
                    name=org.name,
                    county_code=county_code,
                    municipality_code=org.code if kind_key == nlp.MUNICIPALITY else None,
                )
            )
    return hits


def _publisher(hits: list[ActorHit]) -> str | None:
    counts = Counter(h.municipality_code for h in hits if h.municipality_code)
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _home_county(hits: list[ActorHit], publisher: str | None) -> str | None:
    if publisher:
        m = municipality_by_code(publisher)
        return m.county_code if m else None
    regional = {
        h.county_code for h in hits if h.county_code and h.kind is not OrganizationKind.MUNICIPALITY
    }
    return regional.pop() if len(regional) == 1 else None


def canonical_committee(surface: str, kommunkod: str) -> tuple[str, list[str]]:
    """Canonical committee name and its known aliases ('BAS-nämnden' -> full name)."""
    name = " ".join(surface.split())
    if name.endswith(("nämndens", "styrelsens", "fullmäktiges")):
        name = name[:-1]
    name = name[0].upper() + name[1:]
    for known in known_committees():
        if known.municipality_code != kommunkod:
            continue
        if fold(name) in {fold(n) for n in (known.name, *known.aliases)}:
            return known.name, sorted(known.aliases)
    return name, []


def _committee_hits(ctx: Context, sink: FactSink, kommunkod: str) -> list[ActorHit]:
    rules = list(_COMMITTEE_RULES)
    for known in known_committees():
        if known.municipality_code == kommunkod:
            for alias in (known.name, *known.aliases):
                rules.append(
                    ("actor.committee.known_alias", re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"))
                )
    found: list[tuple[int, int, str]] = []
    for rule, pattern in rules:
        found.extend((m.start(), m.end(), rule) for m in pattern.finditer(ctx.text))
    # Longest match wins where committee patterns overlap each other or an entity.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken = [(h.start, h.end) for h in ctx.actors]
    hits: list[ActorHit] = []
    for start, end, rule in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        name, aliases = canonical_committee(ctx.text[start:end], kommunkod)
        org = Organization(
            id=ids.committee_id(kommunkod, name),
            name=name,
            kind=OrganizationKind.COMMITTEE,
            aliases=aliases,
        )
        if sink.mention(org, start, end, rule, CONF_COMMITTEE):
            hits.append(
                ActorHit(start, end, org.id, org.kind, org.name, municipality_code=kommunkod)
            )
    return hits


def _bare_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    hits: list[ActorHit] = []
    for word, kind in _BARE.items():
        candidates = {a.node_id: a for a in ctx.actors if a.kind is kind and not a.anaphoric}
        if len(candidates) != 1:
            continue
        target = next(iter(candidates.values()))
        for m in re.finditer(rf"\b{word}\b", ctx.text):
            if any(a.start <= m.start() < a.end for a in ctx.actors):
                continue  # part of a full name already matched
            node = sink.nodes[target.node_id]
            if sink.mention(node, m.start(), m.end(), "actor.anaphora.bare_name", CONF_ANAPHORA):
                hits.append(
                    ActorHit(
                        m.start(),
                        m.end(),
                        target.node_id,
                        kind,
                        target.name,
                        county_code=target.county_code,
                        anaphoric=True,
                    )
                )
    return hits


def extract_actors(ctx: Context, sink: FactSink) -> None:
    ctx.actors = _gazetteer_hits(ctx, sink)
    ctx.publisher_municipality = _publisher(ctx.actors)
    ctx.home_county = _home_county(ctx.actors, ctx.publisher_municipality)
    if ctx.publisher_municipality:
        ctx.actors += _committee_hits(ctx, sink, ctx.publisher_municipality)
    ctx.actors += _bare_hits(ctx, sink)
    ctx.actors.sort(key=lambda a: (a.start, a.end))

"""The Police by its areas: a named area is a unit of Polismyndigheten, an unnamed one
is the Police itself.

Why: crime-prevention pages name the area that signs and carries the work ("Niklas
Årcén, chef för Lokalpolisområde Klippan", "lokalpolisområde Örebro och Örebro kommun
har slutit ett medborgarlöfte") next to "Polisen". One node for both would give the
area's chief and signature to the whole agency, and merge two organisations the page
keeps apart.

Rule actor.agency.police_area: "lokalpolisområde Ystad", "LPO Mora", "polisområde
Östergötland", "polisregion Syd" are units (kind administration, id
`Organization:nationell:polismyndigheten:<slug of the name>`, PART_OF the Police by
relation.part_of.parent_body); a bare "lokalpolisområdet" or "polisregionen" is
Polismyndigheten.
"""

from __future__ import annotations

import re

from graph.ids import make_id
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language import nlp
from ingest.language.gazetteer import municipality_by_name
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_gazetteer import gazetteer_org

__all__ = ["police_area_hits", "police_of"]

CONF_AREA = 0.7

_NAME = r"[A-ZÅÄÖ][a-zåäö]+"
_POLICE_AREA = compile_guarded(
    r"\b(?P<area>[Ll]okalpolisområde(?:t|ts)?(?:\s+\(LPO\))?|[Pp]olisområde(?:t|ts)?|"
    # "LPO Mora": a local police area by its abbreviation, with its place
    r"[Pp]olisregion(?:en|ens)?|(?:LPO|Lpo)(?=\s+[A-ZÅÄÖ]))"
    rf"(?:\s+(?P<name>{_NAME}(?:[\s-]+{_NAME})?))?(?![\wåäö-])"
)
# The area's kind as its name writes it, by the word the page used.
_AREA_WORDS = (
    ("lokalpolisområde", "Lokalpolisområde"),
    ("lpo", "Lokalpolisområde"),
    ("polisområde", "Polisområde"),
    ("polisregion", "Polisregion"),
)


def _unit_name(area: str, name: str) -> str:
    word = next(w for key, w in _AREA_WORDS if area.lower().startswith(key))
    return f"{word} {' '.join(name.split())}"


def police_area_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """'lokalpolisområde Ystad': a unit of the Police; 'lokalpolisområdet': the Police."""
    found = gazetteer_org(nlp.NATIONAL, "polismyndigheten")
    if found is None:
        return []
    police = found[0]
    hits: list[ActorHit] = []
    for m in _POLICE_AREA.finditer(ctx.text):
        if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            continue
        org = police
        if m["name"] and not m["area"].lower().endswith(("t", "ts", "en", "ens")):
            place = m["name"]
            if _GENITIVE.match(ctx.text, m.end()) and municipality_by_name(place[:-1]):
                place = place[:-1]  # "lokalpolisområde Katrineholms chef"
            name = _unit_name(m["area"], place)
            unit_id = make_id("Organization", "nationell", "polismyndigheten", name)
            org = Organization(id=unit_id, name=name, kind=OrganizationKind.ADMINISTRATION)
        if sink.mention(org, m.start(), m.end(), "actor.agency.police_area", CONF_AREA):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    return hits


_GENITIVE = re.compile(r" [a-zåäö]")
_AREA_CHIEF = re.compile(r"område|\blpo\b")


def police_of(sink: FactSink, title: str) -> str | None:
    """Whom a police title serves: an area chief ('LPO-chef', 'lokalpolisområdeschef')
    the one police area the page names; any other police title, or a chief of no named
    area, the Police (when on the page)."""
    police = ids.national_body_id("polismyndigheten")
    areas = [n for n in sink.nodes if n.startswith(f"{police}:")]
    if _AREA_CHIEF.search(title.casefold()) and len(areas) == 1:
        return areas[0]
    return police if police in sink.nodes else None

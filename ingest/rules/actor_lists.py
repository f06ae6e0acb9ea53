"""Municipalities named in a coordinated list.

Rules: actor.municipality.coordinated_genitive ("Hudiksvalls, Bollnäs och
Ljusdals kommuner") and actor.municipality.enumerated ("länets kommuner -
Alvesta, Lessebo och Växjö"), actor.municipality.apposition ("kommunerna Borås,
Alingsås och Vårgårda"): every item must be a municipality, or none is
taken.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import Municipality, municipality_by_name
from ingest.rules.actor_bodies import CONF_COMMITTEE

__all__ = ["list_hits"]

_PLACE = r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?"
_PLACE_LIST = rf"{_PLACE}(?:,\s+{_PLACE})*\s+och\s+{_PLACE}"
_LIST_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Hudiksvalls, Bollnäs, Söderhamns och Ljusdals kommuner"
    (
        "actor.municipality.coordinated_genitive",
        re.compile(rf"(?<![\w-])(?P<list>{_PLACE_LIST})\s+kommuner(?:na)?\b"),
    ),
    # "länets åtta kommuner (dash) Alvesta, Lessebo, ... och Älmhult"
    (
        "actor.municipality.enumerated",
        re.compile(rf"\bkommuner(?:na)?\s*[\u2013:-]\s*(?P<list>{_PLACE_LIST})(?![\w-])"),
    ),
    # "kommunerna Borås, Alingsås och Vårgårda": the list in apposition, no dash.
    (
        "actor.municipality.apposition",
        re.compile(rf"\b[Kk]ommunerna\s+(?P<list>{_PLACE_LIST})(?![\w-])"),
    ),
]


def _municipality_named(word: str) -> Municipality | None:
    """'Bollnäs', 'Hudiksvalls' (genitive) -> the municipality."""
    found = municipality_by_name(word)
    if found is None and word.endswith("s"):
        found = municipality_by_name(word[:-1])
    return found


def list_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Municipalities named in a coordinated list; all items must be municipalities."""
    hits: list[ActorHit] = []
    for rule, pattern in _LIST_RULES:
        for m in pattern.finditer(ctx.text):
            items = list(re.finditer(_PLACE, m.group("list")))
            found = [_municipality_named(i.group(0)) for i in items]
            if len(items) < 2 or any(f is None for f in found):
                continue
            base = m.start("list")
            for item, muni in zip(items, found, strict=True):
                assert muni is not None
                start, end = base + item.start(), base + item.end()
                if any(a.start < end and start < a.end for a in ctx.actors):
                    continue
                org = Organization(
                    id=ids.municipality_id(muni.code),
                    name=muni.official_name,
                    kind=OrganizationKind.MUNICIPALITY,
                    code=muni.code,
                )
                if sink.mention(org, start, end, rule, CONF_COMMITTEE):
                    hits.append(
                        ActorHit(
                            start,
                            end,
                            org.id,
                            org.kind,
                            org.name,
                            county_code=muni.county_code,
                            municipality_code=muni.code,
                        )
                    )
    return hits

"""Recording an organisation an actor rule found: its mention in the sink, and its hit.

Shared by the actor rules that find municipalities (lists, the seat) and bodies (by
name, remit or owner), so each hit carries its codes the same way.
"""

from __future__ import annotations

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit
from ingest.facts import FactSink
from ingest.language.gazetteer import Municipality

__all__ = ["body_hit", "municipality_hit"]


def _mentioned(
    sink: FactSink,
    org: Organization,
    span: tuple[int, int],
    rule: str,
    conf: float,
    county_code: str | None,
    municipality_code: str | None,
) -> ActorHit | None:
    """The hit of org at span, with its codes; None if the sink takes no mention there."""
    start, end = span
    if not sink.mention(org, start, end, rule, conf):
        return None
    return ActorHit(
        start,
        end,
        org.id,
        org.kind,
        org.name,
        county_code=county_code,
        municipality_code=municipality_code,
    )


def municipality_hit(
    sink: FactSink, muni: Municipality, span: tuple[int, int], rule: str, conf: float
) -> ActorHit | None:
    """A municipality named at span."""
    org = Organization(
        id=ids.municipality_id(muni.code),
        name=muni.official_name,
        kind=OrganizationKind.MUNICIPALITY,
        code=muni.code,
    )
    return _mentioned(sink, org, span, rule, conf, muni.county_code, muni.code)


def body_hit(
    sink: FactSink,
    org: Organization,
    span: tuple[int, int],
    rule: str,
    conf: float,
    owner: tuple[str, str],
) -> ActorHit | None:
    """A body of owner (scope "kommun", "region" or "lansstyrelse", and its code): a
    municipality's body carries the kommunkod, a region's the länskod, a county board's
    neither."""
    scope, code = owner
    county = code if scope == "region" else None
    municipality = code if scope == "kommun" else None
    return _mentioned(sink, org, span, rule, conf, county, municipality)

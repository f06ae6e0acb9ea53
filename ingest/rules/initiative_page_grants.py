"""Grants a page reports from its own grantor: each project granted a sum is funded by it.

Why: a grant page of a region, an agency or a county board lists what it gave ("Erikshjälpen
har fått 594 000 kronor för sitt projekt X", "Polismyndigheten har beviljats ekonomiskt stöd
om 165 000 kronor för projektet Y") without naming itself in each sentence. The giver is
the body the page says granted the money ("Kulturrådet har beslutat om 2,1 miljoner
kronor"), else the organisation whose site the page is on.

Rule:
- initiative.funds.page_grantor: a sum received right before "för (sitt) projekt(et)
  <initiative>" (so no "från X" names another giver), by a grantee other than the
  grantor -> the grantor FUNDS the initiative.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.numbers import SUM
from ingest.rules.initiative_links import link_initiative

__all__ = ["granting_body", "page_grantor_funds"]

_RECEIVED = re.compile(
    r"\b(?:har\s+|hade\s+)?(?:fått|fick|får|beviljats|beviljades|beviljas|tilldelats|"
    r"tilldelades)\s+(?:[a-zåäö]+\s+){0,3}?(?:(?:stöd|bidrag|medel)\s+(?:om|på|med)\s+)?"
    rf"(?:cirka\s+|ca\s+)?{SUM}\s+för\s+(?:sitt|sina|deras|projektet|projekt|satsningen)\s+"
    r"(?:projekt\s+)?[\"”“]?$"
)
# "Kulturrådet har beslutat om 2,1 miljoner kronor", "Brå har beviljat 1,2 miljoner kronor":
# the page's own grant decision, made by the actor right before it.
_GRANTS = re.compile(
    r"\s+(?:har\s+|hade\s+)?(?:beslutat\s+om|beslutade\s+om|beviljat|beviljade|fördelat|"
    r"fördelade|delat\s+ut|delade\s+ut)\s+(?:[a-zåäö]+\s+){0,3}?" + SUM
)
_RULE = "initiative.funds.page_grantor"
_GRANTING_KINDS = {
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.COMMITTEE,
}


def granting_body(ctx: Context) -> ActorHit | None:
    """The body the page says granted money ("Kulturrådet har beslutat om 2,1 miljoner
    kronor"), if it says so."""
    return next((a for a in ctx.actors if not a.anaphoric and _GRANTS.match(ctx.text, a.end)), None)


def _grantor(ctx: Context) -> ActorHit | None:
    """The body the page says granted money, else the page's site organisation."""
    stated = granting_body(ctx)
    if stated is not None:
        return stated
    site = ctx.site_actor()
    return site if site is not None and site.kind in _GRANTING_KINDS else None


def page_grantor_funds(ctx: Context, sink: FactSink) -> None:
    grantor: ActorHit | None = None
    for sentence in ctx.sentences:
        for ini in ctx.initiatives_in(sentence):
            before = ctx.text[sentence.start : ini.start]
            received = _RECEIVED.search(before)
            if received is None:
                continue
            clause = before[: received.start()]
            actors = [a for a in ctx.actors_in(sentence) if a.end <= ini.start]
            grantor = grantor or _grantor(ctx)
            if grantor is None:
                return
            if not clause.strip():
                continue  # no grantee named before the sum
            if any(a.node_id == grantor.node_id for a in actors):
                continue  # the grantor is the one receiving: someone else gave
            link_initiative(sink, LinkType.FUNDS, grantor.node_id, ini, sentence, _RULE)

"""PART_OF: a body (committee or administration) is part of the organisation it
belongs to.

- relation.part_of.page_municipality / relation.part_of.region: a committee or
  administration of a municipality (region) is PART_OF it.
- actor.site_owner.body: on a municipality's (region's, agency's) own site, a page that
  names only its bodies ("Kommunstyrelsen beslutade ...") still speaks of the
  municipality: the first such body mention is the municipality's mention too, so
  that the body can be PART_OF it.
- relation.part_of.parent_body: a unit of a county board, a national agency or an
  association of municipalities
  ("Organization:lansstyrelse:20:enheten-for-...", "Organization:nationell:
  naturvardsverket:klimatmalsenheten") is PART_OF the organisation whose id its
  own id extends.
"""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.actor_gazetteer import mention_site_at_body, site_organisation
from ingest.rules.relations_shared import CONF_CONTEXT

_BODIES = (OrganizationKind.COMMITTEE, OrganizationKind.ADMINISTRATION)
# Owners whose bodies carry the owner's id as a prefix of their own.
_PARENT_PREFIXES = (
    "Organization:lansstyrelse:",
    "Organization:nationell:",
    "Organization:kommunforbund:",
)


def _whole(body: ActorHit) -> tuple[str, str] | None:
    """(the organisation the body is part of, the rule that says so)."""
    parent = body.node_id.rsplit(":", 1)[0]
    if parent.startswith(_PARENT_PREFIXES) and parent.count(":") == 2:
        return parent, "relation.part_of.parent_body"
    if body.municipality_code:
        return ids.municipality_id(body.municipality_code), "relation.part_of.page_municipality"
    if body.county_code:
        return ids.region_id(body.county_code), "relation.part_of.region"
    # A body another rule added (a contact line's "socialnämndens ordförande"): its id
    # extends its municipality's or region's.
    if parent.startswith("Organization:kommun:") and parent.count(":") == 2:
        return parent, "relation.part_of.page_municipality"
    if parent.startswith("Organization:region:") and parent.count(":") == 2:
        return parent, "relation.part_of.region"
    return None


def _site_owner(ctx: Context, sink: FactSink, body: ActorHit, whole: str) -> None:
    """The site's municipality or region, mentioned by the first mention of its body."""
    site = ctx.site
    if site is None or body.start == body.end:
        return
    # An agency's unit on the agency's site ("lokalpolisområde Örebro" on polisen.se).
    if site.kind not in (
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.REGION,
        OrganizationKind.AGENCY,
    ):
        return
    org = site_organisation(ctx)
    if org is not None and org.id == whole:
        mention_site_at_body(ctx, sink, body.start, body.end)


def _unplaced(sink: FactSink, placed: dict[str, ActorHit]) -> list[ActorHit]:
    """Bodies that other rules (a contact line's unit) added as nodes but not as
    actors, placed at their first mention."""
    found: list[ActorHit] = []
    for node in sink.nodes.values():
        if not isinstance(node, Organization) or node.kind not in _BODIES or node.id in placed:
            continue
        starts = [m.evidence.start for m in sink.mentions.values() if m.node_id == node.id]
        if starts:
            at = min(starts)
            found.append(ActorHit(at, at, node.id, node.kind, node.name))
    return found


def part_of(ctx: Context, sink: FactSink) -> None:
    """A municipality's, a region's, a county board's or an agency's body is part of it."""
    first: dict[str, ActorHit] = {}
    for actor in ctx.actors:
        if actor.kind in _BODIES:
            first.setdefault(actor.node_id, actor)
    for body in [*first.values(), *_unplaced(sink, first)]:
        found = _whole(body)
        if found is not None and found[0] not in sink.nodes:
            _site_owner(ctx, sink, body, found[0])
        if found is None:
            continue
        sentence = ctx.sentence_of(body.start)
        start, end = (sentence.start, sentence.end) if sentence else (body.start, body.end)
        if sink.link(LinkType.PART_OF, body.node_id, found[0], start, end, found[1], CONF_CONTEXT):
            continue
        # A contact line's sentence holds a phone number, which no evidence quotes: the
        # body's own words say it.
        sink.link(
            LinkType.PART_OF, body.node_id, found[0], body.start, body.end, found[1], CONF_CONTEXT
        )

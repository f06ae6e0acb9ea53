"""Organisations: gazetteer entities, committees and other bodies, and bare references.

The component runs, in order: the gazetteer hits (ingest.rules.actor_gazetteer) and,
on a municipal page naming no municipality in full, its seat (ingest.rules.actor_seat); the
page's municipality and home county (here); municipalities named in lists
(ingest.rules.actor_lists) and county boards named together
(ingest.rules.actor_county_boards), added after the page's municipality is chosen;
committee and body names (ingest.rules.actor_bodies, ingest.rules.actor_named_bodies);
bare references such as "nämnden", "kommunen", "Länsstyrelsen"
(ingest.rules.actor_references); bodies named through their owner
(ingest.rules.actor_owned_bodies). Each module lists its rules (the rule name is stored
on every mention).

On a press-release distributor's page whose address names no sender, the sender named
on the release's first line is the site (ingest.language.sites.release_sender).

The page's municipality (publisher) is the site's, else the municipality named most
often, if there is a single such one; the home county is its county, or else the
one county all county-level organisations on the page belong to.
"""

from __future__ import annotations

from collections import Counter

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import municipality_by_code
from ingest.language.sites import host_county, host_municipality, release_sender
from ingest.rules.actor_bodies import (
    CONF_COMMITTEE,
    body_kind,
    canonical_committee,
    committee_hits,
    initials,
)
from ingest.rules.actor_council_abbreviations import abbreviation_hits
from ingest.rules.actor_county_boards import county_board_hits
from ingest.rules.actor_gazetteer import CONF_GAZETTEER, found_org, gazetteer_hits
from ingest.rules.actor_listed_bodies import listed_body_hits
from ingest.rules.actor_lists import list_hits
from ingest.rules.actor_named_bodies import named_body_hits
from ingest.rules.actor_named_county import named_county
from ingest.rules.actor_owned_bodies import owned_body_hits
from ingest.rules.actor_references import CONF_ANAPHORA, bare_hits, namnden_hits
from ingest.rules.actor_seat import headline_hits, seat_hits, venue_hits
from ingest.rules.actor_unanimous import unanimous_hits

# The names other modules and tests import from here, kept importable.
__all__ = [
    "CONF_ANAPHORA",
    "CONF_COMMITTEE",
    "CONF_GAZETTEER",
    "body_kind",
    "canonical_committee",
    "extract_actors",
    "found_org",
    "initials",
]


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


def extract_actors(ctx: Context, sink: FactSink) -> None:
    """The page's organisations into ctx.actors (by position), its municipality and
    home county into ctx; each organisation mentioned in the sink."""
    if ctx.site is None:  # a distributor's release: its sender is the publisher
        ctx.site = release_sender(sink.source.uri, ctx.text)
    ctx.actors = gazetteer_hits(ctx, sink)
    ctx.actors += seat_hits(ctx, sink)  # "kommunhuset i X" on a page naming none in full
    ctx.actors += headline_hits(ctx, sink)  # "Dorotea - medborgarlöften" on polisen.se
    site = ctx.site
    venue, named = venue_hits(ctx, sink)  # "Plats: Lokal Bäcken, kommunförvaltningen, Älvsbyn"
    ctx.actors = sorted([*ctx.actors, *named], key=lambda a: (a.start, a.end))
    if site is not None and site.kind is OrganizationKind.MUNICIPALITY:
        ctx.publisher_municipality = site.key  # its own site: whatever else it names
    elif venue is not None:
        ctx.publisher_municipality = venue
    else:
        ctx.publisher_municipality = _publisher(ctx.actors)
    if ctx.publisher_municipality is None and site is None:
        # "vartlulea.se": an unregistered site whose address names its municipality
        ctx.publisher_municipality = host_municipality(sink.source.uri)
    ctx.home_county = _home_county(ctx.actors, ctx.publisher_municipality)
    if site is not None and site.kind in (OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD):
        ctx.home_county = site.key
    if ctx.home_county is None and not ctx.publisher_municipality:
        ctx.home_county = named_county(ctx)  # "Västra Götalands regionala kulturplan"
    if ctx.home_county is None and not ctx.publisher_municipality and site is None:
        ctx.home_county = host_county(sink.source.uri)  # "livsstilkronoberg.se"
    # List items are added after the publisher is chosen: a list names others.
    ctx.actors = sorted([*ctx.actors, *list_hits(ctx, sink)], key=lambda a: (a.start, a.end))
    ctx.actors += county_board_hits(ctx, sink)  # "Länsstyrelserna i X och Y"
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    home = bool(ctx.publisher_municipality or ctx.home_county)
    if home:
        # Remit names first: "Fokusberedningen för folkhälsa" is one body, not its head.
        ctx.actors += named_body_hits(ctx, sink)  # "Beredningen för hållbar utveckling"
        ctx.actors.sort(key=lambda a: (a.start, a.end))
    # Without a home only bodies named with their owner ("Kommunstyrelsen i Umeå").
    bodies = committee_hits(ctx, sink, ctx.publisher_municipality)  # may drop owners' hits
    ctx.actors += bodies
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    ctx.actors += listed_body_hits(ctx, sink)  # "• gymnasienämnd": a council's members
    ctx.actors += unanimous_hits(ctx, sink, ctx.publisher_municipality)  # "en enig nämnd"
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    ctx.actors += abbreviation_hits(ctx, sink)  # "KF beslutade att ..."
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    if home:
        ctx.actors += namnden_hits(ctx, sink)
    ctx.actors += bare_hits(ctx, sink)
    ctx.actors.sort(key=lambda a: (a.start, a.end))
    ctx.actors += owned_body_hits(ctx, sink)  # needs the owners, bare ones too
    ctx.actors.sort(key=lambda a: (a.start, a.end))

"""Bodies a decision sets up: "beslutade att tillsätta en ny politisk kompetensberedning".

Why: a new committee is named only in its indefinite form where it is set up, and
then as a bare "beredningen"; neither is a name the body rules (ingest.rules.actor_bodies)
read. The organisation that sets it up is the one named last before the verb in its
sentence, else the page's own: a municipality's or a region's committee gets that
owner's id, any other organisation's (an association's) an id of its own name, PART_OF
the organisation (relation.part_of.new_body).

Rules:
- actor.body.set_up: "tillsätta|inrätta|bilda en ny [adjective] <x>beredning|nämnd|
  kommitté|utskott" -> the body in its definite form ("Kompetensberedningen");
- actor.anaphora.new_body: a later bare "beredningen" ("Den nya beredningen"), not a
  former one ("den förra beredningen"), is that body.
- actor.forum.set_up: "har bildat|inrättat|startat Forum för folkhälsa i Västerbotten"
  (Forum, Rådet, Nätverket or Plattformen för|om|mot a remit): a forum by that name in
  its setter's county (a municipality's: the municipality's scope), and each later use of
  the name is that forum.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_bodies import CONF_COMMITTEE
from ingest.rules.actor_references import CONF_ANAPHORA

__all__ = ["new_body_hits"]

_DEFINITE = {"beredning": "en", "nämnd": "en", "kommitté": "n", "utskott": "et"}
_SET_UP = compile_guarded(
    r"(?<![\wåäö])(?:tillsätta|tillsätter|tillsatte|tillsatt|inrätta|inrättar|inrättade|"
    r"inrättat|bilda|bildar|bildade|bildat)\s+(?:en|ett)\s+(?:ny|nytt)\s+"
    r"(?:[a-zåäö]+\s+){0,2}?(?P<body>[a-zåäö]{3,}(?P<head>beredning|nämnd|kommitté|utskott))"
    r"(?![\wåäö-])"
)
# A former body of the same kind is another one: "den förra beredningen".
_FORMER = re.compile(r"(?:förra|tidigare|gamla|föregående)\s+$", re.I)
_OWNER_KINDS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
    OrganizationKind.COMMITTEE,
    OrganizationKind.OTHER,
)


def _setter(ctx: Context, pos: int) -> ActorHit | None:
    """The organisation named last before `pos` in its sentence, else the site's."""
    sentence = ctx.sentence_of(pos)
    lo = sentence.start if sentence is not None else max(0, pos - 300)
    before = [a for a in ctx.actors if lo <= a.start and a.end <= pos and a.kind in _OWNER_KINDS]
    if before:
        return before[-1]
    return ctx.site_actor()


def _body(setter: ActorHit, name: str) -> tuple[Organization, str | None, str | None] | None:
    """The new body's node, its municipality's and county's codes."""
    kind = OrganizationKind.COMMITTEE
    if setter.municipality_code and setter.kind in (
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.COMMITTEE,
    ):
        org = Organization(
            id=ids.committee_id(setter.municipality_code, name), name=name, kind=kind
        )
        return org, setter.municipality_code, None
    if setter.kind is OrganizationKind.REGION and setter.county_code:
        org = Organization(id=ids.body_id("region", setter.county_code, name), name=name, kind=kind)
        return org, None, setter.county_code
    if setter.kind in (OrganizationKind.MUNICIPAL_ASSOCIATION, OrganizationKind.OTHER):
        return (
            ids.other_organization(name, kind),
            None,
            None,
        )
    return None


_NAMED_SET_UP = compile_guarded(
    r"(?<![\wåäö])(?:bildat|bildade|inrättat|inrättade|startat|startade)\s+"
    r"(?P<name>(?:Forum|Rådet|Nätverket|Plattformen)\s+(?:för|om|mot)\s+[a-zåäö][\wåäö-]*"
    r"(?:\s+(?:och\s+)?[a-zåäö][\wåäö-]*){0,4}?(?:\s+i\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+län)?)?)"
    r"(?=\s*[,.;:(]|\s+(?:som|där|och|med|för|att)\b|\s*$)"
)


def _named_forums(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Forums an organisation set up by name, and every use of that name."""
    hits: list[ActorHit] = []
    for m in _NAMED_SET_UP.finditer(ctx.text):
        setter = _setter(ctx, m.start())
        if setter is None:
            continue
        if setter.municipality_code and setter.kind is OrganizationKind.MUNICIPALITY:
            scope = ids.municipality_scope(setter.municipality_code)
        elif setter.county_code:
            scope = ids.county_scope(setter.county_code)
        else:
            continue
        name = m.group("name")
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        for use in re.finditer(rf"(?<![\wåäö]){re.escape(name)}(?![\wåäö])", ctx.text):
            if any(a.start < use.end() and use.start() < a.end for a in ctx.actors):
                continue
            if sink.mention(org, use.start(), use.end(), "actor.forum.set_up", CONF_COMMITTEE):
                hits.append(ActorHit(use.start(), use.end(), org.id, org.kind, name))
    return hits


def new_body_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Bodies set up on the page, and later bare references to them."""
    hits: list[ActorHit] = _named_forums(ctx, sink)
    for m in _SET_UP.finditer(ctx.text):
        start, end = m.start("body"), m.end("body")
        if any(a.start < end and start < a.end for a in ctx.actors):
            continue
        setter = _setter(ctx, m.start())
        if setter is None:
            continue
        body = m.group("body")
        name = body[0].upper() + body[1:] + _DEFINITE[m.group("head")]
        found = _body(setter, name)
        if found is None:
            continue
        org, muni, county = found
        if not sink.mention(org, start, end, "actor.body.set_up", CONF_COMMITTEE):
            continue
        hits.append(ActorHit(start, end, org.id, org.kind, name, county, muni))
        if setter.kind is not OrganizationKind.COMMITTEE:
            sink.link(
                LinkType.PART_OF,
                org.id,
                setter.node_id,
                setter.start,
                end,
                "relation.part_of.new_body",
                CONF_COMMITTEE,
            )
        hits += _references(ctx, sink, org, m.group("head"), end, muni, county)
    return hits


def _references(
    ctx: Context,
    sink: FactSink,
    org: Organization,
    head: str,
    after: int,
    muni: str | None,
    county: str | None,
) -> list[ActorHit]:
    bare = re.compile(rf"(?<![\wåäö-])[{head[0].upper()}{head[0]}]{head[1:]}{_DEFINITE[head]}s?\b")
    hits: list[ActorHit] = []
    for m in bare.finditer(ctx.text, after):
        if _FORMER.search(ctx.text, max(0, m.start() - 12), m.start()):
            continue
        if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            continue
        if sink.mention(org, m.start(), m.end(), "actor.anaphora.new_body", CONF_ANAPHORA):
            hits.append(
                ActorHit(m.start(), m.end(), org.id, org.kind, org.name, county, muni, True)
            )
    return hits

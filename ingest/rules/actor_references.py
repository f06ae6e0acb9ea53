"""Bare references to organisations already named: "nämnden", "kommunen",
"Länsstyrelsen", "Regionen", "Kommunförbundet".

Rules: actor.anaphora.namnden ("nämnden" is the committee named last before it),
actor.anaphora.kommunen (the page's own municipality; "staden" too where the page or its
address calls it a city, "Göteborgs Stad"), and actor.anaphora.bare_name
("Länsstyrelsen", "Kommunförbundet", "Regionen" or "Landstinget" alone, when exactly one
organisation of that kind is named on the page, or the site is one; "kommunförbundet" in
running text too) or actor.anaphora.home_county (none named: the home county's one);
actor.anaphora.county_in_sentence: a bare "Länsstyrelsen" in a sentence that places it
"i <X> län" is that county's board ("Länsstyrelsen är en statlig myndighet ... i
Västerbottens län"), and actor.anaphora.county_on_page: with no board named in full, the
others on the page are the one board so placed (a lower-case "regionen" after a place
preposition, "inom regionen", is the area and no reference); actor.anaphora.state_party: "staten"
coordinated with a named organisation ("SKR och staten") is the government;
actor.anaphora.police_pair: "polis och kommun" (either order), the pair of a citizen
pledge, is the police and the page's municipality;
actor.anaphora.head: "delegationen", "kommittén" or "beredningen" alone is the
organisation named last before it whose name opens or ends with that word (run after
every organisation rule, ingest.rules.other_orgs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from graph.ids import slug
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language import nlp
from ingest.language.gazetteer import county_by_name, municipality_by_code
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_captions import in_caption_block
from ingest.rules.actor_gazetteer import KIND_KEY, found_org, gazetteer_org

__all__ = ["CONF_ANAPHORA", "GOVERNMENT_TASK", "bare_hits", "head_hits", "namnden_hits"]

CONF_ANAPHORA = 0.7

# "nämnden" alone refers back to the committee named last.
_NAMNDEN = compile_guarded(r"(?<![\w-])[Nn]ämnden(?:s)?\b")
_BARE = {
    "[Ll]änsstyrelsen": OrganizationKind.COUNTY_BOARD,
    "[Kk]ommunförbundet": OrganizationKind.MUNICIPAL_ASSOCIATION,
    "[Rr]egionen": OrganizationKind.REGION,
    "[Ll]andstinget": OrganizationKind.REGION,  # the region's name before 2019
}
# "kommunen", "Kommunens": the page's own municipality, on its site or when it is the
# only municipality the page is about.
# ("vår kommun" only on the municipality's own site: the writer's own)
_KOMMUNEN = compile_guarded(
    r"\b[Kk]ommunen(?:s)?\b|\b(?P<own>[Vv]år)\s+kommuns?\b|"
    # "polis och kommun lovar ...": the pair of a citizen pledge, the page's municipality
    r"(?<=[Pp]olis och )kommun\b|\b[Kk]ommun(?= och polis(?:en)?\b)"
)
# "staden har tagit fram", "stadens verksamheter": a municipality that calls itself a
# city ("Göteborgs Stad"); not the place ("i staden", "runt om i staden").
_STADEN = compile_guarded(r"(?<![Ii] )(?<![Ii]nom )(?<![Uu]tanför )\b[Ss]tadens?\b")
# "Polis och kommun", "kommun och polis": the police of the pair.
_POLICE_OF_PAIR = compile_guarded(
    r"\b[Pp]olis(?= och kommun(?:en)?\b)|"
    r"(?<=[Kk]ommun och )polis\b"
)
_PAIR_RULE = "actor.anaphora.police_pair"
# "i Västerbottens län": the county a sentence places a bare "Länsstyrelsen" in.
_IN_COUNTY = re.compile(r"\bi\s+(?P<county>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)\s+län\b")


def _referred(
    ctx: Context, pattern: re.Pattern[str], fits: Callable[[ActorHit, re.Match[str]], bool]
) -> Iterator[tuple[re.Match[str], ActorHit]]:
    """Each bare word `pattern` finds outside a name, and the organisation named last
    before it that `fits` it."""
    for m in pattern.finditer(ctx.text):
        if any(a.start <= m.start() < a.end for a in ctx.actors):
            continue
        before = [a for a in ctx.actors if a.end <= m.start() and fits(a, m)]
        if before:
            yield m, before[-1]


def _committee(actor: ActorHit, _: re.Match[str]) -> bool:
    # not "Socialnämndens arbetsutskott"
    return actor.kind is OrganizationKind.COMMITTEE and actor.name.endswith("nämnden")


def namnden_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """'beslut i nämnden' -> the committee named last before it."""
    hits: list[ActorHit] = []
    for m, target in _referred(ctx, _NAMNDEN, _committee):
        node = sink.nodes[target.node_id]
        if sink.mention(node, m.start(), m.end(), "actor.anaphora.namnden", CONF_ANAPHORA):
            hits.append(
                ActorHit(
                    m.start(),
                    m.end(),
                    target.node_id,
                    target.kind,
                    target.name,
                    municipality_code=target.municipality_code,
                    anaphoric=True,
                )
            )
    return hits


def _called_city(ctx: Context, sink: FactSink, name: str) -> bool:
    """The page or its address calls the municipality a city: "Göteborgs Stad", an
    address ".../goteborgs-stads-forsta-..."."""
    genitive = name if name.endswith("s") else f"{name}s"
    said = re.search(rf"\b(?:{re.escape(name)}|{re.escape(genitive)})\s+[Ss]tads?\b", ctx.text)
    url = (sink.source.uri or "").lower()
    return said is not None or f"{slug(genitive)}-stad" in url


def _both(text: str) -> Iterator[re.Match[str]]:
    found = [*_KOMMUNEN.finditer(text), *_STADEN.finditer(text)]
    return iter(sorted(found, key=lambda m: m.start()))


def _kommunen_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    code = ctx.publisher_municipality
    m = municipality_by_code(code) if code else None
    if m is None:
        return []
    org = Organization(
        id=ids.municipality_id(m.code),
        name=m.official_name,
        kind=OrganizationKind.MUNICIPALITY,
        code=m.code,
    )
    hits: list[ActorHit] = []
    own_site = ctx.site is not None and ctx.site.kind is OrganizationKind.MUNICIPALITY
    city = _called_city(ctx, sink, m.name)
    for found in _KOMMUNEN.finditer(ctx.text) if not city else _both(ctx.text):
        if any(a.start <= found.start() < a.end for a in ctx.actors):
            continue
        if found.re is _KOMMUNEN and found.group("own") and not own_site:
            continue
        if sink.mention(org, found.start(), found.end(), "actor.anaphora.kommunen", CONF_ANAPHORA):
            hits.append(
                ActorHit(
                    found.start(),
                    found.end(),
                    org.id,
                    org.kind,
                    org.name,
                    county_code=m.county_code,
                    municipality_code=m.code,
                    anaphoric=True,
                )
            )
    return hits


def _sentence_board(ctx: Context, start: int) -> ActorHit | None:
    """'Länsstyrelsen ... i Västerbottens län' (one county, no board named in full in
    the sentence, not a county board's own site): that county's board."""
    site = ctx.site
    sentence = ctx.sentence_of(start)
    if sentence is None or (site is not None and site.kind is OrganizationKind.COUNTY_BOARD):
        return None
    if any(
        a.kind is OrganizationKind.COUNTY_BOARD and not a.anaphoric for a in ctx.actors_in(sentence)
    ):
        return None
    named = {
        c.code
        for m in _IN_COUNTY.finditer(ctx.text, sentence.start, sentence.end)
        if (c := county_by_name(m.group("county"))) is not None
    }
    if len(named) != 1:
        return None
    code = named.pop()
    found = gazetteer_org(KIND_KEY[OrganizationKind.COUNTY_BOARD], code)
    if found is None:
        return None
    org = found[0]
    return ActorHit(0, 0, org.id, org.kind, org.name, county_code=code)


# "SKR och staten", "mellan staten och SKR": the state as a party beside a named
# organisation is the government; "staten" alone is often the state in general.
_STATEN = compile_guarded(r"(?<![\w-])[Ss]taten(?![\w-])")
# "i regionen", "inom regionen": the area, not the organisation (lower case only).
_AREA_BEFORE = re.compile(r"\b(?:i|inom|utanför|runt\s+om\s+i|i\s+hela|över\s+hela)\s+$")
_AREA_WORDS = frozenset({"regionen", "landstinget"})
_AND_BEFORE = re.compile(r"\s+(?:och|samt)\s+$")
_AND_AFTER = re.compile(r"\s+(?:och|samt)\s+")


# "ett regeringsuppdrag att ...": the government gave it, named in the word.
GOVERNMENT_TASK = re.compile(r"\b[Rr]egeringsuppdrag(?:et|en)?\b")


def _police_pair_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """The police of "polis och kommun", the usual pair of a citizen pledge."""
    found = gazetteer_org(nlp.NATIONAL, "polismyndigheten")
    if found is None or ctx.publisher_municipality is None:
        return []
    org = found[0]
    hits: list[ActorHit] = []
    for m in _POLICE_OF_PAIR.finditer(ctx.text):
        if sink.mention(org, m.start(), m.end(), _PAIR_RULE, CONF_ANAPHORA):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name, anaphoric=True))
    return hits


def _staten_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    ends = {a.end for a in ctx.actors}
    starts = {a.start for a in ctx.actors}
    found = gazetteer_org(nlp.NATIONAL, "regeringen")
    hits: list[ActorHit] = []
    if found is not None:
        # mentions, not hits: the word is no subject for other sentences' acts
        for m in GOVERNMENT_TASK.finditer(ctx.text):
            sink.mention(found[0], m.start(), m.end(), _TASK_RULE, 0.75)
    for m in _STATEN.finditer(ctx.text) if found else ():
        before = _AND_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
        after = _AND_AFTER.match(ctx.text, m.end())
        paired = (before is not None and before.start() in ends) or (
            after is not None and after.end() in starts
        )
        if paired and found and sink.mention(found[0], m.start(), m.end(), _STATE_RULE, 0.75):
            org = found[0]
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    return hits


_STATE_RULE = "actor.anaphora.state_party"
_TASK_RULE = "actor.anaphora.government_task"


# "mitt i Östra Götalandsregionen ... alla regionens större arbetsmarknader": a named
# area the lower-case word refers back to.
_AREA_NAMED = re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+regionen\b")


def _names_area(ctx: Context, start: int, word: str) -> bool:
    """'stärka näringen i regionen': a place preposition makes it the area."""
    if word in _AREA_WORDS and _AREA_BEFORE.search(ctx.text, max(0, start - 16), start):
        return True
    if word not in ("regionen", "regionens"):
        return False
    named = _AREA_NAMED.finditer(ctx.text, max(0, start - 200), start)
    # (not an organisation's name: "Västra Götalandsregionen")
    return any(not any(a.start <= m.start() < a.end for a in ctx.actors) for m in named)


# "ordförande i delegationen": a bare head noun for the body named last with that head.
_HEADS = compile_guarded(r"(?<![\w-])(?P<head>[Dd]elegationen|[Kk]ommittén|[Bb]eredningen)s?\b")


def _headed(actor: ActorHit, m: re.Match[str]) -> bool:
    head, name = m["head"].lower(), actor.name.lower()
    return not actor.anaphoric and (name.startswith(head) or name.endswith(head))


def head_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """'delegationen', 'beredningen' -> the organisation named last before it whose name
    opens or ends with that word ("Delegationen för cirkulär ekonomi", "Kulturberedningen").
    Not "rådet": a council's bare name is often the page's subject, not a place named."""
    hits: list[ActorHit] = []
    stored = sink.nodes
    for m, target in _referred(ctx, _HEADS, lambda a, m: a.node_id in stored and _headed(a, m)):
        node = sink.nodes[target.node_id]
        if sink.mention(node, m.start(), m.end(), "actor.anaphora.head", CONF_ANAPHORA):
            # not anaphoric: the head names one body, as its full name does ("i delegationen")
            hits.append(ActorHit(m.start(), m.end(), target.node_id, target.kind, target.name))
    return hits


def bare_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """'kommunen', and 'Länsstyrelsen', 'Kommunförbundet', 'Regionen' alone; 'staten'
    beside a named party, the government in 'regeringsuppdrag'."""
    hits = _kommunen_hits(ctx, sink) + _staten_hits(ctx, sink) + _police_pair_hits(ctx, sink)
    for word, kind in _BARE.items():
        candidates = {a.node_id: a for a in ctx.actors if a.kind is kind and not a.anaphoric}
        site = ctx.site_actor()
        if site is not None and site.kind is kind:
            candidates = {site.node_id: site}  # its own site: "länsstyrelsen" is this one
        rule = "actor.anaphora.bare_name"
        if not candidates and ctx.home_county:
            # Nothing of this kind named in full: the home county's one, if the page has one.
            found = gazetteer_org(KIND_KEY[kind], ctx.home_county)
            if found is not None:
                org = found[0]
                candidates = {
                    org.id: ActorHit(0, 0, org.id, kind, org.name, county_code=ctx.home_county)
                }
                rule = "actor.anaphora.home_county"
        bare = [
            m
            for m in re.finditer(rf"\b{word}(?:s)?\b", ctx.text)
            if not any(a.start <= m.start() < a.end for a in ctx.actors)  # not in a full name
            and not in_caption_block(ctx, m.start())  # a photo's caption names no actor
            and not _names_area(ctx, m.start(), m.group(0))
        ]
        owns = [
            _sentence_board(ctx, m.start()) if kind is OrganizationKind.COUNTY_BOARD else None
            for m in bare
        ]
        placed = {o.node_id: o for o in owns if o is not None}
        if not candidates and len(placed) == 1:
            # "Länsstyrelsen ... i Jämtlands län" once, "Länsstyrelsen" alone later: the
            # one board the page places is the one it keeps talking about.
            candidates, rule = placed, "actor.anaphora.county_on_page"
        for m, own in zip(bare, owns, strict=True):
            if own is None and len(candidates) != 1:
                continue
            target = own or next(iter(candidates.values()))
            node = sink.nodes.get(target.node_id) or found_org(target, ctx)
            rule_used = "actor.anaphora.county_in_sentence" if own else rule
            if sink.mention(node, m.start(), m.end(), rule_used, CONF_ANAPHORA):
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

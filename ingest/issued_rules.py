"""Who drew up a document: ISSUED links from the makers a sentence names.

Why beyond extract_relations' frames: makers are often several and named
around the verb: "Länsstyrelsen har tillsammans med Landstinget, Polisen och
kommunerna arbetat fram en strategi", "Tillsammans med länets fyra
kommunalförbund har regionen tagit fram en handlingsplan", "presenterar
regeringen en nationell strategi", "har arbetats fram tillsammans med
länsstyrelsen" (on the region's own page: the region and the county board).

Rule relation.issued.maker: a sentence with a making verb (ta fram, arbeta
fram, utarbeta, presentera, lansera) and a document. The document is the first
one after the verb, else the last one before it (a passive: "Planen har tagits
fram av ..."). The makers are the organisations before the verb, those after
"av" or "tillsammans med" after it, and, for a passive without an agent, the
organisation whose site the page is on.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.segment import Span

__all__ = ["extract_issued"]

CONF_ISSUED = 0.75

_MAKE = re.compile(
    r"\b(?:(?:har|hade)\s+(?:\w+\s+){0,6}?(?:tagit|arbetat|tagits|arbetats)\s+fram|"
    r"tog\s+fram|tar\s+fram|togs\s+fram|arbetade\s+fram|arbetades\s+fram|utarbetade|"
    r"utarbetat|utarbetats|presenterar|presenterade|lanserar|lanserade|lanserat|"
    r"har\s+valt\s+att\s+ta\s+fram)\b",
    re.I,
)
_PASSIVE = re.compile(r"(?:tagits|arbetats|togs|arbetades|utarbetats)\b", re.I)
_AGENT_OR_PARTNER = re.compile(r"\s+(?:av|tillsammans\s+med)\s+", re.I)
_MAKERS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.COMMITTEE,
    OrganizationKind.ADMINISTRATION,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
    OrganizationKind.NATIONAL_ASSOCIATION,
    OrganizationKind.FORUM,
    OrganizationKind.OTHER,
)


def _document(docs: list[DocumentHit], verb: re.Match[str]) -> DocumentHit | None:
    after = [d for d in docs if d.start >= verb.end()]
    if after:
        return after[0]
    before = [d for d in docs if d.end <= verb.start()]
    return before[-1] if before else None


def _makers(ctx: Context, sentence: Span, verb: re.Match[str], doc: DocumentHit) -> list[str]:
    actors = [a for a in ctx.actors_in(sentence) if a.kind in _MAKERS]
    # Before the verb, or inside it: "har tillsammans med Region Dalarna tagit fram".
    before = [a for a in actors if a.end <= verb.end() and not _inside(a, doc)]
    found = [a.node_id for a in before]
    after = [a for a in actors if a.start >= verb.end() and not _inside(a, doc)]
    joined = _AGENT_OR_PARTNER.search(ctx.text, verb.end(), sentence.end)
    if joined:
        found += [a.node_id for a in after if a.start >= joined.end()]
    passive = bool(_PASSIVE.search(verb.group(0))) and not found
    partner = bool(joined and joined.group(0).strip().startswith("tillsammans"))
    if passive or (partner and not before):
        site = ctx.site_actor()
        if site is not None:
            found.append(site.node_id)
    return list(dict.fromkeys(found))


def _inside(actor: ActorHit, doc: DocumentHit) -> bool:
    return doc.start <= actor.start < doc.end


# "Alingsås kommun har nu en klimatstrategi": the organisation has its own document.
_HAS = re.compile(r"\s+har\s+(?:nu\s+|sedan\s+tidigare\s+|även\s+|också\s+)?(?:(?:en|ett)\s+)?")
# "Klimatstrategi för Alingsås kommun", "Digital strategi för Västerviks kommun".
_FOR = re.compile(r"\s+för\s+$")
_OWNERS = (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD)


def _owned(ctx: Context, sink: FactSink, known: set[tuple[str, str]]) -> None:
    for doc in ctx.documents:
        if not doc.new:
            continue
        sentence = ctx.sentence_of(doc.start)
        if sentence is None:
            continue
        owner: ActorHit | None = None
        before = [a for a in ctx.actors_in(sentence) if a.end <= doc.start and a.kind in _OWNERS]
        if before and _HAS.fullmatch(ctx.text, before[-1].end, doc.start):
            owner = before[-1]
        after = next((a for a in ctx.actors if a.start >= doc.start and a.end <= doc.end), None)
        if (
            owner is None
            and after is not None
            and after.kind in _OWNERS
            and not after.anaphoric
            and _FOR.search(ctx.text, doc.start, after.start)
        ):
            owner = after
        if owner is None or (owner.node_id, doc.node_id) in known:
            continue
        sink.link(
            LinkType.ISSUED,
            owner.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.owner",
            CONF_ISSUED,
        )


def extract_issued(ctx: Context, sink: FactSink) -> None:
    known = {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ISSUED}
    _owned(ctx, sink, known)
    for sentence in ctx.sentences:
        verb = _MAKE.search(ctx.text, sentence.start, sentence.end)
        if verb is None:
            continue
        doc = _document(ctx.documents_in(sentence), verb)
        if doc is None:
            continue
        # "... tog fram tillsammans med Region Skåne 2020": when it was drawn up.
        when = next(
            (
                d
                for d in ctx.dates_in(sentence)
                if d.start >= verb.start() and not doc.start <= d.start < doc.end
            ),
            None,
        )
        # "... tog fram tillsammans med Region Skåne 2020": when it was drawn up.
        when = next(
            (
                d
                for d in ctx.dates_in(sentence)
                if d.start >= verb.start() and not doc.start <= d.start < doc.end
            ),
            None,
        )
        for maker in _makers(ctx, sentence, verb, doc):
            if (maker, doc.node_id) in known:
                continue  # an earlier rule read it, with what it says of the date
            sink.link(
                LinkType.ISSUED,
                maker,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.maker",
                CONF_ISSUED,
                when=when,
            )

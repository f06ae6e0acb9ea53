"""ISSUED from fixed frames: who drew up a document (see also ingest.rules.issued_rules).

- relation.issued.genitive_owner: "regeringens nationella strategi" -> ISSUED; in
  "<doc A> är <org>s program" the owner ISSUED A (the predicate names A again);
  relation.issued.genitive_predicate reads the same when "program" is no document
  mention of its own
- relation.issued.genitive_coordinated: "kommunens program för X och program för Y"
  -> the owner ISSUED both
- relation.issued.genitive_owners: "kommunens och Tillväxt Motalas åtgärdsplan" -> each
  owner ISSUED it
- relation.issued.reflexive_owner: "<org> antog sin klimatstrategi" -> org ISSUED it
- relation.issued.har_utarbetat: "<org> har utarbetat|tagit fram <doc>" -> ISSUED
- relation.issued.tagit_fram: "<doc>, som <org> tog fram [tillsammans med <org2>]
  [2020]" and "<org> har tagit fram <doc> tillsammans med <org2>" (not "ska ta fram")
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DatePrecision
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.relations_shared import (
    CONF_RELATION,
    YEAR_AFTER,
    between,
    has_link,
    issue_each,
)

_ISSUED = re.compile(r"^\s+(?:har\s+(?:utarbetat|tagit\s+fram)|tog\s+fram|utarbetade)\s+$")
_CO_ISSUERS = re.compile(r"\s+tillsammans\s+med\s+")
_ISSUED_REL = re.compile(r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??,?\s+som\s+$")
_COPULA = re.compile(r"\s+(?:är|blir|utgör)\s+")
# "<org>s (regionala) program|plan|strategi|styrdokument"
_DOCUMENT_NOUN = re.compile(
    r"\s+(?:[a-zåäö-]+\s+){0,2}?[a-zåäö-]*"
    r"(?:program|plan|strategi|policy|riktlinjer|riktlinje|rutin|styrdokument)\b"
)
_COORDINATED = re.compile(r"\s*(?:,|,?\s+och|,?\s+samt)\s+")
# No determiner, numeral or owner of its own: "program för trygghet".
# An acronym's compound is bare too: "kommunens nya miljöprogram och VA-utbyggnadsprogram".
_BARE_NOUN = re.compile(
    r"(?!(?:en|ett|den|det|de|dess|deras|sin|sitt|sina|vår|vårt)\b)(?:[a-zåäö]|[A-ZÅÄÖ]{2,}-)"
)
# "sin (nya) klimatstrategi" right before the document.
_REFLEXIVE = re.compile(r"\b(?:sin|sitt|sina)\s+(?:[\w-]+\s+){0,2}?$")
_ISSUES_AFTER_ORG = re.compile(r"\s+(?:har\s+)?(?:tog\s+fram|tagit\s+fram|utarbetade|utarbetat)\b")


def issued(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for i, doc in enumerate(docs):
        previous = docs[i - 1] if i else None
        # "Lunds kommuns handlingsplan", and "kommunens handlingsplan" on its own page.
        if doc.genitive_owner and doc.owner is not None:
            # "Kulturplanen är Region Östergötlands program": the owner's document is A.
            copula = previous is not None and _COPULA.fullmatch(ctx.text, previous.end, doc.start)
            sink.link(
                LinkType.ISSUED,
                doc.owner.node_id,
                previous.node_id if previous is not None and copula else doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.genitive_owner",
                CONF_RELATION,
            )
        elif _shares_genitive(ctx, previous, doc) and previous and previous.owner:
            sink.link(
                LinkType.ISSUED,
                previous.owner.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.genitive_coordinated",
                CONF_RELATION,
            )
        for actor in actors:
            if doc.start > actor.end and _ISSUED.match(between(ctx, actor.end, doc.start)):
                sink.link(
                    LinkType.ISSUED,
                    actor.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.issued.har_utarbetat",
                    CONF_RELATION,
                )
        _reflexive_owner(ctx, sink, sentence, doc, actors)
        _genitive_predicate(ctx, sink, sentence, doc, actors)
        _coordinated_owners(ctx, sink, sentence, doc, actors)


def _genitive_predicate(
    ctx: Context, sink: FactSink, sentence: Span, doc: DocumentHit, actors: list[ActorHit]
) -> None:
    """'Kulturplanen är Region Östergötlands program för ...' -> the region ISSUED it."""
    copula = _COPULA.match(ctx.text, doc.end, sentence.end)
    owner = next((a for a in actors if copula and a.start == copula.end()), None)
    if owner is None or not ctx.text[owner.start : owner.end].endswith("s"):
        return
    if _DOCUMENT_NOUN.match(ctx.text, owner.end, sentence.end):
        sink.link(
            LinkType.ISSUED,
            owner.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.genitive_predicate",
            CONF_RELATION,
        )


# "kommunens och Tillväxt Motalas åtgärdsplan": two genitives joined before one noun
_OWNERS_JOIN = re.compile(r"s?\s+(?:och|samt)\s+")
_OWNER_TO_DOC = re.compile(r"s?\s+(?:[a-zåäö-]+\s+){0,2}?")


def _coordinated_owners(
    ctx: Context, sink: FactSink, sentence: Span, doc: DocumentHit, actors: list[ActorHit]
) -> None:
    """relation.issued.genitive_owners: 'kommunens och Tillväxt Motalas åtgärdsplan' ->
    each owner ISSUED the document."""
    text = ctx.text
    last = _nearest_before(text, actors, doc.start, _OWNER_TO_DOC)
    if last is None or not _genitive(text, last):
        return
    first = _nearest_before(text, actors, last.start, _OWNERS_JOIN)
    if first is None or not _genitive(text, first):
        return
    rule = "relation.issued.genitive_owners"
    issue_each(sink, (first, last), doc.node_id, sentence, rule, CONF_RELATION)


def _nearest_before(
    text: str, actors: list[ActorHit], end: int, gap: re.Pattern[str]
) -> ActorHit | None:
    """The nearest actor before `end` with only `gap` between it and `end`."""
    return next(
        (a for a in reversed(actors) if a.end <= end and gap.fullmatch(text, a.end, end)), None
    )


def _genitive(text: str, actor: ActorHit) -> bool:
    """The actor is named in the genitive: its "s" inside its mention or right after it."""
    return text[actor.end - 1] == "s" or text.startswith("s", actor.end)


def _shares_genitive(ctx: Context, previous: DocumentHit | None, doc: DocumentHit) -> bool:
    """'kommunens program för X och program för Y': a bare noun coordinated with a
    genitive-owned document has the same owner."""
    if previous is None or not previous.genitive_owner or previous.owner is None:
        return False
    if not _COORDINATED.fullmatch(ctx.text, previous.end, doc.start):
        return False
    return _BARE_NOUN.match(ctx.text, doc.start, doc.end) is not None


def _reflexive_owner(
    ctx: Context, sink: FactSink, sentence: Span, doc: DocumentHit, actors: list[ActorHit]
) -> None:
    """'Region X antog sin strategi': the subject, the organisation named last before
    the reflexive possessive, owns the document."""
    m = _REFLEXIVE.search(ctx.text, sentence.start, doc.start)
    if m is None:
        return
    owners = [a for a in actors if a.end <= m.start()]
    if owners:
        sink.link(
            LinkType.ISSUED,
            owners[-1].node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.reflexive_owner",
            CONF_RELATION,
        )


def issued_more(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'<doc>, som <org> tog fram [tillsammans med <org2>] [2020]' and '<org> har tagit
    fram <doc> tillsammans med <org2>' -> each organisation ISSUED doc."""
    for doc in docs:
        issuers: list[ActorHit] = []
        tail = doc.end
        first = next((a for a in actors if a.start >= doc.end), None)
        if first and _ISSUED_REL.match(between(ctx, doc.end, first.start)):
            verb = _ISSUES_AFTER_ORG.match(ctx.text, first.end, sentence.end)
            if verb:
                issuers, tail = [first], verb.end()
        if not issuers:
            before = [a for a in actors if a.end <= doc.start]
            if before and _ISSUED.match(between(ctx, before[-1].end, doc.start)):
                issuers = [before[-1]]
        if not issuers:
            continue
        co = _CO_ISSUERS.match(ctx.text, tail, sentence.end)
        if co:
            pos = co.end()
            while True:
                actor = next((a for a in actors if a.start == pos), None)
                if actor is None:
                    break
                issuers.append(actor)
                tail = actor.end
                sep = re.match(r"\s*,\s*|\s+och\s+", ctx.text[actor.end : sentence.end])
                if sep is None:
                    break
                pos = actor.end + sep.end()
        year = YEAR_AFTER.match(ctx.text[tail : sentence.end])
        day = f"{year.group('y')}-01-01" if year else None
        for actor in issuers:
            if has_link(sink, LinkType.ISSUED, actor.node_id, doc.node_id):
                continue  # already read by relation.issued.har_utarbetat
            sink.link(
                LinkType.ISSUED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.tagit_fram",
                CONF_RELATION,
                date=day,
                date_precision=DatePrecision.YEAR if day else None,
            )

"""What the relation rules share: confidences, the span between two hits, the
sentence's subject, whether a pair is already linked, and linking an adoption or issue."""

from __future__ import annotations

import re
from collections.abc import Iterable

from graph.edges import LinkType
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.dates import DateMention, resolve_before
from ingest.language.segment import Span
from ingest.rules.clause_parts import top_organisation

CONF_RELATION = 0.85
CONF_CONTEXT = 0.7

# A quotation: a sentence opening with a dash, holding a quotation mark, or telling who
# said it. Its "vi" and "vår" are the speaker's people, whoever they are.
QUOTATION = re.compile(
    r"^\W*[\u2013\u2014-]\s|[\"\u201d\u201c]|\b(?:säger|sa|sade|berättar|menar)\b"
)
PRONOUN_SUBJECT = re.compile(r"(?:Den|Det|Denna|Detta)\s+(?!här\b|nya\b)")
YEAR_AFTER = re.compile(r"^[^.;:,]{0,25}?\b(?P<y>(?:19|20)\d{2})\b(?!\s*[-\u2013]\s*\d)")


# "en strategi och ett riktat åtgärdsprogram", "en strategi med tillhörande åtgärdsplan":
# what stands between two documents named together.
COORDINATED_DOCUMENTS = re.compile(
    r"\s*(?:,|,?\s+och|,?\s+samt|\s+med)\s+(?:(?:en|ett|sin|sitt|tillhörande)\s+)?"
    r"(?:[a-zåäö-]+\s+){0,2}?"
)


def listed_before(
    ctx: Context, docs: list[DocumentHit], last: DocumentHit, separator: re.Pattern[str]
) -> list[DocumentHit]:
    """The documents listed before `last` as one subject with it, nearest first: only
    `separator` stands between each and the next ("A, C och D utgår från B")."""
    found: list[DocumentHit] = []
    later = last
    for d in reversed([d for d in docs if d.end <= last.start]):
        if not separator.fullmatch(ctx.text, d.end, later.start):
            break
        found.append(d)
        later = d
    return found


def between(ctx: Context, start: int, end: int) -> str:
    return ctx.text[start:end] if start <= end else ""


def first_date(dates: list[DateMention], after: int = 0) -> DateMention | None:
    return next((d for d in dates if d.start >= after), None)


def taken_on(ctx: Context, when: DateMention | None) -> DateMention | None:
    """The date of an act the page reports as done: a year-less one ("antogs i juni") is
    no later than the page."""
    if when is None or ctx.published is None:
        return when
    return resolve_before(when, ctx.published) or when


def has_link(
    sink: FactSink, type_: LinkType, from_id: str, to_id: str, *, dated: bool = False
) -> bool:
    """Whether another rule already linked the pair (one reading, one link); with `dated`,
    only a link with a date counts (a dated reading still adds its date to an undated one)."""
    return any(
        k.type is type_ and k.from_id == from_id and k.to_id == to_id and (k.date or not dated)
        for k in sink.links.values()
    )


def adopt(
    sink: FactSink,
    body_id: str,
    doc_id: str,
    cited: Span,
    rule: str,
    confidence: float,
    when: DateMention | None,
) -> bool:
    """An ADOPTED link quoting `cited`, dating the document's adoption when it states a day
    or month. True if the link was added."""
    added = sink.link(
        LinkType.ADOPTED, body_id, doc_id, cited.start, cited.end, rule, confidence, when=when
    )
    if added and when is not None and when.value:
        sink.date_adoption(doc_id, when)
    return added


def issue_once(
    sink: FactSink, maker_id: str, doc_id: str, sentence: Span, rule: str, confidence: float
) -> None:
    """An ISSUED link quoting the sentence, unless another rule read the pair already."""
    if not has_link(sink, LinkType.ISSUED, maker_id, doc_id):
        sink.link(LinkType.ISSUED, maker_id, doc_id, sentence.start, sentence.end, rule, confidence)


def issue_each(
    sink: FactSink,
    makers: Iterable[object],
    doc_id: str,
    sentence: Span,
    rule: str,
    confidence: float,
) -> None:
    """issue_once for each organisation among the makers (a person makes no document)."""
    for maker in makers:
        if isinstance(maker, ActorHit):
            issue_once(sink, maker.node_id, doc_id, sentence, rule, confidence)


def subject(ctx: Context, sentence: Span, docs: list[DocumentHit]) -> DocumentHit | None:
    """The document the sentence is about: one opening it, or, for "Den ..."/"Det ...",
    the subject of the sentence just before (else the one document it names)."""
    if docs and ctx.text[sentence.start : docs[0].start].strip() == "":
        return docs[0]
    if not PRONOUN_SUBJECT.match(ctx.text, sentence.start):
        return None
    index = ctx.sentence_index(sentence)
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    named = ctx.documents_in(previous)
    found = subject(ctx, previous, named)
    # "Kommunen tar fram Översiktsplan 2050. Den ersätter ...": the one document named.
    return found or (named[0] if len({d.node_id for d in named}) == 1 else None)


def sign_each(
    sink: FactSink,
    signers: list[ActorHit],
    doc: DocumentHit,
    quote: Span,
    rule: str,
    when: DateMention | None,
) -> None:
    """Each signer SIGNED the document, cited by the quoted span and dated by ``when``;
    a committee or unit signs for its municipality or region (a party to the document)."""
    for actor in signers:
        top = top_organisation(actor.node_id)
        sink.link(
            LinkType.SIGNED,
            top if top in sink.nodes else actor.node_id,
            doc.node_id,
            quote.start,
            quote.end,
            rule,
            CONF_RELATION,
            when=when,
        )


def document_after(
    ctx: Context, docs: list[DocumentHit], start: int, gap: re.Pattern[str]
) -> DocumentHit | None:
    """The first document at or after `start` with only `gap` between (an article and
    adjectives, as each frame allows)."""
    return next(
        (d for d in docs if d.start >= start and gap.fullmatch(ctx.text, start, d.start)), None
    )

"""Adoptions in any word order: who adopted which steering document, and when.

Why beyond the fixed frames of extract_relations: real pages say it many ways.
"På kommunfullmäktige 29 mars antogs en ny miljöpolicy", "Bostadsförsörjnings-
programmet antogs av kommunfullmäktige den 21 mars 2017", "Regionfullmäktige
godkände Handlingsplan för ...", "regionstyrelsen ställde sig bakom den regionala
digitala agendan", "Fredagens regionfullmäktige antog Värmlandsstrategin",
"Antagen av kommunstyrelsen 19 februari 2025 § 7".

Rule relation.adopted.sentence: a sentence (or line) with an adoption verb, a
document and a deciding body. The document is the one nearest the verb that is
not a predecessor; the body is the agent after a passive verb ("antogs av X"),
else the body before the verb, else one right before the document's mention in
the title line above ("Antagen av ..." under a plan's title). The date is the
sentence's first day or month that is not part of a period. A future or
proposed adoption ("ska antas", "föreslår ... anta") is not one.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DatePrecision, OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.dates import DateMention
from ingest.extract_lists import main_document
from ingest.facts import FactSink
from ingest.segment import Span

__all__ = ["extract_adoptions"]

CONF_ADOPTED = 0.8
YEAR = DatePrecision.YEAR

_VERB = re.compile(
    r"\b(?:antog|antogs|antagits|antagit|antagen|antaget|antagna|fastställde|fastställdes|"
    r"fastställts|fastställd|fastställt|godkände|godkändes|godkänt|reviderade|reviderades|"
    r"ställde\s+sig\s+bakom|sade\s+ja\s+till|beslutade\s+om|beslöt\s+om)\b",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:ska|skall|kommer\s+att|kan|bör|föreslås|föreslår|förslag(?:et)?\s+till)\b"
    r"[^.]{0,40}?\b(?:antas|anta|fastställas|fastställa|godkännas|godkänna|beslutas)\b",
    re.I,
)
_AGENT = re.compile(r"\s+(?:\w+\s+){0,1}?av\s+$")
_BODIES = (
    OrganizationKind.COMMITTEE,
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.AGENCY,
    OrganizationKind.FORUM,
)


def _body(ctx: Context, sentence: Span, verb: re.Match[str]) -> ActorHit | None:
    bodies = [a for a in ctx.actors_in(sentence) if a.kind in _BODIES]
    after = [a for a in bodies if a.start >= verb.end()]
    if after and _AGENT.fullmatch(ctx.text, verb.end(), after[0].start):
        return after[0]
    before = [a for a in bodies if a.end <= verb.start()]
    committees = [a for a in before if a.kind is not OrganizationKind.MUNICIPALITY]
    chosen = committees or before
    return chosen[-1] if chosen else None


def _document(docs: list[DocumentHit], verb: re.Match[str]) -> DocumentHit | None:
    candidates = [d for d in docs if d.rule != "document.series"]
    if not candidates:
        return None
    return min(candidates, key=lambda d: min(abs(d.start - verb.end()), abs(verb.start() - d.end)))


# "antog sin smart specialiseringsstrategi 2014": a bare year, not one of a period.
_YEAR = re.compile(r"(?<![\d\u2013-])\b(?P<y>(?:19|20)\d{2})\b(?!\s*[\u2013-]\s*\d)")


def _when(ctx: Context, sentence: Span, doc: DocumentHit) -> DateMention | None:
    for found in ctx.dates_in(sentence):
        inside = doc.start <= found.start < doc.end
        if not inside:
            return found
    for m in _YEAR.finditer(ctx.text, sentence.start, sentence.end):
        if not doc.start <= m.start() < doc.end:
            value = f"{m.group('y')}-01-01"
            return DateMention(m.start(), m.end(), m.group(0), "date.bare_year", value, YEAR)
    return None


def _adopt(ctx: Context, sink: FactSink, sentence: Span) -> None:
    verb = _VERB.search(ctx.text, sentence.start, sentence.end)
    if verb is None or _NOT_DONE.search(ctx.text, sentence.start, sentence.end):
        return
    doc = _document(ctx.documents_in(sentence), verb)
    body = _body(ctx, sentence, verb)
    if doc is None or body is None or body.node_id == doc.node_id:
        return
    _link(ctx, sink, sentence, body, doc, "relation.adopted.sentence")


# "Antagen av kommunstyrelsen 19 februari 2025 § 7.": a line about the page's document.
_META = re.compile(
    r"\s*(?:Antagen|Antaget|Antagna|Fastställd|Fastställt|Beslutad|Beslutat|Reviderad|Reviderat)"
    r"\s+(?:av|i)\s*:?\s+",
    re.I,
)


def _meta_lines(ctx: Context, sink: FactSink) -> None:
    main = main_document(ctx)
    if main is None:
        return
    known = {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ADOPTED}
    for sentence in ctx.sentences:
        m = _META.match(ctx.text, sentence.start, sentence.end)
        if m is None or ctx.documents_in(sentence):
            continue
        body = next((a for a in ctx.actors_in(sentence) if a.start == m.end()), None)
        if body is None or body.kind not in _BODIES or (body.node_id, main.node_id) in known:
            continue  # the header block's own rule has read it
        _link(ctx, sink, sentence, body, main, "relation.adopted.meta_sentence")


def _link(
    ctx: Context,
    sink: FactSink,
    sentence: Span,
    body: ActorHit,
    doc: DocumentHit,
    rule: str,
) -> None:
    when = _when(ctx, sentence, doc)
    added = sink.link(
        LinkType.ADOPTED,
        body.node_id,
        doc.node_id,
        sentence.start,
        sentence.end,
        rule,
        CONF_ADOPTED,
        when=when,
    )
    if added and when:
        sink.date_adoption(doc.node_id, when)


def extract_adoptions(ctx: Context, sink: FactSink) -> None:
    _meta_lines(ctx, sink)
    # Documents whose adoption is known with its date already; an undated one
    # ("Kommunfullmäktige har antagit en ny miljöpolicy") may get its date here.
    dated = {x.to_id for x in sink.links.values() if x.type is LinkType.ADOPTED and x.date}
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        if docs and not any(d.node_id in dated for d in docs):
            _adopt(ctx, sink, sentence)

"""The document a page is about, and the document a list or a table belongs to.

The owner of goals and activities is a document whose period the intro
repeats, else the one the sentence speaking of the goals is about (its subject,
"Klimatstrategin ... fastställer fyra strategiska områden", else the nearest one
named before the cue, else the first after it), else one the intro names, else the
one document the sentence before a list's intro names (when the intro names no
document noun), else (unless the intro names another kind of document) the page's
main document: its
title document, else the first newly introduced document not owned by a genitive
("Region X:s program") nor named as the one replaced ("den tidigare strategin"),
preferring the publishing municipality's level, else the only
document the page names. A document the goals answer to ("står i relation till",
"i enlighet med", "utgår från", "följer") owns none of them, nor does its period.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind, Level
from ingest.context import Context, DocumentHit
from ingest.language.segment import Span
from ingest.rules.document_phrases import YEARS, span_years
from ingest.rules.document_words import NOUNS, kind_of
from ingest.rules.list_subjects import intro_subject
from ingest.rules.page_head import head_lines

_PERIOD = YEARS
_DOC_NOUN = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<noun>" + "|".join(NOUNS) + r")(?:en|n|et)?\b", re.I)


def _title_document(ctx: Context) -> DocumentHit | None:
    """The document a page is about: one named on its own line among the first lines."""
    for line in head_lines(ctx, 6):
        opening = line.start() + (len(line.group(0)) - len(line.group(0).lstrip()))
        # Only the documents on this line, found by bisection: callers ask per sentence.
        for d in ctx.documents_in(Span(line.start(), line.end())):
            if d.new and d.start == opening:
                return d
    return None


def main_document(ctx: Context) -> DocumentHit | None:
    """The document the page is about: its title document, else the first one introduced.

    A document introduced through another body's genitive ("Region X:s program")
    is what the page's document builds on, not the page's own."""
    key = (id(ctx.documents), len(ctx.documents))
    memo = ctx.main_document_memo
    if memo is not None and memo[:2] == key:
        return memo[2]  # asked once per list and per decision: computed once per page
    found = _main_document(ctx)
    ctx.main_document_memo = (*key, found)
    return found


def _main_document(ctx: Context) -> DocumentHit | None:
    title = _title_document(ctx)
    if title is not None:
        return title
    new = [
        d
        for d in ctx.documents
        if d.new
        and not d.genitive_owner
        and not _quoted(ctx, d)
        and not _on_link_line(ctx, d)
        and not _predecessor(ctx, d)
    ]
    if ctx.publisher_municipality is not None:
        own = [d for d in new if d.document.level is Level.MUNICIPAL]
        new = own or new
    return new[0] if new else None


# "ersätter den tidigare Strategi för X 2014-2016": the page's document replaces it.
_BEFORE = r"\b(?:den|det|de|sin|sitt|sina)\s+(?:tidigare|förra|föregående|gamla)\s+"
_PREDECESSOR = re.compile(_BEFORE + "$", re.I)
_PREDECESSOR_OPEN = re.compile(_BEFORE, re.I)


def _predecessor(ctx: Context, hit: DocumentHit) -> bool:
    """A document named as the one replaced is never the page's own."""
    return bool(
        _PREDECESSOR_OPEN.match(ctx.text, hit.start)
        or _PREDECESSOR.search(ctx.text, max(0, hit.start - 40), hit.start)
    )


_LINK_LINE = re.compile(r"[ \t]*(?:Läs|Se)\s+(?:mer|hela)\b")


def _on_link_line(ctx: Context, hit: DocumentHit) -> bool:
    """'Läs mer om X': a line that only links to another page."""
    return bool(_LINK_LINE.match(ctx.text, ctx.text.rfind("\n", 0, hit.start) + 1))


# "- För att nå målen i Sörmlandsstrategin behöver vi ..., säger NN": a quote's line.
_SPEECH_LINE = re.compile(r"[ \t]*[-\u2013\u2014][ \t]")


def _quoted(ctx: Context, hit: DocumentHit) -> bool:
    """A document named only in someone's quoted words is not what the page is about."""
    line_start = ctx.text.rfind("\n", 0, hit.start) + 1
    return bool(_SPEECH_LINE.match(ctx.text, line_start))


def page_document(ctx: Context, hit: DocumentHit) -> DocumentHit:
    """A bare definite "Handlingsplanen" / "policyn" means the page's own document.

    Resolving it to the latest earlier document of its kind would pick the
    predecessor the page has just said the new one replaces."""
    if hit.new or not _DOC_NOUN.fullmatch(ctx.text[hit.start : hit.end]):
        return hit
    main = main_document(ctx)
    if main is None or main.document.kind is not hit.document.kind or main.start > hit.start:
        return hit
    return DocumentHit(hit.start, hit.end, main.document, hit.rule, False, main.owner)


def list_owner(ctx: Context, intro: Span, cue: int | None = None) -> DocumentHit | None:
    """The document a list's intro (or an inline list's sentence) belongs to.

    ``cue`` is where the intro speaks of goals or activities ("fyra strategiska
    områden"): the document its sentence is about owns them."""
    text = ctx.text[intro.start : intro.end]
    # The period of the sentence that opens the list, not of one before it ("Den ersätter
    # strategin 2019-2024 ... Planen har fyra mål:").
    last = ctx.sentence_of(max(intro.start, intro.end - 1))
    lead = max(intro.start, last.start) - intro.start if last else 0
    period = _PERIOD.search(text, lead)
    # "Målen står i relation till den nationella strategin 2021-2030": a source's period.
    if period and not any(
        d.start <= intro.start + period.start() < d.end and _source(ctx, d)
        for d in ctx.documents_in(intro)
    ):
        years = span_years(period)
        dated = [
            d for d in ctx.documents if (d.document.period_start, d.document.period_end) == years
        ]
        if len({d.node_id for d in dated}) == 1:
            return dated[0]
    named = [d for d in outer_hits(ctx.documents_in(intro)) if not _source(ctx, d)]
    main = main_document(ctx) or _only_document(ctx)
    about = _cue_document(ctx, intro, cue) if cue is not None else None
    if about is not None:
        return page_document(ctx, about)
    subject = intro_subject(ctx, intro, cue, named, main)
    if subject is not None:
        return page_document(ctx, subject)
    if named:
        return page_document(ctx, named[-1])
    noun = _DOC_NOUN.search(text)
    # A list's intro only: an inline "Målet är att ..." is the sentence's own.
    prior = _prior_document(ctx, intro) if noun is None and text.rstrip().endswith(":") else None
    if prior is not None:
        return page_document(ctx, prior)
    if main is None or main.start >= intro.start:
        return _read_more(ctx, intro)
    kind = kind_of(noun.group("noun")) if noun else main.document.kind
    # "... genomsyrar planen:" on a page naming no plan: "planen" loosely for its document.
    loose = noun is not None and noun.group("noun").lower() == "plan"
    if kind is not main.document.kind and not (loose and kind not in _kinds(ctx)):
        return None  # "Handlingsplanen har tre mål" on a page whose main document is a policy
    if _in_other_item(ctx, intro, main):
        return None
    return main


# "Läs mer i Folkhälsoplanen." right after the list: the document the list comes from.
_READ_MORE = re.compile(r"\bLäs\s+mer\s+(?:om\s+[^.\n]{0,60}?\s+)?i\s+")
_READ_MORE_CHARS = 800


def _read_more(ctx: Context, intro: Span) -> DocumentHit | None:
    """The document a 'Läs mer i <document>' line after the intro, within a list's
    length, points to."""
    m = _READ_MORE.search(ctx.text, intro.end, intro.end + _READ_MORE_CHARS)
    if m is None:
        return None
    found = next((d for d in ctx.documents if d.start == m.end()), None)
    return page_document(ctx, found) if found is not None else None


def _prior_document(ctx: Context, intro: Span) -> DocumentHit | None:
    """'X-programmet innehåller sex insatsområden ...' / 'Delmål för varje insatsområde
    är:': an intro naming no document continues the sentence before it, which names one."""
    sentence = ctx.sentence_of(intro.start)
    index = ctx.sentence_index(sentence) if sentence is not None else 0
    if index < 1:
        return None
    prior = ctx.sentences[index - 1]
    named = {d.node_id: d for d in outer_hits(ctx.documents_in(prior)) if not _source(ctx, d)}
    return next(iter(named.values())) if len(named) == 1 else None


def outer_hits(hits: list[DocumentHit]) -> list[DocumentHit]:
    """The hits not inside a longer one: "planen" within "den lokala planen" is that
    mention's head, not a second document."""
    return [
        h
        for h in hits
        if not any(
            o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start
            for o in hits
        )
    ]


# A body's act that opens an item of its own: "Kommunstyrelsen har beslutat att ...".
_ITEM_ACT = re.compile(
    r"\b(?:(?:har|hade)\s+(?:beslutat|godkänt|gett|givit|fastställt|tillstyrkt)|"
    r"beslutade|godkände|gav|fastställde|tillstyrkte)\b",
    re.I,
)


def _in_other_item(ctx: Context, intro: Span, main: DocumentHit) -> bool:
    """An item of a decision list ("i korthet") under a heading of its own, which names
    another document or decision and not the main one: its goals are that item's
    ("Återuppbyggnad av paviljongen ... Målet är en byggnad som ...")."""
    heading = _item_heading(ctx, intro.start)
    if heading is None or heading <= main.start:
        return False
    item = Span(heading, intro.start)
    docs = ctx.documents_in(item)
    if any(d.node_id == main.node_id for d in docs):
        return False
    return bool(docs) or _ITEM_ACT.search(ctx.text, item.start, item.end) is not None


_ITEM_CHARS = 1500  # an item's text: a few paragraphs
_HEADING_WORDS = 12


def _item_heading(ctx: Context, at: int) -> int | None:
    """Where the nearest heading line above `at` starts: a short line starting with a
    capital and without a closing stop, after a blank line, within an item's length."""
    end = ctx.text.rfind("\n", 0, at)
    while end > 0 and end > at - _ITEM_CHARS:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        blank_before = not ctx.text[ctx.text.rfind("\n", 0, max(start - 1, 0)) + 1 : start].strip()
        if (
            line
            and line[0].isupper()
            and len(line.split()) <= _HEADING_WORDS
            and not line.endswith((".", "!", "?", ":", ","))
            and blank_before
        ):
            return start
        end = start - 1
    return None


def _kinds(ctx: Context) -> set[DocumentKind]:
    return {d.document.kind for d in ctx.documents}


def _only_document(ctx: Context) -> DocumentHit | None:
    """A page that names one document only (its title misspelt, or it introduced in a
    quotation) is about that one: its lists are that document's."""
    return _the_one(ctx, ctx.documents, own_genitive=False)


_PLAN_KINDS = (DocumentKind.ACTION_PLAN, DocumentKind.PLAN, DocumentKind.PROGRAMME)


def only_plan(ctx: Context) -> DocumentHit | None:
    """The one plan or programme a page names beside its other documents (strategies,
    policies, agreements): an activity list no intro assigns is that plan's."""
    plans = [d for d in ctx.documents if d.document.kind in _PLAN_KINDS]
    return _the_one(ctx, plans, own_genitive=True)


def _the_one(ctx: Context, docs: list[DocumentHit], *, own_genitive: bool) -> DocumentHit | None:
    """The one document of `docs`, unless it is named only to link to it ("Läs mer om X":
    another page's subject) or as another body's ("Luleå kommuns strategi för X");
    `own_genitive`: "kommunens plan", the site's own, still counts."""
    if len({d.node_id for d in docs}) != 1 or all(_on_link_line(ctx, d) for d in docs):
        return None
    site = ctx.site_actor() if own_genitive else None
    owned = [
        d
        for d in docs
        if d.genitive_owner and (site is None or d.owner is None or d.owner.node_id != site.node_id)
    ]
    return None if owned else docs[0]


def _cue_document(ctx: Context, intro: Span, cue: int) -> DocumentHit | None:
    """In the cue's sentence: the document it opens with (its subject: "Klimatstrategin
    utgår från policyn och pekar ut fyra områden"), else the nearest
    one before the cue, else the first after it ("Målet med tillväxtstrategin är ...")."""
    sentence = ctx.sentence_of(cue)
    if sentence is None:
        return None
    span = Span(max(sentence.start, intro.start), min(sentence.end, intro.end))
    docs = [d for d in outer_hits(ctx.documents_in(span)) if not _source(ctx, d)]
    if not docs:
        return None
    first = docs[0]
    if not ctx.text[span.start : first.start].strip():
        return first
    before = [d for d in docs if d.end <= cue]
    return before[-1] if before else first


# "... som utgår från Tillväxtstrategi för Halland och ...": what the sentence's subject
# builds on is its source, not what owns the goals it lists.
_SOURCE = re.compile(
    r"\b(?:utgår|utgick)\s+från|\bbygger\s+på|\bmed\s+utgångspunkt\s+i|"
    r"\btar\s+(?:sin\s+)?(?:utgångspunkt|avstamp)\s+i|\bi\s+linje\s+med|"
    # "Målen står i relation till ...", "i enlighet med": what the goals answer to
    r"\bi\s+(?:relation|förhållande)\s+till|\bi\s+enlighet\s+med|"
    # "fyra områden, som till stora delar följer den nationella strategin" (the areas',
    # not "Arbetet följer programmet med dess fokusområden"; not "följer upp")
    r"\bsom\s+(?:[a-zåäö]+\s+){0,4}?följer\s+(?!upp\b)|\b(?:knyter\s+an|anknyter)\s+till"
)


def only_sources(ctx: Context, intro: Span) -> bool:
    """'I X pekas tre fokusområden ut som utgår från A och B': the intro names documents,
    each only as what the areas build on, so the areas are of no document (no goals)."""
    docs = ctx.documents_in(intro)
    if not docs or not all(_source(ctx, d) for d in docs):
        return False
    # "Målen står i relation till den nationella strategin": the page's own document,
    # named elsewhere, still owns them.
    main = main_document(ctx)
    return main is None or main.start >= intro.start or main.node_id in {d.node_id for d in docs}


def _source(ctx: Context, doc: DocumentHit) -> bool:
    sentence = ctx.sentence_of(doc.start)
    return sentence is not None and bool(_SOURCE.search(ctx.text, sentence.start, doc.start))

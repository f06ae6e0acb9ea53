"""REVISES: a newer document revises or replaces an older one.

- relation.revises.revidering_av: "<doc A> är en revidering av <doc B>" -> A REVISES B
- relation.revises.ersatter: "<subject> ... ersätter (den första) <doc>", "Den är en
  reviderad version av <doc>"
- relation.revises.som_ersatter: "<doc A>, som ersätter <doc B>" (the antecedent of
  "som"), and "<doc B> ersätts av|med <doc A>", "ersätts <B> av <A>" -> A REVISES B
- the wording also reads "en uppdaterad|förnyad|ny version av", "en uppdatering av"
- relation.revises.predecessor: a predecessor mention ("Den gamla strategin",
  "Tidigare strategi", read by ingest.rules.document_newness, or a definite one with its
  own name or period: "den tidigare planen som gällde 2016-2018") -> the document of
  that kind named before it (for a named one, in its sentence) REVISES the predecessor
- relation.revises.meta_line: "Ersätter: <doc>" in a header block -> the page's
  title document REVISES it
- relation.revises.listed: "<subject> ... ersätter fem tidigare strategier:" and a bullet
  list -> the subject REVISES each listed document (not one named in brackets)
"""

from __future__ import annotations

import itertools
import re

from graph.edges import LinkType
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span, line_end
from ingest.rules.bullet_lists import bullet_lists
from ingest.rules.document_former import REVISION_CUE
from ingest.rules.document_in_force import dates_itself
from ingest.rules.relations_shared import CONF_CONTEXT, CONF_RELATION, between, has_link, subject

_NEWER_OF = (
    r"(?:är|var|blir)\s+en\s+(?:revidering|uppdatering|förnyelse|"
    r"(?:reviderad|uppdaterad|förnyad|ny)\s+version)\s+av"
)
_REVISES = re.compile(rf"\s+{_NEWER_OF}\s+$")
_REVISES_TAIL = re.compile(
    rf"(?:\b(?:ersätter|ersatte|ersätta|ersatt)|\b{_NEWER_OF})\s+(?:den\s+|det\s+)?"
    # "ersätter den första ANDT-strategin för perioden 2011-2015"
    r"(?:(?:första|förra|tidigare|gamla|nuvarande|befintliga|gällande)\s+)?$"
)
# "<A>, som ersätter <B>" / "<A> som är en uppdatering av <B>"
_SOM_REVISES = re.compile(rf",?\s+som\s+(?:nu\s+)?(?:ersätter|{_NEWER_OF})\s+")
# "<B> ersätts av|med <A>"
_REPLACED_BY = re.compile(r"\s+(?:ska\s+)?(?:ersätts|ersättas)\s+(?:nu\s+)?(?:av|med)\s+")
# "Nu ersätts <B> av <A>"
_ERSATTS_BEFORE = re.compile(r"\bersätts\s+$")
_AV_OR_MED = re.compile(r"\s+(?:av|med)\s+")
_META_REPLACES = re.compile(r"^Ersätter:\s*", re.M)
_FORMER = "document.former"  # ingest.rules.document_newness: a predecessor named only as such
# "den tidigare planen som gällde för åren 2016-2018", "den förra strategin 2014-2016": a
# definite predecessor under its own name or period.
_EARLIER = re.compile(r"(?:den|det|de)\s+(?:tidigare|föregående|förra)\s", re.I)


def revises(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for a in docs:
        for b in docs:
            if b.start > a.end and _REVISES.search(between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.REVISES,
                    a.node_id,
                    b.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.revises.revidering_av",
                    CONF_RELATION,
                )


def revises_more(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<subject> ... ersätter <doc>' and 'Den är en reviderad version av <doc>'; the
    objects may stand in the bullet list the sentence introduces."""
    first = subject(ctx, sentence, docs)
    if first is None:
        return
    revises_listed(ctx, sink, sentence, docs)
    for b in docs:
        if b.start <= first.start and first in docs:
            continue
        if (
            b.node_id != first.node_id
            and not has_link(sink, LinkType.REVISES, first.node_id, b.node_id)
            and _REVISES_TAIL.search(between(ctx, sentence.start, b.start))
        ):
            sink.link(
                LinkType.REVISES,
                first.node_id,
                b.node_id,
                sentence.start,
                sentence.end,
                "relation.revises.ersatter",
                CONF_RELATION,
            )


# "Strategin ... ersätter fem tidigare strategier:" and a bullet list of what it replaces.
_LISTED_CUE = re.compile(rf"(?:\bersätter|\b{_NEWER_OF})\b[^.;:]*:\s*$")


def revises_listed(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<subject> ersätter ...:' then a bullet list: each listed document is older.
    One named in brackets is an aside ("(X fortsätter att gälla)"), not replaced."""
    first = subject(ctx, sentence, docs)
    cue = _LISTED_CUE.search(ctx.text, sentence.start, line_end(ctx.text, sentence.end))
    if first is None or cue is None:
        return
    lists = bullet_lists(ctx.text)
    listed = next((b for b in lists if b.intro.start <= cue.start() < b.intro.end), None)
    if listed is None:
        return
    for item in listed.items:
        for d in ctx.documents_in(Span(item.start, item.end)):
            aside = ctx.text.rfind("(", item.start, d.start) > ctx.text.rfind(
                ")", item.start, d.start
            )
            if aside or d.node_id == first.node_id:
                continue
            if has_link(sink, LinkType.REVISES, first.node_id, d.node_id):
                continue
            sink.link(
                LinkType.REVISES,
                first.node_id,
                d.node_id,
                item.start,
                item.end,
                "relation.revises.listed",
                CONF_RELATION,
            )


def revises_meta(ctx: Context, sink: FactSink) -> None:
    """'Ersätter: <doc>' in a header block: the page's title document REVISES it."""
    for m in _META_REPLACES.finditer(ctx.text):
        old = next((d for d in ctx.documents if d.start == m.end()), None)
        title = next((d for d in ctx.documents if d.new and d.start < m.start()), None)
        if old is None or title is None:
            continue
        end = ctx.text.find("\n", m.start())
        sink.link(
            LinkType.REVISES,
            title.node_id,
            old.node_id,
            m.start(),
            end if end >= 0 else len(ctx.text),
            "relation.revises.meta_line",
            CONF_RELATION,
        )


def revises_relative(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<A>, som ersätter <B>' -> A REVISES B; '<B> ersätts av <A>' -> A REVISES B."""
    for a, b in itertools.pairwise(docs):
        if _SOM_REVISES.fullmatch(ctx.text, a.end, b.start):
            newer, older = a, b
        elif _REPLACED_BY.fullmatch(ctx.text, a.end, b.start) or (
            _AV_OR_MED.fullmatch(ctx.text, a.end, b.start)
            and _ERSATTS_BEFORE.search(ctx.text, sentence.start, a.start)
        ):
            newer, older = b, a
        else:
            continue
        if newer.node_id == older.node_id or has_link(
            sink, LinkType.REVISES, newer.node_id, older.node_id
        ):
            continue
        sink.link(
            LinkType.REVISES,
            newer.node_id,
            older.node_id,
            sentence.start,
            sentence.end,
            "relation.revises.som_ersatter",
            CONF_RELATION,
        )


def _dated_only(ctx: Context, old: DocumentHit, sentence: Span) -> bool:
    cue = REVISION_CUE.search(ctx.text, sentence.start, sentence.end)
    return cue is None and dates_itself(ctx.text, old.end, sentence)


def revises_predecessor(ctx: Context, sink: FactSink) -> None:
    """'Nu finns en ny landsbygdsstrategi. Den gamla strategin behövde revideras.'"""
    for old in ctx.documents:
        if old.rule != _FORMER and not _EARLIER.match(ctx.text, old.start, old.end):
            continue
        current = [
            d
            for d in ctx.documents
            if d.end <= old.start
            and d.rule != _FORMER
            and d.document.kind is old.document.kind
            and d.node_id != old.node_id
        ]
        sentence = ctx.sentence_of(old.start)
        if old.rule == _FORMER and sentence is not None and _dated_only(ctx, old, sentence):
            continue  # "Den gällande planen antogs 2010": dated, not said to be replaced
        if sentence is not None and old.rule != _FORMER:
            # a named predecessor: the newer one is named in its own sentence
            current = [d for d in current if d.start >= sentence.start]
        if not current or sentence is None:
            continue
        if has_link(sink, LinkType.REVISES, current[-1].node_id, old.node_id):
            continue
        sink.link(
            LinkType.REVISES,
            current[-1].node_id,
            old.node_id,
            sentence.start,
            sentence.end,
            "relation.revises.predecessor",
            CONF_CONTEXT,
        )

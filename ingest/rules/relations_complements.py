"""COMPLEMENTS: one document complements another.

- relation.complements.kompletterar_den_med: "kompletterar <org> den med <doc>",
  "den" being the document named in the sentence before -> doc COMPLEMENTS it,
  and relation.issued.kompletterar: the organisation ISSUED doc
- relation.complements.kompletterar: "<subject> ... kompletterar|ska komplettera|är
  ett komplement till|ska ses som ett komplement till <doc>", and "<subject> är
  (tematiska) tillägg till <doc>" (a plan added to the comprehensive plan), "<subject>
  antogs ... som ett tematiskt tillägg till <doc>"; a report noun may stand before the
  name ("ett komplement till rapporten <doc>")
- relation.complements.som_komplement: "Som ett komplement till <A> har <B> tagits fram"
  -> B COMPLEMENTS A
- relation.complements.kompletteras_med: "<A> kompletteras (årligen) med <B>" -> B
  COMPLEMENTS A
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.relations_shared import CONF_RELATION, between, has_link, subject

_COMPLEMENTS = re.compile(r"\bkompletterar\s+$")
# "<subject> kompletterar|ska komplettera|är ett komplement till <doc>"
_COMPLEMENTS_TAIL = re.compile(
    r"\b(?:kompletterar|(?:ska|skall|kommer\s+att|är\s+tänkt\s+att)\s+komplettera|"
    r"(?:är|utgör|blir)\s+(?:(?!inte\b|inget\b)\w+\s+){0,2}(?:komplement|tillägg)\s+till|"
    # "Jämställdhetsplanen är ett kompletterande dokument till X"
    r"(?:är|utgör)\s+(?:ett|en)\s+kompletterande\s+(?:styr)?(?:dokument|del)\s+till|"
    # "<plan> antogs 2011 som ett tematiskt tillägg till översiktsplanen"
    r"\bsom\s+(?:ett\s+)?(?:tematiskt\s+)?(?:komplement|tillägg)\s+till|"
    r"(?:ska|skall|kan)\s+ses\s+som\s+ett\s+komplement\s+till)\s+"
    r"(?:(?:rapporten|dokumentet|publikationen|skriften)\s+)?$"
)
# "Som ett komplement till <A> har <B> tagits fram": the fronted phrase names A.
_AS_COMPLEMENT = re.compile(r"\b[Ss]om\s+(?:ett\s+)?komplement\s+till\s+$")
_COMPLEMENTED_BY = re.compile(
    r"^\s+(?:\w+\s+)?kompletteras\s+(?:(?:också|även|sedan|årligen|varje\s+år)\s+){0,2}med\s+$"
)


def complements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        m = re.match(r"\s+den\s+med\s+", ctx.text[actor.end : sentence.end])
        if not m or not _COMPLEMENTS.search(between(ctx, sentence.start, actor.start)):
            continue
        new = next((d for d in docs if d.start == actor.end + m.end() and d.new), None)
        previous = (
            ctx.sentences[ctx.sentence_index(sentence) - 1]
            if ctx.sentence_index(sentence)
            else None
        )
        if new is None or previous is None:
            continue
        antecedents = ctx.documents_in(previous)
        if not antecedents or ctx.text[previous.end : sentence.start].count("\n"):
            continue  # "den" must point to a document in the sentence just before, same paragraph
        sink.link(
            LinkType.COMPLEMENTS,
            new.node_id,
            antecedents[-1].node_id,
            previous.start,
            sentence.end,
            "relation.complements.kompletterar_den_med",
            CONF_RELATION,
        )
        sink.link(  # "kompletterar <org> den med en handlingsplan": the org's own plan
            LinkType.ISSUED,
            actor.node_id,
            new.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.kompletterar",
            CONF_RELATION,
        )


def complements_more(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<subject> ... kompletterar <doc>' and '<doc A> kompletteras med <doc B>'."""
    first = subject(ctx, sentence, docs)
    for b in docs:
        if (
            first is not None
            and b.node_id != first.node_id
            and not has_link(sink, LinkType.COMPLEMENTS, first.node_id, b.node_id)
            and _COMPLEMENTS_TAIL.search(between(ctx, sentence.start, b.start))
        ):
            sink.link(
                LinkType.COMPLEMENTS,
                first.node_id,
                b.node_id,
                sentence.start,
                sentence.end,
                "relation.complements.kompletterar",
                CONF_RELATION,
            )
        for a in docs:
            if b.start <= a.end:
                continue
            rule = None
            if _COMPLEMENTED_BY.match(between(ctx, a.end, b.start)):
                rule = "relation.complements.kompletteras_med"
            elif _AS_COMPLEMENT.search(between(ctx, sentence.start, a.start)) and not has_link(
                sink, LinkType.COMPLEMENTS, b.node_id, a.node_id
            ):
                rule = "relation.complements.som_komplement"
            if rule is not None:
                sink.link(
                    LinkType.COMPLEMENTS,
                    b.node_id,
                    a.node_id,
                    sentence.start,
                    sentence.end,
                    rule,
                    CONF_RELATION,
                )

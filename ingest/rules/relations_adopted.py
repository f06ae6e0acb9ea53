"""ADOPTED from fixed frames (moved unchanged from extract_relations; the
decisions helper owns these rules).

- relation.adopted.antog: "antog <org> <doc>" / "<org> antog|har antagit <doc>"
  -> org ADOPTED doc, dated by the sentence's date (also sets Document.adopted_on)
- relation.adopted.meta_line: "Antagen av <body> 2022-10-19" near the top ->
  body ADOPTED the page's title document
- relation.adopted.passive / relation.adopted.active: "<doc> antogs|fastställdes av
  <org> [date]", "<doc>, som <org> antog [i mars 2021]", "<doc>, antagen av <org> 2019",
  "<org> antog|fastställde [den 27 januari] <doc>" (a bare year gives YEAR precision),
  "<doc> är fastställt i <org>" (not a document still to come: "tills nästa plan är
  beslutad i <org>"), and the verb before its subject after a fronted time, dated by it
  ("2022 antogs ett nytt program av kommunfullmäktige")
- relation.adopted.owner_passive: "Länsstyrelsens <doc> antogs 2016" -> the county board
  or agency whose genitive owns the document, which has no council to adopt it for it
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from graph.edges import LinkType
from graph.nodes import DatePrecision, Document, OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import LIST_SEP, coordinated, listed_actors
from ingest.rules.decision_filters import earlier_version, version_in_force
from ingest.rules.extract_documents import adopter_after, adopter_before, meta_owner_line
from ingest.rules.relations_shared import (
    CONF_RELATION,
    YEAR_AFTER,
    between,
    first_date,
    taken_on,
)

_ADOPTED_AFTER_ORG = re.compile(r"^\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\s+$")
# "antog (det nyvalda) regionfullmäktige (i Gävleborg) <doc>": verb-second order
_ADOPTED_VERB_FIRST = re.compile(
    r"\b(?:antog|antagit|fastställde|fastställt)\s+(?:(?:det|den)\s+(?:[a-zåäö]+\s+)?)?$"
)
_PLACE_GAP = re.compile(r"\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|län))?\s+")


def adopted(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        for doc in docs:
            if doc.start <= actor.end:
                continue
            gap = between(ctx, actor.end, doc.start)
            placed = gap.strip() == "" or _PLACE_GAP.fullmatch(gap) is not None
            verb_first = placed and _ADOPTED_VERB_FIRST.search(
                between(ctx, sentence.start, actor.start)
            )
            if not (verb_first or _ADOPTED_AFTER_ORG.match(gap)):
                continue
            when = taken_on(ctx, first_date(ctx.dates_in(sentence)))
            added = sink.link(
                LinkType.ADOPTED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.adopted.antog",
                CONF_RELATION,
                when=when,
            )
            if added and when:
                sink.date_adoption(doc.node_id, when)


def adopted_meta(ctx: Context, sink: FactSink) -> None:
    """'Antagen av <body> 2022-10-19' near the top -> body ADOPTED the page's title document."""
    found = meta_owner_line(ctx)
    if found is None:
        return
    line, actor = found
    title_docs = [d for d in ctx.documents if d.new and d.owner is actor and d.start < line.start()]
    if not title_docs:
        return
    end = ctx.text.find("\n", line.start())
    span = Span(line.start(), end if end >= 0 else len(ctx.text))
    when = first_date(ctx.dates_in(span), actor.end)
    doc = title_docs[0]
    added = False
    # The whole line, else (if the evidence filter refuses it) the line up to the body.
    for stop in (span.end, actor.end):
        added = added or sink.link(
            LinkType.ADOPTED,
            actor.node_id,
            doc.node_id,
            span.start,
            stop,
            "relation.adopted.meta_line",
            CONF_RELATION,
            when=when,
        )
    if added and when:
        sink.date_adoption(doc.node_id, when)


def _clause_date(
    ctx: Context, sentence: Span, after: int
) -> tuple[str | None, DatePrecision | None]:
    """The date stated right after an adoption verb: a resolved date within 40
    characters, else a bare year ("antagen av kommunfullmäktige 2019")."""
    for d in ctx.dates_in(sentence):
        if after <= d.start <= after + 40:
            d = taken_on(ctx, d) or d
            return d.value, d.precision
    m = YEAR_AFTER.match(ctx.text[after : sentence.end])
    if m:
        return f"{m.group('y')}-01-01", DatePrecision.YEAR
    return None, None


def _set_adopted_on(
    sink: FactSink, doc_id: str, day: str | None, precision: DatePrecision | None
) -> None:
    node = sink.nodes.get(doc_id)
    if day and isinstance(node, Document) and node.adopted_on is None:
        sink.nodes[doc_id] = dataclasses.replace(node, adopted_on=day, adopted_precision=precision)


def adopted_clause(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<doc> antogs av <org> [date]', '<doc>, som <org> antog [date]', '<org> antog
    [date] <doc>' -> org ADOPTED doc; not the earlier version's ("Gällande X antogs ..."
    on a page about a new one)."""
    said = ctx.text[sentence.start : sentence.end]
    if earlier_version(said) and not version_in_force(said, ctx.text):
        # only a node of its own takes it (ingest.rules.document_in_force)
        docs = [d for d in docs if d.rule == "document.former"]
    for i, doc in enumerate(docs):
        actor = adopter_after(ctx, doc.end, sentence.end)
        if (
            actor is None
            and i + 1 < len(docs)
            and _JOINED.fullmatch(ctx.text, doc.end, docs[i + 1].start)
        ):
            # "hållbarhetspolicy och hållbarhetsstrategi har beslutats i X": both adopted
            actor = adopter_after(ctx, docs[i + 1].end, sentence.end)
        fronted = None if actor else _inverted_agent(ctx, sentence, doc)
        actor = actor or fronted
        if actor is not None and _taken_of_other(ctx, sentence, doc, actor):
            actor = None  # "Initiativet till den nya planen togs av X": the initiative was
        rule = "relation.adopted.passive"
        if actor is None:
            actor = adopter_before(ctx, doc.start, sentence.start)
            rule = "relation.adopted.active"
            after = doc.end
        else:
            verb = re.match(
                r"\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\b",
                ctx.text[actor.end : sentence.end],
            )
            after = actor.end + (verb.end() if verb else 0)
        if actor is None:
            _owner_passive(ctx, sink, sentence, doc)
            continue
        if rule == "relation.adopted.active":
            day, precision = _date_between(ctx, sentence, actor.end, doc.start)
            adopters = [*_listed(ctx, actor, sentence, forward=False), actor]
        else:
            adopters = [actor, *_listed(ctx, actor, sentence, forward=True)]
            day, precision = _clause_date(ctx, sentence, after)
            if day is None:  # "antogs den 27 juni 2022 av X": the day before the agent
                day, precision = _clause_date(ctx, Span(doc.end, actor.start), doc.end)
            # "X, ”<subtitle>”, har idag antagits av": right before the agent, past a gap
            # longer than the look above covered
            if day is None and actor.start - 40 > doc.end:
                gap = Span(doc.end, actor.start)
                day, precision = _clause_date(ctx, gap, actor.start - 40)
            if len(adopters) > 1:  # the date after the list: "av A, B samt C i februari"
                day, precision = _clause_date(ctx, sentence, adopters[-1].end)
            if day is None and fronted is not None:  # "2022 antogs X av Y": fronted
                day, precision = _clause_date(ctx, Span(sentence.start, doc.start), sentence.start)
        for adopter in adopters:
            if sink.link(
                LinkType.ADOPTED,
                adopter.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                rule,
                CONF_RELATION,
                date=day,
                date_precision=precision,
            ):
                _set_adopted_on(sink, doc.node_id, day, precision)


# "2022 antogs ett nytt folkhälsopolitiskt program av kommunfullmäktige": the passive
# verb before its subject, the agent after it.
_VERB_BEFORE = re.compile(
    r"\b(?:antogs|fastställdes|godkändes|reviderades|klubbades)\s+"
    r"(?:(?:ett|en|den|det|de)\s+)?(?:[a-zåäö-]+\s+){0,2}$"
)
_BY = re.compile(r"\s+(?:(?:enhälligt|också|även)\s+)?av\s+(?:[a-zåäö]+s\s+)?$")


def _inverted_agent(ctx: Context, sentence: Span, doc: DocumentHit) -> ActorHit | None:
    if not _VERB_BEFORE.search(ctx.text, sentence.start, doc.start):
        return None
    after = [a for a in ctx.actors_in(sentence) if a.start > doc.end]
    return next((a for a in after[:1] if _BY.fullmatch(ctx.text, doc.end, a.start)), None)


_TOOK = re.compile(r"\btogs\b")
_JOINED = re.compile(r"\s+(?:och|samt)\s+(?:den\s+|det\s+|de\s+)?")
# "Initiativet till den nya översiktsplanen": the document a preposition governs
_GOVERNED = re.compile(r"\b(?:till|om|för|av|med|på|kring)\s+(?:\w+\s+){0,2}$", re.I)


def _taken_of_other(ctx: Context, sentence: Span, doc: DocumentHit, actor: ActorHit) -> bool:
    """'togs av' said of the noun that governs the document, not of the document; or a
    state still to come ("gäller till nästa plan är beslutad i kommunfullmäktige")."""
    if _STATE.search(ctx.text, doc.end, actor.start) and _NOT_YET.search(
        ctx.text, max(sentence.start, doc.start - 20), doc.start
    ):
        return True
    return bool(
        _TOOK.search(ctx.text, doc.end, actor.start)
        and _GOVERNED.search(ctx.text, sentence.start, doc.start)
    )


_STATE = re.compile(r"\bär\s+(?:nu\s+)?[a-zåäö]+\s+(?:av|i|på)\b")
_NOT_YET = re.compile(
    r"\b(?:till|tills|innan|förrän|när|om|nästa)\s+(?:dess\s+att\s+)?"
    r"(?:(?:den|det|en|ett|ny|nya|nytt)\s+){0,2}$"
)


# "Länsstyrelsens handlingsplan ... antogs 2016": a body with no council adopts its own.
_OWNS_ADOPTION = (OrganizationKind.COUNTY_BOARD, OrganizationKind.AGENCY)
_PASSIVE_AFTER = re.compile(r"\s+(?:och\s+(?:\w+\s+){0,4}?)?(?:antogs|fastställdes)\b(?!\s+av\b)")


def _owner_passive(ctx: Context, sink: FactSink, sentence: Span, doc: DocumentHit) -> None:
    """'Länsstyrelsens första regionala handlingsplan ... antogs 2016' -> the county board
    (or agency) whose genitive owns the document adopted it, on the date stated after."""
    owner = doc.owner
    if owner is None or not doc.genitive_owner or owner.kind not in _OWNS_ADOPTION:
        return
    verb = _PASSIVE_AFTER.match(ctx.text, doc.end, sentence.end)
    if verb is None:
        return
    day, precision = _clause_date(ctx, sentence, verb.end())
    if sink.link(
        LinkType.ADOPTED, owner.node_id, doc.node_id, sentence.start, sentence.end,
        "relation.adopted.owner_passive", CONF_RELATION, date=day, date_precision=precision,
    ):  # fmt: skip
        _set_adopted_on(sink, doc.node_id, day, precision)


def _listed(ctx: Context, actor: ActorHit, sentence: Span, *, forward: bool) -> list[ActorHit]:
    """The organisations listed with actor, after it (the agents of "antogs av A, B samt
    C") or before it (the subjects of "A och B antog"), in text order."""
    if forward:
        sep = LIST_SEP.match(ctx.text, actor.end, sentence.end)
        after = listed_actors(ctx, sep.end(), sentence) if sep else []
        return list(itertools.takewhile(lambda a: a.node_id != actor.node_id, after))
    # "Länsstyrelsen och Regionförbundet X antog": both
    return coordinated(ctx, actor, sentence, forward=False)


def _date_between(
    ctx: Context, sentence: Span, start: int, end: int
) -> tuple[str | None, DatePrecision | None]:
    inside = [d for d in ctx.dates_in(sentence) if start <= d.start and d.end <= end]
    if inside:
        return inside[0].value, inside[0].precision
    when = first_date(ctx.dates_in(sentence))
    return (when.value, when.precision) if when else (None, None)

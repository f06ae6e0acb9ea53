"""Decisions: who decided what, when, and on what condition.

A Decision node holds the summary (what was decided, in the page's words),
the date (resolved against the page's publication date, precision kept) and
a condition. The deciding body -DECIDED-> the decision; the decision
-CONCERNS-> each document or initiative named in what was decided.

Rules (each quotes the sentence, or the two sentences, it reads):
- decision.beslut_togs: "Därför väljer vi att medverka i X. Det beslutet togs
  igår vid Välfärdsnämndens sammanträde." -- the "att ..." clause of the
  sentence before is what was decided.
- decision.beslutade_att: "<body> (har) beslutat|beslutade|beslöt (<date>) att ..."
  and "beslutade <body> att ...".
- decision.for_beslut: "<document> ... går (nu) vidare för beslut i <body> <date>",
  "ska beslutas i|av <body>": a decision due on that date.
- decision.condition: "under förutsättning att ..." (or "på villkor att ...")
  is the condition of the latest decision stated before it on the page.
- decision.verb: a decision stated by its verb, as lists and minutes state them
  (see ingest.decision_verbs).
- decision.date_same_meeting: "Nämnden beslutade också att ..." with no date
  of its own takes the date of the latest earlier sentence where the same body
  acted on a stated date ("Omsorgsnämnden fastställde i går ...").
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Decision
from ingest import ids
from ingest.context import ActorHit, Context, DecisionHit
from ingest.dates import DateMention
from ingest.decision_verbs import verb_decisions
from ingest.facts import FactSink
from ingest.segment import Span

CONF_DECISION = 0.8
CONF_CONDITION = 0.75

_BESLUT_TOGS = re.compile(r"\b(?:[Dd]et|[Dd]etta|[Dd]e)\s+beslut(?:et|en)?\s+(?:togs|fattades)\b")
_CHOICE = re.compile(
    r"\b(?:väljer|valde|beslutade|beslutat|beslöt|bestämde|bestämt)\s+(?:\w+\s+){0,2}?att\s+"
)
_DECIDED_AFTER_BODY = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:har\s+)?(?:beslutat|beslutade|beslöt|beslutar)\s+"
)
_DECIDED_BEFORE_BODY = re.compile(r"\b(?:beslutade|beslöt)\s+$")
_ALSO = re.compile(r"\b(?:också|även)\b")
_FOR_BESLUT = re.compile(
    r"\b(?P<verb>(?:går|gick|skickas|lämnas|tas)\s+(?:nu\s+)?(?:vidare\s+|upp\s+)?för\s+beslut"
    r"|ska\s+beslutas)\s+(?P<prep>i|av|till)\s+$"
)
_CONDITION = re.compile(
    r"\b(?:under\s+(?:den\s+)?förutsättning(?:en)?|på\s+villkor)\s+att\s+"
    r"(?P<cond>[^.!?]+?)(?=,\s*(?:säger|avslutar|berättar|menar|fortsätter)\b|[.!?]|$)"
)
_CLAUSE_END = re.compile(
    r"\s+(?:som|vilket|eftersom|men)\s+|\s+under\s+(?:den\s+)?förutsättning|\s+på\s+villkor"
    r"|[.!?;]|,\s"
)


def _what(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause from start up to a relative clause or the sentence's end."""
    m = _CLAUSE_END.search(text, start, end)
    return start, (m.start() if m else end)


def _date(ctx: Context, span: Span) -> DateMention | None:
    found = ctx.dates_in(span)
    return found[0] if found else None


class _Decisions:
    def __init__(self, ctx: Context, sink: FactSink) -> None:
        self.ctx = ctx
        self.sink = sink
        self.found: list[tuple[Decision, ActorHit, Span, str, list[str]]] = []

    def add(
        self,
        body: ActorHit,
        summary: str,
        when: DateMention | None,
        evidence: Span,
        rule: str,
        concerns: list[str],
    ) -> None:
        summary = " ".join(summary.split()).rstrip(",")
        if not summary:
            return
        decision = Decision(
            id=ids.decision_id(body.node_id, when.value if when else None, summary),
            summary=summary[0].upper() + summary[1:],
            date=when.value if when else None,
            date_precision=when.precision if when else None,
        )
        self.found.append((decision, body, evidence, rule, concerns))

    def concerned(self, start: int, end: int) -> list[str]:
        span = Span(start, end)
        found = [d.node_id for d in self.ctx.documents_in(span)]
        return found + [i.node_id for i in self.ctx.initiatives_in(span)]


def _beslut_togs(d: _Decisions, index: int, sentence: Span) -> None:
    ctx = d.ctx
    m = _BESLUT_TOGS.search(ctx.text, sentence.start, sentence.end)
    if m is None or index == 0:
        return
    bodies = [a for a in ctx.actors_in(sentence) if a.start > m.end()]
    previous = ctx.sentences[index - 1]
    choice = _CHOICE.search(ctx.text, previous.start, previous.end)
    if not bodies or choice is None or "\n\n" in ctx.text[previous.end : sentence.start]:
        return
    start, end = _what(ctx.text, choice.end(), previous.end)
    d.add(
        bodies[0],
        ctx.text[start:end],
        _date(ctx, sentence),
        Span(previous.start, sentence.end),
        "decision.beslut_togs",
        d.concerned(start, end),
    )


def _beslutade_att(d: _Decisions, sentence: Span) -> None:
    ctx = d.ctx
    for body in ctx.actors_in(sentence):
        after = _DECIDED_AFTER_BODY.match(ctx.text, body.end, sentence.end)
        before = _DECIDED_BEFORE_BODY.search(ctx.text, sentence.start, body.start)
        if after:
            clause_from = after.end()
        elif before and before.end() == body.start:
            clause_from = body.end
        else:
            continue
        att = re.compile(r"(?:\s*[^.]{0,40}?\s)?att\s+").match(ctx.text, clause_from, sentence.end)
        if att is None:
            continue
        start, end = _what(ctx.text, att.end(), sentence.end)
        when = _date(ctx, sentence)
        if when is None and _ALSO.search(ctx.text, clause_from - 30, att.end()):
            when = _same_meeting(ctx, body, sentence)
        d.add(
            body,
            ctx.text[start:end],
            when,
            sentence,
            "decision.beslutade_att",
            d.concerned(start, end),
        )


def _same_meeting(ctx: Context, body: ActorHit, sentence: Span) -> DateMention | None:
    """The date of the latest earlier sentence where the same body acted on a stated date."""
    for previous in reversed([s for s in ctx.sentences if s.end <= sentence.start]):
        for actor in ctx.actors_in(previous):
            if actor.node_id != body.node_id:
                continue
            after = [x for x in ctx.dates_in(previous) if x.start >= actor.end]
            if after and after[0].start - actor.end <= 30:
                return after[0]
    return None


def _for_beslut(d: _Decisions, sentence: Span) -> None:
    ctx = d.ctx
    for body in ctx.actors_in(sentence):
        m = _FOR_BESLUT.search(ctx.text[sentence.start : body.start])
        if m is None or sentence.start + m.end() != body.start:
            continue
        docs = [x for x in ctx.documents_in(sentence) if x.end <= sentence.start + m.start()]
        if not docs:
            continue
        doc = docs[0]
        verb = re.sub(r"\s+nu\b", "", m.group("verb"))
        surface = ctx.text[doc.start : doc.end]
        summary = f"{surface} {verb} {m.group('prep')} {ctx.text[body.start : body.end]}"
        when = next((x for x in ctx.dates_in(sentence) if x.start >= body.end), None)
        d.add(body, summary, when, sentence, "decision.for_beslut", [doc.node_id])


def _conditions(d: _Decisions) -> dict[int, tuple[str, Span]]:
    """Condition per decision (by index in d.found), from the first condition after it."""
    out: dict[int, tuple[str, Span]] = {}
    ctx = d.ctx
    for m in _CONDITION.finditer(ctx.text):
        same = [i for i, f in enumerate(d.found) if f[2].start <= m.start() < f[2].end]
        earlier = same or [i for i, f in enumerate(d.found) if f[2].end <= m.start()]
        if earlier and earlier[-1] not in out:
            out[earlier[-1]] = (" ".join(m.group("cond").split()), Span(m.start(), m.end()))
    return out


def extract_decisions(ctx: Context, sink: FactSink) -> None:
    d = _Decisions(ctx, sink)
    for index, sentence in enumerate(ctx.sentences):
        _beslut_togs(d, index, sentence)
        _beslutade_att(d, sentence)
        _for_beslut(d, sentence)
    strict = frozenset(f[1].node_id for f in d.found)
    for v in verb_decisions(ctx, [f[2] for f in d.found], strict):
        span = v.evidence
        d.add(v.body, v.summary, v.when, span, "decision.verb", d.concerned(span.start, span.end))
    conditions = _conditions(d)
    hits: list[DecisionHit] = []
    for i, (decision, body, span, rule, concerns) in enumerate(d.found):
        if i in conditions:
            decision = dataclasses.replace(decision, condition=conditions[i][0])
        if not sink.mention(decision, span.start, span.end, rule, CONF_DECISION):
            continue
        if i in conditions:
            cond_span = conditions[i][1]
            sink.mention(
                decision, cond_span.start, cond_span.end, "decision.condition", CONF_CONDITION
            )
        sink.link(
            LinkType.DECIDED, body.node_id, decision.id, span.start, span.end, rule, CONF_DECISION
        )
        for target in concerns:
            sink.link(
                LinkType.CONCERNS, decision.id, target, span.start, span.end, rule, CONF_DECISION
            )
        hits.append(DecisionHit(span.start, span.end, decision.id, body.node_id))
    ctx.decisions = hits

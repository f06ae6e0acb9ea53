"""Decisions: who decided what, when, and on what condition.

A Decision node holds the summary (what was decided, in the page's words), the date
(resolved against the page's publication date, precision kept) and a condition. The
deciding body -DECIDED-> the decision; the decision -CONCERNS-> each document or
initiative named in what was decided. Adopting a steering document is not a Decision
but an ADOPTED link (ingest.rules.adoption_rules), and what a decision clause
coordinates ("fastställa X och föreslå Y") is one decision each (decision_coordination).

Rules (each quotes the sentence, or the two sentences, it reads):
- decision.beslut_togs: "Därför väljer vi att medverka i X. Det beslutet togs igår vid
  Välfärdsnämndens sammanträde." -- the "att ..." clause of the sentence before is decided.
- decision.det_beslutat: "Budgeten utökas med 40 miljoner kronor. Det har
  regionfullmäktige beslutat." -- the sentence before is what the body decided.
- decision.beslutade_att: "<body> (har) beslutat|beslutade|beslöt|beslutar: (<date>)
  (om) att|<infinitive> ..." and "beslutade <body> (om) att ..."; "Region Xs styrelse" is
  the regionstyrelse; under "<body>s förslag till ..." the proposal is that body's.
- decision.for_beslut: "<doc> går vidare för beslut i <body> <date>": a decision due then
  (undated: an intention); decision.condition: "under förutsättning att", "på villkor att".
- decision.verb and the list rules, each in its decision_* module: by verb, list item,
  task noun, a lead's list ("A och B var några av de beslut som fattades"), run-on
  minutes, a "Beslut" section or "Beslut: Enligt förslag" line, a report's items, a
  body's later acts and the bodies an organisation set up ("inrättade ett klimatkansli").
- decision.listed_matters: "... bland annat A och B. Båda ärendena bifölls." -- each
  listed matter (decision_anaphora); notice_list: "<body>s beslut, § 12, X" (decision_notices).
- After reading: an undated decision of a body a § reference line names takes that line's
  date (decision_reference_dates; others: decision_dates). Tasks to one receiver stay apart.
- decision.date_same_meeting: "Nämnden beslutade också att ..." with no date of its own
  takes the date of the latest earlier sentence where the same body acted on a stated date
  ("Omsorgsnämnden fastställde i går ..."), else that of the meeting the page reports
  (decision_page). With no body named, "Styrelsen" on a federation's own page is the
  federation (decision_associations).
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Decision
from ingest import ids
from ingest.context import ActorHit, Context, DecisionHit
from ingest.facts import FactSink
from ingest.language.dates import DateMention
from ingest.language.segment import Span
from ingest.rules.decision_acting_body import acting_body
from ingest.rules.decision_anaphora import listed_matters
from ingest.rules.decision_associations import association_body
from ingest.rules.decision_bodies import board_of, inverted_subject, own_body_before
from ingest.rules.decision_body_acts import body_act_decisions
from ingest.rules.decision_borrowed_dates import borrow_dates, later_dates, same_time_dates
from ingest.rules.decision_clauses import (
    IT_IS_PROPOSED,
    OTHER_DECIDES,
    REASON,
    decided_before,
    is_headline,
    paragraph_opening,
    what,
)
from ingest.rules.decision_conditions import conditions_of
from ingest.rules.decision_coordination import not_adopted, split_coordinated
from ingest.rules.decision_counted_leads import counted_lead_decisions
from ingest.rules.decision_cues import DECIDED_AFTER_BODY, verb_before_body
from ingest.rules.decision_dates import meeting_date, own_date, with_meeting_day
from ingest.rules.decision_descriptions import only_when
from ingest.rules.decision_filters import by_proposal_only, cut_short, not_taken
from ingest.rules.decision_formed_bodies import formed_body_decisions
from ingest.rules.decision_headings import with_antecedent, with_item
from ingest.rules.decision_items import item_decisions
from ingest.rules.decision_lead_lists import lead_list_decisions
from ingest.rules.decision_listed_objects import with_listed_objects
from ingest.rules.decision_minutes import minutes_decisions
from ingest.rules.decision_notices import notice_decisions
from ingest.rules.decision_outcome_lines import outcome_line_decisions
from ingest.rules.decision_page import DECIDERS, in_proposal_section
from ingest.rules.decision_proposals import proposer, proposing_body
from ingest.rules.decision_reference_dates import dated_by_references
from ingest.rules.decision_report_items import report_item_decisions
from ingest.rules.decision_restated import merge_restated, without_covered_leads
from ingest.rules.decision_sections import section_decisions
from ingest.rules.decision_tasks import task_decisions
from ingest.rules.decision_verb_bullets import verb_bullet_decisions
from ingest.rules.decision_verbs import decision_body, verb_decisions

CONF_DECISION = 0.8
CONF_CONDITION = 0.75
_MIN_SUMMARY_WORDS = 2
# "Det har KF beslutat.", "Det beslutade nämnden (om) vid sitt möte": adverbials only
_IT_WAS_DECIDED = re.compile(
    r"\s*(?:Det|Detta|Så)\s+(?:har\s+(?:\w+\s+){1,4}?beslutat|(?:beslutade|beslöt|klubbade)\s)",
    re.I,
)
_IT_WAS_DECIDED_WORDS = 10
_OWN_CLAUSE = re.compile(r"\b(?:om(?!\s+vid\s)|att|angående|kring)\b", re.I)
_BESLUT_TOGS = re.compile(r"\b(?:[Dd]et|[Dd]etta|[Dd]e)\s+beslut(?:et|en)?\s+(?:togs|fattades)\b")
_CHOICE = re.compile(
    r"\b(?:väljer|valde|beslutade|beslutat|beslöt|bestämde|bestämt)\s+(?:\w+\s+){0,2}?att\s+"
)
_DECIDE_WORD = re.compile(r"beslut|beslöt|bestämde|bestämt", re.I)
# Before its "att" or bare infinitive: a date, a §, "om", a number; not "i samband med att".
_TO_CLAUSE = re.compile(
    r"(?=(?:godkänna|anta|fastställa|bifalla|avslå|uppdra|bevilja|tillstyrka|ge)\s)|"
    r"(?P<gap>[^.:]{0,80}?\s)??(?:\d{1,2}[.)]\s*)?(?:(?P<om>om)\s+(?!att\b|vid\s|på\s+sitt)"
    r"|(?:om\s+)?(?<!\bför\s)(?<!\bmed\s)(?<!\befter\s)(?<!\binnan\s)att\s+)"
)
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
_PROPOSE = re.compile(r"\bföreslå\b", re.I)
_ALSO = re.compile(r"\b(?:också|även)\b")
_FOR_BESLUT = re.compile(
    r"\b(?P<verb>(?:går|gick|skickas|lämnas|tas)\s+(?:nu\s+)?(?:vidare\s+|upp\s+)?för\s+beslut"
    r"|ska\s+beslutas)\s+(?P<prep>i|av|till)\s+$"
)


def _date(ctx: Context, span: Span) -> DateMention | None:
    return next(iter(ctx.dates_in(span)), None)


@dataclasses.dataclass(frozen=True, slots=True)
class _Found:
    decision: Decision
    body: ActorHit | None
    evidence: Span
    rule: str
    concerns: list[str]


class _Decisions:
    def __init__(self, ctx: Context, sink: FactSink) -> None:
        self.ctx = ctx
        self.sink = sink
        self.found: list[_Found] = []
        self.read: list[Span] = []  # sentences a rule has read, decision or not

    def add(
        self,
        body: ActorHit | None,
        clause: Span,
        when: DateMention | None,
        evidence: Span,
        rule: str,
        verb_start: int | None = None,
        proposed: bool = False,
    ) -> None:
        """One decision per coordinated part of the clause; none for the adoption of a
        steering document (read from `verb_start` when the verb stands before the clause),
        unless the clause is what a body proposes to another (`proposed`)."""
        text = self.ctx.text
        parts = [Span(*p) for p in split_coordinated(text, clause.start, clause.end)]
        for i, part in enumerate(parts):
            check_from = verb_start if i == 0 and verb_start is not None else part.start
            kept = part if proposed else not_adopted(self.ctx, part, check_from)
            if kept is None:
                continue
            part = kept
            summary = text[part.start : part.end]
            self.record(body, summary, when, evidence, rule, self.concerned(part.start, part.end))

    def record(
        self,
        body: ActorHit | None,
        summary: str,
        when: DateMention | None,
        evidence: Span,
        rule: str,
        concerns: list[str],
    ) -> None:
        summary = with_listed_objects(self.ctx, " ".join(summary.split()).rstrip(","), evidence)
        if rule != "decision.counted_lead":  # a listed matter is whole, no pointer back
            summary = with_item(self.ctx, summary, evidence.start)
        summary = with_antecedent(self.ctx, summary, evidence.start)
        short = len(summary.split()) < _MIN_SUMMARY_WORDS or by_proposal_only(summary)
        if short or cut_short(self.ctx.text, evidence.end, summary):
            return  # "beslutat att delta", "Bevilja s": what was decided is not stated here
        body = body or association_body(self.ctx, evidence)
        body = acting_body(self.ctx, self.sink, body) if body else None  # a board, Regeringen
        owner = body.node_id if body else self.sink.source.id
        decision = Decision(
            id=ids.decision_id(owner, when.value if when else None, summary),
            summary=summary[0].upper() + summary[1:],
            date=when.value if when else None,
            date_precision=when.precision if when else None,
        )
        self.found.append(_Found(decision, body, evidence, rule, concerns))

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
    start, end = what(ctx.text, choice.end(), previous.end, relative=False)
    evidence = Span(previous.start, sentence.end)
    d.add(bodies[0], Span(start, end), _date(ctx, sentence), evidence, "decision.beslut_togs")


def _det_beslutat(d: _Decisions, index: int, sentence: Span) -> None:
    """'Budgeten utökas med 40 miljoner kronor. Det har regionfullmäktige beslutat.': the
    sentence before, in the same paragraph, is what the body decided."""
    ctx = d.ctx
    m = _IT_WAS_DECIDED.match(ctx.text, sentence.start, sentence.end)
    proposal = IT_IS_PROPOSED.match(ctx.text, sentence.start, sentence.end)
    if (m is None and proposal is None) or index == 0:
        return
    bodies = [a for a in ctx.actors_in(sentence) if a.kind in DECIDERS]
    previous = decided_before(ctx, index)
    if not bodies or "\n\n" in ctx.text[previous.end : sentence.start]:
        return
    rest = ctx.text[bodies[0].end : sentence.end]
    if proposal is not None and not OTHER_DECIDES.match(rest):
        return
    reason = REASON.match(ctx.text, bodies[0].end, sentence.end)
    own = len(rest.split()) > _IT_WAS_DECIDED_WORDS or _OWN_CLAUSE.search(rest)
    if proposal is None and not reason and own:
        return  # "Det beslutade regionfullmäktige om ...": a clause of its own follows
    d.read.append(sentence)
    body = board_of(ctx, d.sink, bodies[0])
    # A proposal's own date is the other body's meeting ("beslutar på sitt möte i november").
    when = (None if proposal else _date(ctx, sentence)) or meeting_date(ctx, sentence, body)
    start, end = what(ctx.text, previous.start, previous.end)
    opening = paragraph_opening(ctx, index - 1)
    if opening is not None:  # "X ska bygga en ny simhall. Den ska drivas ... Det beslutade KF."
        start = opening.start
    evidence = Span(start, sentence.end)
    d.add(body, Span(start, end), when, evidence, "decision.det_beslutat", proposed=bool(proposal))


def _beslutade_att(d: _Decisions, sentence: Span) -> None:
    ctx = d.ctx
    if not _DECIDE_WORD.search(ctx.text, sentence.start, sentence.end):
        return
    if not_taken(ctx.text[sentence.start : sentence.end]) or in_proposal_section(
        ctx, sentence.start
    ):
        return
    for actor in ctx.actors_in(sentence):
        body = board_of(ctx, d.sink, actor)  # "Region Blekinges styrelse beslutade"
        after = DECIDED_AFTER_BODY.match(ctx.text, body.end, sentence.end)
        before = verb_before_body(ctx.text, sentence.start, body.start, body.end)
        if after and ctx.actors_in(Span(body.end, after.end())):
            continue  # "Region Skånes kulturnämnd beslutade": the nearer body decided
        body = own_body_before(ctx, body) if after else body  # "Kulturnämnden Ale kommun"
        if after and not inverted_subject(ctx, after.end(), sentence.end):
            clause_from, verb = after.end(), body.end
        elif before is not None:
            clause_from, verb = body.end, before
        else:
            continue
        att = _TO_CLAUSE.match(ctx.text, clause_from, sentence.end)
        if att is None or not_taken(ctx.text[sentence.start : att.end()]):
            continue
        number = _ITEM_NUMBER.match(ctx.text, att.end(), sentence.end)
        start, end = what(ctx.text, number.end() if number else att.end(), sentence.end)
        if att["om"]:
            start = att.start("om") + 3  # "beslutade om ett uppdrag till X att ...": all of it
        if att["om"] and is_headline(ctx, sentence):
            continue  # "Nämnden beslutade om medverkan": a headline restating the text
        if att["om"] and only_when(ctx, Span(start, end)):
            continue  # "den handlingsplan som regeringen beslutade om i juni 2023"
        proposing = proposing_body(ctx, sentence, body)  # "KS föreslår att KF beslutar att"
        if proposing is not None:
            body, start = board_of(ctx, d.sink, proposing[0]), proposing[1]
        proposal = _PROPOSE.search(ctx.text, clause_from, att.end())
        if proposal:
            start = proposal.start()  # "beslutar föreslå fullmäktige att anta ...": all of it
        # Under "Arbetsutskottets förslag till kommunstyrelsen": the proposer's decision.
        by = proposer(ctx, sentence.start)
        if by is not None:
            body = by
        when = own_date(ctx, sentence, start)
        if when is None and _ALSO.search(ctx.text, clause_from - 30, att.end()):
            when = _same_meeting(ctx, body, sentence)
        when = with_meeting_day(ctx, sentence, when, body)
        d.read.append(sentence)
        proposed = by is not None or bool(proposal) or proposing is not None
        d.add(body, Span(start, end), when, sentence, "decision.beslutade_att", verb, proposed)


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


def _listed(d: _Decisions, sentence: Span) -> None:
    """'... bland annat A och B. Båda ärendena bifölls av X.': each listed matter that is
    no steering document (those are adopted) is a decision ("A bifölls")."""
    listed = listed_matters(d.ctx, sentence)
    if listed is None:
        return
    ctx, verb = d.ctx, listed.verb
    d.read.append(listed.evidence)
    body, _ = decision_body(ctx, d.sink, sentence, verb.start, verb.end)
    when = own_date(ctx, sentence, verb.start, verb.end) or meeting_date(ctx, sentence, body)
    for matter in listed.matters:
        if ctx.documents_in(matter):
            continue
        summary = ctx.text[matter.start : matter.end]
        summary += f" {ctx.text[verb.start : verb.end]}" if listed.said else ""
        concerns = d.concerned(matter.start, matter.end)
        d.record(body, summary, when, listed.evidence, "decision.listed_matters", concerns)


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
        if when is None:
            continue  # "ska beslutas av X efter årsskiftet": an intention, not a decision due
        d.record(body, summary, when, sentence, "decision.for_beslut", [doc.node_id])


def _emit(ctx: Context, sink: FactSink, d: _Decisions) -> None:
    conditions = conditions_of(ctx, d.found)
    hits: list[DecisionHit] = []
    for i, f in enumerate(d.found):
        decision, span = f.decision, f.evidence
        if i in conditions:
            decision = dataclasses.replace(decision, condition=conditions[i][0])
        if not sink.mention(decision, span.start, span.end, f.rule, CONF_DECISION):
            continue
        if i in conditions:
            cond_span = conditions[i][1]
            sink.mention(
                decision, cond_span.start, cond_span.end, "decision.condition", CONF_CONDITION
            )
        evidence = (span.start, span.end, f.rule, CONF_DECISION)
        for target in f.concerns:
            sink.link(LinkType.CONCERNS, decision.id, target, *evidence)
        if f.body is None:
            continue  # a task given by no body the page names
        sink.link(LinkType.DECIDED, f.body.node_id, decision.id, *evidence)
        hits.append(DecisionHit(span.start, span.end, decision.id, f.body.node_id))
    ctx.decisions = hits


def extract_decisions(ctx: Context, sink: FactSink) -> None:
    d = _Decisions(ctx, sink)
    for index, sentence in enumerate(ctx.sentences):
        _beslut_togs(d, index, sentence)
        _det_beslutat(d, index, sentence)
        _beslutade_att(d, sentence)
        _for_beslut(d, sentence)
        _listed(d, sentence)
    taken = [*d.read, *(f.evidence for f in d.found)]
    decided = [f.evidence for f in d.found]
    items = task_decisions(ctx, decided) + minutes_decisions(ctx, decided)
    items += notice_decisions(ctx)
    items += item_decisions(ctx, [*taken, *(v.evidence for v in items)])
    items += lead_list_decisions(ctx, [*taken, *(v.evidence for v in items)])
    items += counted_lead_decisions(ctx, [*taken, *(v.evidence for v in items)])
    taken += [v.evidence for v in items]
    restating = bool(d.found or items)
    givers = [(f.evidence.start, f.body) for f in d.found if f.body is not None]
    givers += [(v.evidence.start, v.body) for v in items if v.body is not None]
    verbs = verb_decisions(ctx, sink, taken, restating, givers)
    sections = section_decisions(ctx, [*taken, *(v.evidence for v in verbs)])
    done = [*taken, *(v.evidence for v in [*verbs, *sections])]
    reports = outcome_line_decisions(ctx, done)
    sources = (report_item_decisions, body_act_decisions, verb_bullet_decisions)
    for source in (*sources, formed_body_decisions):
        reports += source(ctx, [*done, *(v.evidence for v in reports)])  # each skips the read
    for v in [*items, *verbs, *sections, *reports]:
        if v.summary is not None:
            concerns = d.concerned(v.clause.start, v.clause.end)
            d.record(v.body, v.summary, v.when, v.evidence, v.rule, concerns)
        else:
            d.add(v.body, v.clause, v.when, v.evidence, v.rule)
    d.found = same_time_dates(ctx, dated_by_references(ctx, borrow_dates(ctx, d.found)))
    d.found = merge_restated(without_covered_leads(later_dates(ctx, d.found)))
    _emit(ctx, sink, d)

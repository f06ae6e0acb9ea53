"""Decisions stated by their verb, as decision lists and minutes state them.

Why a rule of its own: "Beslut i korthet" lists, § items in minutes and
government press releases state one decision per sentence or line, by a verb
("godkände", "avslogs", "får i uppdrag", "förlängs", "beviljades", "har fördelat
50 miljoner kronor", "har fått ett uppdrag av regeringen"), often without naming
the body in the same sentence: the body is the meeting the page reports
(ingest.rules.decision_page) and the date is the meeting's.

Rule decision.verb: a sentence with a decision verb, not already read by the other
decision rules, not procedure or background (ingest.rules.decision_filters), not in a
"Förslag till beslut" section and not the adoption of a steering document (that is an
ADOPTED link). Its body is the one the grammar names (ingest.rules.decision_bodies),
else the meeting's, else a heading's, else the latest body named before it, else the
organisation whose site the page is on. A task ("får i uppdrag") without a giver the
sentence names is the latest earlier decision's body's, else on the government's own
site the government's; with none ("fick samtliga länsstyrelser i uppdrag") it is a
decision of no body the page states and gets no DECIDED link, as do minutes whose body
was not read. Its date is the sentence's own (a date or a year by the verb, not one of
what was decided), else the date of that body's meeting. A short sentence whose subject
points back ("Samtliga motioner avslogs.") includes the one before. Work done "på uppdrag
av <body>" is that body's task, and of no decision when no body follows. Money an agency
gets ("Länsstyrelserna får 10 miljoner") is the giver's decision, like a task. A lead that
counts the tasks ("har gett ett tiotal myndigheter i uppdrag") is none, but gives the tasks
after it; funds "för uppdraget" belong to the task before. A dateless headline restating a
decision of the same body stated below it is not another.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.dates import DateMention
from ingest.language.segment import Span, overlaps_any
from ingest.rules.adoption_by_head import adopted_by_head_in
from ingest.rules.decision_associations import association_body
from ingest.rules.decision_bodies import (
    board_of,
    explicit_body,
    government_before,
    government_site,
    meeting_board,
    perfect_subject,
    subject_body,
    unread_subject,
)
from ingest.rules.decision_counts import counts_decisions
from ingest.rules.decision_cues import (
    CUE,
    GRANT_VERB,
    MONEY_RECEIVED,
    PERMIT,
    SUM,
    attributive,
    background_task,
    grant_to_organisation,
    made_by,
    official_acts,
    officials_propose,
)
from ingest.rules.decision_dates import decision_date, lead_date
from ingest.rules.decision_descriptions import describes_matter, label_line
from ingest.rules.decision_filters import (
    decision_marker_end,
    housekeeping,
    not_taken,
    passive_lead_end,
    procedural,
    rejected_amendment,
)
from ingest.rules.decision_headers import (
    BACK_REFERENCE,
    cut_off_last,
    past_header,
    proposed_before,
)
from ingest.rules.decision_inverted import body_after_verb
from ingest.rules.decision_page import deciders, in_proposal_section, meetings, minutes_page
from ingest.rules.decision_relative import relative_subject
from ingest.rules.decision_unstated import unstated
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.page_head import head_lines

__all__ = [
    "VerbDecision",
    "clause_start",
    "decision_body",
    "verb_decisions",
]

# The impersonal passive: "Det beslutades att", "Vidare beslöts det att".
_IMPERSONAL = re.compile(r"\b(?:[Dd]et\s+(?:beslutades|beslöts)|(?:beslutades|beslöts)\s+det)\b")
_COMMISSIONED = re.compile(r"(?:på|i)\s+uppdrag\s+av", re.I)
# "12 miljoner kronor avsätts för uppdraget": the funds of the task just stated, part of
# that decision, when the sentence names no body that grants them.
_FUNDS_OF_IT = re.compile(
    r"\b(?:avsätts|avsattes|tilldelas|beviljas)\b.*\bför\s+(?:uppdraget|arbetet|satsningen|"
    r"insatsen|projektet)\b",
    re.I,
)
# In minutes only: "Information/dialog om X läggs till" (to the agenda).
_MINUTES_CUE = re.compile(r"\b(?:läggs|lades)\s+till\b", re.I)
# "Fem motioner om X behandlades. Samtliga motioner avslogs.": the short sentence's
# subject points back to the sentence before, which says what was decided on.
_ANAPHOR = re.compile(r"^\W*(?:samtliga|alla|båda|bägge|dessa)\b", re.I)
_ANAPHOR_WORDS = 6
# "... begärde pengar för X. Fullmäktige anslog nu medel för detta.": the object points back.
_THIS_OBJECT = re.compile(r"\b(?:för|om|till|åt)\s+detta\W*$", re.I)
_THIS_WORDS = 9
# A task or referral given, whose giver the sentence may leave unsaid.
_TASK = re.compile(r"uppdrag|remiss|" + MONEY_RECEIVED, re.I)
# "Nu skickar vi ut förslaget på remiss": the sender's own act, no task given to it.
_SENDS_OUT = re.compile(r"(?:skickar|skickade|sänder|sände)\s", re.I)
# Not a decision taken: a participle ("de beslutade aktiviteterna"), a quote, a heading
# ("Motioner som besvarades var:"), unless what was decided precedes the colon
# ("beslutades att återremittera ärendet enligt yrkandet nedan:").
# "Det här beslutade kommunfullmäktige den 15 maj": a pronoun for what was decided,
# stated elsewhere (a title, or the sentence before).
# "Tranås beslutade" (a series' title): an active decision verb with nothing decided.
_NO_OBJECT = re.compile(r"^\W*\S+(?:\s+\S+)?\s+(?:beslutade|beslöt|bestämde)\W*$", re.I)
_NOT_A_STATEMENT = re.compile(
    r"\bbeslutade\s+\w+(?:na|erna)\b|^\s*[\u2013-]\s|"
    r"^\W*(?:det\s+här|detta|så\s+här)\s+(?:beslutade|beslöt|har\s+(?:\w+\s+){1,3}?beslutat)\b|"
    r"\b(?:säger|avslutar|berättar|menar|fortsätter)\b|"
    # an indirect question about decisions: "en beskrivning av hur kommunstyrelsen beslutade"
    r"\b(?:hur|vad|vilka|vilket)\s+(?:[\w-]+\s+){1,3}?(?:beslutade|beslöt|har\s+beslutat)\b|"
    r"^(?!.*\bbeslut(?:ade|ades|ats)\s+att\s+\w+\s+\w+\s+\w+).*:\s*$",
    re.I,
)
_MIN_WORDS = 4
_MIN_WORDS_AT_MEETING = 2  # "Motionen avslås." under a meeting's heading
_HEADING_WORDS = 10
_MARKED_WORDS = 6  # a decision after a 'Beslut' marker states its matter in this many
_TOP_LINES = 8
# A list mark; a bare item number before a capital ("3 Nämnderna får i uppdrag ...").
BULLET = re.compile(r"^\s*(?:[-•*\u2013]|\d{1,3}[.)]|§\s*\d+|\d{1,2}\s+(?=[A-ZÅÄÖ][a-zåäö]))\s*")
_LOOKBACK = 2000  # characters: a list's heading stays this close


@dataclass(frozen=True, slots=True)
class VerbDecision:
    body: ActorHit | None  # None: a task given by no body the page names
    clause: Span  # what was decided
    when: DateMention | None
    evidence: Span
    rule: str = "decision.verb"
    summary: str | None = None  # in other words than the clause's ("Motion om X besvarades")


def _heading_body(ctx: Context, sentence: Span) -> ActorHit | None:
    """The latest short heading line naming a body before the sentence, else a body in
    the page's first short lines (its masthead)."""
    starts = ctx.line_starts()
    i = bisect.bisect_right(starts, sentence.start) - 1
    while i > 0:
        i -= 1
        line_start, line_end = starts[i], starts[i + 1] - 1
        if line_start < sentence.start - _LOOKBACK:
            break
        if _short_line(ctx.text[line_start:line_end]):
            found = _committees(deciders(ctx, line_start, line_end))
            if found:
                return found[0]
    for line in head_lines(ctx, _TOP_LINES):
        if _short_line(line.group()):
            found = _committees(deciders(ctx, line.start(), line.end()))
            if found:
                return found[0]
    return None


def _short_line(text: str) -> bool:
    return bool(t := text.strip()) and len(t.split()) <= _HEADING_WORDS and not t.endswith(".")


def _committees(found: list[ActorHit]) -> list[ActorHit]:
    return [a for a in found if a.kind is not OrganizationKind.MUNICIPALITY]


def decision_body(
    ctx: Context,
    sink: FactSink,
    sentence: Span,
    cue_start: int,
    cue_end: int,
    givers: list[tuple[int, ActorHit]] | None = None,
) -> tuple[ActorHit | None, bool]:
    """(body, found): the body the sentence names, else the meeting's, else nearby ones.
    `found` is False when no body is known at all. `givers` are the bodies of the page's
    decisions so far, by position: a task without a giver is the latest one's."""
    named = (
        perfect_subject(ctx, cue_start, cue_end)
        or explicit_body(ctx, sink, sentence, cue_start, cue_end)
        or subject_body(ctx, sentence, cue_start)
    )
    if named is not None:
        return board_of(ctx, sink, meeting_board(ctx, named, sentence, cue_start)), True
    named = association_body(ctx, sentence)  # "Styrelsen beslutade" on a federation's page
    if named is not None:
        return named, True
    # "Igår antog kommunfullmäktige en ny vision": the subject after the verb
    named = body_after_verb(ctx, Span(cue_start, cue_end), sentence.end)
    if named is not None:
        return board_of(ctx, sink, named), True
    meeting = meeting_before(ctx, sentence.start, dated=False)
    if meeting is not None and meeting.body is not None:
        return meeting.body, True
    if _IMPERSONAL.search(ctx.text, sentence.start, cue_end):
        return None, True  # "Det beslutades att mötet ...": taken by no body the page names
    if _TASK.search(ctx.text, cue_start, cue_end) and not _SENDS_OUT.match(
        ctx.text, cue_start, cue_end
    ):  # "skickar vi ut X på remiss": the sender's own act
        # A task's giver: the body of the page's latest decision before it that is not
        # its receiver ("Regeringen har gett ... Trafikanalys får därför i uppdrag"), else
        # none the page names.
        receivers = {a.node_id for a in deciders(ctx, sentence.start, sentence.end)}
        earlier = [
            body
            for start, body in givers or []
            if start < sentence.start and body.node_id not in receivers
        ]
        if not earlier:  # on the government's site, or right after its act, the government's
            return government_site(ctx) or government_before(ctx, sentence), True
        return earlier[-1], True
    if unread_subject(ctx, sentence, cue_start):
        # "Regionfullmäktige beslutade" on a site no rule places: that body, unknown; minutes
        # record the decision all the same
        return None, minutes_page(ctx)
    found = _heading_body(ctx, sentence)
    if found is None:
        earlier = _committees(deciders(ctx, max(0, sentence.start - _LOOKBACK), sentence.start))
        found = earlier[-1] if earlier else None
    if found is None:
        site = ctx.site_actor()
        if site is not None and any(a.node_id == site.node_id for a in ctx.actors):
            found = site
    if found is None and minutes_page(ctx):
        publisher = ctx.publisher_id()  # minutes copied to another site
        found = next((a for a in ctx.actors if a.node_id == publisher and not a.anaphoric), None)
        # Minutes record decisions even when their body's name was not read.
        return found, True
    return found, found is not None


_MONEY_CUE = re.compile(MONEY_RECEIVED, re.I)
# "Projektet får 350 000 kronor från X": money a project gets is its funding.
_THING_FUNDED = re.compile(
    r"\W*[a-zåäö]*(?:projektet|satsningen|initiativet|arbetet|verksamheten|programmet)\s+$",
    re.I,
)


def _money_to_no_body(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """'Projektet får 350 000 kronor från X': money a project gets is funding (a FUNDS
    link), not a decision; money a body gets is the giver's decision."""
    return bool(
        _MONEY_CUE.fullmatch(cue.group())
        and _THING_FUNDED.fullmatch(ctx.text, sentence.start, cue.start())
    )


def clause_start(ctx: Context, sentence: Span) -> int:
    """Where the sentence's decision starts: after its list marker, or after the last
    'Beslut' marker of a run-on minutes line, unless what follows the marker only points
    back to the item ("... Svar på motion om X Beslut Motionen avslås.")."""
    line = ctx.text[sentence.start : sentence.end]
    start = decision_marker_end(line)
    if len(line[start:].split()) < _MARKED_WORDS and BACK_REFERENCE.match(line, start):
        start = 0
    bullet = BULLET.match(line, start)
    start = past_header(line, bullet.end() if bullet else start)
    return sentence.start + passive_lead_end(line, start)


def _antecedent(ctx: Context, index: int, line: str) -> Span | None:
    """The sentence before, in the same paragraph, that a short anaphoric one continues."""
    words = len(line.split())
    subject = words < _ANAPHOR_WORDS and _ANAPHOR.match(line)
    if index == 0 or not (subject or (words < _THIS_WORDS and _THIS_OBJECT.search(line))):
        return None
    previous = ctx.sentences[index - 1]
    gap = ctx.text[previous.end : ctx.sentences[index].start]
    if "\n" in gap or CUE.search(ctx.text, previous.start, previous.end):
        return None
    return previous


def _is_heading(ctx: Context, span: Span) -> bool:
    """A headline: one line, no full stop; not the page's cut-off last sentence."""
    line = ctx.text[span.start : span.end]
    if cut_off_last(ctx, span):
        return False
    return "\n" not in line.strip() and not line.rstrip().endswith((".", "!", "?"))


def verb_decisions(
    ctx: Context,
    sink: FactSink,
    taken: list[Span],
    restating: bool,
    givers: list[tuple[int, ActorHit]],
) -> list[VerbDecision]:
    """The sentences' decisions, outside the spans other rules already read. When other
    rules read decisions on the page (`restating`), a dateless headline with a decision
    verb is the same decision restated ("Välfärdsnämnden beslutade om medverkan").
    `givers`: the bodies of the decisions other rules read, by position."""
    found: list[VerbDecision] = []
    givers = sorted(givers, key=lambda g: g[0])
    minutes = minutes_page(ctx)
    min_words = _MIN_WORDS_AT_MEETING if meetings(ctx) else _MIN_WORDS
    for index, sentence in enumerate(ctx.sentences):
        if overlaps_any(taken, sentence):
            continue
        line = ctx.text[sentence.start : sentence.end]
        cue = CUE.search(ctx.text, sentence.start, sentence.end)
        if cue is None and minutes:
            cue = _MINUTES_CUE.search(ctx.text, sentence.start, sentence.end)
        back = _antecedent(ctx, index, line) if cue else None
        if back is not None:
            sentence = Span(back.start, sentence.end)
            line = ctx.text[sentence.start : sentence.end]
        if cue is not None and counts_decisions(line):
            # "regeringen har beslutat om tre nya uppdrag": no decision, but the giver
            # of the tasks that follow ("Trafikanalys får därför i uppdrag ...").
            lead = subject_body(ctx, sentence, cue.start())
            if lead is not None:
                givers = sorted([*givers, (sentence.start, lead)], key=lambda g: g[0])
            continue
        if (
            cue is None
            or len(line.split()) < min_words
            or _NOT_A_STATEMENT.search(line)
            or _NO_OBJECT.search(line)
            or procedural(line)
            or housekeeping(line)
            or rejected_amendment(ctx, index)
            or unstated(ctx.text, sentence.start, cue)
            or in_proposal_section(ctx, sentence.start)
            or not_taken(ctx.text[sentence.start : min(sentence.end, cue.end() + 40)])
            or (GRANT_VERB.fullmatch(cue.group()) and not (SUM.search(line) or PERMIT.search(line)))
            or (_FUNDS_OF_IT.search(line) and not deciders(ctx, sentence.start, sentence.end))
            or officials_propose(ctx, sentence, cue)
            or official_acts(ctx, sentence, cue)
            or background_task(ctx, sentence, cue)
            or grant_to_organisation(ctx, cue)
            or attributive(ctx, cue)
            or _money_to_no_body(ctx, sentence, cue)
            or label_line(ctx, sentence, cue)
            or describes_matter(ctx, sentence, cue)
            or adopted_by_head_in(sink, sentence)
        ):
            continue
        body, known = decision_body(ctx, sink, sentence, cue.start(), cue.end(), givers)
        if _COMMISSIONED.match(cue.group()):
            # "på uppdrag av regeringen": the body named there, or no decision at all
            # ("framtagen på uppdrag av ett konsultbolag").
            if made_by(ctx, sentence.start, cue.start(), sentence.end):
                continue
            after = deciders(ctx, cue.end(), min(sentence.end, cue.end() + 40))
            named = after[0] if after and not ctx.text[cue.end() : after[0].start].strip() else None
            body, known = named, named is not None
        restated = restating and not ctx.dates_in(sentence) and _is_heading(ctx, sentence)
        if not known or restated:
            continue
        start = relative_subject(ctx, sentence, cue.start()) or clause_start(ctx, sentence)
        if proposed_before(ctx.text[sentence.start : start], start - sentence.start):
            continue  # "... Förslag till beslut Skrivelserna läggs till handlingarna."
        when = decision_date(ctx, sentence, cue.start(), cue.end(), body)
        if when is None and body is not None and _TASK.search(ctx.text, cue.start(), cue.end()):
            dated = [(v.body.node_id if v.body else "", v.evidence.end, v.when) for v in found]
            when = lead_date(dated, body.node_id, sentence.start)
        found.append(VerbDecision(body, Span(start, sentence.end), when, sentence))
        if body is not None:
            givers = sorted([*givers, (sentence.start, body)], key=lambda g: g[0])
    return _without_restating_headlines(ctx, found)


def _without_restating_headlines(ctx: Context, found: list[VerbDecision]) -> list[VerbDecision]:
    """'Nämnden beslutade enligt AU:s förslag' as the headline over 'Nämnden beslutade
    bifalla ...': a dateless headline restates a decision of the same body the text states."""

    def headline(v: VerbDecision) -> bool:
        return _is_heading(ctx, v.evidence) and not ctx.dates_in(v.evidence)

    stated = {v.body.node_id for v in found if v.body is not None and not headline(v)}
    return [v for v in found if not (headline(v) and v.body and v.body.node_id in stated)]

"""Decisions stated by their verb, as decision lists and minutes state them.

Why a rule of its own: "Beslut i korthet" lists, § items in minutes and
government press releases state one decision per sentence or line, by a verb
("godkände", "avslogs", "får i uppdrag", "förlängs", "beviljades",
"har beslutat"), often without naming the body in the same sentence: the body
is the list's heading ("Kommunfullmäktige 12 december") or the meeting the
minutes record, and the date is the meeting's.

Rule decision.verb: a sentence with a decision verb, not already read by the
other decision rules and not the adoption of a steering document (that is an
ADOPTED link, not a Decision). Its body is the deciding organisation before the
verb in the sentence, else the latest body named before the sentence, else the
organisation whose site the page is on. Its date is the sentence's own, else
the latest date stated before it (the meeting's), else the page's date.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.dates import DateMention
from ingest.segment import Span

__all__ = ["VerbDecision", "verb_decisions"]

_CUE = re.compile(
    r"\b(?:beslutade|beslöt|har\s+beslutat|beslutat|beslutar|beslutades|godkände|godkändes|"
    r"godkänns|godkänt|avslogs|avslås|avslog|bifölls|bifalls|biföll|bifallit|besvarades|"
    r"besvaras|anses\s+besvarad|i\s+uppdrag|uppdrag\s+(?:till|åt)|fastställde|fastställdes|"
    r"fastställs|förlängs|förlängdes|förlängde|beviljade|beviljas|beviljades|avsätts|avsattes|"
    r"tilldelas|tilldelades|föreslår\s+(?:kommun|region)?fullmäktige|på\s+remiss|"
    r"beslutar\s+att|till\s+handlingarna|tillstyrker|tillstyrkte|avstyrker|avstyrkte|"
    r"bifaller|avslår|återremitteras|återremitterades|antecknas)\b",
    re.I,
)
_ADOPTS = re.compile(
    r"\b(?:antog|antogs|antagit|antas|anta|fastställde|fastställdes|fastställs|godkände|"
    r"godkändes|godkänns|reviderade|reviderades|beslutade\s+om|beslöt\s+om)\b",
    re.I,
)
# Not a decision taken: a standing mandate ("har i uppdrag"), a participle ("de
# beslutade aktiviteterna"), a quote, or a heading ("Motioner som besvarades var:").
_NOT_TAKEN = re.compile(
    r"\bhar\s+(?:i\s+)?uppdrag\b|\bbeslutade\s+\w+(?:na|erna)\b|^\s*[\u2013-]\s|"
    r"\b(?:säger|avslutar|berättar|menar|fortsätter)\b|:\s*$",
    re.I,
)
# "Socialnämnden får i uppdrag": the body before the verb receives the task.
_RECEIVES = re.compile(r"\s+(?:får|fick|ges|gavs|har\s+fått)\s+(?:\w+\s+){0,3}?i\s+uppdrag\b")
_MIN_WORDS = 4
# "... godkänns av fullmäktige": a passive verb names its body after "av".
_PASSIVE_BY = re.compile(r"\s+(?:\w+\s+){0,2}?av\s+$")
_HEADING_WORDS = 10
_TOP_LINES = 8
_BULLET = re.compile(r"^\s*(?:[-•*\u2013]|\d{1,3}[.)]|§\s*\d+)\s*")
_DECIDERS = (
    OrganizationKind.COMMITTEE,
    OrganizationKind.FORUM,
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.AGENCY,
)
_LOOKBACK = 2000  # characters: a list's heading or a meeting's date stays this close


@dataclass(frozen=True, slots=True)
class VerbDecision:
    body: ActorHit
    summary: str
    when: DateMention | None
    evidence: Span


def _adopts_document(ctx: Context, sentence: Span) -> bool:
    text = ctx.text[sentence.start : sentence.end]
    return bool(_ADOPTS.search(text)) and bool(ctx.documents_in(sentence))


def _deciders(ctx: Context, start: int, end: int) -> list[ActorHit]:
    return [a for a in ctx.actors if a.kind in _DECIDERS and start <= a.start and a.end <= end]


# "Kommunfullmäktige gav 2022 kommunstyrelsen i uppdrag": the giver decided.
_GIVES = re.compile(r"\b(?:gav|ger|ge|har\s+gett|har\s+givit|hade\s+gett)\b", re.I)
# A date of what the decision is about, not of the decision: "för januari-augusti 2019".
_ABOUT_DATE = re.compile(r"(?:\b(?:för|under|från|till|inför|efter)|[\u2013-])\s*$", re.I)


def _subject(ctx: Context, sentence: Span, cue_start: int, cue_end: int) -> ActorHit | None:
    """The body the sentence itself names: the agent of a passive ('godkänns av
    fullmäktige'), else a body before the verb that does not receive a task. A
    municipality counts only as the sentence's first words ('Motala kommun lämnar ...')."""
    for actor in _deciders(ctx, cue_end, sentence.end):
        if _PASSIVE_BY.fullmatch(ctx.text, cue_end, actor.start):
            return actor
    gives = _GIVES.search(ctx.text, sentence.start, cue_start)
    if gives:
        givers = _deciders(ctx, sentence.start, gives.start())
        if givers:
            return givers[-1]
    before = [
        a
        for a in _deciders(ctx, sentence.start, cue_start)
        if not _RECEIVES.match(ctx.text, a.end, sentence.end)
        and (
            a.kind is not OrganizationKind.MUNICIPALITY
            or not ctx.text[sentence.start : a.start].strip()
        )
    ]
    return before[-1] if before else None


def _heading_body(ctx: Context, sentence: Span) -> ActorHit | None:
    """The body of the list or minutes the sentence stands in: the latest short heading
    line naming a body before it, else a body in the page's masthead (its first lines)."""
    starts = ctx.line_starts()
    i = bisect.bisect_right(starts, sentence.start) - 1
    while i > 0:
        i -= 1
        line_start, line_end = starts[i], starts[i + 1] - 1
        if line_start < sentence.start - _LOOKBACK:
            break
        text = ctx.text[line_start:line_end].strip()
        if text and len(text.split()) <= _HEADING_WORDS and not text.endswith("."):
            found = [
                a
                for a in _deciders(ctx, line_start, line_end)
                if a.kind is not OrganizationKind.MUNICIPALITY
            ]
            if found:
                return found[0]
    top = list(itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", ctx.text), _TOP_LINES))
    if top:
        found = [
            a
            for a in _deciders(ctx, 0, top[-1].end())
            if a.kind is not OrganizationKind.MUNICIPALITY
        ]
        if found:
            return found[0]
    return None


def _body(ctx: Context, sentence: Span, cue: re.Match[str]) -> ActorHit | None:
    found = _subject(ctx, sentence, cue.start(), cue.end()) or _heading_body(ctx, sentence)
    if found is not None:
        return found
    earlier = [
        a
        for a in _deciders(ctx, max(0, sentence.start - _LOOKBACK), sentence.start)
        if a.kind is not OrganizationKind.MUNICIPALITY
    ]
    if earlier:
        return earlier[-1]
    site = ctx.site_actor()
    named = site is not None and any(a.node_id == site.node_id for a in ctx.actors)
    if named:
        return site
    # Minutes copied to another site: the municipality they are from.
    if not _MINUTES.search(ctx.text, 0, _MASTHEAD_CHARS):
        return None
    publisher = ctx.publisher_id()
    return next((a for a in ctx.actors if a.node_id == publisher and not a.anaphoric), None)


_MINUTES = re.compile(r"protokoll|sammanträde|justera", re.I)
_MASTHEAD_CHARS = 600


def _when(ctx: Context, sentence: Span) -> DateMention | None:
    own = [
        d
        for d in ctx.dates_in(sentence)
        if not _ABOUT_DATE.search(ctx.text, max(sentence.start, d.start - 12), d.start)
    ]
    if own:
        return own[0]
    earlier = [
        d
        for d in ctx.dates
        if d.resolved and sentence.start - _LOOKBACK <= d.start < sentence.start
    ]
    return earlier[-1] if earlier else None


def _is_heading(line: str) -> bool:
    """A headline: one line, no full stop."""
    return "\n" not in line.strip() and not line.rstrip().endswith((".", "!", "?"))


# "Regionstyrelsen beslutar att" on a line of its own: the next sentence is what it decided.
_INTRO = re.compile(r"\b(?:beslutar|beslutade|beslöt)(?:\s+att)?\s*:?\s*$", re.I)


def _intro_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for intro, nxt in zip(ctx.sentences, ctx.sentences[1:], strict=False):
        line = ctx.text[intro.start : intro.end]
        if not _INTRO.search(line) or any(t.start < nxt.end and nxt.start < t.end for t in taken):
            continue
        bodies = _deciders(ctx, intro.start, intro.end)
        if not bodies:
            continue
        summary = _BULLET.sub("", ctx.text[nxt.start : nxt.end]).strip()
        found.append(
            VerbDecision(bodies[0], summary, _when(ctx, intro), Span(intro.start, nxt.end))
        )
    return found


def verb_decisions(
    ctx: Context, taken: list[Span], bodies: frozenset[str] = frozenset()
) -> list[VerbDecision]:
    """The sentences' decisions, outside the spans other rules already read. When other
    rules read decisions on the page, a dateless headline with a decision verb is the
    same decision restated ("Välfärdsnämnden beslutade om medverkan"), not another."""
    found = _intro_decisions(ctx, taken)
    taken = [*taken, *(v.evidence for v in found)]
    for sentence in ctx.sentences:
        if any(t.start < sentence.end and sentence.start < t.end for t in taken):
            continue
        cue = _CUE.search(ctx.text, sentence.start, sentence.end)
        line = ctx.text[sentence.start : sentence.end]
        if (
            cue is None
            or len(line.split()) < _MIN_WORDS
            or _NOT_TAKEN.search(line)
            or _adopts_document(ctx, sentence)
        ):
            continue
        body = _body(ctx, sentence, cue)
        restated = bool(bodies) and not ctx.dates_in(sentence) and _is_heading(line)
        if body is None or restated:
            continue
        summary = _BULLET.sub("", line).strip()
        found.append(VerbDecision(body, summary, _when(ctx, sentence), sentence))
    return found

"""Dates borrowed within one undated meeting report.

Why: a page that reports a body's meeting without its date often states the date once,
by the first decision ("Bildningsutskottet beslutade 15 oktober 2020 att ..."), and not
by the ones after it ("Bildningsförvaltningen får i uppdrag att ..."). An undated
decision of that body takes the date of its decision stated before.

A decision whose sentence opens "Samtidigt", "Vid samma tillfälle|sammanträde|möte" or
"I samband med det|detta|beslutet" was taken with the decision of the sentence right
before it, and takes that one's date ("Regeringen beslutade i mars 2020 om X.
Samtidigt gav regeringen Y i uppdrag att ..."). An undated decision takes the day a later
sentence gives "the decision" about it ("Beslutet om att förlänga X fattades den 6
februari").
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from graph.nodes import DatePrecision, Decision
from ingest import ids
from ingest.context import Context
from ingest.language.dates import DateMention
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.decision_found import F
from ingest.rules.decision_page import meetings

__all__ = ["borrow_dates", "later_dates", "same_time_dates", "told_day"]


def borrow_dates(ctx: Context, found: list[F]) -> list[F]:
    """`found` with the undated decisions of an undated meeting's body dated by that
    body's decision stated before them."""
    undated = {m.body.node_id for m in meetings(ctx) if m.body and m.date is None}
    if not undated:
        return found
    out = list(found)
    last: dict[str, Decision] = {}
    for i in sorted(range(len(out)), key=lambda i: out[i].evidence.start):
        f = out[i]
        if f.body is None:
            continue
        body_id = f.body.node_id
        earlier = last.get(body_id) if body_id in undated else None
        if f.decision.date is None and earlier is not None and earlier.date is not None:
            day, precision = earlier.date, earlier.date_precision
            new_id = ids.decision_id(body_id, day, f.decision.summary)
            decision = dataclasses.replace(
                f.decision, id=new_id, date=day, date_precision=precision
            )
            out[i] = f = dataclasses.replace(f, decision=decision)  # type: ignore[type-var]
        if f.decision.date is not None:
            last[body_id] = f.decision
    return out


_SAME_TIME = re.compile(
    r"\W*(?:samtidigt|vid\s+samma\s+(?:tillfälle|sammanträde|möte)"
    r"|i\s+samband\s+med\s+(?:det|detta|beslutet))\b(?!\s+som\b)",
    re.I,
)


def _sentence_index(ctx: Context, start: int) -> int:
    return bisect.bisect_right([s.start for s in ctx.sentences], start) - 1


def same_time_dates(ctx: Context, found: list[F]) -> list[F]:
    """`found` with an undated decision opening "Samtidigt ..." dated by the dated
    decision of the sentence right before it, or by that sentence's one day if it tells of
    an adoption or a decision."""
    out = list(found)
    for i, f in enumerate(out):
        if f.decision.date is not None or not _SAME_TIME.match(ctx.text, f.evidence.start):
            continue
        index = _sentence_index(ctx, f.evidence.start)
        if index < 1:
            continue
        before: Span = ctx.sentences[index - 1]
        earlier = next(
            (
                g.decision
                for g in out
                if g.decision.date is not None and before.start <= g.evidence.start < before.end
            ),
            None,
        )
        if earlier is not None:
            out[i] = _dated(f, earlier.date, earlier.date_precision)
            continue
        # "Den 3/2 antog regionfullmäktige agendan. Samtidigt uppdrogs ...": an adoption's day.
        days = {d.value for d in ctx.dates_in(before) if d.precision is DatePrecision.DAY}
        if len(days) == 1 and _ADOPTING.search(ctx.text, before.start, before.end):
            out[i] = _dated(f, days.pop(), DatePrecision.DAY)
    return out


# (also the government presenting its strategy: "Under fredagen presenterade regeringen X.
# Samtidigt får KB i uppdrag ...")
_ADOPTING = re.compile(
    r"\b(?:antog|fastställde|godkände|antogs|fastställdes|godkändes|beslutade|beslöt|"
    r"presenterade|lanserade)\b",
    re.I,
)


def _dated(f: F, day: str | None, precision: DatePrecision | None) -> F:
    """`f` with its decision dated `day` (its id, which holds the day, too)."""
    owner = f.body.node_id if f.body else None
    decision = dataclasses.replace(
        f.decision,
        id=ids.decision_id(owner, day, f.decision.summary) if owner else f.decision.id,
        date=day,
        date_precision=precision,
    )
    return dataclasses.replace(f, decision=decision)  # type: ignore[type-var]


# "Beslutet om att förlänga X fattades av regeringen den 6 februari": the day, told after.
_TOLD_LATER = compile_guarded(
    r"\bBeslut(?:et|en)\b(?:\s+om\s+(?:att\s+)?(?P<what>[^.!?]{3,200}?))?"
    r"\s+(?:fattades|togs|har\s+fattats|har\s+tagits)\s+(?:av\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:den|på|vid|i|under)\s",
    re.I,
)
_STEM = 5  # "Perssons" and "Persson": one word, inflected
_NEAR = 600  # characters from an unnamed decision to the sentence that dates it


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


def told_day(ctx: Context, sentence: Span) -> tuple[re.Match[str], DateMention] | None:
    """The day the sentence tells "the decision" was taken, with the match."""
    m = _TOLD_LATER.search(ctx.text, sentence.start, sentence.end)
    day = next(iter(ctx.dates_in(Span(m.end(), sentence.end))), None) if m else None
    if m is None or day is None or day.precision is not DatePrecision.DAY:
        return None
    return m, day


def later_dates(ctx: Context, found: list[F]) -> list[F]:
    """`found` with an undated decision dated by a later sentence that tells when "the
    decision" (about it: most of its words) was taken."""
    out = list(found)
    for sentence in ctx.sentences:
        told = told_day(ctx, sentence)
        if told is None:
            continue
        m, day = told
        what = _stems(m.group("what") or "")
        undated = [
            i
            for i, f in enumerate(out)
            if f.decision.date is None
            and f.evidence.end <= sentence.start
            and (
                len(what & _stems(f.decision.summary)) * 2 > len(what)
                if what
                else sentence.start - f.evidence.end < _NEAR  # "Beslutet fattades ..."
            )
        ]
        if not undated:
            continue
        i = max(undated, key=lambda i: out[i].evidence.start)  # the nearest before
        out[i] = _dated(out[i], day.value, day.precision)
    return out

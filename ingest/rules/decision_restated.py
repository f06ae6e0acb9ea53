"""Decisions a page states twice: a lead that sums them up, then a list that details them.

Why: press releases and decision lists open with a summary ("Idag har regeringen
beslutat att tillsätta en utredare och att ge X ett uppdrag.") and then state each
decision in full under "Regeringen beslutade att:". Each is one decision: the fuller
statement is kept, and takes the lead's date when it has none of its own.

A decision restates another when both are of one body, stated close together, and
every content word of the shorter one is in the longer one, unless the two are parallel
items of one list (one rule, the same opening words).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ingest import ids
from ingest.rules.decision_found import F

__all__ = ["Statement", "covered", "merge_restated", "restated", "without_covered_leads"]

_NEAR = 1500  # characters between the two statements
_MIN_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{3,}")
_FUNCTION_WORDS = frozenset(
    [
        "att",
        "och",
        "för",
        "med",
        "som",
        "till",
        "samt",
        "från",
        "den",
        "det",
        "denna",
        "detta",
        "dess",
        "ett",
        "alla",
        # auxiliaries: "remissversionen ska skickas ut" restates "som skickas ut"
        "ska",
        "skall",
        "kommer",
        "bör",
    ]
)


@dataclass(frozen=True, slots=True)
class Statement:
    body: str | None  # the deciding body's node id
    summary: str
    start: int  # where the page states it
    rule: str = ""  # the rule that read it


_PARALLEL_WORDS = 3


def _parallel(a: Statement, b: Statement) -> bool:
    """Two items of one list, read by one rule and opening alike ("Att ge X i uppdrag att
    utreda förslaget", "Att ge X i uppdrag att utreda förslaget inom ramen"): two
    decisions, not one restated."""
    head = _PARALLEL_WORDS
    return (
        bool(a.rule)
        and a.rule == b.rule
        and (a.summary.lower().split()[:head] == b.summary.lower().split()[:head])
    )


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _FUNCTION_WORDS)


_ENDING = 3  # "lokal" and "lokalt", "godkänna" and "godkänns": one word, inflected
_LOOSE_WORDS = 6  # a lead this long may name one thing more ("... i Åseda")


def _same_word(a: str, b: str) -> bool:
    """One word in two inflections: one is the other's start, or they differ only in an
    ending of a few letters ("godkänna", "godkänns"); not "revisionsrapporten" and
    "revisorerna", which share only their first letters."""
    if a.startswith(b) or b.startswith(a):
        return True
    shorter = min(len(a), len(b))
    common = next((i for i in range(shorter) if a[i] != b[i]), shorter)
    return common >= 5 and common >= shorter - _ENDING


# "500 000 kronor", "3,5 miljoner kronor": a sum both statements name.
_SUM = re.compile(r"\d[\d\s.,]*\d\s*(?:kronor|kr|miljoner|miljarder|mnkr|tkr)\b", re.I)


def _sums(text: str) -> frozenset[str]:
    return frozenset(re.sub(r"\s", "", m.group(0).lower()) for m in _SUM.finditer(text))


def _restates(short: frozenset[str], full: frozenset[str], same_sum: bool = False) -> bool:
    """Every content word of `short` (but one, when it has many or names the sum `full`
    names: "avsätta 500 000 kronor till X" beside "satsa 500 000 kronor på X för Y") is in
    `full`, up to inflection."""
    if short < full:
        return True
    missing = [w for w in short if not any(_same_word(w, v) for v in full)]
    allowed = 1 if len(short) >= _LOOSE_WORDS or same_sum else 0
    return len(missing) <= allowed and len(short) < len(full)


def restated(statements: list[Statement]) -> dict[int, int]:
    """Index of each statement that restates another -> index of the fuller one kept."""
    words = [_words(s.summary) for s in statements]
    sums = [_sums(s.summary) for s in statements]
    out: dict[int, int] = {}
    for i, short in enumerate(statements):
        if short.body is None or len(words[i]) < _MIN_WORDS:
            continue
        for j, full in enumerate(statements):
            if (
                i == j
                or j in out
                or full.body != short.body
                or abs(full.start - short.start) > _NEAR
                or not _restates(words[i], words[j], bool(sums[i] & sums[j]))
                or _parallel(short, full)
            ):
                continue
            out[i] = j
            break
    return out


# A later mention in passing ("Detta går hand i hand med att kommunen ställer sig bakom
# X", "samverkansavtalet, som kommunchefen nu fått i uppdrag att teckna") restates the
# decision a named body was said to take ("har beslutat att ..."): that one is kept.
_STATED = "decision.beslutade_att"
_IN_PASSING = "decision.verb"
# The later one is subordinate: "... med att <subject> ...", "<noun>, som <subject> ...".
_SUBORDINATE = re.compile(
    r"^(?:[\w-]+\s+){0,8}?(?:med|genom|för|till|om|av)\s+att\s|^[^,.]{3,80},\s+som\s", re.I
)


def _kept_first(merged: dict[int, int], found: list[F]) -> dict[int, int]:
    out: dict[int, int] = {}
    for short, full in merged.items():
        a, b = found[short], found[full]
        if (
            a.rule == _STATED
            and b.rule == _IN_PASSING
            and _SUBORDINATE.match(b.decision.summary)
            and a.evidence.start < b.evidence.start
            and full not in out
        ):
            out[full] = short
        else:
            out[short] = full
    return out


def merge_restated(found: list[F]) -> list[F]:
    """The decisions found, less those restated in full by another, which takes the
    restated one's date when it has none (`found`: dataclasses with these fields)."""
    said = [
        Statement(f.body.node_id if f.body else None, f.decision.summary, f.evidence.start, f.rule)
        for f in found
    ]
    merged = _kept_first(restated(said), found)
    out = list(found)
    for short, full in merged.items():
        kept, lead = out[full], found[short].decision
        if kept.decision.date is None and lead.date is not None and kept.body is not None:
            new_id = ids.decision_id(kept.body.node_id, lead.date, kept.decision.summary)
            decision = dataclasses.replace(
                kept.decision, id=new_id, date=lead.date, date_precision=lead.date_precision
            )
            out[full] = dataclasses.replace(kept, decision=decision)  # type: ignore[type-var]
    return [f for i, f in enumerate(out) if i not in merged]


def covered(summary: str, others: list[str]) -> bool:
    """Every content word of `summary` is in one of `others`: a lead's "budget för 2016"
    beside "fastställde budget för 2016 samt budgetplan för 2017-2018"."""
    words = _words(summary)
    return bool(words) and any(words <= _words(o) and o != summary for o in others)


def without_covered_leads(found: list[F]) -> list[F]:
    """A lead's list item that another decision on the page states in full is that one."""
    full = [f.decision.summary for f in found if f.rule != "decision.some_of"]
    return [
        f for f in found if f.rule != "decision.some_of" or not covered(f.decision.summary, full)
    ]

"""A period fronted as a sentence's adverbial of time, given to the document it names.

Why: "2020-2025 satsar regeringen ... på en ny handlingsplan för X" states the plan's
period before the plan; but "Under 2019-2020 arbetade kommunen fram nya riktlinjer"
states the years of the work, not the guidelines' period.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_cand import Cand
from ingest.rules.document_phrases import YEARS, span_years

__all__ = ["fronted_periods"]

# "2020-2025 satsar regeringen ... på ny handlingsplan för X": a period fronted as the
# sentence's adverbial of time.
_FRONTED = re.compile(
    r"(?:(?:Under|För|Mellan)\s+(?:perioden\s+|åren\s+)?)?" + YEARS.pattern + r"\s+[a-zåäö]"
)

# "Under 2019-2020 arbetade kommunen fram nya riktlinjer": the years of the work.
_MAKING = re.compile(
    r"\b(?:arbeta(?:de|t|des)\s+(?:\w+\s+){0,3}?fram|t(?:og|agit|ogs|agits)\s+(?:\w+\s+){0,3}?fram"
    r"|utarbeta(?:de|t|des|ts))\b",
    re.I,
)


def fronted_periods(ctx: Context, found: list[Cand]) -> None:
    """A fronted period is the period of the only new document the sentence names."""
    for sentence in ctx.sentences:
        fm = _FRONTED.match(ctx.text, sentence.start, sentence.end)
        if fm is None or _MAKING.search(ctx.text, fm.end() - 1, sentence.end):
            continue
        inside = (c for c in found if sentence.start <= c.start < sentence.end)
        fresh = [c for c in inside if not (c.definite or c.predecessor or c.period)]
        if len(fresh) == 1:
            fresh[0].period = span_years(fm)

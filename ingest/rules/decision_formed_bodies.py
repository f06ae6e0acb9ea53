"""Decisions to set up a body: "Region Stockholm inrättade 2019 ett klimatkansli".

Why: regions, county boards and agencies report that they formed a forum, an office or a
council in their own name, with no deciding body's word ("beslutade") and no meeting:
"Länsstyrelsen och regionen har bildat Forum för folkhälsa i länet" (invented). Setting a
body up is an act the organisation decided, as a committee's "har inrättat en styrgrupp"
is (ingest.rules.decision_cues).

Rule decision.formed: a sentence no other rule read, where one or more organisations
stand right before "bildat|bildade|inrättat|inrättade|grundat|grundade" (after "har",
"Därför har", a year or a day may come between the verb and its object), and the object
is an indefinite noun phrase ("ett klimatkansli ...") or a capitalised name ("Forum för
...") -> a decision of the first organisation, from the verb to the sentence's end or
its relative clause, dated by the sentence's own date.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.activity_commitments import subject_parties
from ingest.rules.decision_dates import own_date
from ingest.rules.decision_verbs import VerbDecision

__all__ = ["formed_body_decisions"]

_VERB = re.compile(r"\b(?:bildat|bildade|inrättat|inrättade|grundat|grundade)\b")
# What may stand between the verb and its object: a year, "i dag", "nu", "också".
_GAP = re.compile(r"\s+(?:(?:19|20)\d\d\s+|i\s+dag\s+|idag\s+|nu\s+|också\s+|även\s+)*")
_OBJECT = re.compile(r"(?:en|ett)\s+[a-zåäö]|[A-ZÅÄÖ][a-zåäö]+")
# The object ends before a relative clause or an aside.
_END = re.compile(r",\s+(?:som|vilket|vilken|där)\b|\s+(?:som|vilket)\s+(?:blir|är|ska)\b")


def formed_body_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        if overlaps_any(taken, sentence):
            continue
        verb = _VERB.search(ctx.text, sentence.start, sentence.end)
        if verb is None:
            continue
        parties = subject_parties(ctx, sentence.start, verb.start())
        if not parties:
            continue
        gap = _GAP.match(ctx.text, verb.end(), sentence.end)
        start = gap.end() if gap else verb.end()
        # "inrättade den 3 mars 2019 ett klimatkansli": a day before the object
        day = next(
            (
                d
                for d in ctx.dates_in(Span(start, sentence.end))
                if ctx.text[start : d.start].strip().lower() in ("", "den", "i")
            ),
            None,
        )
        if day is not None:
            gap = _GAP.match(ctx.text, day.end, sentence.end)
            start = gap.end() if gap else day.end
        if not _OBJECT.match(ctx.text, start, sentence.end):
            continue
        end_match = _END.search(ctx.text, start, sentence.end)
        end = end_match.start() if end_match else sentence.end
        while end > start and ctx.text[end - 1] in ".!? ":
            end -= 1
        clause = Span(verb.start(), end)
        when = own_date(ctx, sentence, verb.start(), verb.end())  # "inrättade i mars 2019"
        found.append(VerbDecision(parties[0], clause, when, sentence, "decision.formed"))
    return found

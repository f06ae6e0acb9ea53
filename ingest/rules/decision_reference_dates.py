"""Dates from the references a § item in minutes lists before its text.

Why: a council's § item lists the papers it decided on, one a line, each with the body
that handled the matter and its meeting ("- Tekniska nämnden 2002-10-23, § 249",
"- Kommunstyrelsen 2002-12-12, § 310"). The item's text then says what those bodies
did without a date ("Kommunstyrelsen har föreslagit att ...", "Tekniska nämnden har
tillstyrkt motionen"): their decisions were taken at the meeting the reference names.

Rule: an undated decision of a body that exactly one reference names takes that
reference's date; a line may hold several ("(Kommunstyrelsen 2020-09-17, § 12 och
kommunfullmäktige 2020-12-14, § 98)"). A decision under the item's own "<Body>s beslut"
heading is the meeting's, never a reference's.
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import DatePrecision
from ingest import ids
from ingest.context import Context
from ingest.language.dates import DateMention
from ingest.language.segment import Span
from ingest.rules.decision_found import F, FoundDecision
from ingest.rules.decision_page import DECISION_SECTION

# A reference line: "- <body> <date>, § 249" (the body is read by the actor rules).
_LINE = re.compile(
    r"^[ \t]*[-•\u2013*]?[ \t]*(?P<rest>[^\n]{3,90}?),?[ \t]*§[ \t]*\d+[ \t]*$", re.M
)


# "- (Kommunstyrelsen 2020-09-17, § 12 och kommunfullmäktige 2020-12-14, § 98)": several
# references on one line, each a body, its meeting's date and a §.
_DAY = r"(?:19|20)\d{2}-\d{2}-\d{2}"
_PAIR = re.compile(
    r"(?P<body>[A-ZÅÄÖa-zåäö][^\n,;()§]{2,60}?)\s+(?P<date>" + _DAY + r"),?\s*§\s*\d+"
)
_PAIRS_LINE = re.compile(
    r"^[ \t]*[-•\u2013*]?[ \t]*\(?(?:[^\n,;()§]{3,60}?\s+" + _DAY + r",?\s*§\s*\d+"
    r"(?:\s*(?:,|och|samt)\s*|\s*\)?[ \t]*$)){2,}",
    re.M,
)


def reference_dates(ctx: Context) -> dict[str, DateMention]:
    """The date of each body that exactly one reference line names with a full date."""
    seen: dict[str, list[DateMention]] = {}
    for line in _LINE.finditer(ctx.text):
        span = Span(line.start("rest"), line.end("rest"))
        dates = [d for d in ctx.dates_in(span) if d.precision is DatePrecision.DAY]
        actors = [a for a in ctx.actors_in(span) if not a.anaphoric]
        if len(dates) != 1 or len(actors) != 1:
            continue
        gap = ctx.text[actors[0].end : dates[0].start]
        if actors[0].start - span.start > 2 or gap.strip(" ,\t"):
            continue  # the line is the body and its date, nothing else
        seen.setdefault(actors[0].node_id, []).append(dates[0])
    for line in _PAIRS_LINE.finditer(ctx.text):
        for pair in _PAIR.finditer(ctx.text, line.start(), line.end()):
            _add_pair(ctx, Span(pair.start(), pair.end("date")), seen)
    return {body: found[0] for body, found in seen.items() if len(found) == 1}


def _add_pair(ctx: Context, span: Span, seen: dict[str, list[DateMention]]) -> None:
    dates = [d for d in ctx.dates_in(span) if d.precision is DatePrecision.DAY]
    actors = [a for a in ctx.actors_in(span) if not a.anaphoric]
    if (
        len(dates) == 1
        and len(actors) == 1
        and not ctx.text[actors[0].end : dates[0].start].strip()
    ):
        seen.setdefault(actors[0].node_id, []).append(dates[0])


def _in_decision_section(ctx: Context, f: FoundDecision) -> bool:
    """Under the item's "Kommunstyrelsens beslut" heading: the meeting's own decision,
    not one of the referenced ones."""
    headings = list(DECISION_SECTION.finditer(ctx.text, 0, f.evidence.start))
    if not headings:
        return False
    return "§" not in ctx.text[headings[-1].end() : f.evidence.start]


def dated_by_references(ctx: Context, found: list[F]) -> list[F]:
    """`found` with each undated decision of a referenced body dated by its reference."""
    dates = reference_dates(ctx) if any(f.decision.date is None for f in found) else {}
    if not dates:
        return found
    out = list(found)
    for i, f in enumerate(out):
        body = f.body.node_id if f.body is not None else ""
        when = dates.get(body)
        if when is None or f.decision.date is not None or _in_decision_section(ctx, f):
            continue
        new_id = ids.decision_id(body, when.value, f.decision.summary)
        decision = dataclasses.replace(
            f.decision, id=new_id, date=when.value, date_precision=when.precision
        )
        out[i] = dataclasses.replace(f, decision=decision)  # type: ignore[type-var]
    return out

"""Which of a page's meetings dates (and names the body of) a decision stated at a point.

Why apart from ingest.rules.decision_page, which finds the meetings: the choice is the
nearest one before the point, else the first one after it, of the same body; a month
takes the day another statement of that meeting gives. A meeting dated after the page
was published is still to come ("På förbundsmötet den 21 mars väljer ...") and dates
no decision the page reports.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from graph.nodes import DatePrecision, OrganizationKind
from ingest.context import ActorHit, Context
from ingest.rules.decision_page import RELATIVE_DAY, Meeting, meetings

__all__ = ["meeting_before", "same_body"]


def same_body(a: ActorHit | None, b: ActorHit | None) -> bool:
    """A meeting's date serves a body's act when they are one body (or one is unknown, one
    is part of the other, or the municipality or region a committee belongs to)."""
    if a is None or b is None or a.node_id == b.node_id:
        return True
    if a.node_id.startswith(f"{b.node_id}:") or b.node_id.startswith(f"{a.node_id}:"):
        return True  # a federation's board and the federation
    broad = (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION)
    return a.kind in broad or b.kind in broad


def _own(meeting: Meeting, body: ActorHit | None) -> bool:
    return meeting.body is not None and body is not None and meeting.body.node_id == body.node_id


def _may_date(ctx: Context, reference: Meeting, start: int) -> bool:
    """A reference to a body's decision mid-sentence ("Som en följd av kommunstyrelsens
    beslut den 5 november ...") dates no decision stated after its sentence (a later item
    of the page's meeting); one that opens its line ("Kommunstyrelsens beslut den 5
    november:") dates those that follow too."""
    line_start = ctx.text.rfind("\n", 0, reference.start) + 1
    if not ctx.text[line_start : reference.start].strip():
        return True
    sentence = ctx.sentence_of(reference.start)
    return sentence is not None and start < sentence.end


def meeting_before(
    ctx: Context,
    start: int,
    *,
    dated: bool,
    body: ActorHit | None = None,
    coming: bool = False,
) -> Meeting | None:
    """The nearest meeting stated before `start` (with a date, or with a body), else the
    first one stated after it; with `body`, only a meeting of that body (see same_body).
    A reference to a body's decision dates only that body's own decisions. A meeting
    still to come decided nothing yet; `coming` takes it too (its chair chairs it now)."""
    usable = [
        m
        for m in meetings(ctx)
        if (m.date if dated else m.body) is not None
        and same_body(m.body, body)
        and (m.rule != "reference" or (_own(m, body) and _may_date(ctx, m, start)))
        and (coming or not _to_come(ctx, m))
    ]
    i = bisect.bisect_right([m.start for m in usable], start)
    chosen = usable[i - 1] if i > 0 else (usable[0] if usable else None)
    if dated and chosen is not None:
        return _refined(ctx, chosen, usable)
    return chosen


# Days told relative to the page: resolved against its date, never after it on purpose.
_RELATIVE = RELATIVE_DAY | {"date.dagens"}


# "På nämndens sammanträde 17 februari kommer följande att presenteras": in the future.
_WILL = re.compile(r"\bkommer\s+(?:\S+\s+){0,3}?att\b")
# "Fullmäktige sammanträder 6 februari, 9 mars, 27 april och ...": a year's schedule.
_SCHEDULE_DAYS = 3


def _to_come(ctx: Context, meeting: Meeting) -> bool:
    """A sentence's meeting on a stated day after the page's publication, told in the
    future tense ("kommer ... att"), or one of a schedule's days: still to come. (A
    heading's may be later: pages are updated with the next meeting's report.)"""
    when = meeting.date
    if meeting.rule == "sentence" and when is not None:
        sentence = ctx.sentence_of(meeting.start)
        if sentence is not None and _WILL.search(ctx.text, meeting.start, sentence.end):
            return True
        if sentence is not None and len(ctx.dates_in(sentence)) >= _SCHEDULE_DAYS:
            return True  # a schedule of meetings, none of them the one reported
    if meeting.rule != "sentence" or ctx.published is None or when is None:
        return False
    if when.value is None or when.precision is not DatePrecision.DAY or when.rule in _RELATIVE:
        return False
    return when.value > ctx.published.isoformat()


def _refined(ctx: Context, meeting: Meeting, usable: list[Meeting]) -> Meeting:
    """'Vid sammanträdet i september' after the heading 'Axplock från kommunstyrelsen 17
    september': the day another statement of the same body's meeting gives, when it falls
    in the month (or year) this one states; else, for a month, the one day the page tells
    relative to itself in that month ("torsdagskvällens beslut" over "fullmäktiges
    septembersammanträde")."""
    when = meeting.date
    if when is None or when.value is None or when.precision is DatePrecision.DAY:
        return meeting
    width = 7 if when.precision is DatePrecision.MONTH else 4
    for other in usable:
        day = other.date
        if (
            day is not None
            and day.value is not None
            and day.precision is DatePrecision.DAY
            and day.value[:width] == when.value[:width]
            and same_body(other.body, meeting.body)
        ):
            return dataclasses.replace(meeting, date=day)
    if when.precision is DatePrecision.MONTH:
        told = {
            d.value: d
            for d in ctx.dates
            if d.rule in _RELATIVE and d.value and d.value[:7] == when.value[:7]
        }
        if len(told) == 1:
            return dataclasses.replace(meeting, date=next(iter(told.values())))
    return meeting

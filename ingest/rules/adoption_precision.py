"""One adoption stated twice, the second time more precisely: the finer date wins.

Why: a page opens "X antogs av kommunfullmäktige 2024" and tells further down "Den 25
mars 2024 beslutade kommunfullmäktige att anta X". Both state one adoption; the year is
the day's year, so the day is the date of both links and of the document's adoption.
A finer date of another year is another adoption (a revision), and is left alone.

An undated adoption takes the day a sentence soon after it gives "the decision"
("Beslutet fattades den 25 maj"). An undated statement of an adoption the page also
dates to the day or month ("Vid måndagens kommunfullmäktige antogs X ...
Kommunfullmäktige beslutade att anta X") is that adoption: the undated link goes (a year
alone may be an earlier version's, and settles nothing).
"""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType
from graph.nodes import DatePrecision, Document
from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.decision_borrowed_dates import told_day

__all__ = ["finest_adoption_dates", "settle_undated_adoptions", "told_later_adoptions"]

_NEAR = 600  # characters from an undated adoption to the sentence that dates it
_RANK = {DatePrecision.YEAR: 0, DatePrecision.MONTH: 1, DatePrecision.DAY: 2}


def _rank(precision: DatePrecision | None) -> int:
    return _RANK[precision] if precision is not None else _RANK[DatePrecision.DAY]


def finest_adoption_dates(sink: FactSink) -> None:
    adopted = [(k, x) for k, x in sink.links.items() if x.type is LinkType.ADOPTED and x.date]
    for key, link in adopted:
        finer = [
            x
            for _, x in adopted
            if (x.from_id, x.to_id) == (link.from_id, link.to_id)
            and x.date
            and link.date
            and x.date[:4] == link.date[:4]
            and _rank(x.date_precision) > _rank(link.date_precision)
        ]
        if not finer:
            continue
        best = max(finer, key=lambda x: _rank(x.date_precision))
        sink.links[key] = dataclasses.replace(
            link, date=best.date, date_precision=best.date_precision
        )
        doc = sink.nodes.get(link.to_id)
        if (
            isinstance(doc, Document)
            and doc.adopted_on
            and best.date
            and doc.adopted_on[:4] == best.date[:4]
            and _rank(doc.adopted_precision) < _rank(best.date_precision)
        ):
            sink.nodes[link.to_id] = dataclasses.replace(
                doc, adopted_on=best.date, adopted_precision=best.date_precision
            )


def settle_undated_adoptions(sink: FactSink) -> None:
    """Drop an undated ADOPTED link beside one of the same body and document dated to the
    day or month; an undated link of a sentence that restates such an adoption ("anta
    det nya programmet, samt en tillhörande handlingsplan") takes its date."""
    adopted = [(k, x) for k, x in sink.links.items() if x.type is LinkType.ADOPTED]
    dated = {
        (x.from_id, x.to_id): x
        for _, x in adopted
        if x.date and x.date_precision is not DatePrecision.YEAR
    }
    for key, link in adopted:
        if link.date:
            continue
        if (link.from_id, link.to_id) in dated:
            del sink.links[key]
            continue
        restated = [
            dated[(x.from_id, x.to_id)]
            for _, x in adopted
            if x.from_id == link.from_id
            and x.to_id != link.to_id
            and not x.date
            and (x.evidence.start, x.evidence.end) == (link.evidence.start, link.evidence.end)
            and (x.from_id, x.to_id) in dated
        ]
        if restated:
            _date(sink, key, restated[0].date, restated[0].date_precision)


def _date(sink: FactSink, key: str, day: str | None, precision: DatePrecision | None) -> None:
    """Date the link at `key` (and its document, if undated) `day`."""
    link = sink.links[key]
    sink.links[key] = dataclasses.replace(link, date=day, date_precision=precision)
    doc = sink.nodes.get(link.to_id)
    if isinstance(doc, Document) and doc.adopted_on is None:
        sink.nodes[link.to_id] = dataclasses.replace(
            doc, adopted_on=day, adopted_precision=precision
        )


def told_later_adoptions(ctx: Context, sink: FactSink) -> None:
    """An undated adoption takes the day a sentence soon after it gives "the decision"
    ("Kommunfullmäktige har antagit X. ... Beslutet fattades den 25 maj.")."""
    for sentence in ctx.sentences:
        told = told_day(ctx, sentence)
        if told is None or told[0].group("what"):
            continue
        undated = [
            k
            for k, x in sink.links.items()
            if x.type is LinkType.ADOPTED
            and not x.date
            and 0 <= sentence.start - x.evidence.end < _NEAR
        ]
        for key in undated:
            _date(sink, key, told[1].value, told[1].precision)

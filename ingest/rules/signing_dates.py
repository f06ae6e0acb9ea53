"""The day of a signing told apart from who signed.

Why: a page may name the signers in one sentence and the day in another (invented
example): "Löftet skrevs under den 3 maj på torget. ... Medborgarlöftet undertecknades av
kommunens ordförande och polisens chef." The SIGNED links the second sentence gives have
no date; the first dates the same signing.

A SIGNED link without a date (its rule's evidence kept) takes the day of the sentences
that name the same document with a signing verb and a day (not after the page's date);
none when they give different days.
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import DatePrecision
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.dates import DateMention
from ingest.rules.relations_shared import taken_on

__all__ = ["date_signings"]

_SIGNING = re.compile(
    # "för att skriva under <doc>", "undertecknar", "skriver under": the purpose or present
    r"\b(?:(?:under)?teckna(?:de|des|ts|r)?|signera(?:de|des|ts|r)?|skrevs\s+under"
    r"|skriva\s+under|skr(?:ev|iver)\s+(?:[\wåäö]+\s+){0,6}?under)\b",
    re.I,
)


def _signing_days(ctx: Context, doc_id: str) -> set[tuple[str, DatePrecision]]:
    days: set[tuple[str, DatePrecision]] = set()
    for sentence in ctx.sentences:
        if _SIGNING.search(ctx.text, sentence.start, sentence.end) is None:
            continue
        if not any(d.node_id == doc_id for d in ctx.documents_in(sentence)):
            continue
        for found in ctx.dates_in(sentence):
            when: DateMention | None = taken_on(ctx, found)
            if when is None or when.value is None or when.precision is not DatePrecision.DAY:
                continue
            if ctx.published is not None and when.value > ctx.published.isoformat():
                continue
            days.add((when.value, when.precision))
    return days


def date_signings(ctx: Context, sink: FactSink) -> None:
    """Give each undated SIGNED link the one signing day the page states for its document."""
    days_of: dict[str, set[tuple[str, DatePrecision]]] = {}  # each document's, read once
    for key, link in list(sink.links.items()):
        if link.type is not LinkType.SIGNED or link.date is not None:
            continue
        if link.to_id not in days_of:
            days_of[link.to_id] = _signing_days(ctx, link.to_id)
        days = days_of[link.to_id]
        if len(days) == 1:
            ((day, precision),) = days
            sink.links[key] = dataclasses.replace(link, date=day, date_precision=precision)

"""Dates borrowed within one undated meeting report.

Why: a page that reports a body's meeting without its date often states the date once,
by the first decision ("Bildningsutskottet beslutade 15 oktober 2020 att ..."), and not
by the ones after it ("Bildningsförvaltningen får i uppdrag att ..."). An undated
decision of that body takes the date of its decision stated before.
"""

from __future__ import annotations

import dataclasses

from graph.nodes import Decision
from ingest import ids
from ingest.context import Context
from ingest.rules.decision_found import F
from ingest.rules.decision_page import meetings


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

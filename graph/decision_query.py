"""Finding decisions by the body that took them and by date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from graph.committees import with_committees
from graph.edges import Direction, LinkType
from graph.nodes import DatePrecision, NodeLabel, NodeRecord
from graph.store import GraphStore
from graph.user_input import UserInputError


@dataclass(frozen=True)
class DecisionQuery:
    body_id: str | None = None  # the body, or a body whose committees took it
    date_from: date | None = None
    date_to: date | None = None

    def check(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise UserInputError(f"from ({self.date_from}) is after to ({self.date_to})")


def find_decisions(store: GraphStore, query: DecisionQuery) -> list[NodeRecord]:
    """Decisions matching every criterion, newest first (undated last), then by id."""
    query.check()
    if query.body_id is None:
        found = store.nodes_by_label(NodeLabel.DECISION)
    else:
        bodies = list(with_committees(store, [query.body_id]))
        decided = store.links_of(bodies, Direction.OUTGOING, [LinkType.DECIDED])
        found = [
            r
            for r in store.get_nodes(sorted({x.to_id for x in decided}))
            if r.label is NodeLabel.DECISION
        ]
    if query.date_from or query.date_to:
        found = [r for r in found if _in_range(r, query)]
    dated = sorted((r for r in found if r.props.get("date")), key=lambda r: r.id)
    dated.sort(key=lambda r: str(r.props["date"]), reverse=True)
    return dated + sorted((r for r in found if not r.props.get("date")), key=lambda r: r.id)


def _in_range(record: NodeRecord, q: DecisionQuery) -> bool:
    """A month- or year-precise date counts when any day of it is in range."""
    value = record.props.get("date")
    if not isinstance(value, str):
        return False
    first = date.fromisoformat(value)
    precision = record.props.get("date_precision")
    if precision == DatePrecision.YEAR:
        last = date(first.year, 12, 31)
    elif precision == DatePrecision.MONTH:
        last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    else:
        last = first
    return (q.date_to is None or first <= q.date_to) and (
        q.date_from is None or last >= q.date_from
    )

"""What the documents(filter) listing asks, and the keys both stores index it by.

The keys are computed here, at write time, so that both stores filter, sort and page
documents in one query on indexed properties, with the same answers as the rules
below would give in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.geography import county_of, municipality_of
from graph.nodes import NodeLabel, NodeRecord
from graph.user_input import UserInputError


@dataclass(frozen=True)
class DocumentQuery:
    text: str | None = None
    kind: str | None = None
    level: str | None = None
    period_from: int | None = None  # overlap with [period_from, period_to]
    period_to: int | None = None
    organization_id: str | None = None
    county_code: str | None = None
    municipality_code: str | None = None

    def check(self) -> None:
        if (
            self.period_from is not None
            and self.period_to is not None
            and self.period_from > self.period_to
        ):
            raise UserInputError(
                f"periodFrom ({self.period_from}) is after periodTo ({self.period_to})"
            )
        for name, code, size in (
            ("countyCode", self.county_code, 2),
            ("municipalityCode", self.municipality_code, 4),
        ):
            if code is not None and not (code.isdigit() and len(code) == size):
                raise UserInputError(f"{name} must be {size} digits (SCB code), not {code!r}")

    def params(self) -> dict[str, str | int | None]:
        """The query's criteria as the parameters of the stores' `documents` queries."""
        return {
            "kind": self.kind,
            "level": self.level,
            "period_from": self.period_from,
            "period_to": self.period_to,
            "organization": self.organization_id,
            "county": self.county_code,
            "municipality": self.municipality_code,
        }


# Properties a store adds to Document nodes for the listing (graph.records strips them).
DOCUMENT_KEYS = ("sort_title", "county_code", "municipality_code")


def sort_title(record: NodeRecord) -> str:
    """What listings order documents by (then by id)."""
    return str(record.props.get("title", "")).lower()


def document_keys(record: NodeRecord) -> dict[str, str | None]:
    """The listing's keys of a Document node: its sort title and its scope's codes."""
    if record.label is not NodeLabel.DOCUMENT:
        return {}
    return {
        "sort_title": sort_title(record),
        "county_code": county_of(record),
        "municipality_code": municipality_of(record),
    }


def _year(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def document_row(record: NodeRecord) -> dict[str, str | int | None]:
    """A Document's row in the embedded store's `documents` table."""
    props = record.props
    kind, level = props.get("kind"), props.get("level")
    return {
        "id": record.id,
        **document_keys(record),
        "kind": kind if isinstance(kind, str) else None,
        "level": level if isinstance(level, str) else None,
        "period_start": _year(props.get("period_start")),
        "period_end": _year(props.get("period_end")),
    }

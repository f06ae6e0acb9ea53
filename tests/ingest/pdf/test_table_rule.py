"""The pipe-table rule reads the when of an activity from a Tidplan/Tid/Tidsplan/När column."""

from __future__ import annotations

import pytest

from graph.nodes import Activity
from tests.ingest.helpers import facts_of


def _timeframes(text: str) -> dict[str, str | None]:
    return {n.description: n.timeframe for n in facts_of(text).nodes if isinstance(n, Activity)}


@pytest.mark.parametrize("column", ["Tidplan", "Tid", "Tidsplan", "När", "när?"])
def test_time_column_gives_the_timeframe_as_written(column: str) -> None:
    text = (
        "Umeå kommun\n\nHandlingsplan mot våld 2024\u20132026\n\n"
        f"| Aktivitet | Ansvarig | {column} |\n"
        "| Införa frågor om våld | Socialnämnden | Hösten   2024 |\n"
        "| Sammanställa uppföljningen | Socialnämnden | Löpande |\n"
        "| Ordna en temadag | Socialnämnden |  |\n"
    )
    assert _timeframes(text) == {
        "Införa frågor om våld": "Hösten 2024",
        "Sammanställa uppföljningen": "Löpande",
        "Ordna en temadag": None,
    }


def test_other_columns_give_no_timeframe() -> None:
    text = (
        "Umeå kommun\n\nHandlingsplan mot våld 2024\u20132026\n\n"
        "| Aktivitet | Ansvarig | Kostnad |\n"
        "| Införa frågor om våld | Socialnämnden | 20 000 kr |\n"
    )
    assert _timeframes(text) == {"Införa frågor om våld": None}

"""A year-less date on a page without a publication date takes the year of the latest
full date before it (ingest.language.page_year)."""

from __future__ import annotations

from datetime import date

from ingest.language.date_versions import stated_dates


def _values(text: str, base: date | None = None) -> list[str | None]:
    return [d.value for d in stated_dates(text, base)]


def test_the_year_stated_before_reads_a_later_day_and_month() -> None:
    text = "Fullmäktige antog löftena den 13 november 2023. Löftena signerades den 24 november."
    assert _values(text) == ["2023-11-13", "2023-11-24"]


def test_no_year_before_leaves_it_unread_and_a_base_wins() -> None:
    assert _values("Löftena signerades den 24 november. Planen antogs 2019-05-02.") == [
        None,
        "2019-05-02",
    ]
    text = "Planen antogs den 13 november 2019. Löftena signerades den 24 november."
    assert _values(text, date(2023, 12, 1))[1] == "2023-11-24"

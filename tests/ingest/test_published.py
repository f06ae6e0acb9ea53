from __future__ import annotations

from ingest.published import page_dates, publication_date, update_date


def test_date_line_near_the_top_is_the_publication_date() -> None:
    text = "En suddig bild.\n23 februari 2024\n\nRubrik\n\nTexten nämner 1 mars 2024."
    assert publication_date(text) == "2024-02-23"


def test_dates_inside_sentences_or_far_down_are_not_publication_dates() -> None:
    assert publication_date("Rubrik\n\nBeslutet togs 22 mars 2022 av nämnden.") is None
    text = "\n".join(["a", "b", "c", "d", "e", "23 februari 2024"])
    assert publication_date(text) is None


def test_updated_line_gives_the_update_date() -> None:
    dates = page_dates("24 november 2016\n\nText.\n\nUppdaterad: 2017-09-28 Sidansvarig: X Y")
    assert (dates.published_on, dates.updated_on) == ("2016-11-24", "2017-09-28")


def test_empty_updated_line_gives_none() -> None:
    assert update_date("Uppdaterad: Sidansvarig: Ann-Cathrin Granbäck") is None

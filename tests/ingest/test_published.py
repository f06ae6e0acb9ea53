from __future__ import annotations

import pytest

from ingest.language.published import page_dates, publication_date, update_date


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


@pytest.mark.parametrize(
    "line",
    [
        "Nyheter 2023-11-30",
        "Nyhet | 2023-11-30",
        "Nyhet · 30 november 2023",
        "Publicerad: 30 november 2023",
        "Pressmeddelande \u2013 2023-11-30",
    ],
)
def test_labelled_publication_lines(line: str) -> None:
    assert publication_date(f"{line}\nRubrik\nText.") == "2023-11-30"


def test_iso_dates_in_quotes_are_not_phone_numbers() -> None:
    from ingest.facts import _PHONE

    assert _PHONE.search("beslutade 2021-06-17 att") is None
    assert _PHONE.search("Tel 0612-802 10") is not None
    assert _PHONE.search("ring 0612-80 291") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nyheter\n\nPublicerad 2022-06-17, kl 09:18\n\nRubrik", "2022-06-17"),
        ("2017-03-30 11:00Pressmeddelande\n\nRubrik", "2017-03-30"),
        ("Rubrik\n\n[2019-10-16]\n\nText.", "2019-10-16"),
        ("Pressmeddelande   •   Okt 28, 2005 15:59 CEST\n\nText.", "2005-10-28"),
        ("Artikeln publicerades 20 januari 2022\n\nText.", "2022-01-20"),
        (
            "\n".join(["a", "b", "c", "d", "e", "f", "Publiceringsdatum: 13 januari 2022"]),
            "2022-01-13",
        ),
    ],
)
def test_date_lines_with_times_labels_and_newsroom_forms(text: str, expected: str) -> None:
    assert publication_date(text) == expected


def test_a_decision_line_near_the_top_is_not_a_publication_date() -> None:
    assert publication_date("Riktlinje\n\nAntagen av kommunfullmäktige 2019-06-18, § 87") is None


def test_a_label_alone_on_its_line_dates_the_page_by_the_next_line() -> None:
    text = "Rubrik\n\nText om beslutet.\n\nPublicerad\ntisdag 29 november 2011\n\nMer text."
    assert publication_date(text) == "2011-11-29"


def test_an_empty_label_followed_by_a_heading_dates_nothing() -> None:
    assert publication_date("Publicerad:\n\nSammanfattning av fullmäktige 9/3\n\nText.") is None


def test_a_label_its_date_and_the_headline_on_one_top_line() -> None:
    text = "Pressmeddelande 24 september 2019: Ny strategi för länet\n\nText."
    assert publication_date(text) == "2019-09-24"
    assert publication_date("24 september 2019: Ny strategi för länet\n\nText.") is None


def test_a_newsroom_date_with_a_comma_before_the_year() -> None:
    assert publication_date("Hoppa till innehållet\n\nPublicerad 11 Mars, 2015\n\nRubrik") == (
        "2015-03-11"
    )


def test_a_date_label_alone_on_its_line_dates_the_next_line() -> None:
    text = (
        "Region Värmland\n\nFolkhälsoplan\n\nBeslutsinstans\n\nKultur- och bildningsnämnden\n\n"
        "Elisabeth Ek, ordförande\n\nDatum\n\n9 november 2021\n\nText.\n"
    )
    assert page_dates(text).published_on == "2021-11-09"


def test_a_news_text_opening_with_its_iso_day_is_published_that_day() -> None:
    text = "Fagersta\n\nnyhet\n\n2020-11-19 Här följer ett urval av besluten från i dag.\n"
    assert page_dates(text).published_on == "2020-11-19"


def test_a_newsrooms_dotted_day_opens_its_release() -> None:
    text = "Ny plan för länet\n3.12.2025 09:00:00 CET | Region X | Pressmeddelande\nText.\n"
    assert page_dates(text).published_on == "2025-12-03"

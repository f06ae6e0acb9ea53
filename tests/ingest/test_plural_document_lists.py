"""A plural document noun handed out over a list of places, and a period stated "från år X
till Y" of the document named before (forty-second session). Short
fictional texts written for these tests."""

from __future__ import annotations

from tests.ingest.helpers import documents, facts_at

SITE = "https://www.havochvatten.se/nyheter/planer"


def _titles(text: str) -> list[str]:
    return sorted(d.title for d in documents(facts_at(text, SITE, "2019-12-17")).values())


def test_plans_for_a_list_of_seas_are_one_plan_each() -> None:
    text = (
        "Havsplaner för Skagerrak, Östersjön och Kattegatt\n\n"
        "Myndigheten tar fram tre havsplaner - en för Skagerrak, en för Östersjön och en för "
        "Kattegatt. Planerna lämnas till regeringen."
    )
    assert _titles(text) == [
        "Havsplan för Kattegatt",
        "Havsplan för Skagerrak",
        "Havsplan för Östersjön",
    ]


def test_a_plural_noun_without_a_list_of_names_is_no_document() -> None:
    text = "Nyheter\n\nMyndigheten stödjer kommunernas arbete med havsplaner för kusten och havet."
    assert _titles(text) == []


def test_a_later_sentence_stating_the_strategys_years_from_and_to_gives_its_period() -> None:
    text = (
        "Nationell strategi för ANDT-politiken\n\nRegeringen har antagit en nationell strategi "
        "för ANDT-politiken. Den nationella strategin gäller från år 2016 till 2020."
    )
    found = documents(facts_at(text, "https://www.lansstyrelsen.se/stockholm/andt", None))
    assert [(d.period_start, d.period_end) for d in found.values()] == [(2016, 2020)]

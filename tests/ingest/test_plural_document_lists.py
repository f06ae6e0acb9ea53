"""A plural document noun handed out over a list of places (forty-second session). Short
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

"""The version in force ("Gällande handlingsprogram antogs ...") on invented pages: on a
page that names no newer version it is the page's document and its adoption is read;
beside a new version it is neither."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Document

from .helpers import facts_at, links

ALE_PAGE = "https://www.ale.se/trygghet/handlingsprogram"
KF = "Organization:kommun:1440:kommunfullmaktige"


def _adopted(text: str) -> list[tuple[str, str | None, str]]:
    facts = facts_at(text, ALE_PAGE, None)
    return [(x.from_id, x.date, x.to_id) for x in links(facts, LinkType.ADOPTED)]


def test_the_version_in_force_of_the_page_is_adopted() -> None:
    for opening in ("Gällande handlingsprogram", "Det nuvarande handlingsprogrammet"):
        text = f"Handlingsprogram\n\n{opening} antogs av kommunfullmäktige den 13 december 2019."
        found = _adopted(text)
        assert [(who, day) for who, day, _ in found] == [(KF, "2019-12-13")], opening


def test_a_bare_version_in_force_is_the_page_document_of_its_kind() -> None:
    text = (
        "Trygghet\n\nGällande handlingsprogram antogs av kommunfullmäktige den 13 december "
        "2019. Programmet beskriver hur kommunen förebygger olyckor."
    )
    facts = facts_at(text, ALE_PAGE, None)
    documents = [n for n in facts.nodes if isinstance(n, Document)]
    assert [d.title for d in documents] == ["Handlingsprogram"]
    assert documents[0].adopted_on == "2019-12-13"


def test_beside_a_new_version_the_one_in_force_is_not_read() -> None:
    text = (
        "Trygghet\n\nEtt nytt handlingsprogram är på remiss. Gällande handlingsprogram antogs "
        "av kommunfullmäktige den 13 december 2015."
    )
    assert _adopted(text) == []

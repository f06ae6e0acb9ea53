"""The version in force ("Gällande handlingsprogram antogs ...") on invented pages: on a
page that names no newer version it is the page's document and its adoption is read;
beside a new version being drawn up it is a document of its own, with its adoption
(ingest.rules.document_in_force)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Document, DocumentKind

from .helpers import documents, facts_at, links

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
    found = list(documents(facts).values())
    assert [d.title for d in found] == ["Handlingsprogram"]
    assert found[0].adopted_on == "2019-12-13"


def _documents(text: str, uri: str = ALE_PAGE) -> dict[str, Document]:
    facts = facts_at(text, uri, None)
    return {d.title: d for d in documents(facts).values()}


def test_beside_a_new_version_the_one_in_force_is_a_document_of_its_own() -> None:
    text = (
        "Trygghet\n\nEtt nytt handlingsprogram är på remiss. Gällande handlingsprogram antogs "
        "av kommunfullmäktige den 13 december 2015."
    )
    found = _adopted(text)
    old = "Document:municipal:programme:kommun:1440:tidigare-handlingsprogram"
    assert found == [(KF, "2015-12-13", old)]  # not the new one's adoption
    # the new one, on remiss and tied to nothing, is a mention of the genre and dropped
    # (ingest.generic_documents); the one in force keeps its own node
    assert sorted(_documents(text)) == ["Tidigare handlingsprogram"]


YDRE_PAGE = "https://www.ydre.se/bygga-bo/oversiktsplan"


def test_a_plan_in_force_dated_beside_one_being_drawn_up_is_two_documents() -> None:
    for in_force in (
        "Den aktuella översiktsplanen är antagen 2013",
        "Den gällande översiktsplanen antogs av kommunfullmäktige i december 2013",
    ):
        text = (
            "Ny översiktsplan för Ydre kommun\n\nYdre kommun är i startfasen med att ta fram en "
            f"ny översiktsplan. {in_force} och kommunen vill nu arbeta fram en ny plan.\n"
        )
        documents = _documents(text, YDRE_PAGE)
        assert sorted(documents) == ["Tidigare översiktsplan", "Översiktsplan för Ydre kommun"]
        assert {d.kind for d in documents.values()} == {DocumentKind.PLAN}
        assert documents["Tidigare översiktsplan"].adopted_on is not None
        assert documents["Översiktsplan för Ydre kommun"].adopted_on is None
        facts = facts_at(text, YDRE_PAGE, None)
        assert links(facts, LinkType.REVISES) == []  # the page does not say it replaces it


def test_a_new_plan_named_only_in_a_condition_or_already_adopted_leaves_one_document() -> None:
    texts = (
        # the new one is only a condition: the one in force is the page's plan
        "Översiktsplan\n\nYdre kommuns gällande översiktsplan antogs 2006. Den gäller fram till "
        "att en ny översiktsplan är antagen.\n",
        # the new one is adopted: it is the one in force
        "Ny översiktsplan antogs 28 november\n\nNu gällande översiktsplan antogs 2022-11-28 "
        "och finns under länkar.\n",
    )
    for text in texts:
        assert list(_documents(text, YDRE_PAGE)) == ["Översiktsplan"], text

"""Organisations, people and roles: the grammar classes of the real10 round, on small
invented pages (suspended compounds in titles, a minister with two titles, a bare county
board the page places once, a federation named "i <X> län")."""

from __future__ import annotations

from graph.nodes import OrganizationKind

from .helpers import facts_at, held_roles, organizations

GOV = "Organization:nationell:regeringen"


def test_a_federation_named_with_its_county_is_a_municipal_association() -> None:
    facts = facts_at(
        "Ny energiplan\n\nLänsstyrelsen och Regionförbundet i Jämtlands län antog i maj "
        "2023 en ny energiplan för länet.\n",
        "https://example.se/energi/nyheter/plan.html",
        "2024-05-02",
    )
    kinds = {o.name: o.kind for o in organizations(facts).values()}
    assert kinds["Regionförbundet i Jämtlands län"] is OrganizationKind.MUNICIPAL_ASSOCIATION


def test_a_title_with_three_suspended_parts_is_read_whole() -> None:
    facts = facts_at(
        "Nytt uppdrag om idrott\n\nRegeringen ger Testverket ett uppdrag. Det är viktigt, "
        "säger kultur-, idrotts- och fritidsminister Eva Testsson.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/05/uppdrag/",
        "2024-05-02",
    )
    titles = {t for p, o, t in held_roles(facts) if p == "eva-testsson" and o == GOV}
    assert titles == {"Kultur-, idrotts- och fritidsminister"}


def test_a_press_secretary_serves_a_minister_with_two_titles() -> None:
    text = (
        "Uppdrag om bostäder\n\nRegeringen ger Testverket i uppdrag att kartlägga "
        "bostadsbristen.\n\nKontakta gärna\n\nAnna Provsson\nPressekreterare hos "
        "energi- och bostadsminister, biträdande näringsminister Bo Exempelsson\n"
    )
    facts = facts_at(
        text, "https://www.regeringen.se/pressmeddelanden/2024/05/bostad/", "2024-05-02"
    )
    assert ("anna-provsson", GOV, "Pressekreterare") in held_roles(facts)


def test_a_bare_county_board_the_page_placed_once_holds_a_later_role() -> None:
    text = (
        "Länet får en ny energiplan\n\n"
        "Länsstyrelsen och kommunerna i Jämtlands län har arbetat fram en ny energiplan.\n\n"
        "Planen visar vägen framåt, säger Eva Testsson, energisamordnare vid "
        "Länsstyrelsen.\n"
    )
    facts = facts_at(text, "https://example.se/energi/nyheter/plan.html", "2024-05-02")
    assert held_roles(facts) == {
        ("eva-testsson", "Organization:lansstyrelse:23", "Energisamordnare")
    }


def test_a_bare_board_is_not_given_a_role_by_another_county_named_in_full() -> None:
    text = (
        "Lägesbild\n\nLänsstyrelsen i Hallands län samordnar rapporteringen.\n\n"
        "Eva Testsson är chef för Länsstyrelsen och följer utvecklingen i länet.\n"
    )
    facts = facts_at(text, "https://example.se/press/lagesbild.html", "2024-05-02")
    assert not any(o == "Organization:lansstyrelse:13" for _, o, _ in held_roles(facts))

"""Plural titles in every inflection before a list of names, members ("ledamot") and
the Riksdag a member of parliament serves. Every name and sentence is made up."""

from __future__ import annotations

from graph.nodes import Organization
from ingest.rules.role_coordination import singular

from .helpers import facts_of, held_roles, party_of

MORA = "Organization:kommun:2062"
RIKSDAGEN = "Organization:nationell:riksdagen"


def test_singular_of_indefinite_and_irregular_plurals() -> None:
    assert singular("strateger") == "strateg"
    assert singular("direktörer") == "direktör"
    assert singular("landshövdingar") == "landshövding"
    assert singular("ministrar") == "minister"
    assert singular("tjänstemän") == "tjänsteman"
    assert singular("ledamöter") == "ledamot"
    assert singular("riksdagsledamöterna") == "riksdagsledamot"
    # Words that only end like a plural, and plurals the same as their singular.
    assert singular("efter") is None
    assert singular("analytiker") is None
    assert singular("samordnare") is None


def test_an_indefinite_coordinated_plural_title_after_a_genitive() -> None:
    facts = facts_of(
        "Mora kommun. På mötet talade kommunens energi- och klimatstrateger "
        "Eva Testberg och Bo Provsson om den nya planen."
    )
    title = "Energi- och klimatstrateg"
    assert held_roles(facts) == {("eva-testberg", MORA, title), ("bo-provsson", MORA, title)}


def test_members_of_parliament_listed_after_an_irregular_plural() -> None:
    facts = facts_of(
        "Mora kommun. Riksdagsledamöterna Eva Testberg (S), Bo Provsson (C ) och "
        "Cia Exempel (mp) besökte kommunen i går."
    )
    title = "Riksdagsledamot"
    assert held_roles(facts) == {
        ("eva-testberg", RIKSDAGEN, title),
        ("bo-provsson", RIKSDAGEN, title),
        ("cia-exempel", RIKSDAGEN, title),
    }
    # The title names the Riksdag, which the page does not name otherwise.
    assert any(isinstance(n, Organization) and n.id == RIKSDAGEN for n in facts.nodes)
    # A party typed with a space or in lower case is still the person's.
    assert party_of(facts, "bo-provsson") == "C"


def test_a_plural_title_before_one_name_gives_no_role() -> None:
    facts = facts_of("Mora kommun. Strateger och Eva Testberg (S) diskuterade planen.")
    assert held_roles(facts) == set()


def test_a_member_named_in_a_councils_news_item_sits_on_that_council() -> None:
    facts = facts_of(
        "Mora kommun\n\nKommunfullmäktige beslutade att anta planen. Frågan om avgifterna, "
        "som ledamoten Eva Testberg (SD) lyfte, skickades vidare till nämnden."
    )
    assert held_roles(facts) == {
        ("eva-testberg", f"{MORA}:kommunfullmaktige", "Ledamot"),
    }


def test_members_under_an_attendance_heading_get_no_role() -> None:
    facts = facts_of(
        "MORA KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Plats och tid Stadshuset kl 13.00\n"
        "Närvarande ledamöter Eva Testberg (S), Bo Provsson (M) och Cia Exempel (C)\n"
        "Nämnden beslutar att godkänna rapporten."
    )
    assert held_roles(facts) == set()


def test_a_bare_genitive_before_a_plural_title_names_the_organisation() -> None:
    facts = facts_of(
        "Mora kommun bjöd in Länsstyrelsen Dalarna till ett möte om klimatet. Där talade "
        "länsstyrelsens klimatstrateger Eva Testberg och Bo Provsson om planen."
    )
    board = "Organization:lansstyrelse:20"
    assert held_roles(facts) == {
        ("eva-testberg", board, "Klimatstrateg"),
        ("bo-provsson", board, "Klimatstrateg"),
    }

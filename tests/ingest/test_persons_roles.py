"""Person and role rules on small invented texts (every name here is made up)."""

from __future__ import annotations

from graph.edges import Link, LinkType, SourceFacts
from graph.nodes import Person
from tests.ingest.helpers import facts_of

from .helpers import links

_facts = facts_of


def _persons(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if isinstance(n, Person)}


def _roles(facts: SourceFacts) -> dict[str, tuple[str, str | None, str]]:
    out: dict[str, tuple[str, str | None, str]] = {}
    for k in links(facts, LinkType.HOLDS_ROLE):
        out[k.from_id.removeprefix("Person:person:")] = (k.to_id, k.title, k.evidence.rule)
    return out


def _one(facts: SourceFacts, person: str) -> Link:
    (role,) = links(facts, LinkType.HOLDS_ROLE, f"Person:person:{person}")
    return role


def test_one_line_contact_entries() -> None:
    text = (
        "Norrtälje kommun\n\nNyhet.\n\nKontakt\n\n"
        "Åsa Testberg (KD), ordförande socialnämnden, 0176-710 00\n"
        "Pia Provsson, ANDTS-samordnare, 0176-712 48, pia.provsson@example.se\n"
    )
    facts = _facts(text)
    roles = _roles(facts)
    assert roles["asa-testberg"][:2] == ("Organization:kommun:0188:socialnamnden", "Ordförande")
    assert roles["pia-provsson"] == (
        "Organization:kommun:0188",
        "ANDTS-samordnare",
        "role.contact_line.publisher",
    )
    assert _one(facts, "pia-provsson").evidence.quote == "Pia Provsson, ANDTS-samordnare"
    assert _one(facts, "pia-provsson").date == "2024-05-02"


def test_role_line_with_organisation_after_comma() -> None:
    text = (
        "Borås Stad\n\nFrågor kring nyheten?\n\n"
        "Eva Exempel (S)\nOrdförande, Sociala omsorgsnämnden\n033-35 71 02\n\n"
        "Nils Namn\nStrategisk samordnare, våld i nära relationer\n033-35 84 17\n"
    )
    roles = _roles(_facts(text))
    assert roles["eva-exempel"] == (
        "Organization:kommun:1490:sociala-omsorgsnamnden",
        "Ordförande",
        "role.contact_block.org",
    )
    # A topic after the comma is not an organisation: the page's municipality.
    assert roles["nils-namn"][:2] == ("Organization:kommun:1490", "Strategisk samordnare")


def test_role_line_genitive_organisation_and_compound_role() -> None:
    text = (
        "Skellefteå kommun\n\nKommunstyrelsen fastställde planen.\n\nFrågor kring nyheten?\n\n"
        "Olle Prov (M)\nKommunstyrelsens ordförande\n0910-73 50 00\n\n"
        "Stina Test\nFolkhälsostrateg\n0910-73 52 81\n"
    )
    roles = _roles(_facts(text))
    assert roles["olle-prov"][:2] == ("Organization:kommun:2482:kommunstyrelsen", "Ordförande")
    assert roles["stina-test"][:2] == ("Organization:kommun:2482", "Folkhälsostrateg")


def test_masthead_organisation_owns_unqualified_contact_roles() -> None:
    text = (
        "Länsstyrelsen Gävleborg\n\nNyhet\n\nKontakt\n\n"
        "Mia Mall\nUtvecklingsledare\n010-225 10 00\n"
    )
    assert _roles(_facts(text))["mia-mall"][:2] == (
        "Organization:lansstyrelse:21",
        "Utvecklingsledare",
    )


def test_unknown_capitalised_words_after_a_role_give_no_role() -> None:
    text = "Mora kommun\n\nKontakt\n\nTea Test, samordnare Okänd Grupp, 0250-261 15\n"
    facts = _facts(text)
    assert _roles(facts) == {}
    assert "Person:person:tea-test" not in _persons(facts)  # no role: not stored


def test_role_words_that_name_their_organisation() -> None:
    text = (
        "Länsstyrelsen Västerbotten samordnar. \N{EN DASH} Bra, sade landshövding Kim Provare.\n"
        "Mora kommun och Polismyndigheten skrev under. \N{EN DASH} Viktigt, säger kommundirektör "
        "Ulla Ufall. Även lokalpolisområdeschef Per Polis skrev under."
    )
    roles = _roles(_facts(text))
    assert roles["kim-provare"][:2] == ("Organization:lansstyrelse:24", "Landshövding")
    assert roles["ulla-ufall"][:2] == ("Organization:kommun:2062", "Kommundirektör")
    assert roles["per-polis"][:2] == (
        "Organization:nationell:polismyndigheten",
        "Lokalpolisområdeschef",
    )


def test_police_role_needs_the_police_on_the_page() -> None:
    facts = _facts("Mora kommun. Även lokalpolisområdeschef Per Polis skrev under.")
    assert _roles(facts) == {}
    assert "Person:person:per-polis" not in _persons(facts)  # no role: not stored


def test_regional_board_chair_points_to_the_regional_board() -> None:
    # The role attaches to the body named with it: the region's board, a part of the region.
    facts = _facts("Region Kronoberg. Bland dem fanns regionstyrelsens ordförande Ada Prov (MP).")
    assert _roles(facts)["ada-prov"][0] == "Organization:region:07:regionstyrelsen"


def test_genitive_committee_role_after_the_name() -> None:
    facts = _facts(
        "Skellefteå kommun. \N{EN DASH} Viktigt, säger Bo Bok (M), kommunstyrelsens ordförande."
    )
    assert _roles(facts)["bo-bok"] == (
        "Organization:kommun:2482:kommunstyrelsen",
        "Ordförande",
        "role.apposition_genitive_org",
    )


def test_committee_role_with_its_municipality_before_the_name() -> None:
    same = _facts("Växjö kommun. Där fanns kommunstyrelsens ordförande i Växjö kommun, Ed Ny (M).")
    assert _roles(same)["ed-ny"][:2] == ("Organization:kommun:0780:kommunstyrelsen", "Ordförande")
    other = _facts(
        "Växjö kommun och Växjö kommun. Där fanns kommunstyrelsens ordförande i Alvesta kommun, "
        "Ed Ny (M)."
    )
    assert _roles(other) == {}


def test_labelled_document_owner_line() -> None:
    text = "Kiruna kommun\n\nDokumentansvarig: Lena Lager, enhetschef Vuxenenheten\n"
    facts = _facts(text)
    assert _roles(facts)["lena-lager"] == (
        "Organization:kommun:2584",
        "Enhetschef",
        "role.labelled_line.publisher",
    )
    assert _one(facts, "lena-lager").evidence.quote == "Lena Lager, enhetschef"
    unknown = _facts("Kiruna kommun\n\nDokumentansvarig: Lena Lager, Okänd Grupp\n")
    assert _roles(unknown) == {}


def test_people_without_a_role_are_not_stored() -> None:
    text = (
        "Mora kommun\n\nNärvarande: Anna Andersson (S), Bo Bengtsson (M).\n\n"
        "Kommunfullmäktige antog planen, säger Cecilia Carlsson, miljöstrateg i Mora kommun."
    )
    facts = _facts(text)
    assert _persons(facts) == {"Person:person:cecilia-carlsson"}
    assert "Anna Andersson" not in {m.evidence.quote for m in facts.mentions}

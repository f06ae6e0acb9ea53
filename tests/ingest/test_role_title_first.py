"""A role stated title first with its body, the holder after the verb ("Ordförande i
socialnämnden är Erik Holm (C)", "Till ny ordförande i byggnadsnämnden valdes Eva Ros
(L)", "Kommunstyrelsens ordförande är Maria Lund (S)"). Every sentence is invented."""

from __future__ import annotations

from tests.ingest.helpers import assert_evidence_rules, facts_at, held_roles

_UMEA = "https://www.umea.se/nyheter/ordforande/"


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, _UMEA, "2023-05-10")
    assert_evidence_rules(facts)
    return held_roles(facts)


def test_title_first_statements_give_the_role_at_the_body_named() -> None:
    roles = _roles(
        "Ny ordförande\n\nOrdförande i socialnämnden är Erik Holm (C).\n\n"
        "Kommunstyrelsens ordförande är Maria Lund (S).\n\n"
        "Ny ordförande i tekniska nämnden blir Sven Ås (M).\n\n"
        "Till ny ordförande i byggnadsnämnden valdes Eva Ros (L).\n"
    )
    by_person = {(person, org) for person, org, _ in roles}
    assert ("erik-holm", "Organization:kommun:2480:socialnamnden") in by_person
    assert ("maria-lund", "Organization:kommun:2480:kommunstyrelsen") in by_person
    assert ("sven-as", "Organization:kommun:2480:tekniska-namnden") in by_person
    assert ("eva-ros", "Organization:kommun:2480:byggnadsnamnden") in by_person


def test_no_role_without_a_party_unless_the_name_ends_the_clause() -> None:
    roles = _roles("Nämnden\n\nOrdförande i socialnämnden är Erik Holm som leder mötena i vår.\n")
    assert not roles


def test_a_title_opening_its_sentence_takes_the_name_set_off_by_commas() -> None:
    roles = _roles(
        "Nytt boende\n\nSocialnämnden beslutade i går att bygga ett nytt boende.\n\n"
        "Nämndens ordförande, Olle Nyström (M), välkomnar beslutet.\n"
    )
    assert ("olle-nystrom", "Organization:kommun:2480:socialnamnden", "Ordförande") in roles


def test_a_comma_title_mid_sentence_is_still_anothers() -> None:
    roles = _roles(
        "Samverkan\n\nI gruppen sitter Anna Ek, samordnare, Bo Berg och andra från kommunen.\n"
    )
    assert not {r for r in roles if r[0] == "bo-berg"}

"""Contact entries on invented texts (every name and sentence here is made up): a title
before the name in a contact line ("Title Name, phone") is the entry's role."""

from __future__ import annotations

from graph.edges import SourceFacts
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, held_roles, text_source

MORA = "Organization:kommun:2062"


def _facts(text: str) -> SourceFacts:
    facts = extract(text_source(text, "2024-05-02"))
    assert_evidence_rules(facts)
    return facts


def test_a_title_before_the_name_in_a_contact_line_is_the_role_not_a_name() -> None:
    text = (
        "Mora kommun\n\nNyhet om parken.\n\nKontaktperson:\n\n"
        "Stadsarkitekt Eva Testberg, 0250-260 00\n"
    )
    assert held_roles(_facts(text)) == {("eva-testberg", MORA, "Stadsarkitekt")}


def test_a_title_before_a_name_on_its_own_contact_line_is_the_role() -> None:
    text = (
        "Mora kommun\n\nNyhet om parken.\n\nKontakt\n\nStadsantikvarie Eva Testberg\n0250-260 00\n"
    )
    assert held_roles(_facts(text)) == {("eva-testberg", MORA, "Stadsantikvarie")}


def test_a_name_whose_first_word_is_no_title_is_kept_whole() -> None:
    text = "Mora kommun\n\nNyhet om parken.\n\nKontakt\n\nEva Testberg Lind, stadsarkitekt\n"
    assert held_roles(_facts(text)) == {("eva-testberg-lind", MORA, "Stadsarkitekt")}

"""Grammar of decision clauses: a pronoun standing for what was decided ("Det här
beslutade ..."), "och" inside a nested "att"-clause, and grants named by a compound
("statsbidrag"). Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from ingest.rules.decision_cues import SUM
from tests.ingest.helpers import decisions, facts_at

TOWN = "https://www.tranas.se/nyheter/fullmaktige"


def _summaries(text: str) -> list[str]:
    return sorted(s.lower() for s in decisions(facts_at(text, TOWN, "2024-05-20")))


def test_a_title_with_a_pronoun_for_what_was_decided_is_no_decision() -> None:
    found = _summaries(
        "Det här beslutade kommunfullmäktige den 14 maj 2024\n\n"
        "Kommunfullmäktige beslutade att höja taxan för parkering i centrum med tio procent.\n"
    )
    assert not [s for s in found if s.startswith("det här")], found
    assert [s for s in found if "höja taxan för parkering" in s], found


def test_och_in_a_nested_att_clause_joins_its_verbs() -> None:
    found = _summaries(
        "Kommunfullmäktige sammanträdde den 14 maj.\n\n"
        "Bland annat fattades beslut om att fritidsnämnden ska tilldelas "
        "tolv miljoner kronor för att bygga om simhallen i Norrby och anpassa den för "
        "skolornas simundervisning.\n"
    )
    assert not [s for s in found if s.startswith("anpassa den")], found
    assert [s for s in found if "anpassa den" in s], found


def test_a_lead_listing_verb_phrases_still_gives_one_decision_each() -> None:
    found = _summaries(
        "Kommunfullmäktige sammanträdde den 14 maj.\n\n"
        "Bland annat fattades beslut om att bygga en ny förskola i Norrby och "
        "sälja fastigheten vid torget i Söderby.\n"
    )
    assert [s for s in found if s.startswith("bygga en ny förskola")], found
    assert [s for s in found if s.startswith("sälja fastigheten")], found


def test_a_grant_compound_names_money() -> None:
    assert SUM.search("fördelade statsbidrag till tolv föreningar")
    assert SUM.search("beviljade föreningsbidragen")
    assert not SUM.search("fördelade sig jämnt över året")


def test_an_inverted_lead_with_a_pronoun_introduces_the_first_item() -> None:
    found = _summaries(
        "Nytt från fullmäktige\n\n"
        "Under kvällen tog fullmäktige bland annat beslut om detta:\n\n"
        "  • Bidrag till föreningar i Norrby för 2025 höjs med tre procent.\n"
    )
    assert [s for s in found if "bidrag till föreningar i norrby" in s], found

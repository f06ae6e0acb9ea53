"""The settled annotation conventions on invented texts (every name here is made up): an
acting holder's marker is left out of the title; an attendance list records only the
meeting's leading officers."""

from __future__ import annotations

from graph.edges import SourceFacts
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, held_roles, text_source

MORA = "Organization:kommun:2062"
SOCIAL = "Organization:kommun:2062:socialnamnden"


def _facts(text: str) -> SourceFacts:
    facts = extract(text_source(text, "2024-05-02"))
    assert_evidence_rules(facts)
    return facts


def test_an_acting_title_is_recorded_without_its_marker() -> None:
    text = "Mora kommun\n\nPresskontakt\n\nEva Testberg\nT.f. kommunikationschef\n"
    assert held_roles(_facts(text)) == {("eva-testberg", MORA, "Kommunikationschef")}


def test_a_tillforordnad_title_is_recorded_without_its_marker() -> None:
    text = "Mora kommun. \N{EN DASH} Bra, säger tillförordnad socialchef Eva Testberg."
    assert held_roles(_facts(text)) == {("eva-testberg", MORA, "Socialchef")}


def test_an_attendance_list_records_only_the_leading_officers() -> None:
    text = (
        "Mora kommun\nSocialnämnden\nProtokoll 3 maj\n\n"
        "Beslutande\n\nOla Provsson (S), ordförande\nStina Exempelsson (M), vice ordförande\n"
        "Per Påhittad (C)\n\n"
        "Övriga deltagare\n\nEva Testberg, förvaltningschef\nBo Låtsasson, sekreterare\n\n"
        "Paragrafer 1-4\n"
    )
    assert held_roles(_facts(text)) == {
        ("ola-provsson", SOCIAL, "Ordförande"),
        ("stina-exempelsson", SOCIAL, "Vice ordförande"),
    }

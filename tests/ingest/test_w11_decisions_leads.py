"""A meeting report's lead ("togs bland annat beslut om A och om B") beside the items
that state A and B in full: a steering document in the lead is adopted, not decided, and
a lead item restated below (inflected, or naming one place more) is one decision. Short
fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Decision
from ingest.rules.decision_restated import Statement, restated
from tests.ingest.helpers import decided_by, decisions, facts_at

TOWN = "https://www.tranas.se/nyheter/fullmaktige"
KF = "Organization:kommun:0687:kommunfullmaktige"

_REPORT = (
    "Nytt från fullmäktige\n\n"
    "Vid fullmäktiges möte i mars togs bland annat beslut om "
    "tillfälligt utökad kvällsöppettid för stora stadsbiblioteket i Norrby och om "
    "kommunens cykelstrategi.\n\n"
    "Nedan följer ett urval av besluten från Kommunfullmäktiges sammanträde "
    "2024-03-12.\n\n"
    "Bibliotekets öppettider\n"
    "Kommunfullmäktige har godkänt en tillfälligt utökad kvällsöppettid för stora "
    "stadsbiblioteket under perioden "
    "2024-04-01-2024-12-31.\n\n"
    "Cykelstrategi\n"
    "Kommunfullmäktige antog kommunens cykelstrategi.\n"
)


def _found(text: str) -> dict[str, tuple[Decision, set[str]]]:
    facts = facts_at(text, TOWN, None)
    return {s.lower(): (d, decided_by(facts, d)) for s, d in decisions(facts).items()}


def test_a_steering_document_in_a_leads_list_is_no_decision() -> None:
    found = _found(_REPORT)
    assert not [s for s in found if "cykelstrategi" in s], sorted(found)


def test_a_lead_item_restated_below_is_one_decision() -> None:
    found = _found(_REPORT)
    library = [s for s in found if "öppettid" in s]
    assert len(library) == 1, sorted(found)
    assert "har godkänt en tillfälligt utökad" in library[0], library
    assert found[library[0]][1] == {KF}


def test_inflection_and_one_more_place_restate_but_other_matters_do_not() -> None:
    lead = Statement(KF, "Tillfälligt utökad öppettid för stora biblioteket i Norrby", 0)
    full = Statement(
        KF, "Har godkänt en tillfälligt utökad öppettid för stora biblioteket i år", 400
    )
    other = Statement(KF, "Har godkänt en ny taxa för simhallen under året", 800)
    assert restated([lead, full]) == {0: 1}
    assert restated([lead, other]) == {}
    short = Statement(KF, "Ny taxa för badhuset", 0)
    assert restated([short, other]) == {}  # a short lead must be covered whole

"""Meeting reports and decision lists as they recur on unseen pages: bulleted items whose
subject is the body's region or municipality (perhaps after the lead's "Att"), the
meeting word in any compound or inflection, "beslut om" in the perfect tense, an act
coordinated after an adoption, and lines whose decision verb labels or describes.
Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Decision
from tests.ingest.helpers import decided_by, decisions, facts_at, facts_of

TOWN = "https://www.tranas.se/nyheter/fullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"
KF = "Organization:kommun:0687:kommunfullmaktige"


def _found(text: str, published: str | None = "2024-05-16") -> dict[str, tuple[Decision, set[str]]]:
    facts = facts_at(text, TOWN, published)
    return {s.lower(): (d, decided_by(facts, d)) for s, d in decisions(facts).items()}


def _starting(found: dict[str, tuple[Decision, set[str]]], words: str) -> tuple[Decision, set[str]]:
    hits = [v for s, v in found.items() if s.startswith(words)]
    assert hits, sorted(found)
    return hits[0]


def test_a_bulleted_item_whose_subject_is_the_bodys_municipality_is_its_decision() -> None:
    found = _found(
        "Nytt från kommunstyrelsens sammanträde den 14 maj 2024\n\n"
        "Bland besluten märks:\n\n"
        "  • Tranås kommun ansluter sig till det regionala nätverket för cykelturism.\n"
        "  • Att Tranås kommun tackar ja till en inbjudan om vänortssamarbete.\n"
    )
    for words in ("ansluter sig till det regionala", "tackar ja till en inbjudan"):
        decision, bodies = _starting(found, words)
        assert bodies == {KS}
        assert decision.date == "2024-05-14"


def test_the_municipality_in_running_text_only_intends() -> None:
    found = _found(
        "Nytt från kommunstyrelsens sammanträde den 14 maj 2024\n\n"
        "Tranås kommun planerar att bygga en ny idrottshall vid sjön. "
        "Tranås kommun åtar sig att se över skolskjutsarna.\n"
    )
    assert not [s for s in found if "idrottshall" in s or "skolskjuts" in s], sorted(found)


def test_a_compound_meeting_word_and_the_supine_date_the_items() -> None:
    compound = _found(
        "Beslut från fullmäktige\n\n"
        "Vid fullmäktigesammanträdet på tisdagen behandlades flera ärenden.\n\n"
        "  • Tranås kommun ansluter sig till föreningen för trygga skolvägar.\n",
        published="2024-05-16",
    )
    decision, bodies = _starting(compound, "ansluter sig till föreningen")
    assert decision.date == "2024-05-14"
    assert bodies == {KF}
    supine = _found(
        "Kommunstyrelsen har sammanträtt\n\n"
        "Kommunstyrelsen har sammanträtt i dag, onsdagen den 15 maj.\n\n"
        "Kommunstyrelsen godkänner hyresavtalet för den nya simhallen.\n",
        published="2024-05-15",
    )
    decision, bodies = _starting(supine, "kommunstyrelsen godkänner hyresavtalet")
    assert decision.date == "2024-05-15"
    assert bodies == {KS}


def test_beslut_om_in_the_perfect_tense_and_mellan_keeps_its_coordination() -> None:
    found = _found(
        "Nytt från kommunstyrelsens sammanträde den 14 maj 2024\n\n"
        "Kommunstyrelsen har fattat beslut om bidrag med 2 miljoner kronor till "
        "lekplatser i kransorterna. Beslut har också tagits om ett utbyte mellan "
        "Tranås kommun, folkhögskolan och biblioteket om digital kompetens.\n"
    )
    _, bodies = _starting(found, "bidrag med 2 miljoner")
    assert bodies == {KS}
    exchange, _ = _starting(found, "ett utbyte mellan")
    assert "biblioteket" in exchange.summary.lower()


def test_an_act_coordinated_after_an_adoption_is_a_decision() -> None:
    facts = facts_of(
        "Kommunstyrelsen i Tranås kommun beslutade den 3 april 2024 att anta "
        "Friluftsplan för Tranås kommun 2024-2030 samt att sälja fastigheten vid hamnen."
    )
    found = {s.lower() for s in decisions(facts)}
    assert [s for s in found if s.startswith("sälja fastigheten")], sorted(found)
    assert not [s for s in found if "friluftsplan" in s], sorted(found)


def test_label_lines_and_descriptions_are_no_decisions() -> None:
    found = _found(
        "Riktlinjer för parkering beslutat\n\n"
        "Beslutat av kommunfullmäktige 13 maj\n\n"
        "Kommunfullmäktige beslutade vid sitt sammanträde att avgiften för boendeparkering "
        "sänks. De ansökningar som nu avslås omfattar 12 miljoner kronor.\n"
    )
    assert not [s for s in found if s.startswith(("riktlinjer", "beslutat av"))], sorted(found)
    assert not [s for s in found if "ansökningar" in s], sorted(found)
    assert [s for s in found if "boendeparkering" in s], sorted(found)


def test_an_outcome_stated_as_an_answer_is_the_meetings_decision() -> None:
    found = _found(
        "Kommunfullmäktiges majmöte i korthet\n\n"
        "På tisdagens möte antog kommunfullmäktige en ny taxa för bygglov. Det blev även "
        "ja till en ombyggnad av torget i centrum.\n"
    )
    decision, bodies = _starting(found, "det blev även ja till en ombyggnad")
    assert bodies == {KF}
    assert decision.date == "2024-05-14"

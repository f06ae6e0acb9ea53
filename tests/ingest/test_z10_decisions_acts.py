"""Meeting reports that state each outcome as the body's act: later sentences of an item,
"referat" headers, fronted adverbials (V2 order), a decision whose object is a bulleted
list, and "Samtidigt ..." taking the date of the decision before it. Short fictional
texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Decision
from tests.ingest.helpers import decided_by, decisions, facts_at

TOWN = "https://www.tranas.se/nyheter/fullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"
KF = "Organization:kommun:0687:kommunfullmaktige"
GOV_SITE = "https://www.boverket.se/sv/om-boverket/nyheter"


def _starting(facts_text: str, uri: str = TOWN) -> dict[str, tuple[Decision, set[str]]]:
    facts = facts_at(facts_text, uri, None)
    return {s.lower(): (d, decided_by(facts, d)) for s, d in decisions(facts).items()}


def test_a_referat_header_dates_the_bodys_acts_in_its_later_sentences() -> None:
    found = _starting(
        "Referat från kommunfullmäktige\n\n"
        "Här följer ett referat från kommunfullmäktige den 14 maj 2024.\n\n"
        "Regler för uthyrning av lokaler\n"
        "Kommunfullmäktige antar regler för uthyrning av lokaler. Kommunfullmäktige "
        "inför bokning via webben som arbetssätt för föreningarna.\n\n"
        "Rapporter\n"
        "Kommunfullmäktige lägger kvartalsrapporten från det kommunala bostadsbolaget "
        "till handlingarna.\n"
    )
    web = [v for s, v in found.items() if s.startswith("inför bokning via webben")]
    report = [v for s, v in found.items() if s.startswith("lägger kvartalsrapporten")]
    assert web and report, sorted(found)
    for decision, bodies in (web[0], report[0]):
        assert bodies == {KF}
        assert decision.date == "2024-05-14"


def test_being_saying_assessing_and_genitive_subjects_are_no_acts() -> None:
    found = _starting(
        "Referat från kommunfullmäktige den 14 maj 2024\n\n"
        "Skolans lokaler\n"
        "Kommunfullmäktige hade en lång debatt om skolans lokaler. Kommunfullmäktige "
        "bedömer att behovet av lokaler växer. Fullmäktiges ledamöter fick en dragning "
        "av förvaltningen om lokalbehovet.\n"
    )
    assert not [s for s in found if "debatt" in s or "bedömer" in s or "dragning" in s], found


def test_a_heading_and_a_lead_ending_in_a_colon_are_not_acts_of_their_own() -> None:
    found = _starting(
        "Nyheter från kommunstyrelsen den 2 april 2024\n\n"
        "Kommunstyrelsen antar ny grafisk profil\n"
        "Kommunstyrelsen har beslutat att anta en ny grafisk profil för kommunen.\n"
    )
    assert not [s for s in found if s.startswith("antar ny grafisk")], sorted(found)


def test_a_fronted_adverbial_puts_the_verb_before_the_body() -> None:
    found = _starting(
        "Kommunfullmäktige 14 maj 2024\n\n"
        "Bostäder vid hamnen\n"
        "Många ärenden behandlades på kommunfullmäktiges sammanträde.\n"
        "För tredje gången antog kommunfullmäktige förslaget till detaljplan för "
        "bostäder vid hamnen.\n"
    )
    plan = [v for s, v in found.items() if s.startswith("antog kommunfullmäktige förslaget")]
    assert plan, sorted(found)
    assert plan[0][1] == {KF}


def test_a_decision_on_the_following_places_names_the_bulleted_places() -> None:
    found = _starting(
        "Referat från kommunstyrelsens sammanträde 9 oktober 2023\n\n"
        "Upprustning av lekplatser\n\n"
        "Kommunstyrelsen beslutar att bevilja medel för upprustning av följande "
        "lekplatser:\n\n"
        " • Ekparken\n"
        "  Gungorna byts ut och sanden fylls på.\n"
        " • Lindgården\n"
        "  En ny klätterställning byggs.\n\n"
        "Övriga ärenden\n\n"
        "Kommunstyrelsen beslutar att godkänna delårsrapporten.\n"
    )
    places = [s for s in found if "lekplatser" in s]
    assert places == [
        "bevilja medel för upprustning av följande lekplatser ekparken och lindgården"
    ]
    decision, bodies = found[places[0]]
    assert bodies == {KS}
    assert decision.date == "2023-10-09"


def test_samtidigt_takes_the_date_of_the_decision_right_before_it() -> None:
    found = _starting(
        "Nya regler för tillfälliga lokaler\n\n"
        "Regeringen beslutade i mars 2021 om ändringar i förordningen om tillfälliga "
        "lokaler. Samtidigt gav regeringen Boverket i uppdrag att ta fram en vägledning "
        "om de nya reglerna.\n\n"
        "Utan datum\n\n"
        "Nya regler gäller från sommaren. Samtidigt får länsstyrelserna i uppdrag att "
        "stödja kommunerna i arbetet.\n",
        GOV_SITE,
    )
    task = [v for s, v in found.items() if "vägledning" in s]
    assert task, sorted(found)
    assert task[0][0].date == "2021-03-01"
    other = [v for s, v in found.items() if "stödja kommunerna" in s]
    assert all(d.date is None for d, _ in other)


def test_approving_a_revision_of_a_programme_adopts_it_and_is_no_decision() -> None:
    found = _starting(
        "Kommunfullmäktige 14 maj 2024\n\n"
        "Övriga ärenden\n"
        "Fullmäktige hade ett kort möte. Kommunfullmäktige beslutar godkänna revidering "
        "av det övergripande inriktningsdokumentet Idrottspolitiskt program med tillägg "
        "om öppettider.\n"
    )
    assert not [s for s in found if "revidering" in s], sorted(found)


def test_a_vote_carried_or_gavelled_through_is_the_meetings_decision() -> None:
    found = _starting(
        "Kommunfullmäktige 14 maj 2024\n\n"
        "Budget\n\n"
        "Majoritetens budget för 2025 röstades igenom med 30 av 51 röster.\n\n"
        "Taxor\n\n"
        "Den nya taxan för bygglov klubbades utan debatt.\n"
    )
    budget = [v for s, v in found.items() if "röstades igenom" in s]
    fee = [v for s, v in found.items() if "klubbades" in s]
    assert budget and fee, sorted(found)
    for decision, bodies in (budget[0], fee[0]):
        assert bodies == {KF}
        assert decision.date == "2024-05-14"

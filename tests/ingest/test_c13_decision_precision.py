"""Decision precision and dates: what is not a decision at all (a modal or undated
scheduled decision, a decision by proposal only, a subject clause, a descriptive
passive, a postponement), an impersonal adoption, the body of an item whose sentence
names another body only in the genitive, and ordinal day dates. Short fictional
texts written for these tests (no real page text)."""

from __future__ import annotations

from datetime import date

from graph.edges import LinkType
from graph.nodes import Document
from ingest.language.dates import find_dates
from ingest.rules.decision_filters import by_proposal_only
from tests.ingest.helpers import decided_by, decisions, facts_at, links

TOWN = "https://www.tranas.se/nyheter/fullmaktige"
KF = "Organization:kommun:0687:kommunfullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"
COUNTY = "https://www.lansstyrelsen.se/kalmar/om-oss/nyheter"


def test_an_ordinal_day_is_read_as_the_day() -> None:
    base = date(2024, 3, 20)
    assert [d.value for d in find_dates("den 14:e mars", base)] == ["2024-03-14"]
    assert [d.value for d in find_dates("den 1:a april 2020", base)] == ["2020-04-01"]
    assert [d.value for d in find_dates("den 2:a maj i år", base)] == ["2024-05-02"]


def test_items_after_an_ordinal_meeting_date_take_that_day_and_the_assembly() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Vid sitt sammanträde den 14:e mars beslutade kommunfullmäktige att bygga en "
        "ny simhall vid sjön.\n\n"
        "En motion om att sända kommunstyrelsens sammanträden på webben avslogs. "
        "Idag sänds bara fullmäktiges möten.\n",
        TOWN,
        "2024-03-20",
    )
    found = decisions(facts)
    pool = [d for s, d in found.items() if "simhall" in s]
    motion = [d for s, d in found.items() if "motion" in s.lower()]
    assert pool and motion, sorted(found)
    assert pool[0].date == "2024-03-14"
    assert decided_by(facts, motion[0]) == {KF}  # not the body in the genitive
    assert motion[0].date == "2024-03-14"


def test_an_undated_decision_to_come_is_no_decision() -> None:
    facts = facts_at(
        "Tranås kommun bildar ett råd för arbete. Rådet arbetar utifrån en trafikplan "
        "som ska beslutas av kommunstyrelsen efter sommaren.\n",
        TOWN,
        "2024-03-20",
    )
    assert decisions(facts) == {}


def test_a_decision_by_proposal_with_an_amendment_states_nothing() -> None:
    assert by_proposal_only(
        "Kommunfullmäktige beslutade enligt kommunstyrelsens förslag till beslut med ett "
        "tillägg av Anna Berg (M)."
    )
    assert by_proposal_only("Nämnden beslutade enligt med förvaltningens förslag.")
    assert not by_proposal_only(
        "Nämnden beslutade enligt förslaget att bygga en ny skola i norra delen."
    )


def test_a_decision_by_proposal_after_a_vote_or_told_by_a_pronoun_states_nothing() -> None:
    assert by_proposal_only("Nämnden beslutade enligt förvaltningens förslag efter votering 6 - 5.")
    assert by_proposal_only(
        "Styrelsen beslutade i enlighet med detta förslag, vilket redovisas i avsnitt 2.1."
    )
    assert by_proposal_only("Detta beslutades på kommunfullmäktige den 12 mars")
    assert by_proposal_only("Det bifölls och går nu vidare till fullmäktige.")
    assert not by_proposal_only("Det beslutades samtidigt att skolan ska byggas om.")


def test_measures_described_as_tasks_to_agencies_are_no_decision() -> None:
    facts = facts_at(
        "Regeringen presenterar en handlingsplan\n\nRegeringen har i dag beslutat om en "
        "handlingsplan för cirkulär ekonomi. Åtgärderna i planen är främst uppdrag till "
        "olika myndigheter.\n",
        "https://www.regeringen.se/pressmeddelanden/2021/01/plan/",
        None,
    )
    assert [t for t in decisions(facts) if "myndigheter" in t] == []


def test_a_subject_clause_with_a_modal_is_no_decision() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Kommunfullmäktige beslutade att avslå en motion om en ny bro. "
        "Att bygga en bro över ån skulle kosta mer än kommunen har råd med.\n",
        TOWN,
        "2024-03-20",
    )
    found = decisions(facts)
    assert not [s for s in found if s.lower().startswith("bygga en bro")], sorted(found)
    assert [s for s in found if "avslå" in s.lower()], sorted(found)


def test_a_postponement_is_procedure_and_a_descriptive_passive_no_outcome() -> None:
    facts = facts_at(
        "Nyheter från kommunfullmäktige\n\n"
        "Kommunfullmäktige hade sammanträde den 3 mars 2025.\n\n"
        "Nytt program för kultur\n\n"
        "Kulturprogrammet riktas mot alla invånare i kommunen.\n\n"
        "Övriga ärenden\n\n"
        "Fullmäktige sköt upp behandlingen av tre motioner till nästa möte. "
        "Fullmäktige beviljar föreningen ett bidrag på 50 000 kronor.\n",
        TOWN,
        None,
    )
    found = decisions(facts)
    assert not [s for s in found if "riktas" in s or "sköt" in s.lower()], sorted(found)
    assert [s for s in found if "bidrag" in s], sorted(found)


def test_an_impersonal_passive_on_a_plan_dates_its_adoption_and_is_no_decision() -> None:
    facts = facts_at(
        "Regional handlingsplan för friluftsliv\n\n"
        "Länsstyrelsen i Kalmar län samordnar arbetet med friluftslivet i länet. "
        "I februari 2023 beslutades om en regional handlingsplan för friluftsliv.\n",
        COUNTY,
        None,
    )
    assert decisions(facts) == {}
    plans = [n for n in facts.nodes if isinstance(n, Document) and n.adopted_on]
    assert [(p.adopted_on, p.adopted_precision.value) for p in plans if p.adopted_precision] == [
        ("2023-02-01", "month")
    ]


def test_a_compound_proposal_is_the_one_referred_back_to() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Kommunfullmäktige antog den 14 mars en ny grönplan för Tranås kommun.\n\n"
        "Ett medborgarförslag om att ordna fler bänkar i parken avslogs av "
        "kommunfullmäktige med hänvisning till att den modell som beskrivs i förslaget "
        "kostar för mycket.\n",
        TOWN,
        "2024-03-20",
    )
    found = decisions(facts)
    benches = [d for s, d in found.items() if "bänkar" in s]
    assert benches, sorted(found)
    assert links(facts, LinkType.CONCERNS, benches[0].id) == []


def test_a_fronted_decision_noun_opens_what_was_decided() -> None:
    facts = facts_at(
        "Beslut i korthet - kommunstyrelsen 9 november 2022\n\n"
        "Kommunstyrelsen beslutade bland annat att bygga en förskola i centrum. "
        "Beslut togs även om bidrag till Tranås idrottsförening.\n",
        TOWN,
        None,
    )
    found = decisions(facts)
    grant = [d for s, d in found.items() if s.lower().startswith("bidrag till")]
    assert grant, sorted(found)
    assert decided_by(facts, grant[0]) == {KS}
    assert grant[0].date == "2022-11-09"


def test_a_decision_denied_and_a_lead_are_no_decisions() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Kommunfullmäktige sammanträdde den 14 mars. Kommunfullmäktige beslutade i flera "
        "frågor. Kommunfullmäktige beslutade att bygga en ny simhall vid sjön.\n\n"
        "I planen finns exempel på åtgärder. Dessa exempel och förslag är ej beslutade.\n",
        TOWN,
        "2024-03-20",
    )
    found = decisions(facts)
    assert any("simhall" in summary for summary in found), found
    assert len(found) == 1, found


def test_a_report_due_is_no_decision() -> None:
    facts = facts_at(
        "Regeringen har gett länsstyrelserna nya uppgifter.\n\n"
        "Länsstyrelsen ska redovisa 2023 års uppdrag till regeringen den 1 mars 2024.\n",
        COUNTY,
        "2024-01-20",
    )
    assert not decisions(facts)


def test_a_repeated_om_after_the_decision_verb_is_a_second_decision() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Kommunfullmäktige sammanträdde den 14 mars. Bland annat beslutade man om en ny "
        "simhall vid sjön samt om vinnare av årets miljöpris.\n",
        TOWN,
        "2024-03-20",
    )
    found = decisions(facts)
    assert len(found) == 2, found
    assert any("simhall" in s and "miljöpris" not in s for s in found), found
    assert any(s.startswith("Vinnare av årets miljöpris") for s in found), found
    assert all(d.date == "2024-03-14" for d in found.values())

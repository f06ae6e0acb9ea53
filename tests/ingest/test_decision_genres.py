"""Decisions, adoptions and their dates in the forms of minutes, decision lists and
government press releases: each mechanism on short fictional texts written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from tests.ingest.helpers import decided_by, decisions, facts_at, links

MORA = "Organization:kommun:2062"
KF = f"{MORA}:kommunfullmaktige"
KS = f"{MORA}:kommunstyrelsen"
KSAU = f"{MORA}:kommunstyrelsens-arbetsutskott"
SITE = "https://www.mora.se/nyheter/beslut"
GOVERNMENT = "Organization:nationell:regeringen"
DALARNA = "Organization:region:20"
RS = f"{DALARNA}:regionstyrelsen"
RF = f"{DALARNA}:regionfullmaktige"
REGION_SITE = "https://www.regiondalarna.se/nyheter/beslut"


def facts_of(text: str, uri: str = SITE, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, uri, published)


def documents(facts: SourceFacts) -> list[Document]:
    return [n for n in facts.nodes if isinstance(n, Document)]


# --- government tasks -----------------------------------------------------------------------


def test_the_subject_before_ger_gives_the_task_not_the_body_after_it() -> None:
    facts = facts_of(
        "Regeringen ger Boverket i uppdrag att föreslå hur bostadsbehovet ska mätas.",
        uri="https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_a_task_given_with_har_gett_is_a_decision_not_a_standing_mandate() -> None:
    facts = facts_of(
        "Regeringen har gett Boverket i uppdrag att utveckla ett nytt mått på trångboddhet.",
        uri="https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_work_done_on_assignment_of_a_body_is_its_decision_and_of_no_body_none() -> None:
    facts = facts_of(
        "Länsstyrelsen har, på uppdrag av regeringen, samordnat arbetet med en ny "
        "strategi för vatten.\n\n"
        "Rapporten är framtagen på uppdrag av ett konsultbolag av två forskare."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_a_lead_counting_the_tasks_is_no_decision_but_gives_them() -> None:
    facts = facts_of(
        "Regeringen har gett ett tiotal myndigheter i uppdrag att föreslå åtgärder för "
        "vattnet.\n\n"
        "Boverket får därför i uppdrag att kartlägga översvämningsrisker i städerna.",
        uri="https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/",
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Boverket får därför i uppdrag")
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_funds_set_aside_for_the_task_are_part_of_it() -> None:
    facts = facts_of(
        "Regeringen ger Boverket i uppdrag att kartlägga översvämningsrisker i städerna. "
        "Fem miljoner kronor avsätts för uppdraget under 2025.",
        uri="https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/",
    )
    assert len(decisions(facts)) == 1


def test_a_task_named_as_a_noun_is_its_givers_decision() -> None:
    facts = facts_of(
        "Efter ett uppdrag från kommunstyrelsen att se över alla taxor inom äldreomsorgen, "
        "beslutade socialnämnden den 12 juni att godkänna en ny rutin för avgifter."
    )
    tasks = [d for d in decisions(facts).values() if d.summary.startswith("Uppdrag att")]
    assert [t.summary for t in tasks] == ["Uppdrag att se över alla taxor inom äldreomsorgen"]
    assert decided_by(facts, tasks[0]) == {KS}


# --- minutes ---------------------------------------------------------------------------


def test_the_date_of_a_minutes_header_labelled_motesdatum() -> None:
    facts = facts_of(
        "MÖTESPROTOKOLL\n\nMötesdatum\n\nKommunstyrelsen\n\n2024-03-12\n\n"
        "§ 14 Skolskjutsar\n\nKommunstyrelsen beslutar att godkänna rapporten om skolskjutsar.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2024-03-12"


def test_the_date_of_a_run_on_header_plats_och_tid() -> None:
    facts = facts_of(
        "MORA KOMMUN PROTOKOLL 1(9) Plats och tid Stadshuset, tisdagen den 5 mars 2024 "
        "Beslutande Anna Berg Utses att justera Per Ek\n\n"
        "Socialnämnden godkände dagordningen med tillägg av två ärenden.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2024-03-05"


def test_the_chairs_procedure_and_the_vote_are_not_decisions() -> None:
    facts = facts_of(
        "Proposition\n\n"
        "Ordföranden frågar om kommunstyrelsen bifaller förslaget och finner att så är fallet.\n\n"
        "Votering\n\n"
        "Omröstning begärs. Följande beslutsgång godkänns.\n\n"
        "Kommunstyrelsen beslutar med 5 röster mot 4 att ärendet ska avgöras i dag."
    )
    assert decisions(facts) == {}


def test_under_a_bodys_proposal_heading_the_proposal_is_that_bodys_decision() -> None:
    facts = facts_of(
        "MÖTESPROTOKOLL\n\nMötesdatum\n\nKommunstyrelsens arbetsutskott\n\n2024-03-12\n\n"
        "§ 30 Kulturplan\n\n"
        "Arbetsutskottets förslag till kommunstyrelsen\n\n"
        "Kommunstyrelsen beslutar föreslå kommunfullmäktige att anta förslaget till kulturplan.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Föreslå kommunfullmäktige att anta")
    assert (decided_by(facts, decision), decision.date) == ({KSAU}, "2024-03-12")
    assert not links(facts, LinkType.ADOPTED)


def test_items_under_a_proposal_intro_are_proposed_not_adopted() -> None:
    facts = facts_of(
        "Sammanträdesprotokoll\n\nKommunstyrelsen\n\nSammanträdesdatum 2024-04-02\n\n"
        "Kommunstyrelsens förslag\n\n"
        "Kommunstyrelsen föreslår fullmäktige besluta följande:\n\n"
        "\u2022 Fullmäktige antar den reviderade miljöstrategin.\n\n"
        "Beslutsexpediering: Akt",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Föreslår fullmäktige besluta: Fullmäktige antar")
    assert (decided_by(facts, decision), decision.date) == ({KS}, "2024-04-02")
    assert not links(facts, LinkType.ADOPTED)


def test_a_paragraph_item_att_notera_in_run_on_minutes() -> None:
    facts = facts_of(
        "PROTOKOLL. Stadshuset\n\n"
        "1 1 (4) Folkhälsorådet Tid Tisdagen den 2 april 2024 kl Plats Stadshuset\n\n"
        "2 2 (4) 7 Information Ny drogpolicy att notera informationen till protokollet.",
        published=None,
    )
    found = [d for d in decisions(facts).values() if "notera" in d.summary]
    assert [(d.summary, d.date) for d in found] == [
        ("Information Ny drogpolicy att notera informationen till protokollet", "2024-04-02")
    ]


def test_an_upper_case_marker_starts_another_bodys_decision() -> None:
    facts = facts_of(
        "MORA KOMMUN PROTOKOLL Plats och tid Stadshuset, torsdagen den 9 maj 2024\n\n"
        "Kommunstyrelsen har beslutat att nämnderna ska redovisa sina kostnader varje månad "
        "ARBETSUTSKOTTET BESLUTAR att notera informationen om kostnaderna.",
        published=None,
    )
    summaries = sorted(decisions(facts))
    assert summaries == [
        "Notera informationen om kostnaderna",
        "Nämnderna ska redovisa sina kostnader varje månad",
    ]


def test_a_short_decision_after_a_beslut_marker_keeps_the_items_title() -> None:
    facts = facts_of(
        "1 Kommunstyrelsen Protokollsutdrag Sammanträdesdatum 2024-02-05 Sida 1(2) 12 Svar "
        "på motion om fler bänkar i parken Beslut Förslag till kommunfullmäktige Motionen "
        "avslås.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert "bänkar i parken" in decision.summary


def test_a_bodys_dated_decision_it_refers_to_dates_its_undated_proposal() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2024-06-17 § 40 Digital strategi. "
        "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta förslaget till "
        "digital strategi. Handlingar i ärendet: Kommunstyrelsens beslut 2024-06-03, § 88.",
        published=None,
    )
    proposals = [d for d in decisions(facts).values() if d.summary.startswith("Kommunstyrelsen")]
    assert [d.date for d in proposals] == ["2024-06-03"]


# --- meetings and their dates -----------------------------------------------------------


def test_a_meetings_month_takes_the_day_its_heading_states() -> None:
    facts = facts_of(
        "Axplock från kommunstyrelsen 17 juni\n\n"
        "Vid kommunstyrelsens sammanträde i juni togs flera beslut.\n\n"
        "Kommunstyrelsen godkände rapporten om skolskjutsarna."
    )
    (decision,) = decisions(facts).values()
    assert (decision.date, decision.date_precision) == ("2024-06-17", "day")


def test_other_decisions_after_a_decision_on_a_relative_day_are_that_meetings() -> None:
    facts = facts_of(
        "Regionstyrelsen beslutade under onsdagen att ge förvaltningen i uppdrag att se "
        "över vårdköerna.\n\n"
        "Övriga beslut\n"
        "Region Dalarnas styrelse beslutade att bevilja föreningen Fjällvärn ett bidrag.",
        uri=REGION_SITE,
        published="2024-06-19",
    )
    found = decisions(facts)
    assert {d.date for d in found.values()} == {"2024-06-19"}
    assert all(decided_by(facts, d) == {RS} for d in found.values())


# --- decisions stated in other ways ----------------------------------------------------


def test_det_har_body_beslutat_points_back_to_the_sentence_before() -> None:
    facts = facts_of(
        "Budgeten för den nya simhallen utökas med 20 miljoner kronor. "
        "Det har regionfullmäktige beslutat.",
        uri=REGION_SITE,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Budgeten för den nya simhallen utökas")
    assert decided_by(facts, decision) == {RF}


def test_a_headline_restating_the_decision_below_is_not_another() -> None:
    facts = facts_of(
        "Kommunstyrelsen beslutade enligt förvaltningens förslag\n\n"
        "Kommunstyrelsen beslutade bifalla förvaltningens förslag om nya skolskjutsar."
    )
    (decision,) = decisions(facts).values()
    assert "skolskjutsar" in decision.summary


def test_beslut_om_a_and_b_at_a_meeting_are_two_decisions() -> None:
    facts = facts_of(
        "På kommunfullmäktiges sammanträde fattades bland annat beslut om kommunens "
        "badplatser och nya regler om ljud i parker och på torg."
    )
    assert sorted(decisions(facts)) == [
        "Kommunens badplatser",
        "Nya regler om ljud i parker och på torg",
    ]


def test_an_impersonal_election_at_a_meeting_is_its_bodys_decision() -> None:
    facts = facts_of(
        "Ordföranden berättar om sammanträdet i kommunfullmäktige 17 juni. "
        "Det valdes ett nytt presidium."
    )
    (decision,) = decisions(facts).values()
    assert (decided_by(facts, decision), decision.date) == ({KF}, "2024-06-17")


def test_a_passive_tillstyrktes_names_its_body_after_the_verb() -> None:
    facts = facts_of(
        "Det är målet i den nya regionala utvecklingsstrategin för 2025-2040 som "
        "tillstyrktes av regionstyrelsen den 18 juni.",
        uri=REGION_SITE,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Den nya regionala utvecklingsstrategin")
    assert (decided_by(facts, decision), decision.date) == ({RS}, "2024-06-18")


# --- adoptions --------------------------------------------------------------------------


def test_a_passive_adoption_by_no_body_named_dates_the_document_only() -> None:
    facts = facts_of(
        "Bostäder i Mora\n\nDen 12 mars 2024 antogs Program för bostadsbyggande 2024-2028."
    )
    assert not links(facts, LinkType.ADOPTED)
    assert [d.adopted_on for d in documents(facts)] == ["2024-03-12"]


def test_an_att_item_adopting_a_plan_is_the_intro_bodys_adoption_on_its_meeting_day() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen Sammanträdesdatum 2024-09-18\n\n"
        "§ 5 Folkhälsoplan 2025\n\n"
        "Kommunstyrelsen beslutar: 1. att bevilja föreningen Skidklubben ett bidrag. "
        "2. att folkhälsoplan 2025 godkänns.",
        published=None,
    )
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert (adopted.from_id, adopted.date) == (KS, "2024-09-18")


def test_a_godkand_line_dates_the_pages_document() -> None:
    facts = facts_of(
        "Handlingsplan för trygghet\n\nPlanen beskriver arbetet mot otrygghet.\n\n"
        "Godkänd 2023-05-09. Planen ska revideras varje mandatperiod.",
        published=None,
    )
    plans = [d for d in documents(facts) if d.title.startswith("Handlingsplan")]
    assert [p.adopted_on for p in plans] == ["2023-05-09"]


def test_a_committees_adoption_replaces_its_regions_in_the_headline() -> None:
    facts = facts_of(
        "Region Dalarna har antagit en ny kulturstrategi\n\n"
        "Vid sitt möte antog regionstyrelsen en ny kulturstrategi för åren 2025-2030.",
        uri=REGION_SITE,
    )
    assert {x.from_id for x in links(facts, LinkType.ADOPTED)} == {RS}


def test_a_body_proposing_a_decision_decides_but_officials_proposing_do_not() -> None:
    facts = facts_of(
        "Kommunstyrelsen 12 juni 2024\n\n"
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att bevilja "
        "föreningen Skidklubben ett bidrag på 20 000 kronor.\n\n"
        "Kommunledningskontoret föreslår kommunstyrelsen besluta att godkänna rapporten "
        "om skolskjutsarna."
    )
    (decision,) = decisions(facts).values()
    assert "Skidklubben" in decision.summary
    assert decided_by(facts, decision) == {KSAU}

"""Decisions restated, pointed back to, backed and dated by a § reference: one task
stated three times, "Båda ärendena bifölls", "ställde sig bakom <owner>s plan", the
meeting's owner as the decider, a relative clause, a proposal adopted. Short fictional
texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from tests.ingest.helpers import decided_by, decisions, facts_at, links

GOVERNMENT = "Organization:nationell:regeringen"
GOVERNMENT_SITE = "https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/"
TOWN = "https://www.tranas.se/nyheter/2024/beslut"
KS = "Organization:kommun:0687:kommunstyrelsen"


def _documents(facts: SourceFacts) -> list[Document]:
    return [n for n in facts.nodes if isinstance(n, Document)]


def test_two_tasks_to_one_receiver_stay_two_decisions() -> None:
    facts = facts_at(
        "Pressmeddelande\n\nRegeringen har beslutat om två uppdrag till Trafikverket.\n\n"
        "Trafikverket får i uppdrag att se över rastplatserna längs de stora vägarna.\n\n"
        "Trafikverket får också i uppdrag att redovisa kostnaderna för vinterväghållningen.\n",
        GOVERNMENT_SITE,
        "2024-06-12",
    )
    found = decisions(facts)
    assert len(found) == 2, list(found)
    assert all(decided_by(facts, d) == {GOVERNMENT} for d in found.values())


def test_tasks_to_two_receivers_stay_two_decisions() -> None:
    facts = facts_at(
        "Pressmeddelande\n\nRegeringen har beslutat om två nya uppdrag.\n\n"
        "Trafikverket får därför i uppdrag att se över rastplatserna längs vägarna.\n\n"
        "Boverket får därför i uppdrag att se över reglerna för bygglov på landsbygden.\n",
        GOVERNMENT_SITE,
        "2024-06-12",
    )
    assert len(decisions(facts)) == 2


def test_a_reference_line_dates_its_bodys_decision() -> None:
    facts = facts_at(
        "§ 12 Motion om cykelvägar\n\nSAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n\n"
        "- Tekniska nämnden 2023-10-04, § 88\n- Kommunstyrelsen 2023-11-15, § 201\n\n"
        "Tekniska nämnden har tillstyrkt motionen om cykelvägar.\n\n"
        "Kommunstyrelsen har föreslagit att motionen ska anses besvarad.\n",
        TOWN,
        None,
    )
    by_words = {s.split()[0].lower() + s.split()[1].lower(): d for s, d in decisions(facts).items()}
    assert by_words["tekniskanämnden"].date == "2023-10-04"
    assert by_words["kommunstyrelsenhar"].date == "2023-11-15"


def test_both_matters_pointed_back_to_are_decided_and_the_plan_adopted() -> None:
    facts = facts_at(
        "Rapport från kommunstyrelsen\n\n"
        "Sammanträdet i tisdags hade flera viktiga beslut, bland annat taxan för "
        "färdtjänst 2025 och Cykelplan för Tranås kommun. "
        "Båda ärendena bifölls av kommunstyrelsen.\n",
        TOWN,
        "2024-06-20",
    )
    (plan,) = [d for d in _documents(facts) if "Cykelplan" in d.title]
    assert links(facts, LinkType.ADOPTED, KS, plan.id)
    found = decisions(facts)
    assert list(found) == ["Taxan för färdtjänst 2025 bifölls"]
    assert decided_by(facts, found["Taxan för färdtjänst 2025 bifölls"]) == {KS}


def test_backing_another_organisations_plan_is_a_decision_not_an_adoption() -> None:
    facts = facts_at(
        "Kommunstyrelsen 18 juni\n\n"
        "Kommunstyrelsen ställde sig bakom Cykelförbundets plan för säkra cykelvägar.\n",
        TOWN,
        "2024-06-20",
    )
    assert links(facts, LinkType.ADOPTED, KS) == []
    (decision,) = decisions(facts).values()
    assert "bakom" in decision.summary
    assert decided_by(facts, decision) == {KS}


def test_backing_its_own_plan_adopts_it() -> None:
    facts = facts_at(
        "Kommunstyrelsen 18 juni\n\n"
        "Kommunstyrelsen ställde sig bakom Cykelplan för Tranås kommun.\n",
        TOWN,
        "2024-06-20",
    )
    (plan,) = _documents(facts)
    assert links(facts, LinkType.ADOPTED, KS, plan.id)


def test_the_owner_of_the_meeting_decides_what_man_decided() -> None:
    facts = facts_at(
        "Ny beredning för cykling\n\n"
        "Vid Kommunförbundet Västernorrlands styrelsemöte i dag beslutade man att tillsätta "
        "en ny politisk beredning för cykling med fem ledamöter.\n",
        "https://www.example.se/nyheter/2024/beredning",
        "2024-06-20",
    )
    (decision,) = decisions(facts).values()
    # The meeting is the association's board's: that body decides, PART_OF the association.
    board = "Organization:kommunforbund:22:styrelsen"
    assert decided_by(facts, decision) == {board}
    assert links(facts, LinkType.PART_OF, board, "Organization:kommunforbund:22")


def test_a_relative_clause_decision_is_its_noun_phrase() -> None:
    facts = facts_at(
        "Kommunstyrelsen 18 juni\n\n"
        "Cykelplanen bygger på den inriktning för cykelvägarna som kommunstyrelsen "
        "fastslog i januari 2024.\n",
        TOWN,
        "2024-06-20",
    )
    (decision,) = decisions(facts).values()
    assert decision.summary.startswith("Den inriktning för cykelvägarna")
    assert decision.date == "2024-01-01"
    assert links(facts, LinkType.CONCERNS, decision.id) == []


def test_fixing_the_proposal_for_a_plan_adopts_the_plan() -> None:
    facts = facts_at(
        "Kommunstyrelsen 18 juni\n\n"
        "Kommunstyrelsen fastställde det utskickade förslaget till Cykelplan för Tranås "
        "kommun med några tillägg.\n",
        TOWN,
        "2024-06-20",
    )
    (plan,) = _documents(facts)
    assert links(facts, LinkType.ADOPTED, KS, plan.id)
    assert decisions(facts) == {}


def test_approving_a_proposal_to_send_on_adopts_nothing() -> None:
    facts = facts_at(
        "Kommunstyrelsen 18 juni\n\n"
        "Tekniska nämnden har godkänt förslag till Cykelplan för Tranås kommun och "
        "översänt det för kommunfullmäktiges antagande.\n",
        TOWN,
        "2024-06-20",
    )
    # The adoption frames read no adoption here (ingest.rules.document_owners has a
    # verb-before-document rule of its own).
    frames = [k for k in links(facts, LinkType.ADOPTED) if k.evidence.rule.endswith("sentence")]
    assert frames == []


def test_a_list_of_decisions_for_notice_gives_each_bodys_decision() -> None:
    facts = facts_at(
        "Ärenden för kännedom juni 2024\n\n"
        "Kommunfullmäktige Kommunfullmäktiges beslut , Ny taxa för parkering i centrum "
        "Kommunfullmäktiges beslut , Cykelplan för Tranås kommun "
        "Kommunfullmäktiges beslut , Svar på motion om fler bänkar "
        "Kommunstyrelsen Kommunstyrelsens beslut , 12 - Regler för bidrag till "
        "föreningar 2025 Tekniska nämnden Ärendelista\n",
        TOWN,
        "2024-06-20",
    )
    kf = "Organization:kommun:0687:kommunfullmaktige"
    found = decisions(facts)
    assert decided_by(facts, found["Ny taxa för parkering i centrum"]) == {kf}
    assert decided_by(facts, found["Regler för bidrag till föreningar 2025"]) == {KS}
    assert not any("motion" in s for s in found)  # the answer named, no outcome stated
    (plan,) = [d for d in _documents(facts) if "Cykelplan" in d.title]
    assert links(facts, LinkType.ADOPTED, kf, plan.id)


def test_one_body_named_with_beslut_is_no_list() -> None:
    facts = facts_at(
        "Nyheter\n\nKommunstyrelsens beslut , enligt ordföranden, väntas i höst.\n",
        TOWN,
        "2024-06-20",
    )
    assert decisions(facts) == {}


def test_funds_granted_for_what_the_sentence_before_asked() -> None:
    facts = facts_at(
        "Kommunfullmäktige 18 juni\n\n"
        "Tekniska nämnden begärde i våras pengar för nya belysningsstolpar vid "
        "idrottsplatsen. Kommunfullmäktige anslog nu medel för detta.\n",
        TOWN,
        "2024-06-20",
    )
    (decision,) = decisions(facts).values()
    assert "belysningsstolpar" in decision.summary
    assert decided_by(facts, decision) == {"Organization:kommun:0687:kommunfullmaktige"}

"""Wordings first met on development pages in the twenty-fifth session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
FLEN = "Organization:kommun:0482"
REGIONAL = "https://www.regionsormland.se/nyheter/2024/ny-handlingsplan"
HEAD = "Flens kommun\n\nNyheter\n\n2024-03-14\n\n"


def _documents(text: str, uri: str = MUNICIPAL) -> list[str]:
    return sorted(documents(facts_at(HEAD + text, uri, "2024-03-14")))


def test_a_bare_plan_takes_the_topic_of_its_later_definite_naming() -> None:
    found = _documents(
        "Regionfullmäktige gav regionstyrelsen i uppdrag att ta fram en handlingsplan.\n\n"
        "Handlingsplanen för den digitala utvecklingen i länet beskriver hur arbetet ska "
        "bedrivas de kommande åren.\n",
        REGIONAL,
    )
    assert found == [
        "Document:regional:action-plan:lan:04:handlingsplan-for-den-digitala-utvecklingen-i-lanet"
    ], found


def test_a_described_plan_keeps_its_own_name() -> None:
    described = _documents(
        "Kommunstyrelsen har antagit en digital handlingsplan. Handlingsplanen för skolans "
        "it-miljö är en del av den.\n"
    )
    assert not [d for d in described if "skolans" in d], described


def _decided_by(text: str) -> dict[str, tuple[set[str], str | None]]:
    facts = facts_at(HEAD + text, MUNICIPAL, "2024-03-14")
    return {s: (decided_by(facts, d), d.date) for s, d in decisions(facts).items()}


def test_bullets_under_a_boards_other_matters_are_its_decisions_of_the_meeting() -> None:
    found = _decided_by(
        "Måndagen den 11 mars höll kommunstyrelsen sitt sammanträde.\n\nMest tid ägnades åt "
        "en motion om en ny förskola, som utbildningsnämnden hade yttrat sig över.\n\n"
        "Kommunstyrelsen beslutade även i flera andra ärenden, bland annat:\n\n"
        "  • Moderaternas motion om fler laddstolpar avslogs.\n\n"
        "  • Vänsterpartiets motion om gratis kollektivtrafik ansågs besvarad.\n"
    )
    board = "Organization:kommun:0482:kommunstyrelsen"
    items = {s: v for s, v in found.items() if "laddstolpar" in s or "kollektivtrafik" in s}
    assert len(items) == 2, found
    assert all(v == ({board}, "2024-03-11") for v in items.values()), items


def test_matters_named_as_headings_below_the_intro_are_not_decisions() -> None:
    found = _decided_by(
        "Kommunstyrelsen sammanträdde den 11 mars.\n\nKommunstyrelsen tog beslut i dessa "
        "ärenden:\n\nCentrumprojektet i Flen 2024\u20132026\n\nKommunstyrelsen beslutade att "
        "förlänga projektet med ett år.\n"
    )
    assert not [s for s in found if s.startswith("Centrumprojektet")], found


def test_a_period_after_a_span_of_ten_years_is_the_documents() -> None:
    found = _documents(
        "Regionfullmäktige antog i dag en ny regional utvecklingsstrategi för Sörmland. Den "
        "ska gälla i tio år, mellan 2025-2035.\n",
        REGIONAL,
    )
    assert found == ["Document:regional:strategy:lan:04:2025-2035"], found


def test_a_task_given_at_the_same_time_as_an_adoption_takes_its_day() -> None:
    facts = facts_at(
        HEAD + "Den 12 februari antog kommunfullmäktige kommunens nya klimatstrategi. Samtidigt "
        "uppdrogs till kommunstyrelsen att ta fram en plan för uppföljningen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = {s: d.date for s, d in decisions(facts).items()}
    assert [d for s, d in found.items() if "uppdrogs" in s] == ["2024-02-12"], found


def test_the_countrys_known_documents_are_national_on_a_county_boards_page() -> None:
    found = _documents(
        "Tillsynen av serveringstillstånd är viktig för genomförandet av ANDT-strategin i "
        "länet. Arbetet ska också bidra till den klimatpolitiska handlingsplanen.\n",
        "https://www.lansstyrelsen.se/gavleborg/nyheter/2024/tillsyn.html",
    )
    assert found == [
        "Document:national:action-plan:se:klimatpolitisk-handlingsplan",
        "Document:national:strategy:se:andt-strategi",
    ], found


def test_a_countys_own_strategy_of_a_known_name_stays_the_countys() -> None:
    found = _documents(
        "Länsstyrelsen har tagit fram en regional ANDT-strategi för 2024-2027.\n",
        "https://www.lansstyrelsen.se/gavleborg/nyheter/2024/strategi.html",
    )
    assert found == ["Document:regional:strategy:lan:21:andt:2024-2027"], found


def _taking_part(text: str) -> set[tuple[str, str]]:
    facts = facts_at(HEAD + text, MUNICIPAL, "2024-03-14")
    return {(x.from_id, x.to_id) for x in links(facts, LinkType.PARTICIPATES_IN)}


def test_signing_backing_and_a_verb_before_its_subject_take_part_in_an_initiative() -> None:
    assert _taking_part(
        "I mars skrev Flens kommun på Fossilfritt Sverige och lovade att minska utsläppen.\n"
    ) == {(FLEN, "Initiative:fossilfritt-sverige")}
    assert _taking_part(
        "Flens kommun ställer sig bakom regeringens initiativ Fossilfritt Sverige.\n"
    ) == {(FLEN, "Initiative:fossilfritt-sverige")}
    assert _taking_part(
        'Under vecka 47 deltar Flens kommun i kampanjen "Orange Day" mot våld.\n'
    ) == {(FLEN, "Initiative:orange-day")}


def test_a_decision_the_pages_text_breaks_off_in_is_not_read() -> None:
    found = _decided_by(
        "Kommunstyrelsen sammanträdde den 11 mars. Kommunstyrelsen beslutade att anta en ny "
        "taxa för bygglov. Kommunstyrelsen har därför beslutat att bevilja s"
    )
    assert sorted(found) == ["Anta en ny taxa för bygglov"], found


def test_a_deepening_of_the_comprehensive_plan_is_a_plan_of_its_own() -> None:
    found = _documents(
        "Kommunstyrelsen beslutade i veckan att en fördjupning av Sparreholms översiktsplan "
        "ska tas fram. Kommunens översiktsplan antogs 2018.\n"
    )
    assert "Document:municipal:plan:kommun:0482:fordjupning-av-sparreholms-oversiktsplan" in (
        found
    ), found


def test_a_generic_noun_capitalised_before_its_topic_is_a_title_not_a_name() -> None:
    found = _documents(
        "Kommunfullmäktige har ställt sig bakom Avsiktsförklaringen för en god och jämlik "
        "hälsa i Södermanland.\n"
    )
    assert found == [
        "Document:regional:agreement:lan:04:avsiktsforklaring-for-en-god-och-jamlik-halsa-i-sodermanland"
    ], found


def test_a_list_under_a_loose_noun_belongs_to_the_pages_only_document() -> None:
    facts = facts_at(
        "Region Sörmland\n\nNyheter\n\n2024-03-14\n\nRegionfullmäktige antog i går den "
        "regionala utvecklingsstrategin.\n\nTre utvecklingsområden genomsyrar planen:\n\n"
        "  • En växande region med goda kommunikationer.\n"
        "  • En nyskapande region med ett starkt näringsliv.\n",
        REGIONAL,
        "2024-03-14",
    )
    owners = {x.from_id for x in links(facts, LinkType.HAS_GOAL)}
    assert owners == {"Document:regional:strategy:lan:04:utvecklingsstrategi"}, owners

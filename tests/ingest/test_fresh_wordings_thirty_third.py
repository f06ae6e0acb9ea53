"""Wordings and page shapes first met on development pages in the thirty-third session
(2026-12-03). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal
from tests.ingest.helpers import adopted_dates, facts_at, links

_TOWN = "https://www.ljusdal.se/nyheter/kommunstyrelsen/"
_LJUSDAL = "Organization:kommun:2161"
_BOLLNAS = "Organization:kommun:2183"
_OVANAKER = "Organization:kommun:2121"


def _pairs(text: str, type_: LinkType) -> set[tuple[str, str]]:
    facts = facts_at(text, _TOWN, "2023-05-10")
    return {(k.from_id, k.to_id.split(":")[-1]) for k in links(facts, type_)}


def test_partners_a_body_teams_up_with_take_part_in_the_project() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun går samman med Bollnäs kommun och Ovanåkers kommun i projektet "
        "”Framtidens besöksnäring”. Arbetet pågår till 2025.\n"
    )
    taking_part = _pairs(text, LinkType.PARTICIPATES_IN)
    assert taking_part == {
        (_LJUSDAL, "framtidens-besoksnaring"),
        (_BOLLNAS, "framtidens-besoksnaring"),
        (_OVANAKER, "framtidens-besoksnaring"),
    }, taking_part


def test_those_with_in_the_project_take_part_in_the_one_named_before() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun satsar på projektet Skogens Värden. Målet är fler jobb i skogen. "
        "Även Bollnäs kommun och Ovanåkers kommun är med i projektet.\n"
    )
    taking_part = _pairs(text, LinkType.PARTICIPATES_IN)
    assert (_BOLLNAS, "skogens-varden") in taking_part, taking_part
    assert (_OVANAKER, "skogens-varden") in taking_part, taking_part


def test_the_project_of_another_paragraph_is_not_referred_back_to() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun satsar på projektet Skogens Värden.\n\n"
        "Ny skola\n\n"
        "Bollnäs kommun är med i projektet om en ny skola.\n"
    )
    assert not _pairs(text, LinkType.PARTICIPATES_IN)


def test_a_body_that_will_co_fund_the_project_funds_it() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun deltar i projektet Skogens Värden. Projektet pågår i tre år och "
        "Ljusdals kommun kommer att medfinansiera projektet med 400 000 kronor.\n\n"
        "Bollnäs kommun vill stärka turismen genom att medfinansiera projektet Hälsinge Leder.\n"
    )
    funding = _pairs(text, LinkType.FUNDS)
    assert funding == {(_LJUSDAL, "skogens-varden"), (_BOLLNAS, "halsinge-leder")}, funding


def test_a_project_funded_by_another_in_the_passive_is_not_the_subjects_grant() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun deltar i projektet Skogens Värden, om det medfinansieras av "
        "Bollnäs kommun.\n"
    )
    assert not _pairs(text, LinkType.FUNDS)


def test_the_parties_of_a_pledge_signed_between_them_signed_it() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Kommundirektören och lokalpolisområdets chef undertecknade i maj ett "
        "medborgarlöfte mellan Ljusdals kommun och Polisen.\n"
    )
    signed = {k.from_id for k in links(facts_at(text, _TOWN, "2023-05-10"), LinkType.SIGNED)}
    assert signed == {_LJUSDAL, "Organization:nationell:polismyndigheten"}, signed


def test_an_agreement_between_parties_whose_title_names_them_is_signed_by_each() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Landshövdingen och generaldirektören möttes för att underteckna en överenskommelse "
        "mellan Länsstyrelsen Gävleborg och Energimyndigheten.\n"
    )
    signed = {k.from_id for k in links(facts_at(text, _TOWN, "2023-05-10"), LinkType.SIGNED)}
    assert signed == {
        "Organization:lansstyrelse:21",
        "Organization:nationell:energimyndigheten",
    }, signed


def test_a_proposed_agreement_between_parties_is_signed_by_none() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Kommunstyrelsen godkände förslag till avtal om samverkan mellan Ljusdals kommun och "
        "Bollnäs kommun, som ska undertecknas i juni.\n"
    )
    assert not links(facts_at(text, _TOWN, "2023-05-10"), LinkType.SIGNED)


def test_a_body_and_the_partners_it_signed_an_agreement_with_signed_it() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun skrev idag under ett nytt samverkansavtal med Polisen och "
        "Bollnäs kommun.\n"
    )
    facts = facts_at(text, _TOWN, "2023-05-10")
    signed = {k.from_id for k in links(facts, LinkType.SIGNED)}
    assert signed == {_LJUSDAL, _BOLLNAS, "Organization:nationell:polismyndigheten"}, signed


def test_a_body_after_its_fronted_verb_and_place_genitive_adopted_the_document() -> None:
    text = (
        "Publicerad 2022-08-20\n\n"
        "Den 17 juni antog Ljusdals kommunfullmäktige den nya kulturplanen för 2023-2026.\n"
    )
    facts = facts_at(text, _TOWN, "2022-08-20")
    adopted = {(k.from_id, k.to_id) for k in links(facts, LinkType.ADOPTED)}
    assert len(adopted) == 1, adopted
    body, doc = adopted.pop()
    assert body == f"{_LJUSDAL}:kommunfullmaktige" and doc.endswith("2023-2026"), (body, doc)
    assert list(adopted_dates(facts).values()) == ["2022-06-17"], adopted_dates(facts)


def test_an_adoption_on_a_stated_day_after_a_paragraph_sign_is_dated_by_it() -> None:
    text = (
        "Publicerad 2022-12-01\n\n"
        "Kommunfullmäktige beslutade 2022-11-22, § 119 om en ny planeringsstrategi för "
        "kommunen.\n"
    )
    facts = facts_at(text, _TOWN, "2022-12-01")
    assert list(adopted_dates(facts).values()) == ["2022-11-22"], adopted_dates(facts)


def test_today_restated_by_its_date_is_that_date() -> None:
    text = (
        "Publicerad 2020-04-02\n\n"
        "Kommunfullmäktige beslutade idag den 31 mars om en ny kulturstrategi för kommunen.\n"
    )
    facts = facts_at(text, _TOWN, "2020-04-02")
    assert list(adopted_dates(facts).values()) == ["2020-03-31"], adopted_dates(facts)


def test_bodies_a_council_lists_by_their_indefinite_names_are_the_towns() -> None:
    text = (
        "Folkhälsorådet\n\n"
        "I rådet ingår en politiker från varje:\n"
        " • kulturnämnd\n"
        " • socialnämnd\n"
        " • bygg- och miljönämnd\n"
    )
    facts = facts_at(text, _TOWN, "2023-05-10")
    parts = {k.from_id for k in links(facts, LinkType.PART_OF) if k.to_id == _LJUSDAL}
    assert {
        f"{_LJUSDAL}:kulturnamnden",
        f"{_LJUSDAL}:socialnamnden",
        f"{_LJUSDAL}:bygg-och-miljonamnden",
    } <= parts, parts


def test_a_single_listed_body_word_names_no_body() -> None:
    text = "Folkhälsorådet\n\nVi söker en ledamot till:\n • referensgrupp\n • kulturnämnd\n"
    facts = facts_at(text, _TOWN, "2023-05-10")
    assert not [k for k in links(facts, LinkType.PART_OF) if "kulturnamnden" in k.from_id]


def test_those_listed_after_a_fronted_verb_take_part() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Ljusdals kommun har fått stöd till projektet Unga Jobb. Förutom Ljusdals kommun "
        "medverkar Bollnäs kommun och Ovanåkers kommun i projektet.\n"
    )
    taking_part = _pairs(text, LinkType.PARTICIPATES_IN)
    assert taking_part == {
        (_LJUSDAL, "unga-jobb"),
        (_BOLLNAS, "unga-jobb"),
        (_OVANAKER, "unga-jobb"),
    }, taking_part


def _goals(text: str) -> set[str]:
    facts = facts_at(text, _TOWN, "2023-05-10")
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_numbered_goal_lines_with_a_full_stop_are_goals() -> None:
    text = (
        "Trafikprogram 2023-2026\n\n"
        "Kommunfullmäktige antog programmet i maj.\n\n"
        "Mål 1. Fler reser med buss till jobbet år 2030.\n\n"
        "Mål 2. Alla skolvägar är trygga.\n"
    )
    goals = _goals(text)
    assert {g.lower() for g in goals} == {
        "fler reser med buss till jobbet år 2030",
        "alla skolvägar är trygga",
    }, goals


def test_paragraphs_under_a_goals_heading_are_goals_up_to_the_next_heading() -> None:
    text = (
        "Plan för trygghet\n\n"
        "Antagen av kommunstyrelsen 2023-04-04\n\n"
        "Mål\n\n"
        "Alla känner sig trygga i centrum.\n\n"
        "Färre unga börjar använda narkotika.\n\n"
        "Strategier\n\n"
        "Kommunen arbetar med polisen.\n"
    )
    assert _goals(text) == {
        "Alla känner sig trygga i centrum",
        "Färre unga börjar använda narkotika",
    }, _goals(text)


def test_a_plan_that_was_set_in_a_relative_clause_is_no_decision_of_the_page() -> None:
    text = (
        "Nytt om kommunstyrelsen\n\n"
        "Nämnden gör sin budget utifrån Kommunplan 2023 som fastställdes av "
        "kommunfullmäktige i december 2022.\n\n"
        "Kommunstyrelsen beslutade att bygga en ny förskola i Färila.\n"
    )
    facts = facts_at(text, _TOWN, "2023-05-10")
    summaries = [getattr(n, "summary", "") for n in facts.nodes if n.label == "Decision"]
    assert len(summaries) == 1 and "förskola" in summaries[0], summaries


def test_a_labelled_chair_in_a_block_headed_by_a_body_chairs_that_body() -> None:
    text = (
        "Nämnder och styrelser\n\n"
        "Kommunfullmäktige\n"
        "Antal ledamöter: 41\n"
        "Ordförande: Karin Berg\n\n"
        "Kontakt\n"
        "Telefon: 0651-180 00\n"
    )
    facts = facts_at(text, _TOWN, "2023-05-10")
    roles = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {("Person:person:karin-berg", f"{_LJUSDAL}:kommunfullmaktige")}, roles


def test_climate_pledges_are_an_agreement_whose_listed_acts_are_its_activities() -> None:
    text = (
        "Nya klimatlöften\n\n"
        "Kommunstyrelsen har antagit nya klimatlöften.\n\n"
        "Kommunens klimatlöften för 2024-2026 är:\n\n"
        "  • Vi minskar utsläppen från våra transporter.\n"
        "  • Vi ställer klimatkrav vid upphandling.\n"
        "  • Vi minskar matsvinnet i skolorna.\n"
    )
    facts = facts_at(text, _TOWN, "2024-02-01")
    owners = {k.from_id for k in links(facts, LinkType.HAS_ACTIVITY)}
    assert len(owners) == 1, owners
    owner = owners.pop()
    assert owner.startswith("Document:municipal:agreement:kommun:2161:"), owner
    assert len(links(facts, LinkType.HAS_ACTIVITY)) == 3


def test_a_campaign_pledge_is_no_agreement() -> None:
    text = "Nyheter\n\nPartiets vallöfte om lägre skatt har kritiserats av oppositionen.\n"
    facts = facts_at(text, _TOWN, "2024-02-01")
    assert not [n for n in facts.nodes if n.label == "Document"]

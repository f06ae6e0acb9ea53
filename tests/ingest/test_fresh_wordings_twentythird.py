"""Wordings first met on development pages in the twenty-third session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from ingest.language.sites import site_owner
from tests.ingest.helpers import adopted_dates, decisions, facts_at, held_roles, organizations

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
FLEN = "Organization:kommun:0482"
HEAD = "Flens kommun\n\nNyheter\n\n2024-03-14\n\n"


def _adopted(text: str) -> dict[str, str | None]:
    return adopted_dates(facts_at(text, MUNICIPAL, "2024-03-14"))


def test_a_definite_plural_before_two_namings_of_one_guideline_is_adopted() -> None:
    found = _adopted(
        HEAD + "Kommunen har tagit fram riktlinjer för vård och omsorg. Riktlinjerna antogs "
        "av kommunfullmäktige den 12 februari 2024.\n\nLänk\n\nRiktlinjer för vård och "
        "omsorg 2024 till 2030.\n\nI kommunens riktlinjer för vård och omsorg finns verktyg "
        "för uppföljning.\n"
    )
    assert found == {"guideline:kommun:0482:2024-2030": "2024-02-12"}, found


def test_two_guidelines_of_different_topics_leave_the_plural_unresolved() -> None:
    found = _adopted(
        HEAD + "Riktlinjerna antogs av kommunfullmäktige den 12 februari 2024.\n\nRiktlinjer "
        "för vård och omsorg 2024 till 2030.\n\nRiktlinjer för markanvisning 2024 till "
        "2030.\n"
    )
    assert found == {}, found


def test_an_election_that_names_the_person_first_after_the_verb_is_a_decision_and_a_role() -> None:
    text = (
        HEAD + "På kommunfullmäktiges sammanträde den 11 mars valdes Karin Holm till ny "
        "ordförande i kommunstyrelsen. Hon ersätter Per Lund, som i januari valde att ställa "
        "sin plats till förfogande.\n"
    )
    facts = facts_at(text, MUNICIPAL, "2024-03-14")
    found = decisions(facts)
    assert [d.date for d in found.values()] == ["2024-03-11"], found
    assert "valdes Karin Holm" in next(iter(found)), found
    assert held_roles(facts) == {("karin-holm", f"{FLEN}:kommunstyrelsen", "Ordförande")}


def test_an_election_with_an_adverb_after_the_passive_is_no_named_election() -> None:
    facts = facts_at(
        HEAD + "Karin Holm valdes även till ny ordförande för kommunens bolag.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert decisions(facts) == {}


def test_a_body_that_chose_to_send_a_matter_on_still_decided() -> None:
    facts = facts_at(
        HEAD + "Arbetsutskottet behandlade ärendet men valde att skicka det vidare till "
        "kommunstyrelsen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert len(decisions(facts)) == 1


def test_the_body_elected_into_comes_after_the_title() -> None:
    facts = facts_at(
        HEAD + "Kommunfullmäktige valde Eva Dahl (S) till ny ordförande för kultur- och "
        "fritidsnämnden.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert held_roles(facts) == {("eva-dahl", f"{FLEN}:kultur-och-fritidsnamnden", "Ordförande")}, (
        held_roles(facts)
    )


MINUTES = (
    "Kommunstyrelsen Sammanträdesdatum Kommunkontoret, Surahammar Måndag 17 november 2014\n\n"
    "Plats och tid Kommunkontoret, Surahammar Måndag 17 november 2014, kl 13.00\n\n"
    "Ks 96 Kommunstyrelsen beslutar att anta riktlinjer för kulturstipendium.\n"
)


def test_minutes_name_their_municipality_by_the_office_they_sat_in() -> None:
    orgs = organizations(facts_at(MINUTES, "file:///minutes.txt", None))
    assert "Organization:kommun:1907" in orgs, sorted(orgs)
    assert "Organization:kommun:1907:kommunstyrelsen" in orgs, sorted(orgs)
    assert "Organization:kommun:1907:kommunkontoret" not in orgs, sorted(orgs)


def test_a_dated_office_signing_a_memo_stays_a_body() -> None:
    text = HEAD + "Yttrande över motionen\n\n- Kommunledningskontoret 2024-02-19\n"
    assert f"{FLEN}:kommunledningskontoret" in organizations(facts_at(text, MUNICIPAL, None))


def test_a_copy_of_minutes_is_the_municipality_of_the_office_its_address_names() -> None:
    owner = site_owner(
        "http://docplayer.se/1-kommunstyrelsen-sammantradesdatum-2014-11-17-kommunkontoret-"
        "surahammar-mandag.html"
    )
    assert owner is not None and owner.key == "1907"
    assert site_owner("http://docplayer.se/1-kommunkontoret-2011-09-07.html") is None


def test_a_short_decision_before_a_relative_clause_takes_its_items_heading() -> None:
    text = (
        HEAD + "Beslut att godkänna remissvar om ny järnväg till Malmköping\n\n"
        "Trafikverket har skickat ett förslag på remiss till kommunen.\n\n"
        "Kommunstyrelsen beslutade att godkänna remissvaret, som därefter går till "
        "Trafikverket.\n"
    )
    (summary,) = decisions(facts_at(text, MUNICIPAL, "2024-03-14"))
    assert "järnväg till Malmköping" in summary, summary


def test_a_proposal_that_got_the_councils_approval_is_a_decision() -> None:
    facts = facts_at(
        HEAD + "Kommunfullmäktige sammanträdde den 12 mars. Motionen om fler "
        "laddstolpar fick bifall.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert [d.summary for d in decisions(facts).values()] == [
        "Motionen om fler laddstolpar fick bifall."
    ]


def test_a_company_head_is_the_companys_never_the_municipalitys() -> None:
    facts = facts_at(
        HEAD + "I mötet deltog Flens Bostäder AB, genom VD Jonas Ekholm, och kommunen.\n\n"
        "Vid mötet talade också VD Håkan Lindvall om framtiden.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert held_roles(facts) == {("jonas-ekholm", "Organization:org:flens-bostader-ab", "VD")}, (
        held_roles(facts)
    )


def test_a_plural_title_after_coordinated_names_is_each_ones() -> None:
    facts = facts_at(
        HEAD + "Urban Dahl och Hans Klint, fritidskonsulenter, presenterade de nominerade. "
        "Anna Berg, Eva Ek och Lars Strand, folkhälsostrateger på Region Sörmland, "
        "berättade om planen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    region = "Organization:region:04"
    assert held_roles(facts) == {
        ("urban-dahl", FLEN, "Fritidskonsulent"),
        ("hans-klint", FLEN, "Fritidskonsulent"),
        ("anna-berg", region, "Folkhälsostrateg"),
        ("eva-ek", region, "Folkhälsostrateg"),
        ("lars-strand", region, "Folkhälsostrateg"),
    }, held_roles(facts)


def test_an_attendance_list_with_a_plural_title_gives_no_roles() -> None:
    facts = facts_at(
        HEAD + "Närvarande Urban Dahl och Hans Klint, ledamöter, samt andra.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert held_roles(facts) == set(), held_roles(facts)


def test_a_numbered_item_heading_over_its_own_text_names_the_short_decision() -> None:
    text = (
        HEAD + "Miljönämnden 2024-03-12\n\n§ 12 Behovsutredning 2024-2026 för "
        "livsmedelskontrollen\nUtredningen visar behovet av kontroller. Miljönämnden har "
        "beslutat att godkänna behovsutredningen.\n"
    )
    (summary,) = decisions(facts_at(text, MUNICIPAL, "2024-03-14"))
    assert "livsmedelskontrollen" in summary, summary


def test_the_last_meetings_record_laid_to_the_files_is_no_decision() -> None:
    facts = facts_at(
        HEAD + "Föregående mötesprotokoll från 2024-02-09 läggs till handlingarna.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert decisions(facts) == {}


COUNTY_BOARD = "https://www.lansstyrelsen.se/stockholm/om-oss/nyheter/2024/handlingsplan.html"


def test_a_county_boards_own_plan_adopted_without_agent_is_the_boards_adoption() -> None:
    head = "Länsstyrelsen Stockholm\n\nNyheter\n\n2024-03-14\n\n"
    for sentence, day in (
        ("Länsstyrelsens regionala handlingsplan för nationella minoriteter antogs i mars "
         "2016.", "2016-03-01"),
        ("Länsstyrelsens första handlingsplan för nationella minoriteter antogs 2016 och gäller "
         "internt.", "2016-01-01"),
    ):  # fmt: skip
        facts = facts_at(head + sentence + "\n", COUNTY_BOARD, "2024-03-14")
        found = {(k.from_id, k.date) for k in facts.links if k.type is LinkType.ADOPTED}
        assert found == {("Organization:lansstyrelse:01", day)}, (sentence, found)


def test_a_municipalitys_plan_adopted_without_agent_names_no_adopter() -> None:
    assert _adopted(HEAD + "Kommunens handlingsplan för trygghet antogs i mars 2016.\n") == {}


def test_court_and_police_ranks_are_titles() -> None:
    head = "Länsstyrelsen Gotland\n\nNyheter\n\n2024-03-14\n\n"
    uri = "https://www.lansstyrelsen.se/gotland/om-oss/nyheter/2024/dialog.html"
    found = held_roles(
        facts_at(
            head + "Det var ett bra initiativ, säger Mikael Strand, lagman vid Gotlands "
            "tingsrätt. Det berättar kriminalkommissarie Anna Berg vid Polismyndigheten.\n",
            uri,
            "2024-03-14",
        )
    )
    assert found == {
        ("mikael-strand", "Organization:nationell:gotlands-tingsratt", "Lagman"),
        ("anna-berg", "Organization:nationell:polismyndigheten", "Kriminalkommissarie"),
    }, found


def test_a_name_with_an_initiative_noun_in_apposition_is_an_initiative() -> None:
    facts = facts_at(
        HEAD + "Kommundirektören har tagit initiativet till Samtal för Flen, en nystartad "
        "plattform för strategiska samtal om framtiden.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = [n.id for n in facts.nodes if n.id.startswith("Initiative:")]
    assert found == ["Initiative:samtal-for-flen"], found


def test_the_page_owners_bare_name_coordinated_before_another_adopter_adopts_too() -> None:
    head = "Länsstyrelsen Jämtlands län\n\nNyheter\n\n2024-03-14\n\n"
    uri = "https://www.lansstyrelsen.se/jamtland/om-oss/nyheter/2024/klimat.html"
    facts = facts_at(
        head + "Länsstyrelsen och Region Jämtland Härjedalen antog i juni 2014 en ny "
        "klimatstrategi för länet.\n",
        uri,
        "2024-03-14",
    )
    found = {(k.from_id, k.date) for k in facts.links if k.type is LinkType.ADOPTED}
    assert found == {
        ("Organization:lansstyrelse:23", "2014-06-01"),
        ("Organization:region:23", "2014-06-01"),
    }, found


def test_a_strategy_taken_by_the_council_with_its_programme_is_adopted() -> None:
    found = _adopted(
        HEAD + "Flens energi- och klimatstrategi med åtgärdsprogram togs av fullmäktige i "
        "går, den 13 mars 2024.\n"
    )
    # (the programme "med" it is part of the one document, as real21 and real89 have it)
    found_id = "strategy:kommun:0482:energi-och-klimatstrategi-med-atgardsprogram"
    assert found == {found_id: "2024-03-13"}, found


def test_a_strategy_drawn_up_by_a_unit_is_not_adopted_by_it() -> None:
    assert _adopted(HEAD + "Energi- och klimatstrategin togs fram av miljöenheten 2009.\n") == {}

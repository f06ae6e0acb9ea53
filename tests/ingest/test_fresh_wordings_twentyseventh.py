"""Wordings first met on development pages in the twenty-seventh session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from datetime import date

from graph.edges import LinkType
from ingest.language.url_dates import AddressDate, address_date, only_year
from tests.ingest.helpers import decided_by, decisions, facts_at, held_roles, links

REGION = "https://www.regionvastmanland.se/nyheter/2024/nytt-program"
REGION_HEAD = "Region Västmanland\n\nNyheter\n\n2024-03-14\n\n"


def _node_ids(text: str, uri: str, prefix: str) -> set[str]:
    facts = facts_at(text, uri, "2024-03-14")
    return {n.id for n in facts.nodes if n.id.startswith(prefix)}


def test_a_quoted_name_set_off_by_a_comma_names_the_document() -> None:
    found = _node_ids(
        REGION_HEAD + "Regionfullmäktige antog i dag programmet ”Friska Västmanland”. Det "
        "bygger på den regionala utvecklingsstrategin, ”Västmanland 2035”.\n",
        REGION,
        "Document:regional:strategy",
    )
    assert found == {"Document:regional:strategy:lan:19:vastmanland-2035"}, found


def test_a_comma_quoted_name_that_the_page_subtitles_is_left_to_the_full_title() -> None:
    found = _node_ids(
        REGION_HEAD + "Klimatstrategin, ”Västmanland 2035”, lyfter fram tre områden.\n\n"
        "Läs strategin Västmanland 2035 \u2013 en klimatstrategi för länet.\n",
        REGION,
        "Document:regional:strategy:lan:19:vastmanland-2035",
    )
    assert "Document:regional:strategy:lan:19:vastmanland-2035" not in found, found


MUNICIPAL = "https://www.hallefors.se/nyheter/2024/oversiktsplan"
HALLEFORS_HEAD = "Hällefors kommun\n\nNyheter\n\n2024-03-14\n\n"


def _adoptions_and_decisions(text: str) -> tuple[set[str], list[str]]:
    facts = facts_at(HALLEFORS_HEAD + text, MUNICIPAL, "2024-03-14")
    adopted = {k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.ADOPTED)}
    concerned = {k.from_id for k in links(facts, LinkType.CONCERNS)}
    found = [d.summary for d in decisions(facts).values() if d.id in concerned]
    return adopted, found


def test_a_plan_approved_for_consultation_is_a_decision_not_its_adoption() -> None:
    adopted, found = _adoptions_and_decisions(
        "Kommunstyrelsen beslutade den 6 mars att godkänna översiktsplan för Hällefors "
        "kommun för samråd.\n"
    )
    assert adopted == set(), adopted
    assert len(found) == 1 and "för samråd" in found[0], found


def test_a_draft_for_comment_approved_by_the_board_is_not_adopted() -> None:
    adopted, _ = _adoptions_and_decisions(
        "Remissförslaget till Hällefors kulturstrategi godkändes av kommunstyrelsen i mars 2024.\n"
    )
    assert adopted == set(), adopted


def test_a_plan_adopted_after_its_consultation_is_still_adopted() -> None:
    adopted, _ = _adoptions_and_decisions(
        "Efter samrådet och granskningen antog kommunfullmäktige den 6 mars 2024 "
        "översiktsplan för Hällefors kommun.\n"
    )
    assert adopted == {"oversiktsplan-for-hallefors-kommun"}, adopted


def test_a_labelled_case_officer_with_an_own_title_after_a_comma_holds_that_title() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Ärende: Handlingsprogram för skydd mot olyckor\n\n"
        "Handläggare: Nils Jansson, beredskapssamordnare\n\nHandläggare: Eva Berg\n",
        MUNICIPAL,
        "2024-03-14",
    )
    titles = {(p, t) for p, _, t in held_roles(facts)}
    assert ("nils-jansson", "Beredskapssamordnare") in titles, titles
    assert ("nils-jansson", "Handläggare") not in titles, titles
    assert ("eva-berg", "Handläggare") in titles, titles


def test_a_decision_over_a_numbered_schedule_is_kept() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Kommunstyrelsen i korthet\n\n"
        "Kommunstyrelsen beslutar om tidplan för byggnation av ny förskola i Grythyttan "
        "enligt följande:\n\n  1. Kvartal ett 2025: Funktionsprogram.\n  2. Genomförande\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = [d.summary for d in decisions(facts).values()]
    assert len(found) == 1 and found[0].startswith("Tidplan för byggnation"), found


def test_an_indefinite_local_crime_prevention_council_is_the_municipality_forum() -> None:
    found = _node_ids(
        HALLEFORS_HEAD + "I Hällefors kommun finns ett lokalt brottsförebyggande råd med "
        "representanter från skolan och polisen.\n",
        MUNICIPAL,
        "Organization:forum",
    )
    assert found == {"Organization:forum:kommun:1863:lokala-brottsforebyggande-radet"}, found


def test_an_indefinite_council_named_right_after_is_left_to_its_name() -> None:
    found = _node_ids(
        HALLEFORS_HEAD + "Kommunen har ett lokalt brottsförebyggande råd, Rådet för "
        "trygghet i Hällefors, som träffas varje månad.\n",
        MUNICIPAL,
        "Organization:forum:kommun:1863:lokala",
    )
    assert found == set(), found


def test_goals_a_strategy_is_in_line_with_are_not_its_own() -> None:
    found = _node_ids(
        REGION_HEAD + "Regionfullmäktige antog i dag Klimatstrategi för Västmanland. "
        "Strategins mål ligger i linje med övergripande mål såsom de svenska klimatmålen, "
        "Parisavtalet och de globala målen.\n",
        REGION,
        "Goal:",
    )
    assert found == set(), found


def test_an_adjective_unit_tekniska_enheten_is_a_body() -> None:
    found = _node_ids(
        HALLEFORS_HEAD + "Kommunstyrelsen gav den tekniska enheten i uppdrag att se över "
        "skötseln av parkerna. Medvetenheten om parkerna har ökat.\n",
        MUNICIPAL,
        "Organization:kommun:1863:",
    )
    assert "Organization:kommun:1863:tekniska-enheten" in found, found
    assert not any("medvetenheten" in f for f in found), found


def test_a_body_right_after_a_deciding_verb_is_its_inverted_subject() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Igår 13 mars antog kommunfullmäktige en ny vision för Hällefors "
        "kommun.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    bodies = {b for d in decisions(facts).values() for b in decided_by(facts, d)}
    assert bodies == {"Organization:kommun:1863:kommunfullmaktige"}, bodies


def test_a_task_to_an_agency_is_not_given_by_the_agency() -> None:
    facts = facts_at(
        "Regeringen\n\nPressmeddelande\n\n2024-03-14\n\nUppdrag till Boverket att ta fram "
        "en vägledning om bostadsförsörjning.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/03/uppdrag-till-boverket/",
        "2024-03-14",
    )
    bodies = {b for d in decisions(facts).values() for b in decided_by(facts, d)}
    assert "Organization:nationell:boverket" not in bodies, bodies


def test_samt_before_an_infinitive_stays_within_the_task() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Kommunstyrelsen beslutade den 13 mars att ge förvaltningen i uppdrag "
        "att kartlägga lokalbehovet samt föreslå åtgärder.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert len(decisions(facts)) == 1, [d.summary for d in decisions(facts).values()]


def _signers(text: str) -> set[str]:
    facts = facts_at(HALLEFORS_HEAD + text, MUNICIPAL, "2024-03-14")
    return {k.from_id for k in links(facts, LinkType.SIGNED)}


def test_the_holders_of_an_agreement_have_signed_it() -> None:
    both = {"Organization:kommun:1863", "Organization:nationell:polismyndigheten"}
    held = _signers("Kommunen och polisen har en överenskommelse om samverkan.\n")
    assert held == both, held
    held_with = _signers("Rådet följer upp samverkansöverenskommelsen kommunen har med polisen.\n")
    assert held_with == both, held_with


def test_an_agreement_one_party_has_names_no_signers() -> None:
    assert _signers("Kommunen har en överenskommelse om skolskjutsar.\n") == set()


def test_a_pledge_intro_written_as_the_first_bullet_opens_the_pledges() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Kommunen och polisen har tagit fram ett medborgarlöfte.\n\n"
        "Medborgarlöftet\n\n • Polisen och kommunen åtar sig att:\n"
        " • Polisen och kommunen ska genomföra trygghetsvandringar.\n"
        " • Polisen ska genomföra nykterhetskontroller.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    responsible = {
        (k.from_id.rsplit(":", 1)[1], k.to_id.rsplit(":", 1)[1][:30])
        for k in links(facts, LinkType.RESPONSIBLE_FOR)
    }
    assert responsible == {
        ("1863", "polisen-och-kommunen-ska-genom"),
        ("polismyndigheten", "polisen-och-kommunen-ska-genom"),
        ("polismyndigheten", "polisen-ska-genomfora-nykterhe"),
    }, responsible


def test_a_programme_made_by_a_company_on_the_municipality_page_stays_the_municipality() -> None:
    found = _node_ids(
        HALLEFORS_HEAD + "Ärende: Handlingsprogram för skydd mot olyckor 2024-2027\n\n"
        "Räddningstjänsten Bergslagen AB har tagit fram ett handlingsprogram.\n",
        MUNICIPAL,
        "Document:",
    )
    assert found == {"Document:municipal:programme:kommun:1863:2024-2027"}, found


def test_a_present_deciding_verb_before_its_body_and_att_is_a_decision() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Beslut: Under förutsättning av att Region Örebro län fattar "
        "erforderliga beslut beslutar kommunfullmäktige att avsätta medel för en ny "
        "ambulansstation.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = list(decisions(facts).values())
    assert [d.summary[:30] for d in found] == ["Avsätta medel för en ny ambula"], found
    assert found[0].condition == "Region Örebro län fattar erforderliga beslut", found
    assert decided_by(facts, found[0]) == {"Organization:kommun:1863:kommunfullmaktige"}


def test_a_standing_task_beslutar_body_om_is_no_decision() -> None:
    facts = facts_at(
        REGION_HEAD + "Utifrån kulturplanen beslutar Statens kulturråd varje år om de "
        "bidrag som länet får.\n",
        REGION,
        "2024-03-14",
    )
    assert not decisions(facts), [d.summary for d in decisions(facts).values()]


def test_an_archive_year_then_a_day_and_month_in_the_address_dates_the_page() -> None:
    assert address_date("https://www.regionhalland.se/nyheter-fran-2015/24-juni/") == (
        AddressDate(date(2015, 6, 24), True)
    )
    assert address_date("https://www.ockelbo.se/nyheter-2015/2015-maj/bostader/") == (
        AddressDate(date(2015, 5, 15), False)
    )
    assert address_date("https://www.ockelbo.se/planer/2019-2022/plan/") is None


def test_goals_a_strategy_is_a_tool_to_realise_are_not_its_own() -> None:
    found = _node_ids(
        REGION_HEAD + "Regionfullmäktige antog i dag Integrationsstrategi för Västmanland. "
        "Strategin är tänkt som ett verktyg för att förverkliga de nationella målen: "
        "lika rättigheter, skyldigheter och möjligheter för alla.\n",
        REGION,
        "Goal:",
    )
    assert found == set(), found


def test_goals_a_strategy_builds_on_stay_its_own() -> None:
    found = _node_ids(
        REGION_HEAD + "Regionfullmäktige antog i dag Integrationsstrategi för Västmanland. "
        "Strategin bygger på följande mål: fler i arbete, trygga bostäder och god hälsa.\n",
        REGION,
        "Goal:",
    )
    assert len(found) == 3, found


def test_a_standard_council_in_the_genitive_holds_its_chair() -> None:
    facts = facts_at(
        HALLEFORS_HEAD + "Vi vill utveckla dialogen med invånarna, säger folkhälsorådets "
        "ordförande Eva Lind (S).\n",
        MUNICIPAL,
        "2024-03-14",
    )
    roles = held_roles(facts)
    assert ("eva-lind", "Organization:forum:kommun:1863:folkhalsoradet", "Ordförande") in roles


def test_a_yearless_meeting_day_takes_the_one_year_the_page_names() -> None:
    text = (
        "Region Västmanland\n\nNytt från regionfullmäktige den 23 november\n\n"
        "Regionfullmäktige godkände delårsrapporten för januari till augusti 2023. "
        "Regionplanen för 2024-2026 fastställdes också, med målet klimatneutralitet till 2045.\n"
    )
    assert only_year(text) == AddressDate(date(2023, 7, 2), False)
    facts = facts_at(text, "https://www.regionvastmanland.se/nyheter/rf-november", None)
    assert {d.date for d in decisions(facts).values()} == {"2023-11-23"}, decisions(facts)
    two_years = text.replace("augusti 2023", "augusti 2023 och juni 2022")
    assert only_year(two_years) is None


def test_a_programmes_name_holding_a_year_gives_no_page_year() -> None:
    text = (
        "Beslut i korthet - regionstyrelsen 13 juni\n\nRegionstyrelsen beslutade att ändra "
        "prioriteringarna av Agenda 2030-målen och att anta en plan för Agenda 2030.\n"
    )
    assert only_year(text) is None

"""Defects found in the fiftieth session on development pages (tasks, minutes, dates,
names and makers), restated as invented sentences; each test fails on the code before its
fix. The session's other tests are in test_wordings_50.py."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal

from .helpers import decisions, facts_at, links


def test_a_task_given_today_written_as_one_word_is_a_decision() -> None:
    facts = facts_at(
        "Regeringen har idag gett Sametinget i uppdrag att ta fram ett förslag till "
        "handlingsprogram för de samiska språken. Länsstyrelsen har nu i uppdrag att "
        "samordna arbetet i länet.",
        "https://www.regeringen.se/pressmeddelanden/2019/11/samiska-sprak/",
        "2019-11-21",
    )
    found = [(d.summary[:34], d.date) for d in decisions(facts).values()]
    assert found == [("Regeringen har idag gett Sametinge", "2019-11-21")], found


def test_a_second_act_after_och_har_samtidigt_is_a_decision_of_its_own() -> None:
    facts = facts_at(
        "Regeringen har beslutat att inrätta ett nytt råd för digitalisering och har "
        "samtidigt gett Post- och telestyrelsen i uppdrag att driva rådets kansli.",
        "https://www.regeringen.se/pressmeddelanden/2017/03/digitalisering/",
        "2017-03-10",
    )
    summaries = sorted(d.summary for d in decisions(facts).values())
    assert summaries == [
        "Gett Post- och telestyrelsen i uppdrag att driva rådets kansli",
        "Inrätta ett nytt råd för digitalisering",
    ], summaries


def test_a_reports_closing_day_is_not_the_day_of_the_decision() -> None:
    facts = facts_at(
        "Delårsrapport för kommunen\n\n"
        "Denna gång presenterades delårsrapport 2023-04-30 och kommunfullmäktige beslutade "
        "att godkänna rapporten och tilläggsanslagen.",
        "https://www.svenljunga.se/nyheter/beslut-i-korthet.html",
        None,
    )
    dates = [d.date for d in decisions(facts).values()]
    assert dates and "2023-04-30" not in dates, dates


def test_a_meeting_day_below_the_page_furniture_takes_the_year_its_business_implies() -> None:
    # The day's line is the page's third, below a skip link and a notice; the interim
    # report names the year, and next year's schedule is no meeting reported here.
    text = (
        "Hoppa till innehåll\n\n"
        "Denna nyhet är äldre än 6 månader.\n\n"
        "Publicerad\n\n"
        "Sammanfattning från kommunfullmäktiges sammanträde 20 oktober\n\n"
        "Delårsbokslut 2016\n"
        "Kommunfullmäktige godkänner delårsbokslutet för 2016.\n\n"
        "Sammanträdestider\n"
        "Fullmäktige sammanträder 6 februari, 9 mars och 27 april 2017.\n"
    )
    facts = facts_at(text, "https://www.hylte.se/nyheter/sammanfattning.html", None)
    dates = [d.date for d in decisions(facts).values()]
    assert dates == ["2016-10-20"], dates


def test_a_council_list_adopts_a_named_guideline_and_part_of_a_plan() -> None:
    text = (
        "Fullmäktige i korthet 2021-03-17\n\n"
        "3. KF antar Riktlinje Dataskydd och upphäver tidigare beslutad policy från 2012.\n\n"
        "4. KF antar beslutsdelen av Bostadsförsörjningsplan 2021-2025.\n"
    )
    facts = facts_at(text, "https://www.vanersborg.se/nyheter/kf-i-korthet.html", "2021-03-17")
    adopted = sorted(k.to_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.ADOPTED))
    assert adopted == ["2021-2025", "riktlinje-dataskydd"], adopted


def test_each_bullet_of_a_minutes_decision_section_is_a_decision_on_the_meeting_day() -> None:
    text = (
        "Sammanträde 2006-01-24\n\n"
        "Justeringens tid och plats: Fredagen den 27 januari 2006\n\n"
        "§2 Verksamhetsplan för kommunstyrelsen 2006\n\n"
        "Kommunstyrelsens beslut\n\n"
        "- Driftbudgetramar 2006 delegeras enligt bilaga 1\n\n"
        "- Investeringsbudget 2006 delegeras enligt bilaga 2\n\n"
        "Reservation\n\n"
        "Anna Ek (v) reserverar sig mot beslutet.\n"
    )
    facts = facts_at(text, "https://www.tyreso.se/kommunstyrelsen/sammantrade.html", None)
    found = sorted((d.summary, d.date) for d in decisions(facts).values())
    assert found == [
        ("Driftbudgetramar 2006 delegeras enligt bilaga 1", "2006-01-24"),
        ("Investeringsbudget 2006 delegeras enligt bilaga 2", "2006-01-24"),
    ], found


def test_a_proposal_referred_to_takes_its_items_heading() -> None:
    text = (
        "Beslutade medborgarförslag 2017\n\n"
        "Kontorsstolar till biblioteket\n"
        "Diarienummer KS/2016:377\n\n"
        "Kultur- och fritidsnämnden avslog 30 januari 2017, § 1, förslaget eftersom det finns "
        "stolar med tillräcklig kvalitet.\n"
    )
    facts = facts_at(text, "https://www.mjolby.se/medborgarforslag-2017.html", None)
    (decision,) = decisions(facts).values()
    assert "förslaget om kontorsstolar till biblioteket" in decision.summary, decision.summary
    assert decision.date == "2017-01-30"


def test_the_parties_a_cleft_puts_behind_the_work_issued_the_document_before() -> None:
    facts = facts_at(
        "Länets nya energi- och klimatstrategi har tagits fram inom ett samarbete. Det är "
        "Länsstyrelsen, Region Dalarna och Högskolan Dalarna som ligger bakom arbetet.",
        "https://www.lansstyrelsen.se/dalarna/nyheter/klimatstrategi.html",
        "2020-03-01",
    )
    makers = sorted(k.from_id for k in links(facts, LinkType.ISSUED))
    assert makers == [
        "Organization:lansstyrelse:20",
        "Organization:org:hogskolan-dalarna",
        "Organization:region:20",
    ], makers


def test_what_a_strategy_focuses_on_are_its_goals() -> None:
    facts = facts_at(
        "Ny regional utvecklingsstrategi är beslutad\n\n"
        "Regionfullmäktige har antagit den regionala utvecklingsstrategin. Fokus ligger på "
        "att skapa miljöer där människor vill leva och verka, främja innovation samt bygga "
        "robust infrastruktur.",
        "https://www.norrbotten.se/nyheter/lansstrategin.html",
        "2024-05-15",
    )
    goals = sorted(n.text for n in facts.nodes if isinstance(n, Goal))
    assert goals == [
        "bygga robust infrastruktur",
        "främja innovation",
        "skapa miljöer där människor vill leva och verka",
    ], goals
    assert len(links(facts, LinkType.HAS_GOAL)) == 3

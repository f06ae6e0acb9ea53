"""Wordings first met on pages opened for development on 2026-12-01 (fourteenth
session): adoptions, decisions, documents, goals and people as fresh pages word them.
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Goal
from tests.ingest.helpers import documents, facts_at, links

SITE = "https://www.tomelilla.se/nyheter/2021/strategi"
KF = "Organization:kommun:1270:kommunfullmaktige"


def facts_of(text: str, published: str = "2021-05-10") -> SourceFacts:
    return facts_at(text, SITE, published)


def test_an_inverted_passive_beslutades_of_a_new_strategy_is_its_adoption() -> None:
    facts = facts_of(
        "Ny strategi för företagande\n\n"
        "Vid kommunfullmäktige den 4 maj 2021 beslutades den nya näringslivsstrategin för "
        "Tomelilla kommun. Den ska ge ett bättre klimat för företag.\n"
    )
    (doc,) = documents(facts).values()
    (adopted,) = links(facts, LinkType.ADOPTED, to_id=doc.id)
    assert (adopted.from_id, adopted.date) == (KF, "2021-05-04")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_beslutades_att_stays_a_decision() -> None:
    facts = facts_of(
        "Nytt från fullmäktige\n\n"
        "Vid kommunfullmäktige den 4 maj 2021 beslutades att bygga en ny förskola i "
        "Brösarp.\n"
    )
    assert links(facts, LinkType.ADOPTED) == []
    assert [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_replaced_plan_keeps_its_title_and_the_date_of_its_relative_clause() -> None:
    facts = facts_of(
        "Ny trafikstrategi för Tomelilla kommun\n\n"
        "Denna strategi antogs av kommunfullmäktige 2020-03-02 och ersätter Trafikplan "
        "för Tomelilla tätort som antogs 2012-06-11.\n",
        "2020-03-10",
    )
    by_title = {d.title: d for d in documents(facts).values()}
    old = by_title["Trafikplan för Tomelilla tätort"]
    new = by_title["Trafikstrategi för Tomelilla kommun"]
    assert old.adopted_on == "2012-06-11" and new.adopted_on != old.adopted_on
    assert [x.to_id for x in links(facts, LinkType.REVISES, from_id=new.id)] == [old.id]


def test_the_items_of_todays_board_meeting_take_the_page_date() -> None:
    facts = facts_at(
        "Inför kommunstyrelsens sammanträde\n\n"
        "Några av ärendena på dagens kommunstyrelse i Linköping:\n\n"
        " • Kommunstyrelsen beviljar kultur- och fritidsnämnden ett tillskott med 4 "
        "miljoner kronor för nästa år.\n",
        "https://www.linkoping.se/nyheter/2013/ks",
        "2013-12-17",
    )
    (decision,) = [n for n in facts.nodes if isinstance(n, Decision)]
    assert decision.date == "2013-12-17"


REGION_SITE = "https://www.regionjh.se/nyheter/2024/kulturplan"
RF_JH = "Organization:region:23:regionfullmaktige"


def test_a_pronoun_klubbades_adopts_the_plan_just_named_and_is_no_decision() -> None:
    facts = facts_at(
        "Ny kulturplan\n\n"
        "Region Jämtland Härjedalens kulturplan för åren 2025-2028 är nu klar. Den "
        "klubbades av regionfullmäktige igår.\n",
        REGION_SITE,
        "2024-11-20",
    )
    (doc,) = documents(facts).values()
    (adopted,) = links(facts, LinkType.ADOPTED, to_id=doc.id)
    assert (adopted.from_id, adopted.date) == (RF_JH, "2024-11-19")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_total_granted_is_no_decision() -> None:
    facts = facts_at(
        "Projektmedel\n\n"
        "Totalt beviljades 12,5 miljoner kronor av regionala utvecklingsnämnden under "
        "hösten.\n",
        REGION_SITE,
        "2024-11-20",
    )
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_it_was_decided_with_adverbials_only_gives_the_sentence_before() -> None:
    facts = facts_at(
        "Ny beredning\n\n"
        "En ny politisk beredning för folkhälsa ska inrättas i länet. Det beslutade "
        "regionfullmäktige vid sitt möte i Östersund i går.\n",
        REGION_SITE,
        "2024-11-20",
    )
    (decision,) = [n for n in facts.nodes if isinstance(n, Decision)]
    assert decision.summary.startswith("En ny politisk beredning")
    assert [x.from_id for x in links(facts, LinkType.DECIDED, to_id=decision.id)] == [RF_JH]


LST_SITE = "https://www.lansstyrelsen.se/gavleborg/nyheter/2022/livsmedel"


def test_sveriges_strategy_is_national_and_another_national_topic_another_document() -> None:
    facts = facts_at(
        "Arbetet med livsmedel\n\n"
        "Under året blev Sveriges livsmedelsstrategi allt viktigare för länet. "
        "Länsstyrelsen arbetar också med den nationella strategin för klimatanpassning.\n",
        LST_SITE,
        "2022-12-20",
    )
    assert set(documents(facts)) == {
        "Document:national:strategy:se:livsmedelsstrategi",
        "Document:national:strategy:se:strategi-for-klimatanpassning",
    }


def test_sveriges_forsta_program_is_not_the_countrys() -> None:
    facts = facts_at(
        "Nytt program\n\n"
        "Region Gävleborg har tagit fram Sveriges första regionala program för "
        "livsmedelsberedskap.\n",
        LST_SITE,
        "2022-12-20",
    )
    assert not [d for d in documents(facts).values() if d.id.startswith("Document:national")]


def test_a_quoted_guideline_then_antaget_av_is_dated_by_its_clause() -> None:
    facts = facts_at(
        "Bostadsförsörjning\n\n"
        "Programmet ”Bostäder för alla” från 2018 ersätter ”Riktlinjer för bostadsbyggande” "
        ", antaget av fullmäktige den 14 oktober 2013.\n",
        "https://www.norrkoping.se/bo/riktlinjer",
        "2018-07-01",
    )
    old = documents(facts)[
        "Document:municipal:guideline:kommun:0581:riktlinjer-for-bostadsbyggande"
    ]
    assert (old.title, old.adopted_on) == ("Riktlinjer för bostadsbyggande", "2013-10-14")


def test_a_vision_after_med_visionen_att_is_the_strategys_goal() -> None:
    facts = facts_of(
        "Ny näringslivsstrategi\n\n"
        "Kommunfullmäktige antog i mars en näringslivsstrategi för Tomelilla kommun. "
        "Strategin ska gälla åren 2021-2024 med visionen att Tomelilla ska ha Skånes "
        "bästa service till företag.\n"
    )
    (doc,) = documents(facts).values()
    (goal,) = [n for n in facts.nodes if isinstance(n, Goal)]
    assert goal.text == "Tomelilla ska ha Skånes bästa service till företag"
    assert [x.to_id for x in links(facts, LinkType.HAS_GOAL, from_id=doc.id)] == [goal.id]


def test_the_goal_of_the_work_under_a_strategy_heading_is_the_strategys() -> None:
    facts = facts_at(
        "ANDT-samordning\n\n"
        "Länsstyrelsen samordnar arbetet i länet.\n\n"
        "Strategi för alkohol, narkotika, dopning och tobak\n\n"
        "Målet med arbetet är ett län där färre unga börjar röka och dricka.\n",
        "https://www.lansstyrelsen.se/orebro/nyheter/andt",
        "2021-04-10",
    )
    (goal,) = [n for n in facts.nodes if isinstance(n, Goal)]
    assert goal.text.startswith("ett län där färre unga börjar röka")
    assert len(links(facts, LinkType.HAS_GOAL, to_id=goal.id)) == 1


def test_an_owners_title_then_the_name_in_commas() -> None:
    facts = facts_at(
        "Nytt från kommunstyrelsen\n\n"
        "Kommunens fastighetschef, Karin Berglund, berättade om läget för skolans lokaler.\n",
        "https://www.ludvika.se/nyheter/2021/ks",
        "2021-04-10",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE, from_id="Person:person:karin-berglund")
    assert role.to_id == "Organization:kommun:2085"


def test_a_comma_after_a_title_without_an_owner_or_a_speech_verb_names_no_one() -> None:
    facts = facts_at(
        "Nytt från kommunstyrelsen\n\n"
        "Vi söker en fastighetschef, Ludvika växer och behöver fler lokaler.\n",
        "https://www.ludvika.se/nyheter/2021/ks",
        "2021-04-10",
    )
    assert links(facts, LinkType.HOLDS_ROLE) == []


def test_a_person_utses_till_a_title_by_the_government() -> None:
    facts = facts_at(
        "Utredning om en ny strategi\n\n"
        "Regeringen tillsätter en utredning. Journalisten Tobias Lindqvist utses till "
        "särskild utredare, med uppdrag att lämna förslag.\n",
        "https://www.regeringen.se/pressmeddelanden/2021/utredning",
        "2021-04-10",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE, from_id="Person:person:tobias-lindqvist")
    assert role.to_id == "Organization:nationell:regeringen"


def test_a_genitive_vision_priorities_and_goal_images_are_the_strategys_goals() -> None:
    facts = facts_of(
        "Folkhälsostrategi för Tomelilla kommun\n\n"
        "Kommunfullmäktige antog i mars en folkhälsostrategi för Tomelilla kommun.\n\n"
        "Strategins vision är ”ett samhälle där alla har goda förutsättningar för hälsa”.\n\n"
        "Strategin lyfter följande som särskilt prioriterat: trygga uppväxtvillkor, goda "
        "levnadsvanor och ett aktivt föreningsliv.\n\n"
        "Målbilderna i strategin är: barns och ungas hälsa, äldres hälsa och en jämlik "
        "tillgång till kultur.\n"
    )
    (doc,) = documents(facts).values()
    goals = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    assert set(goals.values()) == {
        "ett samhälle där alla har goda förutsättningar för hälsa",
        "trygga uppväxtvillkor",
        "goda levnadsvanor",
        "ett aktivt föreningsliv",
        "barns och ungas hälsa",
        "äldres hälsa",
        "en jämlik tillgång till kultur",
    }
    assert {x.to_id for x in links(facts, LinkType.HAS_GOAL, from_id=doc.id)} == set(goals)


def test_efforts_made_to_reach_the_goal_image_are_no_goals() -> None:
    facts = facts_of(
        "Klimatstrategi för Tomelilla kommun\n\n"
        "Kommunfullmäktige antog i mars en klimatstrategi för Tomelilla kommun. Nedan "
        "listas några satsningar som genomförts för att nå målbilden om en fossilfri kommun:\n"
        "- Cykelvänlig arbetsplats\n"
        "- Energicoach för företag\n"
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]


def test_an_adoption_at_mondays_assembly_is_dated_and_stated_once() -> None:
    facts = facts_at(
        "Bostäder i Mora\n\n"
        "Vid måndagens kommunfullmäktige antogs kommunens nya bostadsförsörjningsprogram "
        "för 2024-2027.\n\n"
        "Kommunfullmäktige beslutade att anta det nya bostadsförsörjningsprogrammet.\n",
        "https://www.mora.se/nyheter/2023/bostader",
        "2023-12-20",
    )
    (doc,) = documents(facts).values()
    (adopted,) = links(facts, LinkType.ADOPTED, to_id=doc.id)
    assert (adopted.from_id, adopted.date) == (
        "Organization:kommun:2062:kommunfullmaktige",
        "2023-12-18",
    )


def test_the_responsibility_for_the_goals_is_no_goal() -> None:
    facts = facts_of(
        "Folkhälsopolicy för Tomelilla kommun\n\n"
        "Kommunfullmäktige antog i mars en folkhälsopolicy för Tomelilla kommun. Ansvaret "
        "för målen är fördelat mellan nämnderna och bolagen.\n"
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]


def _decision_list(verdict: str) -> SourceFacts:
    return facts_at(
        "Besluten från fullmäktige\n\n"
        "En sammanställning av besluten från kommunfullmäktiges sammanträde den 28 "
        "november 2019.\n\n"
        "Nytt system för resor\n\n"
        "Kommunstyrelsen föreslår kommunfullmäktige besluta:\n\n"
        " • Att ge kommunstyrelsen i uppdrag att införa en intern avgift på flygresor i "
        "tjänsten. Avgiften ska gå till åtgärder för klimatet.\n"
        " • Att avgiftens storlek ska fastställas av kommunstyrelsen.\n\n"
        f"{verdict}\n",
        "https://www.flen.se/nyheter/2019/fullmaktige",
        "2019-11-29",
    )


def test_a_proposal_accepted_by_fullmaktige_is_its_decision() -> None:
    facts = _decision_list("Beslut\n\nEnligt kommunstyrelsens förslag.")
    first, second = sorted(
        (n for n in facts.nodes if isinstance(n, Decision)), key=lambda n: n.summary
    )
    assert first.summary.startswith("Att avgiftens storlek ska fastställas")
    assert second.summary.startswith("Att ge kommunstyrelsen i uppdrag")
    for decision in (first, second):
        assert decision.date == "2019-11-28"
        assert [x.from_id for x in links(facts, LinkType.DECIDED, to_id=decision.id)] == [
            "Organization:kommun:0482:kommunfullmaktige"
        ]


def test_a_proposal_without_its_verdict_stays_the_proposers() -> None:
    facts = _decision_list("Ärendet behandlas vid nästa sammanträde.")
    decided = {x.from_id for x in links(facts, LinkType.DECIDED)}
    assert "Organization:kommun:0482:kommunfullmaktige" not in decided

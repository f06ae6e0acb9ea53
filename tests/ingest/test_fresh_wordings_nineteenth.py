"""Wordings first met on pages opened for development on 2026-12-01 (nineteenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, DatePrecision
from tests.ingest.helpers import (
    decided_by,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
    organizations,
)

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"


def test_a_document_named_first_and_decided_last_in_the_passive_is_adopted() -> None:
    facts = facts_at(
        "Kommunfullmäktige 14 oktober 2024\n\n"
        "Vid kommunfullmäktiges sammanträde måndagen den 14 oktober 2024 fattades flera beslut.\n\n"
        "Punkt 5 \u2013 Bostadsförsörjning\n\n"
        "Ett nytt bostadsförsörjningsprogram för Flens kommun med sikte på 2035 beslutades.\n\n"
        "Punkt 7 \u2013 Avgifter\n\n"
        "Det beslutades att höja avgiften för bygglov med tre procent.\n",
        MUNICIPAL,
        "2024-10-15",
    )
    adopted = links(facts, LinkType.ADOPTED)
    programme = [d for d in documents(facts) if "bostadsforsorjningsprogram" in d]
    assert programme and {(k.to_id, k.date) for k in adopted} == {(programme[0], "2024-10-14")}
    assert [d.summary for d in decisions(facts).values()] == [
        "Det beslutades att höja avgiften för bygglov med tre procent."
    ]


def test_a_new_holder_and_an_officer_before_a_comma_hold_their_roles() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\nKarin Lindqvist, ny kommunchef i Flens kommun\n\n"
        "Hon tillträder i maj.\n\n"
        "Kommunstyrelsens ordförande, Gustav Holm skrev under avtalet på tisdagen.\n",
        MUNICIPAL,
        "2024-03-01",
    )
    assert held_roles(facts) == {
        ("karin-lindqvist", "Organization:kommun:0482", "Kommunchef"),
        ("gustav-holm", "Organization:kommun:0482:kommunstyrelsen", "Ordförande"),
    }


def test_work_done_for_a_body_and_grants_paid_out_are_no_decisions() -> None:
    facts = facts_at(
        "Kammarkollegiet\n\nStatsbidrag för ekonomi i balans\n\n"
        "Arbetet sker på uppdrag av regeringen.\n\n"
        "Kammarkollegiet hanterar ansökningar och betalar ut beviljade bidrag till regionerna.\n\n"
        "Kammarkollegiet beviljade i oktober 2022 bidrag på 12 miljoner kronor "
        "till Region Dalarna.\n",
        "https://www.kammarkollegiet.se/nyheter/statsbidrag",
        "2022-10-20",
    )
    summaries = [d.summary for d in decisions(facts).values()]
    assert len(summaries) == 1 and summaries[0].startswith("Kammarkollegiet beviljade i oktober")


def test_a_federation_named_by_an_acronym_is_not_the_home_countys() -> None:
    facts = facts_at(
        "Linköpings kommun\n\nKommunfullmäktige i korthet\n\n"
        "Kommunfullmäktige beslutade att betala medlemsavgiften till Regionförbundet ÖSTSAM.\n",
        "https://www.linkoping.se/nyheter/kf",
        "2013-02-01",
    )
    names = {o.name for o in organizations(facts).values()}
    assert "Regionförbundet ÖSTSAM" in names
    assert not any("Östergötlands län" in n for n in names)


def test_money_an_agency_gets_is_the_givers_decision_not_the_receivers() -> None:
    facts = facts_at(
        "Regeringen\n\nPressmeddelande från Socialdepartementet\n\n"
        "Regeringen ger Socialstyrelsen i uppdrag att följa upp strategin.\n\n"
        "  • Folkhälsomyndigheten, som länge har haft ett samordnande ansvar, får 12 miljoner "
        "kronor under 2025 för att samordna arbetet.\n",
        "https://www.regeringen.se/pressmeddelanden/2025/01/strategi",
        "2025-01-10",
    )
    by_text = {d.summary: d for d in decisions(facts).values()}
    money = [d for s, d in by_text.items() if "12 miljoner" in s]
    assert money and decided_by(facts, money[0]) == {"Organization:nationell:regeringen"}


def test_a_federations_board_decides_as_a_body_of_its_own() -> None:
    facts = facts_at(
        "Sammanfattning från styrelsen den 14 mars 2024\n\n"
        "Finnvedens samordningsförbund\n\n"
        "Vid vårens första styrelsemöte fastställdes förbundets årsredovisning för 2023. "
        "Styrelsen beslutade dessutom att lämna ett yttrande om samverkan.\n",
        "https://www.finsamfinnveden.se/nyheter/styrelsen-mars-2024",
        "2024-03-15",
    )
    board = "Organization:org:finnvedens-samordningsforbund:styrelsen"
    found = decisions(facts).values()
    assert found and all(decided_by(facts, d) == {board} for d in found)
    assert {(k.from_id, k.to_id) for k in links(facts, LinkType.PART_OF, from_id=board)} == {
        (board, "Organization:org:finnvedens-samordningsforbund")
    }


def test_a_task_or_a_grant_received_names_its_receiver_not_the_decider() -> None:
    facts = facts_at(
        "Regeringen\n\nPressmeddelande\n\n"
        "Regeringen beslutade i dag om en strategi för hållbar turism.\n\n"
        "Tillväxtverket fick i regleringsbrevet för 2017 uppdraget att leda arbetet "
        "med strategin.\n\n"
        "Konstnärsnämnden beviljas också 180 000 kronor per år för arbetet.\n",
        "https://www.regeringen.se/pressmeddelanden/2016/turism",
        "2016-02-01",
    )
    for decision in decisions(facts).values():
        assert decided_by(facts, decision) == {"Organization:nationell:regeringen"}
    assert len(decisions(facts)) == 2  # the strategy itself is adopted, no decision


def test_a_passive_made_in_collaboration_names_no_maker() -> None:
    facts = facts_at(
        "Region Halland\n\nNy kulturplan\n\n"
        "Förra året antog regionfullmäktige en ny regional kulturplan för Halland.\n\n"
        "Kulturplanen har tagits fram i samverkan med Falkenbergs kommun och Varbergs kommun.\n",
        "https://www.regionhalland.se/nyheter/kulturplan",
        "2024-05-02",
    )
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert not makers & {"Organization:kommun:1382", "Organization:kommun:1383"}


def test_a_regions_area_committee_on_a_municipal_page_is_the_regions() -> None:
    facts = facts_at(
        "Vänersborgs kommun\n\nKommunstyrelsen i korthet\n\n"
        "Kommunen har sedan länge ett samarbete med Norra hälso- och sjukvårdsnämnden "
        "kring folkhälsa.\n",
        "https://www.vanersborg.se/nyheter/ks",
        "2019-11-14",
    )
    assert "Organization:region:14:norra-halso-och-sjukvardsnamnden" in organizations(facts)
    assert not [o for o in organizations(facts) if "sjukvardsnamnden" in o and "kommun" in o]


def test_a_task_on_the_governments_own_site_is_the_governments() -> None:
    facts = facts_at(
        "Regeringen\n\nPressmeddelande från Socialdepartementet\n\n"
        "Regeringen vill minska tobaksbruket bland unga.\n\n"
        "Folkhälsomyndigheten får i uppdrag att ta fram ett kunskapsstöd om tobak.\n",
        "https://www.regeringen.se/pressmeddelanden/2019/05/tobak",
        "2019-05-09",
    )
    (task,) = decisions(facts).values()
    assert decided_by(facts, task) == {"Organization:nationell:regeringen"}


def test_a_plans_counted_activities_and_a_commitment_list_are_activities() -> None:
    facts = facts_at(
        "Flens kommun\n\nHandlingsplan för suicidprevention 2024-2026\n\n"
        "Handlingsplanen har fem prioriterade aktiviteter\n\n"
        "1. Utbilda chefer i suicidprevention\n2. Inrätta en samverkansgrupp\n"
        "3. Följa upp händelseanalyser\n4. Informera skolpersonal\n5. Stärka anhörigstödet\n",
        MUNICIPAL,
        "2024-02-01",
    )
    activities = {n.description for n in facts.nodes if isinstance(n, Activity)}
    assert "Inrätta en samverkansgrupp" in activities and len(activities) == 5


def test_a_bare_document_noun_adopted_after_beslutade_att_anta_is_a_document() -> None:
    facts = facts_at(
        "Flens kommun\n\nKommunstyrelsen i korthet\n\nFler ärenden\n\nBidrag till föreningar\n"
        "Kommunstyrelsen beviljade bidrag till två föreningar.\n\n"
        "Skolskjuts\nKommunstyrelsen beslutade att anta riktlinjer för skolskjuts.\n",
        MUNICIPAL,
        "2024-10-15",
    )
    guideline = [d for d in documents(facts) if "riktlinjer-for-skolskjuts" in d]
    assert guideline
    assert {k.to_id for k in links(facts, LinkType.ADOPTED)} == {guideline[0]}


def test_a_bare_plan_on_a_topic_that_a_body_approves_is_a_document() -> None:
    facts = facts_at(
        "Flens kommun\n\nKommunstyrelsen i korthet\n\nFler ärenden\n\nKrisberedskap\n"
        "Kommunstyrelsen beslutade att godkänna reviderad plan för krisberedskap.\n",
        MUNICIPAL,
        "2024-10-15",
    )
    assert [d for d in documents(facts) if d.endswith("plan-for-krisberedskap")]


def test_a_task_to_look_into_a_question_is_a_decision() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\nNya vårdplatser\n\n"
        "Kommunstyrelsen gav kommundirektören i uppdrag att utreda frågan om nya vårdplatser.\n",
        MUNICIPAL,
        "2024-10-15",
    )
    (task,) = decisions(facts).values()
    assert decided_by(facts, task) == {"Organization:kommun:0482:kommunstyrelsen"}


def test_money_a_project_gets_is_no_decision() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\nTrygg i Flen\n\n"
        "Projektet får 300 000 kronor från Brottsoffermyndigheten och pågår i två år.\n",
        MUNICIPAL,
        "2024-03-01",
    )
    assert decisions(facts) == {}


def test_makers_in_collaboration_between_them_and_money_that_may_go_somewhere() -> None:
    facts = facts_at(
        "Region Halland\n\nNy kulturstrategi\n\n"
        "Strategin är framtagen i samverkan mellan Falkenbergs kommun och Varbergs kommun.\n\n"
        "Av de 20 miljonerna får 5 miljoner gå till föreningar som arbetar med kultur.\n",
        "https://www.regionhalland.se/nyheter/kulturstrategi",
        "2024-05-02",
    )
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert {"Organization:kommun:1382", "Organization:kommun:1383"} <= makers
    assert decisions(facts) == {}


def test_this_week_and_last_week_date_a_decision_to_its_month() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\nPublicerad 2024-06-03\n\nBidrag till idrott\n\n"
        "Kultur- och fritidsnämnden har under förra veckan beslutat att bevilja "
        "idrottsföreningarna 300 000 kronor.\n\n"
        "I veckan antog kommunstyrelsen en handlingsplan mot klotter.\n",
        MUNICIPAL,
        "2024-06-03",
    )
    (decision,) = decisions(facts).values()
    assert (decision.date, decision.date_precision) == ("2024-05-01", DatePrecision.MONTH)
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert (adopted.date, adopted.date_precision) == ("2024-06-01", DatePrecision.MONTH)

"""A document's identity when the page is vague, on invented sentences: the county its
title names, title boundaries, periods stated elsewhere in the sentence or page, the
version in force beside a new one, and who drew it up."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Goal, Level
from tests.ingest.helpers import documents, facts_at

ALE_SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    return facts_at(text, uri, "2025-03-01")


def _issued(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(r.from_id, r.to_id) for r in facts.links if r.type is LinkType.ISSUED}


def test_a_document_for_a_named_county_is_that_countys_without_its_age_word() -> None:
    docs = documents(
        _facts("Kommunfullmäktige antog i går en reviderad beredskapsplan för Kronobergs län.")
    )
    assert list(docs) == ["Document:regional:plan:lan:07:beredskapsplan-for-kronobergs-lan"]
    assert docs["Document:regional:plan:lan:07:beredskapsplan-for-kronobergs-lan"].title == (
        "Beredskapsplan för Kronobergs län"
    )


def test_a_presented_plan_for_how_a_place_shall_change_runs_to_the_clause_end() -> None:
    docs = documents(
        _facts(
            "I dag presenterar Naturvårdsverket en färdplan för hur Gotland ska bli fossilfritt."
        )
    )
    assert [(d.level, d.title) for d in docs.values()] == [
        (Level.REGIONAL, "Färdplan för hur Gotland ska bli fossilfritt")
    ]
    assert next(iter(docs)).startswith("Document:regional:plan:lan:09:")


def test_a_municipality_named_in_the_title_names_no_county() -> None:
    docs = documents(_facts("Kommunfullmäktige antog en ny trafikstrategi för Uppsala kommun."))
    assert docs and all(i.startswith("Document:municipal:") for i in docs)


def test_a_fronted_period_is_the_period_of_the_new_document() -> None:
    docs = documents(
        _facts("2024\u20132027 satsar kommunen fem miljoner på en ny handlingsplan för trygghet.")
    )
    assert [(d.period_start, d.period_end) for d in docs.values()] == [(2024, 2027)]


def test_a_local_plan_takes_the_period_it_is_proposed_to_run_for() -> None:
    docs = documents(
        _facts(
            "Socialnämnden har tagit fram en lokal plan för psykisk hälsa.\n"
            "Planen föreslås gälla mellan 2025 \u2013 2028 och utgår från den länsgemensamma "
            "handlingsplanen för psykisk hälsa 2022-2030."
        )
    )
    local = [d for i, d in docs.items() if i.startswith("Document:municipal:")]
    assert [(d.period_start, d.period_end) for d in local] == [(2025, 2028)]


def test_a_missing_strategy_is_no_document() -> None:
    facts = _facts("Hittills har det saknats en gemensam strategi för idrotten i kommunen.")
    assert documents(facts) == {}


def test_the_programme_in_force_beside_a_new_one_keeps_its_own_date() -> None:
    docs = documents(
        _facts(
            "Den 3 maj 2024 antog kommunfullmäktige ett nytt avfallsprogram. "
            "Gällande avfallsprogram antogs av kommunfullmäktige 2015-02-10."
        )
    )
    new = docs["Document:municipal:programme:kommun:1440:avfallsprogram"]
    assert new.adopted_on == "2024-05-03"


def test_an_acronym_with_its_target_year_names_the_document() -> None:
    docs = documents(_facts("Nuvarande strategi för Blekinge län, RUP 2030, antogs 2019."))
    assert "Document:regional:strategy:lan:10:rup-2030" in docs


def test_a_quoted_name_ending_in_a_period_gives_the_period() -> None:
    docs = documents(
        _facts('Kommunstyrelsen antog programmet "Trygghet i hela vår kommun 2024-2027".')
    )
    assert [(d.period_start, d.period_end) for d in docs.values()] == [(2024, 2027)]


def test_a_suspended_compound_adjective_keeps_the_genitive_owner() -> None:
    facts = _facts("Ale kommuns alkohol- och drogpolitiska program 2020-2024 ska minska bruket.")
    assert _issued(facts) == {
        ("Organization:kommun:1440", "Document:municipal:programme:kommun:1440:2020-2024")
    }


def test_whoever_assigned_the_work_drew_nothing_up() -> None:
    facts = _facts(
        "På uppdrag av regeringen har Länsstyrelsen i Västra Götalands län tagit fram en "
        "handlingsplan för viltvård."
    )
    makers = {maker for maker, _ in _issued(facts)}
    assert makers and not any("regeringen" in m for m in makers)


def test_parties_that_took_part_in_the_work_drew_it_up() -> None:
    facts = _facts(
        "Länsstyrelsen har tagit fram en regional strategi för turism 2025-2030. "
        "Ale kommun och Lerums kommun har deltagit aktivt i arbetet med strategin."
    )
    makers = {maker for maker, _ in _issued(facts)}
    assert {"Organization:kommun:1440", "Organization:kommun:1441"} <= makers


def test_areas_of_measures_are_no_goals() -> None:
    facts = _facts(
        "Handlingsplanen för trygghet 2025-2027 har fem åtgärdsområden: skolan, vården, "
        "trafiken, kulturen och idrotten."
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]


def test_a_level_marked_compound_keeps_its_purpose_as_its_title() -> None:
    docs = documents(
        _facts("År 2008 antog riksdagen ett nationellt handlingsprogram för att minska olyckor.")
    )
    assert "Document:national:programme:se:handlingsprogram-for-att-minska-olyckor" in docs


def test_a_second_introduction_with_an_adjective_of_its_own_is_another_document() -> None:
    text = (
        "Kommunen och polisen har skrivit under en ny trygghetsöverenskommelse. "
        "Den gäller i tre år. Varje höst tar parterna också fram en taktisk "
        "trygghetsöverenskommelse som gäller ett år."
    )
    docs = documents(_facts(text))
    assert sorted(d.title for d in docs.values()) == [
        "Taktisk trygghetsöverenskommelse",
        "Trygghetsöverenskommelse",
    ]


def test_a_renewed_or_overall_introduction_is_the_same_document() -> None:
    for adjective in ("förnyad", "övergripande"):
        text = (
            "Kommunen och polisen har skrivit under en ny trygghetsöverenskommelse. "
            f"Med en {adjective} trygghetsöverenskommelse vill parterna visa att de "
            "fortsätter samarbetet."
        )
        assert [d.title for d in documents(_facts(text)).values()] == [
            "Trygghetsöverenskommelse"
        ], adjective

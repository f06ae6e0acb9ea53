"""Defects found in the fifty-third session on development pages, restated as invented
sentences; each test fails on the code before its fix (guards say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision

from .helpers import documents, facts_at, links, organizations

KALMAR_LST = "https://www.lansstyrelsen.se/kalmar/natur/vatten.html"
NYBRO_SITE = "https://www.nybro.se/omsorg/plan-mot-vald.html"


def _facts(text: str, site: str = NYBRO_SITE) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _sources(facts: SourceFacts, link_type: LinkType) -> set[str]:
    """The ids the page's links of ``link_type`` start from."""
    return {k.from_id for k in links(facts, link_type)}


def test_what_the_board_does_within_a_programme_is_its_activities() -> None:
    text = (
        "Åtgärdsprogram för havsmiljön\n\nProgrammet beskriver vilka åtgärder som behövs.\n\n"
        "Detta gör Länsstyrelsen inom åtgärdsprogrammet:\n\n"
        "  • Tillsyn av reningsverk\n  • Rådgivning till lantbrukare\n"
        "  • Restaurering av våtmarker\n"
    )
    facts = _facts(text, KALMAR_LST)
    assert len(links(facts, LinkType.HAS_ACTIVITY)) == 3
    responsible = _sources(facts, LinkType.RESPONSIBLE_FOR)
    assert responsible == {"Organization:lansstyrelse:08"}, responsible
    assert len(links(facts, LinkType.RESPONSIBLE_FOR)) == 3


def test_the_subject_that_carries_out_the_measures_is_responsible() -> None:
    text = (
        "Klimatanpassning\n\nI april antog Länsstyrelsen i Kalmar län en ny regional "
        "handlingsplan för klimatanpassning och genomför nu planerade åtgärder för 2024, "
        "exempelvis:\n\n  • Stöd till kommunernas översiktsplanering\n"
        "  • Kartläggning av ras och skred\n"
    )
    facts = _facts(text, KALMAR_LST)
    responsible = _sources(facts, LinkType.RESPONSIBLE_FOR)
    assert responsible == {"Organization:lansstyrelse:08"}, responsible
    assert len(links(facts, LinkType.RESPONSIBLE_FOR)) == 2


def test_measures_another_actor_carries_out_are_not_the_subjects() -> None:
    """Guard (passes before the fix too): the board describes what the municipalities do."""
    text = (
        "Klimatanpassning\n\nLänsstyrelsen i Kalmar län beskriver i planen hur kommunerna "
        "genomför åtgärder, exempelvis:\n\n  • Skyfallskartering\n"
        "  • Höjdsättning av ny bebyggelse\n"
    )
    facts = _facts(text, KALMAR_LST)
    responsible = _sources(facts, LinkType.RESPONSIBLE_FOR)
    assert "Organization:lansstyrelse:08" not in responsible, responsible


def test_a_plan_valid_between_two_years_has_that_period() -> None:
    text = (
        "Våld i nära relationer\n\nNybros Plan mot våld i nära relationer (VINR) gäller "
        "mellan 2023 och 2026. Den följs upp varje år.\n"
    )
    found = set(documents(_facts(text)))
    assert "Document:municipal:plan:kommun:0881:2023-2026" in found, found


def test_a_programme_running_from_one_year_to_another_has_that_period() -> None:
    text = "Kultur\n\nKulturprogrammet gäller från 2022 till 2025 och revideras sedan.\n"
    found = set(documents(_facts(text)))
    assert any(d.endswith(":2022-2025") for d in found), found


def test_makers_before_a_split_verb_with_a_list_between_issue_the_document() -> None:
    text = (
        "Trygghet\n\nPolisen och kommunen tog genom trygghetsvandringar, enkäter och aktuell "
        "statistik fram ett medborgarlöfte för 2024.\n"
    )
    facts = _facts(text)
    makers = _sources(facts, LinkType.ISSUED)
    assert makers == {"Organization:kommun:0881", "Organization:nationell:polismyndigheten"}, makers


def test_the_crime_prevention_council_with_an_article_is_no_agency() -> None:
    text = (
        "Trygghet\n\nArbetet redovisas till kommunledningen. Det ska också följas upp hur "
        "det brottsförebyggande rådet fungerat.\n"
    )
    facts = _facts(text)
    assert "Organization:nationell:bra" not in organizations(facts)


def test_the_crime_prevention_council_by_its_name_is_the_agency() -> None:
    """Guard (passes before the fix too)."""
    text = "Trygghet\n\nKommunen använder statistik från Brottsförebyggande rådet.\n"
    facts = _facts(text)
    assert "Organization:nationell:bra" in organizations(facts)


def test_a_bracketed_list_between_verb_and_particle_keeps_the_maker() -> None:
    text = (
        "Bibliotek\n\nRegion Kalmar län tar tillsammans med andra biblioteksformer "
        "(sjukhusbibliotek, patientbibliotek och folkhögskolebibliotek) fram en regional "
        "biblioteksplan.\n"
    )
    facts = _facts(text, "https://www.regionkalmar.se/kultur/bibliotek.html")
    makers = _sources(facts, LinkType.ISSUED)
    assert makers == {"Organization:region:08"}, makers


def test_areas_named_by_example_are_no_goals() -> None:
    """The gold never counts areas named by example as a document's goals ("målområden,
    bland annat A"): the rule that read them matched none of 476 gold pages."""
    text = (
        "Folkhälsa\n\nI maj antog socialnämnden en handlingsplan mot ensamhet 2024-2027. "
        "Handlingsplanen har nio insatsområden som exempelvis träffpunkter för äldre, "
        "digital delaktighet och stöd till anhöriga.\n"
    )
    facts = _facts(text)
    assert not links(facts, LinkType.HAS_GOAL)


def test_the_tasks_of_a_government_assignment_are_no_decisions() -> None:
    """The gold never counts an assignment's tasks ("I uppdraget ingår att A och att B")
    as the government's decisions: the rule that read them matched none of 476 gold
    pages and gave 11 false positives."""
    text = (
        "Nytt uppdrag\n\nRegeringen har gett Länsstyrelsen i Kalmar län ett uppdrag om "
        "bostäder. I uppdraget ingår att kartlägga statlig mark och att föreslå en modell "
        "för markanvisning.\n"
    )
    facts = _facts(text, KALMAR_LST)
    deciders = _sources(facts, LinkType.DECIDED)
    assert "Organization:nationell:regeringen" not in deciders, deciders


def test_a_target_group_and_a_consultation_are_no_forums() -> None:
    text = (
        "Projekt\n\nMålgruppen för projektet är unga vuxna i länet.\n\n"
        "Inbjudan till samråd om detaljplan för kvarteret Eken.\n"
    )
    facts = _facts(text)
    forums = [o for o in organizations(facts) if o.startswith("Organization:forum")]
    assert not forums, forums


def test_a_named_council_is_a_forum() -> None:
    """Guard (passes before the fix too)."""
    text = "Trygghet\n\nFolkhälsorådet i Nybro kommun träffas fyra gånger per år.\n"
    facts = _facts(text)
    assert any(o.startswith("Organization:forum") for o in organizations(facts))


def test_a_list_of_assignments_on_a_page_is_no_task_given() -> None:
    text = (
        "Uppdrag\n\nI listan Aktuella uppdrag hittar du våra nuvarande uppdrag.\n\n"
        "Länsstyrelsen har fått i uppdrag att kartlägga statlig mark.\n"
    )
    facts = _facts(text, KALMAR_LST)
    summaries = sorted(n.summary for n in facts.nodes if isinstance(n, Decision))
    assert len(summaries) == 1 and "kartlägga" in summaries[0], summaries


def test_a_plan_named_only_by_its_kind_and_tied_to_nothing_is_dropped() -> None:
    text = (
        "Trygghet\n\nKommunen arbetar förebyggande mot brott i hela kommunen.\n\n"
        "Läs mer om vår handlingsplan.\n\nÅtgärdsprogram\n"
    )
    assert not documents(_facts(text))


def test_a_plan_named_only_by_its_kind_stays_when_the_page_tells_about_it() -> None:
    """Guard (passes before the change too): its adoption ties it to a body."""
    text = (
        "Trygghet\n\nKommunfullmäktige antog den 12 mars 2024 en handlingsplan för "
        "brottsförebyggande arbete.\n\nLäs mer om vår handlingsplan.\n"
    )
    assert documents(_facts(text))


def test_the_chair_in_a_members_field_of_minutes_holds_the_role() -> None:
    text = (
        "Kommunstyrelsen\n\nLedamöter: Eva Ek, s, ordförande Bo Berg, s vice ordförande "
        "Anna Lundberg, s\n"
    )
    facts = _facts(text, "https://www.kalmar.se/ks/protokoll.html")
    holders = _sources(facts, LinkType.HOLDS_ROLE)
    assert holders == {"Person:person:eva-ek", "Person:person:bo-berg"}, holders


def test_a_standard_body_misspelt_by_one_letter_is_that_body() -> None:
    text = (
        "Beslut\n\nUnder dagens sammanträde beslutade socialsnämnden om budget 2026. "
        "Kommnfullmäktige beslutade att anta budgeten.\n"
    )
    facts = _facts(text)
    bodies = {o for o in organizations(facts) if o.startswith("Organization:kommun:0881:")}
    assert bodies == {
        "Organization:kommun:0881:socialnamnden",
        "Organization:kommun:0881:kommunfullmaktige",
    }, bodies

"""Defects found in the sixty-fourth session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative

from .helpers import facts_at, links

ALE = "https://www.ale.se/nyheter/nytt-medborgarlofte.html"
REGION = "https://www.regionvasterbotten.se/nyheter/projektmedel.html"
POLICE = "Organization:nationell:polismyndigheten"
ALE_KOMMUN = "Organization:kommun:1440"


def _facts(text: str, site: str) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, kind)}


def test_signers_opening_a_sentence_that_concludes_a_pledge_signed_it() -> None:
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "Polisen och Ale kommun tecknar idag ett nytt gemensamt medborgarlöfte med fokus "
        "på trygghet i centrum.\n"
    )
    facts = _facts(text, ALE)
    signed = links(facts, LinkType.SIGNED)
    assert {k.from_id for k in signed} == {POLICE, ALE_KOMMUN}
    assert {k.date for k in signed} == {"2024-05-02"}


def test_a_concluding_verb_after_other_words_signs_nothing() -> None:
    # guard: the sentence must open with its signers
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "I maj berättade vi att Polisen och Ale kommun tecknar ett nytt medborgarlöfte.\n"
    )
    assert not links(_facts(text, ALE), LinkType.SIGNED)


def test_a_community_police_officer_in_a_municipality_serves_the_police() -> None:
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "Polisen och kommunen har tagit fram en gemensam lägesbild.\n\n"
        "\u2013 Vi ska åtgärda problemen, säger Eva Berg, kommunpolis i Ale kommun.\n"
    )
    roles = _pairs(_facts(text, ALE), LinkType.HOLDS_ROLE)
    assert roles == {("Person:person:eva-berg", POLICE)}


def test_a_grant_for_a_named_project_makes_its_recipient_take_part() -> None:
    text = (
        "Arbetsutskottet beviljar finansiering\n\n"
        "Region Västerbotten beviljas 2 693 173 kr från det regionala tillväxtanslaget "
        "för projektet ”Regional utveckling i norra Sverige”.\n"
    )
    facts = _facts(text, REGION)
    (project,) = (n.id for n in facts.nodes if isinstance(n, Initiative))
    assert ("Organization:region:24", project) in _pairs(facts, LinkType.PARTICIPATES_IN)


def _initiatives(facts: SourceFacts) -> set[str]:
    return {n.name for n in facts.nodes if isinstance(n, Initiative)}


def test_a_sentence_defining_its_subject_as_a_project_names_it_in_lower_case_words() -> None:
    text = (
        "Nytt projekt för hållbart resande\n\n"
        "  Grön pendling i Västerbotten är ett nytt samarbetsprojekt där Region "
        "Västerbotten, tillsammans med Trafikverket och Umeå kommun, ska få fler att resa "
        "hållbart.\n"
    )
    facts = _facts(text, REGION)
    assert _initiatives(facts) == {"Grön pendling i Västerbotten"}
    takers = {a for a, _ in _pairs(facts, LinkType.PARTICIPATES_IN)}
    assert takers == {
        "Organization:region:24",
        "Organization:nationell:trafikverket",
        "Organization:kommun:2480",
    }


def test_a_pronoun_or_an_agreement_defined_as_an_effort_names_no_project() -> None:
    # guard: "Detta är ett projekt", "X elektrifieringslöfte är ett initiativ"
    text = (
        "Projekt\n\n"
        "Detta är ett nytt samarbetsprojekt där Region Västerbotten deltar.\n\n"
        "Västerbottens elektrifieringslöfte är ett initiativ för att minska utsläppen.\n"
    )
    assert not _initiatives(_facts(text, REGION))


def test_numbered_grant_headings_name_projects_with_recipient_and_funder() -> None:
    text = (
        "Pengar till länets utveckling\n\n"
        "Här är listan över de beviljade projekten:\n\n"
        "1. Attraktiva Vindeln\n\n"
        "Regionala utvecklingsnämnden beslutar att Vindelns kommun beviljas 890 000 kr.\n\n"
        "Projektet ska möta kompetensbehoven i kommunen.\n\n"
        "2. Säkra vägar i inlandet - trafiksäkerhet för alla\n\n"
        "Regionala utvecklingsnämnden beslutar att Trafikverket beviljas 770 000 kr.\n"
    )
    facts = _facts(text, REGION)
    assert _initiatives(facts) == {"Attraktiva Vindeln", "Säkra vägar i inlandet"}
    part = _pairs(facts, LinkType.PARTICIPATES_IN)
    assert ("Organization:kommun:2404", "Initiative:attraktiva-vindeln") in part
    assert ("Organization:nationell:trafikverket", "Initiative:sakra-vagar-i-inlandet") in part
    funders = {a for a, _ in _pairs(facts, LinkType.FUNDS)}
    assert funders == {"Organization:region:24:regionala-utvecklingsnamnden"}
    concerned = {t for _, t in _pairs(facts, LinkType.CONCERNS)}
    assert concerned == {"Initiative:attraktiva-vindeln", "Initiative:sakra-vagar-i-inlandet"}


def test_a_numbered_heading_over_no_grant_names_no_project() -> None:
    # guard: an agenda item over a decision that grants nothing
    text = (
        "Nämndens beslut\n\n"
        "1. Budget för 2024\n\n"
        "Regionala utvecklingsnämnden beslutar att anta budgeten.\n"
    )
    assert not _initiatives(_facts(text, REGION))


def test_projects_named_after_det_handlar_om_and_an_owners_genitive() -> None:
    text = (
        "EU-pengar till länet\n\n"
        "Partnerskapet har prioriterat sju projekt i länet som får pengar, det handlar "
        "bland annat om Hållbar kompetens i Västerbotten och Grön turism i fjällen.\n\n"
        "Bland de beviljade projekten finns Region Västerbottens Nya vägar till jobb.\n"
    )
    names = _initiatives(_facts(text, REGION))
    assert {"Hållbar kompetens i Västerbotten", "Grön turism i fjällen"} <= names
    assert "Nya vägar till jobb" in names


def test_an_owners_project_and_a_dotted_project_name_are_initiatives() -> None:
    text = (
        "Nyheter\n\n"
        "Satsningen är en del av Region Västerbottens projekt SIKT med syfte att stärka "
        "etableringen.\n\n"
        "Ett exempel är det nyligen lanserade bredbandsprojektet Dig.2020 i länet.\n"
    )
    assert {"SIKT", "Dig.2020"} <= _initiatives(_facts(text, REGION))


HYLTE = "https://www.hylte.se/kommun/naringslivsprogram.html"


def test_a_document_stated_as_adopted_in_the_council_is_adopted() -> None:
    text = (
        "Näringslivsprogram\n\n"
        "Programmet ska ge fler jobb. Näringslivsprogrammet är fastställt i "
        "kommunfullmäktige och gäller för hela kommunen.\n"
    )
    adopted = _pairs(_facts(text, HYLTE), LinkType.ADOPTED)
    assert {a for a, _ in adopted} == {"Organization:kommun:1315:kommunfullmaktige"}


def test_a_next_plan_still_to_be_adopted_is_not_adopted() -> None:
    # guard: "gäller fram till nästa folkhälsoplan är beslutad i kommunfullmäktige"
    text = (
        "Folkhälsoplan 2018-2020\n\n"
        "Denna folkhälsoplan gäller fram till nästa folkhälsoplan är beslutad i "
        "kommunfullmäktige.\n"
    )
    assert not links(_facts(text, HYLTE), LinkType.ADOPTED)


def test_a_project_owner_and_partners_on_one_side_of_a_border_take_part() -> None:
    text = (
        "Nytt Interregprojekt\n\n"
        "Regionala utvecklingsnämnden beviljade idag medfinansiering av projektet "
        "\u201dFjällresan\u201d. Projektet är ett Interregprojekt. Projektägare på svensk sida "
        "är Umeå kommun. Samverkanspartners i Sverige är bland annat Skistar och "
        "Swedavia.\n"
    )
    takers = {a for a, _ in _pairs(_facts(text, REGION), LinkType.PARTICIPATES_IN)}
    assert takers == {
        "Organization:kommun:2480",
        "Organization:org:skistar",
        "Organization:org:swedavia",
    }


def test_a_project_owner_of_no_project_just_spoken_of_takes_no_part() -> None:
    # guard: the owner of the page's work under "Stöd och finansiering", not of a
    # campaign named paragraphs before
    text = (
        "Kommunen i Fossilfritt Sverige\n\n"
        "Kommunen deltar sedan tidigare i Fossilfritt Sverige.\n\n"
        "Stöd och finansiering\n\n"
        "Projektägare är Trafikverket. Finansiering sker genom medel från Tillväxtverket.\n"
    )
    takers = {a for a, _ in _pairs(_facts(text, REGION), LinkType.PARTICIPATES_IN)}
    assert "Organization:nationell:trafikverket" not in takers


def test_areas_pointed_back_to_after_a_documents_goal_areas_are_its_goals() -> None:
    text = (
        "Ny aktivitetsplan för folkhälsa\n\n"
        "Inom länet har man valt att fokusera på tre målområden i den länsgemensamma "
        "folkhälsopolicyn. Barn och unga är prioriterade och man arbetar tillsammans i "
        "länets kommuner med dessa områden:\n\n"
        "• Trygga uppväxtvillkor\n"
        "• Utbildning och arbete\n"
        "• Inflytande och delaktighet\n"
    )
    facts = _facts(text, REGION)
    owners = {a for a, _ in _pairs(facts, LinkType.HAS_GOAL)}
    assert len(links(facts, LinkType.HAS_GOAL)) == 3
    assert all(":policy:" in o for o in owners)


def test_universities_named_by_their_acronyms_are_the_universities() -> None:
    text = (
        "Samarbete\n\nProjektet drivs av Region Västerbotten tillsammans med BTH, LNU och MIUN.\n"
    )
    orgs = {n.id for n in _facts(text, REGION).nodes if n.id.startswith("Organization:org:")}
    assert {
        "Organization:org:blekinge-tekniska-hogskola",
        "Organization:org:linneuniversitetet",
        "Organization:org:mittuniversitetet",
    } <= orgs


def test_a_council_named_with_its_county_keeps_the_whole_county_name() -> None:
    text = (
        "Samverkan\n\n"
        "Strategin är förankrad i Integrationsrådet för Kalmar län. Klimatrådet Uppsala län "
        "träffas i maj.\n"
    )
    facts = _facts(text, "https://www.lansstyrelsen.se/kalmar/samverkan.html")
    forums = {n.id for n in facts.nodes if n.id.startswith("Organization:forum:")}
    assert "Organization:forum:lan:08:integrationsradet-for-kalmar-lan" in forums
    assert "Organization:forum:lan:03:klimatradet-uppsala-lan" in forums

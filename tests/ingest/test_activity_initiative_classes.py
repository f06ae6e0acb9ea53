"""Activities and initiatives by class of wording (fictional sentences)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Goal, Initiative
from tests.ingest.helpers import facts_of

from .helpers import links


def _activities(facts: SourceFacts) -> dict[str, str]:
    return {n.description: n.id for n in facts.nodes if isinstance(n, Activity)}


def _goals(facts: SourceFacts) -> set[str]:
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def _initiatives(facts: SourceFacts) -> set[str]:
    return {n.name for n in facts.nodes if isinstance(n, Initiative)}


AREAS = (
    "Piteå kommun\n\n"
    "Kommunstyrelsen antog i dag Klimatplan för Piteå kommun 2025\u20132030. "
    "Inom klimatplanen finns fyra åtgärdsområden:\n\n"
    " • Hållbara resor\n"
    " • Fossilfri uppvärmning\n"
    " • Cirkulär upphandling\n"
    " • Kunskap och dialog\n"
)


def test_listed_areas_of_measures_are_activities_not_goals() -> None:
    facts = facts_of(AREAS)
    acts = _activities(facts)
    assert {"Hållbara resor", "Fossilfri uppvärmning", "Kunskap och dialog"} <= set(acts)
    assert not _goals(facts) & set(acts)
    assert links(facts, LinkType.HAS_ACTIVITY, to_id=acts["Cirkulär upphandling"])


GOALS_THEN_AREAS = (
    "Piteå kommun\n\n"
    "Kommunstyrelsen antog Folkhälsoprogram för Piteå kommun 2025\u20132028. "
    "Programmet har fem mål. Varje mål har några insatsområden. Läs mer nedan.\n\n"
    " • Barn växer upp tryggt\n"
    " • Fler äldre är fysiskt aktiva\n"
)


def test_areas_named_in_passing_leave_a_goal_list_to_the_goals() -> None:
    facts = facts_of(GOALS_THEN_AREAS)
    assert "Barn växer upp tryggt" not in _activities(facts)


INLINE = (
    "Piteå kommun\n\n"
    "Kommunstyrelsen antog Handlingsplan för Piteå kommun 2025\u20132027 i går. "
    "Handlingsplanen innehåller satsningar på hela kommunen, bland annat en ny "
    "cykelväg, fler laddplatser och stöd till föreningar.\n"
)


def test_inline_list_of_a_documents_measures_gives_one_activity_each() -> None:
    facts = facts_of(INLINE)
    acts = _activities(facts)
    assert {"ny cykelväg", "fler laddplatser", "stöd till föreningar"} <= set(acts)
    assert all(links(facts, LinkType.HAS_ACTIVITY, to_id=a) for a in acts.values())
    rules = {ev.rule for m in facts.mentions if m.node_id in acts.values() for ev in [m.evidence]}
    assert rules == {"list.activities.inline"}


NO_DOCUMENT_SUBJECT = (
    "Piteå kommun\n\nI arbetet ingår insatser såsom läxhjälp, föräldrastöd och fritidsgårdar.\n"
)


def test_inline_measures_without_a_document_subject_give_nothing() -> None:
    assert not _activities(facts_of(NO_DOCUMENT_SUBJECT))


QUOTE_GOES_ON = (
    "Piteå kommun\n\n"
    "\u2013 Vi har länge arbetat med frågan, säger Eva Lund, enhetschef och fortsätter:\n"
    "\u2013 Planen har vi tagit fram tillsammans med föreningarna i kommunen.\n"
)


def test_a_quotation_going_on_after_a_colon_is_no_list() -> None:
    assert not _activities(facts_of(QUOTE_GOES_ON))


PROJECTS = (
    "Regionala utvecklingsnämnden\n\n"
    "Nämnden fastställde planen för Turismprojektet 2024\u20132025. "
    "En av delarna är den så kallade Bygdefonden, som söks hos regionen.\n\n"
    "Information\n"
    "  \u2022 Ramprojekt Grön omställning Norrbotten (RUN/12/2023)\n"
    "  \u2022 Slutrapport för projektet Smart energi- och vattenrådgivning - Hållbara "
    "gårdar på landsbygden (RUN/40/2022)\n"
)


def test_named_projects_and_funds_in_running_text_and_item_lines() -> None:
    names = _initiatives(facts_of(PROJECTS))
    assert {"Turismprojektet", "Bygdefonden", "Grön omställning Norrbotten"} <= names
    assert "Smart energi- och vattenrådgivning - Hållbara gårdar på landsbygden" in names
    assert "Smart energi-" not in names


MEMBERSHIP = (
    "Bodens kommun\n\n"
    "Kommunstyrelsen beslutade att ansöka om medlemskap i nätverket Hållbara Företag Nord. "
    "Ansökan om medlemskap i Vattennätverket Kommunstyrelsen beslutar att bifalla.\n"
)


def test_a_network_joined_as_member_and_a_capitalised_compound_are_no_initiative_names() -> None:
    names = _initiatives(facts_of(MEMBERSHIP))
    assert "Hållbara Företag Nord" not in names
    assert not any(n.startswith("Kommunstyrelsen") for n in names)


AGREEMENT = (
    "Samverkansavtal\n\n"
    "Kalix kommun och Polisen tecknar en samverkansöverenskommelse om trygghet.\n\n"
    "Parterna åtar sig genom denna överenskommelse att ordna trygghetsvandringar varje höst. "
    "Man ska också ha ett gemensamt råd för ungdomsfrågor. "
    "Förutom detta ska man ta fram en lägesbild samt utvärdera arbetet årligen. "
    "Ett nytt avtal skrivs om tre år.\n"
)


def test_what_the_parties_of_an_agreement_undertake_are_its_activities() -> None:
    facts = facts_of(AGREEMENT)
    acts = _activities(facts)
    assert {
        "ordna trygghetsvandringar varje höst",
        "ha ett gemensamt råd för ungdomsfrågor",
        "ta fram en lägesbild",
        "utvärdera arbetet årligen",
    } == set(acts)
    assert all(links(facts, LinkType.HAS_ACTIVITY, to_id=a) for a in acts.values())


NOT_AGREEMENT = (
    "Kalix kommun\n\n"
    "Kommunfullmäktige antog Handlingsplan för Kalix kommun 2025\u20132027. "
    "Kommunen åtar sig att betala hälften av kostnaden.\n"
)


def test_an_undertaking_outside_an_agreement_is_no_activity() -> None:
    assert not _activities(facts_of(NOT_AGREEMENT))


HANDLED_BY = (
    "Regionala utvecklingsnämnden\n\n"
    "Nämnden inrättade i fjol den så kallade Bygdefonden. "
    "Fonden avser 200 000 kronor per år och hanteras direkt av Region Norrbotten.\n"
)


def test_a_fund_handled_by_an_organisation_is_coordinated_by_it() -> None:
    facts = facts_of(HANDLED_BY)
    [link] = links(facts, LinkType.COORDINATES, to_id="Initiative:bygdefonden")
    assert link.from_id == "Organization:region:25"


RANGE = (
    "Kalix kommun\n\n"
    "Kommunfullmäktige antog Handlingsplan mot ensamhet för Kalix kommun 2025\u20132027. "
    "I handlingsplanen finns en rad åtgärder \u2013 från att starta mötesplatser för äldre "
    "till att utbilda volontärer i samtalsstöd.\n"
)


def test_the_two_ends_of_a_range_of_measures_are_activities() -> None:
    facts = facts_of(RANGE)
    acts = _activities(facts)
    assert set(acts) == {"starta mötesplatser för äldre", "utbilda volontärer i samtalsstöd"}
    assert all(links(facts, LinkType.HAS_ACTIVITY, to_id=a) for a in acts.values())


PROGRAMME = (
    "Piteå kommun deltar i ledarskapsprogram\n\n"
    "Nu börjar Piteå kommuns medverkan i Almis utbildningsprogram för hållbara småföretag. "
    "I höst kommer kommunen att deltaga i Almis utbildningsprogram för hållbara småföretag.\n\n"
    "Utbildningsprogrammet anordnas av Almi och ger träffar med de andra kommunerna som "
    "deltar i programmet; Luleå, Boden och Kalix.\n"
)


def test_a_programme_taken_part_in_is_an_initiative_with_its_participants() -> None:
    facts = facts_of(PROGRAMME)
    ini = "Initiative:utbildningsprogram-for-hallbara-smaforetag"
    assert "utbildningsprogram för hållbara småföretag" in _initiatives(facts)
    takers = {link.from_id for link in links(facts, LinkType.PARTICIPATES_IN, to_id=ini)}
    piteå, luleå, boden, kalix = (
        f"Organization:kommun:{c}" for c in ("2581", "2580", "2582", "2514")
    )
    assert {piteå, luleå, boden, kalix} <= takers


EFFORTS = (
    "Kvinnofridssatsning\n\n"
    "Länsstyrelsen och Region Norrbotten enas om en gemensam trygghetssatsning i länet. "
    "Samordnaren inom kvinnofridssatsningen stödjer kommunerna.\n"
)


def test_an_effort_compound_names_an_initiative_only_definite_or_as_a_heading() -> None:
    names = _initiatives(facts_of(EFFORTS))
    assert "Kvinnofridssatsningen" in names
    assert "Trygghetssatsningen" not in names


LEADER = (
    "Region Norrbotten\n\n"
    "- Vi behöver fler utbildningar, säger Eva Berg, projektledare för Vårdlyftet Norrbotten.\n"
)


def test_what_a_project_leader_leads_is_an_initiative() -> None:
    assert "Vårdlyftet Norrbotten" in _initiatives(facts_of(LEADER))


DEFINED = (
    "Polisregion Nord\n\n"
    "Mötet tog upp trafiken och Trygg Vinter som är en satsning mot stölder i fritidshus. "
    "Samordningsförbundet Östra Norrbotten, som är ett samarbete mellan kommuner, deltog.\n"
)


def test_a_name_defined_as_an_effort_is_an_initiative() -> None:
    names = _initiatives(facts_of(DEFINED))
    assert "Trygg Vinter" in names
    assert not any("Norrbotten" in n for n in names)

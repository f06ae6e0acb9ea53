"""Mechanisms first met in the forty-third session (2026-12-05). Short fictional texts
written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, Goal
from tests.ingest.helpers import decisions, documents, facts_at, links

_AGENCY = "https://www.exempelmyndigheten.se/nyheter/handlingsplan/"
_COUNTY = "https://www.lansstyrelsen.se/dalarna/nyheter/handlingsplan.html"


def _responsible(text: str, uri: str = _AGENCY) -> dict[str, str]:
    """Each activity's description and who is RESPONSIBLE_FOR it ('' if no one)."""
    facts = facts_at(text, uri, "2025-02-03")
    who = {k.to_id: k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    return {n.description: who.get(n.id, "") for n in facts.nodes if isinstance(n, Activity)}


def test_a_verb_led_items_own_ansvarig_gives_its_responsible_body() -> None:
    text = (
        "Nationell handlingsplan för friluftsliv 2025-2028\n\n"
        "Handlingsplanen innehåller tolv åtgärder. Några exempel:\n"
        "- Ta fram en vägledning om tillgängliga leder. Ansvarig: Naturvårdsverket.\n"
        "- Utveckla statistiken om friluftsliv. Ansvarig: Statistiska centralbyrån.\n"
        "- Kartlägga hinder för barns utevistelse. Ansvarig: Boverket.\n"
    )
    found = _responsible(text)
    assert found == {
        "Ta fram en vägledning om tillgängliga leder": "Organization:nationell:naturvardsverket",
        "Utveckla statistiken om friluftsliv": "Organization:nationell:statistiska-centralbyran",
        "Kartlägga hinder för barns utevistelse": "Organization:nationell:boverket",
    }, found


def _signed(text: str) -> dict[str, str | None]:
    """Each signer of the page's documents and the signing's date."""
    facts = facts_at(text, _COUNTY, "2025-03-05")
    return {k.from_id: k.date for k in links(facts, LinkType.SIGNED)}


def test_signers_of_an_elided_object_sign_the_document_signed_just_before() -> None:
    text = (
        "Ny handlingsplan för trygghet\n\n"
        "I går, tisdagen den 4 mars, samlades länets aktörer i Falun för att skriva under "
        "Regional handlingsplan för trygghet 2025-2028. Handlingsplanen undertecknades av "
        "Länsstyrelsen Dalarnas län och Region Dalarna. Dessutom skrev Mora kommun och "
        "Avesta kommun under, liksom Polismyndigheten.\n"
    )
    assert _signed(text) == {
        "Organization:lansstyrelse:20": "2025-03-04",
        "Organization:region:20": "2025-03-04",
        "Organization:kommun:2062": "2025-03-04",
        "Organization:kommun:2084": "2025-03-04",
        "Organization:nationell:polismyndigheten": "2025-03-04",
    }


def test_an_elided_object_with_no_signing_before_signs_nothing() -> None:
    text = (
        "Ny handlingsplan för trygghet\n\n"
        "Länsstyrelsen har tagit fram Regional handlingsplan för trygghet 2025-2028. "
        "Dessutom skrev Mora kommun under.\n"
    )
    assert _signed(text) == {}


def test_bakom_satsningen_star_lists_the_initiatives_participants() -> None:
    text = (
        "Nytt samarbete för unga vuxna\n\n"
        "Initiativet Nästa steg ska hjälpa unga vuxna till jobb. Bakom satsningen står "
        "Kils kommun, det kommunala bostadsbolaget Kilsbostäder AB och Region Värmland, "
        "tillsammans med Arbetsförmedlingen.\n"
    )
    facts = facts_at(text, "https://www.kil.se/nyheter/nasta-steg/", "2025-01-15")
    found = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert found == {
        "Organization:kommun:1715",
        "Organization:org:kilsbostader-ab",
        "Organization:region:17",
        "Organization:nationell:arbetsformedlingen",
    }, found


def test_a_grant_lists_named_items_are_projects_its_granter_funds() -> None:
    text = (
        "Pengar till tre projekt\n\n"
        "Regionala utvecklingsnämnden beviljade på onsdagen stöd till följande projekt:\n"
        "• Hållbar besöksnäring året runt, 850 000 kronor.\n"
        "• Kompetenslyft vård i länet, 1,6 miljoner kronor.\n"
        "• Kultur, idrott och fritid, en översyn av anläggningarna.\n"
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyheter/projekt/", "2024-10-18")
    found = {(k.from_id, k.to_id) for k in links(facts, LinkType.FUNDS)}
    body = "Organization:region:08:regionala-utvecklingsnamnden"
    assert found == {
        (body, "Initiative:hallbar-besoksnaring-aret-runt"),
        (body, "Initiative:kompetenslyft-vard-i-lanet"),
    }, found


def test_goals_belong_to_the_plan_not_to_the_predecessor_whose_period_came_first() -> None:
    text = (
        "Ny handlingsplan för trygghet\n\n"
        "Regional handlingsplan för trygghet 2025-2028 har antagits.\n\n"
        "Mål\n"
        "Planen har tagits fram av Länsstyrelsen. Den ersätter Regional strategi för "
        "trygghet 2019-2024. Planen har tre mål:\n"
        "1. Våldet ska förebyggas tidigt.\n"
        "2. Utsatta ska få stöd i hela länet.\n"
        "3. Samverkan ska stärkas.\n"
    )
    facts = facts_at(text, _COUNTY, "2025-03-05")
    owners = {k.from_id for k in links(facts, LinkType.HAS_GOAL)}
    assert owners == {"Document:regional:action-plan:lan:20:2025-2028"}, owners


def _goals(text: str) -> set[str]:
    facts = facts_at(text, "https://www.regionkalmar.se/strategi/", "2024-05-02")
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


_AREAS = (
    "Regional utvecklingsstrategi för Kalmar län 2020-2030\n\n"
    "Strategin har {n} prioriterade områden:\n\n"
    "Kompetens och lärande\n"
    "Fler ska gå vidare till högre utbildning.\n\n"
    "Ett konkurrenskraftigt näringsliv\n"
    "Länets företag ska kunna växa.\n\n"
    "Hållbar tillgänglighet\n"
    "Goda kommunikationer behövs i hela länet.\n"
)


def test_counted_areas_over_as_many_headed_sections_are_goals() -> None:
    assert _goals(_AREAS.format(n="tre")) == {
        "Kompetens och lärande",
        "Ett konkurrenskraftigt näringsliv",
        "Hållbar tillgänglighet",
    }


def test_a_count_that_the_sections_do_not_match_gives_no_goals() -> None:
    assert _goals(_AREAS.format(n="fyra")) == set()


def test_reports_of_delegated_decisions_in_minutes_are_no_decisions() -> None:
    text = (
        "Region Örebro län\nPROTOKOLL\nRegionfullmäktige\n\n"
        "Sammanträdesdatum: 2024-11-26\n\n"
        "§ 146 Medfinansiering av Science Park Örebro\n"
        "Beslut: Regionfullmäktige beviljar Science Park Örebro 4,5 miljoner kronor.\n\n"
        "§ 148 Anmälningar\n"
        "Anmälningarna läggs till handlingarna.\n"
    )
    facts = facts_at(text, "https://www.regionorebrolan.se/protokoll/", "2024-11-26")
    texts = list(decisions(facts))
    assert len(texts) == 1 and "Science Park" in texts[0], texts


def test_a_date_after_a_document_is_no_period_of_it() -> None:
    text = (
        "Ny drogpolicy för skolan\n\n"
        "Barn- och ungdomsnämnden antog 2011-05-17 en ny Alkohol- och drogpolicy för skolan. "
        "Alla skolor ska ta fram en lokal handlingsplan utifrån policyn senast 2011-12-31.\n"
    )
    facts = facts_at(text, "https://www.karlskrona.se/skola/drogpolicy/", "2011-05-24")
    periods = {(d.period_start, d.period_end) for d in documents(facts).values()}
    assert (2011, 2012) not in periods, periods


def test_all_three_that_build_on_a_strategy_implement_it() -> None:
    text = (
        "Så genomförs strategin\n\n"
        "De viktigaste är Regional innovationsstrategi 2024-2030, Regional transportplan "
        "2026-2037 och Regional kulturplan 2025-2028. Alla tre utgår från "
        "Regional utvecklingsstrategi 2020-2030.\n"
    )
    facts = facts_at(text, "https://www.regionkalmar.se/strategi/", "2024-05-02")
    found = {
        (k.from_id.split(":")[2], k.to_id.split(":")[-1]) for k in links(facts, LinkType.IMPLEMENTS)
    }
    assert (
        found
        == {
            ("strategy", "2020-2030"),
            ("plan", "2020-2030"),
        }
        and len(links(facts, LinkType.IMPLEMENTS)) == 3
    ), found


def _coordinators(text: str) -> set[tuple[str, str]]:
    facts = facts_at(text, "https://www.falkenberg.se/nyheter/krogmiljo/", "2025-03-19")
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.COORDINATES)}


def test_a_projects_coordinator_in_a_relative_clause_after_its_predicate_noun() -> None:
    text = (
        "Tryggare krogmiljö\n\n"
        "Projektet Trygg krog Halland är ett länsövergripande projekt 2025-2026 som "
        "samordnas av Länsstyrelsen i Hallands län.\n"
    )
    assert _coordinators(text) == {
        ("Organization:lansstyrelse:13", "Initiative:trygg-krog-halland")
    }


def test_a_relative_clause_with_the_coordinator_as_its_subject() -> None:
    text = (
        "Tryggare krogmiljö\n\n"
        "Uppdraget genomförs inom projektet Trygg krog Halland, som Länsstyrelsen i Hallands "
        "län samordnar.\n"
    )
    assert _coordinators(text) == {
        ("Organization:lansstyrelse:13", "Initiative:trygg-krog-halland")
    }


def test_a_decision_reports_chair_and_deputy_labels_hold_roles_at_its_body() -> None:
    text = (
        "Beslut i korthet \u2013 miljö- och byggnadsnämnden 12 juni 2024\n\n"
        "Här är de viktigaste besluten från sammanträdet. Protokollet justeras den 18 juni.\n\n"
        "Ordförande: Kent Åhlund (C)\n"
        "Vice ordförande: Marie Lindblad (S)\n"
    )
    facts = facts_at(text, "https://www.tierp.se/beslut-i-korthet/", "2024-06-14")
    found = {
        (k.from_id, k.to_id, (k.title or "").lower()) for k in links(facts, LinkType.HOLDS_ROLE)
    }
    body = "Organization:kommun:0360:miljo-och-byggnadsnamnden"
    assert found == {
        ("Person:person:kent-ahlund", body, "ordförande"),
        ("Person:person:marie-lindblad", body, "vice ordförande"),
    }, found


def _adopted(text: str, uri: str) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, uri, "2024-06-14")
    return {(k.from_id, k.to_id.split(":")[-1], k.date) for k in links(facts, LinkType.ADOPTED)}


def test_a_committee_that_reviderar_guidelines_in_a_decision_table_adopts_them() -> None:
    text = (
        "Beslut i korthet\n\n"
        "Miljö- och byggnadsnämnden sammanträdde den 12 juni 2024.\n\n"
        "Ärende | Beslut\n"
        "Riktlinjer för bygglov i kustnära områden | Nämnden reviderar riktlinjerna.\n"
    )
    found = _adopted(text, "https://www.tierp.se/beslut-i-korthet/")
    assert {(f, t) for f, t, _ in found} == {
        (
            "Organization:kommun:0360:miljo-och-byggnadsnamnden",
            "riktlinjer-for-bygglov-i-kustnara-omraden",
        )
    }, found


def test_och_antogs_av_is_the_adoption_of_the_document_the_sentence_opens_with() -> None:
    text = (
        "Regional utvecklingsstrategi\n\n"
        "Vårt Kalmar län 2035 är länets regionala utvecklingsstrategi. Strategin har tagits "
        "fram av Region Kalmar län tillsammans med länets kommuner och antogs av "
        "regionfullmäktige den 28 november 2023.\n"
    )
    found = _adopted(text, "https://www.regionkalmar.se/strategi/")
    assert found == {
        ("Organization:region:08:regionfullmaktige", "vart-kalmar-lan-2035", "2023-11-28")
    }, found


def test_a_crime_prevention_council_in_a_municipality_is_its_forum_not_bra() -> None:
    text = (
        "Nytt medborgarlöfte\n\n"
        "Löftet följs upp av Brottsförebyggande rådet i Hedemora, som samordnar kommunens "
        "brottsförebyggande arbete.\n"
    )
    facts = facts_at(text, "https://www.hedemora.se/nyheter/medborgarlofte/", "2025-04-10")
    orgs = {n.id for n in facts.nodes if n.id.startswith("Organization:")}
    assert "Organization:forum:kommun:2083:brottsforebyggande-radet-i-hedemora" in orgs, orgs
    assert "Organization:nationell:bra" not in orgs, orgs


def test_signers_between_a_fronted_verb_and_the_document_sign_it() -> None:
    text = (
        "Myndigheter i Dalarna undertecknade beredskapsstrategi\n\n"
        "I fredags undertecknade Polismyndigheten, Länsstyrelsen i Dalarna och flera andra "
        "aktörer i länet en gemensam beredskapsstrategi.\n"
    )
    facts = facts_at(text, "https://www.forsvarsmakten.se/sv/aktuellt/2015/01/", "2015-01-23")
    found = {(k.from_id, k.to_id) for k in links(facts, LinkType.SIGNED)}
    doc = "Document:regional:strategy:lan:20:beredskapsstrategi"
    assert found == {
        ("Organization:nationell:polismyndigheten", doc),
        ("Organization:lansstyrelse:20", doc),
    }, found


def test_a_wire_services_byline_names_the_organisation_a_bare_title_is_held_at() -> None:
    text = (
        "Ny plan för länets kompetens\n"
        "1.2.2025 10:00:00 CET | Region Norrbotten | Pressmeddelande\n"
        "Regionen tar nästa steg med en ny plan.\n\n"
        "\u2013 Planen är viktig, säger Karin Holm, regional utvecklingsdirektör.\n"
    )
    facts = facts_at(text, "https://via.tt.se/pressmeddelande/4170383/ny-plan", "2025-12-03")
    found = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert found == {("Person:person:karin-holm", "Organization:region:25")}, found


def _issued(text: str) -> set[tuple[str, str]]:
    facts = facts_at(text, "https://www.regionjh.se/kultur/nyheter/kulturplan.html", "2024-01-15")
    return {(k.from_id, k.to_id.split(":")[-1]) for k in links(facts, LinkType.ISSUED)}


def test_an_organisation_that_has_a_new_document_issued_it() -> None:
    text = "Ny kulturplan\n\nFrån och med i år har regionen en ny kulturplan för 2024-2027.\n"
    assert _issued(text) == {("Organization:region:23", "2024-2027")}


def test_a_document_an_organisation_has_received_is_not_its_own() -> None:
    text = "Ny kulturplan\n\nFrån och med i år har regionen fått en ny kulturplan för 2024-2027.\n"
    assert _issued(text) == set()


def test_areas_counted_with_a_purpose_before_the_colon_are_goals() -> None:
    text = (
        "Utvecklingsstrategi för Exempelby\n\n"
        "Kulturplan 2025-2028 pekar ut tre övergripande områden att prioritera i arbetet "
        "framöver: Levande kulturmiljöer, Barns rätt till kultur och Starka kulturskapare.\n"
    )
    assert _goals(text) == {
        "Levande kulturmiljöer",
        "Barns rätt till kultur",
        "Starka kulturskapare",
    }


def test_prioriteringsomradena_over_a_list_are_goals() -> None:
    text = (
        "Regional kulturplan 2022-2025\n\n"
        "Kulturnämnden har tagit fram prioriteringsområden för kulturen i länet. "
        "Prioriteringsområdena är:\n\n"
        "  • Bildkonst och form\n"
        "  • Scenkonst för unga\n"
        "  • Läsfrämjande arbete\n"
    )
    assert _goals(text) == {"Bildkonst och form", "Scenkonst för unga", "Läsfrämjande arbete"}


def test_a_place_and_year_after_a_definite_noun_keep_the_noun_in_the_title() -> None:
    text = (
        "Ny strategi\n\n"
        "Utvecklingsstrategin Skellefteå 2030 pekar ut riktningen för kommunens arbete.\n"
    )
    facts = facts_at(text, "https://skelleftea.se/strategi/", "2024-05-02")
    titles = {d.title for d in documents(facts).values()}
    assert titles == {"Utvecklingsstrategi Skellefteå 2030"}, titles

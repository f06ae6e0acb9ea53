"""Defects found in the sixty-sixth session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts

from .helpers import decisions, facts_at, links, organizations

REGION = "https://www.regionort.se/nyhet/direktion170614/"
KOMMUN = "https://www.ekby.se/nyheter/samarbete.html"
VASTERBOTTEN = "https://www.regionvasterbotten.se/pressmeddelande/utvecklingsmedel"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(link.from_id, link.to_id) for link in links(facts, kind)}


def test_a_regions_direktion_is_its_board_and_dates_by_the_address() -> None:
    text = (
        "Region Dalarnas direktion hade sammanträde 14 juni.\n\n"
        "Direktionen har beslutat att Region Dalarna ska fortsätta driva projektet "
        "Exportcentrum.\n"
    )
    facts = _facts(text, "http://www.regiondalarna.se/nyhet/direktion170614/", None)
    assert "Organization:region:20:direktionen" in organizations(facts)
    (decision,) = decisions(facts).values()
    assert decision.date == "2017-06-14"
    assert ("Organization:region:20:direktionen", decision.id) in _pairs(facts, LinkType.DECIDED)


def test_the_direktion_of_a_named_federation_is_not_the_pages_body() -> None:
    # guard: "Direktionen för Räddningstjänsten X" belongs to the federation it names
    text = (
        "Kommunfullmäktige den 15 februari.\n\n"
        "Direktionen för Räddningstjänsten Västra Blekinge har föreslagit nya taxor.\n"
    )
    facts = _facts(text, "https://www.karlshamn.se/nyheter/kf.html")
    assert not [o for o in organizations(facts) if o.endswith("direktionen")]


def test_municipalities_listed_after_their_area() -> None:
    text = (
        "Samarbete mellan kommuner\n\n"
        "De fyra kommunerna i Gnosjöregionen, Gislaved, Gnosjö, Vaggeryd och Värnamo "
        "samverkar redan i många frågor.\n"
    )
    found = organizations(_facts(text, KOMMUN))
    assert {"Organization:kommun:0662", "Organization:kommun:0617"} <= set(found)
    assert {"Organization:kommun:0665", "Organization:kommun:0683"} <= set(found)


_GRANTS = (
    "25 miljoner till regional utveckling\n\n"
    "Västerbottens regionala utvecklingsnämnd beslutade idag att bevilja 25 miljoner "
    "kronor fördelat på 2 olika utvecklingsprojekt.\n\n"
    "De beviljade projekten är:\n\n"
    "1. Digital omställning i industrin\n"
    "Projektägare Umeå kommun beviljas 2 491 478 kr\n\n"
    "Projektet syftar till att stärka företagen.\n\n"
    "2. Kompetensattraktion Västerbotten\n"
    "\u2013 hållbar kompetensförsörjning från kust till fjäll\n"
    "Projektägare Skellefteå kommun, beviljas 893 984 kr\n\n"
    "Projektet ska bidra till samverkan.\n"
)


def test_headed_grants_under_a_lead_with_their_owners() -> None:
    facts = _facts(_GRANTS, VASTERBOTTEN)
    digital = "Initiative:digital-omstallning-i-industrin"
    kompetens = "Initiative:kompetensattraktion-vasterbotten"
    assert ("Organization:kommun:2480", digital) in _pairs(facts, LinkType.PARTICIPATES_IN)
    assert ("Organization:kommun:2482", kompetens) in _pairs(facts, LinkType.PARTICIPATES_IN)
    assert ("Organization:kommun:2480", digital) in _pairs(facts, LinkType.COORDINATES)
    committee = "Organization:region:24:regionala-utvecklingsnamnden"
    assert {(committee, digital), (committee, kompetens)} <= _pairs(facts, LinkType.FUNDS)


def test_a_counties_genitive_regional_committee_is_the_regions_committee() -> None:
    text = "Västerbottens regionala utvecklingsnämnd beslutade idag att anta en ny strategi.\n"
    facts = _facts(text, VASTERBOTTEN)
    assert "Organization:region:24:regionala-utvecklingsnamnden" in organizations(facts)


def test_each_act_of_a_following_list_is_a_decision_and_the_lead_none() -> None:
    text = (
        "Regionala satsningar\n\n"
        "Vid dagens sammanträde beslutade regionstyrelsen därför att göra följande "
        "satsningar i år:\n\n"
        "  \u2022 Medfinansiering av rådgivning för nya företag, 500 000 kronor\n"
        "  \u2022 Utvidgning av det regionala turismuppdraget, 1 miljon kronor\n\n"
        "För mer information, kontakta ordföranden.\n"
    )
    found = [d.summary for d in decisions(_facts(text, VASTERBOTTEN)).values()]
    assert len(found) == 2, found
    assert all("följande" not in summary for summary in found)


def test_two_names_hold_their_titles_respectively() -> None:
    text = (
        "Överenskommelsen signerades\n\n"
        "Deltagarna hälsades välkomna av Eva Ek (MP) och Bo Berg (S) \u2013 ordförande "
        "respektive vice ordförande i beredningen för demokrati och service.\n"
    )
    facts = _facts(text, "https://helsingborg.se/nyheter/overenskommelse.html")
    body = "Organization:kommun:1283:beredningen-for-demokrati-och-service"
    roles = {(x.from_id, x.to_id, x.title) for x in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:eva-ek", body, "Ordförande") in roles
    assert ("Person:person:bo-berg", body, "Vice ordförande") in roles


def test_a_grantees_own_project_is_an_initiative_it_runs() -> None:
    text = (
        "Folkhälsomedel\n\n"
        "Följande projekt fick folkhälsomedel 2023:\n\n"
        " \u2022 Älvkarleby kommun har fått 46 100 kronor för sitt projekt Fotbollsskola. "
        "Projektet ska leda till en meningsfull fritid.\n"
        " \u2022 Tierps kommun har fått 250 000 kronor för sitt projekt Framtidsverkstad "
        "Uppsala+. Projektet bidrar till trygghet.\n"
    )
    pairs = _pairs(_facts(text, "https://www.regionuppsala.se/folkhalsa"), LinkType.PARTICIPATES_IN)
    assert ("Organization:kommun:0319", "Initiative:fotbollsskola") in pairs
    assert ("Organization:kommun:0360", "Initiative:framtidsverkstad-uppsala") in pairs


def test_who_runs_a_project_takes_part_in_it() -> None:
    text = (
        "Sju projekt får pengar\n\n"
        "Projektet Hållbar kompetens i Halland, som drivs av Region Halland, får 5 miljoner "
        "kronor.\n\n"
        "Bland projekten finns fortsättningsprojektet Datacenter Innovation Region, som Luleå "
        "tekniska universitet ska driva.\n\n"
        "Direktionen har beslutat att Region Dalarna ska fortsätta driva projektet "
        "Exportcentrum Dalarna.\n"
    )
    pairs = _pairs(
        _facts(text, "https://www.regionhalland.se/nyheter/projekt"), LinkType.PARTICIPATES_IN
    )
    assert ("Organization:region:13", "Initiative:hallbar-kompetens-i-halland") in pairs
    assert (
        "Organization:org:lulea-tekniska-universitet",
        "Initiative:datacenter-innovation-region",
    ) in pairs
    assert ("Organization:region:20", "Initiative:exportcentrum-dalarna") in pairs


def test_two_coordinated_genitive_owners_each_issue_the_document() -> None:
    text = (
        "Företagsklimat i toppklass\n\n"
        "På inspirationsdagen berättade utvecklingschef Jan Holmberg om kommunens och "
        "Tillväxt Motalas åtgärdsplan. Branschråden finns genom Tillväxt Motala.\n"
    )
    facts = _facts(text, "https://www.motala.se/nyheter/foretagsklimat")
    assert "Organization:org:tillvaxt-motala" in organizations(facts)
    assert "Organization:org:tillvaxt-motalas" not in organizations(facts)
    plan = "Document:municipal:action-plan:kommun:0583:atgardsplan"
    issuers = {x.from_id for x in links(facts, LinkType.ISSUED, to_id=plan)}
    assert issuers == {"Organization:kommun:0583", "Organization:org:tillvaxt-motala"}


def test_sending_out_and_letting_go_on_are_acts_of_their_own() -> None:
    text = (
        "Strategin går på remiss\n\n"
        "Regionstyrelsen beslutade under onsdagen att anta remissutgåvan av strategin och "
        "skicka ut den till alla delar av regionen.\n\n"
        "Den 15 mars beslutade kommunstyrelsen att godkänna översynen och låta ärendet gå "
        "vidare till nästa beslutsinstans.\n"
    )
    found = decisions(_facts(text, "https://www.regionblekinge.se/nyheter/remiss"))
    summaries = sorted(d.summary for d in found.values())
    assert len(summaries) == 4, summaries
    assert any(s.startswith("Skicka ut den") for s in summaries)


def test_a_project_name_coordinated_with_a_common_noun_runs_to_its_sum() -> None:
    text = (
        "Äskhults by\n\n"
        "Region Halland medfinansierar projektet Vision och strategi för Äskhults by med "
        "43 200 kronor.\n"
    )
    facts = _facts(text, "https://www.regionhalland.se/kultur/askhult")
    ini = "Initiative:vision-och-strategi-for-askhults-by"
    assert ("Organization:region:13", ini) in _pairs(facts, LinkType.FUNDS)


def test_a_granted_body_takes_part_and_the_granting_site_decides() -> None:
    text = (
        "Projektstöd 2007\n\n"
        "Brå har under år 2007 beviljat lokala aktörer ekonomiskt stöd till projekt.\n\n"
        "Följande projekt har beviljats ekonomiskt stöd 2007:\n\n"
        "Polismyndigheten i Kalmar län har beviljats ekonomiskt stöd om 165 000 kronor för "
        "projektet Trygga Öland. Detta görs vid större evenemang Projektet är ett samarbete "
        "mellan polis och Borgholms kommun.\n"
    )
    facts = _facts(text, "https://bra.se/lokalt-brottsforebyggande/projektstod")
    granted = [d for d in decisions(facts).values() if "165 000" in d.summary]
    assert len(granted) == 1
    deciders = {x.from_id for x in links(facts, LinkType.DECIDED, to_id=granted[0].id)}
    assert deciders == {"Organization:nationell:bra"}
    police = "Organization:nationell:polismyndigheten"
    assert (police, "Initiative:trygga-oland") in _pairs(facts, LinkType.PARTICIPATES_IN)
    assert not [n for n in facts.nodes if n.id == "Initiative:projektet"]


def test_a_reports_closing_day_in_a_heading_is_no_meeting() -> None:
    text = (
        "Kommunfullmäktiges beslut den 24 oktober 2016\n\n"
        "Detta är en sammanfattning av vad som har beslutats på kommunfullmäktiges "
        "sammanträde.\n\n"
        "Delårsrapport per den 31 augusti 2016 för Katrineholms kommun\n\n"
        "Resultatet för årets första åtta månader uppgår till 42,2 miljoner kronor.\n\n"
        "Kommunfullmäktige lägger delårsrapporten 2016 för Katrineholms kommun till "
        "handlingarna.\n"
    )
    facts = _facts(text, "https://www.katrineholm.se/politik/kf-beslut-24-oktober-2016", None)
    (decision,) = decisions(facts).values()
    assert decision.date == "2016-10-24"
    council = "Organization:kommun:0483:kommunfullmaktige"
    assert {x.from_id for x in links(facts, LinkType.DECIDED)} == {council}


def test_a_decision_lists_numbered_matter_is_no_project() -> None:
    # guard: a numbered matter over a grant on the next line names no project
    text = (
        "Kommunstyrelsen i korthet\n\n"
        "6. Bidrag till bredbandsutbyggnad\n"
        "Kumla Fiber ekonomisk förening beviljas 350 000 kronor i stöd för utbyggnad av "
        "fiber på landsbygden.\n"
    )
    facts = _facts(text, "https://www.sala.se/nyheter/ks-i-korthet")
    assert not [n for n in facts.nodes if n.id.startswith("Initiative:bidrag")]


def test_a_named_regions_genitive_is_an_owner_too() -> None:
    text = "Jan Holmberg berättade om Region Östergötlands och Tillväxt Motalas åtgärdsplan.\n"
    facts = _facts(text, "https://www.motala.se/nyheter/foretagsklimat")
    plan = "Document:municipal:action-plan:kommun:0583:atgardsplan"
    issuers = {x.from_id for x in links(facts, LinkType.ISSUED, to_id=plan)}
    assert issuers == {"Organization:region:05", "Organization:org:tillvaxt-motala"}

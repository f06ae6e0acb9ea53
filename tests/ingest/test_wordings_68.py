"""Constructions found in the sixty-eighth session on development pages, restated as
invented sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative

from .helpers import facts_at, links

REGION = "https://www.regionort.se/nyheter/projekt"


def _period(facts: SourceFacts, initiative_id: str) -> tuple[int | None, int | None]:
    node = next(n for n in facts.nodes if n.id == initiative_id)
    assert isinstance(node, Initiative)
    return node.period_start, node.period_end


def test_a_project_runs_between_two_dates() -> None:
    text = (
        "Nytt projekt för besöksnäringen\n\n"
        'Regionala utvecklingsnämnden beviljade idag medfinansiering av projektet "Gästfritt". '
        "Projektet löper från 1 september 2019 till 31 augusti 2022.\n"
    )
    facts = facts_at(text, REGION, "2019-06-12")
    assert _period(facts, "Initiative:gastfritt") == (2019, 2022)


def test_the_years_a_grant_is_spread_over_are_the_projects() -> None:
    text = (
        "Satsning på företag\n\n"
        "Region Jämtland Härjedalen kommer att medfinansiera projektet Handelskraft Norr "
        "med 2 miljoner kronor, fördelade på åren 2021 \u2013 2023.\n"
    )
    facts = facts_at(text, REGION, "2020-11-02")
    assert _period(facts, "Initiative:handelskraft-norr") == (2021, 2023)


def test_a_fronted_period_dates_the_project_run_in_its_sentence() -> None:
    text = (
        "Service på landsbygden\n\n"
        "Under 2023-2025 driver Region Jämtland Härjedalen projektet Handelskraft Norr.\n"
    )
    facts = facts_at(text, REGION, "2023-02-01")
    assert _period(facts, "Initiative:handelskraft-norr") == (2023, 2025)


def test_a_grant_period_in_a_sentence_naming_two_projects_dates_neither() -> None:
    # guard: the years could belong to either project
    text = (
        "Två projekt får stöd\n\n"
        "Nämnden ger projektet Handelskraft Norr och projektet Gästfritt 2 miljoner kronor "
        "under åren 2021-2023.\n"
    )
    facts = facts_at(text, REGION, "2020-11-02")
    assert _period(facts, "Initiative:handelskraft-norr") == (None, None)
    assert _period(facts, "Initiative:gastfritt") == (None, None)


_MEETING = "https://www.lerum.se/nyheter/rapport-fran-kommunstyrelsen"
_REPORT = (
    "Rapport från kommunstyrelsens möte 29 maj 2024\n\n"
    "Här är några av de ärenden kommunstyrelsen behandlade den 29 maj 2024.\n\n"
    "Plan för uppföljning av privata utförare\n\n"
    "{paragraph}\n\n"
    "Fyllnadsval\n\n"
    "Anna Ek (C) ersätter Per Ek (C) som ledamot.\n"
)


def _adopted(facts: SourceFacts) -> dict[tuple[str, str], str | None]:
    return {(x.from_id, x.to_id): x.date for x in links(facts, LinkType.ADOPTED)}


def test_a_report_headings_title_is_the_document_its_paragraph_adopts() -> None:
    paragraph = (
        "Kommunstyrelsen har antagit en plan för att kunna sätta mål för och följa upp "
        "alla utförare av kommunal verksamhet."
    )
    facts = facts_at(_REPORT.format(paragraph=paragraph), _MEETING, "2024-06-04")
    adopted = _adopted(facts)
    key = next(k for k in adopted if k[1].endswith("plan-for-uppfoljning-av-privata-utforare"))
    assert key[0].endswith(":kommunstyrelsen")
    assert adopted[key] == "2024-05-29"


def test_a_paragraph_proposing_the_adoption_to_the_council_adopts_nothing() -> None:
    # guard: a proposal to another body is no adoption
    paragraph = (
        "Kommunstyrelsen föreslår kommunfullmäktige att anta planen för uppföljning av "
        "alla utförare av kommunal verksamhet."
    )
    facts = facts_at(_REPORT.format(paragraph=paragraph), _MEETING, "2024-06-04")
    assert not any(
        to.endswith("plan-for-uppfoljning-av-privata-utforare") for _, to in _adopted(facts)
    )


_RS_REPORT = (
    "Information från regionstyrelsens sammanträde 10 oktober 2019\n\n"
    "Kortfattad information om några av ärendena vid regionstyrelsens sammanträde "
    "den 10 oktober 2019.\n\n"
    "Riktade hälsosamtal\n\n"
    "{paragraph}\n\n"
    "Delårsrapport\n\n"
    "Regionstyrelsen godkände delårsrapporten för januari till augusti.\n"
)
_SKANE = "https://www.skane.se/politik/nyheter/rs-10-oktober"


def _decisions(facts: SourceFacts) -> list[str]:
    return [n.id for n in facts.nodes if n.id.startswith("Decision:")]


def test_what_a_report_item_says_the_body_is_to_do_is_decided() -> None:
    paragraph = (
        "Region Skåne ska genomföra ett pilotprojekt gällande riktade hälsosamtal "
        "under våren 2020. Inledningsvis deltar tio vårdcentraler."
    )
    facts = facts_at(_RS_REPORT.format(paragraph=paragraph), _SKANE, "2019-10-10")
    assert any("genomfora-ett-pilotprojekt" in d for d in _decisions(facts))


def test_what_a_body_is_to_be_is_no_decision() -> None:
    # guard: "ska vara" tells a role, not a matter decided
    paragraph = "Region Skåne ska vara en föregångare när det gäller hälsosamtal."
    facts = facts_at(_RS_REPORT.format(paragraph=paragraph), _SKANE, "2019-10-10")
    assert not any("foregangare" in d for d in _decisions(facts))


def test_a_report_items_passive_with_a_long_subject_is_decided() -> None:
    paragraph = "Ett nytt system för kommunal avfallsinsamling ska införas hösten 2025."
    text = _RS_REPORT.format(paragraph=paragraph).replace("Riktade hälsosamtal", "Avfall")
    facts = facts_at(text, _SKANE, "2019-10-10")
    assert any("nytt-system-for-kommunal-avfallsinsamling" in d for d in _decisions(facts))


_GOVERNMENT = "https://www.regeringen.se/pressmeddelanden/2023/03/uppdrag/"


def test_the_governments_act_in_its_own_release_is_a_decision() -> None:
    text = (
        "Uppdrag om kommunikation\n\nPublicerad 12 mars 2023\n\n"
        "Regeringen ändrar uppdraget till Folkhälsomyndigheten och länsstyrelserna att "
        "samordna kommunikationsinsatserna.\n"
    )
    facts = facts_at(text, _GOVERNMENT, "2023-03-12")
    decided = {(x.from_id, x.to_id) for x in links(facts, LinkType.DECIDED)}
    assert any(
        by == "Organization:nationell:regeringen" and "andrar-uppdraget" in what
        for by, what in decided
    )


def test_the_government_before_an_event_decides_nothing() -> None:
    # guard: "inför" is a preposition after "Regeringen" as often as a verb
    text = (
        "Möte om beredskap\n\nPublicerad 12 mars 2023\n\n"
        "Regeringen inför sommaren träffade länsstyrelserna för att diskutera beredskapen.\n"
    )
    facts = facts_at(text, _GOVERNMENT, "2023-03-12")
    assert not [x for x in links(facts, LinkType.DECIDED) if "sommaren" in x.to_id]


def test_an_agency_handing_out_a_sum_in_the_present_decides() -> None:
    text = (
        "Pengar till vattenvård\n\nPublicerad 12 mars 2023\n\n"
        "Havs- och vattenmyndigheten fördelar i år totalt 300 miljoner kronor till "
        "länsstyrelserna för arbete med vattenvård.\n"
    )
    facts = facts_at(text, "https://www.havochvatten.se/nyheter/vattenvard", "2023-03-12")
    decided = {(x.from_id, x.to_id) for x in links(facts, LinkType.DECIDED)}
    assert any(
        by == "Organization:nationell:havs-och-vattenmyndigheten" and "300-miljoner" in what
        for by, what in decided
    )


def test_a_less_common_given_name_opens_a_name_with_its_title() -> None:
    text = (
        "Nyheter från fullmäktige\n\n"
        "Maritha Meethz, byggnadsnämndens ordförande, delade ut miljöpriset.\n"
    )
    facts = facts_at(text, "https://www.lulea.se/nyheter/miljopris", "2024-06-20")
    roles = {(x.from_id, x.to_id) for x in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:maritha-meethz", "Organization:kommun:2580:byggnadsnamnden") in roles


def test_a_county_genitive_before_a_level_word_names_that_countys_document() -> None:
    text = "Livsmedel i länen\n\nDalarnas regionala livsmedelsstrategi togs fram 2017.\n"
    facts = facts_at(text, "https://www.lansstyrelsen.se/vastmanland/livsmedel.html", None)
    ids = {n.id for n in facts.nodes}
    assert "Document:regional:strategy:lan:20:dalarnas-regionala-livsmedelsstrategi" in ids


def test_a_compound_documents_purpose_is_its_title() -> None:
    text = (
        "Nyheter\n\n"
        "Kommunstyrelsen antog en handlings- och aktivitetsplan för att förebygga självmord.\n"
    )
    facts = facts_at(text, "https://www.upplands-bro.se/nyheter/plan", "2023-02-07")
    ids = {n.id for n in facts.nodes}
    assert (
        "Document:municipal:action-plan:kommun:0139:"
        "handlings-och-aktivitetsplan-for-att-forebygga-sjalvmord"
    ) in ids


def test_a_bare_plan_for_a_purpose_is_still_no_document() -> None:
    # guard: "en plan för att ..." names what the plan is for, not a document
    text = "Nyheter\n\nKommunen tar fram en plan för att minska buller i centrum.\n"
    facts = facts_at(text, "https://www.upplands-bro.se/nyheter/buller", "2023-02-07")
    assert not [n.id for n in facts.nodes if n.id.startswith("Document:")]


def test_an_agreement_is_titled_by_its_other_party() -> None:
    text = (
        "Nyheter\n\n"
        "Kommunen har skrivit under en avsiktsförklaring med Skavsta flygplats om "
        "utvecklingen av flygplatsen.\n"
    )
    facts = facts_at(text, "https://www.nykoping.se/nyheter/skavsta", "2018-06-12")
    ids = {n.id for n in facts.nodes}
    assert "Document:municipal:agreement:kommun:0480:avsiktsforklaring-med-skavsta-flygplats" in ids

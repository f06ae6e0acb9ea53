"""Wordings met on real pages in the forty-sixth session, each written anew (invented
names): documents, roles, actors and dates. Every test fails on the code before the
session but two, which guard the session's own changes against what they first broke
(a "med" part the page names on its own; two compound names joined by "och")."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision, Document

from .helpers import facts_at, links


def test_a_document_named_on_a_county_is_the_countys_whoever_revises_it() -> None:
    # An association with no level of its own revising "Hallandsstrategin": the
    # name places the document in the county, not in the reviser's (missing) scope.
    text = "Föreningen Provhus ska under året se över Hallandsstrategin."
    facts = facts_at(text, "https://www.provforbundet.se/nyheter/strategi.html", "2017-03-30")
    ids = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert "Document:regional:strategy:lan:13:hallandsstrategin" in ids, ids


def test_a_role_for_an_association_named_with_its_kind_is_held_there() -> None:
    text = (
        "Kommunstyrelsen i korthet\n\nBo Testlund, projektledare för den ideella föreningen "
        "Provhjälpen Mora, var inbjuden till kommunstyrelsens möte."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/ks.html", "2019-05-20")
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:bo-testlund", "Organization:org:provhjalpen-mora")}, held


def test_a_signature_line_of_two_names_and_a_trade_ab_company() -> None:
    # "Ordförande Eva Provare Sara-Lena Testlund": the double given name opens the next
    # signer; "Fastighets AB Provbäraren" is one company.
    text = (
        "Kommunstyrelsen Sammanträdesprotokoll Beslutande Eva Provare (M) ordförande "
        "Underskrifter Sekreterare... Bo Berg Ordförande Eva Provare Sara-Lena Testlund "
        "Justerande... Sara-Lena Testlund\n\n"
        "Kommunfullmäktige beslutade att ge tekniska avdelningen samt Fastighets AB "
        "Provbäraren i uppdrag att upphandla tio lägenheter."
    )
    facts = facts_at(text, "https://www.mora.se/protokoll/ks.html", "2015-03-02")
    people = {n.id for n in facts.nodes if n.id.startswith("Person:")}
    assert "Person:person:eva-provare" in people, people
    assert not [p for p in people if p.startswith("Person:person:eva-provare-")], people
    assert "Organization:org:fastighets-ab-provbararen" in {n.id for n in facts.nodes}


def test_a_documents_acronym_in_brackets_before_its_period() -> None:
    text = (
        "Ny ANDT-strategi\n\nRiksdagen har beslutat om en samlad strategi för alkohol-, "
        "narkotika-, dopnings- och tobakspolitiken (ANDT) 2016-2020."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/dalarna/andt.html", None)
    ids = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert ids == {"Document:national:strategy:se:andt:2016-2020"}, ids


def test_a_period_in_brackets_with_the_documents_acronym() -> None:
    text = "Arbetet styrs av Västmanlandsregionens utvecklingsstrategi (RUS 2018-2030)."
    facts = facts_at(text, "https://www.regionvastmanland.se/utveckling.html", None)
    ids = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert ids == {"Document:regional:strategy:lan:19:2018-2030"}, ids


def test_a_region_starting_work_on_a_plan_it_decides_later() -> None:
    text = (
        "Region Västmanland har dragit igång arbetet med en länstransportplan för åren "
        "2018-2029. Region Västmanland tar sedan beslut om länstransportplanen."
    )
    facts = facts_at(text, "https://www.regionvastmanland.se/nyheter/plan.html", "2017-02-01")
    plan = "Document:regional:plan:lan:19:transport:2018-2029"
    assert {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)} == {
        ("Organization:region:19", plan)
    }
    assert not links(facts, LinkType.ADOPTED), links(facts, LinkType.ADOPTED)


def test_a_plan_with_its_strategy_is_one_document() -> None:
    text = (
        "Energiplan\n\nI december 2023 antog kommunfullmäktige en ny energiplan med "
        "klimatstrategi för Mora kommun. Energiplanen visar hur kommunen ska arbeta."
    )
    facts = facts_at(text, "https://www.mora.se/energiplan.html", None)
    docs = [n for n in facts.nodes if isinstance(n, Document)]
    assert [d.title for d in docs] == ["Energiplan med klimatstrategi för Mora kommun"], docs
    assert docs[0].kind.value == "plan"


def test_an_archived_government_pages_notice_gives_no_year() -> None:
    text = (
        "Innehållet publicerades under perioden 21 januari 2019 och 8 juli 2021\n\n"
        "Pressmeddelande från Kulturdepartementet\n\nBeslut om skrivelse\n\n"
        "Regeringen har idag 18 mars beslutat om en ungdomspolitisk skrivelse."
    )
    uri = "https://www.regeringen.se/pressmeddelanden/2021/03/beslut-om-skrivelse/"
    facts = facts_at(text, uri, None)
    dates = {n.date for n in facts.nodes if isinstance(n, Decision)}
    assert dates == {"2021-03-18"}, dates


def test_an_appointment_with_the_persons_present_post_in_commas() -> None:
    text = (
        "Regeringsbeslut om vikarierande länsråd\n\n"
        "Regeringen har i dag beslutat förordna Eva Provare, chefsjurist på Länsstyrelsen i "
        "Dalarnas län, som vikarierande länsråd."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/dalarna/nyheter/lansrad.html", None)
    held = {(k.to_id, (k.title or "").lower()) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Organization:lansstyrelse:20", "länsråd")}, held


def test_a_part_the_page_names_on_its_own_is_a_document_of_its_own() -> None:
    text = (
        "Kommunledningskontoret har utarbetat ett förslag till reviderad representationspolicy "
        "med riktlinjer för att förtydliga reglerna. Kommunfullmäktige antar "
        "representationspolicyn och kommunstyrelsen antar riktlinjerna."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/policy.html", "2019-05-14")
    issued = {k.to_id for k in links(facts, LinkType.ISSUED)}
    assert "Document:municipal:policy:kommun:2062:representationspolicy" in issued, issued


def test_a_strategy_grounding_the_carrying_out_of_a_programme_is_what_it_implements() -> None:
    text = (
        "Region Västerbotten har en regional utvecklingsstrategi. Den ligger till grund för "
        "genomförandet av det regionala tillväxtprogrammet."
    )
    facts = facts_at(text, "https://www.regionvasterbotten.se/rus.html", None)
    pairs = {
        (k.from_id.split(":")[2], k.to_id.split(":")[2]) for k in links(facts, LinkType.IMPLEMENTS)
    }
    assert pairs == {("programme", "strategy")}, pairs


def test_var_kommun_on_the_municipalitys_own_site_is_the_municipality() -> None:
    text = "Strategin är ett redskap när vi planerar för hur vi i vår kommun ska arbeta."
    own = facts_at(text, "https://www.mora.se/info/strategi/", None)
    assert "Organization:kommun:2062" in {n.id for n in own.nodes}
    elsewhere = facts_at(text, "https://www.example.se/info/strategi/", None)
    assert not [n for n in elsewhere.nodes if n.id.startswith("Organization:kommun")]


def test_stepping_into_a_post_gives_the_role() -> None:
    text = (
        "Ny tillförordnad socialchef i Mora kommun\n\n"
        "Eva Provare går in som tillförordnad socialchef under perioden 2019-09-16 till och "
        "med 2020-09-30."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/socialchef.html", "2019-08-29")
    held = {(k.from_id, (k.title or "").lower()) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:eva-provare", "socialchef")}, held


def test_the_weak_form_of_an_ansvarig_title_after_a_genitive() -> None:
    text = (
        "Nämndens beslut\n\nMora kommuns informationsansvarige Bo Testlund pratar här med "
        "förvaltningschef Eva Provare om besluten."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/beslut.html", None)
    held = {(k.from_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:bo-testlund", "Informationsansvarig") in held, held


def test_a_county_wide_plan_a_local_plan_builds_on_is_a_document_of_its_own() -> None:
    text = (
        "Lokal handlingsplan för suicidprevention\n\n"
        "En lokal handlingsplan har tagits fram.\n\n"
        "Handlingsplanen utgår från den länsgemensamma handlingsplanen för suicidprevention "
        "i Dalarna."
    )
    facts = facts_at(text, "https://www.mora.se/suicidprevention.html", None)
    built = {
        (k.from_id.split(":")[1], k.to_id.split(":")[1]) for k in links(facts, LinkType.IMPLEMENTS)
    }
    assert built == {("municipal", "regional")}, built


def test_a_bare_county_board_and_one_county_place_an_unknown_sites_regional_programme() -> None:
    text = (
        "Åtgärder för miljömålen\n\n"
        "För att nå miljömålen tar Länsstyrelsen tillsammans med andra aktörer fram "
        "åtgärdsprogram.\n\nRegionalt åtgärdsprogram för miljömålen 2022-2025\n\n"
        "Syftet med åtgärdsprogrammet är att förbättra miljötillståndet i Halland."
    )
    facts = facts_at(text, "https://www.provmiljomal.info/atgarder/", None)
    ids = {n.id for n in facts.nodes}
    assert "Document:regional:programme:lan:13:2022-2025" in ids, ids
    assert "Organization:lansstyrelse:13" in ids, ids


def test_a_strategy_and_action_plan_named_once_are_one_strategy() -> None:
    text = (
        'I strategin och handlingsplanen "Tillsammans för jämlik hälsa i Dalarna" samlar '
        "regionen insatser som bidrar till en mer jämlik hälsa."
    )
    facts = facts_at(text, "https://www.regiondalarna.se/halsa.html", None)
    kinds = [n.kind.value for n in facts.nodes if isinstance(n, Document)]
    assert kinds == ["strategy"], kinds


def test_two_compound_names_joined_by_och_stay_two_documents() -> None:
    text = (
        "Kultur- och bildningsplanen är ett deldokument till Regionplanen och Dalastrategin "
        "2030 - Tillsammans för ett hållbart Dalarna."
    )
    facts = facts_at(text, "https://www.regiondalarna.se/kultur.html", None)
    kinds = sorted(n.kind.value for n in facts.nodes if isinstance(n, Document))
    assert "strategy" in kinds and kinds.count("plan") >= 1, kinds
    assert not [
        n
        for n in facts.nodes
        if isinstance(n, Document) and n.kind.value == "plan" and "dalastrategin" in n.id
    ], kinds

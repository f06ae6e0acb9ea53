"""Frames that recur across topics and publishers: a decision told by "Beslutet blev att",
yesterday's meeting, a contact card's bracketed organisation and a municipality list by
commas alone. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal
from tests.ingest.helpers import (
    decided_by,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
    organizations,
)

SITE = "https://www.storuman.se/nyheter/snabbreferat"
BOARD = "Organization:kommun:2421:kommunstyrelsen"


def test_the_decision_became_to_grant_is_a_decision_of_yesterdays_meeting() -> None:
    text = (
        "Snabbreferat från kommunstyrelsen\n\n"
        "På gårdagens kommunstyrelsesammanträde behandlades bland annat följande.\n\n"
        "Bidrag till Ekby skytteförening\n"
        "Beslutet blev att bevilja Ekby skytteförening ett bidrag på 40 000 kr.\n"
    )
    facts = facts_at(text, SITE, "2021-03-10")
    (grant,) = [d for s, d in decisions(facts).items() if "bevilja" in s]
    assert (grant.date, decided_by(facts, grant)) == ("2021-03-09", {BOARD})


def test_the_decision_became_needs_a_that_clause() -> None:
    text = "Nyhet\n\nBeslutet blev en besvikelse för många i byn.\n"
    assert not decisions(facts_at(text, SITE, "2021-03-10"))


def test_a_cards_bracketed_organisation_holds_the_role() -> None:
    text = (
        "Samverkan kring psykisk hälsa\n\n"
        "Arbetet leds av två processledare.\n\n"
        "Karin Holm\n\nProcessledare (Nordkom)\n\n"
        "Lars Berg\n\nProcessledare (Västra Götalandsregionen)\n"
    )
    facts = facts_at(text, "https://www.vgregion.se/nyheter/a", None)
    roles = held_roles(facts)
    assert ("lars-berg", "Organization:region:14", "Processledare") in roles
    assert ("karin-holm", "Organization:org:nordkom", "Processledare") in roles
    assert organizations(facts)["Organization:org:nordkom"].name == "Nordkom"


def test_a_party_in_brackets_is_no_cards_organisation() -> None:
    text = "Kontakt\n\nKarin Holm\n\nOrdförande (S)\n"
    facts = facts_at(text, "https://www.vgregion.se/nyheter/a", None)
    assert not [o for o in organizations(facts) if o.startswith("Organization:org:")]


def test_four_municipalities_by_commas_alone() -> None:
    text = (
        "Kultur i länet\n\nKommunerna i länet är viktiga parter: Eskilstuna, Flen, Gnesta, Trosa.\n"
    )
    found = organizations(facts_at(text, "https://www.regionsormland.se/kultur", None))
    assert {"Organization:kommun:0484", "Organization:kommun:0482"} <= set(found)
    assert {"Organization:kommun:0461", "Organization:kommun:0488"} <= set(found)


def test_three_places_by_commas_alone_are_no_list() -> None:
    text = "Resor\n\nKommunerna har kontor: Eskilstuna, Flen, Gnesta.\n"
    found = organizations(facts_at(text, "https://www.regionsormland.se/kultur", None))
    assert "Organization:kommun:0482" not in found


LUND = "https://www.lund.se/nyheter/kf-augusti"
LUND_COUNCIL = "Organization:kommun:1281:kommunfullmaktige"


def _adopted(text: str, published: str | None) -> dict[str, str | None]:
    found = links(facts_at(text, LUND, published), LinkType.ADOPTED, from_id=LUND_COUNCIL)
    return {x.to_id.rsplit(":", 1)[-1]: x.date for x in found}


def test_the_councils_yes_to_the_proposals_adopts_both_documents() -> None:
    text = (
        "Beslut i augusti\n\n"
        "Kommunfullmäktige sa ja till förslagen till cykelprogram 2030 och markpolicy 2030 "
        "för Lunds kommun vid sammanträdet den 25 augusti 2022.\n"
    )
    assert _adopted(text, "2022-08-26") == {
        "cykelprogram-2030": "2022-08-25",
        "markpolicy-2030": "2022-08-25",
    }


def test_a_documents_target_year_is_no_adoption_date() -> None:
    text = "Nyhet\n\nKommunfullmäktige antog cykelprogram 2030 och markpolicy 2030.\n"
    assert set(_adopted(text, None).values()) == {None}
    assert set(_adopted(text, "2022-08-26").values()) == {None}


def test_an_act_that_did_not_happen_is_no_decision() -> None:
    text = (
        "Regionstyrelsen 5 mars\n\n"
        "Det förra avtalet godkändes inte av en kommun.\n"
        "Regionstyrelsen beviljade 2 miljoner kronor till Ekby idrottsförening.\n"
    )
    found = decisions(facts_at(text, "https://www.vgregion.se/nyheter/rs", "2024-03-06"))
    assert [s for s in found if "godkändes" in s] == []
    assert [s for s in found if "beviljade" in s]


def _titles(text: str, uri: str) -> set[str]:
    return {d.title for d in documents(facts_at(text, uri, "2023-05-02")).values()}


def test_a_year_ended_name_after_the_strategy_titles_it() -> None:
    text = (
        "Klimat och miljö\n\n"
        "I den nya regionala utvecklingsstrategin Hela Gävleborg 2040 får klimatet större "
        "plats. Strategin följs upp varje år.\n"
    )
    assert "Hela Gävleborg 2040" in _titles(text, "https://www.regiongavleborg.se/klimat")


def test_the_subject_names_the_strategy_its_predicate_states() -> None:
    text = "Strategi\n\nStarka Blekinge 2035 är Blekinges regionala utvecklingsstrategi.\n"
    assert "Starka Blekinge 2035" in _titles(text, "https://www.regionblekinge.se/rus")


def test_a_body_after_the_strategy_is_no_name() -> None:
    text = "Strategi\n\nDen nya strategin Region Gävleborg 2023 tog fram gäller nu.\n"
    assert "Region Gävleborg 2023" not in _titles(text, "https://www.regiongavleborg.se/a")


def test_a_shared_compound_is_what_its_last_part_is() -> None:
    text = (
        "Nyhet\n\nFullmäktige antog Mål- och resursplan 2013-2015 och en ny energi- och "
        "klimatstrategi.\n"
    )
    titles = _titles(text, "https://www.alingsas.se/nyheter/a")
    assert [t for t in titles if "resursplan" in t] == []
    assert [t for t in titles if "klimatstrategi" in t.lower()]


def test_a_minister_serves_the_government_the_page_does_not_name() -> None:
    text = "Nyhet\n\nI dag besökte civilminister Eva Berglund (KD) stadens nya kundcenter.\n"
    facts = facts_at(text, "https://www.vasteras.se/nyheter/besok", "2024-02-06")
    assert held_roles(facts) == {
        ("eva-berglund", "Organization:nationell:regeringen", "Civilminister")
    }


def test_numbered_headings_over_prose_are_one_list() -> None:
    text = (
        "Bredband\n\nI bredbandsstrategin har tre områden pekats ut att arbeta med.\n\n"
        "1. Kommunala strategier\n\nKommunerna bör ta fram egna strategier.\n\n"
        "2. Infrastrukturplaner\n\nPlanerna ska visa behoven i hela länet.\n\n"
        "3. Finansiering\n\nUtbyggnaden kräver stöd från flera håll.\n"
    )
    facts = facts_at(text, "https://www.regiongavleborg.se/bredband", "2023-05-02")
    items = {g.text for g in facts.nodes if isinstance(g, Goal)}
    assert items == {"Kommunala strategier", "Infrastrukturplaner", "Finansiering"}


def test_numbered_sentences_over_prose_are_not_joined() -> None:
    text = (
        "Beslut\n\nRegionstyrelsen beslutade följande mål.\n\n"
        "1. Regionen ska minska utsläppen med hälften till år 2030.\n\nBakgrund finns här.\n\n"
        "2. Regionen ska öka andelen förnybar energi.\n\nBakgrund finns här.\n"
    )
    facts = facts_at(text, "https://www.regiongavleborg.se/mal", "2023-05-02")
    assert len([g for g in facts.nodes if isinstance(g, Goal)]) <= 1


def test_a_regions_board_and_administration_by_their_remit() -> None:
    text = (
        "Nyhet\n\nStyrelsen för folktandvården godkände budgeten. Förvaltningen för "
        "regional utveckling samordnar arbetet. Styrelsen för Ekby Energi AB möttes.\n"
    )
    found = organizations(facts_at(text, "https://www.regionvasterbotten.se/a", None))
    assert "Organization:region:24:styrelsen-for-folktandvarden" in found
    assert "Organization:region:24:forvaltningen-for-regional-utveckling" in found
    assert not [o for o in found if o.startswith("Organization:region:24:styrelsen-for-ekby")]


def test_the_boards_meeting_by_its_day_names_the_board() -> None:
    text = "Nyheter\n\nTvå förslag till beslut under måndagens kommunstyrelse.\n"
    found = organizations(facts_at(text, "https://www.pitea.se/nyheter/a", "2023-11-20"))
    assert found["Organization:kommun:2581:kommunstyrelsen"].name == "Kommunstyrelsen"
    assert not organizations(facts_at("Nyhet\n\nEn styrelse möts.\n", SITE, None))


def test_capitalised_areas_after_a_counted_definite_cue() -> None:
    text = (
        "Miljö\n\nArbetet följer miljöprogrammet för Ekby med de fyra fokusområdena "
        "Energi och klimat, Vatten, Hållbara val och Naturens mångfald.\n"
    )
    facts = facts_at(text, "https://www.gotland.se/miljo", "2023-05-02")
    assert {g.text for g in facts.nodes if isinstance(g, Goal)} == {
        "Energi och klimat",
        "Vatten",
        "Hållbara val",
        "Naturens mångfald",
    }
    assert _titles(text, "https://www.gotland.se/miljo") == {"Miljöprogram för Ekby"}


def test_a_compound_decision_noun_taken_about_a_matter() -> None:
    text = (
        "Beslut i korthet - regionstyrelsen 8 mars 2022\n\n"
        "Det togs också inriktningsbeslut om investering i en ny tvätteribyggnad.\n"
    )
    found = decisions(facts_at(text, "https://www.norrbotten.se/nyheter/rs", "2022-03-09"))
    assert [d.date for s, d in found.items() if "tvätteribyggnad" in s] == ["2022-03-08"]


def test_a_capitalised_regional_committee_and_a_regions_field_on_a_municipal_page() -> None:
    text = "Nyhet\n\nDen 18 december beslutade Regionala Utvecklingsnämnden att börja.\n"
    found = organizations(facts_at(text, "https://www.regionjh.se/nyheter/a", None))
    assert "Organization:region:23:regionala-utvecklingsnamnden" in found
    text = "Rådet\n\nI rådet ingår:\n• nämnden för folkhälsa och primärvård\n• socialnämnden\n"
    found = organizations(facts_at(text, "https://skelleftea.se/radet", None))
    assert "Organization:region:24:namnden-for-folkhalsa-och-primarvard" in found
    assert "Organization:kommun:2482:socialnamnden" in found


def test_a_compound_keeps_its_own_topic_beside_a_bare_noun_with_one() -> None:
    text = "Planer\n\nVindbruksplanen samt planen för bullerfria områden är tillägg.\n"
    titles = _titles(text, "https://www.nybro.se/planer")
    assert "Vindbruksplan" in titles
    assert not [t for t in titles if "Vindbruksplan" in t and "buller" in t]


def test_procedure_a_relative_clause_and_a_lead_are_no_decisions() -> None:
    text = (
        "Nämnden 29 augusti\n\n"
        "Ordföranden öppnade sammanträdet och föredragningslistan godkändes.\n"
        "Varje nämnd har en förvaltning som utför det arbete som nämnden beslutat.\n"
        "Beslut: Regionstyrelsen föreslår att regionfullmäktige beslutar följande:\n"
        "Regionstyrelsen beviljade 2 miljoner kronor till Ekby idrottsförening.\n"
    )
    found = decisions(facts_at(text, "https://www.vgregion.se/nyheter/rs", "2024-08-30"))
    assert [s for s in found if "beviljade" in s]
    assert not [s for s in found if "godkändes" in s or "beslutat" in s or "följande" in s]

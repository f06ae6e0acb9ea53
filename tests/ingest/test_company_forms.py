"""Companies and institutions named by a legal form, an English head or a class noun
(ingest.rules.actor_company_forms, other_orgs), on invented sentences."""

from __future__ import annotations

from graph.nodes import Organization, OrganizationKind

from .helpers import facts_at

PAGE = "https://www.ornskoldsvik.se/nyheter/projekt"


def _others(text: str) -> dict[str, OrganizationKind]:
    facts = facts_at(text, PAGE, None)
    return {
        n.id.removeprefix("Organization:org:"): n.kind
        for n in facts.nodes
        if isinstance(n, Organization) and n.id.startswith("Organization:org:")
    }


def test_legal_forms_spelt_out_or_in_mixed_case() -> None:
    text = (
        "Projekt\n\nI projektet deltar Vasaregionens Utveckling Ab och Boliden Aktiebolag. "
        "Luossavaara-Kiirunavaara Aktiebolags omvandlingsplan nämns också.\n"
    )
    assert set(_others(text)) == {
        "vasaregionens-utveckling-ab",
        "boliden-aktiebolag",
        "luossavaara-kiirunavaara-aktiebolag",
    }


def test_an_english_head_word() -> None:
    text = "Rådet\n\nI rådet ingår Jönköping University och kommunen.\n"
    assert "jonkoping-university" in _others(text)


def test_a_compound_class_noun_introduces_one_name() -> None:
    text = (
        "Projekt\n\nKommunen köper aktier i SKL-företaget Inera AB. Även teknologicentret "
        "Merinova, bostadsbolaget Övikshem AB och Samordningsförbundet Östra Norrland deltar.\n"
    )
    found = _others(text)
    assert {"inera-ab", "merinova", "ovikshem-ab"} <= set(found)
    assert "skl-foretaget-inera-ab" not in found
    # a singular class noun names one: the federation after "och" keeps its own kind
    assert found.get("samordningsforbundet-ostra-norrland") is not OrganizationKind.OTHER


def test_trade_names_and_state_inquiries() -> None:
    text = (
        "Projekt\n\nKommunen samarbetar med Eksjö Energi och Dios Fastigheter AB. Även Visit "
        "Värmland deltar. Regeringen har fått Klagomålsutredningens betänkande.\n\n"
        "Bild Energi- och klimatstrategi 2015\n"
    )
    found = set(_others(text))
    assert {"eksjo-energi", "dios-fastigheter-ab", "visit-varmland"} <= found
    assert "klagomalsutredningen" in found
    assert "bild-energi" not in found  # a suspended compound is no trade name


def test_a_remit_with_its_acronym_and_a_tourist_company() -> None:
    text = (
        "Policy\n\nI det fall rekommendationer från Rådet för kommunal redovisning (RKR) "
        "förändras ska policyn ses över. Tanum Turist har lämnat synpunkter.\n"
    )
    assert {"radet-for-kommunal-redovisning", "tanum-turist"} <= set(_others(text))

"""Defects found in the fifty-sixth session on development pages, restated as invented
sentences; each test fails on the code before its fix (guards say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Goal

from .helpers import facts_at, held_roles, links

REGION_DALARNA = "https://www.regiondalarna.se/regional-utveckling/strategi.html"
REGION_SKANE = "https://www.skane.se/kultur/kulturplan/"
VAGGERYD = "https://www.vaggeryd.se/nyheter/2016-11-30-kommunfullmaktige.html"
GAVLEBORG = "https://www.regiongavleborg.se/nyheter/konferens.html"
NEWSROOM = "http://www.mynewsdesk.com/se/statens_energimyndighet__stem/pressreleases/avtal-1"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def _goal_owners(facts: SourceFacts) -> dict[str, str]:
    texts = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    return {texts[k.to_id]: k.from_id for k in links(facts, LinkType.HAS_GOAL)}


def test_goals_that_follow_a_national_strategy_belong_to_the_pages_strategy() -> None:
    text = (
        "Bergslagsstrategin\n\nBergslagsstrategin är länets regionala utvecklingsstrategi.\n\n"
        "Bergslagsstrategin har tre prioriterade områden, som till stora delar följer den "
        "Nationella strategin för hållbar regional tillväxt 2015-2020:\n\n"
        " • Livskraftiga orter\n • Goda kommunikationer\n • Ett starkt näringsliv\n"
    )
    owners = _goal_owners(_facts(text, REGION_DALARNA))
    assert owners.get("Livskraftiga orter", "").endswith(":bergslagsstrategi"), owners
    assert not any(":national:" in o for o in owners.values()), owners


def test_a_plans_strategies_under_an_adjective_heading_are_its_goals() -> None:
    text = (
        "Regional kulturplan 2016-2020\n\nKulturplanen styr nämndens prioriteringar.\n\n"
        "Kulturpolitiska strategier:\n\n • Stärkt kulturell infrastruktur.\n"
        " • Ökad tillgång till kulturlivet.\n • Stärkt dialog inom kultursektorn.\n"
    )
    owners = _goal_owners(_facts(text, REGION_SKANE))
    assert {"Stärkt kulturell infrastruktur", "Stärkt dialog inom kultursektorn"} <= set(owners), (
        owners
    )
    assert all(":plan:lan:12:kultur:2016-2020" in o for o in owners.values()), owners


def test_a_council_member_titled_by_the_council_is_its_ledamot() -> None:
    text = (
        "Kommunfullmäktige\n\nKommunfullmäktige sammanträdde den 28 november. "
        "Fullmäktigeledamoten Eva Ekberg (C) har lämnat en motion om cykelvägar. "
        "Fullmäktigeledamöterna Bo Berg (M) och Per Holm (L) har lämnat en motion om parker.\n"
    )
    roles = held_roles(_facts(text, VAGGERYD))
    kf = "Organization:kommun:0665:kommunfullmaktige"
    assert {("eva-ekberg", kf, "Ledamot"), ("bo-berg", kf, "Ledamot")} <= roles, roles
    assert ("per-holm", kf, "Ledamot") in roles, roles


def test_a_genitive_title_before_the_next_name_is_not_the_previous_persons() -> None:
    text = (
        "Konferens\n\nI närvaro av bland andra jämställdhetsminister Anna Lind, SKL:s "
        "ordförande Bo Knutsson och SKL:s vd Eva Sörberg redovisas resultaten.\n"
    )
    roles = held_roles(_facts(text, GAVLEBORG))
    skr = "Organization:nationell:skr"
    assert not any(p == "anna-lind" and o == skr for p, o, _ in roles), roles
    assert ("bo-knutsson", skr, "Ordförande") in roles, roles


def test_an_organisations_genitive_before_an_open_title() -> None:
    text = "Konferens\n\nSKL:s vd Eva Sörberg inledde dagen.\n"
    roles = held_roles(_facts(text, GAVLEBORG))
    assert ("eva-sorberg", "Organization:nationell:skr", "Vd") in roles, roles


def test_a_newsroom_named_by_the_agency_and_its_short_name_is_the_agencys() -> None:
    text = (
        "Ökad samverkan\n\nEskilstuna kommun och myndigheten har tecknat en "
        "avsiktsförklaring.\n\n- Det är mycket positivt, säger generaldirektör Eva Ekström.\n"
    )
    roles = held_roles(_facts(text, NEWSROOM, "2004-10-07"))
    assert ("eva-ekstrom", "Organization:nationell:energimyndigheten", "Generaldirektör") in (
        roles
    ), roles


def test_contact_lines_with_phone_numbers_after_the_organisation() -> None:
    text = (
        "Ökad samverkan\n\nEnergimyndigheten och Eskilstuna kommun har tecknat en "
        "avsiktsförklaring.\n\nYtterligare information\n"
        "informatör Gudrun Nylund, Eskilstuna kommun 016-10 00 00\n"
        "pressekreterare Lars Bodin, Energimyndigheten 016-500 00 00.\n"
    )
    roles = held_roles(_facts(text, NEWSROOM, "2004-10-07"))
    assert ("gudrun-nylund", "Organization:kommun:0484", "Informatör") in roles, roles
    assert (
        "lars-bodin",
        "Organization:nationell:energimyndigheten",
        "Pressekreterare",
    ) in roles, roles

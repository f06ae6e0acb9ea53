"""Per-seed extraction: the facts each seed page must yield, with evidence."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from graph.nodes import (
    DatePrecision,
    Document,
    DocumentKind,
    Level,
    Organization,
    OrganizationKind,
    Person,
)
from ingest.pipeline import extract, load_source

from .helpers import (
    ALL_SEEDS,
    SAMPLES,
    SEED_000,
    SEED_001,
    SEED_002,
    SEED_003,
    assert_evidence_rules,
    links,
    node,
    seed_facts,
    seed_node,
)

KRAMFORS = "Organization:kommun:2282"
LST = "Organization:lansstyrelse:22"
KF = "Organization:kommunforbund:22"
PLAN_2022 = "Document:regional:action-plan:lan:22:2022-2026"
STRATEGY_2018 = "Document:regional:strategy:lan:22:2018-2021"
VALFARD = "Organization:kommun:2282:valfardsnamnden"
BAS = "Organization:kommun:2282:bistands-arbetsmarknads-och-sociala-servicenamnden"
RIKTLINJE = "Document:municipal:guideline:kommun:2282:riktlinje-mot-vald-i-nara-relationer"
AGREEMENT = (
    "Document:regional:agreement:lan:22:"
    "overenskommelse-mellan-lansstyrelsen-vasternorrland-och-kommunforbundet-vasternorrland"
)
RESURSCENTRUM = "Initiative:resurscentrum-mot-vald"
BAS_PLAN = (
    "Document:municipal:action-plan:kommun:2282:"
    "bistands-arbetsmarknads-och-sociala-servicenamnden:handlingsplan"
)


@pytest.mark.parametrize("name", ALL_SEEDS)
def test_evidence_rules_hold_for_every_fact(name: str) -> None:
    assert_evidence_rules(seed_facts(name))


@pytest.mark.parametrize("name", ALL_SEEDS)
def test_extraction_is_deterministic(name: str) -> None:
    source = load_source(SAMPLES / name)
    assert extract(source) == extract(source) == seed_facts(name)
    facts = seed_facts(name)
    assert [n.id for n in facts.nodes] == sorted(n.id for n in facts.nodes)


# --- seed 002: the regional plan ------------------------------------------------


def test_002_publication_date() -> None:
    assert seed_facts(SEED_002).source.published_on == "2022-06-28"


def test_002_documents() -> None:
    plan = seed_node(SEED_002, PLAN_2022, Document)
    assert plan.title == "Regional handlingsplan 2022-2026"
    assert plan.normalised_title == "regional handlingsplan 2022-2026"
    assert (plan.kind, plan.level, plan.period_start, plan.period_end) == (
        DocumentKind.ACTION_PLAN,
        Level.REGIONAL,
        2022,
        2026,
    )
    strategy = seed_node(SEED_002, STRATEGY_2018, Document)
    assert strategy.title == (
        "Regional strategi för arbetet mot mäns våld mot kvinnor "
        "och våld i nära relationer 2018-2021"
    )
    assert (strategy.kind, strategy.level, strategy.period_start, strategy.period_end) == (
        DocumentKind.STRATEGY,
        Level.REGIONAL,
        2018,
        2021,
    )
    national = seed_node(SEED_002, "Document:national:strategy:se:strategi", Document)
    assert (national.kind, national.level) == (DocumentKind.STRATEGY, Level.NATIONAL)
    assert len([n for n in seed_facts(SEED_002).nodes if isinstance(n, Document)]) == 3


def test_002_all_names_of_the_plan_meet_in_one_node() -> None:
    facts = seed_facts(SEED_002)
    quotes = {m.evidence.quote for m in facts.mentions if m.node_id == PLAN_2022}
    assert {
        "En regional handlingsplan för 2022-2026",
        "Den regionala handlingsplanen",
        "Regional handlingsplan 2022-2026",
    } <= quotes


def test_002_revises() -> None:
    (link,) = links(seed_facts(SEED_002), LinkType.REVISES)
    assert (link.from_id, link.to_id) == (PLAN_2022, STRATEGY_2018)
    assert link.evidence.quote.startswith(
        "Den regionala handlingsplanen är en revidering av Regional strategi"
    )
    assert link.evidence.rule == "relation.revises.revidering_av"


def test_002_kramfors_signed_on_22_march() -> None:
    (link,) = links(seed_facts(SEED_002), LinkType.SIGNED)
    assert (link.from_id, link.to_id) == (KRAMFORS, PLAN_2022)
    assert (link.date, link.date_precision) == ("2022-03-22", DatePrecision.DAY)
    assert "den 22 mars i år, däribland Kramfors kommun" in link.evidence.quote
    assert link.evidence.rule == "relation.signed.undertecknades_av"


def test_002_actors_and_roles() -> None:
    facts = seed_facts(SEED_002)
    assert seed_node(SEED_002, KRAMFORS, Organization).kind is OrganizationKind.MUNICIPALITY
    assert seed_node(SEED_002, LST, Organization).name == "Länsstyrelsen Västernorrland"
    assert seed_node(SEED_002, "Person:person:peter-carlstedt", Person).name == "Peter Carlstedt"
    assert seed_node(SEED_002, "Person:person:jill-arkeflod", Person).name == "Jill Arkeflod"
    (director,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:peter-carlstedt")
    assert (director.to_id, director.title) == (KRAMFORS, "Kommundirektör")
    (coordinator,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:jill-arkeflod")
    assert coordinator.title == "Samordnare"
    assert coordinator.evidence.quote == "Jill Arkeflod\nSamordnare"  # no phone, no e-mail


# --- seed 000: Välfärdsnämnden's decision ---------------------------------------


def test_000_organisations() -> None:
    expected = {
        KRAMFORS: OrganizationKind.MUNICIPALITY,
        VALFARD: OrganizationKind.COMMITTEE,
        KF: OrganizationKind.MUNICIPAL_ASSOCIATION,
        "Organization:region:22": OrganizationKind.REGION,
        "Organization:nationell:polismyndigheten": OrganizationKind.AGENCY,
        "Organization:nationell:aklagarmyndigheten": OrganizationKind.AGENCY,
        LST: OrganizationKind.COUNTY_BOARD,
    }
    for node_id, kind in expected.items():
        assert seed_node(SEED_000, node_id, Organization).kind is kind
    assert seed_node(SEED_000, KRAMFORS, Organization).code == "2282"
    assert seed_node(SEED_000, VALFARD, Organization).name == "Välfärdsnämnden"


def test_000_committee_is_part_of_kramfors() -> None:
    (link,) = links(seed_facts(SEED_000), LinkType.PART_OF, VALFARD)
    assert link.to_id == KRAMFORS


def test_000_chair_of_valfardsnamnden() -> None:
    krooks = seed_node(SEED_000, "Person:person:carl-gunnar-krooks", Person)
    assert (krooks.name, krooks.party) == ("Carl-Gunnar Krooks", "S")
    roles = links(seed_facts(SEED_000), LinkType.HOLDS_ROLE, krooks.id)
    assert roles and all((r.to_id, r.title) == (VALFARD, "Ordförande") for r in roles)
    assert {r.evidence.rule for r in roles} == {
        "role.genitive_org_prefix",
        "role.contact_block.org",
    }
    contact = next(r for r in roles if r.evidence.rule == "role.contact_block.org")
    assert contact.evidence.quote == "Carl-Gunnar Krooks (S)\nOrdförande Välfärdsnämnden"
    # The page's editor ("Sidansvarig") is part of no steering chain: not stored.
    stored = {n.id for n in seed_facts(SEED_000).nodes}
    assert "Person:person:ann-cathrin-granback" not in stored


# --- seed 001: undated Kommunförbundet page -------------------------------------


def test_001_is_undated_and_names_its_organisations() -> None:
    facts = seed_facts(SEED_001)
    assert facts.source.published_on is None
    for node_id in (
        KF,
        LST,
        "Organization:nationell:skr",
        "Organization:nationell:nck",
        "Organization:nationell:socialstyrelsen",
    ):
        node(facts, node_id)
    skr = seed_node(SEED_001, "Organization:nationell:skr", Organization)
    assert (skr.name, skr.kind) == (
        "Sveriges Kommuner och Regioner",
        OrganizationKind.NATIONAL_ASSOCIATION,
    )
    assert "SKR" in {m.evidence.quote for m in facts.mentions if m.node_id == skr.id}
    # No municipality is named, so no committee or municipal document can be scoped;
    # the one document is the regional agreement between the two parties.
    assert not [n for n in facts.nodes if isinstance(n, Person)]
    assert [n.id for n in facts.nodes if isinstance(n, Document)] == [AGREEMENT]


# --- seed 003: Kramfors' riktlinje and BAS-nämnden's handlingsplan ---------------


def test_003_documents() -> None:
    riktlinje = seed_node(SEED_003, RIKTLINJE, Document)
    assert (riktlinje.kind, riktlinje.level) == (DocumentKind.GUIDELINE, Level.MUNICIPAL)
    assert riktlinje.title == "Riktlinje mot våld i nära relationer"
    plan = seed_node(SEED_003, BAS_PLAN, Document)
    assert (plan.kind, plan.level) == (DocumentKind.ACTION_PLAN, Level.MUNICIPAL)


def test_003_bas_namnden_is_one_committee_of_kramfors() -> None:
    facts = seed_facts(SEED_003)
    bas = seed_node(SEED_003, BAS, Organization)
    assert bas.name == "Bistånds-, arbetsmarknads- och sociala servicenämnden"
    assert "BAS-nämnden" in bas.aliases
    quotes = {m.evidence.quote for m in facts.mentions if m.node_id == BAS}
    assert {"BAS-nämnden", "Bistånds-, arbetsmarknads- och sociala servicenämnden"} <= quotes
    (part_of,) = links(facts, LinkType.PART_OF, BAS)
    assert part_of.to_id == KRAMFORS


def test_003_persons() -> None:
    facts = seed_facts(SEED_003)
    norlin = seed_node(SEED_003, "Person:person:jonne-norlin", Person)
    assert norlin.party == "S"
    roles = links(facts, LinkType.HOLDS_ROLE, norlin.id)
    assert roles and all((r.to_id, r.title) == (BAS, "Ordförande") for r in roles)
    hasselborg = links(facts, LinkType.HOLDS_ROLE, "Person:person:anna-karin-hasselborg")
    assert hasselborg and all((r.to_id, r.title) == (KRAMFORS, "Samordnare") for r in hasselborg)
    node(facts, LST)


def test_003_complements_and_adopted() -> None:
    facts = seed_facts(SEED_003)
    (complements,) = links(facts, LinkType.COMPLEMENTS)
    assert (complements.from_id, complements.to_id) == (BAS_PLAN, RIKTLINJE)
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert (adopted.from_id, adopted.to_id) == (KRAMFORS, RIKTLINJE)
    assert (adopted.date, adopted.date_precision) == ("2016-10-01", DatePrecision.MONTH)
    assert (
        adopted.evidence.quote
        == "I oktober antog Kramfors kommun en riktlinje mot våld i nära relationer."
    )
    riktlinje = seed_node(SEED_003, RIKTLINJE, Document)
    assert (riktlinje.adopted_on, riktlinje.adopted_precision) == (
        "2016-10-01",
        DatePrecision.MONTH,
    )


def test_003_dates() -> None:
    source = seed_facts(SEED_003).source
    assert (source.published_on, source.updated_on) == ("2016-11-24", "2017-09-28")

"""Per-seed extraction: the facts each seed page must yield, with evidence."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from graph.nodes import (
    Activity,
    DatePrecision,
    Decision,
    Document,
    DocumentKind,
    Goal,
    Initiative,
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


def _org(facts_name: str, node_id: str) -> Organization:
    found = node(seed_facts(facts_name), node_id)
    assert isinstance(found, Organization)
    return found


def _doc(facts_name: str, node_id: str) -> Document:
    found = node(seed_facts(facts_name), node_id)
    assert isinstance(found, Document)
    return found


def _person(facts_name: str, node_id: str) -> Person:
    found = node(seed_facts(facts_name), node_id)
    assert isinstance(found, Person)
    return found


# --- seed 002: the regional plan ------------------------------------------------


def test_002_publication_date() -> None:
    assert seed_facts(SEED_002).source.published_on == "2022-06-28"


def test_002_documents() -> None:
    plan = _doc(SEED_002, PLAN_2022)
    assert plan.title == "Regional handlingsplan 2022-2026"
    assert plan.normalised_title == "regional handlingsplan 2022-2026"
    assert (plan.kind, plan.level, plan.period_start, plan.period_end) == (
        DocumentKind.ACTION_PLAN,
        Level.REGIONAL,
        2022,
        2026,
    )
    strategy = _doc(SEED_002, STRATEGY_2018)
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
    national = _doc(SEED_002, "Document:national:strategy:se:strategi")
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
    assert _org(SEED_002, KRAMFORS).kind is OrganizationKind.MUNICIPALITY
    assert _org(SEED_002, LST).name == "Länsstyrelsen Västernorrland"
    assert _person(SEED_002, "Person:person:peter-carlstedt").name == "Peter Carlstedt"
    assert _person(SEED_002, "Person:person:jill-arkeflod").name == "Jill Arkeflod"
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
        assert _org(SEED_000, node_id).kind is kind
    assert _org(SEED_000, KRAMFORS).code == "2282"
    assert _org(SEED_000, VALFARD).name == "Välfärdsnämnden"


def test_000_committee_is_part_of_kramfors() -> None:
    (link,) = links(seed_facts(SEED_000), LinkType.PART_OF, VALFARD)
    assert link.to_id == KRAMFORS


def test_000_chair_of_valfardsnamnden() -> None:
    krooks = _person(SEED_000, "Person:person:carl-gunnar-krooks")
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
    skr = _org(SEED_001, "Organization:nationell:skr")
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
    riktlinje = _doc(SEED_003, RIKTLINJE)
    assert (riktlinje.kind, riktlinje.level) == (DocumentKind.GUIDELINE, Level.MUNICIPAL)
    assert riktlinje.title == "Riktlinje mot våld i nära relationer"
    plan = _doc(SEED_003, BAS_PLAN)
    assert (plan.kind, plan.level) == (DocumentKind.ACTION_PLAN, Level.MUNICIPAL)


def test_003_bas_namnden_is_one_committee_of_kramfors() -> None:
    facts = seed_facts(SEED_003)
    bas = _org(SEED_003, BAS)
    assert bas.name == "Bistånds-, arbetsmarknads- och sociala servicenämnden"
    assert "BAS-nämnden" in bas.aliases
    quotes = {m.evidence.quote for m in facts.mentions if m.node_id == BAS}
    assert {"BAS-nämnden", "Bistånds-, arbetsmarknads- och sociala servicenämnden"} <= quotes
    (part_of,) = links(facts, LinkType.PART_OF, BAS)
    assert part_of.to_id == KRAMFORS


def test_003_persons() -> None:
    facts = seed_facts(SEED_003)
    norlin = _person(SEED_003, "Person:person:jonne-norlin")
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
    riktlinje = _doc(SEED_003, RIKTLINJE)
    assert (riktlinje.adopted_on, riktlinje.adopted_precision) == (
        "2016-10-01",
        DatePrecision.MONTH,
    )


def test_003_dates() -> None:
    source = seed_facts(SEED_003).source
    assert (source.published_on, source.updated_on) == ("2016-11-24", "2017-09-28")


# --- new fact types ---------------------------------------------------------------

FORUMS = (
    "Organization:forum:lan:22:regional-ledningsgrupp",
    "Organization:forum:lan:22:regional-samverkansgrupp",
    "Organization:forum:lan:22:operativ-samverkansgrupp",
)


def _only(facts_name: str, type_: LinkType, from_id: str, to_id: str) -> None:
    assert links(seed_facts(facts_name), type_, from_id, to_id), (type_, from_id, to_id)


def test_000_decision_with_date_body_condition_and_initiative() -> None:
    facts = seed_facts(SEED_000)
    (decision,) = [n for n in facts.nodes if isinstance(n, Decision)]
    assert decision.summary == "Medverka i det länsgemensamma Resurscentrum mot våld"
    assert (decision.date, decision.date_precision) == ("2024-02-22", DatePrecision.DAY)
    assert decision.condition == "de övriga kommunerna i länet också beslutar sig för att vara med"
    (decided,) = links(facts, LinkType.DECIDED, to_id=decision.id)
    assert decided.from_id == VALFARD
    assert "Det beslutet togs igår vid Välfärdsnämndens sammanträde." in decided.evidence.quote
    (concerns,) = links(facts, LinkType.CONCERNS, decision.id)
    assert concerns.to_id == RESURSCENTRUM


def test_000_initiative_period_and_actors() -> None:
    facts = seed_facts(SEED_000)
    centre = node(facts, RESURSCENTRUM)
    assert isinstance(centre, Initiative)
    assert (centre.name, centre.period_start, centre.period_end) == (
        "Resurscentrum mot våld",
        2024,
        2026,
    )
    _only(SEED_000, LinkType.PARTICIPATES_IN, KRAMFORS, RESURSCENTRUM)
    _only(SEED_000, LinkType.FUNDS, KRAMFORS, RESURSCENTRUM)
    _only(SEED_000, LinkType.COORDINATES, KF, RESURSCENTRUM)
    participants = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert participants == {
        KRAMFORS,
        KF,
        LST,
        "Organization:region:22",
        "Organization:nationell:polismyndigheten",
        "Organization:nationell:aklagarmyndigheten",
    }
    # "resurscentret" refers back to the centre.
    quotes = {m.evidence.quote for m in facts.mentions if m.node_id == RESURSCENTRUM}
    assert "resurscentret" in quotes


def test_000_roles_are_dated_by_the_page() -> None:
    for role in links(seed_facts(SEED_000), LinkType.HOLDS_ROLE):
        assert (role.date, role.date_precision) == ("2024-02-23", DatePrecision.DAY)


def test_001_agreement_signed_by_both_parties_and_initiatives() -> None:
    facts = seed_facts(SEED_001)
    agreement = _doc(SEED_001, AGREEMENT)
    assert agreement.kind is DocumentKind.AGREEMENT
    assert {k.from_id for k in links(facts, LinkType.SIGNED, to_id=AGREEMENT)} == {LST, KF}
    assert "Den unika överenskommelsen" not in {m.evidence.quote for m in facts.mentions}
    assert "överenskommelsen" in {
        m.evidence.quote for m in facts.mentions if m.node_id == AGREEMENT
    }
    initiatives = {n.id for n in facts.nodes if isinstance(n, Initiative)}
    assert initiatives == {
        "Initiative:kvinnofridssatsningen",
        "Initiative:resurscentrum-mot-hedersrelaterat-vald-och-fortryck",
        "Initiative:vasternorrland-mot-vald",
        "Initiative:webbkurs-om-vald",
    }
    assert {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN)} >= {
        "Organization:nationell:nck",
        "Organization:nationell:socialstyrelsen",
    }
    assert {k.from_id for k in links(facts, LinkType.FUNDS)} == {LST, KF}
    # "Regionen" alone: the home county's region, named nowhere else on the page.
    assert "Regionen" in {
        m.evidence.quote for m in facts.mentions if m.node_id == "Organization:region:22"
    }


def test_002_goals_forums_follow_up_and_signatory_count() -> None:
    facts = seed_facts(SEED_002)
    assert _doc(SEED_002, PLAN_2022).signatory_count == 15
    goals = [n for n in facts.nodes if isinstance(n, Goal)]
    assert sorted(g.text for g in goals) == [
        "Effektivare brottsbekämpning",
        "Ett utökat och verkningsfullt förebyggande arbete mot våld",
        "Förbättrad kunskap och metodutveckling",
        "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och barn",
    ]
    for goal in goals:
        _only(SEED_002, LinkType.HAS_GOAL, PLAN_2022, goal.id)
        _only(SEED_002, LinkType.HAS_GOAL, "Document:national:strategy:se:strategi", goal.id)
    _only(SEED_002, LinkType.IMPLEMENTS, PLAN_2022, "Document:national:strategy:se:strategi")
    _only(SEED_002, LinkType.FOLLOWS_UP, LST, PLAN_2022)
    for forum_id in FORUMS:
        assert _org(SEED_002, forum_id).kind is OrganizationKind.FORUM
        _only(SEED_002, LinkType.FOLLOWS_UP, forum_id, PLAN_2022)
    assert {k.from_id for k in links(facts, LinkType.COORDINATES)} == set(FORUMS[:2])


def test_003_decision_activities_and_responsibility() -> None:
    facts = seed_facts(SEED_003)
    (decision,) = [n for n in facts.nodes if isinstance(n, Decision)]
    assert (decision.date, decision.date_precision) == ("2016-12-01", DatePrecision.DAY)
    _only(SEED_003, LinkType.DECIDED, BAS, decision.id)
    _only(SEED_003, LinkType.CONCERNS, decision.id, BAS_PLAN)
    activities = [n for n in facts.nodes if isinstance(n, Activity)]
    assert len(activities) == 4
    assert "informera om våld i nära relationer" in {a.description for a in activities}
    for activity in activities:
        _only(SEED_003, LinkType.HAS_ACTIVITY, BAS_PLAN, activity.id)
        (responsible,) = links(facts, LinkType.RESPONSIBLE_FOR, to_id=activity.id)
        assert (responsible.from_id, responsible.title) == (BAS, "Verksamhetschef")
    _only(SEED_003, LinkType.IMPLEMENTS, BAS_PLAN, "Document:regional:strategy:lan:22:lansstrategi")
    _only(SEED_003, LinkType.ISSUED, BAS, BAS_PLAN)
    # "nämnden" and "BAS" alone both resolve to BAS-nämnden.
    quotes = {m.evidence.quote for m in facts.mentions if m.node_id == BAS}
    assert {"nämnden", "BAS"} <= quotes

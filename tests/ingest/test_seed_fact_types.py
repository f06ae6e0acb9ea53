"""Per-seed extraction of the fact types beyond documents and actors: decisions,
initiatives, agreements, goals, forums, follow-up, activities and responsibility."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import (
    Activity,
    DatePrecision,
    Decision,
    Document,
    DocumentKind,
    Goal,
    Initiative,
    Organization,
    OrganizationKind,
)

from .helpers import (
    SEED_000,
    SEED_001,
    SEED_002,
    SEED_003,
    links,
    node,
    seed_facts,
    seed_node,
)

KRAMFORS = "Organization:kommun:2282"
LST = "Organization:lansstyrelse:22"
KF = "Organization:kommunforbund:22"
PLAN_2022 = "Document:regional:action-plan:lan:22:2022-2026"
VALFARD = "Organization:kommun:2282:valfardsnamnden"
BAS = "Organization:kommun:2282:bistands-arbetsmarknads-och-sociala-servicenamnden"
AGREEMENT = (
    "Document:regional:agreement:lan:22:"
    "overenskommelse-mellan-lansstyrelsen-vasternorrland-och-kommunforbundet-vasternorrland"
)
RESURSCENTRUM = "Initiative:resurscentrum-mot-vald"
BAS_PLAN = (
    "Document:municipal:action-plan:kommun:2282:"
    "bistands-arbetsmarknads-och-sociala-servicenamnden:handlingsplan"
)

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
    agreement = seed_node(SEED_001, AGREEMENT, Document)
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
    assert seed_node(SEED_002, PLAN_2022, Document).signatory_count == 15
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
        assert seed_node(SEED_002, forum_id, Organization).kind is OrganizationKind.FORUM
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

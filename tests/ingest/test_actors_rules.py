"""Organisation rules on small invented texts: what must be found, and what must not."""

from __future__ import annotations

from graph.edges import SourceFacts
from graph.nodes import Organization, OrganizationKind
from tests.ingest.helpers import facts_of

_facts = facts_of


def _orgs(facts: SourceFacts) -> dict[str, Organization]:
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def _rules(facts: SourceFacts, node_id: str) -> set[str]:
    return {m.evidence.rule for m in facts.mentions if m.node_id == node_id}


def test_stad_is_the_municipality() -> None:
    orgs = _orgs(_facts("Borås Stad har en ny plan. Även Malmö stad arbetar med frågan."))
    assert orgs["Organization:kommun:1490"].name == "Borås kommun"
    assert "Borås Stad" in orgs["Organization:kommun:1490"].aliases
    assert orgs["Organization:kommun:1280"].kind is OrganizationKind.MUNICIPALITY


def test_stad_needs_the_word_stad_itself() -> None:
    assert _orgs(_facts("Boken finns på Borås stadsbibliotek.")) == {}


def test_county_genitive_kommunforbund_is_named_as_written() -> None:
    orgs = _orgs(_facts("I rådet ingår Dalarnas kommunförbund."))
    kfb = orgs["Organization:kommunforbund:20"]
    assert kfb.name == "Dalarnas kommunförbund"
    assert kfb.kind is OrganizationKind.MUNICIPAL_ASSOCIATION
    assert "Kommunförbundet Dalarna" in kfb.aliases


def test_added_national_bodies() -> None:
    orgs = _orgs(_facts("Projektet får pengar från Brottsoffermyndigheten och Trafikverket."))
    for key in ("brottsoffermyndigheten", "trafikverket"):
        assert orgs[f"Organization:nationell:{key}"].kind is OrganizationKind.AGENCY


def test_local_council_is_not_bra() -> None:
    facts = _facts("Mora kommun och det lokala brottsförebyggande rådet möts.")
    assert "Organization:nationell:bra" not in _orgs(facts)
    assert "Organization:nationell:bra" in _orgs(_facts("Brottsförebyggande rådet (Brå) mäter."))


def test_committee_with_a_fixed_adjective() -> None:
    facts = _facts("Borås kommun. Planen följs upp av Sociala omsorgsnämnden.")
    committee = _orgs(facts)["Organization:kommun:1490:sociala-omsorgsnamnden"]
    assert committee.name == "Sociala omsorgsnämnden"
    assert _rules(facts, committee.id) == {"actor.committee.adjective"}


def test_other_adjectives_are_not_part_of_the_committee_name() -> None:
    orgs = _orgs(_facts("Borås kommun. Den nya socialnämnden tar över."))
    assert "Organization:kommun:1490:socialnamnden" in orgs
    assert not any("nya" in i for i in orgs)


def test_coordinated_genitive_municipalities() -> None:
    facts = _facts(
        "Ljusdals kommun. Ett samarbete mellan Hudiksvalls, Bollnäs och Ljusdals kommuner."
    )
    orgs = _orgs(facts)
    assert {"Organization:kommun:2184", "Organization:kommun:2183"} <= set(orgs)
    assert _rules(facts, "Organization:kommun:2183") == {"actor.municipality.coordinated_genitive"}


def test_enumerated_municipalities() -> None:
    facts = _facts(
        "Region Kronoberg och länets kommuner \N{EN DASH} Alvesta, Lessebo och Växjö "
        "\N{EN DASH} skrev under."
    )
    assert {"Organization:kommun:0764", "Organization:kommun:0761", "Organization:kommun:0780"} <= (
        set(_orgs(facts))
    )


def test_a_list_with_one_non_municipality_gives_nothing() -> None:
    assert _orgs(_facts("Vänorter är Gävle, Sandviken och Paris kommuner.")) == {}
    assert _orgs(_facts("Vi besökte Alvesta, Lessebo och Växjö.")) == {}

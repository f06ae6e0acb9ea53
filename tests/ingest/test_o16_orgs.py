"""Organisation classes of round 16 on invented sentences: municipalities enumerated
after any "-kommunerna" head (never in a locative phrase), public federations by their
own names, and councils named by an adjective, a place or a county."""

from __future__ import annotations

from graph.edges import SourceFacts
from graph.nodes import Organization, OrganizationKind
from tests.ingest.helpers import facts_of

ALVESTA, LESSEBO, VAXJO = (
    "Organization:kommun:0764",
    "Organization:kommun:0761",
    "Organization:kommun:0780",
)


def _orgs(facts: SourceFacts) -> dict[str, Organization]:
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def _rules(facts: SourceFacts, node_id: str) -> set[str]:
    return {m.evidence.rule for m in facts.mentions if m.node_id == node_id}


def test_municipalities_in_parentheses_after_a_compound_head() -> None:
    facts = facts_of(
        "Styrelsen ska tillsammans med de tre största medlemskommunerna "
        "(Alvesta, Lessebo och Växjö) se över hur arbetet kan utvecklas."
    )
    assert {ALVESTA, LESSEBO, VAXJO} <= set(_orgs(facts))
    assert _rules(facts, LESSEBO) == {"actor.municipality.enumerated"}


def test_an_enumeration_in_a_locative_phrase_names_places() -> None:
    facts = facts_of("I dag saknas en samordnare i tre kommuner: Alvesta, Lessebo och Växjö.")
    assert not {ALVESTA, LESSEBO, VAXJO} & set(_orgs(facts))


def test_neighbouring_municipalities_are_places() -> None:
    facts = facts_of("Kommunen gränsar till Alvesta, Lessebo och Växjö kommuner i söder.")
    assert not {ALVESTA, LESSEBO, VAXJO} & set(_orgs(facts))
    # parties of a cooperation still count
    facts = facts_of("Ett avtal mellan Alvesta, Lessebo och Växjö kommuner gäller från maj.")
    assert {ALVESTA, LESSEBO, VAXJO} <= set(_orgs(facts))


def test_a_public_federation_by_its_own_name() -> None:
    facts = facts_of(
        "Samordningsförbundet Fjällbygden höll sitt första möte. "
        "Även Kommunalförbundet östra Ekdal deltog."
    )
    orgs = _orgs(facts)
    sfb = orgs["Organization:org:samordningsforbundet-fjallbygden"]
    assert sfb.kind is OrganizationKind.MUNICIPAL_ASSOCIATION
    kfb = orgs["Organization:org:kommunalforbundet-ostra-ekdal"]
    assert kfb.name == "Kommunalförbundet östra Ekdal"
    assert _rules(facts, kfb.id) == {"actor.municipal_association.named_federation"}


def test_a_bare_public_federation_names_none() -> None:
    orgs = _orgs(
        facts_of("Mötet började med en genomgång av Samordningsförbundet och dess uppdrag.")
    )
    assert not any("samordningsforbundet" in i for i in orgs)


def test_a_regional_federation_named_by_a_compass_word() -> None:
    facts = facts_of(
        "Länsstyrelsen i Kronobergs län tog fram strategin med Regionförbundet södra Ekland."
    )
    orgs = _orgs(facts)
    assert "Organization:org:regionforbundet-sodra-ekland" in orgs
    assert "Organization:org:regionforbundet-i-kronobergs-lan" not in orgs


def test_a_council_named_by_a_capitalised_adjective() -> None:
    facts = facts_of(
        "Region Västernorrland. Efter en dialog i Stora beredningsrådet i maj antogs planen. "
        "Den följer råd från Nationella samordningsgruppen för vatten- och avloppsfrågor."
    )
    orgs = _orgs(facts)
    assert orgs["Organization:forum:lan:22:stora-beredningsradet"].kind is OrganizationKind.FORUM
    national = "Organization:forum:se:nationella-samordningsgruppen-for-vatten-och-avloppsfragor"
    # read by its adjective, or (since the fifty-fifth session, first) by its "för" topic
    assert _rules(facts, national) in ({"actor.forum.adjective"}, {"actor.forum.for_topic"})


def test_a_sentence_opening_adjective_is_no_name() -> None:
    facts = facts_of("Region Västernorrland. Regionala samordningsgruppen har inte bildats.")
    assert not any("actor.forum.adjective" in _rules(facts, node_id) for node_id in _orgs(facts))


def test_a_council_with_its_place_before_the_verb() -> None:
    facts = facts_of("Kiruna kommun. Trygghetsrådet i Kiruna kommun arbetar med frågan.")
    assert "Organization:forum:kommun:2584:trygghetsradet" in _orgs(facts)


def test_a_long_compound_is_no_generic_group() -> None:
    facts = facts_of("Flens kommun. Arbetsmarknadsrådet ska mötas. Arbetsgruppen ska mötas.")
    orgs = _orgs(facts)
    assert "Organization:forum:kommun:0482:arbetsmarknadsradet" in orgs
    assert "Organization:forum:kommun:0482:arbetsgruppen" not in orgs


def test_a_council_named_by_its_county() -> None:
    facts = facts_of("Kiruna kommun. Planen togs fram av Norrbottens drogpolitiska råd.")
    council = _orgs(facts)["Organization:forum:lan:25:norrbottens-drogpolitiska-rad"]
    assert council.name == "Norrbottens drogpolitiska råd"
    # a genitive that is no county names no council
    assert not any("rad" in i for i in _orgs(facts_of("Kiruna kommun. Pers goda råd hjälpte.")))


def test_regionen_after_a_place_preposition_is_the_area() -> None:
    text = "Tierps kommun. Planen stöder samverkan med grannkommuner och inom regionen."
    assert "Organization:region:03" not in _orgs(facts_of(text))
    text = "Tierps kommun. Planen togs fram tillsammans med regionen."
    assert "Organization:region:03" in _orgs(facts_of(text))


def test_a_delegation_compound_opening_a_coordinated_subject() -> None:
    text = (
        "Länsstyrelsen i Norrbottens län. Miljödelegationen och Länsgruppen för vatten "
        "har tagit fram målen."
    )
    assert "Organization:forum:lan:25:miljodelegationen" in _orgs(facts_of(text))
    # a sentence-opening group compound that is no subject of a verb names none
    text = "Länsstyrelsen i Norrbottens län. Miljödelegationen i korthet."
    assert "Organization:forum:lan:25:miljodelegationen" not in _orgs(facts_of(text))

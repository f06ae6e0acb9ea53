"""Organisation classes of round 16b on invented sentences: names carrying a capitalised
compass word, and a bare arbetsutskott resolved to the one named in full."""

from __future__ import annotations

from graph.edges import SourceFacts
from graph.nodes import Organization, OrganizationKind
from tests.ingest.helpers import facts_of


def _orgs(facts: SourceFacts) -> dict[str, Organization]:
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def _rules(facts: SourceFacts, node_id: str) -> set[str]:
    return {m.evidence.rule for m in facts.mentions if m.node_id == node_id}


def test_a_branch_named_by_a_compass_word_after_its_name() -> None:
    facts = facts_of(
        "Projektet drivs av Region Ekland och Regionalt Kunskapscentrum Nordväst. "
        "Till hösten ska även LRF Mitt ta ställning till programmet."
    )
    orgs = _orgs(facts)
    centre = orgs["Organization:org:regionalt-kunskapscentrum-nordvast"]
    assert centre.name == "Regionalt Kunskapscentrum Nordväst"
    assert _rules(facts, centre.id) == {"actor.other.compass_branch"}
    assert "Organization:org:lrf-mitt" in orgs
    # the national association is not named on its own where its branch is
    assert "Organization:org:lantbrukarnas-riksforbund" not in orgs


def test_a_compass_word_after_a_place_a_person_or_a_region_names_no_branch() -> None:
    facts = facts_of(
        "Kontoret i Umeå Norr flyttar. Anna Lind Syd var där. "
        "Trafikverket Region Syd ansvarar för vägen. Akademi Väst deltar."
    )
    names = {o.name for o in _orgs(facts).values()}
    assert not {"Umeå Norr", "Anna Lind Syd", "Lind Syd", "Region Syd", "Akademi Väst"} & names


def test_a_capitalised_compass_adjective_opens_a_federations_name() -> None:
    facts = facts_of("Fullmäktige antog förslaget. Södra Sjukvårdsregionförbundet har berett det.")
    orgs = _orgs(facts)
    federation = orgs["Organization:org:sodra-sjukvardsregionforbundet"]
    assert federation.name == "Södra Sjukvårdsregionförbundet"
    assert federation.kind is OrganizationKind.MUNICIPAL_ASSOCIATION
    assert "Organization:org:sjukvardsregionforbundet" not in orgs


def test_a_bare_work_committee_is_the_one_named_in_full() -> None:
    text = (
        "Beslutsinstans: Arbetsutskottet\n\n"
        "Nynäshamns kommun\n\n"
        "Kulturnämndens arbetsutskott beslutar att godkänna rapporten. "
        "Kommunstyrelsen informeras."
    )
    orgs = _orgs(facts_of(text))
    assert "Organization:kommun:0192:kulturnamndens-arbetsutskott" in orgs
    assert "Organization:kommun:0192:kommunstyrelsens-arbetsutskott" not in orgs


def test_two_work_committees_named_in_full_leave_the_bare_one_to_the_board() -> None:
    text = (
        "Nynäshamns kommun. Kulturnämndens arbetsutskott och kommunstyrelsens "
        "arbetsutskott har berett ärendet. Arbetsutskottet föreslår kommunstyrelsen att "
        "anta planen. Kommunstyrelsen beslutar enligt förslaget."
    )
    orgs = _orgs(facts_of(text))
    assert "Organization:kommun:0192:kommunstyrelsens-arbetsutskott" in orgs

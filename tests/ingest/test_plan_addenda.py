"""A comprehensive plan and the plans added to it (forty-second session): a definite
compound on another topic ("Vindbruksplanen") under the page's headline plan is a plan
of its own, and one adopted "som ett tematiskt tillägg till översiktsplanen" complements
it. Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import documents, facts_at, links

SITE = "https://www.ale.se/bygga-bo/oversiktsplan"
OP = "Document:municipal:plan:kommun:1440:oversiktsplan-for-ale-kommun"
WIND = "Document:municipal:plan:kommun:1440:vindbruksplan"


def test_an_addendum_adopted_as_a_thematic_addition_complements_the_plan() -> None:
    facts = facts_at(
        "Översiktsplan för Ale kommun\n\nVindbruksplanen fastställdes av fullmäktige i maj "
        "2012 som ett tematiskt tillägg till översiktsplanen.\n",
        SITE,
        "2016-03-10",
    )
    assert set(documents(facts)) == {OP, WIND}
    assert {(x.from_id, x.to_id) for x in links(facts, LinkType.COMPLEMENTS)} == {(WIND, OP)}


def test_a_compound_on_its_own_topic_is_not_the_headlines_plan() -> None:
    facts = facts_at(
        "Översiktsplan för Ale kommun\n\nVindbruksplanen gäller sedan 2012.\n",
        SITE,
        "2016-03-10",
    )
    assert set(documents(facts)) == {OP, WIND}

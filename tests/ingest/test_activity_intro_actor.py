"""A list introduced by what an actor will do ("Det här ska Tranås kommun arbeta för fram
till 2026:") lists activities, and that actor is responsible for each. Short fictional
text written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity
from tests.ingest.helpers import facts_at, links

PAGE = (
    "Program för näringsliv\n\n"
    "Det här ska Tranås kommun arbeta för fram till 2026:\n\n"
    " • Alla elever erbjuds att driva UF-företag.\n"
    " • Skapa en mötesplats för kreativa näringar.\n"
    " • Verka för en ny kulturskola.\n"
)


def test_what_the_municipality_will_work_for_are_its_activities() -> None:
    facts = facts_at(PAGE, "https://www.tranas.se/naringsliv/program", None)
    activities = [n for n in facts.nodes if isinstance(n, Activity)]
    assert len(activities) == 3, [a.description for a in activities]
    responsible = links(facts, LinkType.RESPONSIBLE_FOR, "Organization:kommun:0687")
    assert {x.to_id for x in responsible} == {a.id for a in activities}

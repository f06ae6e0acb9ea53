"""'Planen' read once (forty-second session): a definite "planen" that the mention rules
read is not read again as an anaphor of the page's one action plan, which a later clause
names. Short fictional text written for this test."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

PLAN = "Document:municipal:plan:kommun:1440:digitaliseringsplan-for-e-tjanster-i-kommunen"


def test_the_plan_is_the_pages_plan_not_the_action_plan_it_builds_on() -> None:
    facts = facts_at(
        "Ny digitaliseringsplan för e-tjänster i kommunen\n\nKommunen satsar två miljoner på "
        "nya e-tjänster i år. Nu finns en digitaliseringsplan som visar var pengarna gör nytta."
        "\n\nPlanen tar sin utgångspunkt i Ale kommuns dokument Strategi Hållbara Ale , 2.1 MB. "
        "och i Sveriges Kommuner och Regioners handlingsplan Digitalt först 2019-2024 , "
        "640.0 kB.. Där beskrivs behovet av fler e-tjänster.\n",
        "https://www.ale.se/nyheter/digitalisering",
        "2019-03-01",
    )
    sources = {x.from_id for x in links(facts, LinkType.IMPLEMENTS)}
    assert sources == {PLAN}

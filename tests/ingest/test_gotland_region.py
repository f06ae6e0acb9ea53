"""Region Gotland is the municipality of Gotland: the county has no region, so its
regional bodies belong to the municipality (Organization:kommun:0980)."""

from __future__ import annotations

from ingest import ids
from tests.ingest.helpers import documents, facts_at, organizations

GOTLAND = "https://www.gotland.se/nyheter/regionstyrelsen-i-korthet"


def test_the_county_without_a_region_points_its_region_ids_at_the_municipality() -> None:
    assert ids.region_id("09") == "Organization:kommun:0980"
    assert ids.body_id("region", "09", "Regionstyrelsen") == (
        "Organization:kommun:0980:regionstyrelsen"
    )
    assert ids.region_id("08") == "Organization:region:08"


def test_region_gotland_s_board_is_the_municipality_s_body() -> None:
    facts = facts_at(
        "Regionstyrelsen i korthet\n\nRegionstyrelsen beslutade på torsdagen att ge "
        "ledningskontoret i uppdrag att ta fram en ny besöksnäringsstrategi.",
        GOTLAND,
        "2024-03-14",
    )
    orgs = organizations(facts)
    assert "Organization:kommun:0980:regionstyrelsen" in orgs, sorted(orgs)
    assert not any(o.startswith("Organization:region:09") for o in orgs), sorted(orgs)


def test_a_strategy_region_gotland_s_board_adopts_stays_regional() -> None:
    """The board is the municipality's body, but what it adopts as the region is regional
    steering: its id keeps the county's scope, as a reader files it."""
    facts = facts_at(
        "Regionstyrelsen i korthet\n\nRegionstyrelsen godkänner på torsdagen förslaget "
        "till ”Strategi för hållbar besöksnäring” för vidare beredning.",
        GOTLAND,
        "2024-03-14",
    )
    docs = documents(facts)
    assert any(d.startswith("Document:regional:strategy:lan:09:") for d in docs), sorted(docs)
    assert not any(":kommun:0980:" in d for d in docs), sorted(docs)

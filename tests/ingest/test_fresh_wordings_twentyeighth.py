"""Wordings and page shapes first met on development pages in the twenty-eighth session
(2026-12-02). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.nodes import OrganizationKind
from ingest.language.sites import SiteOwner, site_owner


def test_a_county_councils_former_host_is_its_regions_site() -> None:
    # Archived pages of the landsting era still live on their old hosts.
    assert site_owner("https://www.sll.se/verksamhet/nyheter/2019/03/plan/") == SiteOwner(
        OrganizationKind.REGION, "01"
    )
    assert site_owner("https://moten.lg.se/committees/utskottet/mote-2022-06-02") == (
        SiteOwner(OrganizationKind.REGION, "21")
    )
    assert site_owner("https://www.nll.se/sv/nyheter/2015/plan/") == SiteOwner(
        OrganizationKind.REGION, "25"
    )

"""A press-release newsroom names its sender in its host or path, spelling å, ä and ö
as the newsroom does ("tillvaextverket.mynewsdesk.com"); a contact line on such a page
then belongs to that sender. Short fictional text written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.language.sites import SiteOwner, site_owner
from tests.ingest.helpers import facts_at, links


def test_a_newsroom_subdomain_names_its_sender_in_the_newsroom_s_spelling() -> None:
    assert site_owner("https://tillvaextverket.mynewsdesk.com/news/nytt-uppdrag-1") == (
        SiteOwner(OrganizationKind.AGENCY, "tillvaxtverket")
    )
    assert site_owner("https://regionvasterbotten.mynewsdesk.com/pressreleases/x-2") == (
        SiteOwner(OrganizationKind.REGION, "24")
    )


def test_a_newsroom_without_a_sender_names_none() -> None:
    assert site_owner("https://www.mynewsdesk.com/se/pressreleases/ny-strategi-3") is None


def test_a_contact_line_on_the_sender_s_newsroom_is_the_sender_s_role() -> None:
    facts = facts_at(
        "Nytt uppdrag om kompetens\n\nTillväxtverket ska samordna arbetet.\n\n"
        "Kontaktperson\n\nMats Wessman, Projektledare för uppdraget.\n",
        "https://tillvaextverket.mynewsdesk.com/news/nytt-uppdrag-om-kompetens-4",
        None,
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:mats-wessman")
    assert role.to_id == "Organization:nationell:tillvaxtverket"

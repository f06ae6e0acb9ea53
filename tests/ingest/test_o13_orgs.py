"""Organisations, publishers and ISSUED precision (issue 9, round 13): coordinated body
names, unhyphenated pairs, the county's kommunförbund, acronym councils, the sender of a
release on a distributor's site, and which makers a sentence names. Every sentence is
invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.language.sites import SiteOwner, release_sender, site_owner

from .helpers import documents, links, organizations, page_facts

TIERP = "https://www.tierp.se/nyheter/nyhet"
KS = "Organization:kommun:0360:kommunstyrelsen"


def test_council_and_committee_coordinated_are_two_bodies() -> None:
    ids = set(organizations(page_facts("Nytt från kommunfullmäktige och kulturnämnden", TIERP)))
    assert "Organization:kommun:0360:kommunfullmaktige" in ids
    assert "Organization:kommun:0360:kulturnamnden" in ids
    assert not [i for i in ids if "och-kulturnamnden" in i]


def test_unhyphenated_pair_of_an_office_is_one_body() -> None:
    facts = page_facts("Frågan utreds av vård och omsorgskontoret under hösten.", TIERP)
    ids = set(organizations(facts))
    assert "Organization:kommun:0360:vard-och-omsorgskontoret" in ids
    assert "Organization:kommun:0360:omsorgskontoret" not in ids


def test_surname_before_the_executive_board_is_no_pair() -> None:
    ids = set(organizations(page_facts("Mötet leddes av Karlsson och kommunstyrelsen.", TIERP)))
    assert KS in ids
    assert not [i for i in ids if "karlsson" in i]


def test_bare_lowercase_kommunforbundet_is_the_home_countys() -> None:
    facts = page_facts(
        "Arbetet leds av länsstyrelsen tillsammans med regionen, kommunförbundet och länets "
        "kommuner.",
        "https://www.lansstyrelsen.se/uppsala/nyheter/nyhet.html",
    )
    org = organizations(facts).get("Organization:kommunforbund:03")
    assert org is not None and org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION


def test_acronym_council_and_regional_network_are_forums() -> None:
    facts = page_facts(
        "Regionalt ANDTS-råd\n\nRådet träffas fyra gånger om året. Kommunen deltar i det "
        "regionala ANDT-nätverket sedan länge.",
        "https://www.lansstyrelsen.se/uppsala/nyheter/nyhet.html",
    )
    forums = {i for i, o in organizations(facts).items() if o.kind is OrganizationKind.FORUM}
    assert "Organization:forum:lan:03:regionalt-andts-rad" in forums
    assert "Organization:forum:lan:03:regionala-andt-natverket" in forums


def test_release_sender_on_a_distributor() -> None:
    release = "Region Gävleborg\n\nNy plan för cykeltrafik\n\nPressmeddelande\n\nText."
    assert release_sender("https://via.tt.se/pressmeddelande/ny-plan", release) == SiteOwner(
        OrganizationKind.REGION, "21"
    )
    municipal = "Tierps kommun\n\nRubrik\n\nText."
    found = release_sender("http://www.mynewsdesk.com/se/pressreleases/rubrik-1", municipal)
    assert found == SiteOwner(OrganizationKind.MUNICIPALITY, "0360")
    # Not a distributor, or a headline rather than a sender's name on the first line.
    assert release_sender("https://www.example.se/nyhet", release) is None
    headline = "Tierps kommun bygger en ny skola i centrum\n\nText."
    assert release_sender("https://via.tt.se/pressmeddelande/x", headline) is None


def test_newsroom_paths_with_county_or_genitive_names() -> None:
    region = site_owner("http://www.mynewsdesk.com/se/region-gavleborgs-lan/pressreleases/x")
    assert region == SiteOwner(OrganizationKind.REGION, "21")
    municipality = site_owner("http://www.mynewsdesk.com/se/tierpskommun")
    assert municipality == SiteOwner(OrganizationKind.MUNICIPALITY, "0360")


def test_release_sender_owns_the_bodies_it_names() -> None:
    # The sender is named once, a neighbour twice: the board is still the sender's.
    facts = page_facts(
        "Tierps kommun\n\nNy cykelplan\n\nPressmeddelande\n\nKommunstyrelsen har antagit "
        "en cykelplan för 2025-2030. Cykelvägen ska nå Ockelbo kommun, och Ockelbo kommun "
        "bygger sin del nästa år.",
        "http://www.mynewsdesk.com/se/pressreleases/ny-cykelplan-1",
    )
    ids = set(organizations(facts))
    assert KS in ids
    assert "Organization:kommun:2101:kommunstyrelsen" not in ids


def _issued(text: str) -> set[tuple[str, str]]:
    facts = page_facts(text, TIERP)
    titles = {i: d.title for i, d in documents(facts).items()}
    return {(k.from_id, titles.get(k.to_id, k.to_id)) for k in links(facts, LinkType.ISSUED)}


def test_present_passive_names_no_maker() -> None:
    assert not _issued(
        "Trafikplan 2025-2030\n\nEn ny trafikplan 2025-2030 tas fram under våren. Kommunen "
        "följer upp arbetet."
    )


def test_finished_passive_without_agent_names_no_maker_even_on_the_site() -> None:
    # Since 2026-12-03: "har tagits fram" with no agent says nothing of who made the
    # plan (the gold's convention); the site's own "vi har tagit fram" still does.
    issued = _issued(
        "Trafikplan 2025-2030\n\nEn ny trafikplan 2025-2030 har tagits fram. Kommunen följer "
        "upp planen varje år."
    )
    assert not issued, issued
    issued = _issued("Trafikplan 2025-2030\n\nVi har tagit fram en ny trafikplan 2025-2030.")
    assert {m for m, _ in issued} == {"Organization:kommun:0360"}


def test_finished_passive_of_another_document_names_no_maker() -> None:
    issued = _issued(
        "Trafikplan 2025-2030\n\nKommunstyrelsen antog trafikplanen 2025-2030 i mars. Inom "
        "ramen för planen har även en länsgemensam handlingsplan för trafiksäkerhet tagits fram."
    )
    assert not [t for _, t in issued if "trafiksäkerhet" in t.lower()]


def test_relative_clause_of_another_noun_names_no_maker() -> None:
    issued = _issued(
        "Trafikplanen 2025-2030 ska vara ett stöd för de verksamhetsplaner som nämnderna, "
        "Tierps Energi och Region Uppsala tar fram varje år."
    )
    assert ("Organization:region:03", "Trafikplan 2025-2030") not in issued
    assert not [m for m, _ in issued if m == "Organization:region:03"]


def test_relative_clause_of_the_document_names_its_maker() -> None:
    issued = _issued("Trafikplanen 2025-2030, som Region Uppsala tog fram, gäller nu.")
    assert "Organization:region:03" in {m for m, _ in issued}


def test_finished_passive_in_a_meeting_report_names_no_maker() -> None:
    issued = _issued(
        "Beslut i korthet från kommunstyrelsen den 3 mars 2025\n\nTrafikplan 2025-2030\n\n"
        "En ny trafikplan 2025-2030 har tagits fram. Kommunstyrelsen godkände planen."
    )
    assert "Organization:kommun:0360" not in {m for m, _ in issued}

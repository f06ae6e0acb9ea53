"""Who issued a document (issue 9, round I16), on invented sentences.

Classes from the fresh sets' ISSUED misses: a charge held ("har i regeringsuppdrag att
ta fram", "Länsstyrelsens uppdrag att ta fram"), a proposal or draft handed over
("har överlämnat förslaget till <document>", "arbetat med att ta fram ett underlag
till <document>"), a relative clause without "har" ("som tagits fram av X"), and the
false ones: an agent of another clause, a tool for making a document, a predecessor
on a publication page; and (tenth session) the members of a steering group that drew
it up ("av en styrgrupp med representanter från A och B"). Every sentence is made up.
"""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import facts_at

LST_SITE = "https://www.lansstyrelsen.se/gavleborg/nyheter/sida.html"
GOV_SITE = "https://www.regeringen.se/pressmeddelanden/2024/03/sida/"
ALE_SITE = "https://www.ale.se/nyheter/sida"
PUBLICATION_SITE = "https://www.lansstyrelsen.se/gavleborg/om-oss/publikationer/2024/sida.html"
LST = "Organization:lansstyrelse:21"


def _issued(text: str, uri: str) -> set[tuple[str, str, str]]:
    facts: SourceFacts = facts_at(text, uri, "2025-03-01")
    return {(x.from_id, x.to_id, x.evidence.rule) for x in facts.links if x.type is LinkType.ISSUED}


def _makers(found: set[tuple[str, str, str]], doc_part: str) -> set[str]:
    return {maker for maker, doc, _ in found if doc_part in doc}


def test_a_standing_charge_to_draw_up_makes_its_holder_the_issuer() -> None:
    found = _issued(
        "Friluftsliv i länet\n\nLänsstyrelsen i Gävleborgs län har i regeringsuppdrag att "
        "ta fram en regional friluftsstrategi för länet.",
        LST_SITE,
    )
    assert (LST, "relation.issued.assigned") in {(m, r) for m, _, r in found}
    assert _makers(found, "friluftsstrategi") == {LST}


def test_the_genitive_before_a_charge_is_its_holder() -> None:
    found = _issued(
        "Friluftsliv i länet\n\nPlanen bygger på Länsstyrelsens uppdrag att ta fram ett "
        "regionalt vattenprogram för Gävleborg.",
        LST_SITE,
    )
    assert _makers(found, "vattenprogram") == {LST}


def test_the_government_genitive_before_a_charge_gave_it() -> None:
    found = _issued(
        "Nytt uppdrag\n\nRegeringens uppdrag att ta fram en nationell friluftsstrategi går "
        "till en myndighet.",
        GOV_SITE,
    )
    assert _makers(found, "friluftsstrategi") == set()


def test_who_gave_the_charge_is_no_holder_of_it() -> None:
    found = _issued(
        "Klimat\n\nKommunstyrelsen har gett miljökontoret i uppdrag att ta fram en klimatplan "
        "för Ale kommun.",
        ALE_SITE,
    )
    makers = _makers(found, "klimatplan")
    assert makers and all(m.endswith(":miljokontoret") for m in makers)


def test_a_proposal_handed_over_was_drawn_up_by_its_sender() -> None:
    found = _issued(
        "Friluftsliv\n\nNaturvårdsverket har överlämnat förslaget till nationell "
        "friluftsstrategi till regeringen.",
        GOV_SITE,
    )
    assert _makers(found, "friluftsstrategi") == {"Organization:nationell:naturvardsverket"}


def test_coordinated_makers_of_a_draft_each_issued_it() -> None:
    found = _issued(
        "Bostäder\n\nBoverket har tillsammans med Naturvårdsverket arbetat med att ta fram ett "
        "underlag till en ny nationell bostadsstrategi.",
        GOV_SITE,
    )
    assert _makers(found, "bostadsstrategi") == {
        "Organization:nationell:boverket",
        "Organization:nationell:naturvardsverket",
    }


def test_a_relative_clause_without_har_names_its_agent() -> None:
    found = _issued(
        "Friluftsliv i länet\n\nLänets plan utgår från den nationella friluftsstrategin, som "
        "tagits fram av regeringen, och lyfter länets styrkor.",
        LST_SITE,
    )
    assert "Organization:nationell:regeringen" in _makers(found, "national:strategy")


def test_an_agent_in_a_later_relative_clause_made_something_else() -> None:
    found = _issued(
        "Friluftsliv\n\nAle kommun tar fram en friluftsplan utifrån den kartläggning som "
        "tagits fram av Naturvårdsverket.",
        ALE_SITE,
    )
    assert "Organization:nationell:naturvardsverket" not in _makers(found, "friluftsplan")


def test_a_tool_for_making_a_document_is_not_the_document() -> None:
    found = _issued(
        "Vatten\n\nLänsstyrelsen har tagit fram en vägledning för framtagandet av en "
        "friluftsplan för kommuner.",
        ALE_SITE,
    )
    assert _makers(found, "friluftsplan") == set()


def test_the_predecessor_on_a_publication_page_is_not_its_document() -> None:
    found = _issued(
        "Friluftsliv för alla 2024-2028\n\nOm publikationen\n\nPubliceringsår:\n2024\n"
        "Sidantal:\n12\n\nLänsstyrelsen i Gävleborgs län har ett uppdrag att stödja "
        "friluftslivet. Friluftsliv för alla är en revidering och ersätter den tidigare "
        "Strategi för friluftsliv 2015-2018.",
        PUBLICATION_SITE,
    )
    assert _makers(found, "2015-2018") == set()


def test_who_stands_behind_a_document_issued_it_and_who_endorses_it_did_not() -> None:
    head = "Klimatprogram för Gävleborg\n\n"
    region = "Organization:region:21"
    for sentence in (
        "Bakom programmet står Länsstyrelsen Gävleborg och Region Gävleborg.",
        "Länsstyrelsen Gävleborg och Region Gävleborg står bakom programmet.",
    ):
        found = _issued(head + sentence, LST_SITE)
        assert _makers(found, "klimatprogram") == {LST, region}, sentence
        assert {rule for *_, rule in found} == {"relation.issued.behind"}
    endorsed = "Länets kommuner och Region Gävleborg har ställt sig bakom programmet."
    assert not _makers(_issued(head + endorsed, LST_SITE), "klimatprogram")


def test_a_steering_group_s_member_organisations_drew_up_the_document() -> None:
    text = (
        "Publicerad 2020-01-10\n\nRegion Östergötland har en ny folkhälsostrategi. Strategin "
        "har arbetats fram av en styrgrupp med representanter från Polismyndigheten och "
        "Länsstyrelsen."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/strategi", None)
    makers = {k.from_id for k in [k for k in facts.links if k.type is LinkType.ISSUED]}
    assert {"Organization:nationell:polismyndigheten", "Organization:lansstyrelse:05"} <= makers

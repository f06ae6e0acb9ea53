"""A council's summary of its meeting: citizen proposals referred "till X för beslut"
(decisions, and X is the committee, not "X för beslut"), an item whose only sentence
is "Antogs av kommunfullmäktige." under its heading, and a policy named first in the
definite ("Konstpolicyn") and then by its title. Short fictional text written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, organizations

SUMMARY = (
    "Kommunfullmäktige i korthet\n\n"
    "Under måndagen den 25 september 2023 sammanträdde Kommunfullmäktige. Då antogs bl.a "
    "Konstpolicyn och ett program för lika rättigheter.\n\n"
    "Konstpolicy\nKonstpolicy för Tranås kommun antogs. Policyn gäller offentlig konst.\n\n"
    "Program för lika rättigheter och möjligheter\nAntogs av kommunfullmäktige.\n\n"
    "Medborgarförslag\n"
    "Förslag om en discgolfbana i stadsparken skickades till Fritidsnämnden för beslut.\n\n"
    "Förslag om en flotte vid badplatsen skickades till Kommunstyrelsen för beredning.\n"
)
SITE = "https://www.tranas.se/nyheter/kommunfullmaktige-i-korthet"
KF = "Organization:kommun:0687:kommunfullmaktige"


def test_referrals_of_citizen_proposals_are_the_council_s_decisions() -> None:
    facts = facts_at(SUMMARY, SITE, None)
    found = decisions(facts)
    referred = [d for s, d in found.items() if "skickades till" in s]
    assert len(referred) == 2, sorted(found)
    assert all(decided_by(facts, d) == {KF} for d in referred)
    assert "Organization:kommun:0687:fritidsnamnden" in organizations(facts)
    assert not any("for-beslut" in o for o in organizations(facts))


def test_a_subjectless_passive_takes_its_item_s_heading() -> None:
    facts = facts_at(SUMMARY, SITE, None)
    assert any("lika rättigheter" in s and s.startswith("Antogs") for s in decisions(facts))


def test_a_definite_first_mention_yields_to_the_title() -> None:
    facts = facts_at(SUMMARY, SITE, None)
    assert "Document:municipal:policy:kommun:0687:konstpolicy" in documents(facts)
    assert any(x.to_id.endswith(":konstpolicy") for x in facts.links if x.type is LinkType.ADOPTED)


def test_a_decision_stated_in_the_passive_is_the_meeting_s() -> None:
    facts = facts_at(
        "Beslut i korthet - Bildningsnämnden 13 december 2022\n\n"
        "Tisdagen den 13 december höll bildningsnämnden sitt sammanträde. Följande ärenden "
        "togs upp:\n\n"
        "  \u2022 Skolskjuts \u2013 beslut fattades att utöka skolskjutsen till Berga.\n"
        "  \u2022 Lokaler. Bland annat fattades beslutet att förskolan Ugglan flyttar.\n",
        "https://www.tranas.se/nyheter/beslut-i-korthet-bildningsnamnden",
        "2022-12-14",
    )
    found = decisions(facts)
    assert len(found) == 2, sorted(found)
    board = "Organization:kommun:0687:bildningsnamnden"
    assert all(decided_by(facts, d) == {board} and d.date == "2022-12-13" for d in found.values())


def test_a_day_stated_with_its_year_elsewhere_dates_the_meeting() -> None:
    facts = facts_at(
        "Kommunfullmäktige i korthet\n\nHär följer några ärenden från kommunfullmäktiges "
        "sammanträde den 24 oktober.\n\n"
        "  \u2022 Kommunfullmäktige väljer Eva Ek (S) till ordförande för perioden "
        "2022-10-24 \u2013 2026-10-14.\n"
        "  \u2022 Kommunfullmäktige godkänner investeringar på 3 miljoner kronor.\n",
        "https://www.tranas.se/kommun/kf-i-korthet",
        None,
    )
    dates = {d.date for d in decisions(facts).values()}
    assert dates == {"2022-10-24"}, dates

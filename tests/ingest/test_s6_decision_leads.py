"""A decision list led by "beslutade bl a följande vid sitt sammanträde den ...:" or "fattade
följande beslut ...:", its numbered "Att ..." items (an aside may follow "Att,"), and a lead
that receives motions is no decision list. Short fictional texts written for these tests
(no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, facts_at, links

KS = "Organization:kommun:0767:kommunstyrelsen"
SITE = "https://www.markaryd.se/nyheter/ks-i-korthet"


def test_a_following_lead_with_its_meeting_and_numbered_att_items() -> None:
    facts = facts_at(
        "KS i korthet\n\nKommunstyrelsen beslutade bl a följande vid sitt sammanträde den "
        "12 mars:\n\n1. Att avge yttrande över remissen om en ny cykelled.\n\n"
        "2. Att, med anledning av jubileet, anslå 20 000 kronor till hembygdsföreningen.\n",
        SITE,
        "2024-03-13",
    )
    found = decisions(facts)
    assert len(found) == 2, sorted(found)
    for d in found.values():
        assert d.date == "2024-03-12"
        assert decided_by(facts, d) == {KS}


def test_fattade_foljande_beslut_leads_a_list_but_receiving_motions_does_not() -> None:
    led = facts_at(
        "Nyheter\n\nKommunstyrelsen fattade i dag följande beslut:\n\n"
        "1. Att ge förvaltningen i uppdrag att se över taxorna.\n",
        SITE,
        "2024-03-13",
    )
    assert len(decisions(led)) == 1, sorted(decisions(led))
    received = facts_at(
        "Nyheter\n\nKommunfullmäktige tog emot följande motioner som lämnas över:\n\n"
        "  • Hyror för privata aktörer, Eva Ek (M).\n",
        SITE,
        "2024-03-13",
    )
    assert not decisions(received), sorted(decisions(received))


def test_a_proposal_that_fullmaktige_decide_is_the_boards_decision_not_an_adoption() -> None:
    facts = facts_at(
        "Referat från kommunstyrelsen den 11 september\n\nFolkhälsa\n\nKommunstyrelsen "
        "föreslår att kommunfullmäktige beslutar att inrätta ett folkhälsoråd från och med "
        "januari 2025 samt fastställer handlingsplanen för folkhälsoarbetet 2025-2028.\n",
        SITE,
        "2024-09-12",
    )
    found = decisions(facts)
    # two proposed acts, the council and the plan ("samt fastställer"), both the board's
    assert len(found) == 2, sorted(found)
    assert all(decided_by(facts, decision) == {KS} for decision in found.values())
    assert not links(facts, LinkType.ADOPTED)


def test_infinitive_bullets_under_a_list_of_matters_are_the_meetings_decisions() -> None:
    facts = facts_at(
        "Referat från kommunstyrelsen den 11 september\n\nKommunstyrelsen sammanträdde i "
        "stadshuset.\n\nÄrenden i korthet\n\n  • Bevilja hembygdsföreningen arrangörsstöd "
        "för midsommarfirandet\n  • Delgivning av delårsbokslut 2024\n\nMål för arbetet\n\n"
        "  • Ge stöd åt dem som behöver det\n",
        SITE,
        "2024-09-12",
    )
    found = decisions(facts)
    assert [s.split()[0] for s in found] == ["Bevilja"], sorted(found)
    (decision,) = found.values()
    assert (decision.date, decided_by(facts, decision)) == ("2024-09-11", {KS})


def test_the_date_the_minutes_were_posted_is_not_the_meetings() -> None:
    facts = facts_at(
        "Kommunstyrelsen 2020-10-06\n\nPlats och tid:\nFullmäktigesalen kl. 08.15-12.10\n\n"
        "Utses att justera\nEva Ek\n\nDatum för anslag 2020-10-08\n\nKs § 138\n\n"
        "Delårsrapport 2020\n\nKommunstyrelsen beslutar överlämna delårsrapporten till "
        "kommunfullmäktige.\n",
        SITE,
        None,
    )
    assert {d.date for d in decisions(facts).values()} == {"2020-10-06"}

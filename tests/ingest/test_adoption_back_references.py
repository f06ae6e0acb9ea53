"""Adoptions and decisions that unseen pages state indirectly: a passive adoption whose
subject points back ("Förslaget antogs av ..."), a lead that lists a meeting's decisions,
backing ("ställde sig bakom") of what is no steering document, "bifalla" a plan, and a
page's last line cut off before its full stop. Short fictional texts written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import DatePrecision
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

TOWN = "https://www.tranas.se/nyheter/2024/beslut"
KF = "Organization:kommun:0687:kommunfullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"


def facts_of(text: str, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, TOWN, published)


# --- "Förslaget antogs av ..." ------------------------------------------------------------


def test_a_proposal_referred_back_to_is_adopted_with_its_month() -> None:
    facts = facts_of(
        "Bostäder\n\nUnder 2023 tog kommunstyrelsen fram ett förslag till "
        "bostadsförsörjningsprogram för 2024-2030. Förslaget var ute på remiss under hösten. "
        "Förslaget antogs av kommunfullmäktige i mars 2024.\n"
    )
    (doc,) = list(documents(facts).values())
    (adopted,) = links(facts, LinkType.ADOPTED, KF, doc.id)
    assert adopted.date == "2024-03-01"
    assert adopted.date_precision is DatePrecision.MONTH
    assert doc.adopted_on == "2024-03-01"
    assert decisions(facts) == {}  # the adoption, not also a decision


def test_a_proposal_of_something_else_is_no_adoption_and_concerns_no_document() -> None:
    facts = facts_of(
        "Cykelvägar\n\nKommunen har en cykelplan sedan 2019. Tekniska nämnden lämnade i våras "
        "ett förslag om nya cykelbanor längs ån. Förslaget godkändes av kommunstyrelsen den "
        "3 maj 2024.\n"
    )
    assert links(facts, LinkType.ADOPTED, KS) == []
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {KS}
    assert links(facts, LinkType.CONCERNS, decision.id) == []


# --- a lead that lists the meeting's decisions --------------------------------------------


def test_each_item_of_a_lead_list_is_a_decision_of_the_meeting() -> None:
    facts = facts_of(
        "Kommunfullmäktige i juni\n\nNya cykelbanor längs ån, en ny miljöpolicy och höjda "
        "avgifter för kulturskolan var några av de beslut som fattades vid "
        "kommunfullmäktiges sammanträde i går.\n"
    )
    found = decisions(facts)
    assert set(found) == {"Nya cykelbanor längs ån", "Höjda avgifter för kulturskolan"}
    for decision in found.values():
        assert decided_by(facts, decision) == {KF}
        assert decision.date == "2024-06-19"


def test_a_lead_item_stated_in_full_below_is_one_decision() -> None:
    facts = facts_of(
        "Nytt bad och budget för 2025 var några av de beslut som togs vid "
        "kommunfullmäktiges sammanträde i går.\n\n"
        "Kommunfullmäktige fastställde budget för 2025 och ekonomisk plan för 2026-2027.\n"
    )
    summaries = [s.lower() for s in decisions(facts)]
    assert "nytt bad" in summaries
    assert "budget för 2025" not in summaries
    assert any(s.startswith("kommunfullmäktige fastställde budget") for s in summaries)


def test_a_sentence_that_is_no_list_of_decisions_gives_none() -> None:
    facts = facts_of("Nya cykelbanor och ett bad är några av de önskemål som invånarna har.\n")
    assert decisions(facts) == {}


# --- backing, bifalla ---------------------------------------------------------------------


def test_backing_what_is_no_steering_document_is_a_decision() -> None:
    facts = facts_of(
        "Vid tisdagens möte ställde sig kommunstyrelsen bakom ett gemensamt underlag om "
        "länets prioriterade frågor inför EU-arbetet.\n"
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {KS}
    assert decision.date == "2024-06-18"


def test_backing_a_steering_document_named_before_is_its_adoption() -> None:
    facts = facts_of(
        "Ett tryggare län. Det är målet med den nya trygghetsstrategin som kommunstyrelsen "
        "på tisdagen ställde sig bakom.\n"
    )
    (doc,) = list(documents(facts).values())
    assert links(facts, LinkType.ADOPTED, KS, doc.id)
    assert decisions(facts) == {}


def test_bifalla_a_plan_is_its_adoption() -> None:
    facts = facts_of(
        "Kommunfullmäktige beslutade den 10 juni 2024 att bifalla en ny strategisk plan för "
        "2025-2027.\n"
    )
    (doc,) = list(documents(facts).values())
    (adopted,) = links(facts, LinkType.ADOPTED, KF, doc.id)
    assert adopted.date == "2024-06-10"
    assert decisions(facts) == {}


# --- a last line cut off ------------------------------------------------------------------


def test_a_long_last_line_without_a_full_stop_is_still_a_decision() -> None:
    facts = facts_of(
        "Medborgarförslag\n\nBadplats vid sjön\n"
        "Beslut från Tekniska nämnden: Att ge förvaltningschefen i uppdrag att utreda "
        "förslaget.\n\nBänkar i parken\n"
        "Beslut från Tekniska nämnden: Att ge förvaltningschefen i uppdrag att utreda "
        "förslaget inom ramen för parkplanen och redovisa det till nämnden i höst"
    )
    found = decisions(facts)
    assert len(found) == 2
    assert all(s.startswith("Att ge förvaltningschefen") for s in found)  # label cut
    assert any(s.endswith("redovisa det till nämnden i höst") for s in found)

"""Decisions stated twice, contentless or procedural decisions, meetings named by their
decisions, and adoptions of a one-word document: each mechanism on short fictional
texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from tests.ingest.helpers import decided_by, decisions, facts_at, links

MORA = "Organization:kommun:2062"
KF = f"{MORA}:kommunfullmaktige"
SITE = "https://www.mora.se/nyheter/beslut"
GOVERNMENT = "Organization:nationell:regeringen"
GOV_SITE = "https://www.regeringen.se/pressmeddelanden/2024/03/rad/"


def facts_of(text: str, uri: str = SITE, published: str | None = "2024-03-05") -> SourceFacts:
    return facts_at(text, uri, published)


def test_a_lead_restated_by_a_bullet_list_is_one_decision_each_dated_by_the_lead() -> None:
    facts = facts_of(
        "Nytt råd för läsfrämjande\n\n"
        "Den 5 mars har regeringen beslutat att inrätta ett råd och att ge Skolverket "
        "ett uppdrag.\n\n"
        "Regeringen beslutade att:\n\n"
        "  • inrätta ett råd för läsfrämjande med företrädare för skolan.\n"
        "  • ge Skolverket i uppdrag att kartlägga elevers läsförmåga i årskurs fem.\n",
        uri=GOV_SITE,
    )
    found = decisions(facts)
    assert len(found) == 2, sorted(found)
    for decision in found.values():
        assert decision.date == "2024-03-05"
        assert decided_by(facts, decision) == {GOVERNMENT}  # not Skolverket, the receiver
    assert any("kartlägga" in d.summary for d in found.values())


def test_every_bullet_under_beslutade_att_is_a_decision_with_its_verb_or_not() -> None:
    # Measured in the twenty-first session: on real decision lists the bullets under
    # "beslutade att:" are the decided acts ("Projektet får inte starta förrän ...").
    facts = facts_of(
        "Kommunfullmäktige beslutade att:\n\n"
        "  • godkänna rapporten om lokalbehov i skolorna.\n"
        "  • skicka rapporten vidare till budgetberedningen.\n"
    )
    summaries = [d.summary for d in decisions(facts).values()]
    assert any(s.lower().startswith("skicka") for s in summaries), summaries


def test_deciding_as_proposed_states_no_decision_of_its_own() -> None:
    facts = facts_of("Kommunfullmäktige beslutade enligt kommunstyrelsens förslag.")
    assert decisions(facts) == {}


def test_someones_mandate_in_the_genitive_is_no_task_given() -> None:
    facts = facts_of(
        "I Skolverkets uppdrag ingick bland annat att följa upp läsförmågan i skolan.",
        uri=GOV_SITE,
    )
    assert decisions(facts) == {}


def test_the_older_s_passive_of_minutes_states_a_decision_dated_by_the_header() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2023-11-20\n\n"
        "KF § 12\n\nGodkännande av föredragningen Kommunfullmäktiges beslut "
        "Ärendelistan godkännes.\n",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2023-11-20"
    assert decided_by(facts, decision) == {KF}


def test_what_councillors_support_in_the_debate_is_no_decision() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2023-11-20\n\n"
        "Kommunfullmäktiges överläggningar:\n\n"
        "Under överläggningarna tillstyrker Eva Berg (c) och Olle Ek (s) kommunstyrelsens "
        "förslag.\n",
        published=None,
    )
    assert decisions(facts) == {}


def test_decisions_taken_at_a_meeting_on_a_weekday_take_that_day() -> None:
    facts = facts_of(
        "Flera beslut togs\n\n"
        "Nya lokaler och en ny taxa var några av de beslut som togs vid kommunfullmäktige "
        "under måndagen.\n\n"
        "Kommunfullmäktige fastställde en ny taxa för bygglov i kommunen.",
    )
    found = list(decisions(facts).values())
    # The lead's items are decisions of their own ("Nya lokaler"); the taxa it restates
    # in full is one decision, and every one was taken on the Monday before the page's
    # Tuesday.
    taxa = [d for d in found if "taxa för bygglov" in d.summary]
    assert len(taxa) == 1
    assert {d.date for d in found} == {"2024-03-04"}


def test_a_one_word_document_adopted_under_its_heading_gets_its_date() -> None:
    facts = facts_of(
        "Landsbygdsprogram\n\nKommunfullmäktige antog landsbygdsprogram 2022-09-26.\n\n"
        "Landsbygdsprogrammet beskriver hur kommunen stöttar byarna.",
        published=None,
    )
    (doc,) = [n for n in facts.nodes if isinstance(n, Document)]
    (adopted,) = links(facts, LinkType.ADOPTED, KF, doc.id)
    assert adopted.date == "2022-09-26"
    assert doc.adopted_on == "2022-09-26"

"""Goals, IMPLEMENTS links and decisions in the wordings unseen pages use (issue 9),
on invented texts."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document, Goal
from tests.ingest.helpers import decided_by, decisions, facts_at, links

SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str) -> SourceFacts:
    return facts_at(text, SITE, "2025-03-01")


def _document(facts: SourceFacts, word: str) -> str:
    return next(n.id for n in facts.nodes if isinstance(n, Document) and word in n.title.lower())


def _goals(facts: SourceFacts) -> dict[str, str]:
    owner = {k.to_id: k.from_id for k in facts.links if k.type is LinkType.HAS_GOAL}
    return {n.text: owner.get(n.id, "") for n in facts.nodes if isinstance(n, Goal)}


def _implements(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.IMPLEMENTS)}


def test_a_fronted_purpose_clause_names_what_the_new_document_implements() -> None:
    facts = _facts(
        "För att konkretisera visionen i Ale kommuns översiktsplan 2030 antogs i maj "
        'handlingsplanen "Grönare Ale 2025-2027".'
    )
    pair = (_document(facts, "grönare ale"), _document(facts, "översiktsplan"))
    assert _implements(facts) == {pair}


def test_a_purpose_clause_of_no_document_links_nothing() -> None:
    facts = _facts(
        "För att konkretisera arbetet anställer Ale kommun två samordnare. "
        "Ale kommuns översiktsplan 2030 gäller fortfarande."
    )
    assert _implements(facts) == set()


def test_a_plan_drawn_up_within_the_frame_of_another_implements_it() -> None:
    facts = _facts(
        "Ale kommun antog 2021 en folkhälsoplan 2021-2025. Inom ramen för folkhälsoplan "
        "2021-2025 har en handlingsplan för trygga parker tagits fram."
    )
    pair = (_document(facts, "trygga parker"), _document(facts, "folkhälsoplan"))
    assert pair in _implements(facts)


def test_within_the_frame_without_a_document_drawn_up_links_nothing() -> None:
    facts = _facts(
        "Ale kommun antog 2021 en folkhälsoplan 2021-2025. Inom ramen för folkhälsoplan "
        "2021-2025 ska handlingsplanen för trygga parker följas upp varje år."
    )
    assert _implements(facts) == set()


def test_one_of_the_goals_of_a_document_the_sentence_names() -> None:
    facts = _facts(
        'I Ale kommuns översiktsplan "Ale 2040" är ett av de övergripande målen att alla '
        "invånare har nära till grönområden."
    )
    assert _goals(facts) == {
        "alla invånare har nära till grönområden": _document(facts, "ale 2040")
    }


def test_a_goal_named_as_one_of_the_goals_in_a_document() -> None:
    facts = _facts(
        "Ingen ska skadas i trafiken i Ale, är ett av målen i Ale kommuns trafikstrategi 2024-2030."
    )
    assert _goals(facts) == {
        "Ingen ska skadas i trafiken i Ale": _document(facts, "trafikstrategi")
    }


def test_a_question_referred_on_is_a_decision() -> None:
    facts = _facts(
        "Kommunfullmäktige i Ale sammanträdde den 12 februari 2025.\n\n"
        "Fullmäktige skickade även vidare frågan till tekniska nämnden om fler laddplatser "
        "vid kommunens förskolor."
    )
    found = [d for s, d in decisions(facts).items() if "skickade även vidare frågan" in s]
    assert len(found) == 1
    assert decided_by(facts, found[0]) == {"Organization:kommun:1440:kommunfullmaktige"}


def test_questions_answered_are_still_no_decisions() -> None:
    facts = _facts("Frågan om nya cykelbanor besvarades av tekniska nämndens ordförande.")
    assert decisions(facts) == {}


def test_the_proposal_referred_to_takes_its_object_from_the_sentence_before() -> None:
    facts = _facts(
        "Kommunstyrelsen i Ale sammanträdde den 4 mars 2025. Majoriteten presenterade sitt "
        "förslag på investeringsbudget för 2026.\n\nKommunstyrelsen tillstyrkte förslaget "
        "och skickade det vidare till kommunfullmäktige."
    )
    summaries = [s for s in decisions(facts) if "tillstyrkte" in s]
    assert summaries == [
        "Kommunstyrelsen tillstyrkte förslaget på investeringsbudget för 2026 och skickade "
        "det vidare till kommunfullmäktige."
    ]


def test_a_short_decision_concerns_the_document_its_heading_names() -> None:
    facts = _facts(
        "Kommunstyrelsen i korthet 2025-03-04\n\n"
        "Remissvar - Förslag till regional trafikplan för Västra Götaland 2026-2030\n\n"
        "Västra Götalandsregionen har skickat en regional trafikplan 2026-2030 på remiss. "
        "Kommunstyrelsen beslutade att godkänna yttrandet.\n"
    )
    concerns = {(k.from_id, k.to_id) for k in links(facts, LinkType.CONCERNS)}
    summaries = {s: d for s, d in decisions(facts).items() if "yttrandet" in s}
    assert len(summaries) == 1
    decision = next(iter(summaries.values()))
    assert (decision.id, _document(facts, "trafikplan")) in concerns

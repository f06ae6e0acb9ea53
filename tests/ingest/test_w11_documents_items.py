"""Documents, goals and makers on invented texts (issue 9, real11 classes).

A goal stated in another item of a decision list is not the page document's, and a
one-letter typo of a long compound names the same document. Every sentence here is made up.
"""

from __future__ import annotations

import dataclasses

from graph.edges import SourceFacts
from graph.nodes import Document, DocumentKind, Goal
from ingest.pipeline import extract
from ingest.rules.document_coref import same_document
from ingest.rules.document_words import BARE_NOUNS
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _goals(facts: SourceFacts) -> set[str]:
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def _titles(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.title for n in facts.nodes if isinstance(n, Document)}


_DECISION_LIST = (
    "Kommunstyrelsen i korthet\n\n"
    "Här är några ärenden från kommunstyrelsens möte den 3 mars 2025.\n\n"
    "Handlingsplan för ett tryggare Ale\n"
    "Kommunstyrelsen har antagit en handlingsplan för trygghet i Ale kommun 2025-2027. "
    "Planen beskriver hur arbetet ska bedrivas.\n\n"
    "Ny lekplats vid sjön\n"
    "Kommunstyrelsen har beslutat att bygga en ny lekplats vid badplatsen. "
    "Målet är en lekplats som alla barn kan använda.\n"
)


def test_a_goal_in_another_item_of_a_decision_list_is_not_the_plans() -> None:
    facts = _facts(_DECISION_LIST)
    assert any("Handlingsplan" in t or "handlingsplan" in t for t in _titles(facts).values())
    assert "en lekplats som alla barn kan använda" not in _goals(facts)


def test_a_goal_in_the_plans_own_item_is_still_the_plans() -> None:
    facts = _facts(
        _DECISION_LIST.replace(
            "Planen beskriver", "Målet är att fler ska känna sig trygga. Planen beskriver"
        )
    )
    assert "fler ska känna sig trygga" in _goals(facts)


@dataclasses.dataclass
class _Mention:
    kind: DocumentKind
    word: str
    period: tuple[int, int] | None = None
    topic: str | None = None
    predecessor: bool = False


def test_a_misspelt_compound_is_the_same_document() -> None:
    right = _Mention(DocumentKind.PROGRAMME, "kulturmiljöprogrammet")
    typo = _Mention(DocumentKind.PROGRAMME, "kulturmiljöpogrammet")
    assert same_document(right, typo, BARE_NOUNS)


def test_compounds_apart_by_more_than_a_typo_are_two_documents() -> None:
    andt = _Mention(DocumentKind.STRATEGY, "andt-strategin")
    andts = _Mention(DocumentKind.STRATEGY, "andts-strategin")
    assert not same_document(andt, andts, BARE_NOUNS)
    culture = _Mention(DocumentKind.PROGRAMME, "kulturmiljöprogrammet")
    nature = _Mention(DocumentKind.PROGRAMME, "naturmiljöprogrammet")
    assert not same_document(culture, nature, BARE_NOUNS)

"""A document noun misspelt once is the page's usual spelling of it
(ingest.rules.document_spelling), on invented pages and in isolation."""

from __future__ import annotations

from graph.nodes import DocumentKind
from ingest.rules.document_spelling import one_edit

from .helpers import documents, facts_at

PAGE = "https://www.norrbotten.se/folkhalsa/handlingsplan"


def _documents(text: str) -> list[tuple[str, DocumentKind]]:
    facts = facts_at(text, PAGE, None)
    return sorted((d.title, d.kind) for d in documents(facts).values())


def testone_edit_apart() -> None:
    assert one_edit("livsmedelssstrategi", "livsmedelsstrategi")  # a letter added
    assert one_edit("livsmedesstrategi", "livsmedelsstrategi")  # a letter dropped
    assert one_edit("kulturplen", "kulturplan")  # a letter changed
    assert one_edit("kluturplan", "kulturplan")  # two letters swapped
    assert not one_edit("kulturplan", "kulturplan")
    assert not one_edit("klimatstrategi", "kulturstrategi")


def test_a_rare_misspelling_is_the_usual_document() -> None:
    text = (
        "Folkhälsa\n\nRegion Norrbotten har tagit fram en regional handlingsplan för folkhälsa. "
        "Handlingsplanen gäller 2018-2022. I handslingsplanen finns 118 åtgärder. "
        "Handlingsplanen följs upp varje år.\n"
    )
    expected = ("Regional handlingsplan för folkhälsa 2018-2022", DocumentKind.ACTION_PLAN)
    assert _documents(text) == [expected]


def test_two_spellings_written_as_often_stay_apart() -> None:
    text = (
        "Näringsliv\n\nKommunen har en näringslivstrategi för handeln och en "
        "näringslivsstrategi för besöksnäringen.\n"
    )
    assert len(_documents(text)) == 2

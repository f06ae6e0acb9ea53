"""A decision that names a document of the page only by its compound CONCERNS it
(ingest.rules.concerns_named), on invented pages."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links

PAGE = "https://www.vanersborg.se/bygga-bo/vatten/blaplan"
BLAPLAN = "Document:municipal:plan:kommun:1487:blaplan"


def _concerned(text: str) -> list[tuple[str, str]]:
    facts = facts_at(text, PAGE, None)
    return [(x.evidence.rule, x.to_id) for x in links(facts, LinkType.CONCERNS)]


def test_a_task_naming_the_page_document_by_its_compound_concerns_it() -> None:
    text = (
        "Blåplan\n\nBlåplanen beskriver hur kommunen tar hand om sjöar och vattendrag. "
        "Den 6 februari 2013 gav kommunstyrelsen berörda förvaltningar i uppdrag att "
        "upprätta en Blåplan.\n"
    )
    # (since the sixtieth session the task's "en Blåplan" is itself a mention of the titled
    # document, so the decision rule links it before concerns.named_noun is asked)
    assert [target for _, target in _concerned(text)] == [BLAPLAN]


def test_a_compound_with_an_adjective_the_title_lacks_names_another_document() -> None:
    text = (
        "Översiktsplan\n\nÖversiktsplanen visar hur mark och vatten ska användas. "
        "Den 6 februari 2013 gav kommunstyrelsen förvaltningen i uppdrag att upprätta en ny "
        "fördjupad översiktsplan för staden.\n"
    )
    assert _concerned(text) == []

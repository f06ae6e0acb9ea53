"""Wordings met on real pages in the forty-sixth session, each written anew (invented
names): every test fails on the code before the session."""

from __future__ import annotations

from graph.nodes import Document

from .helpers import facts_at


def test_a_document_named_on_a_county_is_the_countys_whoever_revises_it() -> None:
    # An association with no level of its own revising "Hallandsstrategin": the
    # name places the document in the county, not in the reviser's (missing) scope.
    text = "Föreningen Provhus ska under året se över Hallandsstrategin."
    facts = facts_at(text, "https://www.provforbundet.se/nyheter/strategi.html", "2017-03-30")
    ids = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert "Document:regional:strategy:lan:13:hallandsstrategin" in ids, ids

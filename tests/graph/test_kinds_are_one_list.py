"""DocumentKind, OrganizationKind and LinkType are one list each: everything that
enumerates them (the Cypher upsert, the extraction rules, the model docs) is
checked against the enums here, so adding a value cannot leave one behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.edges import LinkType
from graph.nodes import DocumentKind, OrganizationKind
from ingest.extract_documents import NOUNS, kind_of

ROOT = Path(__file__).resolve().parents[2]
MODEL_DOC = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("link_type", list(LinkType))
def test_the_cypher_upsert_has_a_branch_for_every_link_type(link_type: LinkType) -> None:
    cypher = (ROOT / "queries" / "upsert_links.cypher").read_text(encoding="utf-8")
    assert re.search(rf"'{link_type.value}'", cypher), f"no branch for {link_type}"
    assert re.search(rf":{link_type.value}\b", cypher), f"no static :{link_type} in the upsert"


@pytest.mark.parametrize(
    "value", [*LinkType, *DocumentKind, *OrganizationKind], ids=lambda v: str(v.value)
)
def test_the_model_docs_name_every_value(value: LinkType | DocumentKind | OrganizationKind) -> None:
    assert f"`{value.value}`" in MODEL_DOC


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_kind_has_a_head_noun(kind: DocumentKind) -> None:
    assert any(kind_of(noun) is kind for noun in (*NOUNS, "åtgärdsplan"))

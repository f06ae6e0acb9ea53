"""DocumentKind, OrganizationKind and LinkType are one list each: everything that
enumerates them (the Cypher upsert, the extraction rules, the model docs) is
checked against the enums here, so adding a value cannot leave one behind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.edges import LinkType
from graph.neo4j_store import LINK_TYPES
from graph.neo4j_write import typed_links_query
from graph.nodes import DocumentKind, OrganizationKind
from ingest.rules.extract_documents import NOUNS, kind_of
from queries import expand, load, statements

ROOT = Path(__file__).resolve().parents[2]
MODEL_DOC = (ROOT / "docs" / "model.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("link_type", list(LinkType))
def test_the_cypher_upsert_merges_every_link_type_statically(link_type: LinkType) -> None:
    cypher = typed_links_query(link_type)
    assert re.search(rf"MERGE \(a\)-\[r:{link_type.value} \{{key: row.key\}}\]->\(b\)", cypher)


@pytest.mark.parametrize("link_type", list(LinkType))
def test_every_link_type_is_indexed_deleted_and_counted(link_type: LinkType) -> None:
    schema = "\n".join(statements("schema", "cypher", LINK_TYPES))
    assert f"link_source_{link_type.value.lower()} " in schema
    assert re.search(rf"search_quotes[^;]*\|{link_type.value}\b", schema)
    delete = expand(load("delete_source_facts", "cypher"), LINK_TYPES)
    assert f"[r:{link_type.value} {{source_id: $source_id}}]" in delete
    count = expand(load("count_links", "cypher"), LINK_TYPES)
    assert f"RETURN '{link_type.value}' AS type" in count


def test_no_query_file_lists_the_link_types_by_hand() -> None:
    # Adding a LinkType must not need an edit here: lists of every type are //@each type
    # blocks. A query may name the few types its meaning needs (documents.cypher, 8).
    for path in (ROOT / "queries").glob("*.cypher"):
        text = path.read_text(encoding="utf-8")
        named = {t.value for t in LinkType if re.search(rf"\b{t.value}\b", text)}
        assert len(named) < len(LinkType) * 2 // 3, f"{path.name} lists {sorted(named)}"


def test_each_type_blocks_repeat_and_join() -> None:
    text = "A\n//@each type joined by OR\nx {TYPE} {type}\n//@end\nB [{TYPES}]\n"
    assert expand(text, ["P", "Q"]) == "A\nx P p\nOR\nx Q q\nB [P|Q]\n"


@pytest.mark.parametrize(
    "value", [*LinkType, *DocumentKind, *OrganizationKind], ids=lambda v: str(v.value)
)
def test_the_model_docs_name_every_value(value: LinkType | DocumentKind | OrganizationKind) -> None:
    assert f"`{value.value}`" in MODEL_DOC


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_document_kind_has_a_head_noun(kind: DocumentKind) -> None:
    assert any(kind_of(noun) is kind for noun in (*NOUNS, "åtgärdsplan"))

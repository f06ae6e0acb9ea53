"""The published schema.graphql is the schema the code serves."""

from __future__ import annotations

from schema.api import schema
from tests.helpers import ROOT


def test_schema_graphql_matches_the_code() -> None:
    published = (ROOT / "schema.graphql").read_text(encoding="utf-8")
    assert published == schema.as_str() + "\n", (
        "schema.graphql is out of date: run `stratgraph schema > schema.graphql`"
    )

"""The block reader the doc test relies on: fences, languages, lines and markers."""

from __future__ import annotations

from pathlib import Path

from tests.docs.blocks import blocks_of


def test_blocks_keep_their_language_line_and_marker(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text(
        "Intro\n\n```bash\n.venv/bin/stratgraph stats\n```\n\n"
        "<!-- not run: starts a Neo4j server -->\n\n```bash\nstratgraph neo4j start\n```\n"
        '```graphql\nquery { node(id: "x") { id } }\n```\n',
        encoding="utf-8",
    )
    found = [(b.line, b.lang, b.text, b.not_run) for b in blocks_of(doc)]
    assert found == [
        (3, "bash", ".venv/bin/stratgraph stats\n", None),
        (9, "bash", "stratgraph neo4j start\n", "starts a Neo4j server"),
        (12, "graphql", 'query { node(id: "x") { id } }\n', None),
    ]

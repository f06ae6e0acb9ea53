"""Hand-written SQL for the benchmark's answers, on the embedded store's tables.

The floor stratgraph is compared with: the fewest statements a developer would write
for the same answer (same nodes, links, quotes, rows), straight on sqlite3, one
connection per thread. Answers are counted as bench.national_ops counts the API's.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench import national_ops as ops
from bench.national_scoring import StemmedQuote, best_by_stems
from graph.ids import make_id
from graph.text_match import fts5_expression, query_stems
from schema.reference import municipalities_of

LINEAGE_NODES = """
WITH RECURSIVE walk (id, depth) AS (
    SELECT :root, 0
    UNION
    SELECT l.to_id, w.depth + 1 FROM walk w JOIN links l ON l.from_id = w.id
    WHERE w.depth < :max_depth
    UNION
    SELECT l.from_id, w.depth + 1 FROM walk w JOIN links l ON l.to_id = w.id
    WHERE w.depth < :max_depth
),
least AS (SELECT id, MIN(depth) AS depth FROM walk GROUP BY id)
SELECT n.id, n.label, n.props, k.depth, (SELECT count(*) FROM least) AS reached
FROM (SELECT id, depth FROM least ORDER BY depth, id LIMIT :max_nodes) k
JOIN nodes n ON n.id = k.id
ORDER BY k.depth, k.id
"""

# The links the walk stepped along among the kept nodes, each with its first quotes.
LINEAGE_LINKS = """
WITH kept AS MATERIALIZED (
    SELECT value ->> '$[0]' AS id, value ->> '$[1]' AS depth FROM json_each(:kept)
),
found AS (
    SELECT l.*, row_number() OVER (
        PARTITION BY l.from_id, l.type, l.to_id ORDER BY l.source_id, l.start, l."end", l.rule
    ) AS nth
    FROM links l JOIN kept a ON a.id = l.from_id JOIN kept b ON b.id = l.to_id
    WHERE min(a.depth, b.depth) < :max_depth
)
SELECT f.type, f.from_id, f.to_id, f.date, f.quote, f.page, f.rule, f.confidence, f.nth,
       s.props ->> '$.uri' AS uri, s.props ->> '$.published_on' AS published_on
FROM found f JOIN nodes s ON s.id = f.source_id
WHERE f.nth <= :evidence
ORDER BY f.from_id, f.type, f.to_id, f.nth
"""

DOCUMENTS = """
SELECT (SELECT count(*) FROM documents WHERE county_code = :county) AS total, n.id, n.props
FROM documents d JOIN nodes n ON n.id = d.id
WHERE d.county_code = :county
ORDER BY d.sort_title, d.id
LIMIT :first
"""

# The chain up (first IMPLEMENTS by id), then the activities, the bodies responsible for
# each, and the people in each body; one row per step.
CHAIN = """
WITH RECURSIVE up (id, n) AS (
    SELECT :id, 0
    UNION ALL
    SELECT (SELECT min(l.to_id) FROM links l WHERE l.from_id = up.id AND l.type = 'IMPLEMENTS'),
           n + 1
    FROM up WHERE up.id IS NOT NULL AND n < 10
),
acts AS (SELECT DISTINCT to_id AS id FROM links WHERE from_id = :id AND type = 'HAS_ACTIVITY'),
bodies AS (
    SELECT DISTINCT a.id AS activity, l.from_id AS id
    FROM acts a JOIN links l ON l.to_id = a.id AND l.type = 'RESPONSIBLE_FOR'
),
people AS (
    SELECT DISTINCT b.activity, b.id AS body, l.from_id AS id
    FROM bodies b JOIN links l ON l.to_id = b.id AND l.type = 'HOLDS_ROLE'
),
steps (id, parent, sort) AS (
    SELECT id, NULL, printf('0 %03d', -n) FROM up WHERE id IS NOT NULL
    UNION ALL SELECT id, :id, '1 ' || id FROM acts
    UNION ALL SELECT id, activity, '1 ' || activity || ' ' || id FROM bodies
    UNION ALL SELECT id, body, '1 ' || activity || ' ' || body || ' ' || id FROM people
)
SELECT s.id, s.parent, n.label, n.props FROM steps s JOIN nodes n ON n.id = s.id ORDER BY s.sort
"""

# Per municipality: its node, the documents it or its committees adopted, issued or
# decided about, and the documents it signed with the earliest date.
COVERAGE = """
WITH munis AS MATERIALIZED (SELECT value AS id FROM json_each(:ids)),
owners AS MATERIALIZED (
    SELECT id AS muni, id FROM munis
    UNION SELECT m.id, l.from_id FROM munis m JOIN links l ON l.to_id = m.id AND l.type = 'PART_OF'
),
owned AS (
    SELECT o.muni, l.to_id AS id FROM owners o JOIN links l ON l.from_id = o.id
    WHERE l.type IN ('ADOPTED', 'ISSUED')
    UNION
    SELECT o.muni, c.to_id FROM owners o
    JOIN links d ON d.from_id = o.id AND d.type = 'DECIDED'
    JOIN links c ON c.from_id = d.to_id AND c.type = 'CONCERNS'
),
signed AS (
    SELECT m.id AS muni, l.to_id AS id, min(l.date) AS date
    FROM munis m JOIN links l ON l.from_id = m.id AND l.type = 'SIGNED' GROUP BY m.id, l.to_id
)
SELECT 'municipality' AS part, m.id AS muni, n.id, n.props, NULL AS date
FROM munis m JOIN nodes n ON n.id = m.id
UNION ALL
SELECT 'document', o.muni, n.id, n.props, NULL FROM owned o JOIN nodes n ON n.id = o.id
WHERE n.label = 'Document'
UNION ALL
SELECT 'signed', s.muni, n.id, n.props, s.date FROM signed s JOIN nodes n ON n.id = s.id
"""

# Candidates from the index, with the stems the store keeps of their names ("n:" rows)
# and of every quote that cites them ("m:" mentions, "l:" link ends): nothing is
# stemmed again at query time.
SEARCH = """
WITH cand AS MATERIALIZED (
    SELECT DISTINCT s.node_id AS id FROM search_text f JOIN search_rows s ON s.row = f.rowid
    WHERE search_text MATCH :match
)
SELECT r.node_id, r.key, r.stems
FROM cand c JOIN nodes n ON n.id = c.id JOIN search_rows r ON r.node_id = c.id
WHERE n.label <> 'Source'
"""

# The chosen quotes' text and source: mentions and links by key.
QUOTES = """
SELECT m.quote, s.props ->> '$.uri' AS uri
FROM mentions m JOIN nodes s ON s.id = m.source_id
WHERE m.key IN (SELECT value FROM json_each(:mentions))
UNION ALL
SELECT l.quote, s.props ->> '$.uri' AS uri
FROM links l JOIN nodes s ON s.id = l.source_id
WHERE l.key IN (SELECT value FROM json_each(:links))
"""


class RawSql:
    """The benchmark's answers in SQL; one read connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()

    def _rows(self, sql: str, **params: Any) -> list[sqlite3.Row]:
        return self._conn().execute(sql, params).fetchall()

    def run(self, key: str, variables: dict[str, Any]) -> str:
        if key.startswith("lineage"):
            return self.lineage(variables["id"], variables["maxDepth"])
        answer: str = getattr(self, key)(variables)
        return answer

    def lineage(self, root: str, depth: int) -> str:
        nodes = self._rows(LINEAGE_NODES, root=root, max_depth=depth, max_nodes=ops.MAX_NODES)
        _decode(nodes)
        kept = json.dumps([[r["id"], r["depth"]] for r in nodes])
        rows = self._rows(LINEAGE_LINKS, kept=kept, max_depth=depth, evidence=ops.EVIDENCE_PER_LINK)
        links = {(r["from_id"], r["type"], r["to_id"]) for r in rows}
        return ops.lineage_size(len(nodes), len(links), len(rows))

    def chain(self, variables: dict[str, Any]) -> str:
        return ops.chain_size(len(_decode(self._rows(CHAIN, id=variables["id"]))))

    def documents(self, variables: dict[str, Any]) -> str:
        rows = self._rows(DOCUMENTS, county=variables["county"], first=variables["first"])
        _decode(rows)
        total = int(rows[0]["total"]) if rows else 0
        return ops.documents_size(total, len(rows))

    def coverage(self, variables: dict[str, Any]) -> str:
        refs = municipalities_of(variables["countyCode"])
        ids = [make_id("Organization", "kommun", m.code) for m in refs]
        parts: dict[str, int] = defaultdict(int)
        rows = self._rows(COVERAGE, ids=json.dumps(ids))
        for r in rows:
            parts[r["part"]] += 1
        _decode(rows)
        return ops.coverage_size(len(refs), parts["document"], parts["signed"])

    def search(self, variables: dict[str, Any]) -> str:
        query = query_stems(variables["text"])
        names: dict[str, list[str]] = defaultdict(list)
        quotes: dict[str, list[StemmedQuote]] = defaultdict(list)
        for r in self._rows(SEARCH, match=fts5_expression(query, "OR")):
            if r["key"].startswith("n:"):
                names[r["node_id"]] = r["stems"].split()
            else:
                quotes[r["node_id"]].append(StemmedQuote(r["key"], r["stems"].split()))
        hits = best_by_stems(query, names, quotes)
        keys = {q.key for hit in hits for q in hit.quotes}
        self._rows(
            QUOTES,
            mentions=json.dumps(sorted(k[2:] for k in keys if k.startswith("m:"))),
            links=json.dumps(sorted(k[2:] for k in keys if k.startswith("l:"))),
        )
        return ops.search_size(len(hits), sum(len(hit.quotes) for hit in hits))


def _decode(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """The rows' node properties, decoded as the API would decode them."""
    return [json.loads(r["props"]) for r in rows]

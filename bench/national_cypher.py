"""Hand-written Cypher for the benchmark's answers, on the Neo4j store's graph.

The floor stratgraph is compared with on Neo4j: one query per answer where Cypher can
say it, through the Python driver (one driver, its pool shared by the threads).
Answers are counted as bench.national_ops counts the API's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, LiteralString

import neo4j

from bench import national_ops as ops
from bench.national_scoring import FIRST
from graph.edges import LinkType
from graph.ids import make_id
from graph.text_match import query_stems
from schema.reference import municipalities_of

LINK_TYPES = "|".join(t.value for t in LinkType)

# The walk keeps each node's least depth (a breadth-first expand), the nearest
# max_nodes nodes, and the links among them from an end the walk left from, each with
# its first quotes and their sources.
LINEAGE: LiteralString = """
MATCH (root:Entity {id: $id})
OPTIONAL MATCH p = (root)-[:%(types)s*1..%(depth)d]-(m:Entity)
WHERE m <> root
WITH root, m, min(length(p)) AS depth
ORDER BY depth, m.id
WITH root, collect({n: m, depth: depth})[..$max_nodes - 1] AS found
WITH [{n: root, depth: 0}] + [f IN found WHERE f.n IS NOT NULL] AS kept
WITH kept, [k IN kept | k.n] AS nodes
CALL (kept, nodes) {
  UNWIND kept AS k
  WITH k.n AS a, nodes WHERE k.depth < %(depth)d
  MATCH (a)-[r:%(types)s]-(b)
  WHERE b IN nodes
  WITH DISTINCT r
  WITH startNode(r) AS a, type(r) AS type, endNode(r) AS b, r
  ORDER BY r.source_id, r.start, r.end, r.rule
  WITH a, type, b, collect(r)[..$evidence] AS quotes
  UNWIND quotes AS q
  MATCH (s:Source {id: q.source_id})
  WITH a, type, b, collect({quote: q.quote, page: q.page, rule: q.rule,
                            confidence: q.confidence, date: q.date, uri: s.uri,
                            published_on: s.published_on}) AS evidence
  RETURN collect({from: a.id, type: type, to: b.id, evidence: evidence}) AS links
}
RETURN [k IN kept | {props: properties(k.n), labels: labels(k.n), depth: k.depth}] AS nodes,
       links
"""

DOCUMENTS: LiteralString = """
MATCH (d:Document {county_code: $county})
WITH d ORDER BY d.sort_title, d.id
WITH collect(d) AS found
RETURN size(found) AS total,
       [d IN found[..$first] | d {.id, .title, .kind, .level, .period_start, .period_end,
                                  .adopted_on}] AS page
"""

CHAIN: LiteralString = """
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH p = (d)-[:IMPLEMENTS*0..10]->(top:Document)
  RETURN [n IN nodes(p) | n {.id, .title}] AS chain ORDER BY length(p) DESC LIMIT 1
}
CALL (d) {
  MATCH (d)-[:HAS_ACTIVITY]->(a:Activity)
  WITH DISTINCT a ORDER BY a.id
  CALL (a) {
    MATCH (b:Entity)-[:RESPONSIBLE_FOR]->(a)
    WITH DISTINCT b ORDER BY b.id
    CALL (b) {
      MATCH (p:Person)-[:HOLDS_ROLE]->(b)
      WITH DISTINCT p ORDER BY p.id
      RETURN collect(p {.id, .name}) AS people
    }
    RETURN collect({body: b {.id, .name}, people: people}) AS bodies
  }
  RETURN collect({activity: a {.id, .description}, bodies: bodies}) AS activities
}
RETURN chain, activities
"""

COVERAGE: LiteralString = """
UNWIND $ids AS mid
MATCH (m:Organization {id: mid})
CALL (m) {
  OPTIONAL MATCH (c:Entity)-[:PART_OF]->(m)
  WITH m, collect(DISTINCT c) AS committees
  UNWIND [m] + committees AS owner
  CALL (owner) {
    MATCH (owner)-[:ADOPTED|ISSUED]->(d:Document) RETURN d
    UNION
    MATCH (owner)-[:DECIDED]->(:Decision)-[:CONCERNS]->(d:Document) RETURN d
  }
  WITH DISTINCT d ORDER BY d.adopted_on, d.title
  RETURN collect(d {.id, .kind, .title, .adopted_on}) AS documents
}
CALL (m) {
  OPTIONAL MATCH (m)-[s:SIGNED]->(d:Document)
  WITH d, min(s.date) AS date WHERE d IS NOT NULL
  RETURN collect({date: date, id: d.id, title: d.title}) AS signed
}
RETURN m {.id, .name, .code} AS municipality, documents, signed
"""

# Scored in the store: the peer's Query.search runs the same file.
SEARCH: LiteralString = (Path(__file__).parent / "peer" / "cypher" / "search.cypher").read_text()


def lineage_query(depth: int) -> LiteralString:
    """LINEAGE for one depth: Cypher takes no length bound as a parameter."""
    if not 1 <= depth <= 10:
        raise ValueError(f"depth {depth}")
    # Only the LinkType enum's names and a checked int go into the text.
    text: LiteralString = LINEAGE % {"types": LINK_TYPES, "depth": depth}
    return text


class RawCypher:
    """The benchmark's answers in Cypher, through one driver."""

    def __init__(self, driver: neo4j.Driver, database: str) -> None:
        self.driver = driver
        self.database = database

    def _rows(self, query: LiteralString, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            query, params, database_=self.database, routing_=neo4j.RoutingControl.READ
        )
        return [r.data() for r in records]

    def run(self, key: str, variables: dict[str, Any]) -> str:
        if key.startswith("lineage"):
            return self.lineage(variables["id"], variables["maxDepth"])
        answer: str = getattr(self, key)(variables)
        return answer

    def lineage(self, root: str, depth: int) -> str:
        (row,) = self._rows(
            lineage_query(depth),
            id=root,
            max_nodes=ops.MAX_NODES,
            evidence=ops.EVIDENCE_PER_LINK,
        )
        links = [x for x in row["links"] if x["from"] is not None]
        quotes = sum(len(x["evidence"]) for x in links)
        return ops.lineage_size(len(row["nodes"]), len(links), quotes)

    def chain(self, variables: dict[str, Any]) -> str:
        (row,) = self._rows(CHAIN, id=variables["id"])
        steps = len(row["chain"])
        for activity in row["activities"]:
            steps += 1 + sum(1 + len(b["people"]) for b in activity["bodies"])
        return ops.chain_size(steps)

    def documents(self, variables: dict[str, Any]) -> str:
        (row,) = self._rows(DOCUMENTS, county=variables["county"], first=variables["first"])
        return ops.documents_size(row["total"], len(row["page"]))

    def coverage(self, variables: dict[str, Any]) -> str:
        refs = municipalities_of(variables["countyCode"])
        ids = [make_id("Organization", "kommun", m.code) for m in refs]
        rows = self._rows(COVERAGE, ids=ids)
        return ops.coverage_size(
            len(refs), sum(len(r["documents"]) for r in rows), sum(len(r["signed"]) for r in rows)
        )

    def search(self, variables: dict[str, Any]) -> str:
        stems = query_stems(variables["text"])
        hits = [r["hit"] for r in self._rows(SEARCH, stems=stems, first=FIRST)]
        return ops.search_size(len(hits), sum(len(h["evidence"]) for h in hits))

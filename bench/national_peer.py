"""The peer: @neo4j/graphql 7 (bench/peer/) on the same Neo4j, and its queries.

Listings, filters, sorting and nested traversals are written in the library's own
dialect; Lineage and Search are @cypher fields of its type definitions (it has no
variable-length walk and no stemmed, scored search). The peer has no Swedish stemmer,
so the benchmark sends it the query's stems. Each relationship there is one source's
statement, so a link stated by several sources comes back several times: answers are
counted by distinct ids, as stratgraph's are.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bench import national_ops as ops
from bench.national_http import Server, answers_graphql, free_port
from graph.text_match import query_stems

PEER_DIR = Path(__file__).parent / "peer"
Json = Mapping[str, Any]

LINEAGE = """
query Lineage($id: ID!, $maxDepth: Int!) {
  lineage(id: $id, maxDepth: $maxDepth) {
    truncated
    nodes {
      id label title kind level period_start period_end adopted_on
      name code party date summary description text
    }
    links { type date from to evidence { quote page rule confidence uri published_on } }
  }
}"""

CHAIN = """
query ResponsibilityChain($id: ID!) {
  documents(where: { id: { eq: $id } }) {
    id title
    implements { id title implements { id title implements { id title } } }
    activities { id description responsible { id name people { id name } } }
  }
}"""

DOCUMENTS = """
query FindDocuments($county: String!, $first: Int!) {
  documentsConnection(
    where: { county_code: { eq: $county } }
    sort: [{ sort_title: ASC }, { id: ASC }]
    first: $first
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id title kind level period_start period_end adopted_on }
    }
  }
}"""

COVERAGE = """
query Coverage($county: String!) {
  organizations(
    where: { kind: { eq: "municipality" }, code: { startsWith: $county } }
    sort: [{ code: ASC }]
  ) {
    id name code
    adopted { id kind title adopted_on }
    issued { id kind title adopted_on }
    committees {
      id
      adopted { id kind title adopted_on }
      issued { id kind title adopted_on }
      decided { concerns { id kind title adopted_on } }
    }
    signedConnection { edges { properties { date } node { id title } } }
  }
}"""

SEARCH = """
query Search($stems: [String!]!) {
  search(stems: $stems, first: 20) { score id label evidence { quote uri } }
}"""


def _lineage(data: Json) -> str:
    found = data["lineage"]
    quotes = sum(len(x["evidence"]) for x in found["links"])
    return ops.lineage_size(len(found["nodes"]), len(found["links"]), quotes)


def _chain(data: Json) -> str:
    (doc,) = data["documents"]
    steps, level = 1, doc
    while level["implements"]:
        level = level["implements"][0]
        steps += 1
    for activity in {a["id"]: a for a in doc["activities"]}.values():
        bodies = {b["id"]: b for b in activity["responsible"]}
        steps += 1 + sum(1 + len({p["id"] for p in b["people"]}) for b in bodies.values())
    return ops.chain_size(steps)


def _documents(data: Json) -> str:
    found = data["documentsConnection"]
    return ops.documents_size(found["totalCount"], len(found["edges"]))


def _coverage(data: Json) -> str:
    documents = signed = 0
    for muni in data["organizations"]:
        owned = {d["id"] for d in muni["adopted"] + muni["issued"]}
        for body in muni["committees"]:
            owned |= {d["id"] for d in body["adopted"] + body["issued"]}
            owned |= {d["id"] for x in body["decided"] for d in x["concerns"]}
        documents += len(owned)
        signed += len({e["node"]["id"] for e in muni["signedConnection"]["edges"]})
    return ops.coverage_size(len(data["organizations"]), documents, signed)


def _search(data: Json) -> str:
    hits = data["search"]
    return ops.search_size(len(hits), sum(len(h["evidence"]) for h in hits))


def peer_body(key: str, variables: Mapping[str, Any]) -> tuple[dict[str, Any], Any]:
    """The peer's request for an operation, and the function that sizes its answer."""
    if key == "floor":
        return {"query": "{ __typename }", "variables": {}}, lambda data: f"{len(data)} field"
    if key.startswith("lineage"):
        wanted = {"id": variables["id"], "maxDepth": variables["maxDepth"]}
        return {"query": LINEAGE, "variables": wanted}, _lineage
    if key == "chain":
        return {"query": CHAIN, "variables": {"id": variables["id"]}}, _chain
    if key == "documents":
        wanted = {"county": variables["county"], "first": variables["first"]}
        return {"query": DOCUMENTS, "variables": wanted}, _documents
    if key == "coverage":
        return {"query": COVERAGE, "variables": {"county": variables["countyCode"]}}, _coverage
    if key == "search":
        stems = query_stems(variables["text"])
        return {"query": SEARCH, "variables": {"stems": stems}}, _search
    raise KeyError(key)


def install() -> str | None:
    """Install the peer's packages from its lockfile if needed; why it cannot run, or None."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node and npm are not on PATH"
    if (PEER_DIR / "node_modules" / "@neo4j" / "graphql").is_dir():
        return None
    try:
        done = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"],
            cwd=PEER_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"npm ci failed: {exc}"
    if done.returncode:
        return f"npm ci failed: {done.stderr.strip()[-300:]}"
    return None


def start(neo4j_env: Mapping[str, str], log: Path) -> Server:
    """The peer on a free port, answering; RuntimeError when it does not start."""
    port = free_port()
    env = {**os.environ, **neo4j_env, "PORT": str(port), "NODE_ENV": "production"}
    server = Server("@neo4j/graphql peer", ["node", "server.mjs"], env, PEER_DIR, port, log)
    server.wait_ready(lambda: answers_graphql(port), timeout=90)
    return server

"""What the national benchmark asks, and how big each answer is.

The operations are the contract's (schema/contract.graphql), read from it, with the
variables below; FindDocuments lists a county (the contract's own form filters by
words). Each answer's size is counted the same way from stratgraph's JSON, the raw
queries' rows and the peer's JSON, so that the table shows all three answered alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from graphql import OperationDefinitionNode, parse, print_ast
from graphql.language import DocumentNode

from bench.national_graph import MEASURED_COUNTY, municipal_document, municipalities_of

Json = Mapping[str, Any]

COUNTY = MEASURED_COUNTY
PAGE = 50  # documents per page of the county listing
LINEAGE_DEPTHS = (2, 4, 6)
MAX_NODES = 500  # the Lineage default (graph.lineage.DEFAULT_MAX_NODES)
EVIDENCE_PER_LINK = 10  # the Link.evidence default (schema.types.DEFAULT_EVIDENCE)
SEARCH_TEXT = "krisberedskap Ånge"


def root_document() -> str:
    """A municipal action plan in the middle of its revision chain, in the measured county."""
    first = municipalities_of(COUNTY)[0]
    return municipal_document(first, 0, 1).id


CONTRACT = Path(__file__).resolve().parents[1] / "schema" / "contract.graphql"


@cache
def contract(name: str) -> str:
    """One operation of the public contract (schema/contract.graphql), as the API runs it."""
    for definition in parse(CONTRACT.read_text(encoding="utf-8")).definitions:
        if not isinstance(definition, OperationDefinitionNode) or definition.name is None:
            continue
        if definition.name.value == name:
            return print_ast(DocumentNode(definitions=(definition,)))
    raise KeyError(name)


# The contract's FindDocuments filters by words; the national listing is by county.
DOCUMENTS = """
query FindDocuments($county: String!, $first: Int = 10, $after: String) {
  documents(filter: { countyCode: $county }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node { id title kind level periodStart periodEnd adoptedOn }
    }
  }
}"""


@dataclass(frozen=True)
class Operation:
    name: str  # as the tables print it
    key: str  # what raw and peer implementations are looked up by
    query: str
    variables: dict[str, Any]
    size: Callable[[Json], str]  # of stratgraph's `data`

    def body(self) -> dict[str, Any]:
        return {"query": self.query, "variables": self.variables}


def lineage_size(nodes: int, links: int, evidence: int) -> str:
    return f"{nodes} nodes, {links} links, {evidence} quotes"


def _lineage(data: Json) -> str:
    found = data["lineage"]
    evidence = sum(len(x["evidence"]) for x in found["links"])
    return lineage_size(len(found["nodes"]), len(found["links"]), evidence)


def chain_size(steps: int) -> str:
    return f"{steps} steps"


def _chain(data: Json) -> str:
    return chain_size(len(data["responsibilityChain"]["steps"]))


def documents_size(total: int, page: int) -> str:
    return f"{page} of {total} documents"


def _documents(data: Json) -> str:
    found = data["documents"]
    return documents_size(found["totalCount"], len(found["edges"]))


def coverage_size(rows: int, documents: int, signed: int) -> str:
    return f"{rows} rows, {documents} documents, {signed} signed"


def _coverage(data: Json) -> str:
    rows = data["coverage"]
    return coverage_size(
        len(rows), sum(len(r["documents"]) for r in rows), sum(len(r["signed"]) for r in rows)
    )


def search_size(hits: int, quotes: int) -> str:
    return f"{hits} hits, {quotes} quotes"


def _search(data: Json) -> str:
    hits = data["search"]
    return search_size(len(hits), sum(len(h["evidence"]) for h in hits))


def _floor(data: Json) -> str:
    return f"{len(data)} field"


def operations() -> list[Operation]:
    root = root_document()
    lineages = [
        Operation(
            f"Lineage depth {d}",
            f"lineage{d}",
            contract("Lineage"),
            {"id": root, "maxDepth": d},
            _lineage,
        )
        for d in LINEAGE_DEPTHS
    ]
    return [
        Operation("HTTP floor: { __typename }", "floor", "{ __typename }", {}, _floor),
        *lineages,
        Operation(
            "ResponsibilityChain", "chain", contract("ResponsibilityChain"), {"id": root}, _chain
        ),
        Operation(
            f"FindDocuments county {COUNTY}, first {PAGE}",
            "documents",
            DOCUMENTS,
            {"county": COUNTY, "first": PAGE},
            _documents,
        ),
        Operation(
            f"Coverage {COUNTY}",
            "coverage",
            contract("Coverage"),
            {"countyCode": COUNTY},
            _coverage,
        ),
        Operation("Search", "search", contract("Search"), {"text": SEARCH_TEXT}, _search),
    ]

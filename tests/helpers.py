"""Helpers shared by the end-to-end tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graphql import parse, print_ast
from graphql.language import DocumentNode, OperationDefinitionNode

from graph.edges import LinkType
from graph.store import GraphStore
from ingest.batch import expand_paths, ingest_paths
from schema.execute import run_operation

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CONTRACT = ROOT / "schema" / "contract.graphql"
STRATEGY_ID = "Document:regional:strategy:lan:22:2018-2021"
PLAN_ID = "Document:regional:action-plan:lan:22:2022-2026"
KRAMFORS_ID = "Organization:kommun:2282"
ALL_LINKS = list(LinkType)  # a walk over every link type
SEED_002 = "002_53e0ffeb4219bfca.txt"


def sample_files() -> list[Path]:
    return expand_paths([SAMPLES])


def ingest_samples(store: GraphStore, files: list[Path] | None = None) -> None:
    results = ingest_paths(store, files if files is not None else sample_files())
    failed = [r.error for r in results if not r.ok]
    assert not failed, failed


def contract_operation(name: str) -> str:
    """One operation of the public contract, on its own."""
    for definition in parse(CONTRACT.read_text(encoding="utf-8")).definitions:
        if not isinstance(definition, OperationDefinitionNode) or definition.name is None:
            continue
        if definition.name.value == name:
            return print_ast(DocumentNode(definitions=(definition,)))
    raise KeyError(name)


def run_contract(store: GraphStore, operation: str, /, **variables: Any) -> dict[str, Any]:
    response = run_operation(store, contract_operation(operation), variables)
    assert "errors" not in response, response["errors"]
    data: dict[str, Any] = response["data"]
    return data

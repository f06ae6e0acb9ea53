"""Running an operation in-process, without a server (the `stratgraph query` command)."""

from __future__ import annotations

import asyncio
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema.exceptions import CannotGetOperationTypeError
from strawberry.types import ExecutionResult

from graph.store import GraphStore
from schema.api import schema as default_schema
from schema.context import make_context
from schema.errors import INVALID_QUERY

__all__ = ["execute_operation", "run_operation"]


async def execute_operation(
    store: GraphStore,
    document: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    schema: strawberry.Schema = default_schema,
) -> dict[str, Any]:
    """The JSON response a GraphQL server would give, on the running event loop."""
    try:
        result: ExecutionResult = await schema.execute(
            document,
            variable_values=variables,
            context_value=make_context(store),
            operation_name=operation_name,
        )
    except CannotGetOperationTypeError:
        message = (
            f"the document has no operation named {operation_name!r}"
            if operation_name
            else "the document has several operations: name one with --operation-name"
        )
        error = GraphQLError(message, extensions={"code": INVALID_QUERY})
        return {"data": None, "errors": [error.formatted]}
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [e.formatted for e in result.errors]
    return response


def run_operation(
    store: GraphStore,
    document: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
    schema: strawberry.Schema = default_schema,
) -> dict[str, Any]:
    """The JSON response a GraphQL server would give: data, and errors if any."""
    responses: list[dict[str, Any]] = []

    async def execute() -> None:
        # Kept here, not returned: when asyncio.run restores the SIGINT handler, Python
        # 3.11's signal module formats the repr of the old one, which holds the main task
        # and so its result; for a lineage's hundred nodes that took over a millisecond.
        responses.append(
            await execute_operation(store, document, variables, operation_name, schema)
        )

    asyncio.run(execute())
    (response,) = responses
    return response

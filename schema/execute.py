"""Running an operation in-process, without a server (the `stratgraph query` command)."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError
from strawberry.schema.exceptions import CannotGetOperationTypeError

from graph.store import GraphStore
from schema.api import schema
from schema.context import make_context


def run_operation(
    store: GraphStore,
    document: str,
    variables: dict[str, Any] | None = None,
    operation_name: str | None = None,
) -> dict[str, Any]:
    """The JSON response a GraphQL server would give: data, and errors if any."""
    try:
        result = schema.execute_sync(
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
        return {"data": None, "errors": [GraphQLError(message).formatted]}
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [e.formatted for e in result.errors]
    return response

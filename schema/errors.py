"""GraphQL errors with codes, and no internals leaked to clients."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension

from graph.lineage import NodeNotFoundError
from graph.store import StoreError
from schema.mutation import IngestDisabledError, IngestUnauthorizedError

log = logging.getLogger("stratgraph.api")

NOT_FOUND = "NOT_FOUND"
BAD_USER_INPUT = "BAD_USER_INPUT"
STORE_UNAVAILABLE = "STORE_UNAVAILABLE"
INVALID_QUERY = "GRAPHQL_VALIDATION_FAILED"
INTERNAL = "INTERNAL_SERVER_ERROR"
FORBIDDEN = "FORBIDDEN"
UNAUTHENTICATED = "UNAUTHENTICATED"


def code_for(error: GraphQLError) -> tuple[str, str]:
    """(code, client message) for an error; unexpected ones are masked."""
    original = error.original_error
    if original is None:
        return INVALID_QUERY, error.message
    if isinstance(original, GraphQLError) or (
        error.path is None and isinstance(original, (ValueError, TypeError))
    ):
        # A variable that does not coerce: an unknown enum value, a malformed date.
        return BAD_USER_INPUT, error.message
    if isinstance(original, IngestDisabledError):
        return FORBIDDEN, error.message
    if isinstance(original, IngestUnauthorizedError):
        return UNAUTHENTICATED, error.message
    if isinstance(original, NodeNotFoundError):
        return NOT_FOUND, error.message
    if isinstance(original, ValueError):
        return BAD_USER_INPUT, error.message
    if isinstance(original, StoreError):
        return STORE_UNAVAILABLE, "the graph store is not available"
    return INTERNAL, "internal error"


class ErrorCodes(SchemaExtension):
    """Puts a code in every error's extensions and masks unexpected errors."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        coded = []
        for error in result.errors:
            code, message = code_for(error)
            if code in (INTERNAL, STORE_UNAVAILABLE):
                log.error("%s in %s", code, error.path, exc_info=error.original_error)
            coded.append(
                GraphQLError(
                    message,
                    nodes=error.nodes,
                    source=error.source,
                    positions=error.positions,
                    path=error.path,
                    extensions={**(error.extensions or {}), "code": code},
                )
            )
        result.errors = coded

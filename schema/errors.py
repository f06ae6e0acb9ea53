"""GraphQL errors with codes, and no internals leaked to clients."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension

from graph.lineage import NodeNotFoundError
from graph.store import StoreError
from graph.user_input import UserInputError
from ingest.limits import INGEST_TIMEOUT, IngestTimeoutError
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
    if isinstance(original, IngestTimeoutError):
        return INGEST_TIMEOUT, error.message
    if isinstance(original, NodeNotFoundError):
        return NOT_FOUND, error.message
    if isinstance(original, UserInputError):
        return BAD_USER_INPUT, error.message
    if isinstance(original, StoreError):
        return STORE_UNAVAILABLE, "the graph store is not available"
    return INTERNAL, "internal error"


def log_error(error: GraphQLError) -> None:
    """Internal and store errors at ERROR with their traceback; the client's own mistakes
    (bad input, unknown ids, refused keys, invalid queries) at INFO, without one."""
    code, _ = code_for(error)
    path = ".".join(str(p) for p in error.path) if error.path else None
    extra = {"code": code, "graphql_path": path}
    if code in (INTERNAL, STORE_UNAVAILABLE):
        log.error("%s: %s", code, error.message, exc_info=error.original_error, extra=extra)
    else:
        log.info("%s: %s", code, error.message, extra=extra)


class ErrorCodes(SchemaExtension):
    """Puts a code in every error's extensions and masks unexpected errors (the schema's
    process_errors, which sees them first, has logged them with log_error)."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        coded = []
        for error in result.errors:
            code, message = code_for(error)
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

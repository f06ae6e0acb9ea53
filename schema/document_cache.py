"""Parsed and validated documents kept across requests.

Clients send the same few operation texts (the contract's) over and over; parsing and
validating them took over half of a request's time. Validation reads only the document,
never the variables, so its errors are kept by the text and the rules; the cost limit,
which reads variables, still runs on every request (before this, see schema/api.py).
Only short texts are kept, and a bounded number of them, so that unique texts cannot
grow memory; a text that fails to parse is never kept (strawberry parses it again and
answers the error as usual).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, parse
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

MAX_ENTRIES = 256
MAX_CACHED_CHARS = 16_384  # the contract's longest operation is under 1,000


class _Lru:
    """A small thread-safe LRU map (threads: `stratgraph query` and tests run sync)."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self._items: OrderedDict[Any, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Any) -> Any:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.maxsize:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class DocumentCache:
    """The parsed documents and validation errors of one schema."""

    def __init__(self, maxsize: int = MAX_ENTRIES) -> None:
        self.parsed = _Lru(maxsize)
        self.validated = _Lru(maxsize)

    def parse(self, query: str, options: dict[str, Any]) -> DocumentNode | None:
        """The document of ``query``, or None when it is not kept or does not parse."""
        if len(query) > MAX_CACHED_CHARS:
            return None
        key = (query, tuple(sorted(options.items())))
        document: DocumentNode | None = self.parsed.get(key)
        if document is None:
            try:
                document = parse(query, **options)
            except GraphQLError:
                return None  # strawberry parses it again and reports the error
            self.parsed.put(key, document)
        return document

    def validate(
        self,
        query: str,
        document: DocumentNode,
        rules: Sequence[type[ASTValidationRule]],
        schema: Any,
    ) -> list[GraphQLError] | None:
        """The validation errors of ``document`` (the parse of ``query``), or None when
        it is not kept."""
        if len(query) > MAX_CACHED_CHARS:
            return None
        key = (query, tuple(rules), id(schema))
        errors: list[GraphQLError] | None = self.validated.get(key)
        if errors is None:
            errors = validate_document(schema, document, tuple(rules))
            self.validated.put(key, errors)
        return list(errors)


class CachedDocuments(SchemaExtension):
    """Parse and validate from the cache. Listed after the extensions that set parse
    options and rules (on_operation) and after the cost limiter (on_validate), whose
    refusal stands: validation is then skipped, as strawberry does."""

    def __init__(self, *, cache: DocumentCache) -> None:
        self.cache = cache

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is None and ctx.query:
            ctx.graphql_document = self.cache.parse(ctx.query, dict(ctx.parse_options))
        yield

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        if (
            ctx.pre_execution_errors is None
            and document is not None
            and ctx.query
            and ctx.validation_rules
        ):
            ctx.pre_execution_errors = self.cache.validate(
                ctx.query, document, ctx.validation_rules, ctx.schema._schema
            )
        yield

"""The strawberry schema, with the limits that keep abusive queries out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import strawberry
from graphql import ASTValidationRule, GraphQLError, ValidationContext, ValidationRule
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, SchemaExtension
from strawberry.extensions.max_aliases import create_validator as alias_validator
from strawberry.extensions.query_depth_limiter import create_validator
from strawberry.types import ExecutionContext

from schema import convert
from schema import types as gql
from schema.cost import QueryCostLimiter
from schema.document_cache import CachedDocuments, DocumentCache
from schema.errors import ErrorCodes, log_error
from schema.fast_fields import executor_for
from schema.mutation import Mutation
from schema.privacy import PrivacyMutation, PrivacyQuery
from schema.query import Query
from schema.settings import ApiSettings

NODE_TYPES = [
    gql.Document,
    gql.Organization,
    gql.Person,
    gql.Decision,
    gql.Activity,
    gql.Goal,
    gql.Initiative,
]


def _root(name: str, description: str, parts: tuple[type, ...]) -> type:
    """A root type with the fields of every part (as strawberry's merge_types joins them),
    and a description, which merge_types cannot give."""
    return strawberry.type(type(name, parts, {}), description=description)


class _Schema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        # In place of strawberry's logging, which puts every error at ERROR with a traceback.
        for error in errors:
            log_error(error)


def depth_rule(max_depth: int) -> type[ValidationRule]:
    """strawberry's QueryDepthLimiter, made safe for invalid documents: it raised KeyError
    on a spread of an undefined fragment and ValueError on some malformed selections,
    and those came back as errors without a code. Now the document is refused as
    GRAPHQL_VALIDATION_FAILED."""
    limit = create_validator(max_depth, None, None)

    class SafeDepthLimit(ValidationRule):
        def __init__(self, context: ValidationContext) -> None:
            super().__init__(context)
            try:
                limit(context)
            except (KeyError, ValueError, TypeError, RecursionError):
                context.report_error(
                    GraphQLError(
                        "the document cannot be checked against the depth limit: it spreads "
                        "a fragment it does not define, or a selection is malformed"
                    )
                )

    return SafeDepthLimit


def build_schema(settings: ApiSettings | None = None) -> strawberry.Schema:
    """The schema with the configured depth, alias, token and cost limits."""
    limits = settings or ApiSettings.model_construct()
    # Built once: validation results are cached by the rules (schema/document_cache.py).
    rules: list[type[ASTValidationRule]] = [
        depth_rule(limits.max_query_depth),
        alias_validator(limits.max_aliases),
    ]
    if not limits.introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    # Factories: strawberry makes fresh extension objects for every operation. The cost
    # limit comes before the cache, so that its refusal stands.
    extensions: list[type[SchemaExtension] | Callable[[], SchemaExtension]] = [
        ErrorCodes,
        partial(AddValidationRules, rules),
        partial(MaxTokensLimiter, max_token_count=limits.max_tokens),
        partial(QueryCostLimiter, max_cost=limits.max_query_cost),
        partial(CachedDocuments, cache=DocumentCache()),
    ]
    built = _Schema(
        query=_root("Query", "The read operations.", (Query, PrivacyQuery)),
        mutation=_root(
            "Mutation",
            "Ingest and personal data operations; each needs the X-API-Key header.",
            (Mutation, PrivacyMutation),
        ),
        types=NODE_TYPES,
        extensions=extensions,
    )
    # Plain scalar fields skip graphql-core's per-field machinery (schema/fast_fields.py).
    built.execution_context_class = executor_for(
        built._schema, now={("Link", "evidence"): convert.link_evidence_now}
    )
    return built


schema = build_schema()

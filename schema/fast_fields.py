"""GraphQL execution with a short path for plain fields.

Why: a large answer (a depth-4 lineage: 500 nodes, 1,000 links, 1,100 quotes) is some
17,000 fields, and for each graphql-core builds a resolve-info object, calls the
resolver through strawberry's wrapper and dispatches its completion. Most are
strawberry's default resolvers (an attribute read) of a scalar or enum. For those the
executor here reads the attribute and coerces it directly (4 to 21 % less CPU per
request, docs/benchmarks.md).

An attribute that holds an object (or a list of them, of an object or interface type)
takes the short path too when everything selected under it does ("from { id }",
"source { uri publishedOn }"): each object's type is its interface's resolve_type or the
field's own, checked as graphql-core checks it. A depth-4 lineage's 3,300 such objects
were a third of its CPU.

A field of our own may give the short path an answer from the request's context alone
for when the query passes it no arguments (`executor_for(schema, now=...)`): a link's
first quotes, once the request has read their sources. It answers NOT_READY when it
cannot, and the field goes graphql-core's way.

Anything else (a resolver of our own without such an answer, an argument, a null for a
non-null field, a value the scalar refuses, a type the checks refuse, @defer) goes
through graphql-core's own `execute_field`, which then raises or records the error
exactly as before: the short path gives up on the whole field before anything is
recorded, and what it read were attribute reads and context answers, which change
nothing.

The plans are built once per schema (`plans_for`), before any request, and never
change: no state is shared between requests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLAbstractType,
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    Undefined,
    is_abstract_type,
    is_leaf_type,
)
from graphql.execution.collect_fields import FieldDetailsList, GroupedFieldSet
from graphql.pyutils import Path
from strawberry.resolvers import is_default_resolver
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.fast_leaves import attribute_reader, quick_coercion

__all__ = [
    "NOT_READY",
    "ContextAnswer",
    "FastFieldsExecutor",
    "LeafPlan",
    "ObjectPlan",
    "executor_for",
    "plans_for",
]

# (object, request context) -> the field's value with its default arguments, or NOT_READY.
ContextAnswer = Callable[[Any, Any], Any]

_SLOW = object()
NOT_READY = object()  # what a context answer gives when only the resolver can answer
# The short path builds no resolve info: a resolve_type or is_type_of that reads it fails,
# and the field goes graphql-core's way.
_NO_INFO: Any = None


@dataclass(frozen=True, slots=True)
class LeafPlan:
    """A default-resolved scalar or enum field (or a list of them): `read` takes the
    object; `coerce` is the leaf's output coercion, or a quicker one that gives what it
    gives (fast_leaves.quick_coercion)."""

    read: Callable[[Any], Any]
    leaf: GraphQLLeafType
    non_null: bool
    is_list: bool
    item_non_null: bool
    coerce: Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class ObjectPlan:
    """A default-resolved field of an object or interface type (or a list of them), or
    one with a context answer (`with_context`)."""

    resolve: Callable[..., Any]
    inner: GraphQLObjectType | GraphQLAbstractType
    non_null: bool
    is_list: bool
    item_non_null: bool
    with_context: bool = False


Plan = LeafPlan | ObjectPlan
# An object's selected fields as the short path completes them, or None (graphql-core's way).
_Selection = tuple[tuple[str, "Plan | None", FieldDetailsList], ...] | None


def _unwrap(field_type: GraphQLOutputType) -> tuple[bool, bool, bool, GraphQLOutputType]:
    """(non_null, is_list, item_non_null, the named type) of a field's type."""
    non_null = isinstance(field_type, GraphQLNonNull)
    inner = field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
    is_list = isinstance(inner, GraphQLList)
    item_non_null = False
    if isinstance(inner, GraphQLList):
        item = inner.of_type
        item_non_null = isinstance(item, GraphQLNonNull)
        inner = item.of_type if isinstance(item, GraphQLNonNull) else item
    return non_null, is_list, item_non_null, inner


def _object_plan(
    resolve: Callable[..., Any] | None, field_type: GraphQLOutputType, *, with_context: bool
) -> ObjectPlan | None:
    if resolve is None or not (with_context or is_default_resolver(resolve)):
        return None
    non_null, is_list, item_non_null, inner = _unwrap(field_type)
    if isinstance(inner, GraphQLObjectType) or is_abstract_type(inner):
        return ObjectPlan(resolve, inner, non_null, is_list, item_non_null, with_context)
    return None


def _leaf_plan(field: GraphQLField) -> LeafPlan | None:
    resolve, field_type = field.resolve, field.type
    if resolve is None or not is_default_resolver(resolve):
        return None
    non_null, is_list, item_non_null, inner = _unwrap(field_type)
    if not is_leaf_type(inner):
        return None
    read = attribute_reader(field) or (lambda source: resolve(source, None))
    return LeafPlan(read, inner, non_null, is_list, item_non_null, quick_coercion(inner))


def plans_for(
    schema: GraphQLSchema, now: Mapping[tuple[str, str], ContextAnswer] | None = None
) -> Mapping[str, Mapping[str, Plan]]:
    """Object type name -> field name -> plan, for the fields the short path takes;
    `now`: (type name, field name) -> the field's context answer."""
    plans: dict[str, dict[str, Plan]] = {}
    for name, graphql_type in schema.type_map.items():
        if not isinstance(graphql_type, GraphQLObjectType) or name.startswith("__"):
            continue
        fields: dict[str, Plan] = {}
        for field_name, field in graphql_type.fields.items():
            answer = (now or {}).get((name, field_name))
            if answer is not None:
                plan: Plan | None = _object_plan(answer, field.type, with_context=True)
            elif field.args:
                continue
            else:
                plan = _leaf_plan(field) or _object_plan(
                    field.resolve, field.type, with_context=False
                )
            if plan is not None:
                fields[field_name] = plan
        if fields:
            plans[name] = fields
    return plans


def _coerce(plan: LeafPlan, value: Any, non_null: bool) -> Any:
    if value is None or value is Undefined:
        return _SLOW if non_null else None
    coerced = plan.coerce(value)
    return _SLOW if coerced is None or coerced is Undefined else coerced


def _complete(plan: LeafPlan, value: Any) -> Any:
    """The field's value, or _SLOW when graphql-core must handle it (errors included)."""
    if not plan.is_list or value is None:
        return _coerce(plan, value, plan.non_null)
    if not isinstance(value, list | tuple):
        return _SLOW
    out = []
    for item in value:
        done = _coerce(plan, item, plan.item_non_null)
        if done is _SLOW:
            return _SLOW
        out.append(done)
    return out


class FastFieldsExecutor(StrawberryGraphQLCoreExecutionContext):
    """graphql-core's executor; plain fields take the short path."""

    plans: Mapping[str, Mapping[str, Plan]] = {}  # set per schema by a subclass

    def execute_fields(
        self,
        parent_type: GraphQLObjectType,
        source_value: Any,
        path: Path | None,
        grouped_field_set: GroupedFieldSet,
        position_context: Any,
    ) -> Any:
        plans = self.plans.get(parent_type.name)
        middleware = self.middleware_manager
        if not plans or (middleware is not None and middleware.middlewares):
            # Field middleware (an extension's resolve hook) must see every field.
            return super().execute_fields(
                parent_type, source_value, path, grouped_field_set, position_context
            )
        fast: dict[str, Any] = {}
        slow: GroupedFieldSet = {}
        for response_name, details in grouped_field_set.items():
            plan = plans.get(details[0].node.name.value)
            if plan is not None and not details[0].node.arguments:
                try:
                    value = self._field(plan, details, source_value)
                except Exception:  # graphql-core resolves it again and reports it
                    value = _SLOW
                if value is not _SLOW:
                    fast[response_name] = value
                    continue
            slow[response_name] = details
        if not slow:
            return fast
        rest = super().execute_fields(parent_type, source_value, path, slow, position_context)
        if isinstance(rest, dict):
            return _merge(grouped_field_set, fast, rest)
        return _merge_later(grouped_field_set, fast, rest)

    def _field(self, plan: Plan, details: FieldDetailsList, source: Any) -> Any:
        """One field's completed value, or _SLOW."""
        if isinstance(plan, LeafPlan):
            return _complete(plan, plan.read(source))
        value = plan.resolve(source, self.context_value if plan.with_context else None)
        if value is NOT_READY:
            return _SLOW
        if value is None:
            return _SLOW if plan.non_null else None
        if not plan.is_list:
            return self._object(plan.inner, details, value)
        if not isinstance(value, list | tuple):
            return _SLOW
        out: list[Any] = []
        for item in value:
            if item is None:
                if plan.item_non_null:
                    return _SLOW
                out.append(None)
                continue
            done = self._object(plan.inner, details, item)
            if done is _SLOW:
                return _SLOW
            out.append(done)
        return out

    def _object(
        self, inner: GraphQLObjectType | GraphQLAbstractType, details: FieldDetailsList, value: Any
    ) -> Any:
        """An object with its selection, when every field selected takes the short path."""
        runtime = self._runtime_type(inner, value)
        if runtime is None:
            return _SLOW
        selection = self._selection(runtime, details)
        if selection is None:
            return _SLOW
        out: dict[str, Any] = {}
        for response_name, plan, sub in selection:
            if plan is None:
                out[response_name] = runtime.name  # __typename
                continue
            done = self._field(plan, sub, value)
            if done is _SLOW:
                return _SLOW
            out[response_name] = done
        return out

    def _selection(self, runtime: GraphQLObjectType, details: FieldDetailsList) -> _Selection:
        """The fields selected on objects of `runtime` under `details`, each with its plan
        (None: __typename), or None when one of them needs graphql-core. Worked out once
        per request for every object of a list: the selection does not change from one
        object to the next, and this executor serves one request."""
        cache: dict[tuple[str, int], tuple[FieldDetailsList, _Selection]]
        cache = self.__dict__.setdefault("_selections", {})
        key = (runtime.name, id(details))
        known = cache.get(key)
        if known is not None and known[0] is details:
            return known[1]
        grouped, deferred, *_ = self.collect_subfields(runtime, details)
        plans = self.plans.get(runtime.name, {})
        selection: list[tuple[str, Plan | None, FieldDetailsList]] = []
        for response_name, sub in grouped.items():
            node = sub[0].node
            if node.name.value == "__typename":
                selection.append((response_name, None, sub))
                continue
            plan = plans.get(node.name.value)
            if plan is None or node.arguments:
                break
            selection.append((response_name, plan, sub))
        else:
            found: _Selection = None if deferred else tuple(selection)
            cache[key] = (details, found)
            return found
        cache[key] = (details, None)
        return None

    def _runtime_type(
        self, inner: GraphQLObjectType | GraphQLAbstractType, value: Any
    ) -> GraphQLObjectType | None:
        """The object type of a value, checked as graphql-core checks it; None to give up."""
        if isinstance(inner, GraphQLObjectType):
            runtime = inner
        else:
            resolve_type = inner.resolve_type
            name = resolve_type(value, _NO_INFO, inner) if resolve_type is not None else None
            found = self.schema.get_type(name) if isinstance(name, str) else None
            if not isinstance(found, GraphQLObjectType) or not self.schema.is_sub_type(
                inner, found
            ):
                return None
            runtime = found
        if runtime.is_type_of is not None and runtime.is_type_of(value, _NO_INFO) is not True:
            return None
        return runtime


def _merge(order: GroupedFieldSet, fast: dict[str, Any], rest: dict[str, Any]) -> dict[str, Any]:
    """Both parts in the selection's order (a field graphql-core left out stays out)."""
    return {
        name: fast[name] if name in fast else rest[name]
        for name in order
        if name in fast or name in rest
    }


async def _merge_later(order: GroupedFieldSet, fast: dict[str, Any], rest: Any) -> dict[str, Any]:
    return _merge(order, fast, await rest)


def executor_for(
    schema: GraphQLSchema, now: Mapping[tuple[str, str], ContextAnswer] | None = None
) -> type[FastFieldsExecutor]:
    """The executor class with this schema's plans (`now`: see plans_for)."""
    plans = plans_for(schema, now)
    return type("SchemaFastFieldsExecutor", (FastFieldsExecutor,), {"plans": plans})

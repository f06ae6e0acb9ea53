"""A static estimate of what a query will make the server resolve, checked before it runs.

Depth and alias limits do not stop a shallow query that multiplies: 100 documents,
each with its evidence, each with its source. The estimate counts resolved fields:
a field costs 1 for every parent it is resolved under, and a list multiplies its
children by its `first` argument (a connection's `edges` by the connection's),
or by DEFAULT_LIST_SIZE when it has none.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)
from strawberry.extensions import SchemaExtension

DEFAULT_LIST_SIZE = 5

_Composite = GraphQLObjectType | GraphQLInterfaceType


def _is_list(type_: GraphQLType) -> bool:
    while isinstance(type_, GraphQLNonNull):
        type_ = type_.of_type
    return isinstance(type_, GraphQLList)


class _Estimator:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables

    def _first(self, field: FieldNode, definition: GraphQLField) -> int | None:
        """The page size asked for: the argument, its variable, or the schema's default."""
        for arg in field.arguments or ():
            if arg.name.value != "first":
                continue
            if isinstance(arg.value, IntValueNode):
                return int(arg.value.value)
            if isinstance(arg.value, VariableNode):
                value = self.variables.get(arg.value.name.value)
                if isinstance(value, int):
                    return value
        declared = definition.args.get("first")
        default = None if declared is None else declared.default_value
        return default if isinstance(default, int) else None

    def _fields(
        self, selections: SelectionSetNode, parent: _Composite, seen: frozenset[str]
    ) -> Iterator[tuple[FieldNode, _Composite]]:
        """The fields of a selection set, fragments expanded (each spread once per path)."""
        for node in selections.selections:
            if isinstance(node, FieldNode):
                yield node, parent
            elif isinstance(node, InlineFragmentNode):
                cond = node.type_condition
                target = self.schema.get_type(cond.name.value) if cond else parent
                if isinstance(target, _Composite):
                    yield from self._fields(node.selection_set, target, seen)
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                target = self.schema.get_type(fragment.type_condition.name.value)
                if isinstance(target, _Composite):
                    yield from self._fields(fragment.selection_set, target, seen | {name})

    def cost(
        self,
        selections: SelectionSetNode | None,
        parent: _Composite,
        times: int,
        page: int | None = None,
    ) -> int:
        """Fields resolved under ``selections`` when it is resolved ``times`` times;
        ``page`` is the page size of the connection ``parent`` is, if it is one."""
        if selections is None:
            return 0
        total = 0
        for field, owner in self._fields(selections, parent, frozenset()):
            definition = owner.fields.get(field.name.value)
            if definition is None:
                continue  # __typename, or an unknown field that validation reports
            total += times
            child = get_named_type(definition.type)
            if not isinstance(child, _Composite):
                continue
            first = self._first(field, definition)
            if first is not None and "edges" in child.fields:
                # A connection resolves once; its edges list is the page.
                total += self.cost(field.selection_set, child, times, page=first)
                continue
            if field.name.value == "edges" and page is not None:
                size = page
            elif first is not None:
                size = first
            else:
                size = DEFAULT_LIST_SIZE if _is_list(definition.type) else 1
            total += self.cost(field.selection_set, child, times * max(size, 1))
        return total


def estimate_cost(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    fragments: Mapping[str, FragmentDefinitionNode],
    variables: Mapping[str, Any],
) -> int:
    root = schema.query_type
    if root is None:
        return 0
    given = dict(variables)
    for var in operation.variable_definitions or ():
        if var.variable.name.value not in given and isinstance(var.default_value, IntValueNode):
            given[var.variable.name.value] = int(var.default_value.value)
    return _Estimator(schema, fragments, given).cost(operation.selection_set, root, 1)


class QueryCostLimiter(SchemaExtension):
    """Refuses an operation whose estimated cost exceeds max_cost, before it runs."""

    def __init__(self, *, max_cost: int) -> None:
        self.max_cost = max_cost

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        document = ctx.graphql_document
        if document is not None and ctx.pre_execution_errors is None:
            fragments = {
                d.name.value: d
                for d in document.definitions
                if isinstance(d, FragmentDefinitionNode)
            }
            operations = [
                d
                for d in document.definitions
                if isinstance(d, OperationDefinitionNode)
                and (ctx.operation_name is None or (d.name and d.name.value == ctx.operation_name))
            ]
            schema = ctx.schema._schema
            worst = max(
                (estimate_cost(schema, op, fragments, ctx.variables or {}) for op in operations),
                default=0,
            )
            if worst > self.max_cost:
                # Set before validation runs: strawberry then skips it and returns this.
                ctx.pre_execution_errors = [
                    GraphQLError(
                        f"query cost {worst} exceeds the limit of {self.max_cost}; "
                        "ask for smaller pages (first) or fewer nested lists"
                    )
                ]
        yield

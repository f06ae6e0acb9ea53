"""The GraphQL enums, with a description for every value.

The enums themselves live in graph/ (the model), which knows nothing of GraphQL, so the
value descriptions are attached here, when strawberry wraps them.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

import strawberry
from strawberry.types.enum import StrawberryEnumDefinition

from graph import nodes as model
from graph.edges import Direction, LinkType

E = TypeVar("E", bound=type[Enum])


def described_enum(cls: E, description: str, values: Mapping[str, str], name: str = "") -> E:
    """``cls`` as a strawberry enum whose every value carries its description."""
    wrapped = strawberry.enum(cls, name=name or None, description=description)
    definition = getattr(wrapped, "__strawberry_definition__", None)
    assert isinstance(definition, StrawberryEnumDefinition)
    named = {value.name for value in definition.values}
    if named != set(values):
        raise ValueError(f"{cls.__name__}: describe exactly {sorted(named)}, not {sorted(values)}")
    for value in definition.values:
        value.description = values[value.name]
    return wrapped


DocumentKind = described_enum(
    model.DocumentKind,
    "Kind of steering document.",
    {
        "STRATEGY": "A strategi: long-term direction, usually with goals.",
        "ACTION_PLAN": "A handlingsplan or åtgärdsplan: activities, who does them and when.",
        "GUIDELINE": "A riktlinje: how a body shall act in its own work.",
        "ROUTINE": "A rutin: a working procedure.",
        "PROGRAMME": "A program, such as a politically adopted programme.",
        "POLICY": "A policy.",
        "AGREEMENT": "An överenskommelse or avtal between bodies.",
        "PLAN": "Any other plan (översiktsplan, folkhälsoplan, ...).",
    },
)
Level = described_enum(
    model.Level,
    "Administrative level of a document.",
    {
        "NATIONAL": "The government, a national agency or association.",
        "REGIONAL": "A county: its county board, region or municipal association.",
        "MUNICIPAL": "One municipality or its committees.",
    },
)
OrganizationKind = described_enum(
    model.OrganizationKind,
    "Kind of organisation.",
    {
        "MUNICIPALITY": "A kommun (SCB kommunkod in code).",
        "COUNTY_BOARD": "A länsstyrelse (SCB länskod in code).",
        "REGION": "A region, the county's elected assembly and its administration.",
        "MUNICIPAL_ASSOCIATION": "A kommunförbund or other association of a county's "
        "municipalities.",
        "NATIONAL_ASSOCIATION": "A national association, such as SKR.",
        "AGENCY": "A national agency (myndighet), such as Polismyndigheten.",
        "GOVERNMENT": "The government (regeringen) or a ministry.",
        "COMMITTEE": "A political committee (nämnd, styrelse) of a municipality or region.",
        "ADMINISTRATION": "An administration or unit (förvaltning, avdelning, enhet, kontor).",
        "FORUM": "A forum for cooperation (samverkansgrupp, ledningsgrupp, råd).",
        "OTHER": "Any other organisation.",
    },
)
DatePrecision = described_enum(
    model.DatePrecision,
    "How much of a date the source stated.",
    {
        "DAY": "The day was stated.",
        "MONTH": "Only the month was stated; the date is its first day.",
        "YEAR": "Only the year was stated; the date is its first day.",
    },
)
LinkTypeEnum = described_enum(
    LinkType,
    "Relationship type; a link points the way the sentence reads.",
    {
        "REVISES": "Document -> the older document it revises or replaces.",
        "IMPLEMENTS": "Document -> the document it implements (a plan of a strategy).",
        "COMPLEMENTS": "Document -> a document it complements.",
        "SIGNED": "Organization -> a document it signed; date: when.",
        "ADOPTED": "Organization -> a document it adopted; date: when.",
        "DECIDED": "Organization -> a decision it took.",
        "CONCERNS": "Decision -> the document or initiative it concerns.",
        "ISSUED": "Organization -> a document it issued or published.",
        "HAS_GOAL": "Document -> one of its goals.",
        "HAS_ACTIVITY": "Document -> one of its activities.",
        "RESPONSIBLE_FOR": "Organization -> an activity it is responsible for.",
        "PARTICIPATES_IN": "Organization -> an initiative it takes part in.",
        "COORDINATES": "Organization -> a document or initiative it coordinates.",
        "FOLLOWS_UP": "Organization -> a document it follows up.",
        "FUNDS": "Organization -> an initiative it funds.",
        "PART_OF": "Organization -> the organisation it is part of (committee -> municipality).",
        "HOLDS_ROLE": "Person -> the organisation they hold a role in; title: the role.",
    },
    name="LinkType",
)
DirectionEnum = described_enum(
    Direction,
    "Which way to walk.",
    {
        "OUTGOING": "Follow links the way they point.",
        "INCOMING": "Follow links against the way they point.",
        "BOTH": "Follow links either way.",
    },
    name="Direction",
)

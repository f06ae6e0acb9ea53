"""The input types that filter the listings (documents, organizations, decisions)."""

from __future__ import annotations

import datetime as dt

import strawberry

from schema.enums import DocumentKind, Level, OrganizationKind


@strawberry.input(description="Documents matching every given field; none given lists all.")
class DocumentFilter:
    text: str | None = strawberry.field(
        default=None, description="Words that must start words of the title."
    )
    kind: DocumentKind | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Documents of this kind."
    )
    level: Level | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Documents of this level."
    )
    period_from: int | None = strawberry.field(
        default=None, description="Year: documents whose period ends in or after it."
    )
    period_to: int | None = strawberry.field(
        default=None, description="Year: documents whose period starts in or before it."
    )
    organization: strawberry.ID | None = strawberry.field(
        default=None,
        description="An organisation's id: documents it or its committees adopted, issued, "
        "signed, follow up, coordinate or took a decision about.",
    )
    county_code: str | None = strawberry.field(
        default=None,
        description="Two-digit SCB länskod: regional and municipal documents of that county.",
    )
    municipality_code: str | None = strawberry.field(
        default=None, description="Four-digit SCB kommunkod: that municipality's documents."
    )


@strawberry.input(description="Decisions matching every given field; none given lists all.")
class DecisionFilter:
    body: strawberry.ID | None = strawberry.field(
        default=None,
        description="An organisation's id: decisions it, or a committee of it, took.",
    )
    date_from: dt.date | None = strawberry.field(
        default=None, name="from", description="Decisions dated on or after this day."
    )
    date_to: dt.date | None = strawberry.field(
        default=None, name="to", description="Decisions dated on or before this day."
    )


@strawberry.input(description="Organisations matching every given field.")
class OrganizationFilter:
    name: str = strawberry.field(
        description="Words that must start words of the name or of an alias (SKR, BAS-nämnden)."
    )
    kind: OrganizationKind | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Organisations of this kind."
    )
    county_code: str | None = strawberry.field(
        default=None, description="Two-digit SCB länskod: organisations in that county."
    )

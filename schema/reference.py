"""Reference data the API answers from: the SCB municipalities of a county."""

from __future__ import annotations

from graph.coverage import MunicipalityRef
from graph.user_input import UserInputError
from ingest.language.gazetteer import counties, municipalities


def check_codes(county_code: str | None, municipality_code: str | None = None) -> None:
    """The same check for every argument that takes an SCB code: UserInputError for a
    county or municipality that does not exist."""
    if county_code is not None and county_code not in {c.code for c in counties()}:
        raise UserInputError(f"unknown county code {county_code!r}: use a two-digit SCB länskod")
    if municipality_code is not None and municipality_code not in {
        m.code for m in municipalities()
    }:
        raise UserInputError(
            f"unknown municipality code {municipality_code!r}: use a four-digit SCB kommunkod"
        )


def municipalities_of(county_code: str) -> list[MunicipalityRef]:
    """The county's municipalities by kommunkod; UserInputError for an unknown county."""
    check_codes(county_code)
    return [
        MunicipalityRef(m.code, m.official_name)
        for m in sorted(municipalities(), key=lambda m: m.code)
        if m.county_code == county_code
    ]

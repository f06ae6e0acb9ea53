"""Reference data the API answers from: the SCB municipalities of a county."""

from __future__ import annotations

from graph.coverage import MunicipalityRef
from graph.user_input import UserInputError
from ingest.gazetteer import counties, municipalities


def municipalities_of(county_code: str) -> list[MunicipalityRef]:
    """The county's municipalities by kommunkod; UserInputError for an unknown county."""
    if county_code not in {c.code for c in counties()}:
        raise UserInputError(f"unknown county code {county_code!r}: use a two-digit SCB länskod")
    return [
        MunicipalityRef(m.code, m.official_name)
        for m in sorted(municipalities(), key=lambda m: m.code)
        if m.county_code == county_code
    ]

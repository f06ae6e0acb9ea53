"""The county a regional page is about when no organisation on it says so.

Why: a page from a region's assembly ("Regionfullmäktige beslutade att godkänna Västra
Götalands regionala kulturplan") may name its county only as a place. Without a home
county its "Regionfullmäktige" gets no id and is dropped, and so is everything it decided.

Rule (ingest.rules.extract_actors, when the page has neither a municipality nor a home
county): a page that speaks of a region's bodies ("regionfullmäktige", "regionstyrelsen",
"regionala utvecklingsnämnden") or of "Länsstyrelsen" with no county after it, and names
exactly one county, written as its name with or
without "län" and the genitive ("Västra Götalands", "i Dalarna", "Jämtlands län"), is
about that county. A county's name that is also a municipality's ("Kalmar", "Uppsala")
counts only with "län" after it.
"""

from __future__ import annotations

import re
from functools import cache

from ingest.context import Context
from ingest.language.gazetteer import counties, municipality_by_name

__all__ = ["named_county"]

_REGION_BODY = re.compile(
    r"\b[Rr]egion(?:fullmäktige|styrelse|ala\s+utvecklingsnämnde)|\b[Ll]andstings(?:fullmäktige|styrelse)"
    # a county board named bare ("tar Länsstyrelsen tillsammans med andra aktörer fram")
    r"|\bLänsstyrelsen\b(?!\s+i\s|\s+[A-ZÅÄÖ])"
)


@cache
def _county_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for county in counties():
        genitive = county.name.removesuffix(" län")
        forms = {county.short_name, genitive}
        place = municipality_by_name(county.short_name) is not None
        words = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        tail = r"\s+läns?\b" if place else r"(?:\s+läns?)?\b"
        found.append((re.compile(rf"(?<![\w-])(?:{words}){tail}"), county.code))
    return tuple(found)


def named_county(ctx: Context) -> str | None:
    """The one county a page about a region's bodies or a bare county board names, else
    None."""
    if not _REGION_BODY.search(ctx.text):
        return None
    named = {code for pattern, code in _county_names() if pattern.search(ctx.text)}
    return named.pop() if len(named) == 1 else None

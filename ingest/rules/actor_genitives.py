"""An organisation's name written in the genitive: where the -s is no part of the name.

Why: "Stiftelsen Spillepengs och Räddningstjänst Syds årsredovisning" names Stiftelsen
Spillepeng and Räddningstjänst Syd; read as written, each would be a node of its own beside
the one the page names elsewhere, and a gold organisation missed.

- coordinated_genitive: two names in the genitive that share one noun ("A:s och B:s
  årsredovisning"), the first or the second of them;
- genitive_name: a name whose last word ends in -s before a noun, unless that word is a
  place whose name ends in s ("Räddningstjänsten Västerås ledning").
"""

from __future__ import annotations

import re

from ingest.language.gazetteer import county_by_name, municipality_by_name

__all__ = ["coordinated_genitive", "genitive_name"]

_GENITIVE_AFTER = re.compile(
    r"[ \t]+(?:och|samt)[ \t]+[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}s[ \t]+[a-zåäö]{3,}"
)
_GENITIVE_BEFORE = re.compile(r"[A-ZÅÄÖ][\w-]*s[ \t]+(?:och|samt)[ \t]+$")
_NOUN_AFTER = re.compile(r"[ \t]+[a-zåäö]{3,}")


def coordinated_genitive(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is one of two genitives that share the noun after them."""
    if _GENITIVE_AFTER.match(text, end):
        return True
    return bool(_GENITIVE_BEFORE.search(text, max(0, start - 60), start)) and bool(
        _NOUN_AFTER.match(text, end)
    )


def genitive_name(text: str, last: str, end: int) -> bool:
    """The name ending at `end` in the word `last` is in the genitive before a noun."""
    if len(last) < 3 or not last.endswith("s") or municipality_by_name(last) is not None:
        return False
    return bool(_NOUN_AFTER.match(text, end)) and county_by_name(last) is None

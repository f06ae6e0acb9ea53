"""A relative date restated by the explicit one right after it: "idag den 31 mars".

Why: a page may be read months after it was written, or be dated by its meta data
alone; "idag" resolves against that page date, while the explicit day that follows
says which day was meant. The explicit day is kept, the relative one dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ingest.language.dates import DateMention

__all__ = ["drop_restated"]

# The day ("idag", "igår", "i tisdags", "tisdagens"), then its explicit date.
_RELATIVE = frozenset(
    {
        "date.idag",
        "date.igar",
        "date.i_forrgar",
        "date.i_weekday",
        "date.the_weekday",
        "date.dagens",
    }
)
# What may stand between: "idag den 31 mars", "i går, 4 maj", "i tisdags (12 mars)".
_GAP = re.compile(r"[\s,(]*(?:den\s+)?")


def drop_restated(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` (in text order) without a relative day an explicit day follows at once."""
    out: list[DateMention] = []
    for i, mention in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        restated = (
            mention.rule in _RELATIVE
            and nxt is not None
            and nxt.rule not in _RELATIVE
            and nxt.value is not None
            and nxt.precision is mention.precision
            and _GAP.fullmatch(text, mention.end, nxt.start) is not None
        )
        if not restated:
            out.append(mention)
    return out

"""A document's version date ("program för X daterat 2022-06-01"), and the dates a page
states once such dates and restated relative days are left out.

Why: a decision list names what was adopted with the date its draft bears ("Antagande av
reviderat program ... daterat 2022-06-01"), while the adoption is the meeting's. Read as
an adoption or decision date, the draft's day would replace the meeting's. The version
date is a property of the text adopted, not a day anything happened on the page, so it is
left out of the page's dates.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ingest.language.date_restated import drop_restated
from ingest.language.dates import find_dates
from ingest.language.page_year import with_page_year

if TYPE_CHECKING:
    from ingest.language.dates import DateMention

__all__ = ["drop_version_dates", "stated_dates"]

_VERSION = re.compile(r"\b(?:daterad|daterat|daterade|med\s+datum)\s+(?:den\s+)?$", re.I)
_REACH = 24  # characters before a date in which its label stands


def drop_version_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` without the dates a version label ("daterat") stands right before."""
    return [m for m in found if not _VERSION.search(text, max(0, m.start - _REACH), m.start)]


def stated_dates(text: str, base: date | None, *, relative: bool = True) -> list[DateMention]:
    """The dates the page states against `base`: found, without a relative day restated
    at once by an explicit one, and without version dates."""
    found = find_dates(text, base, relative=relative)
    if base is None:
        found = with_page_year(found, text)  # "13 november 2023 ... den 24 november"
    return drop_version_dates(text, drop_restated(text, found))

"""A day at a page's top written without its year ("Uppsnabbat från regionfullmäktige
den 24 november"), where the readers of an undated page look for its day
(ingest.language.url_dates, ingest.language.implied_year)."""

from __future__ import annotations

import re

from ingest.language.date_words import MONTHS

__all__ = ["HEAD_DAY", "HEAD_LINES"]

HEAD_DAY = re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{'|'.join(MONTHS)})\b(?![^\S\n]+\d)", re.I)
HEAD_LINES = 6  # the lines, blank ones left out, that make a page's top

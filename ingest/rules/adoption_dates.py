"""The date an adoption sentence states for its documents.

Why apart from ingest.rules.adoption_rules: which of a sentence's dates is the act's is a
question of its own. A document's own participle and date ("(antaget av
Kommunfullmäktige 2003-10-23)") come first; then the sentence's first day or month that
is no part of a document's name or period; then the date a meeting anchors; then a bare
year that no document's name holds ("markpolicy 2030" is a target). A done act is no
later than the page: a year-less date resolves before it, a later year is none.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.language.bare_years import bare_years
from ingest.language.dates import DateMention
from ingest.language.segment import Span
from ingest.rules.decision_anchored_dates import meeting_anchored
from ingest.rules.decision_page import ABOUT_DATE
from ingest.rules.relations_shared import taken_on

__all__ = ["own_date"]

# "Folkhälsostrategi 2004-2010 (antaget av Kommunfullmäktige 2003-10-23)": a document's
# own participle and date, whatever other adoptions its sentence states.
# "ersätter Trafikplan för X som antogs 2012-06-11": the relative clause dates its own.
_OWN_PARTICIPLE = re.compile(
    r"[\"”»]?\s*[,(]?\s*(?:(?:antagen|antaget|antagna|fastställd|fastställt|fastställda|godkänd|godkänt"
    r"|godkända)\s+(?:av|i)\s+[^()\n.;]{1,60}?"
    r"|som\s+(?:antogs|fastställdes|godkändes)(?:\s+(?:av|i)\s+[^()\n.;,]{1,60}?)?)"
    r"\s+(?:den\s+)?$",
    re.I,
)


def own_date(ctx: Context, sentence: Span, docs: list[DocumentHit]) -> DateMention | None:
    """The adoption's date the sentence states; a year-less one no later than the page,
    and none in a later year than the page's (a done act: "2030" is a target)."""
    when = taken_on(ctx, _stated_date(ctx, sentence, docs))
    page = ctx.published
    if when is not None and when.value and page is not None and int(when.value[:4]) > page.year:
        return None
    return when


def _stated_date(ctx: Context, sentence: Span, docs: list[DocumentHit]) -> DateMention | None:
    # Any document's name in the sentence, not only the adopted ones': "antog X och
    # markpolicy 2030" dates nothing by the other's year.
    named = [*docs, *ctx.documents_in(sentence)]

    def inside(start: int) -> bool:
        return any(d.start <= start < d.end for d in named)

    dates = ctx.dates_in(sentence)
    for doc in docs:
        for found in dates:
            if found.start > doc.end and _OWN_PARTICIPLE.fullmatch(ctx.text, doc.end, found.start):
                return found
    for found in dates:
        about = ABOUT_DATE.search(ctx.text, max(sentence.start, found.start - 12), found.start)
        if not inside(found.start) and not about:
            return found
    anchored = meeting_anchored(ctx, sentence, sentence.end)  # "antogs den 12 juni", undated page
    if anchored is not None and not inside(anchored.start):
        return anchored
    # "antog sin smart specialiseringsstrategi 2014": a bare year
    for year in bare_years(ctx.text, sentence.start, sentence.end):
        if inside(year.start) or ABOUT_DATE.search(ctx.text, sentence.start, year.start):
            continue
        if any(d.end <= year.start and not ctx.text[d.end : year.start].strip() for d in named):
            continue  # "markpolicy 2030": the year of the document's name
        if any(d.start <= year.start < d.end for d in dates):
            continue  # the year of a date refused above ("börjar gälla den 1 januari 2018")
        if not _NAMED_YEAR.search(ctx.text, sentence.start + 1, year.start):
            return year
    return None


# "Ungdomspolitiken 2017", "Agenda 2030": a year after a capitalised word past the
# sentence's first names something; "att gälla till och med 2023" bounds a period.
# Neither dates an adoption.
_NAMED_YEAR = re.compile(
    r"\s[A-ZÅÄÖ][\wåäö-]*\s+$"
    r"|(?i:\b(?:till\s+och\s+med|från\s+och\s+med|t\.\s?o\.\s?m\.)\s*$)"
)

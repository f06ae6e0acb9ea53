"""A web page's publication and update dates.

The page's own words win. A labelled line ("Publicerad 23 februari 2024",
"Uppdaterad: 2017-09-28") anywhere in the text comes first, then a date line
near the top (ingest.language.published), then a `<time datetime>` that is labelled or
opens the article, and only then the meta tags (article:published_time,
DC.date, og:updated_time, ...). Readers and the evidence see the text; meta
tags are often a CMS's record timestamps, moved by any republish, and in UTC,
so they only fill a gap.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selectolax.lexbor import LexborHTMLParser, LexborNode

from graph.nodes import DatePrecision
from ingest.language.dates import find_dates
from ingest.language.published import publication_date, update_date
from ingest.readers.html_tree import one_line, walk

__all__ = ["page_dates"]

# "Publicerad 23 februari 2024", "Uppdaterad: 2017-09-28", "Senast ändrad: 2 maj 2024";
# only on a line that begins with such a label, so a sentence saying that a plan
# "uppdaterades 12 mars" is not taken for the page's own date.
_PUBLISHED_LABEL = r"publicerad|publicerat|publicerades|publiceringsdatum"
_UPDATED_LABEL = (
    r"(?:senast\s+)?(?:uppdaterad|uppdaterat|uppdaterades|ändrad|ändrat)|uppdateringsdatum"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:[^\n]{{0,30}}?[|·•,\u2013-]\s*)?(?:{_PUBLISHED_LABEL}|{_UPDATED_LABEL})\b", re.I
)
_LABEL = re.compile(
    rf"\b(?:(?P<pub>{_PUBLISHED_LABEL})|(?P<upd>{_UPDATED_LABEL}))\b\s*:?\s*(?:den\s+)?", re.I
)
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dcterms.issued",
    "dc.date.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "date",
    "pubdate",
    "publishdate",
    "publish_date",
)
_META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
)
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")

try:
    _LOCAL_TZ: ZoneInfo | None = ZoneInfo("Europe/Stockholm")
except ZoneInfoNotFoundError:  # no tz database: dates are taken as written
    _LOCAL_TZ = None


def page_dates(
    text: str,
    tree: LexborHTMLParser,
    main: LexborNode,
    skip: Callable[[LexborNode], bool],
) -> tuple[str | None, str | None]:
    """(published, updated) as YYYY-MM-DD, from the page's text (main text and contact
    blocks), the `<time>` elements of its main region, else its meta tags."""
    published, updated = _labelled_dates(text)
    published = published or publication_date(text)
    updated = updated or update_date(text)
    time_published, time_updated = _time_dates(main, skip)
    meta_published, meta_updated = _meta_dates(tree)
    return published or time_published or meta_published, updated or time_updated or meta_updated


def _iso_day(value: str) -> str | None:
    """A machine-readable date or timestamp -> the local (Swedish) calendar day."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        m = _ISO_DAY.match(value)
        if m is None:
            return None
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    if moment.tzinfo is not None and _LOCAL_TZ is not None:
        moment = moment.astimezone(_LOCAL_TZ)  # 2024-02-22T23:30Z is 23 February in Sweden
    return moment.date().isoformat()


def _text_day(text: str) -> str | None:
    """An absolute date at day precision at the start of text."""
    found = find_dates(text)
    first = found[0] if found else None
    if first and first.start == 0 and first.value and first.precision is DatePrecision.DAY:
        return first.value
    return None


def _labelled_dates(text: str) -> tuple[str | None, str | None]:
    published: str | None = None
    updated: str | None = None
    for line in text.splitlines():
        if not _DATE_LINE.match(line):
            continue
        for m in _LABEL.finditer(line):
            day = _text_day(line[m.end() :])
            if day is None:
                continue
            if m.group("pub") and published is None:
                published = day
            elif m.group("upd") and updated is None:
                updated = day
    return published, updated


def _time_dates(
    main: LexborNode, skip: Callable[[LexborNode], bool]
) -> tuple[str | None, str | None]:
    """`<time>` elements of the main region: labelled ones (itemprop, pubdate, a
    "Publicerad"/"Uppdaterad" before them), else one that opens the article."""
    published: str | None = None
    updated: str | None = None
    leading: str | None = None
    seen_paragraph = False
    for entering, node in walk(main, skip):
        if not entering or node.is_text_node:
            continue
        if node.tag == "p" and len(one_line(node.text())) >= 80:
            seen_paragraph = True
        if node.tag != "time":
            continue
        a = node.attributes
        day = _iso_day(a.get("datetime") or "") or _text_day(one_line(node.text()))
        if day is None:
            continue
        kind = _time_kind(node)
        if kind == "published" and published is None:
            published = day
        elif kind == "updated" and updated is None:
            updated = day
        elif kind is None and not seen_paragraph and leading is None:
            leading = day
    return published or leading, updated


def _time_kind(node: LexborNode) -> str | None:
    a = node.attributes
    marks = f"{a.get('itemprop') or ''} {a.get('class') or ''}".lower()
    if "pubdate" in a or re.search(r"datepublished|publi", marks):
        return "published"
    if re.search(r"datemodified|modif|update|uppdater|andrad|ändrad", marks):
        return "updated"
    parent = node.parent
    if parent is None:
        return None
    own = one_line(node.text())
    around = one_line(parent.text())
    before = (around.split(own)[0] if own else around)[-40:]
    m = _LABEL.search(before)
    if m is None or before[m.end() :].strip():
        return None
    return "published" if m.group("pub") else "updated"


def _meta_dates(tree: LexborHTMLParser) -> tuple[str | None, str | None]:
    values: dict[str, str] = {}
    for meta in tree.css("meta"):
        a = meta.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if key and content and key not in values:
            values[key] = content
    published = next((d for k in _META_PUBLISHED if (d := _iso_day(values.get(k, "")))), None)
    updated = next((d for k in _META_UPDATED if (d := _iso_day(values.get(k, "")))), None)
    return published, updated

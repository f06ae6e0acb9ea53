"""Lists written as short lines without bullets under an introducing line that ends in a
colon: "Övergripande mål till 2025:" over one goal per line (blank lines between).

Why apart from ingest.rules.bullet_lists: a page flattened from HTML often drops the
list's markers and keeps one item per line (or a table's row, its cells apart by wide
gaps: one item a cell). Without markers, a line is an item only
while it is short, one sentence, no heading of its own (no colon at its end) and no
bullet; the list ends at the first line that is not, and needs two items (as many as the
intro counts, when it counts them).

A list of headings ("Våra fokusområden:" over "Hållbart samhälle", its paragraph, "Lust
att lära", its paragraph): each item is a short line with no full stop, followed by one to
three lines of prose that explain it; the items are the headings.
"""

from __future__ import annotations

import re

from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList, ListItem, list_item

__all__ = ["line_lists"]

_INTRO = re.compile(r"^[ \t]*(?P<intro>\S[^\n]{2,200}?):[ \t]*$", re.M)
# "Programmet innehåller tre strategiska områden" on a line of its own, without a colon:
# an intro only when the lines after it are as many as it counts, none a sentence.
_COUNTED_INTRO = re.compile(
    r"^[ \t]*(?P<intro>[^\n:.!?]{3,100}?\b(?:två|tre|fyra|fem|sex|sju|åtta|nio)"
    r"[ \t]+(?:[a-zåäö-]+[ \t]+){0,2}[a-zåäö-]+)[ \t]*$",
    re.M | re.I,
)
_GAP = re.compile(r"(?:[ \t]*\n)+")  # the line break, and any blank lines
_LINE = re.compile(r"[ \t]*(?P<item>\S[^\n]*?)[ \t]*(?=\n|$)")
_MARKER = re.compile(r"(?:[•\*\-\u2013·▪◦]|\d{1,2}[.)]|[a-z]\))\s")
_SENTENCES = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
_NUMBERS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_COUNT = re.compile(r"\b(?:" + "|".join(_NUMBERS) + r")\b", re.I)
# "Läs om hur vi arbetar ...", "Så arbetar vi med programmet.": a link's teaser left
# where a page's dropped list stood, no item.
_TEASER = re.compile(r"(?:Läs\s+(?:mer\s+)?om|Så\s+arbetar\s+vi)\b")
_MAX_ITEM = 160
_MAX_ITEMS = 12
_MAX_HEADING = 80
_PROSE = 100  # a line this long with a sentence's end explains the heading above it
_MAX_PROSE_LINES = 3


def line_lists(text: str, bullets: list[BulletList]) -> list[BulletList]:
    """Marker-less lists under a colon line that none of the page's `bullets` reads."""
    taken = {lst.intro.start for lst in bullets}
    found: list[BulletList] = []
    intros = [(m, False) for m in _INTRO.finditer(text)]
    intros += [(m, True) for m in _COUNTED_INTRO.finditer(text)]
    for m, bare in intros:
        if m.start() in taken:
            continue
        items: list[ListItem] = []
        pos = m.end()
        while len(items) < _MAX_ITEMS:
            line = _next_line(text, pos)
            if line is None:
                break
            words = line.group("item")
            if (
                len(words) > _MAX_ITEM
                or words.endswith(":")
                or _MARKER.match(words)
                or _SENTENCES.search(words)
                or _TEASER.match(words)
            ):
                break
            items.extend(_columns(line.start("item"), words))
            pos = line.end()
        if len(items) < 2:
            items = _headings(text, m.end())
        stated = _COUNT.search(m.group("intro"))
        if stated:
            items = _as_counted(text, items, _NUMBERS.get(stated.group(0).lower(), len(items)))
        if stated and _NUMBERS.get(stated.group(0).lower(), len(items)) != len(items):
            continue  # "fyra inriktningsmål:" over two lines: not the list it announces
        if bare and any(text[i.end - 1 : i.end] in ".!?" for i in items):
            continue  # without a colon, only short lines that are no sentences
        if len(items) >= 2:
            found.append(BulletList(Span(m.start(), m.end()), items, max(i.end for i in items)))
    return found


# "Goda levnadsvanor          Gott psykiskt välbefinnande": a table's row, one item a cell.
_CELL_GAP = re.compile(r"[ \t]{4,}")


def _columns(start: int, line: str) -> list[ListItem]:
    """The line's items: each cell of a row flattened from a table, else the line."""
    items: list[ListItem] = []
    at = 0
    for gap in [*_CELL_GAP.finditer(line), None]:
        end = gap.start() if gap else len(line)
        items.append(list_item(start + at, line[at:end]))
        at = gap.end() if gap else at
    return items


def _as_counted(text: str, items: list[ListItem], count: int) -> list[ListItem]:
    """The counted items, when a sentence after them ("Läs mer i planen.") ran on: the
    items have no full stop, the line after them has."""

    def stops(item: ListItem) -> bool:
        return text[item.start : item.end].rstrip()[-1:] in ".!?"

    if len(items) <= count or not stops(items[count]) or any(map(stops, items[:count])):
        return items
    return items[:count]


def _next_line(text: str, pos: int) -> re.Match[str] | None:
    """The next non-blank line after the line break at `pos`."""
    gap = _GAP.match(text, pos)
    return _LINE.match(text, gap.end()) if gap else None


def _headings(text: str, pos: int) -> list[ListItem]:
    """Short heading lines, each over one to three lines of prose."""
    items: list[ListItem] = []
    while len(items) < _MAX_ITEMS:
        line = _next_line(text, pos)
        if line is None or not _is_heading(line.group("item")):
            break
        prose, end = 0, line.end()
        while prose < _MAX_PROSE_LINES:
            body = _next_line(text, end)
            if body is None or not _is_prose(body.group("item")):
                break
            prose, end = prose + 1, body.end()
        if not prose:
            break
        items.append(list_item(line.start("item"), line.group("item")))
        pos = end
    return items


def _is_heading(line: str) -> bool:
    return (
        len(line) <= _MAX_HEADING
        and line[0].isupper()
        and line[-1] not in ".:;!?,"
        and not _MARKER.match(line)
    )


def _is_prose(line: str) -> bool:
    # (a page cut off mid-sentence still shows its sentences)
    return len(line) >= _PROSE and (line[-1] in ".!?" or _SENTENCES.search(line) is not None)

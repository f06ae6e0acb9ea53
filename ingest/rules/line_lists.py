"""Lists written as short lines without bullets under an introducing line that ends in a
colon: "Övergripande mål till 2025:" over one goal per line (blank lines between).

Why apart from ingest.rules.bullet_lists: a page flattened from HTML often drops the
list's markers and keeps one item per line. Without markers, a line is an item only
while it is short, one sentence, no heading of its own (no colon at its end) and no
bullet; the list ends at the first line that is not, and needs two items (as many as the
intro counts, when it counts them).
"""

from __future__ import annotations

import re

from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList, ListItem, list_item

__all__ = ["line_lists"]

_INTRO = re.compile(r"^[ \t]*(?P<intro>\S[^\n]{2,200}?):[ \t]*$", re.M)
_GAP = re.compile(r"(?:[ \t]*\n)+")  # the line break, and any blank lines
_LINE = re.compile(r"[ \t]*(?P<item>\S[^\n]*?)[ \t]*(?=\n|$)")
_MARKER = re.compile(r"(?:[•\*\-\u2013·▪◦]|\d{1,2}[.)]|[a-z]\))\s")
_SENTENCES = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
_NUMBERS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_COUNT = re.compile(r"\b(?:" + "|".join(_NUMBERS) + r")\b", re.I)
_MAX_ITEM = 160
_MAX_ITEMS = 12


def line_lists(text: str, bullets: list[BulletList]) -> list[BulletList]:
    """Marker-less lists under a colon line that none of the page's `bullets` reads."""
    taken = {lst.intro.start for lst in bullets}
    found: list[BulletList] = []
    for m in _INTRO.finditer(text):
        if m.start() in taken:
            continue
        items: list[ListItem] = []
        pos = m.end()
        while len(items) < _MAX_ITEMS:
            gap = _GAP.match(text, pos)
            line = _LINE.match(text, gap.end()) if gap else None
            if line is None:
                break
            words = line.group("item")
            if (
                len(words) > _MAX_ITEM
                or words.endswith(":")
                or _MARKER.match(words)
                or _SENTENCES.search(words)
            ):
                break
            items.append(list_item(line.start("item"), words))
            pos = line.end()
        stated = _COUNT.search(m.group("intro"))
        if stated and _NUMBERS.get(stated.group(0).lower(), len(items)) != len(items):
            continue  # "fyra inriktningsmål:" over two lines: not the list it announces
        if len(items) >= 2:
            found.append(BulletList(Span(m.start(), m.end()), items, max(i.end for i in items)))
    return found

"""Lines in reading order into blocks: headings, paragraphs, list items, contents lines.

The extractor treats every line break as a sentence boundary, so a paragraph
that the PDF wraps over several lines must become one line again. A line
continues the block above it when it has the same style (size, bold), follows
at the normal line pitch, keeps the block's left edge (a list item's
continuation lines keep the item text's edge), and the line above did not end
a sentence well short of the right margin. A paragraph may also run from the
foot of one column to the head of the next when the first part ends mid-sentence.

A block is a heading when its font is clearly larger than the body text, or
when it is a short bold line; it never ends in "." or ",".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from ingest.readers.pdf_cleanup import BULLETS, DASHES, has_leader, join_all, strip_leaders, tidy
from ingest.readers.pdf_columns import Flow
from ingest.readers.pdf_words import Line

HEADING_SIZE = 1.15  # times the body size
MAX_HEADING = 150
MAX_BOLD_HEADING = 80
LINE_PITCH = 1.55  # baseline distance, in font sizes, within one paragraph
_SENTENCE_END = re.compile(r"[.!?:]$")


class Kind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"
    CONTENTS = "contents"


@dataclass
class Block:
    kind: Kind
    text: str
    size: float
    full: bool = False  # its last line runs to the right edge: it may go on elsewhere


@dataclass
class _Open:
    lines: list[Line]
    flow: int
    item_x: float | None = None  # left edge of a list item's text
    texts: list[str] = field(default_factory=list)
    right: float = 0.0  # right edge and width of the flow its last line is in
    width: float = 0.0


def _bullet(line: Line, dash_list: bool) -> tuple[str, float] | None:
    """(text after the bullet, x where it starts) when the line opens a list item."""
    first = line.words[0]
    if first.text[0] in BULLETS:
        rest = first.text[1:]
        if rest:
            return " ".join([rest, *(w.text for w in line.words[1:])]), first.x0
        if len(line.words) > 1:
            return " ".join(w.text for w in line.words[1:]), line.words[1].x0
        return None
    if dash_list and first.text in DASHES and len(line.words) > 1:
        return " ".join(w.text for w in line.words[1:]), line.words[1].x0
    return None


def _dash_lines(lines: Sequence[Line]) -> set[int]:
    """Lines opening dash items: a dash alone before the text, on two or more lines in a row
    at the same left edge (a lone dash can be a line that starts with a dash in running text)."""
    dashed = [ln.words[0].text in DASHES and len(ln.words) > 1 for ln in lines]
    found: set[int] = set()
    last = None
    for i, is_dash in enumerate(dashed):
        if not is_dash:
            continue
        if last is not None and abs(lines[last].x0 - lines[i].x0) <= 1.0:
            found.update({last, i})
        last = i
    return found


def _continues(block: _Open, line: Line, flow: int, right: float, width: float) -> bool:
    prev = block.lines[-1]
    if has_leader(prev.text) or has_leader(line.text):
        return False
    if abs(line.size - prev.size) > 0.5 or line.bold != prev.bold:
        return False
    ends_sentence = bool(_SENTENCE_END.search(prev.text))
    if flow != block.flow:
        return not ends_sentence and line.text[:1].islower()
    pitch = line.baseline - prev.baseline
    if not 0 < pitch <= LINE_PITCH * prev.size:
        return False
    edge = block.item_x if block.item_x is not None else block.lines[0].x0
    if block.item_x is not None and line.x0 < edge - 1.0:
        return False  # back at the bullet's edge: the list item has ended
    if line.x0 > max(edge, prev.x0) + line.size:
        return False  # indented: a new paragraph
    return not (ends_sentence and _short(prev, right, width))


def _short(line: Line, right: float, width: float) -> bool:
    """Whether a line ends well short of its flow's right edge."""
    return line.x1 < right - max(2 * line.size, 0.12 * width)


def blocks(flows: Sequence[Flow], body: float) -> list[Block]:
    """Flows (in reading order, between two tables) into blocks."""
    out: list[Block] = []
    current: _Open | None = None
    for number, flow in enumerate(flows):
        lines = flow.lines
        right = max(ln.x1 for ln in lines)
        width = right - min(ln.x0 for ln in lines)
        if len(lines) == 1:
            right = math.inf  # one line shows no margin: it is not "full"
        dashes = _dash_lines(lines)
        for index, line in enumerate(lines):
            item = _bullet(line, index in dashes)
            if (
                current is not None
                and item is None
                and _continues(current, line, number, right, width)
            ):
                current.lines.append(line)
                current.texts.append(line.text)
                current.right, current.width = right, width
                continue
            if current is not None:
                out.append(_close(current, body))
            if item is not None:
                current = _Open([line], number, item_x=item[1], texts=[item[0]])
            else:
                current = _Open([line], number, texts=[line.text])
            current.right, current.width = right, width
    if current is not None:
        out.append(_close(current, body))
    return out


def _close(block: _Open, body: float) -> Block:
    first = block.lines[0]
    text = tidy(join_all(block.texts))
    full = not _short(block.lines[-1], block.right, block.width)
    if block.item_x is not None:
        return Block(Kind.ITEM, "\u2022 " + text, first.size, full)
    if has_leader(first.text):
        return Block(Kind.CONTENTS, tidy(strip_leaders(text)), first.size)
    if _is_heading(text, first, body):
        return Block(Kind.HEADING, text, first.size)
    return Block(Kind.PARAGRAPH, text, first.size, full)


def _is_heading(text: str, first: Line, body: float) -> bool:
    if (
        len(text) > MAX_HEADING
        or text.endswith((".", ",", ";"))
        or not re.search(r"[^\W\d_]", text)
    ):
        return False
    if first.size >= HEADING_SIZE * body:
        return True
    return (
        first.bold
        and first.size >= 0.95 * body
        and len(text) <= MAX_BOLD_HEADING
        and not text.endswith(":")
    )

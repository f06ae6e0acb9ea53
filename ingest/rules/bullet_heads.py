"""The line a bullet list stands under, and what that line says of its items.

Why: a meeting summary's lists are told apart only by their heads: "Vid kommunstyrelsen
fattades bland annat följande beslut:" lists the board's own decisions, while
"Kommunstyrelsen föreslog även kommunfullmäktige att fatta följande beslut:" lists what
it proposes to the council; there "• Anta ett reviderat program för X" is the board's
proposal (a decision that concerns the programme), not its adoption.
"""

from __future__ import annotations

import re

__all__ = ["bullet_head", "list_heads"]

_ANY_BULLET = re.compile(r"[ \t]*[•*\u2013-]")


def list_heads(text: str) -> dict[int, str]:
    """Each bullet line's start -> the nearest non-empty line above its block that is no
    bullet (one pass over the page's lines)."""
    heads: dict[int, str] = {}
    head = ""
    pos = 0
    for line in text.split("\n"):
        if _ANY_BULLET.match(line):
            heads[pos] = head
        elif line.strip():
            head = line.strip()
        pos += len(line) + 1
    return heads


def bullet_head(text: str, pos: int) -> str:
    """The head of the bullet block whose line holds pos; "" when that line is no bullet."""
    start = text.rfind("\n", 0, pos) + 1
    if not _ANY_BULLET.match(text, start):
        return ""
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if line.strip() and not _ANY_BULLET.match(line):
            return line.strip()
        start = prev
    return ""

"""A list's bullet printed on a line of its own, joined to the item on the next line.

Why: some pages' text puts each bullet alone on its line, the item a line (or a blank
line) below ("-\\n\\nAttraktiva livsmiljöer. Skapa ..."), so no list rule sees a list.
The line breaks between the bullet and its item become spaces, so every offset into the
text (evidence, page starts) stays where it was.
"""

from __future__ import annotations

import re

__all__ = ["join_lone_bullets"]

# A bullet alone on its line, then line breaks up to the item's first word (not another
# lone bullet, which is an empty item).
_LONE = re.compile(
    r"^([^\S\n]*[-•*\u2013])[^\S\n]*(\n(?:[^\S\n]*\n)*)(?=[^\S\n]*[^\s•*\u2013-])", re.M
)


def join_lone_bullets(text: str) -> str:
    """`text` with each lone bullet's line breaks up to its item turned into spaces."""
    return _LONE.sub(lambda m: m.group(0).replace("\n", " "), text)

"""A name read after a generic noun, cut where the page names it shorter elsewhere.

"inom projektet Trygga platser hjälpa kommuner att ...": the name pattern runs on over
lowercase words until a stop word; when the page names "Trygga platser" on its own
elsewhere (a heading, "Trygga platser är ett ..."), the name ends there.
"""

from __future__ import annotations

import re


def known_prefix(text: str, name: str, start: int) -> str:
    """The shortest prefix of two or more words, followed by a lowercase word in the name,
    that the page names elsewhere as a whole (not followed by the same next word)."""
    words = name.split()
    for k in range(2, len(words)):
        if not words[k][0].islower():
            continue
        prefix = r"\s+".join(re.escape(w) for w in words[:k])
        shorter = re.compile(
            rf"(?<![\wåäöÅÄÖ-]){prefix}(?![\wåäöÅÄÖ-])(?!\s+{re.escape(words[k])}\b)", re.I
        )
        if any(m.start() != start for m in shorter.finditer(text)):
            return " ".join(words[:k])
    return name

"""Text clean-up for PDF lines: ligatures, line-end hyphens, bullets, dot leaders.

Why here and not in the layout code: the same rules apply to running text and
to the lines inside a table cell, and they are pure string functions that can
be tested on their own.
"""

from __future__ import annotations

import re
import unicodedata

# Ligature code points only: NFKC on the whole text would also fold "²", "½", full-width
# forms and the like, which the extractor should see as written.
_LIGATURES = {
    ord(ch): unicodedata.normalize("NFKC", ch)
    for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
}
SOFT_HYPHEN = "\u00ad"
# Words after which a line-end hyphen is a suspended compound ("kvinno- och flickjourer").
_KEEPS_HYPHEN = frozenset({"och", "eller"})
# Bullet glyphs as fonts draw them (Symbol/Wingdings ones land in the private use area).
BULLETS = frozenset("•●▪■◦○◾◼►➢\uf0b7\uf0a7\uf0d8\uf076\uf0fc")
DASHES = frozenset("-\u2013")
_LEADER = re.compile(r"\s*(?:\.\s?){4,}\s*")


def expand_ligatures(text: str) -> str:
    return text.translate(_LIGATURES)


def join_lines(first: str, second: str) -> str:
    """Join two lines of one paragraph (or one table cell), undoing line-end hyphenation.

    "fortbild-" + "ningsinsatser" -> "fortbildningsinsatser"; "kvinno-" + "och ..." keeps
    its hyphen and the space; a hyphen after a capital or a digit ("BAS-" + "nämnden",
    "2022-" + "2026") is part of the word and stays, without a space."""
    if not first:
        return second
    if not second:
        return first
    if first.endswith(SOFT_HYPHEN):
        return first[:-1] + second
    if first.endswith("-") and len(first) > 1 and first[-2].isalnum():
        following = second.split(" ", 1)[0].rstrip(",.;:")
        if following.lower() in _KEEPS_HYPHEN:
            return f"{first} {second}"
        if first[-2].islower() and second[0].islower():
            return first[:-1] + second
        return first + second
    return f"{first} {second}"


def join_all(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text = join_lines(text, line.strip())
    return text


def has_leader(text: str) -> bool:
    """A table-of-contents line: title, a run of dots, a page number."""
    return bool(_LEADER.search(text))


def strip_leaders(text: str) -> str:
    return _LEADER.sub(" ", text).strip()


def tidy(text: str) -> str:
    """Collapse whitespace, drop soft hyphens left inside a line, and normalise to NFC."""
    text = " ".join(text.replace(SOFT_HYPHEN, "").split())
    return unicodedata.normalize("NFC", text)

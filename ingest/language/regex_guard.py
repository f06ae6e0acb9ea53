"""A pattern's possible first characters as a lookahead, so that a scan skips other
positions at once.

Why: a rule's cue is often a long alternation of words compiled with re.I ("beslutade|
godkände|antogs ..."). For such a pattern the engine finds no prefix to skip by and tries
every alternative at every position of the page; a leading ``(?=[bga...])`` rejects most
positions with one character test. On the rules' hottest cues it halves their time.

The guard never changes what a pattern matches: it lists every character a match can
begin with (literals, classes and categories, through optional parts, groups and
alternatives; lookarounds and anchors consume nothing). A pattern whose first character
cannot be listed (a negated class, ".", a back-reference, inline flags in a group) or that
may match the empty string is returned as it is.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from types import ModuleType
from typing import Any

_p: ModuleType | None
try:  # the standard library's parser; private, so its absence only costs speed
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it
    _p = None

__all__ = ["compile_guarded", "first_letter_guard", "first_letters_ahead"]

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")

# (the class items a match may start with, or None for "any"; whether it may be empty)
_First = tuple[set[str] | None, bool]


def _escape(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def _class_items(items: Any) -> set[str] | None:
    found: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            found.add(_escape(arg))
        elif name == "RANGE":
            found.add(_escape(arg[0]) + "-" + _escape(arg[1]))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            found.add(_CATEGORIES[str(arg)])
        else:  # a negated class, or a category without an escape of its own
            return None
    return found


def _first(sequence: Any) -> _First:
    """What a parsed sequence's first consumed character may be."""
    found: set[str] = set()
    for op, arg in sequence:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            return found | {_escape(arg)}, False
        if name == "IN":
            items = _class_items(arg)
            return (None if items is None else found | items), False
        if name == "BRANCH":
            part, empty = _union(arg[1])
        elif name == "SUBPATTERN":
            if arg[1] or arg[2]:  # inline flags of its own: not worth following
                return None, False
            part, empty = _first(arg[3])
        elif name in _REPEATS:
            part, empty = _first(arg[2])
            empty = empty or arg[0] == 0
        elif name == "ATOMIC_GROUP":
            part, empty = _first(arg)
        else:  # ".", a negated literal, a back-reference, a conditional
            return None, False
        if part is None:
            return None, False
        found |= part
        if not empty:
            return found, False
    return found, True


def _union(alternatives: Any) -> _First:
    found: set[str] = set()
    empty = False
    for alternative in alternatives:
        part, may_be_empty = _first(alternative)
        if part is None:
            return None, False
        found |= part
        empty = empty or may_be_empty
    return found, empty


def compile_guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` behind a lookahead of its possible first characters
    (see above). It parses the source once and compiles only the guarded form: compiling
    the plain pattern first and guarding it after would double the import-time cost."""
    if _p is None:  # pragma: no cover - a Python without the parser
        return re.compile(source, flags)
    parsed = _p.parse(source, flags)
    first, empty = _first(parsed)
    flags = parsed.state.flags  # with the source's own leading flags, "(?i)..."
    if first is None or empty or not first:
        return re.compile(source, flags)
    body = _LEADING_FLAGS.sub("", source)
    closing = "\n)" if flags & re.VERBOSE else ")"  # a trailing comment ends at \n
    return re.compile(f"(?=[{''.join(sorted(first))}])(?:{body}{closing}", flags)


def first_letter_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern behind a lookahead of its possible first characters (see above)."""
    if _p is None or not isinstance(pattern.pattern, str):
        return pattern
    guarded = compile_guarded(pattern.pattern, pattern.flags)
    return pattern if guarded.pattern == pattern.pattern else guarded


def first_letters_ahead(words: Iterable[str]) -> str:
    """A lookahead for the words' first letters in either case, to stand right before an
    alternation of them inside a larger pattern ("[a-zåäö]*?" + this + "(?:plan|strategi)"):
    where a lazy prefix tries the alternation at every letter of a word, the lookahead
    rejects most letters at once. It only lets through what the words could start with."""
    return "(?i:(?=[" + "".join(sorted({_escape(ord(w[0].lower())) for w in words})) + "]))"

"""How a gold text or attribute compares with a predicted one.

Texts compare by content words: lower case, punctuation dropped, Swedish stop
words dropped, each word matching itself in another inflection; a predicted text
matches when it holds at least MATCH_THRESHOLD of the gold text's content words.
Other strings compare case- and space-insensitively, and anything else exactly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import TypeAlias

__all__ = [
    "MATCH_THRESHOLD",
    "STOP_WORDS",
    "TEXT_ATTRS",
    "AttrValue",
    "attr_diffs",
    "content_words",
    "overlap",
    "same_word",
    "shared",
]

MATCH_THRESHOLD = 0.5

AttrValue: TypeAlias = str | int | bool | None

# Free-text attributes: compared like `text` (content-word overlap), not verbatim.
TEXT_ATTRS = frozenset({"title", "condition", "summary", "description", "text"})

# Function words that carry no content; enough for the short texts gold gives.
_STOP_WORDS = """
    à alla allt andra annat av bara blir bli de dem den denna denne dess dessa det detta
    dig din dina ditt du där då efter ej eller en ens er era ert ett från för genom ha
    hade han har hans hen henne hennes hon honom hur här i icke ingen inom inte jag ju
    kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några
    och om oss på samma sedan sig sin sina sitt själv ska skall skulle som så till under
    upp ut utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket vår
    våra vårt än är åt över också även
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
_NON_WORD = re.compile(r"[^\w]+|_")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words with punctuation and stop words dropped ('2022-2026' -> 2022, 2026)."""
    return frozenset(w for w in _NON_WORD.split(text.lower()) if w and w not in STOP_WORDS)


# Inflection endings (definite, plural, genitive, adjective agreement): "Landsbygdsprogrammet"
# and "Landsbygdsprogram", "nationella livsmedelsstrategin" and "Nationell
# livsmedelsstrategi" name one thing, and two annotators write either.
_ENDINGS = frozenset(
    "a e n r s t ar er or en et na as es ns ts rna ena ens ets ers nas erna arna orna".split()  # noqa: SIM905
)
_VOWELS = frozenset("aeiouyåäö")
_STEM_CHARS = 4  # a shorter shared start ("mål", "vård") is no evidence of one word


def _inflected(rest: str, stem: str) -> bool:
    if not rest or rest in _ENDINGS:
        return True
    # "program" + "met": a doubled final consonant before the ending
    return rest[0] == stem[-1] and rest[0] not in _VOWELS and rest[1:] in _ENDINGS


def same_word(a: str, b: str) -> bool:
    """One word in two inflections: equal, or a shared start of four letters or more
    followed in each by nothing or an inflection ending."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    if n < _STEM_CHARS:
        return False
    stem = a[:n]
    return _inflected(a[n:], stem) and _inflected(b[n:], stem)


def shared(words: frozenset[str], other: frozenset[str]) -> int:
    """How many of `words` the other set holds, in any inflection."""
    return sum(1 for w in words if w in other or any(same_word(w, o) for o in other))


def overlap(gold_text: str, predicted_text: str) -> float:
    """Share of the gold text's content words that the predicted text contains, in any
    inflection."""
    gold = content_words(gold_text)
    if not gold:
        return 0.0
    return shared(gold, content_words(predicted_text)) / len(gold)


def _value(obj: object, name: str) -> AttrValue:
    v = getattr(obj, name, None)
    if isinstance(v, Enum):
        return str(v.value)
    if v is None or isinstance(v, str | int | bool):
        return v
    return str(v)


# "1:e vice ordförande", "1e vice ordförande" and "förste vice ordförande": one ordinal,
# written three ways.
_ORDINAL = re.compile(r"\b(\d):e\b")
_WORD_ORDINALS = {"förste": "1e", "första": "1e", "andre": "2e", "andra": "2e", "tredje": "3e"}
_WORD_ORDINAL = re.compile(r"\b(" + "|".join(_WORD_ORDINALS) + r")(?=\s+vice\b)")


def _plain(value: str) -> str:
    value = _ORDINAL.sub(r"\1e", value.casefold())
    value = _WORD_ORDINAL.sub(lambda m: _WORD_ORDINALS[m.group(1)], value)
    return " ".join(value.split())


def _attr_equal(name: str, gold: AttrValue, predicted: AttrValue, *, fuzzy: bool) -> bool:
    if gold is None or predicted is None:
        return gold is predicted
    if isinstance(gold, str) and isinstance(predicted, str):
        if fuzzy and name in TEXT_ATTRS:
            return overlap(gold, predicted) >= MATCH_THRESHOLD
        return _plain(gold) == _plain(predicted)
    return type(gold) is type(predicted) and gold == predicted


def attr_diffs(attrs: Mapping[str, AttrValue], obj: object, *, fuzzy: bool = True) -> list[str]:
    """Listed attributes that differ. Strings compare case- and space-insensitively; with
    `fuzzy`, free-text ones (title, condition, ...) by content-word overlap instead."""
    return [
        f"{name}: gold {gold!r}, predicted {_value(obj, name)!r}"
        for name, gold in attrs.items()
        if not _attr_equal(name, gold, _value(obj, name), fuzzy=fuzzy)
    ]

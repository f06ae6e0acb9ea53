"""A document noun with the words before it: determiner, adjectives and level word.

Why apart from ingest.rules.document_mentions: reading the phrase backwards from its noun
is one job (which words are adjectives of the document and which are verbs or names);
deciding what the mention names is another.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.language.regex_guard import first_letters_ahead
from ingest.rules.document_words import (
    ADJECTIVES,
    CURRENT_ADJECTIVES,
    DESCRIPTIVE,
    LEVEL_WORDS,
    NOUNS,
    PREDECESSOR_ADJECTIVES,
    title_adjective,
    title_word,
)

# The noun itself; the words before it are read by Phrase (backwards: one regex with
# optional adjectives before every noun position would cost more than the rest).
# A hyphen joins a compound ("X-policy"), unless it is a dash bullet ("-Policy för Y").
MENTION = re.compile(
    r"(?<![\wåäöÅÄÖ])(?<![\wåäöÅÄÖ]-)"
    # "energi-, miljö- och klimatplan": suspended first parts in a list
    r"(?P<prefix>läns)?(?P<compound>(?:(?:[a-zåäö]{2,}-,\s+){0,4}[a-zåäö]{2,}-\s+och\s+)?"
    r"(?:[a-zåäö]+-(?:[a-zåäö]{2,}?)?|[a-zåäö]{2,}?))?"
    + first_letters_ahead(NOUNS)
    + r"(?P<noun>"
    + "|".join(NOUNS)
    + r")(?P<definite>en|n|met|et|na|(?<=öfte)t)?(?P<gen>s)?\b",
    re.I,
)
_ARTICLE_PARTICIPLE = re.compile(r"(?<![\wåäöÅÄÖ-])(?:en|ett)\s+[a-zåäö]{3,}a[dt]e?\s+$", re.I)
_WORD_BEFORE = re.compile(r"(?<![\wåäöÅÄÖ-])[\wåäöÅÄÖ-]+\s+$")
_DESC = re.compile(DESCRIPTIVE, re.I)
# "Denna handlingsplan": a demonstrative points back as a definite form does
_DETS = ("en", "ett", "den", "det", "de", "nästa", "denna", "detta", "dessa")
_ADJS = (*ADJECTIVES, *PREDECESSOR_ADJECTIVES, *CURRENT_ADJECTIVES)


# Right to left: [det] [adj] [desc1] [level] [desc] noun, each optional.
def _descriptive(word: str) -> bool:
    return word not in LEVEL_WORDS and word not in _ADJS and bool(_DESC.fullmatch(word))


# "alkohol- och drogpolitiska program": a suspended first part belongs to the adjective.
_SUSPENDED = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?:[a-zåäöA-ZÅÄÖ]{2,}-,\s+){0,4}[a-zåäöA-ZÅÄÖ]{2,}-\s+(?i:och|eller)\s+$"
)


def title_desc(adjective: str, word: str) -> str:
    """The adjective as a title gives it; a suspended first part stays as written."""
    head, _, last = adjective.rpartition(" ")
    last = title_adjective(last, word) if _descriptive(last.lower()) else last.lower()
    return f"{head.lower()} {last}" if head else last


_SLOTS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("desc", _descriptive),
    ("level", lambda w: w in LEVEL_WORDS),
    ("desc1", _descriptive),
    ("adj", lambda w: w in _ADJS),
    ("adj2", lambda w: w in ADJECTIVES),  # "ett nytt gemensamt medborgarlöfte"
    ("det", lambda w: w in _DETS),
)


class Phrase:
    """A document noun with the determiner, adjectives and level word before it."""

    def __init__(self, text: str, noun: re.Match[str], limit: int) -> None:
        self._noun = noun
        self._text = text
        self._words: dict[str, str] = {}
        self._start = noun.start()
        slot = 0
        while slot < len(_SLOTS):
            w = _WORD_BEFORE.search(text, max(limit, self._start - 40), self._start)
            if w is None:
                break
            word = w.group(0).rstrip()
            if self._not_adjective(word, w.start(), limit):
                break
            found = next((i for i in range(slot, len(_SLOTS)) if _SLOTS[i][1](word.lower())), None)
            if found is None and slot == 0 and _ARTICLE_PARTICIPLE.search(text, limit, w.end()):
                found = 0  # "ett riktat åtgärdsprogram" (but "har undertecknat planen": a verb)
            indefinite = found is None and slot == 0 and not noun.group("definite")
            if indefinite and title_word(text, word, w.start(), limit):
                found = 0  # "antog Smart specialiseringsstrategi": a title's own adjective
            if found is None:
                break
            self._start, slot = w.start(), found + 1
            joined = _SUSPENDED.search(text, max(limit, self._start - 40), self._start)
            if joined and _SLOTS[found][0].startswith("desc"):
                word, self._start = joined.group(0) + word, joined.start()
            self._words[_SLOTS[found][0]] = word

    def _not_adjective(self, word: str, start: int, limit: int) -> bool:
        """'Lars Lustig undertecknade handlingsplanen': an -ade word before a definite noun
        with no article before it ("den reviderade planen") is a verb in the past tense."""
        if not (self._noun.group("definite") and word.lower().endswith("ade")):
            return False
        before = _WORD_BEFORE.search(self._text, max(limit, start - 40), start)
        return before is None or before.group(0).strip().lower() not in _DETS

    @property
    def surface(self) -> str:
        return self._text[self._start : self._noun.end()]

    def group(self, name: str) -> str | None:
        if name in self._words:
            return self._words[name]
        return self._noun.group(name) if name in self._noun.re.groupindex else None

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._noun.end()

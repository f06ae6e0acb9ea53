"""Text matching that both stores agree on.

Each store's full-text index (FTS5, Lucene) only proposes candidates; the final
rule is applied here, so the two stores return the same set: every word of the
query must be the prefix of a word of the text, case-insensitively.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from functools import lru_cache

import snowballstemmer

from graph.nodes import NodeLabel, PropValue
from graph.user_input import UserInputError

_WORD = re.compile(r"\w+", re.UNICODE)
_SEARCH_FIELDS: dict[NodeLabel, tuple[str, ...]] = {
    NodeLabel.DOCUMENT: ("title", "normalised_title"),
    NodeLabel.ORGANIZATION: ("name", "aliases"),
    NodeLabel.PERSON: ("name",),
    NodeLabel.INITIATIVE: ("name",),
    NodeLabel.DECISION: ("summary",),
    NodeLabel.ACTIVITY: ("description",),
    NodeLabel.GOAL: ("text",),
    NodeLabel.SOURCE: ("title",),
}
MAX_QUERY_WORDS = 16
# Longer than any Swedish compound; Lucene (Neo4j) cannot build a prefix query much
# past 1,000 characters, so both stores refuse the same words rather than differ.
MAX_WORD_CHARS = 100


class _Stemmers(threading.local):
    """One Snowball stemmer per thread: a stemmer keeps the word it is working on in
    its own fields, so two threads sharing one get exceptions and wrong stems."""

    def __init__(self) -> None:
        self.swedish = snowballstemmer.stemmer("swedish")


_STEMMERS = _Stemmers()


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    # Cached: the pure-Python stemmer was half the cost of a write (bench.national).
    # The cache has its own lock; each miss stems on the calling thread's stemmer.
    found: str = _STEMMERS.swedish.stemWord(word)
    return found


def stems(text: str) -> list[str]:
    """Swedish Snowball stems of the words: 'handlingsplanen' -> 'handlingsplan'."""
    return [_stem(w) for w in words(text)]


def stem_text(text: str) -> str:
    """The text an index holds for stem search: stems separated by spaces."""
    return " ".join(stems(text))


def query_stems(text: str) -> list[str]:
    """The distinct stems of a search query, in order; ValueError when there are none."""
    return list(dict.fromkeys(stems(" ".join(query_words(text)))))


def coverage_of(query: list[str], text_stems: list[str]) -> float:
    """The share of query stems that start some stem of the text."""
    hit = sum(any(s.startswith(q) for s in text_stems) for q in query)
    return hit / len(query) if query else 0.0


def coverage_of_stems(query: list[str], text_stems: str) -> float:
    """coverage_of on stems kept as one string (stem_text's): a query stem starts some
    stem when it follows a space, without splitting the text (a search scores thousands)."""
    padded = " " + text_stems
    hit = sum(" " + q in padded for q in query)
    return hit / len(query) if query else 0.0


def query_words(text: str) -> list[str]:
    """The words of a user query; raises ValueError when there is nothing to search for."""
    found = words(text)
    if not found:
        raise UserInputError("the search text has no words to match")
    if len(found) > MAX_QUERY_WORDS:
        raise UserInputError(f"the search text has more than {MAX_QUERY_WORDS} words")
    if any(len(w) > MAX_WORD_CHARS for w in found):
        raise UserInputError(
            f"a word of the search text is longer than {MAX_WORD_CHARS} characters"
        )
    return found


def searchable_text(label: NodeLabel, props: Mapping[str, PropValue]) -> str:
    """The text a node is found by."""
    parts: list[str] = []
    for name in _SEARCH_FIELDS[label]:
        value = props.get(name)
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif isinstance(value, str):
            parts.append(value)
    return "\n".join(parts)


def matches(query: list[str], text: str) -> bool:
    have = words(text)
    return all(any(w.startswith(q) for w in have) for q in query)


def fts5_expression(query: list[str], operator: str = "AND") -> str:
    # Each word is quoted, so no FTS5 operator can come from user text.
    return f" {operator} ".join('"' + q.replace('"', '""') + '"*' for q in query)


def lucene_expression(query: list[str]) -> str:
    # \w+ words carry no Lucene syntax; the OR keeps recall, matches() decides.
    return " OR ".join(f"{q}*" for q in query)

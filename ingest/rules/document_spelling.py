"""A document noun misspelt once on a page is the page's usual spelling of it.

Why: real pages misspell long compounds ("mat- och livsmedelssstrategi", "Regional
handslingsplan" beside "handlingsplan" six times). Read as written, each misspelling is a
document of its own, with a title no reader would search for.

Rule (document.spelling, applied to the mentions before they are grouped): a compound
document noun of ten letters or more that the page writes less often than another one
one edit away (a letter added, dropped, changed or two swapped) is that other
spelling. A tie leaves both as written: the page does not say which is right.
"""

from __future__ import annotations

from collections import Counter

from ingest.rules.document_cand import Cand
from ingest.rules.document_words import is_compound, kind_of

__all__ = ["one_edit", "usual_spellings"]

_MIN_LENGTH = 10


def one_edit(a: str, b: str) -> bool:
    """Whether two different strings are one insertion, deletion, substitution or swap of
    neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one letter changed
    return a[i + 2 :] == b[i + 2 :] and a[i] == b[i + 1] and a[i + 1] == b[i]


def usual_spellings(found: list[Cand]) -> None:
    """Give each rare misspelt compound the page's usual spelling of it (and its kind:
    "handslingsplan" read as a plain plan is an action plan)."""
    counts = Counter(c.word.lower() for c in found)
    for c in found:
        word = c.word.lower()
        if len(word) < _MIN_LENGTH or not is_compound(word):
            continue
        usual = [w for w, n in counts.items() if n > counts[word] and one_edit(word, w)]
        if len(usual) != 1:
            continue
        spelt = usual[0][:1].upper() + usual[0][1:] if c.word[:1].isupper() else usual[0]
        if c.name:
            c.name = c.name.replace(c.word, spelt)
        c.word, c.kind = spelt, kind_of(spelt)

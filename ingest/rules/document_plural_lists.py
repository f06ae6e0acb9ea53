"""A plural document noun handed out over a list of named places or areas.

Why (invented examples): "Havsplaner för Skagerrak, Östersjön och Kattegatt" and "två
kustplaner - en för Norrkust och en för Sydkust" name one document per item; a plural
noun names no document otherwise, so a page's three plans were missing, or met in one
node with the bare "havsplan".

Rule (as document candidates, each `listed`): a plural of a plan or strategy noun
("-planer", "-strategier"), then "för" and a list of two or more capitalised items (one
or two words each) joined by commas and a last "och", or a dash and "en för A, en för
B och en för C", gives one "<noun> för <item>" candidate per item.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_cand import Cand
from ingest.rules.document_words import kind_of

__all__ = ["plural_list_candidates"]

_ITEM = r"[A-ZÅÄÖ][\wåäö-]+(?:[ \t]+[a-zåäö]+)?"
_END = r"(?=[ \t]*(?:[.,;:!?\n]|$))"
_NOUN = r"\b(?P<noun>[A-ZÅÄÖa-zåäö-]*(?:plan|strategi))er"
# "Havsplaner för A, B och C"
_SHARED = re.compile(
    rf"{_NOUN}[ \t]+för[ \t]+(?P<items>{_ITEM}(?:,[ \t]+{_ITEM})*[ \t]+och[ \t]+{_ITEM}){_END}"
)
# "tre havsplaner - en för A, en för B och en för C"
_EACH = re.compile(
    rf"{_NOUN}[ \t]*[\u2013\u2014-][ \t]*(?P<items>(?:en|ett)[ \t]+för[ \t]+{_ITEM}"
    rf"(?:,[ \t]+(?:en|ett)[ \t]+för[ \t]+{_ITEM})*[ \t]+och[ \t]+(?:en|ett)[ \t]+för[ \t]+"
    rf"{_ITEM}){_END}"
)
_SPLIT = re.compile(r",[ \t]+|[ \t]+och[ \t]+")
_ARTICLE_FOR = re.compile(r"(?:en|ett)[ \t]+för[ \t]+")


def _cand(start: int, end: int, noun: str, item: str) -> Cand:
    return Cand(
        start=start,
        end=end,
        kind=kind_of(noun),
        word=noun.lower(),
        level=None,
        prefix=False,
        topic=f"för {item}",
        period=None,
        det="",
        definite=False,
        predecessor=False,
        heading=False,
        titled=False,
        listed=True,
    )


def plural_list_candidates(ctx: Context) -> list[Cand]:
    """One candidate per listed item of each plural document noun so handed out."""
    found: list[Cand] = []
    for pattern in (_SHARED, _EACH):
        for m in pattern.finditer(ctx.text):
            noun = m.group("noun")
            at = m.start("items")
            for i, part in enumerate(_SPLIT.split(m.group("items"))):
                item = _ARTICLE_FOR.sub("", part, count=1)
                start = ctx.text.index(part, at)
                at = start + len(part)
                # the first item's span opens at the noun, so that the noun is quoted
                found.append(_cand(m.start() if i == 0 else start, at, noun, item))
    return found

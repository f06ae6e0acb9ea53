"""Organisations whose name carries a capitalised compass word.

Why: regional branches and joint bodies are named by a compass word written as a
proper name: after the name ("LRF Sydost", "Regionalt Cancercentrum Syd") or as its
capitalised first word before a federation's compound ("Norra Sjukvårdsregionförbundet").
Lower case ("södra Sverige") or a place before the word ("Östersund Norr") names a part
of the country, not an organisation.

Rule actor.other.compass_branch: an acronym ("LRF") or two or three capitalised words,
then a capitalised compass word; not a person ("Anna Berg Syd"), not a place, not a
region or police region ("Region Syd", "polisregion Mitt"); kind other, id
`Organization:org:<slug of the name>`. The prefixed form is read by civil_orgs'
association rule.
"""

from __future__ import annotations

import re

from ingest.language.gazetteer import county_by_name, first_names, fold, municipality_by_name
from ingest.language.regex_guard import compile_guarded

__all__ = ["COMPASS_PREFIX", "compass_branches"]

# "Norra Sjukvårdsregionförbundet": a capitalised compass adjective opens the name.
COMPASS_PREFIX = r"(?:(?:Norra|Södra|Östra|Västra|Mellersta)[ \t]+)?"
_TAIL = r"(?:Sydost|Sydväst|Nordost|Nordväst|Syd|Nord|Norr|Väst|Öst|Mitt)"
_WORD = r"(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]+)"
_BRANCH = compile_guarded(
    rf"(?<![\w-])(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+{_TAIL}(?![\w-])"
)
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,6}")
# Words that open a sentence or name a region, no part of a branch's name.
_NOT_NAME = frozenset(
    {
        "den",
        "det",
        "en",
        "ett",
        "även",
        "och",
        "med",
        "för",
        "från",
        "till",
        "inom",
        "hos",
        "vid",
        "enligt",
        "region",
        "regionen",
        "polisregion",
        "polisregionen",
        "lpo",
    }
)


def _place_or_person(word: str) -> bool:
    return (
        municipality_by_name(word) is not None
        or county_by_name(word) is not None
        or word in first_names()
    )


def compass_branches(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each compass-named organisation in ``text``."""
    found: list[tuple[int, int, str]] = []
    for m in _BRANCH.finditer(text):
        words = m.group("name").split()
        while words and fold(words[0]) in _NOT_NAME:
            words.pop(0)
        if not words or any(fold(w) in _NOT_NAME for w in words):
            continue
        # one word only when it is an acronym ("LRF Sydost", not "Akademi Norr")
        if len(words) == 1 and not _ACRONYM.fullmatch(words[0]):
            continue
        if _place_or_person(words[0]):
            continue
        start = text.index(words[0], m.start("name"))
        name = " ".join([*words, text[m.end("name") : m.end()].strip()])
        found.append((start, m.end(), name))
    return found

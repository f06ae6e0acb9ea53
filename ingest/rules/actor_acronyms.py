"""Acronyms of a page's committees: "Bistånds-, arbetsmarknads- och sociala
servicenämnden (BAS)" defines BAS, and a committee's initials stand for it too.

Why: minutes name a committee in full once and by its acronym after ("BAS-nämnden",
"BAS beslutade ..."); the acronym must reach the same node.
"""

from __future__ import annotations

import re

from ingest.context import Context

__all__ = ["DEFINED_ACRONYM", "head_initials", "initials", "page_acronyms"]

# "<committee> (BAS)": an acronym the page defines for the committee just named.
DEFINED_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÅÄÖ]{2,6})\)")


def _name_words(name: str) -> list[str]:
    """The words of a committee name that give letters: all but "och" and "samt"."""
    return [w for w in re.findall(r"[A-Za-zÅÄÖåäö]+", name) if w.lower() not in ("och", "samt")]


def initials(name: str) -> set[str]:
    """Acronyms a committee name can have: 'Bistånds-, arbetsmarknads- och sociala
    servicenämnden' -> {'BAS', 'BASS'} (initials without or with the last word)."""
    letters = [w[0].upper() for w in _name_words(name)]
    return {"".join(letters[:-1]), "".join(letters)} if len(letters) > 1 else set()


# The head of a compound committee name, which gives its own letter: "utvecklings|nämnden".
_HEAD = re.compile(r"(?<=[a-zåäö]{3})(nämnden|nämnd|styrelsen|utskottet|förvaltningen)$")


def head_initials(name: str) -> str | None:
    """'Regionala utvecklingsnämnden' -> 'RUN', 'Kultur- och fritidsnämnden' -> 'KFN': the
    initials with a letter for the compound's head, as committees are commonly shortened."""
    words = _name_words(name)
    head = _HEAD.search(words[-1]) if words else None
    if head is None:
        return None
    return "".join(w[0].upper() for w in words) + head.group(1)[0].upper()


def page_acronyms(ctx: Context, full_names: dict[str, tuple[int, int]]) -> dict[str, str]:
    """Acronym -> committee name, from "(BAS)" right after a name, or from initials."""
    acronyms: dict[str, str] = {}
    for name, (_, end) in full_names.items():
        m = DEFINED_ACRONYM.match(ctx.text, end)
        if m:
            acronyms[m.group("acr")] = name
    for name in full_names:
        for acr in initials(name):
            if len(acr) >= 2:
                acronyms.setdefault(acr, name)
        headed = head_initials(name)
        if headed is not None:
            acronyms.setdefault(headed, name)
    return acronyms

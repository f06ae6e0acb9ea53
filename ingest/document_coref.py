"""Mentions of one document on one page, met in one node.

Why: without a period, a document's id is its normalised title, so the same
plan named three ways on one page ("Klimatstrategi 2022-2030", "en
klimatstrategi", "Klimatstrategi för Alingsås kommun") would make three nodes.
Two mentions of one kind and scope are one document when neither is a
predecessor ("den tidigare ..."), their periods do not differ, their nouns are
the same compound or one is the bare noun ("strategin"), and one's topic words
are within the other's (or one has none).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from graph.nodes import DocumentKind
from graph.text_match import stems

__all__ = ["Mentioned", "merge_coreferent"]

_SMALL = frozenset({"för", "mot", "om", "vid", "i", "och", "av", "till", "den", "det", "de"})


class Mentioned(Protocol):
    kind: DocumentKind
    period: tuple[int, int] | None
    topic: str | None
    word: str
    predecessor: bool


G = TypeVar("G", bound=Mentioned)


def _words(topic: str | None) -> frozenset[str]:
    """The topic's content words, stemmed: "bostadsförsörjningen" meets "bostadsförsörjning"."""
    return frozenset(stems(" ".join(w for w in (topic or "").lower().split() if w not in _SMALL)))


def _nouns_meet(a: str, b: str, bare: Sequence[str]) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in bare or b in bare


def same_document(a: Mentioned, b: Mentioned, bare: Sequence[str]) -> bool:
    if a.predecessor or b.predecessor or a.kind is not b.kind:
        return False
    if a.period and b.period and a.period != b.period:
        return False
    if not _nouns_meet(a.word, b.word, bare):
        return False
    if a.word.lower() == b.word.lower() and a.word.lower() not in bare:
        return True  # "biblioteksplanen ... för staden": one page, one such compound
    wa, wb = _words(a.topic), _words(b.topic)
    return not wa or not wb or wa <= wb or wb <= wa


def merge_coreferent(
    groups: list[G],
    scope_of: Callable[[G], object],
    bare: Sequence[str],
    join: Callable[[G, G], None],
) -> list[G]:
    """Groups with each page-level coreferent group joined into the first of its kind."""
    out: list[G] = []
    for g in groups:
        scope = scope_of(g)
        # A mention with no scope of its own (a headline's "Ny ANDTS-policy") meets the
        # document it names; two scoped ones must have the same scope.
        target = next(
            (
                x
                for x in out
                if (scope is None or scope_of(x) in (None, scope)) and same_document(x, g, bare)
            ),
            None,
        )
        if target is None:
            out.append(g)
        else:
            join(target, g)
    return out

"""Mentions of one document on one page, met in one node.

Why: without a period, a document's id is its normalised title, so the same
plan named three ways on one page ("Klimatstrategi 2022-2030", "en
klimatstrategi", "Klimatstrategi för Alingsås kommun") would make three nodes.
Two mentions of one kind and scope are one document when neither is a
predecessor ("den tidigare ..."), their periods do not differ, their nouns are
the same compound or one is the bare noun ("strategin"), and one's topic words
are within the other's (or one has none), or both name the same things once a
compound's first part counts as a topic word ("digitaliseringsstrategi för
skolväsendet", "strategi för skolans digitalisering"). A compound without a topic and
a bare noun with one meet only if the compound's first part is among the topic's words
or its acronym is their initials ("folkhälsopolicy" and "Policy för att förebygga våld"
are two), unless the topic only names a place. A headline's document meets the one
document of its kind the text introduces, whatever its wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from graph.nodes import DocumentKind
from graph.text_match import stems
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.rules.document_spelling import one_edit
from ingest.rules.document_words import owner_prefixed

__all__ = ["Mentioned", "merge_coreferent"]

_SMALL = frozenset({"för", "mot", "om", "vid", "i", "och", "av", "till", "den", "det", "de"})
# "riktlinjerna för länens regionala serviceprogram": whose, not what about
_SCOPE_GENITIVES = frozenset(
    {"länens", "länets", "kommunens", "kommunernas", "regionens", "regionernas"}
)


class Mentioned(Protocol):
    kind: DocumentKind
    period: tuple[int, int] | None
    topic: str | None
    word: str
    predecessor: bool


G = TypeVar("G", bound=Mentioned)


def _words(topic: str | None) -> frozenset[str]:
    """The topic's content words, stemmed: "bostadsförsörjningen" meets "bostadsförsörjning"."""
    words = (topic or "").lower().split()
    return frozenset(stems(" ".join(w for w in words if w not in _SMALL | _SCOPE_GENITIVES)))


def _nouns_meet(a: str, b: str, bare: Sequence[str]) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a in bare or b in bare or _misspelt(a, b)


_MIN_TYPO_LENGTH = 12


def _misspelt(a: str, b: str) -> bool:
    """'utvecklingsprogram' / 'utvbecklingsprogram': a long compound and the same one with
    one letter added, dropped, changed or two swapped (a typo, an OCR slip) on one page.
    Not an acronym's compound: "ANDT-strategi" and "ANDTS-strategi" are two."""
    if min(len(a), len(b)) < _MIN_TYPO_LENGTH:
        return False
    if not (a.isalpha() and b.isalpha()):
        return False
    return one_edit(a, b)


def same_document(a: Mentioned, b: Mentioned, bare: Sequence[str]) -> bool:
    if a.predecessor or b.predecessor or a.kind is not b.kind:
        return False
    if a.period and b.period and a.period != b.period:
        return False
    if not _nouns_meet(a.word, b.word, bare):
        return False
    if _same_compound(a.word.lower(), b.word.lower()) and a.word.lower() not in bare:
        return True  # "biblioteksplanen ... för staden": one page, one such compound
    wa, wb = _words(a.topic), _words(b.topic)
    if bool(wa) != bool(wb) and not _modifier_meets(a, b, wa | wb, bare):
        return False  # "folkhälsopolicy" / "Policy för att förebygga våld": two topics
    if not wa or not wb or wa <= wb or wb <= wa:
        return True
    if _extends(wa, wb) or _extends(wb, wa):
        return True  # "för bostadsanpassning" / "för bostadsanpassningsbidrag"
    if _joined(a.topic) == _joined(b.topic):
        return True  # "för Gotlands kommun" / "för Gotlandskommun": one compound, split or not
    # "digitaliseringsstrategi för skolväsendet" / "strategi för skolans digitalisering":
    # a compound's first part is a topic word; the same words, each by its first letters.
    ka, kb = _heads(a, wa, bare), _heads(b, wb, bare)
    return len(ka) >= 2 and ka == kb


_MIN_EXTENDED = 8


def _extends(short: frozenset[str], long: frozenset[str]) -> bool:
    """Every word of `short` is the first part of a longer compound of `long`, and both
    have as many words: the same subject, one named more narrowly."""
    return len(short) == len(long) and all(
        len(w) >= _MIN_EXTENDED and any(x.startswith(w) and x != w for x in long) for w in short
    )


def _same_compound(a: str, b: str) -> bool:
    return a == b or _misspelt(a, b)


def _modifier_meets(a: Mentioned, b: Mentioned, words: frozenset[str], bare: Sequence[str]) -> bool:
    """A compound without a topic and a bare noun with one: the compound's first part is
    its topic, and must be among the other's words ("bostadsförsörjningsprogram",
    "program för bostadsförsörjning")."""
    compound, other = (a, b) if not a.topic else (b, a)
    if compound.word.lower() in bare or _place(other.topic or ""):
        return True  # "strategi för Kalmar län": a scope, not a topic
    if owner_prefixed(compound.word):
        return False  # "Kommunplan" / "Plan för aktörer av kommunal verksamhet": two
    modifier = _heads(compound, frozenset(), bare)
    # A short first part ("it-strategi", "e-strategi") says too little to tell apart.
    if not modifier or min(map(len, modifier)) < 4 or modifier & frozenset(w[:4] for w in words):
        return True
    # "ANDTS-policy" / "policy för alkohol, narkotika, dopning, tobak och spel": an
    # acronym is its topic's initials.
    initials = "".join(w[0] for w in (other.topic or "").lower().split() if w not in _SMALL)
    acronym = compound.word.lower().split("-")[0]
    return len(acronym) >= 3 and acronym in initials


_PLACE = re.compile(r"(?:^|\s)(?P<name>[A-ZÅÄÖ][\wåäö-]+)(?:s)?(?:\s+(?:kommun|län|region))?\s*$")


def _place(topic: str) -> bool:
    """A topic that ends in a municipality, county or region: a scope ("för Kalmar län")
    or a vision of one ("för ett livskraftigt Västmanland"), not a subject."""
    m = _PLACE.search(topic.strip())
    if m is None:
        return False
    name = m.group("name")
    return any(
        municipality_by_name(n) is not None or county_by_name(n) is not None
        for n in (name, name.removesuffix("s"))
    )


def _joined(topic: str | None) -> str:
    return "".join((topic or "").lower().split())


def _heads(m: Mentioned, words: frozenset[str], bare: Sequence[str]) -> frozenset[str]:
    word = m.word.lower()
    noun = next((n for n in sorted(bare, key=len, reverse=True) if word.endswith(n)), word)
    modifier = word[: len(word) - len(noun)].rstrip("-s")
    found = words | (frozenset(stems(modifier)) if modifier else frozenset())
    return frozenset(w[:4] for w in found)


def merge_coreferent(
    groups: list[G],
    scope_of: Callable[[G], object],
    bare: Sequence[str],
    join: Callable[[G, G], None],
    weak: Callable[[G], bool] = lambda g: False,
    headline: Callable[[G], bool] = lambda g: False,
    apart: Callable[[G, G], bool] = lambda a, b: False,
) -> list[G]:
    """Groups with each page-level coreferent group joined into the first of its kind.

    A mention with no scope of its own (a headline's "Ny ANDTS-policy") meets the
    document it names; two scoped ones must have the same scope, unless one's scope is
    only the site's (``weak``): "lokalplan 2019-2025" in a page heading then meets
    "Nämnden fastställde ... lokalplan 2019-2025", a committee of the same municipality.
    Two the page tells apart (``apart``: "X beslutad som strategi" and "den strategi för Y
    som ...") never meet."""
    out: list[G] = []
    for g in groups:
        scope = scope_of(g)
        target = next(
            (
                x
                for x in out
                if _scopes_meet(scope_of(x), scope, weak(x) or weak(g))
                and same_document(x, g, bare)
                and not apart(x, g)
            ),
            None,
        )
        if target is None:
            out.append(g)
        else:
            join(target, g)
    return _join_headlines(out, scope_of, join, headline, apart, bare)


def _join_headlines(
    groups: list[G],
    scope_of: Callable[[G], object],
    join: Callable[[G, G], None],
    headline: Callable[[G], bool],
    apart: Callable[[G, G], bool],
    bare: Sequence[str],
) -> list[G]:
    """A headline's document without a period is the one document of its kind the text
    introduces ("Regeringen presenterar handlingsplan för X" / "en handlingsplan för Y
    2022-2024"); its wording, the headline's, is kept. Not one whose compound names
    another ("biblioteks- och kulturplan" is no "Grundberedskapsplan")."""
    out = list(groups)
    for h in groups:
        if not headline(h) or h.period is not None:
            continue
        body = [
            g
            for g in out
            if g is not h
            and g.kind is h.kind
            and not g.predecessor
            and not headline(g)
            and not apart(h, g)
        ]
        if (
            len(body) == 1
            and _scopes_meet(scope_of(h), scope_of(body[0]), False)
            and _nouns_meet(h.word, body[0].word, bare)
            # "Plan för suicidprevention" over a section on "Kommunplanen 2023-2026": two
            and not (h.topic and not body[0].topic and owner_prefixed(body[0].word))
        ):
            join(h, body[0])
            out.remove(body[0])
    return out


def _scopes_meet(a: object, b: object, weak: bool) -> bool:
    if a is None or b is None or a == b:
        return True
    # (level, ("kommun", code, committee...)): the same level and municipality or county.
    return (
        weak
        and isinstance(a, tuple)
        and isinstance(b, tuple)
        and a[0] == b[0]
        and tuple(a[1][:2]) == tuple(b[1][:2])
    )

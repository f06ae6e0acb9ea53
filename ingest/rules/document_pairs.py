"""Two document nouns joined by "och" (or "med") that name one document.

"Kulturstrategi & kulturplan 2024-2027", "en ny handlingsplan och åtgärdsplan mot
våld": two nouns (no definite ending, the second without an article or adjective of
its own) sharing the second one's topic or period are one document, of the first
noun's kind, titled by both nouns. Definite
forms ("den regionala strategin och handlingsplanen för X") still name two documents
(ingest.rules.document_cand.share_coordinated). Two bare nouns of two kinds ("en regional
strategi och handlingsplan för X", "Policy och riktlinjer för X") are one document too,
the sets' settled convention (real12 on; real2-real11 annotated two).
"""

from __future__ import annotations

import dataclasses
import re

from ingest.context import Context
from ingest.rules.document_cand import Cand
from ingest.rules.document_words import is_compound

__all__ = ["one_coordinated", "split_respektive"]

# "en ny energiplan med klimatstrategi för X", "Energi- och klimatstrategi med
# handlingsplan": the second noun is part of the first document, as annotators read it
# (real21, real89).
_WITH = re.compile(r"\s+med\s+(?P<part>tillhörande\s+)?")
_ATTACHED = re.compile(r"tillhörande\s+", re.I)
_AFTER_WITH = re.compile(r"\smed\s+$")

_AND = re.compile(r"\s+(?:och|&)\s+")
_LETTER = re.compile(r"[\wåäöÅÄÖ-]")


def _ends_bare(ctx: Context, c: Cand) -> bool:
    """The mention ends with its noun as written, no definite ending: "kulturstrategi"."""
    return ctx.text[c.end - len(c.word) : c.end].lower() == c.word.lower()


def _opens_bare(ctx: Context, c: Cand) -> bool:
    """The mention opens with its noun, no article or adjective: "... och kulturplan"."""
    end = c.start + len(c.word)
    if ctx.text[c.start : end].lower() != c.word.lower():
        return False
    return end >= len(ctx.text) or not _LETTER.match(ctx.text, end)


def _bare_pair(ctx: Context, a: Cand, b: Cand) -> bool:
    """Two nouns of two words, the first bare with nothing of its own after it ("kultur-
    strategi och kulturplan"), the second opening bare; neither a predecessor."""
    if a.word.lower() == b.word.lower() or a.topic or a.period or a.name or a.plural:
        return False
    return not (a.predecessor or b.predecessor) and _ends_bare(ctx, a) and _opens_bare(ctx, b)


def _pair(ctx: Context, a: Cand, b: Cand) -> bool:
    if not _AND.fullmatch(ctx.text, a.end, b.start):
        return False
    return bool(b.topic or b.period) and _bare_pair(ctx, a, b)


def _with_part(ctx: Context, a: Cand, b: Cand) -> bool:
    """'energiplan med klimatstrategi': a bare noun, "med" and a bare noun. "med
    tillhörande åtgärdsplan" names a document of its own: the annotators split two to one
    (real18, real62 against real89)."""
    m = _WITH.fullmatch(ctx.text, a.end, b.start)
    if m is None or m["part"] or _ATTACHED.match(ctx.text, b.start):
        return False
    return _bare_pair(ctx, a, b)


def _named_alone(ctx: Context, found: list[Cand], c: Cand) -> bool:
    """'... antar policyn och kommunstyrelsen antar riktlinjerna': the page names c's noun
    elsewhere on its own, not after another "med", so it is a document of its own (real77)."""
    return any(
        o is not c
        and o.word.lower() == c.word.lower()
        and not _AFTER_WITH.search(ctx.text, max(0, o.start - 20), o.start)
        for o in found
    )


def _named_pair(ctx: Context, a: Cand, b: Cand) -> bool:
    """'strategin och handlingsplanen "X"': two definite kind nouns, the second named (not
    "Regionplanen och Dalastrategin 2030", two compounds that name two documents)."""
    if not _AND.fullmatch(ctx.text, a.end, b.start) or a.word.lower() == b.word.lower():
        return False
    if is_compound(a.word) or is_compound(b.word):
        return False
    return a.definite and b.definite and bool(b.name) and not (a.name or a.topic or a.period)


def one_coordinated(ctx: Context, found: list[Cand]) -> list[Cand]:
    """The mentions, each pair naming one document joined into its first."""
    out: list[Cand] = []
    for c in found:
        a = out[-1] if out else None
        if a is not None and _with_part(ctx, a, c) and not _named_alone(ctx, found, c):
            # the first noun stays the word (its kind and its mentions); the rest is topic
            part = f"med {c.word.lower()}"
            a.end, a.period, a.year = c.end, c.period, c.year
            a.topic = f"{part} {c.topic}" if c.topic else part
            a.definite_topic = None
            continue
        if a is not None and _named_pair(ctx, a, c):
            # "strategin och handlingsplanen "Tillsammans för X"": one named document, of
            # the first noun's kind (the settled convention)
            a.name, a.end, a.proper, a.definite_topic = c.name, c.end, c.proper, None
            a.topic, a.period, a.year = c.topic, c.period, c.year
            continue
        if a is not None and _pair(ctx, a, c):
            a.word = f"{a.word} och {c.word.lower()}"
            a.end, a.topic, a.period, a.year = c.end, c.topic, c.period, c.year
            a.definite_topic = None
            continue
        out.append(c)
    return out


_RESPEKTIVE = re.compile(r"\s+respektive\s+")


def split_respektive(ctx: Context, found: list[Cand]) -> list[Cand]:
    """A noun handed to two topics by "respektive" ("en översiktsplan för stad respektive
    landsbygd") names two documents, items of one list."""
    out: list[Cand] = []
    for c in found:
        m = _RESPEKTIVE.search(ctx.text, c.start, c.end) if c.topic and not c.period else None
        parts = _RESPEKTIVE.split(c.topic or "") if m else []
        # "om respektive parts ansvar": the adjective "each", not a conjunction.
        if m is None or len(parts) != 2 or len(parts[0].split()) < 2 or not parts[1]:
            out.append(c)
            continue
        head = parts[0].rsplit(" ", 1)[0] if " " in parts[0] else ""
        second = f"{head} {parts[1]}" if head else parts[1]
        out.append(dataclasses.replace(c, topic=parts[0], end=m.start(), listed=True))
        out.append(dataclasses.replace(c, topic=second, start=m.end(), listed=True))
    return out

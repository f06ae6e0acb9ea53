"""The version in force beside a new one: two documents, not one.

Why: a municipality's page on its comprehensive plan typically names both the plan being
drawn up and the one in force, each by the same noun ("Ny översiktsplan för Ydre kommun
... Den aktuella översiktsplanen är antagen 2013"). Read as one document, the new plan
takes the old one's adoption date, and two real documents become one node.

- renewed_kinds: the kinds of document the page calls new ("en ny översiktsplan"), but not
  a new one named only in a condition ("gäller fram till att en ny översiktsplan är
  antagen": the one in force is still the page's document).
- dated_in_force: a mention in force ("den gällande", "den aktuella", "nuvarande") whose own
  clause dates its adoption ("antogs av kommunfullmäktige i december 2010", "är antagen
  2013"), on a page that calls a document of its kind new where it is being drawn up
  ("arbeta fram en ny översiktsplan", "Förslag till ny översiktsplan"), is that new document's
  predecessor, and a node of its own (document.former, titled "Tidigare <noun>"). Its
  sentence dates it and says nothing of a revision, so it gives no REVISES
  (ingest.rules.relations_revises): the page does not say the new one replaces it.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.document_cand import Cand
from ingest.rules.document_words import NEW_ADJECTIVES

__all__ = ["dated_in_force", "dates_itself", "renewed_kinds"]

_IN_FORCE = ("gällande", "nuvarande", "aktuell", "aktuella", "befintlig", "befintliga")
# The adoption and its year, in the rest of the mention's sentence.
_ADOPTED_IN = re.compile(
    r"\s*(?:[^.;]{0,40}?\s)?(?:antogs|antagen|antaget|antagits|fastställdes|fastställd"
    r"|fastställt|godkändes)\b[^.;]{0,60}?\b(?:19|20)\d{2}\b",
    re.I,
)
# The new one being drawn up: "ta fram en ny", "Förslag till ny", "Arbetet med ... pågår".
_MAKING = re.compile(
    r"\b(?:ta[rs]?\s+(?:[\w-]+\s+){0,5}?fram|tagits\s+fram|arbeta[rt]?\s+fram|förslag(?:et)?\s+till"
    r"|arbetet\s+med|pågår|påbörja\w*|granskning|samråd\w*|remiss\w*|utställning)\b",
    re.I,
)
# A condition the new one is named in: "fram till att", "tills", "i väntan på".
_CONDITION = re.compile(
    r"\b(?:fram\s+till\s+(?:att|dess)|till\s+dess|tills|innan|i\s+väntan\s+på)\b[^.;]*$",
    re.I,
)


def renewed_kinds(ctx: Context, found: list[Cand]) -> set[DocumentKind]:
    """The kinds of document the page calls new, outside a condition."""
    kinds: set[DocumentKind] = set()
    for c in found:
        if c.adj not in NEW_ADJECTIVES:
            continue
        sentence = ctx.sentence_of(c.start)
        if sentence is not None and _CONDITION.search(ctx.text, sentence.start, c.start):
            continue
        kinds.add(c.kind)
    return kinds


def dated_in_force(ctx: Context, found: list[Cand]) -> None:
    """Mark the mentions in force that date their own adoption beside a new document
    still being drawn up (a new one already adopted is the one in force)."""
    making = set()
    for c in found:
        sentence = ctx.sentence_of(c.start) if c.adj in NEW_ADJECTIVES else None
        if sentence is not None and _MAKING.search(ctx.text, sentence.start, sentence.end):
            making.add(c.kind)
    for c in found:
        if c.adj not in _IN_FORCE or c.kind not in making or c.period or c.name:
            continue
        sentence = ctx.sentence_of(c.start)
        if sentence is not None and dates_itself(ctx.text, c.end, sentence):
            c.predecessor = c.dated = True


def dates_itself(text: str, end: int, sentence: Span) -> bool:
    """The rest of the sentence after a mention ending at ``end`` dates its adoption."""
    return _ADOPTED_IN.match(text, end, sentence.end) is not None

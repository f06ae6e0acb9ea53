"""The deciding body on a federation's own page, named only "styrelsen" or "förbundet".

Why: a municipal association (samordningsförbund, kommunförbund, räddningstjänstförbund)
reports its board's meetings without naming itself in each sentence: "Styrelsen tog
beslut att ...", "fick i uppdrag av styrelsen", "Därefter fattades beslut om ...". No
gazetteer names such a board, and what it decides is the association's.

Rule (used by the decision rules when a sentence names no deciding body): on a page that
names exactly one municipal association and no committee (so "styrelsen" cannot be a
municipality's or a region's board), a decision is that association's when its sentence
speaks of the board or the association ("styrelsen", "förbundsstyrelsen", "förbundet",
"förbundets styrelse"), or names no organisation at all on a page that speaks of the
association's board ("styrelsemötet", "styrelsen").
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.language.segment import Span

__all__ = ["association_body"]

# The board or the association itself, alone: not "Region Xs styrelse", not a company's.
_OWN_WORD = re.compile(
    r"(?<![\w-])(?:[Ff]örbunds)?[Ss]tyrelsen\b|(?<![\w-])[Ff]örbunde(?:t|ts)\b(?!\s+[A-ZÅÄÖ])"
)
_GENITIVE_BEFORE = re.compile(r"\w+s\s+$")
_BOARD_WORD = re.compile(r"(?<![\w-])(?:förbunds)?styrelse(?:n|möte\w*|ns)?\b", re.I)


def _association(ctx: Context) -> ActorHit | None:
    """The page's one municipal association, when the page names no committee."""
    if any(a.kind is OrganizationKind.COMMITTEE for a in ctx.actors):
        return None
    found = [a for a in ctx.actors if a.kind is OrganizationKind.MUNICIPAL_ASSOCIATION]
    if len({a.node_id for a in found}) != 1:
        return None
    return found[0]


def _own_word(ctx: Context, sentence: Span) -> re.Match[str] | None:
    for m in _OWN_WORD.finditer(ctx.text, sentence.start, sentence.end):
        if not _GENITIVE_BEFORE.search(ctx.text, max(sentence.start, m.start() - 40), m.start()):
            return m
    return None


def association_body(ctx: Context, sentence: Span) -> ActorHit | None:
    """The association that decided what `sentence` states, else None."""
    association = _association(ctx)
    if association is None:
        return None
    word = _own_word(ctx, sentence)
    if word is not None:
        return dataclasses.replace(association, start=word.start(), end=word.end(), anaphoric=True)
    if ctx.actors_in(sentence) or not _BOARD_WORD.search(ctx.text):
        return None
    return association

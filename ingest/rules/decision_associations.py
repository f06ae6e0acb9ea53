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

The board is a body of its own, as a municipality's committees are: where the sentence
names it ("Styrelsen beslutade", "förbundsdirektionen"), or speaks of its meeting on a
page that names it ("På styrelsemötet ..."), the decision is the board's
(`<association id>:styrelsen`, PART_OF the association); "förbundet" alone stays the
association's.
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.ids import slug
from graph.nodes import Organization, OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span

__all__ = ["association_body", "own_board"]

# The board or the association itself, alone: not "Region Xs styrelse", not a company's.
_BOARD = r"(?<![\w-])(?:[Ff]örbunds)?(?:[Ss]tyrelsen|[Dd]irektionen)\b"
_OWN_WORD = re.compile(_BOARD + r"|(?<![\w-])[Ff]örbunde(?:t|ts)\b(?!\s+[A-ZÅÄÖ])")
_BOARD_NAME = re.compile(_BOARD)
_DIREKTION = re.compile(r"(?<![\w-])[Dd]irektionen\b")
_AT_BOARD = re.compile(r"(?<![\w-])(?:förbunds)?styrelse(?:möte|sammanträde)\w*", re.I)
CONF_BOARD = 0.7
_GENITIVE_BEFORE = re.compile(r"\w+s\s+$")
_BOARD_WORD = re.compile(r"(?<![\w-])(?:förbunds)?styrelse(?:n|möte\w*|ns)?\b", re.I)


def _association(ctx: Context, *, direktion: bool = False) -> ActorHit | None:
    """The page's one municipal association, when the page names no committee; its
    "direktionen" is no municipality's or region's body, committees or not."""
    if not direktion and any(a.kind is OrganizationKind.COMMITTEE for a in ctx.actors):
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
    direktion = _DIREKTION.search(ctx.text, sentence.start, sentence.end) is not None
    association = _association(ctx, direktion=direktion)
    if association is None:
        return None
    word = _own_word(ctx, sentence)
    if word is not None:
        if _BOARD_NAME.fullmatch(word.group()):
            return _board(association, word)
        return dataclasses.replace(association, start=word.start(), end=word.end(), anaphoric=True)
    if ctx.actors_in(sentence) or not _BOARD_WORD.search(ctx.text):
        return None
    # "Vid vårens styrelsemöte fastställdes ...": the board's, as the page names it
    at_board = _AT_BOARD.search(ctx.text, sentence.start, sentence.end)
    named = _BOARD_NAME.search(ctx.text) if at_board else None
    return _board(association, named) if named else association


def _board(association: ActorHit, word: re.Match[str]) -> ActorHit:
    name = word.group()[0].upper() + word.group()[1:]
    return dataclasses.replace(
        association,
        start=word.start(),
        end=word.end(),
        node_id=f"{association.node_id}:{slug(name)}",
        kind=OrganizationKind.COMMITTEE,
        name=name,
        anaphoric=True,
    )


def own_board(ctx: Context, sink: FactSink, body: ActorHit) -> ActorHit | None:
    """The board `association_body` named, as a node PART_OF its association (placed
    here, once); any other body as it is, and None when the board's mention is refused."""
    direktion = body.name.lower() == "direktionen"
    association = _association(ctx, direktion=direktion)
    if association is None or not body.node_id.startswith(f"{association.node_id}:"):
        return body
    if body.node_id not in sink.nodes:
        node = Organization(id=body.node_id, name=body.name, kind=OrganizationKind.COMMITTEE)
        if not sink.mention(node, body.start, body.end, "actor.association_board", CONF_BOARD):
            return None
        quote = (body.start, body.end, "relation.part_of.association_board", CONF_BOARD)
        sink.link(LinkType.PART_OF, body.node_id, association.node_id, *quote)
    return body

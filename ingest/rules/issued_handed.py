"""ISSUED from a document handed over or published: who submits or publishes it made it.

Why: agencies submit their drafts to the government and boards publish their plans, and
the page says only that: "Kulturrådet har lämnat ett handlingsprogram för läsfrämjande
till regeringen", "Den 1 september överlämnade Socialstyrelsen och Folkhälsomyndigheten
ett förslag till ny nationell strategi", "2012 publicerade Länsstyrelsen det uppdaterade
kulturmiljöprogrammet".

Rule relation.issued.handed: a finite form of överlämna, lämna or publicera, a few
adverbs ("i dag", "nu"), "(ett) förslag till" for the hand-over verbs, then the document
(an article and adjectives between) -> each subject of the verb ISSUED the document; with
no subject before the verb and a short fronted phrase ("I går", "Den 1 september 2023"),
the organisations listed right after the verb are its subject. "lämna" without a draft
needs a receiver after the document ("... till regeringen"): "lämnade synpunkter på
planen" hands over no plan.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import listed_actors, subjects
from ingest.rules.relations_shared import document_after, issue_each

__all__ = ["issued_handed"]

CONF_HANDED = 0.7

# Not the participle after an article: "läste den publicerade strategin".
_VERB = re.compile(
    r"(?<!\bden\s)(?<!\bdet\s)(?<!\bde\s)(?<!\bnya\s)"
    r"\b(?:(?P<over>över)?(?P<hand>lämna)(?:t|de|r)|publicera(?:t|de|r))\s+"
    r"(?P<adverbs>(?:(?:i|dag|går|nu|idag|också|även|under|året|veckan)\s+){0,3})",
    re.I,
)
_DRAFT = re.compile(r"(?:(?:ett|sitt|sina|det|de)\s+)?(?:förslag(?:et|en)?)\s+(?:till|på)\s+", re.I)
# An article and up to two inflected adjectives: "det uppdaterade", "en ny nationell".
_GAP = re.compile(
    r"(?:(?:en|ett|den|det|de|sin|sitt|sina)\s+)?(?:(?:ny|nytt|[a-zåäö-]+[ae])\s+){0,2}", re.I
)
_RECEIVER = re.compile(r"[^.;:]{0,80}?\btill\s+(?:regeringen|[A-ZÅÄÖ])")
_FRONTED_WORDS = 5
_SPACE = re.compile(r"\s+")


def _inverted(ctx: Context, sentence: Span, m: re.Match[str]) -> tuple[list[object], int]:
    """The organisations right after the verb, and where they end, after a short fronted
    phrase ("Den 1 september 2023 överlämnade A och B ...")."""
    fronted = ctx.text[sentence.start : m.start()]
    if not fronted.strip() or len(fronted.split()) > _FRONTED_WORDS:
        return [], m.end()
    # "2012 publicerade Länsstyrelsen ...": the page's own board, named bare, may be one
    listed = listed_actors(ctx, m.start("adverbs"), sentence, anaphoric=True)
    if not listed:
        return [], m.end()
    gap = _SPACE.match(ctx.text, listed[-1].end)
    return list(listed), gap.end() if gap else listed[-1].end


def issued_handed(ctx: Context, sink: FactSink) -> None:
    if "lämna" not in ctx.text and "publicera" not in ctx.text:
        return
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        if not docs:
            continue
        for m in _VERB.finditer(ctx.text, sentence.start, sentence.end):
            makers: list[object] = list(subjects(ctx, sentence.start, m.start()))
            start = m.end()
            if not makers:
                makers, start = _inverted(ctx, sentence, m)
            draft = _DRAFT.match(ctx.text, start) if m.group("hand") else None
            doc = document_after(ctx, docs, draft.end() if draft else start, _GAP)
            if doc is None or not makers:
                continue
            bare = m.group("hand") and not draft and not m.group("over")
            if bare and not _RECEIVER.match(ctx.text, doc.end, sentence.end):
                continue  # "lämnade X" with no receiver: no hand-over
            issue_each(sink, makers, doc.node_id, sentence, "relation.issued.handed", CONF_HANDED)

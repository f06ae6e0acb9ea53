"""Lineage in the many words pages use: IMPLEMENTS and SIGNED beyond fixed frames.

Why: "utgår från" and "skrev under" are only the start. Real pages say a plan
"konkretiserar målen i kommunens program", is "en vidareutveckling av Region
Stockholms strategi", "ska fungera som en del i tillväxtprogrammet", works
"utifrån" or "i linje med" a strategy, "svarar upp mot" a national programme,
"ska ligga till grund för" another's implementation; and that organisations
"har ställt sig bakom" or "undertecknat" a plan.

Rules:
- relation.implements.wording: a sentence with such a cue and a document B
  after it (within a short gap, no other document between). The implementing
  document is the one named before the cue in the sentence, else the page's own
  document when the sentence speaks of it ("Planen", "Den", "Syftet med
  strategin"), never B itself.
- relation.signed.sentence: a sentence with a signing verb and a document; the
  signatories are the organisations between the document and the verb ("som
  alla länets kommuner, regionen och länsstyrelsen undertecknat") or before the
  verb ("X, Y och Z har ställt sig bakom strategin"). Its date is the sentence's.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import Context, DocumentHit
from ingest.extract_lists import main_document
from ingest.facts import FactSink
from ingest.segment import Span

__all__ = ["extract_lineage"]

CONF_LINEAGE = 0.7

_IMPLEMENTS_CUE = re.compile(
    r"\b(?:konkretiserar|konkretisera|en\s+vidareutveckling\s+av|tar\s+sin\s+utgångspunkt\s+i|"
    r"(?:fungera|fungerar|utgör|är)\s+(?:som\s+)?en\s+del\s+(?:i|av)(?:\s+genomförandet\s+av)?|"
    r"utifrån|i\s+linje\s+med|svara(?:r)?\s+upp\s+mot|ligga\s+till\s+grund\s+för|"
    r"ligger\s+till\s+grund\s+för|bidra(?:r)?\s+till\s+(?:att\s+(?:uppfylla|nå)\s+)?)\b",
    re.I,
)
_GAP = 90  # characters from the cue to the document it points at
_SPEAKS_OF_OWN = re.compile(
    r"^\s*(?:(?:Den|Det|Planen|Strategin|Programmet|Policyn|Riktlinjerna|Handlingsplanen)\b|"
    r"Syftet\s+med\s+\w+)",
    re.I,
)
_SIGN_CUE = re.compile(
    r"\b(?:undertecknat|undertecknade|undertecknades|skrev\s+under|har\s+skrivit\s+under|"
    r"ställt\s+sig\s+bakom|ställde\s+sig\s+bakom|signerade|signerat)\b",
    re.I,
)
_SIGNERS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
    OrganizationKind.NATIONAL_ASSOCIATION,
    OrganizationKind.OTHER,
)


def _implementing(
    ctx: Context, sentence: Span, cue: re.Match[str], target: DocumentHit
) -> DocumentHit | None:
    before = [
        d
        for d in ctx.documents_in(sentence)
        if d.end <= cue.start() and d.node_id != target.node_id
    ]
    if before:
        return before[-1]
    own = main_document(ctx)
    speaks = _SPEAKS_OF_OWN.match(ctx.text, sentence.start, cue.start())
    if own is not None and own.node_id != target.node_id and speaks:
        return own
    return None


def _implements(ctx: Context, sink: FactSink, sentence: Span) -> None:
    for cue in _IMPLEMENTS_CUE.finditer(ctx.text, sentence.start, sentence.end):
        after = [d for d in ctx.documents_in(sentence) if d.start >= cue.end()]
        if not after or after[0].start - cue.end() > _GAP:
            continue
        target = after[0]
        source = _implementing(ctx, sentence, cue, target)
        if source is None:
            continue
        sink.link(
            LinkType.IMPLEMENTS,
            source.node_id,
            target.node_id,
            sentence.start,
            sentence.end,
            "relation.implements.wording",
            CONF_LINEAGE,
        )


def _signed(ctx: Context, sink: FactSink, sentence: Span) -> None:
    cue = _SIGN_CUE.search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        return
    docs = ctx.documents_in(sentence)
    before = [d for d in docs if d.end <= cue.start()]
    doc = before[-1] if before else next((d for d in docs if d.start >= cue.end()), None)
    if doc is None:
        return
    start = doc.end if doc.end <= cue.start() else sentence.start
    signers = [
        a
        for a in ctx.actors_in(sentence)
        if a.kind in _SIGNERS and start <= a.start and a.end <= cue.start()
    ]
    dates = ctx.dates_in(sentence)
    for signer in signers:
        sink.link(
            LinkType.SIGNED,
            signer.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            "relation.signed.sentence",
            CONF_LINEAGE,
            when=dates[0] if dates else None,
        )


def extract_lineage(ctx: Context, sink: FactSink) -> None:
    signed = {x.evidence.start for x in sink.links.values() if x.type is LinkType.SIGNED}
    for sentence in ctx.sentences:
        _implements(ctx, sink, sentence)
        if sentence.start not in signed:
            _signed(ctx, sink, sentence)

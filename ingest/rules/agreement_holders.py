"""SIGNED from an agreement's parties where the page names them without a signing verb.

Why: pages say who holds an agreement without telling its signing: "Kommunen och
polisen har en överenskommelse om ...", "samverkansöverenskommelsen kommunen har med
polisen". Each holder has signed it (ingest.rules.signing_clauses reads the signings a
page tells). An agreement "mellan A och B" alone is left out: the development gold marks
its parties as signers on some pages and not on others (measured: more false links than
found ones).

Rule relation.signed.holders, for an agreement (DocumentKind.AGREEMENT) only, each party
signing for its top-level organisation (clause_parts.acting_for):
- "A och B har en <agreement>": the parties coordinated right before "har";
- "<agreement> (som) A har med B".
At least two parties; a list of one names no agreement between parties.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import Party, acting_for, coordinated
from ingest.rules.signing_clauses import sign

__all__ = ["agreement_holders"]

# "A och B har en överenskommelse", "har sedan 2019 en överenskommelse"
_HAS = re.compile(
    r"\s+har\s+(?:(?:sedan\s+(?:\d{4}|tidigare|länge)|också|även|nu)\s+)?"
    r"(?:(?:en|ett)\s+(?:[a-zåäö-]+\s+)?)?$",
    re.I,
)
_HOLDER = re.compile(r"\s+(?:som\s+)?$")
_HAS_WITH = re.compile(r"\s+har\s+med\s+$", re.I)


def _holders(ctx: Context, doc: DocumentHit, sentence: Span) -> list[Party]:
    """'A och B har en <agreement>'."""
    before = [a for a in ctx.actors_in(Span(sentence.start, doc.start)) if a.end <= doc.start]
    if not before or not _HAS.fullmatch(ctx.text, before[-1].end, doc.start):
        return []
    last = before[-1]
    return [*coordinated(ctx, last, Span(sentence.start, last.end), forward=False), last]


def _held_with(ctx: Context, doc: DocumentHit, sentence: Span) -> list[Party]:
    """'<agreement> (som) A har med B'."""
    after = ctx.actors_in(Span(doc.end, sentence.end))
    if len(after) < 2 or not _HOLDER.fullmatch(ctx.text, doc.end, after[0].start):
        return []
    return (
        [after[0], after[1]] if _HAS_WITH.fullmatch(ctx.text, after[0].end, after[1].start) else []
    )


def _organisations(sink: FactSink, found: list[Party]) -> set[str]:
    return {o for party in found if isinstance(party, ActorHit) for o in acting_for(sink, party)}


def agreement_holders(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]
) -> None:
    for doc in docs:
        if doc.document.kind is not DocumentKind.AGREEMENT:
            continue
        found = _holders(ctx, doc, sentence) or _held_with(ctx, doc, sentence)
        if len(_organisations(sink, found)) < 2:
            continue
        # holding an agreement tells no signing date
        sign(ctx, sink, sentence, found, [doc], "relation.signed.holders", dated=False)

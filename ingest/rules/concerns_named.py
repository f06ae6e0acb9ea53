"""What a decision is about when its wording names a document of the page only by its noun.

Why: a task to draw up or review a document names it by its compound, often with no
title and inside a clause that introduces no document of its own ("gav berörda
förvaltningar i uppdrag att upprätta en Blåplan", "i uppdrag att göra en
aktualitetsprövning av gällande översiktsplan", "att ta fram handlingsplaner för grön
infrastruktur"). The page names that document elsewhere, by the same compound.

Rule concerns.named_noun: a decision with no CONCERNS link whose summary holds a compound
steering noun (not a bare "planen": ingest.rules.concerns_rules reads those back) ->
CONCERNS the page's one document whose title opens with that compound, in any
inflection, and holds the adjective that describes it in the summary ("upprätta en ny
fördjupad översiktsplan" is not the page's "Översiktsplan"). Two documents with that
compound (a plan and its predecessor) leave it unlinked: the noun does not say which.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_words import is_compound
from ingest.rules.steering_adoption import steering_stem

__all__ = ["named_document"]

_WORD = re.compile(r"[\wåäöÅÄÖ-]+")
_FORMER = "document.former"


# A describing adjective right before the noun: "fördjupad", "regionala", "digital".
_DESCRIBED = re.compile(r"([a-zåäö]{3,}(?:ad|ade|at|ig|iga|isk|iska|ell|ella|al|ala))\s+$", re.I)


def _stems(text: str) -> dict[str, str]:
    """The compound steering nouns of a text, without their endings, each with the
    adjective that describes it ("" for none)."""
    stems: dict[str, str] = {}
    for m in _WORD.finditer(text):
        stem = steering_stem(m.group())
        if stem is not None and is_compound(stem):
            described = _DESCRIBED.search(text, 0, m.start())
            stems[stem] = described.group(1).lower() if described else ""
    return stems


def named_document(ctx: Context, summary: str) -> str | None:
    """The node id of the one document of the page named by a compound of ``summary``."""
    wanted = _stems(summary)
    if not wanted:
        return None
    found: set[str] = set()
    for doc in ctx.documents:
        first = _WORD.search(doc.document.title)
        if doc.rule == _FORMER or first is None:
            continue
        stem = steering_stem(first.group())
        if stem is None or stem not in wanted:
            continue
        # "upprätta ny fördjupad översiktsplan" is not the "Översiktsplan" of the page
        if wanted[stem][:6] not in doc.document.title.lower():
            continue
        found.add(doc.node_id)
    # The predecessor of a document with that compound shares it: the noun is ambiguous.
    former = {d.node_id for d in ctx.documents if d.rule == _FORMER}
    if len(found) != 1 or former & _same_kind(ctx, found):
        return None
    return found.pop()


def _same_kind(ctx: Context, ids: set[str]) -> set[str]:
    kinds = {d.document.kind for d in ctx.documents if d.node_id in ids}
    return {d.node_id for d in ctx.documents if d.document.kind in kinds}

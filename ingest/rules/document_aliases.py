"""A document described, then named: "Dalarnas gemensamma utvecklingsstrategi, även kallad
Dalastrategin" is one document, known by its name.

Why: a page that introduces a document by what it is and then by what it is called would
otherwise make two nodes, and the descriptive one is no title anyone uses. The described
mention folds into the one it is called when only ", (även|också) (så) kallad" (or
"benämnd") stands between them, the name is capitalised and both are of one kind, or of
two when "även" says the name is the same document's.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_groups import Group

__all__ = ["fold_called_documents"]

# ", även kallad", "(kallad", "- så kallade": what joins a description to the name.
_CALLED = re.compile(
    r"\s*[,(\u2013\u2014-]?\s*(?:även\s+|också\s+|numera\s+)?(?:så\s+)?"
    r"(?:kallad[et]?|benämn(?:d|t|da))\s+$",
    re.I,
)
# "Riktlinjer för bostadsförsörjning även benämnt Bostadsförsörjningsprogram 2025-2035": an
# explicit "även" names the same document whatever noun the description used.
_ALSO = re.compile(r"\b(?:även|också|numera)\b", re.I)


def fold_called_documents(ctx: Context, groups: list[Group]) -> list[Group]:
    """Groups with each described document folded into the named one it is called."""
    kept = list(groups)
    for described in groups:
        if described.named or described not in kept:
            continue
        name = next(
            (
                g
                for g in kept
                if g is not described and _called(ctx, described, g, g.kind is described.kind)
            ),
            None,
        )
        if name is None:
            continue
        name.hits.extend(described.hits)
        name.hits.sort(key=lambda h: h.start)
        kept.remove(described)
    return kept


def _called(ctx: Context, described: Group, name: Group, same_kind: bool) -> bool:
    """A hit of the name, capitalised as a name is, right after "kallad" ("även kallad" when
    the two nouns differ)."""
    for d in described.hits:
        for n in name.hits:
            # The description's hit may run on over the name to its period.
            joiner = ctx.text[max(d.start, min(d.end, n.start) - 30) : n.start]
            if not (d.start < n.start and n.start - d.end <= 30 and ctx.text[n.start].isupper()):
                continue
            if _CALLED.search(joiner) and (same_kind or _ALSO.search(joiner)):
                return True
    return False

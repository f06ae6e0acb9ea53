"""A document described, then named: "Dalarnas gemensamma utvecklingsstrategi, även kallad
Dalastrategin" is one document, known by its name.

Why: a page that introduces a document by what it is and then by what it is called would
otherwise make two nodes, and the descriptive one is no title anyone uses. The described
mention folds into the one it is called when only ", (även|också) (så) kallad" stands
between them, the name is capitalised and both are of one kind.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_groups import Group

__all__ = ["fold_called_documents"]

# ", även kallad", "(kallad", "- så kallade": what joins a description to the name.
_CALLED = re.compile(
    r"\s*[,(\u2013\u2014-]?\s*(?:även\s+|också\s+|numera\s+)?(?:så\s+)?kallad[et]?\s+$", re.I
)


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
                if g is not described and g.kind is described.kind and _called(ctx, described, g)
            ),
            None,
        )
        if name is None:
            continue
        name.hits.extend(described.hits)
        name.hits.sort(key=lambda h: h.start)
        kept.remove(described)
    return kept


def _called(ctx: Context, described: Group, name: Group) -> bool:
    """A hit of the name, capitalised as a name is, right after "kallad"."""
    return any(
        0 < n.start - d.end <= 30
        and ctx.text[n.start].isupper()
        and _CALLED.match(ctx.text[d.end : n.start]) is not None
        for d in described.hits
        for n in name.hits
    )

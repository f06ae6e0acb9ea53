"""A document described, then named: "Dalarnas gemensamma utvecklingsstrategi, även kallad
Dalastrategin" is one document, known by its name.

Why: a page that introduces a document by what it is and then by what it is called would
otherwise make two nodes, and the descriptive one is no title anyone uses. The described
mention folds into the one it is called when only ", (även|också) (så) kallad" (or
"benämnd") stands between them, the name is capitalised and both are of one kind, or of
two when "även" says the name is the same document's; and a short name set off by a comma
whose capitals are the initials of the described word ("vatten- och avloppsplan, VA-plan").
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
        # A short name is the described document's: its full wording stays the title.
        into, other = (described, name) if _short(ctx, described, name) else (name, described)
        into.hits.extend(other.hits)
        into.hits.sort(key=lambda h: h.start)
        kept.remove(other)
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
    return _short(ctx, described, name)


def _short(ctx: Context, described: Group, name: Group) -> bool:
    """A hit of the name right after the description's, set off by a comma, that
    shortens its word."""
    for d in described.hits:
        for n in name.hits:
            apposed = _APPOSED.fullmatch(ctx.text, d.end, n.start) is not None
            if apposed and _initials_of(described.word, ctx.text[n.start : n.end]):
                return described.kind is name.kind
    return False


# "kommunens vatten- och avloppsplan, VA-plan, ...": a short name set off by a comma.
_APPOSED = re.compile(r"\s*[,(]\s*")
_SHORT = re.compile(r"(?P<letters>[A-ZÅÄÖ]{2,5})-(?P<head>[a-zåäö]{3,})")


def _initials_of(word: str, name: str) -> bool:
    """'VA-plan' shortens 'vatten- och avloppsplan': its capitals are the initials of the
    word's parts before the head both share."""
    short = _SHORT.match(name)
    if short is None or not word.lower().endswith(short["head"]):
        return False
    parts = re.findall(r"[a-zåäö]+", word.lower()[: -len(short["head"])])
    initials = "".join(p[0] for p in parts if p not in ("och", "samt"))
    return initials == short["letters"].lower()

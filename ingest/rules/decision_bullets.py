"""The further bullets of a decision list after its first item: which are decisions.

Why apart from ingest.rules.decision_items: which bullets under an intro ("Regeringen
beslutade att:", "beslutat om:") state decisions is a question of the list's form (its
markers, an item's opening verb, items parallel to the first, one cut off at the page's
end), not of the intro's wording that module reads.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_coordination import MIN_PART_WORDS
from ingest.rules.decision_cues import has_cue
from ingest.rules.decision_filters import procedural
from ingest.rules.decision_verbs import clause_start

__all__ = ["ATT_ITEM", "BULLET_START", "more_items"]

BULLET_START = re.compile(r"[^\S\n]*(?:[-•*\u2013]|\d{1,2}[.)])[^\S\n]*\S")
# "6. Att, i anledning av jubileet, anslå ...": an aside may follow "att".
ATT_ITEM = re.compile(r"^\s*(?:(?:\d{1,2}[.)]|[-•*\u2013])\s*)?att,?\s+(?=[a-zåäö])", re.I)
# A bullet that opens with a deciding infinitive: "• godkänna förslaget och anta X".
_ACT_ITEM = re.compile(
    r"[^\S\n]*(?:[-•*\u2013]|\d{1,2}[.)])[^\S\n]*(?:att\s+)?(?:godkänna|anta|fastställa|avslå"
    r"|bifalla|uppdra|bevilja|avsätta|inrätta|tillsätta|utse|välja|upphäva|anvisa|förlänga)\b",
    re.I,
)


def _marker(bullet: str) -> str:
    """A list item's marker kind: its sign, or 'n' for a number."""
    sign = bullet.strip()[0]
    return "n" if sign.isdigit() else sign


def more_items(
    ctx: Context, first: Span, taken: list[Span], *, every: bool, whole_only: bool
) -> list[Span]:
    """'Regeringen beslutade att: • A • B': the bullets after the first one, up to the end
    of the list, that state a decision by their verb ("ge X i uppdrag") or open with a
    deciding infinitive, or `every` one (after "beslutat om:"; after "beslutade att:",
    `whole_only`, each not cut off at the page's end): each is a decision of the intro's
    body, not of the receiver the item names."""
    items: list[Span] = []
    head = BULLET_START.match(ctx.text, first.start)
    if head is None:
        return items
    marker = _marker(head.group())
    for sentence in ctx.sentences[ctx.sentence_index(first) + 1 :]:
        line_start = ctx.text.rfind("\n", 0, sentence.start) + 1
        opens_line = not ctx.text[line_start : sentence.start].strip()
        bullet = BULLET_START.match(ctx.text, sentence.start)
        if not opens_line and bullet is None:
            continue  # the item's own second sentence
        if not opens_line or bullet is None or _marker(bullet.group()) != marker:
            break  # "- Vi välkomnar detta": a quote's dash after a list of bullets
        if any(t.start < sentence.end and sentence.start < t.end for t in taken) or procedural(
            ctx.text[sentence.start : sentence.end]
        ):
            break
        acts = _ACT_ITEM.match(ctx.text, sentence.start, sentence.end) is not None
        whole = len(ctx.text[clause_start(ctx, sentence) : sentence.end].split()) > MIN_PART_WORDS
        if (
            (every and (whole or not whole_only))
            or acts
            or has_cue(ctx, sentence)
            or _parallel(ctx, first, sentence)
        ):
            items.append(sentence)  # without a verb of its own, an item may be a part
    return items


_OPENING = re.compile(r"[^\S\n]*(?:[-•*\u2013]|\d{1,2}[.)])[^\S\n]*([\wåäöÅÄÖ]+)\s+(\S+)")


def _parallel(ctx: Context, first: Span, item: Span) -> bool:
    """'• Borgensavgift med 0,66% påförs A • Borgensavgift med 0,45% påförs B': an item
    that opens with the first item's two words is a decision of the same form."""
    a = _OPENING.match(ctx.text, first.start, first.end)
    b = _OPENING.match(ctx.text, item.start, item.end)
    whole = len(ctx.text[item.start : item.end].split()) > _PARALLEL_WORDS  # not cut off
    atts = [ATT_ITEM.match(ctx.text[x.start : x.end]) for x in (first, item)]
    if whole and all(atts):
        return True  # "• Att ge X i uppdrag ... • Att uppdraget därmed är utfört"
    return bool(
        whole and a and b and a.group(1).lower() == b.group(1).lower() and a.group(2) == b.group(2)
    )


_PARALLEL_WORDS = 5

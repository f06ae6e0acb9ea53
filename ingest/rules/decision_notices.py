"""Decisions listed for notice: "Kommunfullmäktiges beslut 2017-12-14, § 275, <matter>".

Why: minutes and agenda papers carry lists of other bodies' decisions reported for
notice ("Anmälningsärenden", "Ärenden för kännedom", "Delgivningar"): one item per
decision, the body in the genitive before "beslut", then its date and § when the copy
kept them, then the matter ("Kultur- och fritidsnämndens beslut, § 64 - Verksamhetsplan
och budget 2018"). Each item is that body's decision; an item that is a steering
document is its adoption (ingest.rules.adoption_frames).

Rule decision.notice_list: at least two items "<body>s beslut[ <date>], [§ ]<n> - <matter>"
on the page; the matter runs to the next body named on its own (a heading or the next
item's body), the line's end, or at most 120 characters. An item that only names the
answer to a motion ("Svar på motion om X") states no outcome, and is no decision here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.context import ActorHit, Context, DocumentHit
from ingest.language.dates import DateMention
from ingest.language.segment import Span
from ingest.rules.decision_page import DECIDERS
from ingest.rules.decision_verbs import VerbDecision

__all__ = ["NoticeItem", "notice_decisions", "notice_items", "opens_with_document"]

# After the body: "s beslut , ", "s beslut 2017-12-14, § 275 ", "s beslut , 64 - ".
_NOTICE = re.compile(
    r"s\s+beslut\s*(?:\d{4}-\d\d-\d\d\s*)?,\s*(?:§\s*)?(?:\d{1,4}\s*(?:-\s*|,\s*|\s))?"
)
# "Svar på motion om X": the item names the answer, not what was decided on the motion.
_NO_OUTCOME = re.compile(r"svar\s+på\s+(?:motion|medborgarförslag|interpellation)", re.I)
_MAX_CHARS = 120
_MIN_WORDS = 2
_MIN_ITEMS = 2


@dataclass(frozen=True, slots=True)
class NoticeItem:
    body: ActorHit
    matter: Span
    when: DateMention | None
    evidence: Span  # from the body to the matter's end


def notice_items(ctx: Context) -> list[NoticeItem]:
    """The page's notice-list items, in text order (computed once per page)."""
    memo: list[NoticeItem] | None = vars(ctx).get("_notice_items")
    if memo is None:
        memo = _items(ctx)
        vars(ctx)["_notice_items"] = memo
    return memo


def _items(ctx: Context) -> list[NoticeItem]:
    text = ctx.text
    if "beslut" not in text:
        return []
    actors = [a for a in ctx.actors if a.kind in DECIDERS and not a.anaphoric]
    # A body the page names elsewhere, by its words ("Kommunfullmäktige" from a genitive
    # "Kommunfullmäktiges beslut" the actor rules left unread in a list).
    known = {_bare(text[a.start : a.end]): a for a in actors}
    found: list[NoticeItem] = []
    for m in _NOTICE.finditer(text):
        body = _body_before(text, m.start(), known)
        if body is None:
            continue
        start = m.end()
        end = min(len(text), start + _MAX_CHARS)
        newline = text.find("\n", start, end)
        end = newline if newline >= 0 else end
        end = _next_body(ctx, start, end, actors)
        while end > start and text[end - 1] in " ,.;:-\u2013":
            end -= 1
        if len(text[start:end].split()) < _MIN_WORDS or _NO_OUTCOME.match(text, start):
            continue
        dates = ctx.dates_in(Span(m.start(), m.end()))
        evidence = Span(m.start() - len(body[1]), end)
        found.append(NoticeItem(body[0], Span(start, end), dates[0] if dates else None, evidence))
    return found if len(found) >= _MIN_ITEMS else []


_WORDS_BEFORE = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+)$")


def _bare(surface: str) -> str:
    return " ".join(surface.lower().split()).removesuffix("s")


def _body_before(text: str, at: int, known: dict[str, ActorHit]) -> tuple[ActorHit, str] | None:
    """The known body whose name ends right before `at` ("Kultur- och fritidsnämnden")."""
    m = _WORDS_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return None
    words = m.group(1).split()
    for i in range(len(words)):
        surface = " ".join(words[i:])
        if _bare(surface) in known:
            return known[_bare(surface)], surface
    return None


_ON_ITS_OWN = re.compile(r"[ \t]+[A-ZÅÄÖ]|[ \t]*(?:\n|$)")


def _next_body(ctx: Context, start: int, end: int, actors: list[ActorHit]) -> int:
    """Where the matter ends: at a body named on its own (a heading before a capital) or
    the next item's body; not at a body within the matter ("<body>s lokaler") or within a
    document's title ("Avfallsplan för Eskilstuna kommun")."""
    text = ctx.text
    docs = ctx.documents_in(Span(start, end))
    for other in actors:
        if not start < other.start < end or any(d.start <= other.start < d.end for d in docs):
            continue
        genitive_end = other.end - 1 if text[other.end - 1] == "s" else other.end
        if _NOTICE.match(text, genitive_end) or _ON_ITS_OWN.match(text, other.end):
            return other.start
    return end


def opens_with_document(ctx: Context, item: NoticeItem) -> list[DocumentHit]:
    """The document the item's matter is, when it opens with one (then it was adopted)."""
    docs = ctx.documents_in(item.matter)
    return docs[:1] if docs and docs[0].start - item.matter.start <= 1 else []


def notice_decisions(ctx: Context) -> list[VerbDecision]:
    """The items that are decisions on matters (a steering document is adopted instead)."""
    return [
        VerbDecision(n.body, n.matter, n.when, n.evidence, "decision.notice_list")
        for n in notice_items(ctx)
        if not opens_with_document(ctx, n)
    ]

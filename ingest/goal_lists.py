"""Goals listed inside a sentence, after a colon.

Why: plan pages often list a document's goals or focus areas in running text,
not as bullets: "Värmlandsstrategin lyfter fram fyra viktiga utvecklingsområden:
Livskvalitet för alla, Fler och starkare företag, Höjd kompetens på alla nivåer
och Bättre kommunikationer." or 'De långsiktiga målsättningarna är: "Behovet av
bostäder ... ska tillgodoses" och "Bostadsbyggandet ska motsvara efterfrågan".'

Rule list.goals.inline_list: a sentence whose words before the colon speak of
goals or areas (as a bullet list's intro would); its items are the quoted
phrases, else the parts split at commas and the last "och". Each becomes a
Goal of the document the sentence names, else of the page's document.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.extract_lists import GOAL_INTRO, add_goal, list_owner
from ingest.facts import FactSink
from ingest.segment import Span

__all__ = ["extract_goal_lists"]

_QUOTED = re.compile(r"[\"”“](?P<item>[^\"”“]{3,200})[\"”“]")
_SPLIT = re.compile(r",\s+|\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])")
_MAX_ITEM_WORDS = 12
_MIN_ITEMS = 2


def _items(ctx: Context, start: int, end: int) -> list[Span]:
    quoted = list(_QUOTED.finditer(ctx.text, start, end))
    if len(quoted) >= _MIN_ITEMS:
        return [Span(q.start("item"), q.end("item")) for q in quoted]
    body_end = end
    while body_end > start and ctx.text[body_end - 1] in ".!? \n":
        body_end -= 1
    spans: list[Span] = []
    pos = start
    for sep in [*_SPLIT.finditer(ctx.text, start, body_end), None]:
        s, e = pos, sep.start() if sep else body_end
        while s < e and ctx.text[s].isspace():
            s += 1
        if s < e:
            spans.append(Span(s, e))
        if sep is None:
            break
        pos = sep.end()
    if len(spans) < _MIN_ITEMS or any(
        len(ctx.text[x.start : x.end].split()) > _MAX_ITEM_WORDS for x in spans
    ):
        return []
    return spans


def extract_goal_lists(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        colon = ctx.text.find(":", sentence.start, sentence.end)
        if colon < 0 or "\n" in ctx.text[colon : sentence.end].strip():
            continue
        intro = Span(sentence.start, colon)
        if not GOAL_INTRO.search(ctx.text, intro.start, intro.end):
            continue
        owner = list_owner(ctx, intro)
        for item in _items(ctx, colon + 1, sentence.end):
            text = ctx.text[item.start : item.end]
            add_goal(ctx, sink, owner, item, text, sentence.start, "list.goals.inline_list")

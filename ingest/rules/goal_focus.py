"""Goals a strategy's focus names: "Fokus ligger på att skapa A, främja B samt bygga C".

Why: news of an adopted strategy often says what it focuses on instead of naming goals:
"Fokus ligger på att skapa miljöer där människor vill leva och verka, främja innovation
och konkurrenskraft ... samt bygga robust infrastruktur." Each infinitive clause is one of
the document's aims, as the items of "Målen är att ..." are (ingest.rules.inline_goals).

Rule goal.inline.focus: a sentence (not quoted speech) with "Fokus(et) ligger på att" or
"Tyngdpunkten ligger på att", then clauses split at commas and "samt" (with no "samt", at
the last "och" before an infinitive) -> at least two goals, of at most fourteen words
each, of the document the sentence names, else of the page's document; with no document,
none.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.list_items import add_goal, clause_end, quoted_speech, split_at
from ingest.rules.main_document import list_owner

__all__ = ["focus_goals"]

_FOCUS = re.compile(r"\b(?:[Ff]okus(?:et)?|[Tt]yngdpunkten)\s+ligger\s+på\s+att\s+")
_COMMA = re.compile(r",\s+")
_SAMT = re.compile(r"\s+samt\s+(?:att\s+)?")
# "och förbättra arbetslivet": the last "och" before an infinitive opens the last clause.
_AND_VERB = re.compile(r"\s+och\s+(?:att\s+)?(?=[a-zåäö]{3,}a\s)")
_MAX_WORDS = 14
_MIN_ITEMS = 2


def _clauses(ctx: Context, start: int, end: int) -> list[Span]:
    end = clause_end(ctx, start, end)
    spans = split_at(ctx, start, end, _COMMA)
    if not spans:
        return []
    last = spans.pop()
    tail = list(_SAMT.finditer(ctx.text, last.start, last.end))
    tail = tail or list(_AND_VERB.finditer(ctx.text, last.start, last.end))[-1:]
    if tail:
        spans += [Span(last.start, tail[-1].start()), Span(tail[-1].end(), last.end)]
    else:
        spans.append(last)
    if len(spans) < _MIN_ITEMS or any(
        len(ctx.text[s.start : s.end].split()) > _MAX_WORDS for s in spans
    ):
        return []
    return spans


def focus_goals(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        m = _FOCUS.search(ctx.text, sentence.start, sentence.end)
        if m is None or quoted_speech(ctx.text[sentence.start : sentence.end]):
            continue
        owner = list_owner(ctx, sentence, m.start())
        if owner is None:
            continue
        for span in _clauses(ctx, m.end(), sentence.end):
            text = ctx.text[span.start : span.end]
            add_goal(ctx, sink, owner, span, text, sentence.start, "goal.inline.focus")

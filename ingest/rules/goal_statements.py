"""Goals a page says a document lays down, in running text without the word "målet är".

Why: news about plans and guidelines report what the document sets, not a goal
sentence: "I riktlinjerna anges att det ska byggas 35 bostäder om året", "Enligt
riktlinjerna ska det byggas i genomsnitt 150 nya bostäder per år", "I den fastslås att
kommunen ska präglas av ...".

Rule (a goal belongs to the document named in the frame; no document, no goal):
- goal.statement.anges: "(I|Enligt) <document> (anges|fastslås|slås det fast|står det|
  framgår det) att <goal>" and "Enligt <document> ska <goal>" (not "ska kommunen ...":
  a body's task).
The goal runs to the end of its sentence; a sentence opening a list (ending in ":") is
left to ingest.rules.goal_lists.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.list_items import add_goal, clause_end
from ingest.rules.main_document import page_document

__all__ = ["goal_statements"]

_IN_DOC = re.compile(r"\s*(?:I|Enligt)\s+$")
_STATES = re.compile(
    r",?\s+(?:(?:anges|fastslås|framgår|står)(?:\s+det)?\s+att|slås\s+det\s+fast\s+att|ska)\s+"
)


def _task(ctx: Context, m: re.Match[str]) -> bool:
    """'Enligt strategin ska kommunen bedöma ...': a body's task, not a goal."""
    if not m.group(0).rstrip().endswith("ska"):
        return False
    return any(a.start == m.end() for a in ctx.actors)


def _stated(ctx: Context, sink: FactSink, sentence: Span) -> None:
    for doc in ctx.documents_in(sentence):
        if not _IN_DOC.fullmatch(ctx.text, sentence.start, doc.start):
            continue
        m = _STATES.match(ctx.text, doc.end, sentence.end)
        if m is None or _task(ctx, m):
            continue
        end = clause_end(ctx, m.end(), sentence.end)
        if ctx.text[m.end() : sentence.end].rstrip().endswith(":"):
            return  # "ska följande områden prioriteras:": a list's intro (goal_lists)
        if end > m.end():
            owner = page_document(ctx, doc)
            text = ctx.text[m.end() : end]
            add_goal(ctx, sink, owner, Span(m.end(), end), text, sentence.start, _RULE_STATED)
        return


_RULE_STATED = "goal.statement.anges"


def goal_statements(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        _stated(ctx, sink, sentence)

"""The tasks of a government assignment, one decision each.

Why: an agency's news on its new assignments, and the government's press release, state
the tasks one by one after the assignment itself: "Regeringen ger Kemikalieinspektionen
i år tre uppdrag, bland annat att kartlägga X och att utreda Y, samt att stärka Z", "I
uppdragen ingår att kartlägga X och föreslå en modell för Y", "Inom uppdraget ska
myndigheten kartlägga X" (invented examples). Each task is a decision of the
government; no verb rule reads them, since the sentence's verb is "ska" or "ingår".

Rule decision.assignment_task: on a page that names the government and speaks of an
assignment ("uppdrag"), a sentence no other rule read that gives tasks in one of those
frames gives one decision per task: the tasks split at "(samt|och) att", a comma with
"att", and "och" before a task verb, except after a verb alone: two verbs sharing one
object ("kartlägga och analysera X") are one task. A task ends at its first comma. The
body is the government; the date is none (the page rarely says when it was given).
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.decision_verbs import VerbDecision

__all__ = ["assignment_task_decisions"]

_GOVERNMENT = "Organization:nationell:regeringen"
_UPPDRAG = re.compile(r"\buppdrag", re.I)
# Verbs an assignment's tasks open with (a particle kept with its verb); not "redovisa":
# reporting the assignment back ("ska redovisa uppdraget i december") is no task.
_TASK_VERB = (
    r"(?:följa\s+upp|ta\s+fram|kartlägga|föreslå|genomföra|öka|verka|anpassa|samordna|"
    r"utveckla|vidareutveckla|analysera|utreda|utvärdera|stödja|vidta|sprida|"
    r"främja|bistå|säkerställa|identifiera|sammanställa|uppdatera|inrätta|skapa|fördela|"
    r"stärka|förbättra|informera|driva|ansvara|arbeta)"
)
# "Inom uppdraget ska Brottsoffermyndigheten", "Som en del av det arbetet ska Kulturrådet":
# the agency's tasks. A bare "Myndigheten ska också genomföra X" is no task of its own on
# real pages (annotators read it as the assignment's content: 0 of 6 on development).
_WHO = r"(?P<who>[Mm]yndigheten\b|[A-ZÅÄÖ][\wåäö-]+)"
_THEN = r"\s+(?:(?:också|även|dessutom|bland\s+annat)\s+)?(?=" + _TASK_VERB + r"\b)"
_FRONTED_SHALL = re.compile(
    r"\W*(?:(?:[Ii]nom|I)\s+uppdrag(?:et|en)|[Ss]om\s+en\s+del\s+av\s+(?:det|detta)\s+"
    r"arbetet?),?\s+ska\s+" + _WHO + _THEN
)
# "I uppdragen ingår (det också) att", "ger X flera uppdrag, bland annat att".
_TASKS_OF = re.compile(
    r"\bi\s+uppdrag(?:et|en)\s+ingår\s+(?:det\s+)?(?:(?:också|även)\s+)?att\s+"
    r"|\b(?:ger|gav)\b[^.!?]{0,80}?\buppdrag,?\s+(?:bland\s+annat\s+)?att\s+",
    re.I,
)
_SPLIT = re.compile(
    r",\s+(?:samt\s+|och\s+)?att\s+|\s+(?:samt|och)\s+att\s+|\s+(?:och|samt)\s+(?="
    + _TASK_VERB
    + r"\b)",
    re.I,
)
_VERB_ONLY = re.compile(_TASK_VERB + r"\s*$", re.I)
_MIN_WORDS = 2
# "sprida detta": a task on what was said before names nothing of its own
_POINTS_BACK = re.compile(r"^\S+\s+(?:detta|dessa|det|dem|den)$", re.I)


def _tasks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, summary) of each task in text[start:end]."""
    parts: list[tuple[int, int]] = []
    at = start
    for m in _SPLIT.finditer(text, start, end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    found: list[tuple[int, int, str]] = []
    opened = -1  # "kartlägga och analysera X": a verb alone shares the next part's object
    for s, e in parts:
        comma = text.find(",", s, e)
        e = comma if comma >= 0 else e
        if _VERB_ONLY.fullmatch(text[s:e].strip(" .;:")):
            opened = s if opened < 0 else opened
            continue
        s, opened = (opened, -1) if opened >= 0 else (s, -1)
        words = " ".join(text[s:e].strip(" .;:").split())
        if len(words.split()) >= _MIN_WORDS and not _POINTS_BACK.search(words):
            found.append((s, e, words))
    return found


def assignment_task_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """The tasks of the government's assignments that no other rule read."""
    government = next((a for a in ctx.actors if a.node_id == _GOVERNMENT), None)
    if government is None or _UPPDRAG.search(ctx.text) is None:
        return []
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        if overlaps_any(taken, sentence):
            continue
        start = _start(ctx, sentence)
        if start is None:
            continue
        for s, e, summary in _tasks(ctx.text, start, sentence.end):
            found.append(
                VerbDecision(
                    government, Span(s, e), None, sentence, "decision.assignment_task", summary
                )
            )
    return found


def _start(ctx: Context, sentence: Span) -> int | None:
    """Where the sentence's tasks start, if it gives an assignment's tasks."""
    m = _TASKS_OF.search(ctx.text, sentence.start, sentence.end)
    if m is not None:
        return m.end()
    m = _FRONTED_SHALL.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return None
    who = m["who"]
    agency = who.lower() == "myndigheten" or any(
        a.start == m.start("who") and a.kind is OrganizationKind.AGENCY for a in ctx.actors
    )
    return m.end() if agency else None

"""Goals set out as paragraphs under a heading of their own ("Mål").

Why: a plan's page often heads a section "Mål" and states each goal as a short
paragraph of its own, with no list markers and no intro sentence (invented example:
"Mål" / "Alla barn har en trygg skolväg." / "Fler unga rör på sig." / "Strategier").

Rule list.goals.section: a line that is nothing but a goals heading (Mål, Målen, Våra
mål, Övergripande mål, Långsiktiga mål, Målsättning(ar)); each following line that ends
a sentence (., !) and is short (at most 40 words) is a Goal of the page's main document,
up to the next heading (a line that ends no sentence), a list item or a long paragraph,
and at most six of them.

Rule list.goals.labelled: lines, bulleted or not, that each open with a numbered goal
label ("Delmål 1:", "Mål 2:", "Effektmål 3 -") and go on with the goal -> one Goal per
line, of the page's main document; at least two such lines, so that a lone "Mål 1: ..."
in running text is left to the other rules.

Rule list.goals.counted_headings: an intro line that counts areas or goals and ends in
":" ("Strategin har fem prioriterade områden:") over exactly that many sections, each a
short heading line (no sentence end) and its paragraph -> each heading is a Goal of the
document the intro names.

Rule list.goals.area_headings: an intro line that speaks of areas and ends in ":" ("I den
strategiska planen finns följande utvecklingsområden:") over at least two sections, each a
short heading line and the bullet lines under it ("• Inriktning: En bra start i livet") ->
each heading and each bullet (its label off) is a Goal of the document the intro names.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.numbers import NUMBER_WORDS
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.list_items import add_goal
from ingest.rules.main_document import list_owner

__all__ = ["area_headings", "counted_headings", "labelled_goals", "section_goals"]

_HEADING = re.compile(
    r"^[ \t]*(?:Mål|Målen|Våra\s+mål|Övergripande\s+mål|Långsiktiga\s+mål|Målsättningar|"
    r"Målsättning)[ \t]*:?[ \t]*$",
    re.M,
)
_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[ \t]*(?:[•\u2022\u25cf\u25aa*\-\u2013]|\d+[.)])\s")
_MAX_WORDS = 40
_MAX_GOALS = 6
_LABELLED = re.compile(
    r"^[ \t]*(?:[•\u2022\u25cf\u25aa*\-\u2013][ \t]*)?"
    r"(?:Delmål|Mål|Effektmål|Långsiktigt\s+mål|Övergripande\s+mål|Målområde)[ \t]+\d{1,2}"
    r"[ \t]*[:.\-\u2013][ \t]*(?P<goal>[A-ZÅÄÖ][^\n]{5,300}?)[ \t.]*$",
    re.M,
)
_MIN_LABELLED = 2
_COUNTED_INTRO = compile_guarded(
    r"\b(?P<n>" + "|".join(NUMBER_WORDS) + r"|[2-9])\s+(?:[a-zåäö-]+\s+){0,2}?"
    r"(?P<cue>[a-zåäö]*områden|[a-zåäö]*mål|målsättningar|prioriteringar)"
    # ":" opens the sections; a sentence that ends its paragraph may too ("LundaEko II har
    # åtta prioriterade områden med tillhörande mål.")
    r"(?:[ \t]*:|(?:[ \t]+[a-zåäö]+){0,3}\.)[ \t]*$",
    re.I | re.M,
)
_HEADING_WORDS = 10


def section_goals(ctx: Context, sink: FactSink) -> None:
    for heading in _HEADING.finditer(ctx.text):
        goals: list[Span] = []
        for line in _LINE.finditer(ctx.text, heading.end()):
            text = line.group(0).strip()
            if not text:
                continue
            if _BULLET.match(line.group(0)) or not text.endswith((".", "!")):
                break  # a list, or the next heading
            if len(text.split()) > _MAX_WORDS or len(goals) == _MAX_GOALS:
                break
            lead = len(line.group(0)) - len(line.group(0).lstrip())
            goals.append(Span(line.start() + lead, line.start() + lead + len(text.rstrip(".!"))))
        owner = list_owner(ctx, Span(heading.start(), heading.end())) if goals else None
        for span in goals:
            text = ctx.text[span.start : span.end]
            add_goal(ctx, sink, owner, span, text, heading.start(), "list.goals.section")


def labelled_goals(ctx: Context, sink: FactSink) -> None:
    found = list(_LABELLED.finditer(ctx.text))
    if len(found) < _MIN_LABELLED:
        return
    # No intro names their document (one that does is read as a list's): the page's own.
    owner = list_owner(ctx, Span(found[0].start(), found[0].start()))
    for m in found:
        span = Span(m.start("goal"), m.end("goal"))
        text = ctx.text[span.start : span.end]
        add_goal(ctx, sink, owner, span, text, m.start(), "list.goals.labelled")


def _sections(ctx: Context, start: int, count: int) -> list[Span] | None:
    """The headings of the `count` sections from `start` on: each a short line that ends no
    sentence, followed by at least one line of text; None unless there are exactly so many."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(ctx.text, start) if m.group(0).strip()]
    headings: list[Span] = []
    body = True  # the line before a heading must be a section's text (or the intro)
    for a, b in lines:
        line = ctx.text[a:b].strip()
        if _BULLET.match(ctx.text, a):
            break
        heading = not line.endswith((".", "!", "?", ":")) and len(line.split()) <= _HEADING_WORDS
        # a page cut off mid-sentence: its last line is still the last section's text
        heading = heading and not (headings and not body and (a, b) == lines[-1])
        if heading and body:
            if len(headings) == count:
                break
            lead = len(ctx.text[a:b]) - len(ctx.text[a:b].lstrip())
            headings.append(Span(a + lead, a + lead + len(line)))
            body = False
        elif heading or not headings:
            return None
        else:
            body = True
    return headings if len(headings) == count and body else None


def counted_headings(ctx: Context, sink: FactSink) -> None:
    for m in _COUNTED_INTRO.finditer(ctx.text):
        number = m.group("n").lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        headings = _sections(ctx, m.end(), count)
        titled = _sections(ctx, m.end(), count + 1)
        cue = m.group("cue").lower()
        if titled and cue in ctx.text[titled[0].start : titled[0].end].lower():
            headings = titled[1:]  # "LundaEko II:s prioriterade områden" heads the sections
        if not headings:
            continue
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        owner = list_owner(ctx, Span(line_start, m.end()), m.start("cue"))
        for span in headings:
            text = ctx.text[span.start : span.end]
            add_goal(ctx, sink, owner, span, text, line_start, "list.goals.counted_headings")


_AREAS_INTRO = re.compile(
    r"\b(?P<cue>[a-zåäö]*(?:utvecklings|mål|fokus|insats|strategiska\s+|prioriterade\s+)"
    r"områden(?:a)?)[ \t]*:[ \t]*$",
    re.I | re.M,
)
# "Inriktning: En bra start i livet", "Mål: ...": the item's label, not the goal
_ITEM_LABEL = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+)[ \t]*:[ \t]+(?=\S)")
_MIN_AREAS = 2


def _area_sections(ctx: Context, start: int) -> list[tuple[Span, list[Span]]]:
    """(heading, its bullets' goal spans) for each section from `start` on."""
    sections: list[tuple[Span, list[Span]]] = []
    for m in _LINE.finditer(ctx.text, start):
        line = m.group(0).strip()
        if not line:
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        bullet = _BULLET.match(m.group(0))
        if bullet is not None and sections:
            at = m.start() + bullet.end()
            label = _ITEM_LABEL.match(ctx.text, at, m.end())
            at = label.end() if label else at
            sections[-1][1].append(Span(at, m.end() - (len(m.group(0)) - len(m.group(0).rstrip()))))
            continue
        heading = not line.endswith((".", "!", "?", ":")) and len(line.split()) <= _HEADING_WORDS
        if bullet is not None or not heading or (sections and not sections[-1][1]):
            break  # a paragraph, or a heading with no bullets under it: the sections end
        sections.append((Span(m.start() + lead, m.start() + lead + len(line)), []))
    return [(h, items) for h, items in sections if items]


def area_headings(ctx: Context, sink: FactSink) -> None:
    for m in _AREAS_INTRO.finditer(ctx.text):
        sections = _area_sections(ctx, m.end())
        if len(sections) < _MIN_AREAS:
            continue
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        owner = list_owner(ctx, Span(line_start, m.end()), m.start("cue"))
        for heading, items in sections:
            for span in (heading, *items):
                text = ctx.text[span.start : span.end]
                add_goal(ctx, sink, owner, span, text, line_start, "list.goals.area_headings")

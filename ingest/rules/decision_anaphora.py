"""Matters decided that a short sentence points back to: "Båda ärendena bifölls".

Why: a meeting report lists the matters first ("... flera viktiga beslut, bland annat
taxan för 2026 och den nya parkeringsnormen för X.") and then says what
happened to them all ("Båda ärendena bifölls av kommunstyrelsen."). Each listed matter
was decided; a steering document among them was adopted (an ADOPTED link, read by
ingest.rules.adoption_frames), any other matter is a Decision ("Taxan för 2026
bifölls").

Rule: a sentence that opens with a plural pointer to matters ("Båda ärendena",
"Samtliga förslag", "De två frågorna") and a decision verb, right after a sentence of
the same paragraph that lists matters after "bland annat", "bl.a." or "däribland"
(else after its last colon): the listed matters, cut at commas, "och" and "samt". After
"Det var några av de ärenden det fattades beslut om" the whole sentence before is the
list, and the summaries are the matters alone.
A sentence that lists decisions itself ("Bland de större besluten märks A, B och C",
"Ärenden som beviljades var A, B och C") gives its matters too, up to a relative clause
(", som ..."); their summaries are the matters alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.context import Context
from ingest.language.segment import Span

__all__ = ["ListedMatters", "listed_matters"]

_POINTER = re.compile(
    r"\W*(?:de\s+)?(?:båda|bägge|samtliga|alla|dessa|(?:de\s+)?(?:två|tre|fyra))\s+"
    r"(?:ärenden(?:a)?|förslag(?:en)?|frågor(?:na)?|besluten)\s+(?:\w+\s+)?"
    r"(?P<verb>bifölls|antogs|godkändes|fastställdes|beslutades|klubbades)\b"
    # "Det var ett par av de ärenden som klubbades": all of the sentence before
    # ("Det var två av ärendena som beslutades under ...": the definite plural too)
    r"|\W*det\s+var\s+(?P<some>några|ett\s+par|två|tre|fyra|fem)\s+av\s+"
    r"(?:de\s+ärenden|de\s+beslut|ärendena|besluten)"
    r"\s+(?:som\s+)?(?:det\s+)?(?P<verb2>fattades\s+beslut|beslutades|togs\s+beslut|klubbades)\b",
    re.I,
)
_COUNTS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5}
_AMONG = re.compile(r"\b(?:bland\s+annat|bl\.\s?a\.|däribland)\s+|:\s+", re.I)
# "Bland de större besluten (det) märks A, B och C": a sentence listing decisions.
_AMONG_DECISIONS = re.compile(
    r"\W*Bland\s+(?:de\s+|dessa\s+)?(?:[a-zåäö]+\s+)?(?:beslut(?:en)?|ärenden(?:a)?)\s+"
    r"(?:det\s+)?(?P<verb>märks|märktes|finns|fanns)\s*:?\s+(?=[a-zåäö])",
    re.I,
)
# "Ärenden som beviljades var A, B och C": the sentence lists what was done to them.
_MATTERS_DONE = re.compile(
    r"\W*(?:de\s+)?(?:ärenden(?:a)?|förslag(?:en)?)\s+som\s+(?P<verb>beviljades|bifölls|"
    r"godkändes|beslutades|antogs|klubbades)\s+var\s+(?=[a-zåäö0-9])",
    re.I,
)
_RELATIVE = re.compile(r",\s+(?:som|vilket|vilka|där)\b")
_JOINS = re.compile(r"\s*,\s*|\s+(?:och|samt)\s+")
_MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class ListedMatters:
    pointer: Span  # "Båda ärendena bifölls av kommunstyrelsen."
    verb: Span  # "bifölls"
    matters: list[Span]  # "taxan för 2026", "den nya parkeringsnormen för X"
    evidence: Span  # the list and the pointer
    said: bool = True  # the verb says what was done ("bifölls"), not only that it was


def listed_matters(ctx: Context, sentence: Span) -> ListedMatters | None:
    """The matters the sentence's pointer refers to, in the sentence before it, or those
    the sentence itself lists as decisions ("Bland de större besluten märks A och B")."""
    m = _POINTER.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return _decisions_listed(ctx, sentence)
    index = ctx.sentences.index(sentence) if sentence in ctx.sentences else 0
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    if "\n" in ctx.text[previous.end : sentence.start]:
        return None
    among = list(_AMONG.finditer(ctx.text, previous.start, previous.end))
    if not among and not m.group("some"):
        return None
    # "A, B och C. Det var några av de ärenden ...": the sentence before is the list
    matters = _matters(ctx, among[-1].end() if among else previous.start, previous.end)
    if len(matters) < 2:
        return None
    count = _COUNTS.get((m.group("some") or "").lower())
    if count and len(matters) > count:  # "två av ärendena": the last item keeps its "och"
        matters = [*matters[: count - 1], Span(matters[count - 1].start, matters[-1].end)]
    group = "verb" if m.group("verb") else "verb2"
    verb = Span(m.start(group), m.end(group))
    evidence = Span(previous.start, sentence.end)
    return ListedMatters(sentence, verb, matters, evidence, said=group == "verb")


def _decisions_listed(ctx: Context, sentence: Span) -> ListedMatters | None:
    """'Bland de större besluten märks A, B och C', 'Ärenden som beviljades var A och B':
    the sentence lists the decisions."""
    m = _AMONG_DECISIONS.match(ctx.text, sentence.start, sentence.end)
    done = None if m else _MATTERS_DONE.match(ctx.text, sentence.start, sentence.end)
    m = m or done
    if m is None:
        return None
    relative = _RELATIVE.search(ctx.text, m.end(), sentence.end)
    matters = _matters(ctx, m.end(), relative.start() if relative else sentence.end)
    if len(matters) < 2:
        return None
    verb = Span(m.start("verb"), m.end("verb"))
    return ListedMatters(sentence, verb, matters, sentence, said=done is not None)


def _matters(ctx: Context, start: int, end: int) -> list[Span]:
    """The parts of [start, end) cut at commas, "och" and "samt" (not inside a document's
    name), each of at least two words."""
    while end > start and ctx.text[end - 1] in ".!? ":
        end -= 1
    matters: list[Span] = []
    cursor = start
    docs = ctx.documents_in(Span(start, end))
    joins = [
        j
        for j in _JOINS.finditer(ctx.text, start, end)
        if not any(d.start <= j.start() < d.end for d in docs)  # "Policy för X och Y"
    ]
    for join in [*joins, None]:
        stop = join.start() if join else end
        if len(ctx.text[cursor:stop].split()) >= _MIN_WORDS:
            matters.append(Span(cursor, stop))
        if join is not None:
            cursor = join.end()
    return matters

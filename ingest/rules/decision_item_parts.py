"""Cutting a "beslut om" clause into its decisions: "beslut om A och B" is A and B;
"bland annat beslut om att genomföra A, erbjuda B och undersöka C" is three.

Why apart from ingest.rules.decision_items: the cutting is about the clause's own
coordination, the same whichever wording introduced the decisions.
"""

from __future__ import annotations

import re

from ingest.language.segment import Span

__all__ = ["att_items", "listed_items", "main_predicate", "serial_items", "two_decisions"]

# In a list of "att" clauses, "och" before an infinitive opens the next item ("genomföra
# A, erbjuda B och undersöka C"); not "och hur", "skogar och parker".
_AND_INFINITIVE = re.compile(r"\s+och\s+(?=[a-zåäö]{3,}a\b(?!\s+(?:och|eller)\b))")
# Not a compound's shared head: "från barn- och utbildningsnämnden" is one body.
_AND = re.compile(r"(?<!-)\s+och\s+")
_JOINED = re.compile(r"(?:samt|och)\s+")
_BETWEEN = re.compile(r"\bmellan\s+(?:[\w-]+,?\s+){0,6}?[\w-]+,?$", re.I)
_NESTED_ATT = re.compile(r"\batt\s", re.I)
_COMMA = re.compile(r"\s*,\s*(?!\d)|(?<!\d),(?=\d)")  # not "22,86": a decimal comma
# A preposition opens a phrase whose own "och" joins its parts ("förbud i parker och
# användning av lustgas"), not two decisions.
_PREPOSITION = re.compile(r"\b(?:om|för|i|av|till|med|på|inom|mot|från|kring|vid)\b", re.I)

_QUESTION_WORD = re.compile(r"(?:vilka|vilken|vilket|hur|när|var)\s", re.I)


def two_decisions(text: str, start: int, end: int) -> list[Span]:
    """'beslut om A och B': A and B, cut at its one 'och', else at the first 'och' outside
    a prepositional phrase; each of two words or more. Else the whole, as after a
    question word ("beslut om vilka projekt och aktiviteter som får medel")."""
    if _QUESTION_WORD.match(text, start):
        return [Span(start, end)]
    ands = [m for m in _AND.finditer(text[:end]) if m.start() >= start]
    for m in ands:
        left = text[start : m.start()]
        if (len(ands) > 1 and _PREPOSITION.search(left)) or _NESTED_ATT.search(left):
            break  # the "och" of a phrase, or of a nested "att"-clause ("för att A och B")
        if _BETWEEN.search(left):
            break  # "samarbete mellan A, B och C": "mellan" takes the coordination
        if len(left.split()) >= 2 and len(text[m.end() : end].split()) >= 2:
            return [Span(start, m.start()), Span(m.end(), end)]
    return [Span(start, end)]


def listed_items(text: str, start: int, end: int, *, verbs: bool) -> list[Span]:
    """'bland annat beslut om att genomföra A, erbjuda B och undersöka C': cut at commas
    and, in a list of verb phrases, at "och" before an infinitive; in a list of noun
    phrases at an "och" whose next two words repeat the item's own ("medel till ett
    projekt om A och ett projekt om B"). Empty when nothing cuts it."""
    cuts = [(m.start(), m.end()) for m in _COMMA.finditer(text, start, end)]
    comma_ends = [b for _, b in cuts]
    cursor = start
    for m in _AND.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in cuts):
            continue
        left = text[max([cursor, *(b for a, b in cuts if b <= m.start())]) : m.start()]
        nxt = text[m.end() : end].split()[:2]
        parallel = len(nxt) == 2 and f" {' '.join(nxt)} ".lower() in f" {left} ".lower()
        # "... för att utöka skolan och anpassa den": an "och" within the item's own
        # nested "att"-clause joins its verbs, not two decisions.
        nested = _NESTED_ATT.search(left) is not None
        infinitive = verbs and not nested and _AND_INFINITIVE.match(text, m.start()) is not None
        # "A, B och C": in a list, the first "och" after the last comma opens its last item
        # ("... för språktolkförmedling och utbyggnad av gång och cykelnätet").
        commas = [b for b in comma_ends if b <= m.start()]
        serial = (
            not verbs
            and bool(commas)
            and _AND.search(text, max(commas), m.start()) is None
            and len(left.split()) >= 2
            and len(text[m.end() : end].split()) >= 2
        )
        if parallel or infinitive or serial:
            cuts.append((m.start(), m.end()))
            cursor = m.end()
    if not cuts:
        return []
    spans: list[Span] = []
    cursor = start
    for a, b in sorted(cuts):
        spans.append(Span(cursor, a))
        joined = _JOINED.match(text, b, end)  # "A, B, samt ett beslut om C": a comma, then
        cursor = joined.end() if joined else b  # the conjunction of the last item
    spans.append(Span(cursor, end))
    return [s for s in spans if len(text[s.start : s.end].split()) >= 2]


_EXPLAINED = re.compile(
    r"\b(?:det\s+vill\s+säga|dvs|d\.\s?v\.\s?s|till\s+exempel|t\.\s?ex|såsom|som)\b"
)


def serial_items(text: str, start: int, end: int, *, verbs: bool) -> list[Span]:
    """'beslut om A, B och C' without "bland annat": three items or more, unless the commas
    set off what one item holds ("om A, det vill säga B, C samt D"); else none."""
    parts = listed_items(text, start, end, verbs=verbs)
    return parts if len(parts) >= 3 and not _EXPLAINED.search(text, start, end) else []


# "om A, att anta B, att ta fram C och att utreda D": each later item its own "att".
_ATT_ITEM = re.compile(r"\s*,\s+att\s+|\s+och\s+att\s+")


def att_items(text: str, start: int, end: int) -> list[Span]:
    """'beslut om A, att anta B och att ta fram C': A, B and C, when a comma opens an "att"
    item; else none (one "och att" alone may join one decision's two verbs)."""
    if not re.search(r",\s+att\s", text[start:end]):
        return []
    spans: list[Span] = []
    cursor = start
    for m in _ATT_ITEM.finditer(text, start, end):
        spans.append(Span(cursor, m.start()))
        cursor = m.end()
    spans.append(Span(cursor, end))
    return [s for s in spans if len(text[s.start : s.end].split()) >= 2]


# "Att främja hälsan är viktigt", "Att sända X skulle kosta mer": a subject clause and its
# finite verb, not a decision ("att arbetet ska redovisas" is an item: "ska" stays out).
# The main clause's verb after an "att"-clause subject ("Att X inför Y har att göra med Z").
_PREDICATE = re.compile(
    r"\b(?:är|var|blir|kan|behöver|bör|skulle|kommer|innebär|innebar|har\s+att\s+göra|"
    r"handlar|beror|hänger|betyder)\b"
)
# Where the "att"-clause's own words end: a second "att" opens the complement of its verb
# ("Att notera att prognosen ..., vilket är bättre än budget": no predicate of the item's);
# "har att göra" stays a predicate.
_COMPLEMENT = re.compile(r"(?<!har\s)\batt\b")


def main_predicate(text: str, start: int) -> bool:
    """A finite verb of the main clause after the item's "att"-clause: a subject clause."""
    cut = _COMPLEMENT.search(text, start)
    return bool(_PREDICATE.search(text, start, cut.start() if cut else len(text)))

"""Goals listed inside a sentence: after a colon, or after "är" / "ligger på".

Why: plan pages often list a document's goals or focus areas in running text,
not as bullets: "Strategin lyfter fram tre utvecklingsområden: Trygga uppväxtvillkor,
Ett växande näringsliv och Goda kommunikationer." or 'De långsiktiga målsättningarna
är: "Alla ska ha en bostad" och "Utsläppen ska halveras".' (invented examples).

Rule list.goals.inline_list: a sentence whose words before the colon speak of
goals or areas (as a bullet list's intro would). Rule list.goals.copula_list: a
sentence that opens with them and goes on "är" or "ligger på" ("Prioriterade områden
är A, B och C", "Fokus i handlingsplanen ligger på A, B och C"). The items are the
quoted phrases, else the parts split at commas and, in the last part, at its last
"och" ("jämlik och jämställd hälsa, psykisk hälsa och levnadsvanor"); without a
comma, only an "och" before a capital splits ("Fler och starkare företag" is one).
Each becomes a Goal of the document the sentence is about, else of the page's. A
spaced dash ends the list ("..., en smart region och en global region - med ambitionen
att ..."); goals the work is "i linje med" or "bidrar till" are others' goals, not its
own. Areas named only by example ("målområden, bland annat A") are not read: no gold
page counts them as goals (the rule list.goals.examples that read them matched none of
the gold and gave 18 false positives; removed in the fifty-third session).
A bare "Fokus ligger på" after a sentence that names no document lists no goals.
Rule list.goals.counted: a counted set ("fokusera på fyra områden, A, B, C samt D",
"sex delstrategier: A, ...", "Fyra prioriterade områden har pekats ut - A, ...", "de
fyra delarna A, B, C och D") after a comma, colon, semicolon or dash, or right after a
definite cue, kept only when the list
has exactly that many items. Where the last part has several conjunctions, "samt" (else
an "och" before "en"/"ett") is the one before the last item; "barn- och" is a cut
compound, no split. A colon inside a word ("EU:s") opens no list.

Rule list.goals.counted_next: a count at a sentence's end ("är inriktad på fem
områden.") and the next sentence listing exactly that many ("De är A, B, C, D och E.").

Rule list.goals.numbered_inline: a goal intro's colon, then items numbered in running
text ("inom fem målområden: 1. A 2. B 3. C", a list flattened into one paragraph); the
numbers must follow each other, and the last item ends at its sentence's end.

The goals a sentence states one by one ("Målet med X är att ...") are read by
ingest.rules.inline_goals, run from here.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.extract_lists import GOAL_INTRO, MEASURE_AREAS
from ingest.rules.inline_goals import NOT_GOAL, extract_inline_goals
from ingest.rules.list_items import add_goal, split_at
from ingest.rules.main_document import list_owner, only_sources

__all__ = ["extract_goal_lists"]

# "Målen är ambitiösa, politikerna visar vägen, säger Eva Ek": a quote's clauses, no list.
_SPEAKER = re.compile(r",\s+(?:säger|menar|berättar|konstaterar|betonar)\s+[A-ZÅÄÖ]")
_QUOTED = re.compile(r"[\"”“](?P<item>[^\"”“]{3,200})[\"”“]")
_COMMA = re.compile(r",\s+")
_AND = re.compile(r"(?<!-)\s+(?:och|samt)\s+")  # not "barn- och utbildningsnämnden"
_AND_CAPITAL = re.compile(r"\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])")
# "Prioriterade områden är", "Fokus i handlingsplanen ligger därför på": the intro of a
# list that follows without a colon.
_COPULA = re.compile(
    r"(?:(?:De|Våra|Dess|Strategins|Planens)\s+)?(?:[\wåäö]+\s+)?"
    r"(?P<cue>[\wåäö]*områden(?:a)?|målsättningar(?:na)?|[\wåäö]*målen|[\wåäö]+mål|fokus"
    r"|prioriteringar(?:na)?)"
    r"(?:\s+(?:i|för|med)\s+[^\s,.:]+(?:\s+[^\s,.:]+)?)?"
    # "De miljömål som uppdaterats är ...": a relative clause before the copula
    r"(?:\s+som\s+(?:[\wåäö]+\s+){0,2}?[\wåäö]+(?=\s+är\b))?"
    # ("Fokusområden är; A, B": a semicolon written for a colon)
    r"\s+(?:är|blir|omfattar|ligger\s+(?:därför\s+|främst\s+)?på)(?:\s*;)?\s+(?!att\b)",
    re.I,
)
# "Särskilt fokus ligger på sårbara grupper som barn, äldre ...": examples of a group of
# people the work reaches, not the document's goals.
_SUCH_AS = re.compile(r"(?:[\wåäö-]+\s+){1,3}som\s+(?!är\b|ska\b|har\b)")
_MAX_ITEM_WORDS = 12
# A part that opens with a modal or auxiliary verb continues the clause before it.
_PREDICATE = re.compile(r"(?:ska|skall|kan|bör|måste|får|har|är|blir|kommer\s+att)\s")
_MIN_ITEMS = 2
_DASH = re.compile(r"\s[\u2013\u2014-]\s")
# "EU:s", "FN:s": a colon inside a word is no list's colon.
_LIST_COLON = re.compile(r":(?=\s|$)")
_NUMBERS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
# The count and up to two words before the counted noun ("fyra prioriterade områden").
_COUNT = r"(?P<n>" + "|".join(_NUMBERS) + r"|[2-9])\s+(?:[a-zåäö-]+\s+){0,2}?"
# "fokusera på fyra områden, A, B, C samt D", "innehåller sex delstrategier: A, ...": a
# counted set of areas, goals or sub-strategies, then a list of exactly that many items.
_COUNTED = compile_guarded(
    r"\b"
    + _COUNT
    + r"(?P<cue>[a-zåäö]*områden(?:a(?=\s+[A-ZÅÄÖ]))?|[a-zåäö]*mål|(?:del)?strategier"
    r"|målsättningar|prioriteringar|delarna)"
    # ", " ": " or a dash; "har pekats ut -"; after a definite cue, the first item itself
    # ("de fyra delarna mottagande, etablering, ...").
    # "fyra områden att prioritera i arbetet framöver: A, ...": a purpose before the colon
    r"(?:(?:\s+att\s+[a-zåäö]+(?:\s+[a-zåäö]+){0,5})?\s*[,:;]\s+|\s+[\u2013\u2014-]\s+"
    r"|\s+har\s+(?:pekats|lyfts|valts)\s+(?:ut|fram)\s*[,:;\u2013\u2014-]\s+"
    # "fyra prioriterade områden (A, B, C och D)": the items in brackets
    r"|\s*(?P<br>\()"
    r"|(?<=na)\s+(?=[A-ZÅÄÖa-zåäö]))",
    re.I,
)
# The conjunction before a list's last item, when its last part has several: "samt"
# ("A, utbildning och arbete samt B"), else an "och" before an article ("A och en B och C").
# "tre områden, och de följs upp av ...": a clause goes on after the count, no list.
_CLAUSE_OPENER = re.compile(
    r"(?:och|samt|men|eller|som|där|vilka|vilket|de|det|den|dessa|vi|man)\b", re.I
)
_SAMT = re.compile(r"\s+samt\s+")
_AND_ARTICLE = re.compile(r"\s+och\s+(?=(?:en|ett)\s)")


def _items(ctx: Context, start: int, end: int, least: int = _MIN_ITEMS) -> list[Span]:
    quoted = list(_QUOTED.finditer(ctx.text, start, end))
    if len(quoted) >= least:
        return [Span(q.start("item"), q.end("item")) for q in quoted]
    dash = _DASH.search(ctx.text, start, end)  # "... och en global region - med ambitionen"
    body_end = dash.start() if dash else end
    while body_end > start and ctx.text[body_end - 1] in ".!? \n":
        body_end -= 1
    spans = split_at(ctx, start, body_end, _COMMA)
    if len(spans) > 1:
        last = spans.pop()
        ands = list(_AND.finditer(ctx.text, last.start, last.end))
        if len(ands) > 1:
            ands = (
                list(_SAMT.finditer(ctx.text, last.start, last.end))
                or list(_AND_ARTICLE.finditer(ctx.text, last.start, last.end))[:1]
                or ands
            )
        final_and = ands[-1] if ands else None
        if final_and is None:
            spans.append(last)
        else:
            spans += [Span(last.start, final_and.start()), Span(final_and.end(), last.end)]
    else:
        spans = split_at(ctx, start, body_end, _AND_CAPITAL)
    if len(spans) < least or any(
        len(ctx.text[x.start : x.end].split()) > _MAX_ITEM_WORDS for x in spans
    ):
        return []
    if any(_PREDICATE.match(ctx.text, x.start, x.end) for x in spans[1:]):
        return []  # "X tryggar A, B och ska finnas nära Y": coordinated predicates, one goal
    return spans


_MEASURE_AREAS = re.compile(r"[a-zåäö]*" + MEASURE_AREAS, re.I)  # any compound of them


# "går i linje med nationella mål såsom A", "ett verktyg för att förverkliga de
# integrationspolitiska målen: A, B": goals it serves, not its own.
_OTHERS = (
    r"\bi\s+(?:linje|enlighet)\s+med\b|\bbidrar\s+(?:även\s+|också\s+)?till\b"
    r"|\bförverkliga\b"
)
_OTHERS_GOALS = re.compile(_OTHERS)


def _bare_focus(ctx: Context, sentence: Span, copula: re.Match[str]) -> bool:
    """'Nämnden beslutade om särskilda medel. Fokus ligger på A, B och C': a bare
    "Fokus" names no document, and after a sentence that names none either the list
    is what is funded or done, not a document's goals."""
    if copula.group("cue").lower() != "fokus" or ctx.documents_in(
        Span(sentence.start, copula.end())
    ):
        return False
    index = ctx.sentence_index(sentence)
    before = ctx.sentences[index - 1] if 0 < index <= len(ctx.sentences) else None
    return before is None or not ctx.documents_in(before)


def _counted(ctx: Context, sink: FactSink, sentence: Span) -> bool:
    """'fokusera på fyra områden, A, B, C samt D': as many items as the number says."""
    found = _COUNTED.search(ctx.text, sentence.start, sentence.end)
    if found is None or _MEASURE_AREAS.fullmatch(found.group("cue")):
        return False
    number = found.group("n").lower()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    if _CLAUSE_OPENER.match(ctx.text, found.end(), sentence.end):
        return False
    end = sentence.end
    if found.group("br"):
        close = ctx.text.find(")", found.end(), sentence.end)
        if close < 0:
            return False
        end = close
    items = _items(ctx, found.end(), end, count)
    if len(items) != count or only_sources(ctx, Span(sentence.start, found.end())):
        return False
    owner = list_owner(ctx, Span(sentence.start, found.end()), found.start("cue"))
    for item in items:
        text = ctx.text[item.start : item.end]
        add_goal(ctx, sink, owner, item, text, sentence.start, "list.goals.counted")
    return True


# "A, B, C samt D. Det är de fyra prioriterade områdena i programmet": the list first,
# then counted and named in the sentence after it.
_COUNTED_AFTER = re.compile(
    r"\W*(?:Det|Detta|Dessa|De)\s+är\s+(?:de|våra|dess)\s+"
    + _COUNT
    + r"(?P<cue>[a-zåäö]*områdena|[a-zåäö]*målen|målsättningarna|prioriteringarna)\b",
    re.I,
)


def _counted_after(ctx: Context, sink: FactSink, index: int) -> None:
    """'A, B och C. Det är de tre prioriterade områdena i X': exactly as many items."""
    sentence = ctx.sentences[index]
    found = _COUNTED_AFTER.match(ctx.text, sentence.start, sentence.end)
    if found is None or index == 0 or _MEASURE_AREAS.fullmatch(found.group("cue")):
        return
    listed = ctx.sentences[index - 1]
    if "\n\n" in ctx.text[listed.end : sentence.start]:
        return  # the list must be right before it, in the same paragraph
    number = found.group("n").lower()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    items = _items(ctx, listed.start, listed.end, count)
    samt = list(_SAMT.finditer(ctx.text, listed.start, listed.end))
    if len(items) != count and len(samt) == 1:
        # "A, B samt C, D och E": "samt" opens the last item, commas and all.
        end = listed.end - (1 if ctx.text[listed.end - 1] in ".!" else 0)
        items = [*split_at(ctx, listed.start, samt[0].start(), _COMMA)]
        items.append(Span(samt[0].end(), end))
    if len(items) == count:
        owner = list_owner(ctx, sentence, found.start("cue"))
        _add_items(ctx, sink, owner, items, listed.start, "list.goals.counted_after")


def _add_items(
    ctx: Context, sink: FactSink, owner: DocumentHit | None, items: list[Span], at: int, rule: str
) -> None:
    """Each counted item as a goal of `owner`, its sentence starting at `at`."""
    for item in items:
        add_goal(ctx, sink, owner, item, ctx.text[item.start : item.end], at, rule)


# "Agendan är inriktad på fem områden. De är A, B, C, D och E.": counted at a sentence's
# end, then listed by the next one.
_COUNTED_END = compile_guarded(
    r"\b"
    + _COUNT
    + r"(?P<cue>[a-zåäö]*områden|[a-zåäö]*mål|målsättningar|prioriteringar)"
    # "... fyra områden som avgörande för att vi ska klara målen. Dessa är A, B ...": a
    # relative clause may close the sentence
    + r"(?:\s+som\s+[^.:;]{3,120})?\s*[.:]?\s*$",
    re.I,
)
_THEY_ARE = re.compile(r"\W*(?:De|Dessa)\s+är\s+(?!att\b)")


def _counted_next(ctx: Context, sink: FactSink, index: int) -> None:
    """'... fem områden. De är A, B, C, D och E.': exactly as many items."""
    if index + 1 >= len(ctx.sentences):
        return
    sentence, listed = ctx.sentences[index], ctx.sentences[index + 1]
    found = _COUNTED_END.search(ctx.text, sentence.start, sentence.end)
    they = _THEY_ARE.match(ctx.text, listed.start, listed.end)
    if found is None or they is None or _MEASURE_AREAS.fullmatch(found.group("cue")):
        return
    if "\n\n" in ctx.text[sentence.end : listed.start]:
        return  # the list must follow in the same paragraph
    number = found.group("n").lower()
    count = int(number) if number.isdigit() else _NUMBERS[number]
    items = _items(ctx, they.end(), listed.end, count)
    if len(items) == count:
        owner = list_owner(ctx, sentence, found.start("cue"))
        _add_items(ctx, sink, owner, items, sentence.start, "list.goals.counted_next")


_NUMBERED_START = re.compile(r":\s+1[.)]\s+(?=[A-ZÅÄÖ])")
_ANY_NUMBER = re.compile(r"\s\d{1,2}[.)]\s+(?=[A-ZÅÄÖ])")
_ITEM_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ]|\s*$)|\n", re.M)


def _numbered_inline(ctx: Context, sink: FactSink) -> None:
    for m in _NUMBERED_START.finditer(ctx.text):
        sentence = ctx.sentence_of(m.start())
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        start = max(sentence.start, line_start) if sentence else line_start
        intro = GOAL_INTRO.search(ctx.text, start, m.start())
        if intro is None or _MEASURE_AREAS.fullmatch(intro.group(0)):
            continue
        line_end = ctx.text.find("\n", m.end())
        line_end = len(ctx.text) if line_end < 0 else line_end
        items, pos, number = [], m.end(), 2
        while nxt := re.compile(rf"\s{number}[.)]\s+(?=[A-ZÅÄÖ])").search(ctx.text, pos, line_end):
            items.append(Span(pos, nxt.start()))
            pos, number = nxt.end(), number + 1
        last = _ITEM_END.search(ctx.text, pos, line_end)
        items.append(Span(pos, last.start() if last else line_end))
        if len(items) < _MIN_ITEMS or any(
            len(ctx.text[x.start : x.end].split()) > _MAX_ITEM_WORDS
            or _ANY_NUMBER.search(ctx.text, x.start, x.end)  # "1. A 3. B 2. C": out of order
            for x in items
        ):
            continue
        owner = list_owner(ctx, Span(start, m.end()), intro.start())
        for item in items:
            text = ctx.text[item.start : item.end].rstrip(" .")
            add_goal(ctx, sink, owner, item, text, start, "list.goals.numbered_inline")


def extract_goal_lists(ctx: Context, sink: FactSink) -> None:
    listed: set[int] = set()  # sentences whose goals were read here, one by one
    _numbered_inline(ctx, sink)
    for index in range(len(ctx.sentences)):
        _counted_after(ctx, sink, index)
        _counted_next(ctx, sink, index)
    for sentence in ctx.sentences:
        found = _LIST_COLON.search(ctx.text, sentence.start, sentence.end)
        colon = found.start() if found else -1
        rule = "list.goals.inline_list"
        if _counted(ctx, sink, sentence):
            continue
        if colon >= 0 and "\n" not in ctx.text[colon : sentence.end].strip():
            intro = GOAL_INTRO.search(ctx.text, sentence.start, colon)
            if intro and _MEASURE_AREAS.fullmatch(intro.group(0)):
                continue  # areas of measures are activities (ingest.rules.activity_inline)
            cue, body = (intro.start() if intro else None), colon + 1
        else:
            text = ctx.text[sentence.start : sentence.end]
            at = sentence.start + len(text) - len(text.lstrip())
            copula = _COPULA.match(ctx.text, at, sentence.end)
            if copula and (
                _bare_focus(ctx, sentence, copula)
                or _SPEAKER.search(ctx.text, copula.end(), sentence.end)
                or NOT_GOAL.match(ctx.text, copula.end())
                or _SUCH_AS.match(ctx.text, copula.end())
            ):
                copula = None
            cue, body = (copula.start("cue"), copula.end()) if copula else (None, 0)
            rule = "list.goals.copula_list"
        if cue is None:
            continue
        if only_sources(ctx, Span(sentence.start, body)):
            continue
        if _OTHERS_GOALS.search(ctx.text, sentence.start, cue):
            continue  # "ett verktyg för att förverkliga de nationella målen: A, B": others'
        owner = list_owner(ctx, Span(sentence.start, body), cue)
        for item in _items(ctx, body, sentence.end, _MIN_ITEMS):
            text = ctx.text[item.start : item.end]
            if add_goal(ctx, sink, owner, item, text, sentence.start, rule):
                listed.add(sentence.start)
    extract_inline_goals(ctx, sink, frozenset(listed))

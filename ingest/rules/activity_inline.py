"""Activities a document lists inside one sentence, after its activity noun.

Why: plan pages and press releases name a plan's measures in running text, not as
bullets: "Handlingsplanen innehåller satsningar på hela kedjan, bland annat A, B och
C." or "I färdplanen finns fem åtgärdsområden: A, B, C, D och E."

Rule list.activities.inline: a sentence whose subject (or "I/Inom <document> finns")
is a document, whose verb is innehåller / omfattar / rymmer / består av / pekar ut /
finns, and whose object is an activity noun (satsningar, åtgärder, insatser,
aktiviteter, åtgärdsområden, insatsområden, in any form), then a colon or "bland
annat" / "exempelvis" / "till exempel" / "såsom". The items after it are split at
commas and, in the last part, at its last "och" / "samt"; each becomes an Activity of
that document. At least two items of at most twelve words, else nothing (a single
clause after "bland annat" is a description, not a list). A range "(allt) från att A
till att B" after the noun ("ett brett spann av åtgärder - från att A till att B")
gives its two ends, clauses of at most twenty words. An activity noun that the
goal rules take as an area of goals (the caller's `goal_areas`, the goal lists' intro
pattern) is left to them, so that one list never gives both goals and activities.

Rule list.activities.some_of: the items before "är några av (de totalt nio) åtgärder(na)"
("Fler trafikkontroller, trygghetsvandringar och ökad närvaro är några av de nio
åtgärder som polisen och kommunen lovar", invented), split the same way, are activities
of the document the sentence is about, else of the one document the next sentence, opening
with the measures ("Åtgärderna finns i ..."), names.

Rule list.activities.means: "För att nå målet ska kommunen (fortsätta att) A, B och att C"
gives A, B and C (at least two, each of at most sixteen words) as activities of the page's
document. Rule list.activities.by_means_inline: so does "(bland annat|exempelvis) genom
att A samt B" (split at commas, "och" and "samt"), when the page has a document.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.list_items import add_activity, clause_end, quoted_speech, split_at
from ingest.rules.main_document import list_owner, page_document

__all__ = ["ACTIVITY_NOUN", "extract_inline_activities"]

# The nouns whose plural names a plan's measures, and the areas they are grouped in.
ACTIVITY_NOUN = (
    r"(?:satsningar|åtgärder|insatser|aktiviteter|(?:åtgärds|insats|aktivitets)områden)(?:na|a)?"
)
_NUMBER = r"(?:\d{1,2}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|flera|ett\s+antal)"
_VERB = r"(?:innehåller|omfattar|rymmer|består\s+av|pekar\s+ut|föreslår|finns)"
# "ett brett spann av", "en rad": a quantity before the noun
_QUANTITY = r"(?:(?:ett|en)\s+(?:[a-zåäö]+\s+)?(?:spann|rad|antal|mängd)\s+(?:av\s+)?)"
_CUE = re.compile(
    rf"\s{_VERB}\s+(?:bland\s+annat\s+|också\s+|även\s+)?(?:{_NUMBER}\s+|{_QUANTITY})?"
    rf"(?:[a-zåäö]+(?:a|e)\s+)?(?P<cue>{ACTIVITY_NOUN})\b"
    # a short qualifier of the noun ("på hela livsmedelskedjan") before the opener
    r"(?P<qual>[^.:!?;,]{0,60}?)"
    r"(?:\s*:\s*|,?\s+(?:bland\s+annat|exempelvis|till\s+exempel|såsom)\s+"
    # "åtgärder - från att stärka A till att ge B": the range's two ends
    r"|\s*[-\u2013,]?\s*(?:allt\s+)?(?P<range>från\s+att\s+))",
    re.I,
)
_RANGE_END = re.compile(r"\s+till\s+att\s+")
_SOME_OF = re.compile(
    rf"\s+är\s+(?:några|ett\s+par|två|tre|fyra|delar)\s+av\s+(?:de\s+)?(?:totalt\s+)?"
    rf"(?:{_NUMBER}\s+)?(?:[a-zåäö]+(?:a|e)\s+)?(?P<cue>{ACTIVITY_NOUN})\b",
    re.I,
)
_IN_DOCUMENT = re.compile(r"\s*(?:I|Inom)\s+")
_ARTICLE = re.compile(r"(?:en|ett)\s+", re.I)
_COMMA = re.compile(r",\s+")
_AND = re.compile(r"\s+(?:och|samt)\s+")
_MAX_ITEM_WORDS = 12
_MAX_RANGE_WORDS = 20
_MIN_ITEMS = 2


def _items(ctx: Context, start: int, end: int) -> list[Span]:
    end = clause_end(ctx, start, end)
    spans = split_at(ctx, start, end, _COMMA, _ARTICLE)
    if not spans:
        return []
    last = spans.pop()
    ands = list(_AND.finditer(ctx.text, last.start, last.end))
    spans += split_at(ctx, last.start, ands[-1].start(), _COMMA, _ARTICLE) if ands else [last]
    if ands:
        spans += split_at(ctx, ands[-1].end(), last.end, _COMMA, _ARTICLE)
    if len(spans) < _MIN_ITEMS or any(
        len(ctx.text[s.start : s.end].split()) > _MAX_ITEM_WORDS for s in spans
    ):
        return []
    return spans


def _range(ctx: Context, start: int, end: int) -> list[Span]:
    """ "från att A till att B": A and B, each a clause of at most twenty words."""
    end = clause_end(ctx, start, end)
    ends = list(_RANGE_END.finditer(ctx.text, start, end))
    if len(ends) != 1:
        return []
    spans = [Span(start, ends[0].start()), Span(ends[0].end(), end)]
    if any(len(ctx.text[s.start : s.end].split()) > _MAX_RANGE_WORDS for s in spans):
        return []
    return spans


def _subject_is_document(ctx: Context, sentence: Span, verb_at: int) -> bool:
    """A document before the verb: its subject, or "I/Inom <document> finns"."""
    docs = ctx.documents_in(Span(sentence.start, verb_at))
    if not docs:
        return False
    lead = ctx.text[sentence.start : docs[0].start]
    return not lead.strip() or _IN_DOCUMENT.fullmatch(lead) is not None


# "För att nå målet ska kommunen fortsätta att A, se till att B och att C": the means.
_TO_REACH = re.compile(
    r"\W*för\s+att\s+(?:nå|uppnå)\s+(?:målet|målen|dessa\s+mål|det\s+målet)\s+ska\s+"
    r"(?:[\wåäö-]+\s+){1,3}?(?:fortsätta\s+(?:att\s+)?|arbeta\s+för\s+att\s+)?"
    r"(?=[a-zåäö]+a\s)",
    re.I,
)
_MAX_MEANS_WORDS = 16  # "se till att det finns ett tillräckligt utbud av X för Y"
_AND_ATT = re.compile(r",\s+(?:och\s+)?(?:att\s+)?|\s+och\s+att\s+")


# "..., bland annat genom att A samt B": the examples of how a goal is reached.
_BY_MEANS = compile_guarded(
    r"\b(?:bland\s+annat|bl\.\s?a\.|exempelvis|till\s+exempel|främst)\s+genom\s+att\s+", re.I
)
_AND_SAMT_ATT = re.compile(r",\s+(?:och\s+|samt\s+)?(?:att\s+)?|\s+(?:och|samt)\s+(?:att\s+)?")


# A part that goes on its predecessor: "kultur- och naturstigar" (a shared compound
# head), "A och andra företrädare för kultur" (a noun phrase, no new infinitive).
_NO_NEW_ITEM = re.compile(
    r"(?:andra|alla|övriga|olika|flera|många|nya|egna|samtliga|hela|de|den|det|dess)\b", re.I
)


# Each means is an infinitive phrase: "-a" ("utveckla", "stödja") or a short verb.
_INFINITIVE = re.compile(r"(?:[a-zåäö]+a|ta|se|ge|gå|nå|få|dra|stå|slå|bo|tro)\b")


def _joined_back(ctx: Context, items: list[Span]) -> list[Span]:
    out: list[Span] = []
    for item in items:
        # The word before the joining "och": "kultur-" in "kultur- och naturstigar".
        before = ctx.text[max(0, item.start - 8) : item.start].rstrip()
        head = before.rsplit(None, 1)[0] if " " in before else before
        verb = _INFINITIVE.match(ctx.text, item.start) and not _NO_NEW_ITEM.match(
            ctx.text, item.start
        )
        if out and (head.endswith("-") or not verb):
            out[-1] = Span(out[-1].start, item.end)
        else:
            out.append(item)
    return out


def _means(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'För att nå målet ska kommunen A, B och att C' and '..., bland annat genom att A
    samt B': A, B and C, of the page's document."""
    m = _TO_REACH.match(ctx.text, sentence.start, sentence.end)
    by_means = m is None
    if m is None:
        m = _BY_MEANS.search(ctx.text, sentence.start, sentence.end)
        if m is None or quoted_speech(ctx.text[sentence.start : sentence.end]):
            return  # no means; or someone's answer: "Bland annat genom att ..., säger X"
    owner = list_owner(ctx, sentence)
    if by_means and owner is None:
        return
    split = _AND_SAMT_ATT if by_means else _AND_ATT
    items = split_at(ctx, m.end(), clause_end(ctx, m.end(), sentence.end), split)
    if by_means:
        items = _joined_back(ctx, items)
    if len(items) < _MIN_ITEMS or any(
        len(ctx.text[i.start : i.end].split()) > _MAX_MEANS_WORDS for i in items
    ):
        return
    rule = "list.activities.by_means_inline" if by_means else "list.activities.means"
    for item in items:
        text = ctx.text[item.start : item.end]
        add_activity(ctx, sink, owner, item, text, sentence.start, rule)


_DEFINITE_NOUN = re.compile(rf"\W*{ACTIVITY_NOUN}\b", re.I)


def _named_next(ctx: Context, sentence: Span) -> DocumentHit | None:
    """'Åtgärderna finns i 2018 års medborgarlöften.': the one document the next sentence,
    opening with the measures, places them in."""
    index = ctx.sentence_index(sentence)
    if index + 1 >= len(ctx.sentences):
        return None
    after = ctx.sentences[index + 1]
    docs = ctx.documents_in(after)
    if not _DEFINITE_NOUN.match(ctx.text, after.start, after.end) or len(docs) != 1:
        return None
    return page_document(ctx, docs[0])


def _some_of(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'A, B och C är några av de nio åtgärder som ...': A, B and C."""
    m = _SOME_OF.search(ctx.text, sentence.start, sentence.end)
    if m is None:
        return
    owner = list_owner(ctx, sentence, m.start("cue")) or _named_next(ctx, sentence)
    for item in _items(ctx, sentence.start, m.start()):
        text = ctx.text[item.start : item.end]
        add_activity(ctx, sink, owner, item, text, sentence.start, "list.activities.some_of")


def extract_inline_activities(ctx: Context, sink: FactSink, goal_areas: re.Pattern[str]) -> None:
    for sentence in ctx.sentences:
        _some_of(ctx, sink, sentence)
        _means(ctx, sink, sentence)
        m = _CUE.search(ctx.text, sentence.start, sentence.end)
        if m is None or goal_areas.fullmatch(m.group("cue")):
            continue
        if not _subject_is_document(ctx, sentence, m.start()):
            continue
        owner = list_owner(ctx, sentence, m.start("cue"))
        items = _range(ctx, m.end(), sentence.end) if m.group("range") else None
        for item in _items(ctx, m.end(), sentence.end) if items is None else items:
            add_activity(
                ctx,
                sink,
                owner,
                item,
                ctx.text[item.start : item.end],
                sentence.start,
                "list.activities.inline",
            )

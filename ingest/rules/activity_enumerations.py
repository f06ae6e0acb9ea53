"""Activities a document's content is said to include, listed in running text.

Why: plan pages and news summarise a plan's measures in one sentence, not a bullet list:
"Programmet innehåller bland annat höjt stöd till X, ökat fokus på Y, samt stöd till Z",
"För myndigheten innebär strategin bland annat arbete med A, B och C", "I planen fastslås
kommunens ansvar. Det innebär bland annat att återställa A och att klimatsäkra B".

Rule list.activities.bland_annat: a sentence whose verb is "innehåller", "innebär" or
"omfattar" followed by "bland annat" (the mark of a few named examples of what a document
holds; also after an inverted subject: "För X innebär strategin bland annat"), or "Bland
åtgärderna finns bland annat", or "Några av nyheterna (åtgärderna) är" -> each item of the
list after it, split at its commas and its last "samt", else its last "och" (or at "och
att" when the items are "att"-clauses), is an Activity of the document the sentence is about
(ingest.rules.main_document.list_owner). No document, no activities; nor when an item
names a part of a document ("visioner, mål och kartor").
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.list_items import add_activity, clause_end
from ingest.rules.main_document import list_owner

__all__ = ["enumerated_activities"]

_CUE = re.compile(
    r"\b(?P<cue>innehåller|innebär|omfattar"
    # "Bland åtgärderna finns bland annat A, B samt C": the measures, named as examples
    r"|[Bb]land\s+(?:åtgärderna|aktiviteterna|insatserna)\s+(?:finns|märks))"
    # "För X innebär strategin bland annat": the subject after a fronted adverbial
    r"(?:\s+(?:[\w-]*(?:strategi|plan|program|policy)(?:n|en|et|men)|det|den))?"
    r"\s+(?:också\s+|även\s+)?bland\s+annat\s+"
    # "Några av nyheterna (i planen) är A, B samt C": examples named as such
    r"|\b(?P<some>[Nn]ågra)\s+av\s+(?:nyheterna|åtgärderna|insatserna|aktiviteterna)"
    r"(?:\s+i\s+[\w-]+)?\s+är\s+"
)
_COMMA = re.compile(r"\s*,\s*(?:samt\s+|och\s+)?")
_LAST_AND = re.compile(r"\s+(?:och|samt)\s+(?!att\b)")
_LAST_SAMT = re.compile(r"\s+samt\s+(?!att\b)")
_AND_ATT = re.compile(r"\s+och\s+att\s+")
_ATT = re.compile(r"att\s+")
_MAX_ITEM_WORDS = 16
# "Huvuddokumentet innehåller bland annat visioner, mål och kartor": what the document
# is made of, not what it will do.
_PARTS = re.compile(
    r"(?:visioner|vision|mål|målen|riktlinjer|beskrivning\w*|analys\w*|ställningstagande\w*|"
    r"kartor|karta|underlag|fakta|bakgrund|planeringsinriktning\w*|rekommendation\w*|"
    r"principer|inriktning\w*)\b",
    re.I,
)


def _items(text: str, start: int, end: int) -> list[Span]:
    """The list's items, as spans of the text."""
    body = text[start:end]
    if body.startswith("att "):
        cuts = [(m.start(), m.end()) for m in _AND_ATT.finditer(body)]
        cuts += [(m.start(), m.end()) for m in re.finditer(r"\s*,\s*att\s+", body)]
    else:
        cuts = [(m.start(), m.end()) for m in _COMMA.finditer(body)]
        tail = cuts[-1][1] if cuts else 0
        joined = bool(cuts) and bool(re.match(r",\s*(?:och|samt)\b", body[cuts[-1][0] :].lstrip()))
        if not joined:
            # "A, B där brott och störningar förekommer samt C": "samt" closes the list
            last = list(_LAST_SAMT.finditer(body, tail)) or list(_LAST_AND.finditer(body, tail))
            if last:
                cuts.append((last[-1].start(), last[-1].end()))
    spans: list[Span] = []
    pos = 0
    for cut_start, cut_end in sorted(cuts):
        spans.append(Span(start + pos, start + cut_start))
        pos = cut_end
    spans.append(Span(start + pos, end))
    out = []
    for s in spans:
        lead = _ATT.match(text, s.start, s.end)
        s = Span(lead.end(), s.end) if lead else s
        if s.end > s.start:
            out.append(s)
    return out


def _not_activity(item: str) -> bool:
    return len(item.split()) > _MAX_ITEM_WORDS or _PARTS.match(item) is not None


def enumerated_activities(ctx: Context, sink: FactSink) -> None:
    if "bland annat" not in ctx.text and "ågra av" not in ctx.text:
        return
    for sentence in ctx.sentences:
        m = _CUE.search(ctx.text, sentence.start, sentence.end)
        if m is None:
            continue
        owner = list_owner(ctx, sentence, m.start("cue") if m["cue"] else m.start("some"))
        if owner is None:
            continue
        items = _items(ctx.text, m.end(), clause_end(ctx, m.end(), sentence.end))
        if len(items) < 2 or any(_not_activity(ctx.text[i.start : i.end]) for i in items):
            continue
        for item in items:
            text = ctx.text[item.start : item.end]
            add_activity(
                ctx, sink, owner, item, text, sentence.start, "list.activities.bland_annat"
            )

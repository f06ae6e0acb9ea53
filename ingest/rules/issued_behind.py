"""ISSUED from who stands behind a document: "Bakom strategin står Blekingesamverkan mot
droger", "Länsstyrelsen och Region Blekinge står bakom programmet".

Why: pages name a document's originators with "stå bakom" as often as with a making
verb. Endorsing it ("har ställt sig bakom strategin") is no making, and is not read.

Rule relation.issued.behind: "Bakom <document> står|stod <parties>" -> each organisation
of the list ISSUED the document; "<subjects> står|stod bakom <document>" -> each
organisation among the subjects ISSUED it; and the cleft after a sentence naming one
document, "Det är <parties> som ligger|står bakom arbetet|den" -> each ISSUED that one.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import parties, subjects
from ingest.rules.relations_shared import issue_each

__all__ = ["issued_behind"]

CONF_BEHIND = 0.7

# "Bakom" opening the sentence (or its clause, after a comma), a document right after it.
_BEHIND_BEFORE = re.compile(r"(?:^|,)\s*[Bb]akom\s+(?:[a-zåäö]+\s+){0,2}$")
_STANDS_AFTER = re.compile(r",?\s+(?:står|stod)\s+")
_STANDS_BEHIND = re.compile(r"\s(?:står|stod)\s+bakom\s+(?:[a-zåäö]+\s+){0,2}$")


# "Det är Länsstyrelsen, Region Dalarna och X som ligger bakom arbetet."
_CLEFT = re.compile(
    r"\s*Det\s+(?:är|var)\s+(?P<parties>.+?)\s+som\s+(?:ligger|låg|står|stod)\s+bakom\s+"
    r"(?:arbetet|den|det|strategin|planen|programmet|policyn|dokumentet)\b"
)


def _cleft(ctx: Context, sink: FactSink, sentence: Span) -> None:
    m = _CLEFT.match(ctx.text, sentence.start, sentence.end)
    index = ctx.sentence_index(sentence) if m else 0
    if m is None or index <= 0:
        return
    named = {d.node_id for d in ctx.documents_in(ctx.sentences[index - 1])}
    if len(named) == 1:
        found = parties(ctx, m.start("parties"), m.end("parties"))
        issue_each(sink, found, named.pop(), sentence, "relation.issued.behind", CONF_BEHIND)


def issued_behind(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    text = ctx.text
    if not docs:
        _cleft(ctx, sink, sentence)
    for doc in docs:
        if _BEHIND_BEFORE.search(text[sentence.start : doc.start]):  # "^": the sentence's start
            m = _STANDS_AFTER.match(text, doc.end, sentence.end)
            found = parties(ctx, m.end(), sentence.end) if m else []
        else:
            m = _STANDS_BEHIND.search(text, max(sentence.start, doc.start - 40), doc.start)
            found = subjects(ctx, sentence.start, m.start()) if m else []
        issue_each(sink, found, doc.node_id, sentence, "relation.issued.behind", CONF_BEHIND)

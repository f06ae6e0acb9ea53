"""FOLLOWS_UP from a clause whose subject takes on a document's follow-up.

Why beyond extract_followup's frames: the subject is often several organisations
and far from the verb, with asides and auxiliaries between ("Länsstyrelsen och
Skogsstyrelsen (som samordnar ...) kommer att stödja genomförandet och årligen
samordna en åtgärdsuppföljning"), and the follow-up noun is often a compound
("åtgärdsuppföljning", "den årliga uppföljningen").

Rule followup.subject_clause: a verb of taking on a follow-up (samordna, ansvara
för, leda, sköta, göra, genomföra ... (en|den) [adjective] -uppföljning; följa upp; "föreslog
i den samlade uppföljningen av")
whose subjects (ingest.rules.clause_parts.subjects) are organisations -> each FOLLOWS_UP
the document the follow-up is of: "uppföljningen av <doc>" or "följer upp <doc>",
else, when the noun has no complement, the page's document last named before the
sentence. A planned follow-up ("ska ta fram en modell för uppföljning") is still a
stated responsibility and is read; "uppföljning av <something else>" is not.

Rule followup.passive_list: "<doc> följs (årligen) upp av A, B och C" and
"Uppföljningen görs|sköts av A och B" (of the document last named before) -> each
organisation of the list FOLLOWS_UP the document.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import parties, subjects
from ingest.rules.main_document import page_document
from ingest.rules.relations_shared import has_link

__all__ = ["FOLLOWED", "followup_clauses"]

CONF_CLAUSE = 0.75

_KEY = re.compile(r"uppföljning|följ\w*\s+(?:\w+\s+)?upp", re.I)
_TAKES_ON = re.compile(
    r"\b(?:samordna|samordnar|samordnade|samordnat|ansvara\s+för|ansvarar\s+för|ansvarade\s+för|"
    r"ansvarat\s+för|(?:ha|har|hade|haft)\s+(?:huvud)?ansvar(?:et)?\s+för|leda|leder|ledde|sköta|"
    r"sköter|skötte|göra|gör|gjorde|genomföra|genomför|genomförde)\s+"
    r"(?:(?:en|den|de|ett|det|sin|sina)\s+)?(?:[a-zåäö]+a\s+)?[a-zåäö]*uppföljning(?:en|ar|arna)?\b"
    r"|\b(?:följa|följer|följde|följt)\s+(?:(?:även|också|årligen|löpande|regelbundet)\s+)?upp\b"
    # "X föreslog i den samlade uppföljningen av <doc>": the subject's own follow-up
    r"|\bi\s+(?:den|sin|sina|de)\s+(?:[a-zåäö]+[ae]\s+)?[a-zåäö]*uppföljning(?:en|arna)\b",
    re.I,
)
# "uppföljning av ekonomin" is of no document; "av det gemensamma arbetet" is of the
# document's work.
_OF = re.compile(r"\s+(?:av|för)\s+(?!(?:det\s+|detta\s+)?(?:[a-zåäö]+a\s+){0,2}arbetet\b)", re.I)
# "följs upp", and the duty a plan sets: "ska följas upp" (also read by extract_followup).
FOLLOWED = r"(?:följs|(?:ska|skall)\s+följas)"
_FOLLOWED_BY = re.compile(
    rf"\b{FOLLOWED}\s+(?:\w+\s+){{0,2}}?upp\s+(?:\w+\s+){{0,2}}?av\s+|"
    r"\b(?P<noun>[Uu]ppföljningen)\s+(?:\w+\s+){0,2}?(?:görs|sköts|genomförs|leds|samordnas)"
    r"\s+(?:\w+\s+){0,2}?av\s+",
    re.I,
)
_FIRST_GAP = 40  # characters from the verb to the document it follows up


def _latest_document(ctx: Context, sentence: Span) -> DocumentHit | None:
    earlier = [d for d in ctx.documents if d.end <= sentence.start]
    return page_document(ctx, earlier[-1]) if earlier else None


def _target(
    ctx: Context, sentence: Span, docs: list[DocumentHit], verb: re.Match[str]
) -> DocumentHit | None:
    after = [d for d in docs if d.start >= verb.end()]
    if after and after[0].start - verb.end() <= _FIRST_GAP:
        return page_document(ctx, after[0])
    if _OF.match(ctx.text, verb.end(), sentence.end) or verb.group(0).lower().endswith("upp"):
        return None  # "uppföljning av ekonomin", "följer upp arbetet": of something else
    if docs and any(d.end <= verb.start() for d in docs):
        return None  # the sentence names its own documents: not the page's
    return _latest_document(ctx, sentence)


def _passive(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<doc> följs årligen upp av A och B', 'Uppföljningen görs av A och B'."""
    for verb in _FOLLOWED_BY.finditer(ctx.text, sentence.start, sentence.end):
        named = [d for d in docs if d.end <= verb.start()]
        if named:
            target: DocumentHit | None = page_document(ctx, named[-1])
        else:
            target = _latest_document(ctx, sentence) if verb.group("noun") else None
        if target is None:
            continue
        makers = [x for x in parties(ctx, verb.end(), sentence.end) if isinstance(x, ActorHit)]
        for maker in makers:
            if has_link(sink, LinkType.FOLLOWS_UP, maker.node_id, target.node_id):
                continue  # an earlier rule read the pair
            sink.link(
                LinkType.FOLLOWS_UP,
                maker.node_id,
                target.node_id,
                sentence.start,
                sentence.end,
                "followup.passive_list",
                CONF_CLAUSE,
            )


# "Folkhälsomyndigheten föreslog i den ...": the sentence's subject and its one verb.
_ONE_VERB = re.compile(r"\s+(?:har\s+|hade\s+)?[a-zåäö]+\s+")


def _own_subject(ctx: Context, sentence: Span, verb: re.Match[str]) -> list[ActorHit]:
    """The organisation opening the sentence, one verb before "i den ... uppföljningen"."""
    return [
        a
        for a in ctx.actors_in(sentence)
        if not ctx.text[sentence.start : a.start].strip()
        and _ONE_VERB.fullmatch(ctx.text, a.end, verb.start())
    ]


def followup_clauses(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        if not _KEY.search(ctx.text, sentence.start, sentence.end):
            continue
        docs = ctx.documents_in(sentence)
        _passive(ctx, sink, sentence, docs)
        for verb in _TAKES_ON.finditer(ctx.text, sentence.start, sentence.end):
            makers = [
                x
                for x in (
                    _own_subject(ctx, sentence, verb)
                    if verb.group(0)[:2].lower() == "i "
                    else subjects(ctx, sentence.start, verb.start())
                )
                if isinstance(x, ActorHit) and not any(d.start <= x.start < d.end for d in docs)
            ]
            target = _target(ctx, sentence, docs, verb) if makers else None
            if target is None:
                continue
            for maker in makers:
                if has_link(sink, LinkType.FOLLOWS_UP, maker.node_id, target.node_id):
                    continue
                sink.link(
                    LinkType.FOLLOWS_UP,
                    maker.node_id,
                    target.node_id,
                    sentence.start,
                    sentence.end,
                    "followup.subject_clause",
                    CONF_CLAUSE,
                )

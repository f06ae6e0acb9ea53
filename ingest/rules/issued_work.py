"""ISSUED (and COORDINATES) from the work of drawing a document up.

Why: pages credit the makers of a document through the work noun more often than
through "X har tagit fram Y": "Kompetensrådet har i två år drivit arbetet med att
ta fram strategin", "länsstyrelsen har på regeringens uppdrag samordnat och lett
arbetet med att ta fram en strategi", "SKR ansvarar för arbetet att ta
fram en handlingsplan i samarbete med Skolverket", "Arbetet med policyn har skett i
samverkan mellan länets kommuner, länsstyrelsen och landstinget".

Rules:
- relation.issued.work_led: "<subjects> (har) lett|drivit|ansvarat för|samordnat|
  fortsätter (och ...) arbetet (med) att ta fram|arbeta fram <document>" and "... framtagandet
  av <document>" -> each subject ISSUED the document; "i samarbete|samverkan med
  <parties>" or "tillsammans med <parties>" in the sentence -> they ISSUED it too.
- relation.issued.work_joined: "<subjects> har deltagit|medverkat (aktivt) i arbetet med
  <document>" -> each subject ISSUED it.
- relation.coordinates.work_led: the same frame with samordna or koordinera ->
  the subject COORDINATES the document.
- relation.issued.work_shared: "Arbetet med (att ta fram) <document> har skett|
  bedrivits|letts|drivits (gemensamt) (i samverkan|samarbete) mellan|med|av <parties>"
  -> each party ISSUED it.
A planned work ("ska leda arbetet", "har fått i uppdrag att leda arbetet") is not read:
the document is not made yet. Persons are no makers here.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import Party, parties, subjects
from ingest.rules.relations_shared import issue_each

__all__ = ["issued_work"]

CONF_WORK = 0.75

_KEY = re.compile(r"\barbetet\b|\bframtagandet\b", re.I)
_LEAD = (
    r"(?:lett|leder|ledde|drivit|driver|drev|samordnat|samordnar|samordnade|koordinerat|"
    r"koordinerar|koordinerade|hållit\s+i|håller\s+i|höll\s+i|fortsätter(?:\s+nu)?|fortsatte|"
    r"(?:ansvarat|ansvarar|ansvarade)\s+för|(?:haft|har|hade)\s+(?:huvud)?ansvar(?:et)?\s+för)"
)
# "<subject> har lett och samordnat arbetet med att ta fram <doc>"
_WORK_LED = re.compile(
    rf"\b(?P<verb>{_LEAD}(?:\s+och\s+{_LEAD})?)\s+(?:det\s+[a-zåäö]+\s+)?"
    r"(?:arbetet\s+(?:med\s+)?(?:att\s+)?(?:ta|arbeta)\s+fram|framtagandet\s+av)\s+",
    re.I,
)
# "Arbetet med (att ta fram) <doc> har skett i samverkan mellan <parties>"
_WORK_SHARED = re.compile(
    r"\s+(?:har|hade)\s+(?:skett|bedrivits|letts|drivits|genomförts|gjorts|samordnats)\s+"
    r"(?:[a-zåäö]+\s+){0,2}?(?:i\s+(?:\w+\s+)?(?:samverkan|samarbete)\s+)?(?:mellan|med|av)\s+",
    re.I,
)
_WORK_OF = re.compile(r"\b[Aa]rbetet\s+med\s+(?:att\s+(?:ta|arbeta)\s+fram\s+)?$")
_PARTNERS = re.compile(
    r"\b(?:i\s+(?:nära\s+|bred\s+)?(?:samarbete|samverkan)\s+med|tillsammans\s+med)\s+", re.I
)
_PLANNED = re.compile(
    r"\b(?:ska|skall|kommer\s+att|uppdrag\s+att|avser\s+att|planerar\s+att)\b[^.;:]*$", re.I
)
_COORDINATING = re.compile(r"samordna|koordinera", re.I)
# "A, B och C har deltagit aktivt i arbetet med strategin": each took part in making it.
_WORK_JOINED = re.compile(
    r"\b(?:deltagit|deltog|deltar|medverkat|medverkade|medverkar|varit\s+delaktiga?)\s+"
    r"(?:aktivt\s+)?i\s+(?:arbetet\s+med\s+(?:att\s+(?:ta|arbeta)\s+fram\s+)?|"
    r"framtagandet\s+av\s+)",
    re.I,
)


def _joined(ctx: Context, sentence: Span) -> list[re.Match[str]]:
    return list(_WORK_JOINED.finditer(ctx.text, sentence.start, sentence.end))


def _organisations(found: list[Party]) -> list[ActorHit]:
    return [x for x in found if isinstance(x, ActorHit)]


def _led(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for m in _joined(ctx, sentence):
        doc = next((d for d in docs if d.start == m.end()), None)
        if doc is None or _PLANNED.search(ctx.text, sentence.start, m.start()):
            continue
        makers = subjects(ctx, sentence.start, m.start())
        issue_each(sink, makers, doc.node_id, sentence, "relation.issued.work_joined", CONF_WORK)
    for m in _WORK_LED.finditer(ctx.text, sentence.start, sentence.end):
        doc = next((d for d in docs if d.start == m.end()), None)
        if doc is None or _PLANNED.search(ctx.text, sentence.start, m.start()):
            continue
        makers = subjects(ctx, sentence.start, m.start())
        partners = _PARTNERS.search(ctx.text, sentence.start, sentence.end)
        if partners:
            makers += parties(ctx, partners.end(), sentence.end)
        issue_each(sink, makers, doc.node_id, sentence, "relation.issued.work_led", CONF_WORK)
        if _COORDINATING.search(m.group("verb")):
            for maker in _organisations(subjects(ctx, sentence.start, m.start())):
                sink.link(
                    LinkType.COORDINATES,
                    maker.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.coordinates.work_led",
                    CONF_WORK,
                )


def _shared(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for doc in docs:
        if not _WORK_OF.search(ctx.text, max(sentence.start, doc.start - 40), doc.start):
            continue
        m = _WORK_SHARED.match(ctx.text, doc.end, sentence.end)
        if m is None:
            continue
        makers = parties(ctx, m.end(), sentence.end)
        issue_each(sink, makers, doc.node_id, sentence, "relation.issued.work_shared", CONF_WORK)


def issued_work(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    if not docs or not _KEY.search(ctx.text, sentence.start, sentence.end):
        return
    _led(ctx, sink, sentence, docs)
    _shared(ctx, sink, sentence, docs)

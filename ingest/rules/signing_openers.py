"""Signings told by a sentence that opens with its signers, or with its verb.

- relation.signed.concluded: "A och B tecknar idag ett nytt <doc>", "har kommit överens om
  ett medborgarlöfte", "enades idag under en avsiktsförklaring" (the sentence opening with
  its signers, nothing but their names and joiners before the verb)
- relation.signed.verb_first: "I juni 2018 slöt MSB och SKL en överenskommelse om X" (after
  a fronted adverbial the verb comes first, then the signers, then what they concluded)
"""

from __future__ import annotations

import itertools
import re

from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.relations_shared import first_date, sign_each

__all__ = ["concluded", "concluded_verb_first"]

# "Polisen och Tranemo kommun tecknar idag ett nytt gemensamt medborgarlöfte": the
# concluding verb right after its subject, then an adverb and the agreement's own words.
_CONCLUDES = re.compile(
    r"^\s+(?:tecknar|tecknade|undertecknar|undertecknade|"
    # "har kommit överens om ett medborgarlöfte", "enades idag under en avsiktsförklaring"
    r"(?:har\s+|hade\s+)?(?:kommit|kom)\s+överens\s+om|enades\s+(?:i\s*dag\s+|idag\s+)?(?:om|under))"
    r"\s+(?:i\s*dag\s+|idag\s+|nu\s+)?"
    r"(?:(?:ett|en)\s+)?(?:[a-zåäö-]+\s+){0,3}$"
)
_SUBJECT_JOINER = re.compile(r"(?:\s*,\s*|\s+(?:och|samt)\s+)")
# "I juni 2018 slöt A och B en överenskommelse": a fronted adverbial, then verb and subject.
_VERB_FIRST = re.compile(r"(?<=\S)\s+(?:slöt|tecknade|undertecknade|ingick)\s+(?=[A-ZÅÄÖ])")
_ACRONYM = r"(?:\s*\([^()\n]{1,12}\))?"  # "Sveriges Kommuner och Landsting (SKL)"
_OBJECT_BEFORE = re.compile(_ACRONYM + r"\s+(?:(?:en|ett)\s+)?(?:[a-zåäö-]+\s+){0,3}")
_JOINED = re.compile(_ACRONYM + _SUBJECT_JOINER.pattern)


def concluded(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'A och B tecknar idag ett nytt medborgarlöfte': the sentence opens with its signers,
    nothing but their names and joiners before the verb."""
    subject = [a for a in actors if docs and a.start < docs[0].start]
    if not subject or subject[0].start != sentence.start:
        return
    for prev, nxt in itertools.pairwise(subject):
        if not _SUBJECT_JOINER.fullmatch(ctx.text, prev.end, nxt.start):
            return
    if _CONCLUDES.match(ctx.text[subject[-1].end : docs[0].start]) is None:
        return
    when = first_date(ctx.dates_in(sentence))
    sign_each(sink, subject, docs[0], sentence, "relation.signed.concluded", when)


def concluded_verb_first(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'I juni 2018 slöt MSB och SKL en överenskommelse om X': after a fronted adverbial the
    verb comes first, then its signers, then what they concluded."""
    for doc in docs[:1]:
        m = _VERB_FIRST.search(ctx.text, sentence.start, doc.start)
        if m is None or any(a.end <= m.start() for a in actors):
            continue
        signers: list[ActorHit] = []
        for a in actors:  # a bracketed acronym after its name is the same signer
            inside = m.end() <= a.start and a.end <= doc.start
            if inside and (not signers or signers[-1].node_id != a.node_id):
                signers.append(a)
        if not signers or ctx.text[m.end() : signers[0].start].strip():
            continue
        gaps = [ctx.text[p.end : n.start] for p, n in itertools.pairwise(signers)]
        if all(_JOINED.fullmatch(g) for g in gaps) and _OBJECT_BEFORE.fullmatch(
            ctx.text, signers[-1].end, doc.start
        ):
            when = first_date(ctx.dates_in(sentence))
            sign_each(sink, signers, doc, sentence, "relation.signed.verb_first", when)

"""The document a passive adoption's back-referring subject means.

Why: plan pages and news tell the story of a proposal and then say only "Förslaget
antogs av fullmäktige i januari 2015" or "Dokumentet fastställdes av regionstyrelsen".
The subject names no document; it points back. A bare definite document noun
("Planen", "Programmet") is read as a document already (ingest.rules.main_document);
"förslaget" and "dokumentet" are not, so without this the sentence reads as a decision
about nothing in particular.

The subject is the proposal of a document when the page's last earlier "förslag"
names one ("ett förslag till handlingsprogram för ..."); when the page's last earlier
proposal names something else ("ett förslag om nya cykelbanor") it is no document.
Without an earlier proposal "förslaget" and "dokumentet" mean the page's main document,
if the page names it before.
"""

from __future__ import annotations

import dataclasses
import re

from ingest.context import Context, DocumentHit
from ingest.language.segment import Span
from ingest.rules.main_document import main_document

__all__ = ["REFERENCE_PASSIVE", "proposal_of", "referred_document"]

# The subject at the clause's start, then at most an auxiliary and an adverb.
_SUBJECT = re.compile(
    r"[\W\d]*(?:att\s+)?(?:(?:det|detta)\s+(?:nya|reviderade|uppdaterade|färdiga|slutliga)\s+)?"
    r"(?P<noun>förslaget|dokumentet)"
    r"(?:\s+(?:har|hade|nu|sedan|också|även|slutligen|därefter|sedermera)\b)*\s+$",
    re.I,
)
# The passive verbs of adoption this reference is the subject of.
REFERENCE_PASSIVE = re.compile(
    r"\b(?:antogs|antagits|fastställdes|fastställts|godkändes|godkänts)\b",
    re.I,
)
# An earlier proposal and what it is of: "ett förslag till (ett nytt) handlingsprogram",
# also as a compound's head ("ett medborgarförslag om att ...").
_PROPOSAL = re.compile(r"\b[\wåäö]*förslag(?:et)?\b", re.I)
_OF = re.compile(
    r"\s+(?:till|på|om|för)\s+(?:(?:en|ett|den|det|ny|nytt|nya|reviderad|reviderat|reviderade"
    r"|uppdaterad|uppdaterat|uppdaterade)\s+){0,2}$",
    re.I,
)
_COMPLEMENT = re.compile(r"\s+(?:till|på|om|för|att)\b", re.I)
_SECTION = re.compile(r"^\s*§\s*\d+", re.M)
_LOOKBACK = 4000
_OF_WINDOW = 40  # characters between "förslag" and the document it is of


def proposal_of(ctx: Context, before: int) -> DocumentHit | bool | None:
    """The document the last earlier proposal with a complement is of; False when it is
    of something else, None when the page names no such proposal before. A bare
    "förslaget" on the way back refers further back itself."""
    mentions = list(_PROPOSAL.finditer(ctx.text, max(0, before - _LOOKBACK), before))
    for m in reversed(mentions):
        if _SECTION.search(ctx.text, m.end(), before):
            return None
        if not _COMPLEMENT.match(ctx.text, m.end(), before):
            continue  # "Förslaget var ute på remiss": a back reference of its own
        docs = ctx.documents_in(Span(m.end(), before))
        if (
            docs
            and docs[0].start - m.end() <= _OF_WINDOW
            and _OF.fullmatch(ctx.text, m.end(), docs[0].start)
        ):
            return docs[0]
        return False
    return None


def referred_document(ctx: Context, sentence: Span, verb_start: int) -> DocumentHit | None:
    """The document 'Förslaget antogs ...' adopts, with the span of its reference."""
    subject = _SUBJECT.fullmatch(ctx.text, sentence.start, verb_start)
    if subject is None:
        return None
    found = proposal_of(ctx, subject.start("noun"))
    if found is False:
        return None
    if found is None:
        main = main_document(ctx)
        found = main if main is not None and main.end <= subject.start("noun") else None
    if not isinstance(found, DocumentHit):
        return None
    # Its span here, so that the document's own year is not read as the adoption's date.
    return dataclasses.replace(found, start=subject.start("noun"), end=subject.end("noun"))

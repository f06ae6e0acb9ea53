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
if the page names it before. The same holds of the active verb's object ("beslutade att
anta det nya förslaget").

A pronoun points back too: "Värmlandsstrategin är klar. [...] I november antogs den av
regionfullmäktige", "Regionstyrelsen antog det i juni". It means the one document the
sentence names before it, else the subject of the sentences before (relations_shared);
"den" a common-gender document, "det" a programme or an agreement (avtal).
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import DocumentKind
from ingest.context import Context, DocumentHit
from ingest.language.segment import Span
from ingest.rules.main_document import main_document
from ingest.rules.relations_shared import subject

__all__ = [
    "REFERENCE_PASSIVE",
    "pronoun_after",
    "pronoun_before",
    "proposal_of",
    "referred_document",
    "referred_object",
]

# The subject at the clause's start, then at most an auxiliary and an adverb.
_SUBJECT = re.compile(
    r"[\W\d]*(?:att\s+)?(?:(?:det|detta)\s+(?:nya|reviderade|uppdaterade|färdiga|slutliga)\s+)?"
    r"(?P<noun>förslaget|dokumentet)"
    r"(?:\s+(?:har|hade|nu|sedan|också|även|slutligen|därefter|sedermera)\b)*\s+$",
    re.I,
)
# The passive verbs of adoption this reference is the subject of.
REFERENCE_PASSIVE = re.compile(
    r"\b(?:antogs|antagits|fastställdes|fastställts|godkändes|godkänts|klubbades|klubbats)\b",
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
# "förslaget på remiss" sends the proposal out; "på" names nothing it is of.
_COMPLEMENT = re.compile(r"\s+(?:till|på(?!\s+(?:remiss|samråd)\b)|om|för|att)\b", re.I)
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


def _proposed(ctx: Context, noun: re.Match[str]) -> DocumentHit | None:
    """The document the reference `noun` ("förslaget", "dokumentet") means: the earlier
    proposal's document, else the page's main document named before it; with the span of
    the reference, so that the document's own year is not read as the adoption's date."""
    found = proposal_of(ctx, noun.start("noun"))
    if found is None:
        main = main_document(ctx)
        found = main if main is not None and main.end <= noun.start("noun") else None
    if not isinstance(found, DocumentHit):
        return None
    return dataclasses.replace(found, start=noun.start("noun"), end=noun.end("noun"))


def referred_document(ctx: Context, sentence: Span, verb_start: int) -> DocumentHit | None:
    """The document 'Förslaget antogs ...' adopts, with the span of its reference."""
    subject = _SUBJECT.fullmatch(ctx.text, sentence.start, verb_start)
    return _proposed(ctx, subject) if subject is not None else None


# "beslutade att anta det nya förslaget.": the reference as an active verb's whole object.
_OBJECT = re.compile(
    r"\s*(?:(?:det|detta)\s+(?:nya|reviderade|uppdaterade|färdiga|slutliga)\s+)?"
    r"(?P<noun>förslaget|dokumentet)(?=\s*(?:[.,;:]|$|(?:och|samt|med|i|vid|den)\b))",
    re.I,
)


# "antog den plan som nu gäller år 2010": the one in force, the page's own document.
_IN_FORCE = re.compile(
    r"\s*(?P<noun>den\s+(?:plan|strategi|policy|riktlinje|handlingsplan)\s+som\s+"
    r"(?:nu\s+|idag\s+|i\s+dag\s+)?gäller)\b",
    re.I,
)


def referred_object(ctx: Context, sentence: Span, start: int) -> DocumentHit | None:
    """The document 'att anta det nya förslaget' adopts, with the span of its reference;
    or the page's own document for "den plan som nu gäller"."""
    m = _OBJECT.match(ctx.text, start, sentence.end)
    if m is not None:
        return _proposed(ctx, m)
    m = _IN_FORCE.match(ctx.text, start, sentence.end)
    main = main_document(ctx) if m is not None else None
    if m is None or main is None or main.start > m.start("noun"):
        return None
    return DocumentHit(m.start("noun"), m.end("noun"), main.document, "document.anaphora", False)


# "den"/"det" as a whole noun phrase: then punctuation, the clause's end, an agent, a
# date or an adverb; never "den 12 mars", "den nya planen" or "det förslag som".
_AFTER = re.compile(
    r"\s*\b(?P<pronoun>[Dd]en|[Dd]et)\b(?=\s*(?:[.,;:]|$|(?:av|i|på|vid|under|efter|och|"
    r"samt|med|enhälligt|också|även|nu|redan|sedan|då|därefter)\b))"
)
# "Den antogs", "den har nu fastställts": the pronoun as the passive verb's subject.
_BEFORE = re.compile(
    r"(?:^|[\W\d]\s*|\b(?:och|men|då|sedan)\s+)(?P<pronoun>[Dd]en|[Dd]et)"
    r"(?:\s+(?:har|hade|nu|sedan|också|även|slutligen|därefter))*\s+$"
)
_NEUTER = re.compile(r"(?:program|avtal|dokument)(?:met|et)?$", re.I)


def pronoun_after(ctx: Context, sentence: Span, pos: int) -> DocumentHit | None:
    """The document a pronoun at `pos` ("antogs den av", "antog det i juni") refers to."""
    m = _AFTER.match(ctx.text, pos, sentence.end)
    return _referent(ctx, sentence, m) if m else None


def pronoun_before(ctx: Context, sentence: Span, verb_start: int) -> DocumentHit | None:
    """The document a pronoun right before a passive verb ("Den antogs av ...") refers to."""
    m = _BEFORE.search(ctx.text, max(0, sentence.start - 2, verb_start - 40), verb_start)
    return _referent(ctx, sentence, m) if m else None


def _referent(ctx: Context, sentence: Span, m: re.Match[str]) -> DocumentHit | None:
    """The one document the sentence names before the pronoun, else the subject of the
    sentence before it (or its one document), with the pronoun's span."""
    start = m.start("pronoun")
    sentence = ctx.sentence_of(start) or sentence  # a clause's sentence
    before = [d for d in ctx.documents_in(Span(sentence.start, start)) if d.end <= start]
    found: DocumentHit | None = None
    if before:
        found = before[-1] if len({d.node_id for d in before}) == 1 else None
    elif (index := ctx.sentence_index(sentence)) > 0:
        previous = ctx.sentences[index - 1]
        named = ctx.documents_in(previous)
        found = subject(ctx, previous, named)
        if found is None and len({d.node_id for d in named}) == 1:
            found = named[0]
    if found is None or not _gender_fits(m.group("pronoun"), found):
        return None
    return dataclasses.replace(found, start=start, end=m.end("pronoun"))


def _gender_fits(pronoun: str, doc: DocumentHit) -> bool:
    head = doc.document.title.split()[0] if doc.document.title else ""
    neuter = doc.document.kind is DocumentKind.PROGRAMME or bool(_NEUTER.search(head))
    return neuter == (pronoun.lower() == "det")

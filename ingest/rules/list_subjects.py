"""The document a multi-sentence list intro is about: the subject it opens a sentence with.

Why: a list's intro is often a paragraph whose first sentence speaks of the page's own
document by a definite noun ("Planen bygger på fem år av dialog. Under varje rubrik
finns delmål. Rubrikerna är:") and which names another document only in passing, as
what the areas follow ("... några områden (i linje med landets plan) ..."; invented
examples). The last document named is then not the owner: the subject is.

intro_subject: when the sentence that speaks of the goals names no document, the
document a sentence before it opens with (a definite document noun as its first word,
"Strategin", "Agendan", "Kulturprogrammet") owns the list; a bare noun with no hit of
its own ("Agendan", a noun named only with an adjective elsewhere) is the page's main
document if it is of that document's kind. None when a document named in the intro
opens a sentence of its own (another subject), or when no sentence opens with one.
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.language.segment import Span
from ingest.rules.document_words import kind_of

__all__ = ["intro_subject"]

# Each definite document noun, and how many letters its definite ending has.
_ENDING = {
    "strategin": 1,
    "planen": 2,
    "programmet": 3,
    "policyn": 1,
    "agendan": 1,
    "överenskommelsen": 1,
    "avsiktsförklaringen": 2,
    "riktlinjerna": 2,
}
# A definite document noun as a sentence's first word: "Strategin", "Kulturprogrammet".
_DEFINITE = re.compile(
    r"[ \t\-\u2013•*]*(?P<noun>(?:[A-ZÅÄÖ][a-zåäö-]*?)?(?:" + "|".join(_ENDING) + r"))\b", re.I
)
# "Den nationella strategin ..." opens a sentence with another document as its subject.
_DETERMINER = re.compile(r"\s*(?:(?:den|det|de)\s+(?:[a-zåäö-]+\s+){0,2})?", re.I)


def _opens(ctx: Context, sentence: Span, hit: DocumentHit) -> bool:
    return _DETERMINER.fullmatch(ctx.text, sentence.start, hit.start) is not None


def intro_subject(
    ctx: Context,
    intro: Span,
    cue: int | None,
    named: list[DocumentHit],
    main: DocumentHit | None,
) -> DocumentHit | None:
    stop = intro.end if cue is None else cue
    sentences = [s for s in ctx.sentences if s.end > intro.start and s.start < stop]
    if len(sentences) < 2:
        return None  # a one-sentence intro: its documents are found as before
    subject: tuple[Span, re.Match[str]] | None = None
    for sentence in sentences:
        start = max(sentence.start, intro.start)
        found = _DEFINITE.match(ctx.text, start, sentence.end)
        if found is not None:
            subject = (Span(start, sentence.end), found)
    if subject is None:
        return None
    sentence, found = subject
    for hit in named:
        opening = ctx.sentence_of(hit.start)
        if hit.start != found.start("noun") and opening is not None and _opens(ctx, opening, hit):
            return None  # another document is a sentence's subject
    own = [h for h in named if h.start == found.start("noun")]
    if own:
        return own[0]
    if main is None or main.start >= intro.start:
        return None
    noun = found.group("noun").lower()
    ending = next(n for d, n in _ENDING.items() if noun.endswith(d))
    return main if kind_of(noun[:-ending]) is main.document.kind else None

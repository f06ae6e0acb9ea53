"""Decisions stated in a relative clause: what was decided is what 'som' is about.

Why: news and minutes name the decided matter first and the decision after it, in a
relative clause: "Det är visionen i strategin för 2020-2035 som tillstyrktes av
regionstyrelsen" (a document), "Planen vilar på den inriktning för skolbyggandet som
utbildningsnämnden fastslog i mars 2021" (a matter; invented examples). What
was decided starts at that noun phrase, not at the sentence's subject.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_page import deciders

__all__ = ["relative_subject"]

_SOM = re.compile(r",?\s+som\s+(?:nu\s+|i\s+dag\s+)?$", re.I)


def relative_subject(ctx: Context, sentence: Span, cue_start: int) -> int | None:
    """'Det är visionen i strategin för 2020-2035 som tillstyrktes av regionstyrelsen':
    what was decided starts at the document the relative 'som' is about."""
    lead = _SOM.search(ctx.text, sentence.start, cue_start)
    docs = ctx.documents_in(Span(sentence.start, lead.start())) if lead else []
    if lead and docs and docs[-1].end == lead.start():
        return docs[-1].start
    return _relative_object(ctx, sentence, cue_start)


_SOM_BODY = re.compile(r"\s+som\s+$", re.I)
_BODY_VERB_GAP = re.compile(r"\s*(?:har\s+|hade\s+)?")
_DETERMINER = re.compile(r"\b(?:den|det|de|dessa|detta|denna)\s+", re.I)
_NP_CHARS = 80


def _relative_object(ctx: Context, sentence: Span, cue_start: int) -> int | None:
    """'... på den inriktning för X som nämnden fastslog i mars': what was decided
    starts at the noun phrase the relative 'som <body>' is about."""
    bodies = deciders(ctx, sentence.start, cue_start)
    if not bodies or not _BODY_VERB_GAP.fullmatch(ctx.text, bodies[-1].end, cue_start):
        return None
    som = _SOM_BODY.search(ctx.text, sentence.start, bodies[-1].start)
    if som is None:
        return None
    np_from = max(sentence.start, som.start() - _NP_CHARS)
    heads = list(_DETERMINER.finditer(ctx.text, np_from, som.start()))
    return heads[-1].start() if heads else None

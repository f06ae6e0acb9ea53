"""Sentences whose decision verb describes a matter or labels a page, and decides nothing.

Why: two forms recur on meeting reports and plan pages and read as decisions by their
verb alone:
- a label or headline line with a bare participle, over the text that states the act
  in full: "Riktlinjer för parkering beslutat", "Beslutat av kommunstyrelsen 3 maj"
  (invented examples). The text below states the decision (or the adoption) with its
  body; the line restates it.
- a relative clause inside the subject, closed by the main clause's own verb of being
  or describing: "De ansökningar som nu avslås omfattar 12 miljoner", "Taxan som
  beslutades i fjol gäller till 2027". The main clause describes the matter; the
  relative clause names no new act. (A cleft, "Det är planen som godkändes av
  nämnden", has no verb after the clause and is left to the relative rule.)
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span

__all__ = ["describes_matter", "label_line", "only_when"]

# A bare participle or supine, no finite verb: "X beslutat", "Beslutat av nämnden".
_PARTICIPLE = re.compile(
    r"(?:beslutat|beslutad|godkänt|godkänd|fastställt|fastställd|beviljat|fördelat)",
    re.I,
)
_FINITE = re.compile(r"\b(?:har|hade|är|var|blev|blir)\s+(?:\w+\s+)?$", re.I)


def label_line(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """A one-line headline or label, without a full stop, whose decision word is a bare
    participle ("Planen beslutad", "Beslutat av fullmäktige 15 maj")."""
    line = ctx.text[sentence.start : sentence.end].strip()
    if "\n" in line or line.endswith((".", "!", "?", ":")) or not line:
        return False
    if not _PARTICIPLE.fullmatch(cue.group()):
        return False
    if _FINITE.search(ctx.text, sentence.start, cue.start()):
        return False
    # A supine may still govern a clause ("Beslutat att ..."); a label has none.
    rest = ctx.text[cue.end() : sentence.end]
    return re.match(r"\s+(?:att|om)\b", rest, re.I) is None


_RELATIVE = re.compile(r"\b(?:som|vilka|vilket|vilken)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CLEFT = re.compile(r"\bdet\s+som\s+$", re.I)
_THAT = re.compile(r"\s+att\b", re.I)
# After the relative clause: perhaps a year, a date word or an adverb, then the main
# clause's verb of being, holding or describing.
_MAIN_VERB = re.compile(
    r"(?:\s+(?:i|år|under|den|\d{1,4}|[a-zåäö]+\s+\d{4}|nu|tidigare|då|sedan))*?"
    r"\s*,?\s+(?:omfattar|omfattade|är|var|gäller|gällde|innehåller|innehöll|innebär|"
    r"innebar|handlar|handlade|löper|sträcker|uppgår|uppgick|består|bestod|har|hade|ska)\b",
    re.I,
)


def describes_matter(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """The decision verb stands in a relative clause that the main clause's own verb
    of being or describing closes ("de projekt som nu avslås omfattar ...")."""
    if _RELATIVE.search(ctx.text, max(sentence.start, cue.start() - 40), cue.start()) is None:
        return False
    main = _MAIN_VERB.match(ctx.text, cue.end(), sentence.end)
    # A cleft states what was decided: "Något av det som beslutades var att köpa X".
    cleft = _CLEFT.search(ctx.text, max(sentence.start, cue.start() - 20), cue.start())
    return main is not None and not (cleft and _THAT.match(ctx.text, main.end()))


_WHEN_WORDS = re.compile(r"[\s,.;:]*(?:(?:i|den|under|på|vid|om|år|sitt|möte|mötet)\b[\s,.;:]*)*")


def only_when(ctx: Context, clause: Span) -> bool:
    """What follows "beslutade om" is only when ("... i juni 2023."): the decision's object
    stands before it, in a relative clause's antecedent."""
    text = ctx.text[clause.start : clause.end]
    for found in reversed(ctx.dates_in(clause)):
        text = text[: found.start - clause.start] + " " + text[found.end - clause.start :]
    return _WHEN_WORDS.fullmatch(text) is not None

"""Proposals in minutes: whose decision a proposal to another body is.

Why: minutes record a body's decision to propose something to the next body in two
forms, and both read as if the next body acted. Under a heading "Arbetsutskottets
förslag till kommunstyrelsen" the line "Kommunstyrelsen beslutar föreslå
kommunfullmäktige att anta planen" is the arbetsutskott's proposal: its decision, not
the kommunstyrelse's, and no adoption. After an intro "Kommunstyrelsen föreslår
fullmäktige besluta följande:" the item "• Fullmäktige antar strategin" is what is
proposed, not an adoption by fullmäktige.

- proposer: the body whose proposal section ("<body>s förslag (till <body>)") holds a
  position; named in the heading, else the page's body whose name ends in the
  heading's word ("Arbetsutskottets" -> "Kommunstyrelsens arbetsutskott").
- proposal_intro: "<body> föreslår <body> (föreslå <body>) besluta (följande):" or
  "... föreslår fullmäktige att:", ending the line.
- proposed_item: a sentence that is an item under such an intro, or under a proposal
  section: what is proposed, never an adoption.
- proposing_body: "Kommunstyrelsen föreslår att kommunfullmäktige beslutar att ...": the
  body after "föreslår att" is the one proposed to; the decision is the proposer's.
- accepting_body: a proposal intro whose items are followed, before the next intro, by
  "Beslut: Enligt kommunstyrelsens förslag" (a decision list of fullmäktige's meeting):
  the body proposed to decided them.
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.language.segment import Span
from ingest.rules.bullet_heads import bullet_head
from ingest.rules.decision_page import deciders, heading_above

__all__ = [
    "accepting_body",
    "body_named",
    "proposal_intro",
    "proposed_item",
    "proposer",
    "proposing_body",
]

_SECTION = re.compile(
    r"\s*(?P<who>(?:[\wåäöÅÄÖ-]+\s+)?[\wåäöÅÄÖ-]+s)\s+förslag"
    r"(?:\s+till\s+(?!beslut\b)[\wåäöÅÄÖ-]+)?\s*:?\s*",
    re.I,
)
# "Kommunstyrelsen föreslog även Kommunfullmäktige att fatta följande beslut:" too.
_INTRO = re.compile(
    # ("Regionutvecklingsutskottet föreslår regionstyrelsen att" over a numbered list)
    r"\bföresl(?:år|og)\s+(?:[\wåäöÅÄÖ-]+\s+){1,5}?(?:besluta(?:\s+följande)?\s*:|att\s*:?)\s*$"
    r"|\bföresl(?:år|og)\s+(?:[\wåäöÅÄÖ-]+\s+){0,4}?\w*fullmäktige(?:\s+besluta)?(?:\s+att)?"
    r"(?:\s+fatta\s+följande\s+beslut)?\s*:?\s*$",
    re.I,
)
_ITEM = re.compile(r"\s*(?:[-•*\u2013]|\d{1,2}[.)])\s*")
# "Beslut\n\nEnligt kommunstyrelsens förslag.", "Beslut: I enlighet med förslaget".
_ACCEPTED = re.compile(
    r"^[^\S\n]*Beslut[^\S\n]*:?\s*(?:Enligt|I\s+enlighet\s+med)\s+(?:[\wåäöÅÄÖ-]+s\s+)?"
    r"förslag(?:et)?\b",
    re.M,
)
_ACCEPT_WINDOW = 1500
_PROPOSES = re.compile(r"\bföreslår\b", re.I)
_DEFINITE = re.compile(r"(?:s)?$")


def _stem(word: str) -> str:
    """'Arbetsutskottets' and 'arbetsutskott' -> 'arbetsutskott'; 'Kommunstyrelsens' and
    'Kommunstyrelsen' -> 'kommunstyrelse'."""
    word = _DEFINITE.sub("", word.lower().rstrip(":"), count=1)
    for ending in ("et", "en", "n"):
        if word.endswith(ending) and len(word) > len(ending) + 4:
            return word[: -len(ending)]
    return word


def body_named(ctx: Context, who: str) -> ActorHit | None:
    """The page's body whose name's last word is `who`'s last word ('Arbetsutskottets',
    'ARBETSUTSKOTTET' -> 'Kommunstyrelsens arbetsutskott')."""
    stem = _stem(who.split()[-1])
    for actor in deciders(ctx, 0, len(ctx.text)):
        if _stem(actor.name.split()[-1]) == stem:
            return actor
    return None


def proposer(ctx: Context, start: int) -> ActorHit | None:
    """The body whose proposal section ("Arbetsutskottets förslag till kommunstyrelsen")
    holds `start`, else None."""
    heading = heading_above(ctx, start)
    if heading is None:
        return None
    m = _SECTION.fullmatch(ctx.text, heading.start, heading.end)
    if m is None:
        return None
    named = deciders(ctx, heading.start, m.end("who"))
    return named[-1] if named else body_named(ctx, m["who"])


def proposal_intro(text: str) -> re.Match[str] | None:
    """'Kommunstyrelsen föreslår fullmäktige besluta följande:' ending the text."""
    return _INTRO.search(text)


def proposed_item(ctx: Context, sentence: Span) -> bool:
    """The sentence is what a body proposes: a line under a proposal intro (the intro
    right before it, or list items between), or in a proposal section."""
    if proposer(ctx, sentence.start) is not None:
        return True
    if proposal_intro(bullet_head(ctx.text, sentence.start)):
        return True  # a bullet of a proposal's list, whatever sentences its items hold
    index = ctx.sentence_index(sentence)
    for previous in reversed(ctx.sentences[max(0, index - 6) : index]):
        text = ctx.text[previous.start : previous.end]
        if proposal_intro(text):
            return True
        if not _ITEM.match(text):
            return False
    return False


_PROPOSES_THAT = re.compile(r"\bföresl(?:år|og|agit)\s+att\s+$", re.I)


def proposing_body(ctx: Context, sentence: Span, body: ActorHit) -> tuple[ActorHit, int] | None:
    """The subject proposing what `body` should decide, and where its "föreslår" starts."""
    m = _PROPOSES_THAT.search(ctx.text, sentence.start, body.start)
    if m is None:
        return None
    subject = [a for a in ctx.actors_in(sentence) if a.end <= m.start()]
    return (subject[-1], m.start()) if subject else None


def accepting_body(ctx: Context, intro: Span) -> ActorHit | None:
    """The body an accepted proposal intro proposes to ("Kommunstyrelsen föreslår
    kommunfullmäktige besluta:", then the items, then "Beslut: Enligt kommunstyrelsens
    förslag"), else None."""
    m = proposal_intro(ctx.text[intro.start : intro.end])
    if m is None:
        return None
    end = min(len(ctx.text), intro.end + _ACCEPT_WINDOW)
    nxt = _PROPOSES.search(ctx.text, intro.end, end)  # the next proposal's own decision
    accepted = _ACCEPTED.search(ctx.text, intro.end, nxt.start() if nxt else end)
    if accepted is None:
        return None
    after = deciders(ctx, intro.start + m.start(), intro.end)
    return after[0] if after else None

"""The documents an adoption verb takes as its object, and the bodies that may adopt.

Why apart from ingest.rules.adoption_frames: the object is read the same way for every
active verb: the documents that open the text after the verb (past an inverted subject
and its seat), those coordinated with them ("X samt en tillhörande Y"), or a document the
page names elsewhere whose title's words the noun phrase holds.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.language.segment import Span
from ingest.rules.adoption_backref import pronoun_after, referred_object
from ingest.rules.steering_adoption import object_gap_ok, steering_noun, steering_stem

__all__ = ["BODIES", "bodies_in", "document_objects", "named_elsewhere", "owner_in_name"]

# "X, samt en tillhörande Y": an article and an adjective may open Y; a place may close X
# ("Kulturstrategi Mora och kulturplan för 2020-2023").
# A year or period may close the document before: "bostadsförsörjningsprogram 2030 och".
_AND = re.compile(
    r"(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,2}(?:\s+(?:19|20)\d\d(?:\s*[\u2013-]\s*(?:19|20)?\d\d)?)?"
    r"\s*(?:,\s*(?:och\s+|samt\s+)?|och\s+|samt\s+)(?:(?:en|ett|den|det|de)\s+)?"
    r"(?:(?:tillhörande|nya?|nytt|reviderade?|reviderat|uppdaterade?|uppdaterat)\s+)?$"
)
# "beslutade bland annat om Budget 2026 för nämnden och Kompetensförsörjningsplan 2025-2027":
# a document as a later item of a list of matters decided on.
_LISTED_MATTER = re.compile(
    r"\s+(?:bland\s+annat\s+|bl\.\s?a\.\s+|även\s+|också\s+)?om\s+"
    r"(?:(?!\batt\b)[^.;:]){3,120}?(?:,|\s+och|\s+samt)\s+"
    r"(?:(?:en|ett|den|det|de|nya?|nytt|reviderade?|reviderat)\s+)*"
)
BODIES = (  # who adopts: the frames here and adoption_rules
    OrganizationKind.COMMITTEE,
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.AGENCY,
    OrganizationKind.FORUM,
)


_IN = re.compile(r"\s+i\s+")
_NP_WORDS = 8
_TITLE_SHARE = 0.75
_COMPOUND_CHARS = 10  # a one-word title long enough to be a compound, not 'Plan'
_WORD = re.compile(r"[\wåäöÅÄÖ-]+")


def named_elsewhere(ctx: Context, start: int, end: int) -> DocumentHit | None:
    """A steering noun phrase the page names as a document in another place ('antar
    reviderade riktlinjer för ekonomiskt bistånd' under the heading 'Riktlinjer för
    ekonomiskt bistånd'): the page's document of that kind whose title's words it holds."""
    for word in _WORD.finditer(ctx.text, start, end):
        if not object_gap_ok(ctx, start, word.start()):
            return None
        if not steering_noun(word.group()):
            continue
        phrase = ctx.text[word.start() : end].split()[:_NP_WORDS]
        held = {w.strip(".,:;()").lower() for w in phrase}
        stem = steering_stem(word.group())
        best: tuple[float, DocumentHit] | None = None
        for doc in ctx.documents:
            title = [w.lower() for w in doc.document.title.split() if len(w) > 2]
            share = sum(w in held for w in title) / len(title) if len(title) > 1 else 0.0
            if len(title) == 1 and len(title[0]) >= _COMPOUND_CHARS:
                # "antog bostadsförsörjningsprogram" under the heading
                # "Bostadsförsörjningsprogram": the compound is the title, inflected or not.
                share = float(steering_stem(title[0]) == stem)
            if share >= _TITLE_SHARE and (best is None or share > best[0]):
                best = (share, doc)
        return best[1] if best else None
    return None


# "antog Bodens kommunfullmäktige": the place's genitive before an inverted body.
_PLACE_GENITIVE = re.compile(r"\s*[A-ZÅÄÖ][\wåäö-]+s\s+")


def right_after(ctx: Context, at: int, actor: ActorHit) -> bool:
    """The actor stands right after `at`, past a place's genitive at most."""
    gap = ctx.text[at : actor.start]
    return not gap.strip() or _PLACE_GENITIVE.fullmatch(gap) is not None


def bodies_in(ctx: Context, start: int, end: int) -> list[ActorHit]:
    return [a for a in ctx.actors_in(Span(start, end)) if a.kind in BODIES]


def document_objects(ctx: Context, sentence: Span, start: int) -> list[DocumentHit]:
    """The documents that open the text from `start` (past articles, adjectives, dates and
    an inverted subject), and those coordinated with them ('X samt Y', 'X och Y')."""
    after = [
        a
        for a in bodies_in(ctx, start, sentence.end)
        if right_after(ctx, start, a) and not owner_in_name(ctx, a)
    ]
    if after:
        start = after[0].end  # "fastställde Regionfullmäktige <doc>"
        # "antog kommunfullmäktige i Ljungby kommun <doc>": the body's own place.
        place = _IN.match(ctx.text, start, sentence.end)
        seat = [a for a in ctx.actors_in(sentence) if place and a.start == place.end()]
        if seat:
            start = seat[0].end
    docs = ctx.documents_in(Span(start, sentence.end))
    if not docs:
        named = named_elsewhere(ctx, start, sentence.end) or pronoun_after(ctx, sentence, start)
        named = named or referred_object(ctx, sentence, start)  # "anta det nya förslaget"
        return [named] if named else []
    found: list[DocumentHit] = []
    for doc in docs:
        if not found:
            listed = _LISTED_MATTER.fullmatch(ctx.text, start, doc.start) is not None
            if not (object_gap_ok(ctx, start, doc.start) or listed):
                return []
            found.append(doc)
        elif _AND.fullmatch(ctx.text, found[-1].end, doc.start):
            found.append(doc)
        else:
            break
    return found


def owner_in_name(ctx: Context, actor: ActorHit) -> bool:
    """'fastställde Borås Stads program': a genitive owner that opens the document's name
    is no inverted subject."""
    return any(d.start <= actor.start and actor.end < d.end for d in ctx.documents)

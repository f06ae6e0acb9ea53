"""A deciding body named after its verb: the inverted subject.

"Igår antog kommunfullmäktige en ny vision", "På förslag från kommunstyrelsen beslutade
kommunfullmäktige att ...", and the decision taken as a noun, "I juni fattade
kommunfullmäktige i Åre ett beslut om ...", "tog regionstyrelsen beslut att ...": the
body right after the finite verb decided.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.language.segment import Span
from ingest.rules.decision_page import deciders

__all__ = ["body_after_verb", "inverted_subject"]

# What follows an inverted subject: "beslutade kommunfullmäktige att|om ...".
_CLAUSE_AFTER_SUBJECT = re.compile(
    r"\s*(?:(?:också|även|därför|enhälligt|i\s+går)\s+)?(?:att|om)\b"
)


def _decider_after(ctx: Context, verb_end: int, limit: int) -> ActorHit | None:
    """The first deciding body after the verb, before `limit`."""
    return next((a for a in deciders(ctx, verb_end, limit) if a.start >= verb_end), None)


def inverted_subject(ctx: Context, verb_end: int, limit: int) -> bool:
    """A deciding body right after the verb, then its clause: in "På förslag från
    kommunstyrelsen beslutade kommunfullmäktige att ..." the subject follows the verb, and
    the body before it is part of the opening phrase, not the one that decided."""
    after = _decider_after(ctx, verb_end, limit)
    if after is None or ctx.text[verb_end : after.start].strip():
        return False
    return _CLAUSE_AFTER_SUBJECT.match(ctx.text, after.end, limit) is not None


# Between a verb and its inverted subject: nothing, or a time or manner adverb.
_INVERTED_GAP = re.compile(r"\s*(?:(?:också|även|därför|enhälligt|i\s*går|idag|i\s+dag)\s+)?")


_FINITE_DECIDING = re.compile(
    r"(?:antog|beslutade|beslöt|fastställde|godkände|klubbade|biföll|avslog|reviderade"
    r"|antar|beslutar|fastställer|godkänner|utser|utsåg|tillsätter|tillsatte|beviljar|beviljade"
    r"|anslår|anslog|besvarade)",
    re.I,
)
# "fattade kommunfullmäktige i Åre ett beslut om": the verb of a decision taken as a noun.
_TOOK_DECISION = re.compile(r"(?P<verb>fattade|tog)\s[^.]*?\bbeslut(?:et)?\b[\s\S]*", re.I)


def body_after_verb(ctx: Context, verb: Span, limit: int) -> ActorHit | None:
    """'Igår antog kommunfullmäktige en ny vision för X kommun': a body (no municipality
    or region) right after a finite deciding verb is its inverted subject, whatever
    follows it; not a task's receiver ("Uppdrag till MSB")."""
    took = _TOOK_DECISION.fullmatch(ctx.text, verb.start, verb.end)
    if took is not None:
        verb = Span(verb.start, took.end("verb"))
    elif not _FINITE_DECIDING.fullmatch(ctx.text, verb.start, verb.end):
        return None
    after = _decider_after(ctx, verb.end, limit)
    if after is None or after.kind in (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION):
        return None
    return after if _INVERTED_GAP.fullmatch(ctx.text, verb.end, after.start) else None

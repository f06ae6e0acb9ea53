"""The condition a decision is taken on: "under förutsättning att ...", "på villkor att ...".

Why: a decision is often stated first and its condition in the same or the next
sentence ("Nämnden beviljade medlen. Det sker under förutsättning att regionen bidrar
lika mycket."). The condition belongs to each decision stated in that sentence
("Under förutsättning att tillstånd beviljas godkänner nämnden X och begär Y": a fronted
condition ends at the main clause's inverted verb), else to the latest decision stated
before it on the page (rule decision.condition).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ingest.context import Context
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span

__all__ = ["conditions_of"]

# A fronted condition ends at the main clause's verb: "Under förutsättning av att X
# fattar beslut beslutar kommunfullmäktige att ...".
_CONDITION = compile_guarded(
    r"\b(?:[Uu]nder\s+(?:den\s+)?förutsättning(?:en)?(?:\s+av)?|[Pp]å\s+villkor)\s+att\s+"
    r"(?P<cond>[^.!?]+?)(?=,\s*(?:säger|avslutar|berättar|menar|fortsätter)\b"
    r"|,?\s+(?:beslutar|beslutade|beslöt)\s+(?!sig\b)|[.!?]|$"
    # "... tillstånd beviljas godkänner nämnden X": the main clause's inverted verb
    r"|,?\s+(?:godkänner|godkände|beviljar|beviljade|antar|antog|fastställer|fastställde|"
    r"begär|begärde|ger|gav|tillstyrker|tillstyrkte)\s+"
    r"(?=[a-zåäö-]*(?:nämnden|styrelsen|fullmäktige|utskottet|direktionen)\b|[A-ZÅÄÖ]))"
)


class _Found(Protocol):
    @property
    def evidence(self) -> Span: ...


def conditions_of(ctx: Context, found: Sequence[_Found]) -> dict[int, tuple[str, Span]]:
    """Condition per decision (by index in `found`), from the first condition after it."""
    out: dict[int, tuple[str, Span]] = {}
    for m in _CONDITION.finditer(ctx.text):
        same = [i for i, f in enumerate(found) if f.evidence.start <= m.start() < f.evidence.end]
        earlier = same or [i for i, f in enumerate(found) if f.evidence.end <= m.start()]
        condition = (" ".join(m.group("cond").split()), Span(m.start(), m.end()))
        # every decision of the sentence ("godkänner X och begär Y"), else the one before
        for i in same or earlier[-1:]:
            out.setdefault(i, condition)
    return out

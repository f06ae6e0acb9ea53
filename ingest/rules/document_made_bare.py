"""A bare document noun with its topic, as what a body makes or lays down, is a document.

Why: "Förvaltningen fick i uppdrag att ta fram riktlinjer för extra föreningsbidrag" and
"SKR har beslutat att fastställa riktlinjer för marknadsföring av hälso- och sjukvård"
name the guidelines by their topic without an article; an article-less bare noun is
otherwise read as a kind ("underlag för riktlinjer"), not a document.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_cand import Cand

__all__ = ["made_bare"]

_MAKING = re.compile(
    r"\b(?:ta|tar|tog|tagit|tas|togs|tagits)\s+fram\s+(?:nya\s+)?$"
    r"|\b(?:arbeta|arbetar|arbetade|arbetat)\s+fram\s+(?:nya\s+)?$"
    r"|\b(?:utarbeta|utarbetar|utarbetade|utarbetat|fastställa|fastställer|fastställde|"
    r"fastställt|revidera|reviderar|reviderade|reviderat)\s+(?:nya\s+)?$"
    # "klubbade även igenom riktlinje för god ekonomisk hushållning": adopted as made
    # (finite only: "uppmanat aktörerna att anta löften för X" asks, adopting nothing yet)
    r"|\b(?:antar|antog|antagit|godkänner|godkände|godkänt|klubbar|"
    r"klubbade|klubbat)\s+(?:(?:även|också|dessutom)\s+)?(?:igenom\s+)?(?:nya\s+)?$"
    # "beslutade att anta riktlinjer för X": the infinitive a decision states
    r"|\bbeslut\w*\s+(?:[\wåäö-]+\s+){0,3}?att\s+(?:anta|godkänna)\s+(?:nya\s+)?$",
    re.I,
)


def made_bare(ctx: Context, c: Cand) -> bool:
    """A mention without article, with a topic, right after a making verb."""
    if c.det or c.definite or not c.topic:
        return False
    return _MAKING.search(ctx.text, max(0, c.start - 40), c.start) is not None

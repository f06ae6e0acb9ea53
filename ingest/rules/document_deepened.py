"""A deepened comprehensive plan, named by what it deepens.

Why: a municipality's "fördjupning av översiktsplanen för X" (FÖP) is a plan of its own,
adopted apart from the comprehensive plan it deepens; read as "översiktsplanen för X" it
would be that plan, or a plan for X.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.rules.document_cand import Cand

__all__ = ["deepened_title"]

# "en fördjupning av Älvängens översiktsplan", "fördjupningen av den kommunövergripande
# översiktsplanen för Säffle stad"
_DEEPENING = re.compile(
    r"\b[Ff]ördjupning(?:en)?\s+av\s+(?P<rest>(?:den\s+)?(?:[A-ZÅÄÖ][\wåäö-]+s\s+)?)$"
)
_LOOKBACK = 60


def deepened_title(ctx: Context, c: Cand) -> str | None:
    """'Fördjupning av Älvängens översiktsplan' for a mention of "översiktsplan" after
    "fördjupning av", else None."""
    if not c.word.lower().startswith("översiktsplan"):
        return None
    m = _DEEPENING.search(ctx.text, max(0, c.start - _LOOKBACK), c.start)
    if m is None:
        return None
    return " ".join(f"Fördjupning av {m['rest']}{ctx.text[c.start : c.end]}".split())

"""Lists under a goal intro that hold no goals: a list of steering documents, and a
report of what was done (ingest.rules.extract_lists)."""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList

__all__ = ["names_documents", "reports"]


def names_documents(ctx: Context, lst: BulletList) -> bool:
    """A list of steering documents ("• Program för kultur - Kulturplan 2019-2020"):
    most of its items name a document, so they are no goals."""
    named = sum(bool(ctx.documents_in(Span(item.start, item.end))) for item in lst.items)
    return named * 2 > len(lst.items)


# "Region X har lanserat en ny utbildning", "Under året har 40 hektar skyddats": done.
_DONE = re.compile(
    r"^\W*(?:[\w-]+\s+){0,6}?har\s+(?:[\w-]+\s+){0,3}?[a-zåäö]{2,}(?:at|it|tt|ats|its|tts)\b"
)


def reports(ctx: Context, lst: BulletList) -> bool:
    """A paragraph that speaks of goals before a list of what was done ("Läget för
    miljömålen": "Länsstyrelsen har fått medel ..."): most items report a past act, and
    the intro is prose, not a line that opens a list with its colon."""
    opens = ctx.text[lst.intro.start : lst.intro.end].rstrip().endswith(":")
    done = sum(bool(_DONE.match(item.text)) for item in lst.items)
    return not opens and done * 2 > len(lst.items)

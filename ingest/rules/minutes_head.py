"""Where a minutes' head lists who sat: from its "Plats och tid", "Beslutande" or
"Närvarande" field to its signatures.

Why: minutes copied from a PDF run the head's columns together ("Beslutande ... Ej
tjänstgörande ersättare och övriga närvarande Jan Ek, kommunchef Eva Al, sekreterare"),
so a list's own heading may be lost in the run and the sentence rules would read each
"Name, title" as a role. The settled convention records only the chair's role there,
which the attendance lists read (ingest.rules.role_lists); the rest of the head is no
place for the sentence rules.
"""

from __future__ import annotations

import re

from ingest.language.regex_guard import compile_guarded
from ingest.rules.role_titles import PARTY

__all__ = ["minutes_head_spans"]

_START = compile_guarded(
    r"(?<![\w-])(?:Beslutande|Närvarande|"
    r"Plats och tid|Tid och plats)\b"
)
# What follows the people in a minutes' head: who checks it, the signatures, the notice.
_END = re.compile(
    r"(?<![\w-])(?:Utses\s+att\s+justera|Justerare|Justeringens|Underskrifter|ANSLAG"
    r"|Paragrafer)\b",
    re.I,
)
# "Ersättare Övriga närvarande Justerare Lars Ek (S) ...": column headings run together,
# so a closing field right after another heading still opens a column of names; so too
# after a closing field of its own ("Övriga deltagare Justeringens plats och tid
# Underskrifter sekreterare Eva Ek (M) ... Bo Berg, kommunchef").
_HEADING_BEFORE = re.compile(
    r"(?:Ersättare|[Nn]ärvarande|[Dd]eltagare|[Dd]eltagande|[Pp]lats\s+och\s+tid)\s*$"
)
_HEAD_CHARS = 3000  # a head's people: a few dozen names and titles
# "Eva Ek (S)", "Eva Ek, C, ordförande": a member's party, or the chair.
_MEMBER = re.compile(rf"\((?i:\s*(?:{PARTY})\s*)\)|,\s*(?:{PARTY})\s*,|\b[Oo]rdförande\b")


def minutes_head_spans(text: str) -> list[tuple[int, int]]:
    """Each head's span, from its first field to its first closing field within a head's
    length; none where no such field follows (no minutes' head)."""
    spans: list[tuple[int, int]] = []
    for start in _START.finditer(text):
        if spans and start.start() < spans[-1][1]:
            continue
        limit = min(len(text), start.end() + _HEAD_CHARS)
        # The head's people come before its closing field; fields first and names after
        # ("Beslutande Övriga deltagare Utses att justera Eva Ek (S), ordförande ..."):
        # the closing field that follows the members and their parties.
        for end in _END.finditer(text, start.end(), limit):
            if _HEADING_BEFORE.search(text, max(0, end.start() - 30), end.start()):
                continue
            if _MEMBER.search(text, start.end(), end.start()):
                spans.append((start.start(), end.start()))
                break
    return spans

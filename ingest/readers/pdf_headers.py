"""Column names of plan tables: how a table drawn without a grid is recognised.

A line is a table header when at least two of its cells (word groups set
apart by a column gap) are column names that plans use, and one of them says
what is done, who is responsible or when: "Aktivitet", "Åtgärder",
"Ansvarig aktör", "Klart senast", "Uppföljning/indikator". A cell may name two
("Aktivitet/åtgärd", "Tid och ansvar"). The names are the genre's, not one
plan's; the extractor's table rule decides what each column means.
"""

from __future__ import annotations

import re
from enum import Enum

_PLURAL = r"(?:er(?:na)?|en|et|na)?"


class Role(Enum):
    WHAT = "what"
    WHO = "who"
    WHEN = "when"
    OTHER = "other"  # follow-up, indicator, cost, status: a column, but not a core one


_NAMES: dict[Role, re.Pattern[str]] = {
    Role.WHAT: re.compile(
        rf"(?:aktivitet|åtgärd|insats|uppdrag|uppgift|beskrivning){_PLURAL}"
        r"|vad(?: ska göras| görs)?",
    ),
    Role.WHO: re.compile(
        r"(?:huvud)?ansvar(?:ig(?:a|t)?)?"
        rf"(?: (?:aktör|part|förvaltning|nämnd|organisation|enhet|verksamhet|myndighet){_PLURAL})?"
        r"|vem(?: ansvarar)?|ansvarar|utförare|genomförs av|(?:samverkans|samarbets)part(?:er)?"
        r"|i samverkan med|medverkande|berörda",
    ),
    Role.WHEN: re.compile(
        r"tid(?:s?plan|speriod|punkt|sram|ram)?|när|klar(?:t)?(?: senast)?|senast|datum|år"
        r"|period|tidsåtgång|start|slut(?:datum)?|deadline|genomförande(?:tid)?",
    ),
    Role.OTHER: re.compile(
        rf"(?:uppföljning|indikator|mått|mätetal|nyckeltal|resultat|status|kommentar|effekt)"
        rf"{_PLURAL}|(?:del)?mål(?:sättning)?{_PLURAL}|kostnad{_PLURAL}|budget|finansiering"
        r"|resurser|prioritet|prio|redovisning|nr|id",
    ),
}
_SPLIT = re.compile(r"\s*(?:/|,|&|\boch\b)\s*")


def role(cell: str) -> Role | None:
    """What a header cell names ("Ansvarig aktör" -> WHO), or None if it names no column."""
    text = " ".join(cell.lower().strip(" :?*").split())
    found = None
    for part in _SPLIT.split(text):
        for kind, pattern in _NAMES.items():
            if part and pattern.fullmatch(part):
                if kind is not Role.OTHER:
                    return kind
                found = kind
    return found


def is_header(cells: list[str]) -> bool:
    """Two or more cells name columns, and one of them a core one (what, who, when)."""
    roles = [role(c) for c in cells]
    named = [r for r in roles if r is not None]
    return len(cells) >= 2 and len(named) >= 2 and any(r is not Role.OTHER for r in named)

"""Whose arbetsutskott a bare "Arbetsutskottet" or "AU" is.

Why: minutes of a nämnd's arbetsutskott name it in full once ("Socialnämndens
arbetsutskott") and bare in their header ("Beslutsinstans: Arbetsutskottet"); the bare
word is the one named in full, not the executive board's by default.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.language.gazetteer import fold

__all__ = ["is_bare_work_committee", "named_work_committee_board"]

_SUFFIX = "s arbetsutskott"


def is_bare_work_committee(name: str) -> bool:
    """'Arbetsutskottet', 'AU': an arbetsutskott without its board."""
    return fold(name) in ("arbetsutskottet", "arbetsutskottets", "au")


def named_work_committee_board(names: Iterable[str]) -> str | None:
    """The board of the one arbetsutskott named in full among ``names``
    ('Socialnämndens arbetsutskott' -> 'Socialnämnden'); None if none or several."""
    boards = {name[: -len(_SUFFIX)] for name in names if fold(name).endswith(_SUFFIX)}
    return boards.pop() if len(boards) == 1 else None

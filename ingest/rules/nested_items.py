"""Which items of a nested bullet list are the goals or activities.

Why: plan pages nest lists two ways, and they mean opposite things (invented examples):

    • Trygg uppväxt                      • Minska utsläppen med särskilt fokus på
      • Alla barn ska nå målen i skolan.   - transporter inom kommunen
      • Fler unga ska ha ett arbete.       - uppvärmning av lokaler

On the left the outer items are the headings of areas, and the inner items under them
are what is listed: the outer ones (all of them, also one whose inner items are cut
off) are left out. On the right an outer item's phrase runs on into its inner items
(it ends in a preposition, "att" or a conjunction, and they open in lower case): the
inner items are part of it, and only the outer ones are kept. A flat list is kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["listed_items"]


class _Nested(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def depth(self) -> int: ...


_T = TypeVar("_T", bound=_Nested)

# An outer item whose phrase goes on in its inner items: "med särskilt fokus på", "att".
_RUNS_ON = re.compile(
    r"(?:\b(?:på|för|att|med|av|till|om|i|genom|mot|inom|som|och|samt|eller)|[:,\u2013-])\s*$",
    re.I,
)


def _continues(outer: _Nested, inner: Sequence[_Nested]) -> bool:
    return bool(_RUNS_ON.search(outer.text)) and all(i.text[:1].islower() for i in inner)


def listed_items(items: Sequence[_T]) -> list[_T]:
    """The items a nested list lists (a flat list: all of them)."""
    top = min((i.depth for i in items), default=0)
    if all(i.depth == top for i in items):
        return list(items)
    groups: list[tuple[_T, list[_T]]] = []
    for item in items:
        if item.depth == top or not groups:
            groups.append((item, []))
        else:
            groups[-1][1].append(item)
    if all(_continues(outer, inner) for outer, inner in groups if inner):
        return [outer for outer, _ in groups]
    return [i for _, inner in groups for i in inner]

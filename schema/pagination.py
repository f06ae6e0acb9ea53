"""Opaque cursors and page bounds for connections."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from graph.user_input import UserInputError

T = TypeVar("T")

MAX_PAGE = 100
_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    """The cursor of the item at ``offset``; -1 is the place before the first item."""
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    number = text[len(_PREFIX) :]
    if not text.startswith(_PREFIX) or not (number.isdigit() or number == "-1"):
        raise UserInputError(f"invalid cursor {cursor!r}: pass an endCursor from an earlier page")
    return int(number)


def page_bounds(first: int, after: str | None) -> tuple[int, int]:
    """(offset, limit) of the page that follows ``after``."""
    if not 0 <= first <= MAX_PAGE:
        raise UserInputError(f"first must be between 0 and {MAX_PAGE}, not {first}")
    offset = decode_cursor(after) + 1 if after else 0
    return offset, first


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[tuple[str, T]]  # (cursor, item)
    total: int
    has_next: bool
    has_previous: bool
    offset: int  # of the first item, or of where it would be

    @property
    def start_cursor(self) -> str | None:
        return self.items[0][0] if self.items else self._place()

    @property
    def end_cursor(self) -> str | None:
        return self.items[-1][0] if self.items else self._place()

    def _place(self) -> str | None:
        """An empty page with items after it (first: 0) gives the cursor of the place it
        stands, so that paging on from its endCursor loses nothing; otherwise null."""
        return encode_cursor(self.offset - 1) if self.has_next else None


def paginate(items: Sequence[T], first: int, after: str | None) -> Page[T]:
    """The slice of ``items`` a connection returns, with cursors by position."""
    offset, limit = page_bounds(first, after)
    return window_page(items[offset : offset + limit], len(items), offset, limit)


def window_page(window: Sequence[T], total: int, offset: int, limit: int) -> Page[T]:
    """A page some other code cut (a store query): its items from ``offset`` on, at most
    ``limit`` of ``total``, with the cursors paginate would give them."""
    return Page(
        items=[(encode_cursor(offset + i), item) for i, item in enumerate(window)],
        total=total,
        has_next=offset + limit < total,
        has_previous=offset > 0,
        offset=offset,
    )

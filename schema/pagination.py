"""Opaque cursors and page bounds for connections."""

from __future__ import annotations

import base64
import binascii

MAX_PAGE = 100
_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        text = ""
    if not text.startswith(_PREFIX) or not text[len(_PREFIX) :].isdigit():
        raise ValueError(f"invalid cursor {cursor!r}: pass an endCursor from an earlier page")
    return int(text[len(_PREFIX) :])


def page_bounds(first: int, after: str | None) -> tuple[int, int]:
    """(offset, limit) of the page that follows ``after``."""
    if not 0 <= first <= MAX_PAGE:
        raise ValueError(f"first must be between 0 and {MAX_PAGE}, not {first}")
    offset = decode_cursor(after) + 1 if after else 0
    return offset, first

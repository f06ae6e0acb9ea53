"""Deterministic node ids.

An id is ``Label:key``. The key comes from an official code where one exists
(SCB kommunkod, länskod) and otherwise from the normalised name and kind, so
ingesting the same facts again, in any order, gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SWEDISH_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII slug: 'Länsstyrelsen Västernorrland' -> 'lansstyrelsen-vasternorrland'."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(_SWEDISH_FOLD)
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", folded).strip("-")


def make_id(label: str, *parts: str) -> str:
    """Join a label and key parts into an id; each part is slugged."""
    key = ":".join(slug(p) for p in parts if p)
    if not key:
        raise ValueError(f"an id for {label} needs at least one non-empty part")
    return f"{label}:{key}"


def label_of(node_id: str) -> str:
    """The label encoded in an id ('Document:...' -> 'Document')."""
    label, sep, _ = node_id.partition(":")
    if not sep:
        raise ValueError(f"not a stratgraph id: {node_id!r}")
    return label


def digest(*parts: object) -> str:
    """A short stable hash, for keys that have no natural form (evidence, sources)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]

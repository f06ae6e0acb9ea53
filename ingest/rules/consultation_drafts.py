"""Whether a sentence sends a draft out for consultation instead of adopting it.

Why: "Kommunstyrelsen godkände översiktsplanen för samråd" and "Remissförslaget till
strategin godkändes" approve a draft to be circulated; the document is adopted later,
after the consultation. Such a sentence is a decision that concerns the document, not
its adoption. Having been out for consultation ("efter samrådet antogs planen", "har
varit ute på remiss") is no such cue, nor is a plan that "går nu ut på remiss" before
its adoption later.
"""

from __future__ import annotations

import re

from ingest.language.regex_guard import compile_guarded

__all__ = ["for_consultation"]

_CONSULTATION = compile_guarded(
    r"\b(?:för|till)\s+(?:samråd|granskning|utställning)\b"
    r"|\bremiss(?:förslag|version|utgåva|handling)\w*"
    r"|\b(?:samråds|gransknings|utställnings)(?:förslag|handling|version)\w*",
    re.I,
)


def for_consultation(text: str) -> bool:
    """The words approve or send a draft for consultation ("för samråd", "remissförslaget",
    "granskningshandlingen")."""
    return _CONSULTATION.search(text) is not None

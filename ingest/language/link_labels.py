"""Screen-reader labels of links, blanked out of a page's text before extraction.

Why: municipal sites print a hidden label inside each external link ("länk till annan
webbplats, öppnas i nytt fönster"), and a page's text glues it to the link's words:
"i linje med Hagforsstrateginlänk till annan webbplats". The glued word names no
document any rule knows. The label is replaced by spaces of its length, so every offset
into the text (evidence, page starts) stays where it was.
"""

from __future__ import annotations

import re

from ingest.language.regex_guard import compile_guarded

__all__ = ["blank_link_labels"]

# A file link's label states its type and size first ("Pdf, 43 MB, öppnas i nytt fönster.")
# and may end in a full stop inside the sentence it interrupts ("... fönster. för X").
_FILE = r"(?:\b(?:pdf|docx?|xlsx?|pptx?)\s*,\s*\d+(?:[.,]\d+)?\s*[km]i?b\s*)?"
_LABEL = compile_guarded(
    r"(?:(?:länk\s+till\s+(?:en\s+)?(?:annan|extern)\s+webbplats|extern\s+länk)"
    r"(?:\s*,?\s*öppnas\s+i\s+(?:ett\s+)?nytt\s+(?:fönster|flik))?"
    rf"|{_FILE},?\s*öppnas\s+i\s+(?:ett\s+)?nytt\s+(?:fönster|flik))(?:\.(?=\s+[a-zåäö]))?",
    re.I,
)


# "Riktlinjer för ... serviceprogram 2014-2018PDF": a file link's type glued to its
# title's last year, which then ends no period.
_GLUED_TYPE = re.compile(r"(?<=(?:19|20)\d{2})(?:PDF|pdf)\b")


def blank_link_labels(text: str) -> str:
    """`text` with every link label replaced by as many spaces (line breaks kept)."""
    text = _GLUED_TYPE.sub(lambda m: " " * len(m.group()), text)
    return _LABEL.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)

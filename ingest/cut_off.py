"""Drop what a page's cut-off end left half-written.

Why: saved copies and search excerpts of a page often stop mid-sentence, even mid-word
("... Tekniska nämnden, 17 september - Utbildningsnä"). A list item or a name read at
that end holds only the words before the cut: "Utbildningsnä", "levnads", "Hållbar"
become goals of their own, "Europeiska" an organisation. Such copies are cut at a fixed
length (about 2,000 characters for the search service's excerpts), so a page of at least
1,500 characters whose text ends on a letter, a digit or a comma (no full stop, bracket or
quotation mark) is taken as cut off; a short page that ends on a list item without a full
stop ends there ("• Kunskap och dialog"). On a cut-off page a goal or activity of fewer
than five words, and an organisation the gazetteers lack ("Region Kronobe"), whose every
mention ends at the cut are dropped with their links. Longer items are kept: what they
say is still theirs.
"""

from __future__ import annotations

from graph.nodes import Activity, DomainNode, Goal, Organization
from ingest.facts import FactSink

__all__ = ["drop_cut_off_items"]

_SHORT_WORDS = 5  # fewer words than this at a cut may be a word cut in two
_AT_END = 2  # characters between a mention's end and the page's end
_CUT_LENGTH = 1500  # a copy cut at a fixed length is at least this long
# Kinds whose ids the gazetteers give (a name found whole, never a fragment).
_GAZETTEER_PREFIXES = (
    "Organization:kommun:",
    "Organization:region:",
    "Organization:lansstyrelse:",
    "Organization:nationell:",
)


def _cut_off(text: str) -> bool:
    end = text.rstrip()
    return len(end) >= _CUT_LENGTH and (end[-1].isalnum() or end[-1] == ",")


def _fragment(node: DomainNode) -> bool:
    if isinstance(node, Goal):
        return len(node.text.split()) < _SHORT_WORDS
    if isinstance(node, Activity):
        return len(node.description.split()) < _SHORT_WORDS
    if isinstance(node, Organization):  # "Region Kronobe": a name the gazetteers lack
        return not node.id.startswith(_GAZETTEER_PREFIXES)
    return False


def drop_cut_off_items(sink: FactSink) -> None:
    """Drop short items whose every mention ends where a cut-off page ends."""
    text = sink.source.text
    if not _cut_off(text):
        return
    end = len(text.rstrip())
    first: dict[str, int] = {}  # the end of each node's earliest-ending mention
    for m in sink.mentions.values():
        first[m.node_id] = min(first.get(m.node_id, end), m.evidence.end)
    cut = {
        node_id
        for node_id, node in sink.nodes.items()
        if node_id in first and end - first[node_id] <= _AT_END and _fragment(node)
    }
    sink.drop(cut)

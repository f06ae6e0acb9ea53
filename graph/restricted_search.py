"""Search texts as the restricted view shows them (graph.restricted_view).

The stores keep the stems of names and quotes as written, restricted names included.
The view shows a restricted person as "role holder" and redacts their name in quotes,
so every stemmed text that may hold such a name is stemmed again from what the view
shows: a restricted person is not found by their name, as with any other read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from graph.privacy import Restriction
from graph.store import GraphStore, StemmedText
from graph.text_match import searchable_text, stem_text, stems


def stems_of_names(restrictions: Iterable[Restriction]) -> frozenset[str]:
    """The stems of every word of the restricted people's names."""
    return frozenset(s for r in restrictions if r.name for s in stems(r.name))


def restemmed(
    view: GraphStore,
    rows: list[StemmedText],
    alias_of: Mapping[str, str],
    name_stems: frozenset[str],
) -> list[StemmedText]:
    """The rows under the ids the view uses, with the texts that may name a restricted
    person (any of their names' stems) stemmed from the view's redacted text."""

    def may_name(text: str) -> bool:
        return not name_stems.isdisjoint(text.split())

    ids = {r.node_id: alias_of.get(r.node_id, r.node_id) for r in rows}
    names = {ids[r.node_id] for r in rows if r.node_id in alias_of or may_name(r.name_stems)}
    shown_names = {
        n.id: stem_text(searchable_text(n.label, n.props)) for n in view.get_nodes(sorted(names))
    }
    refs = sorted({r.ref for r in rows if r.ref is not None and may_name(r.stems)})
    shown_quotes = {ref: stem_text(e.quote) for ref, e in view.quote_evidence(refs).items()}
    return [
        r._replace(
            node_id=ids[r.node_id],
            name_stems=shown_names.get(ids[r.node_id], r.name_stems),
            stems=shown_quotes.get(r.ref, r.stems) if r.ref is not None else r.stems,
        )
        for r in rows
    ]

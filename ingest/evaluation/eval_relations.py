"""Scoring predicted relations against gold ones.

Each predicted link's ends are mapped to gold refs through the entity matching;
(type, from, to) must equal a gold relation's, and the relation's listed
attributes (date, date_precision, title) must agree with one of the predicted
links with that key. Several links with one key count once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from graph.edges import Link, LinkType
from ingest.evaluation.eval_compare import AttrValue, attr_diffs
from ingest.evaluation.eval_gold import GoldText
from ingest.evaluation.eval_scores import TextReport

__all__ = ["score_relations"]


def _link_attrs_equal(attrs: Mapping[str, AttrValue], link: Link) -> bool:
    """A link's date and date_precision exactly, its (role) title case-insensitively."""
    return not attr_diffs(attrs, link, fuzzy=False)


def score_relations(
    gold: GoldText, links: Sequence[Link], ref_of: Mapping[str, str], report: TextReport
) -> None:
    """Count the text's relations and their rules' links into the report; `ref_of` maps
    a predicted node id to its gold ref (score_entities)."""

    def end(node_id: str) -> str:
        return ref_of.get(node_id, f"?{node_id}")  # '?' marks an end outside gold

    grouped: dict[tuple[str, str, str], list[Link]] = {}
    for link in links:
        grouped.setdefault((str(link.type), end(link.from_id), end(link.to_id)), []).append(link)
    for rel in gold.relations:
        c = report.count(report.relations, str(rel.type))
        key = (str(rel.type), rel.from_ref, rel.to_ref)
        shown = f"{rel.type} {rel.from_ref} -> {rel.to_ref}" + (
            f" {dict(rel.attrs)}" if rel.attrs else ""
        )
        candidates = grouped.pop(key, None)
        stated_date = rel.type is LinkType.ADOPTED and "date" in rel.attrs
        right = candidates is not None and any(_link_attrs_equal(rel.attrs, x) for x in candidates)
        if stated_date:
            report.dated.tp += right
            report.dated.fn += not right
        if candidates is None:
            c.fn += 1
            report.misses.append(f"{shown}: not extracted")
        elif right:
            c.tp += 1
            for x in candidates:
                report.count(report.rules, x.evidence.rule).tp += 1
        else:
            c.fp += 1
            c.fn += 1
            diffs = "; ".join(attr_diffs(rel.attrs, candidates[0], fuzzy=False))
            report.misses.append(f"{shown}: {diffs}")
            report.false_positives.append(f"{rel.type} {rel.from_ref} -> {rel.to_ref}: {diffs}")
    for (type_, from_end, to_end), group in grouped.items():
        report.count(report.relations, type_).fp += 1
        for x in group:
            report.count(report.rules, x.evidence.rule).fp += 1
        quote = " ".join(group[0].evidence.quote.split())
        report.false_positives.append(
            f"{type_} {from_end} -> {to_end}: not in gold (rule {group[0].evidence.rule}: "
            f"{quote[:100]!r})"
        )

"""Matching predicted entities to gold ones, and scoring them.

- Organization, Person, Document, Initiative: by id; a document whose id differs
  only in wording (same level, kind, scope and period) also matches.
- Decision, Activity, Goal: by text. A predicted node is a candidate for a gold
  entity of its label when its summary / description / text contains at least
  half of the gold text's content words; candidates are paired one to one, best
  overlap first.
- A matched entity whose listed attribute differs is a false positive and a
  false negative (it still counts as matched when mapping relations).
- Merges: two gold documents that only one node matches, and a gold organisation
  whose name the page states but whose mention went to the node of another gold
  organisation ("Region Kalmar län" read as Länsstyrelsen i Kalmar län).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from graph.edges import SourceFacts
from graph.nodes import DomainNode, NodeLabel
from ingest.evaluation.eval_compare import (
    MATCH_THRESHOLD,
    AttrValue,
    attr_diffs,
    content_words,
    overlap,
    shared,
)
from ingest.evaluation.eval_gold import ENTITY_LABELS, ID_LABELS, TEXT_FIELDS, GoldEntity, GoldText
from ingest.evaluation.eval_scores import TextReport
from ingest.ids import national_body_id
from ingest.language.gazetteer import national_body_by_name

__all__ = ["score_entities"]


def score_entities(gold: GoldText, facts: SourceFacts, report: TextReport) -> dict[str, str]:
    """Count the text's entities and their rules' mentions into the report; return
    predicted node id -> gold ref, for mapping the relations' ends."""
    for label in ENTITY_LABELS:
        if any(e.label is label for e in gold.entities) or any(
            n.label is label for n in facts.nodes
        ):
            report.count(report.entities, str(label))

    predicted = [n for n in facts.nodes if n.label in ENTITY_LABELS]
    ref_of: dict[str, str] = {}  # predicted node id -> gold ref
    matched: dict[str, DomainNode] = {}  # gold ref -> predicted node

    by_id = {n.id: n for n in predicted if n.label in ID_LABELS}
    for e in gold.entities:
        if e.id is not None:
            ref_of[e.id] = e.ref  # links may name a gold id even if the node is missing
            if e.id in by_id:
                matched[e.ref] = by_id[e.id]
    for ref, hit in _match_documents(gold, predicted, matched, report).items():
        matched[ref] = hit
        ref_of[hit.id] = ref
    for label in TEXT_FIELDS:
        gold_of_label = [e for e in gold.entities if e.label is label]
        pred_of_label = [n for n in predicted if n.label is label]
        for ref, hit in _match_by_text(gold_of_label, pred_of_label).items():
            matched[ref] = hit
            ref_of[hit.id] = ref

    for e in gold.entities:
        c = report.count(report.entities, str(e.label))
        node = matched.get(e.ref)
        if node is None:
            c.fn += 1
            report.dated.fn += e.label is NodeLabel.DECISION and "date" in e.attrs
            report.misses.append(f"{e.describe()}: not extracted")
            continue
        diffs = _diffs(e.attrs, node)
        if e.label is NodeLabel.DECISION and "date" in e.attrs:
            if any(d.startswith(("date:", "date_precision:")) for d in diffs):
                report.dated.fn += 1
            else:
                report.dated.tp += 1
        if diffs:
            c.fp += 1
            c.fn += 1
            report.misses.append(f"{e.describe()}: {'; '.join(diffs)}")
            report.false_positives.append(f"{_describe_node(node)}: wrong {'; '.join(diffs)}")
        else:
            c.tp += 1
    _merged_organizations(gold, facts, matched, report)
    matched_ids = {n.id for n in matched.values()}
    correct = {node.id for ref, node in matched.items() if not _diffs(_gold_attrs(gold, ref), node)}
    for n in predicted:
        if n.id not in matched_ids:
            report.count(report.entities, str(n.label)).fp += 1
            report.false_positives.append(f"{_describe_node(n)}: not in gold")
    for m in facts.mentions:
        if m.node_id in by_id or m.node_id in {n.id for n in predicted}:
            rule_counts = report.count(report.rules, m.evidence.rule)
            if m.node_id in correct:
                rule_counts.tp += 1
            else:
                rule_counts.fp += 1
    return ref_of


def _merged_organizations(
    gold: GoldText, facts: SourceFacts, matched: Mapping[str, DomainNode], report: TextReport
) -> None:
    """Gold organisations left unmatched whose own name a mention of another gold
    organisation's node quotes: the page named two, the graph holds one."""
    node_ref = {node.id: ref for ref, node in matched.items()}
    quoted: dict[str, str] = {}  # folded mention text -> the gold ref its node matched
    for m in facts.mentions:
        ref = node_ref.get(m.node_id)
        if ref is not None and m.node_id.startswith("Organization:"):
            quoted.setdefault(_fold(m.evidence.quote), ref)
    for e in gold.entities:
        if e.label is not NodeLabel.ORGANIZATION or e.ref in matched:
            continue
        name = _fold(str(e.attrs.get("name") or ""))
        other = quoted.get(name) if name else None
        if other is not None and other != e.ref:
            report.merged.append(f"{e.describe()} and gold {other}: one node")


def _diffs(attrs: Mapping[str, AttrValue], node: DomainNode) -> list[str]:
    """The listed attributes that differ, but for a gold name that is another of the
    national body's own names ("Statens kulturråd" for the node "Kulturrådet")."""
    name = attrs.get("name")
    body = national_body_by_name(name) if isinstance(name, str) else None
    alias = body is not None and node.id == national_body_id(body.key)
    return [d for d in attr_diffs(attrs, node) if not (alias and d.startswith("name:"))]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def _node_text(node: DomainNode) -> str:
    value = getattr(node, TEXT_FIELDS[node.label], "")
    return value if isinstance(value, str) else ""


def _match_by_text(
    gold: Sequence[GoldEntity], predicted: Sequence[DomainNode]
) -> dict[str, DomainNode]:
    """Gold ref -> predicted node, one to one, best overlap first.

    Ties go to the predicted text with fewer extra words, then to file order."""
    pairs: list[tuple[float, float, int, int]] = []
    for gi, g in enumerate(gold):
        assert g.text is not None
        gold_words = content_words(g.text)
        for pi, p in enumerate(predicted):
            pred_words = content_words(_node_text(p))
            score = overlap(g.text, _node_text(p))
            if score >= MATCH_THRESHOLD:
                precision = shared(pred_words, gold_words) / len(pred_words)
                pairs.append((-score, -precision, gi, pi))
    matched: dict[str, DomainNode] = {}
    used: set[int] = set()
    for _, _, gi, pi in sorted(pairs):
        if gold[gi].ref in matched or pi in used:
            continue
        matched[gold[gi].ref] = predicted[pi]
        used.add(pi)
    return matched


def _describe_node(node: DomainNode) -> str:
    if node.label in TEXT_FIELDS:
        return f"{node.label} {_node_text(node)!r}"
    name = getattr(node, "name", None) or getattr(node, "title", None)
    return f"{node.id}" + (f" ({name})" if name else "")


def _gold_attrs(gold: GoldText, ref: str) -> Mapping[str, AttrValue]:
    return next((e.attrs for e in gold.entities if e.ref == ref), {})


_PERIOD = re.compile(r"^\d{4}-\d{4}$")


def _document_key(node_id: str) -> tuple[str, ...] | None:
    """(level, kind, scope..., period or ''): what a document id must agree on beyond its
    wording. A committee part of a municipal scope and a title part are ignored."""
    parts = node_id.split(":")
    if len(parts) < 4 or parts[0] != "Document":
        return None
    width = 1 if parts[3] == "se" else 2
    scope, rest = parts[3 : 3 + width], parts[3 + width :]
    period = rest[-1] if rest and _PERIOD.match(rest[-1]) else ""
    return (*parts[1:3], *scope, period)


def _same_adoption(e: GoldEntity, node: DomainNode) -> bool:
    day = e.attrs.get("adopted_on")
    return bool(day) and str(getattr(node, "adopted_on", "") or "")[:7] == str(day)[:7]


def _match_documents(
    gold: GoldText,
    predicted: Sequence[DomainNode],
    matched: Mapping[str, DomainNode],
    report: TextReport,
) -> dict[str, DomainNode]:
    """Gold documents whose id differs from every prediction only in wording: same level,
    kind, scope and period, and (without a period) at least half the title's words."""
    used = {n.id for n in matched.values()}
    pairs: list[tuple[float, bool, int, GoldEntity, DomainNode]] = []
    for order, e in enumerate(gold.entities):
        if e.label is not NodeLabel.DOCUMENT or e.ref in matched or e.id is None:
            continue
        key = _document_key(e.id)
        title = str(e.attrs.get("title") or "")
        for node in predicted:
            if node.label is not NodeLabel.DOCUMENT or _document_key(node.id) != key:
                continue
            if node.id in used:
                continue
            words = overlap(title, getattr(node, "title", "")) if title else 1.0
            if key and not key[-1] and words < MATCH_THRESHOLD:
                continue
            pairs.append((words, _same_adoption(e, node), order, e, node))
    # Best-worded pairs first (an agreeing adoption date breaks a tie), one to one, and as
    # many as can be: of two documents of one kind and scope ("IT-policy för skolan",
    # "Policy för digitala verktyg i skolan") each meets its own, and a title that fits two
    # nodes leaves the other node to the document only it fits.
    pairs.sort(key=lambda p: (-p[0], not p[1], p[2]))
    options: dict[str, list[DomainNode]] = {}
    for _words, _agree, _order, e, node in pairs:
        options.setdefault(e.ref, []).append(node)
    holder: dict[str, str] = {}  # node id -> gold ref

    def place(ref: str, seen: set[str]) -> bool:
        for node in options[ref]:
            if node.id in seen:
                continue
            seen.add(node.id)
            if node.id not in holder or place(holder[node.id], seen):
                holder[node.id] = ref
                return True
        return False

    for ref in options:  # in the order of each document's best pair
        place(ref, set())
    nodes = {n.id: n for n in predicted}
    found = {ref: nodes[node_id] for node_id, ref in holder.items()}
    candidates = set(options)
    for e in gold.entities:
        if e.ref in candidates and e.ref not in found:
            # Merged only when no node of its own matches: one node for two documents.
            report.merged.append(f"{e.describe()} and another gold document: one node")
    return found

"""Agreement between two annotators: one gold file scored as if it were predictions.

A second annotator's gold for the same page is turned into the facts an extractor
would give (nodes with the gold's ids, texts and attributes; links between them), and
scored against the first annotator's gold by the same matcher as extraction. The
figures are the ceiling an extractor can reach against either annotator: where two
careful readers disagree, no rule can agree with both.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from graph.edges import Evidence, Link, SourceFacts
from graph.nodes import (
    DatePrecision,
    DocumentKind,
    NodeLabel,
    NodeRecord,
    OrganizationKind,
    Source,
    from_record,
)
from ingest.evaluation.eval_gold import (
    GOLD_SUFFIX,
    TEXT_FIELDS,
    GoldEntity,
    GoldError,
    GoldText,
    load_gold_file,
    load_gold_set,
)
from ingest.evaluation.eval_scores import SetReport
from ingest.evaluation.evaluate import evaluate_facts

__all__ = ["agreement_set", "gold_as_facts"]

_RULE = "gold.second_annotator"
# The field each id-matched label is named by, filled from the id when the gold omits it.
_NAME_FIELDS = {
    NodeLabel.ORGANIZATION: "name",
    NodeLabel.PERSON: "name",
    NodeLabel.DOCUMENT: "title",
    NodeLabel.INITIATIVE: "name",
}


def _props(entity: GoldEntity) -> dict[str, Any]:
    """The node's properties: the gold's attributes, plus the required fields it omits
    (a name from the id's last part, a neutral kind), which the other annotator's
    attributes can then disagree with like any extractor's."""
    props: dict[str, Any] = dict(entity.attrs)
    if entity.label in TEXT_FIELDS:
        props[TEXT_FIELDS[entity.label]] = entity.text
        return props
    assert entity.id is not None  # id-matched labels always have one (eval_gold)
    name_field = _NAME_FIELDS[entity.label]
    props.setdefault(name_field, entity.id.rsplit(":", 1)[-1].replace("-", " "))
    if entity.label is NodeLabel.DOCUMENT:
        kind = entity.id.split(":")[2] if entity.id.count(":") >= 2 else ""
        kind = kind.replace("-", "_")
        props.setdefault("kind", kind if kind in {str(k) for k in DocumentKind} else "plan")
        props.setdefault("normalised_title", str(props["title"]).lower())
    elif entity.label is NodeLabel.ORGANIZATION:
        props.setdefault("kind", str(OrganizationKind.OTHER))
    return props


def gold_as_facts(gold: GoldText) -> SourceFacts:
    """One annotator's facts for a page, shaped as an extractor's output."""
    source = Source(
        id=f"Source:gold:{gold.name}",
        uri=gold.url or gold.name,
        sha256="",
        media_type="text/plain",
        text="",
        published_on=gold.published_on,
    )
    node_ids: dict[str, str] = {}
    nodes = []
    for entity in gold.entities:
        node_id = entity.id or f"{entity.label}:gold:{gold.name}:{entity.ref}"
        node_ids[entity.ref] = node_id
        nodes.append(from_record(NodeRecord(node_id, entity.label, _props(entity))))
    evidence = Evidence(source.id, 0, 0, "", _RULE, 1.0)
    links = []
    for r in gold.relations:
        date, precision, title = (r.attrs.get(k) for k in ("date", "date_precision", "title"))
        links.append(
            Link(
                type=r.type,
                from_id=node_ids[r.from_ref],
                to_id=node_ids[r.to_ref],
                evidence=evidence,
                date=str(date) if date is not None else None,
                date_precision=DatePrecision(str(precision)) if precision is not None else None,
                title=str(title) if title is not None else None,
            )
        )
    return SourceFacts(source=source, nodes=nodes, links=links)


def agreement_set(name: str, first: Path, second: Path) -> SetReport:
    """Score the second annotator's files against the first's gold files of the same
    name; pages only one of them annotated are left out. Raises GoldError on a bad file
    or when the two share no page."""
    golds = {g.name: g for g in load_gold_set(first, None, require_text=False)}
    report = SetReport(name=f"{name} (second annotator: {second})")
    for path in sorted(second.glob(f"*{GOLD_SUFFIX}")):
        other = load_gold_file(path, require_text=False)
        if other.name in golds:
            gold = golds[other.name]
            report.texts.append(evaluate_facts(gold, gold_as_facts(replace(other, url=gold.url))))
    if not report.texts:
        raise GoldError(f"{second}: no gold file with the name of one in {first}")
    return report

"""Inter-annotator agreement: a second annotator's gold scored against the first's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ingest.evaluation.eval_agreement import agreement_set
from ingest.evaluation.eval_gold import GoldError
from stratgraph.cli import app

KOMMUN = {
    "ref": "k",
    "label": "Organization",
    "id": "Organization:kommun:9999",
    "attrs": {"name": "Exempelby kommun", "kind": "municipality"},
}
KF = {
    "ref": "kf",
    "label": "Organization",
    "id": "Organization:kommun:9999:kommunfullmaktige",
    "attrs": {"name": "Kommunfullmäktige"},
}
PLAN = {
    "ref": "plan",
    "label": "Document",
    "id": "Document:municipal:plan:kommun:9999:2024-2027",
    "attrs": {"adopted_on": "2024-03-12"},
}
DECISION = {"ref": "d", "label": "Decision", "text": "anslå medel till fritidsgårdarna"}
RELATIONS = [
    {"type": "PART_OF", "from": "kf", "to": "k"},
    {"type": "ADOPTED", "from": "kf", "to": "plan", "attrs": {"date": "2024-03-12"}},
    {"type": "DECIDED", "from": "kf", "to": "d"},
]


def _write(directory: Path, name: str, entities: list[Any], relations: list[Any]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    doc = {
        "url": f"https://example.org/{name}",
        "published_on": None,
        "entities": entities,
        "relations": relations,
    }
    (directory / f"{name}.gold.json").write_text(json.dumps(doc), encoding="utf-8")


def test_identical_annotations_agree_fully(tmp_path: Path) -> None:
    entities = [KOMMUN, KF, PLAN, DECISION]
    _write(tmp_path / "a", "p1", entities, RELATIONS)
    _write(tmp_path / "b", "p1", entities, RELATIONS)
    report = agreement_set("s", tmp_path / "a", tmp_path / "b")
    assert (report.entity_total.tp, report.entity_total.fp, report.entity_total.fn) == (4, 0, 0)
    assert (report.relation_total.tp, report.relation_total.fp) == (3, 0)


def test_disagreements_count_as_misses_and_false_positives(tmp_path: Path) -> None:
    _write(tmp_path / "a", "p1", [KOMMUN, KF, PLAN, DECISION], RELATIONS)
    # The second reader dates the plan a day later, words the decision differently
    # (still the same decision), and sees no DECIDED link but a PART_OF.
    plan_b = {**PLAN, "attrs": {"adopted_on": "2024-03-13"}}
    decision_b = {**DECISION, "text": "kommunen anslår medel till fritidsgårdarna i år"}
    relations_b = [
        RELATIONS[0],
        {"type": "ADOPTED", "from": "kf", "to": "plan", "attrs": {"date": "2024-03-13"}},
    ]
    _write(tmp_path / "b", "p1", [KOMMUN, KF, plan_b, decision_b], relations_b)
    report = agreement_set("s", tmp_path / "a", tmp_path / "b")
    docs = report.entities["Document"]
    assert (docs.tp, docs.fp, docs.fn) == (0, 1, 1)  # matched, but its date differs
    assert report.entities["Decision"].tp == 1
    assert report.relations["PART_OF"].tp == 1
    assert report.relations["DECIDED"].fn == 1
    adopted = report.relations["ADOPTED"]
    assert (adopted.tp, adopted.fp, adopted.fn) == (0, 1, 1)


def test_only_pages_both_annotated_are_scored(tmp_path: Path) -> None:
    _write(tmp_path / "a", "p1", [KOMMUN], [])
    _write(tmp_path / "a", "p2", [KOMMUN, KF], [RELATIONS[0]])
    _write(tmp_path / "b", "p2", [KOMMUN, KF], [RELATIONS[0]])
    report = agreement_set("s", tmp_path / "a", tmp_path / "b")
    assert [t.name for t in report.texts] == ["p2"]
    _write(tmp_path / "c", "p9", [KOMMUN], [])
    with pytest.raises(GoldError, match="no gold file with the name"):
        agreement_set("s", tmp_path / "a", tmp_path / "c")


def test_cli_against_needs_one_set_and_prints_the_agreement(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "s", "p1", [KOMMUN, KF], [RELATIONS[0]])
    _write(tmp_path / "second", "p1", [KOMMUN, KF], [])
    runner = CliRunner()
    args = ["eval", "--gold", str(tmp_path / "gold"), "--against", str(tmp_path / "second")]
    refused = runner.invoke(app, args)
    assert refused.exit_code == 2
    assert "exactly one --set" in refused.output
    result = runner.invoke(app, [*args, "--set", "s"])
    assert result.exit_code == 0, result.output
    assert "second annotator" in result.output
    assert "R=0.000 F1=0.000 (TP 0, FP 0, FN 1)" in result.output.replace("\n", "")

"""`stratgraph eval --brief` and `--pooled`: a line per set, and sets counted together."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ingest.evaluation.eval_brief import pooled
from ingest.evaluation.evaluate import evaluate_set
from stratgraph.cli import app
from tests.ingest.test_evaluate_sets import write_set


def _two_sets(root: Path) -> None:
    tiny = write_set(root)
    shutil.copytree(tiny, root / "gold" / "twin")


def test_brief_prints_a_row_per_set_and_the_pooled_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _two_sets(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--gold", "gold", "--brief"])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[1:]]
    assert [row[0] for row in rows] == ["tiny", "twin", "pooled"]
    assert rows[-1][1] == "2"  # the pooled line counts both sets' texts
    assert "micro total" not in result.output  # no per-label tables


def test_pooled_tables_count_every_chosen_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _two_sets(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--gold", "gold", "--pooled"])
    assert result.exit_code == 0, result.output
    assert "set tiny+twin (2 texts): entities" in result.output
    one = evaluate_set("tiny", tmp_path / "gold" / "tiny")
    both = pooled([one, evaluate_set("twin", tmp_path / "gold" / "twin")])
    assert both.entity_total.tp == 2 * one.entity_total.tp > 0


def test_brief_refuses_the_detail_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_set(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--gold", "gold", "--brief", "--details"])
    assert result.exit_code == 2
    assert "drop --details" in result.output

"""Extraction quality targets, measured against the gold sets in tests/gold/.

These are the targets of the extraction rules, not a description of them: they
fail until the rules reach them. `pytest -s tests/ingest/test_quality.py` (or
`stratgraph eval --details`) shows the score tables and what was missed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from rich.console import Console

from ingest.evaluation.evaluate import GOLD_SUFFIX, SetReport, evaluate_set, render_set

GOLD = Path(__file__).resolve().parents[1] / "gold"

# set name -> (entity F1, relation F1) it must reach
TARGETS = {"seeds": (0.95, 0.85), "second": (0.85, 0.70)}


@cache
def scored(name: str) -> SetReport:
    return evaluate_set(name, GOLD / name)


def _check(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    directory = GOLD / name
    if not any(directory.glob(f"*{GOLD_SUFFIX}")):
        if name == "seeds":
            pytest.fail(f"no gold files in {directory}")
        pytest.skip(f"no gold files in {directory} yet")
    report = scored(name)
    with capsys.disabled():
        console = Console(width=110)
        console.print()
        render_set(report, console)
        console.print(report.summary(), markup=False, highlight=False)
    entity_target, relation_target = TARGETS[name]
    entities, relations = report.entity_total, report.relation_total
    failures = []
    if entities.f1 < entity_target:
        failures.append(f"entity F1 {entities.f1:.3f} < {entity_target}")
    if relations.f1 < relation_target:
        failures.append(f"relation F1 {relations.f1:.3f} < {relation_target}")
    assert not failures, (
        f"{'; '.join(failures)}. {report.summary()} (details: stratgraph eval --details)"
    )


def test_seed_pages_reach_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    _check("seeds", capsys)


def test_second_set_reaches_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    _check("second", capsys)

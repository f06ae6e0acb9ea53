"""The unseen-page audit tool (tests/gold/unseen_output.py) reads saved answers and diffs dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import gold_script

TEXT = (
    "Kommunfullmäktige i Sävsjö kommun antog den 12 juni 2023 en ny klimatstrategi för 2023-2030.\n"
)


def _answer(folder: Path, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    result = {"rank": 1, "url": "https://www.savsjo.se/nyheter/klimat.html", "excerpt": text}
    (folder / "a01_klimat.json").write_text(json.dumps(result), encoding="utf-8")


def test_dump_then_diff_lists_only_changed_facts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = gold_script("unseen_output")
    _answer(tmp_path / "fresh", TEXT)
    tool.main(["dump", "--out", str(tmp_path / "a.json"), str(tmp_path / "fresh")])
    before = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    facts = before["fresh/a01_klimat"]
    assert any(f.startswith("L ADOPTED ") and "2023-06-12" in f for f in facts)

    assert tool.diff(tmp_path / "a.json", tmp_path / "a.json") == 0
    _answer(tmp_path / "fresh", TEXT.replace("antog den 12 juni 2023 ", "antog "))
    tool.main(["dump", "--out", str(tmp_path / "b.json"), str(tmp_path / "fresh")])
    capsys.readouterr()
    assert tool.diff(tmp_path / "a.json", tmp_path / "b.json") > 0
    shown = capsys.readouterr().out
    assert "- L ADOPTED " in shown and "2023-06-12" in shown

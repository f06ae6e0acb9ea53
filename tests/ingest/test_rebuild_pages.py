"""tests/gold/rebuild_pages.py: pages from saved answers, and the searches still to run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .helpers import gold_script


def _gold(set_dir: Path, name: str, url: str) -> None:
    gold = {"url": url, "query": f"sökord {name}", "entities": [], "relations": []}
    (set_dir / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_todo_lists_the_missing_and_the_wrong_answers_and_rebuild_writes_the_rest(
    tmp_path: Path,
) -> None:
    rebuild = gold_script("rebuild_pages")
    set_dir = tmp_path / "realx"
    (set_dir / "answers").mkdir(parents=True)
    for name in ("a01", "a02", "a03", "a04"):
        _gold(set_dir, name, f"https://example.se/{name}")
    saved = {"rank": 1, "url": "https://example.se/a01", "excerpt": "Sidans text."}
    (set_dir / "answers" / "a01.json").write_text(json.dumps(saved), encoding="utf-8")
    wrong = {"rank": 2, "url": "https://example.se/other", "excerpt": "Annan sida."}
    (set_dir / "answers" / "a02.json").write_text(json.dumps(wrong), encoding="utf-8")
    (set_dir / "answers" / "a03.json").write_text("{not json", encoding="utf-8")

    listed = rebuild.todo(set_dir)

    assert [(e["set"], e["name"], e["query"]) for e in listed] == [
        ("realx", "a02", "sökord a02"),
        ("realx", "a03", "sökord a03"),
        ("realx", "a04", "sökord a04"),
    ]
    written, problems = rebuild.rebuild(set_dir)
    assert written == 1 and len(problems) == 3
    assert (set_dir / "pages" / "a01.txt").read_text(encoding="utf-8") == "Sidans text.\n"


def test_save_keeps_only_the_result_with_the_gold_url_and_refuses_others(
    tmp_path: Path,
) -> None:
    rebuild = gold_script("rebuild_pages")
    set_dir = tmp_path / "realx"
    set_dir.mkdir()
    _gold(set_dir, "a01", "https://example.se/a01")
    answer = {
        "results": [
            {"rank": 1, "url": "https://example.se/other", "excerpt": "Annan sida."},
            {"rank": 2, "url": "https://example.se/a01", "excerpt": "Sidans text."},
        ]
    }

    target = rebuild.save(set_dir, "a01", json.dumps(answer))

    assert json.loads(target.read_text(encoding="utf-8"))["excerpt"] == "Sidans text."
    assert rebuild.todo(set_dir) == []
    for raw in ('{"rank": 1, "url": "https://example.se/other", "excerpt": "x"}', "{not"):
        with pytest.raises(ValueError):
            rebuild.save(set_dir, "a01", raw)
    assert json.loads(target.read_text(encoding="utf-8"))["excerpt"] == "Sidans text."

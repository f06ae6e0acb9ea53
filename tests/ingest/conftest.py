"""Fixtures of the ingest tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from ingest.evaluation.evaluate import GoldText, load_gold_file
from tests.ingest.eval_helpers import GoldFactory


@pytest.fixture
def make_gold(tmp_path: Path) -> GoldFactory:
    """Write a gold file (and its text) and load it back through the real loader."""

    def make(
        entities: Sequence[dict[str, Any]],
        relations: Sequence[dict[str, Any]] = (),
        **top: Any,
    ) -> GoldText:
        (tmp_path / "page.txt").write_text("Text.", encoding="utf-8")
        doc = {"published_on": "2024-02-23", "entities": entities, "relations": relations}
        path = tmp_path / "page.gold.json"
        path.write_text(json.dumps({**doc, **top}), encoding="utf-8")
        return load_gold_file(path)

    return make

"""Shared by the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def embedded_store(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The embedded store in a fresh directory, whatever the caller's environment says."""
    for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("STRATGRAPH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path / "data"

"""The rule that Neo4j tests fail, not skip, under CI."""

from __future__ import annotations

import pytest

from tests.conftest import _neo4j_unavailable


def test_missing_neo4j_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="required under CI: gone"):
        _neo4j_unavailable("gone")


def test_missing_neo4j_skips_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="gone"):
        _neo4j_unavailable("gone")

"""Bad sources never stop a batch (issue 10, item 4): each fails alone, markup-like text
in its name or error is printed as it is, and the summary always comes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.edges import SourceFacts
from graph.nodes import Source
from ingest.limits import Deadline
from ingest.pipeline import extract
from stratgraph.cli import app
from tests.helpers import sample_files

runner = CliRunner()


def test_square_brackets_in_errors_and_names_do_not_crash_the_batch(tmp_path: Path) -> None:
    # In ".../batch[/red]trasig.txt" rich read "[/red]" as a closing tag never opened and
    # raised MarkupError: the rest of the batch and the summary were lost.
    batch = tmp_path / "batch["
    batch.mkdir()
    shutil.copy(sample_files()[0], batch / "a.txt")
    (batch / "red]trasig.txt").write_bytes(b"")
    (batch / "[bold]latin1.txt").write_bytes("Hällö [/bold] värld".encode("latin-1"))
    result = runner.invoke(app, ["ingest", str(batch), "--jobs", "1"], env={"COLUMNS": "400"})
    assert result.exit_code == 1, result.output
    assert "sources: 1 created, 0 unchanged, 0 updated, 2 failed" in result.stdout
    assert "batch[/red]trasig.txt: file is empty" in result.output
    assert "[bold]latin1.txt: not valid UTF-8" in result.output  # shown, not taken as style
    assert "batch[/[bold]latin1.txt" in result.stdout


def test_an_unexpected_error_in_one_source_fails_that_source_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flaky(source: Source, deadline: Deadline | None = None) -> SourceFacts:
        if source.uri.endswith("b.txt"):
            raise IndexError("a rule tripped [/x]")
        return extract(source, deadline)

    monkeypatch.setattr("ingest.batch.extract", flaky)
    batch = tmp_path / "batch"
    batch.mkdir()
    first, second = sample_files()[:2]
    shutil.copy(first, batch / "a.txt")
    shutil.copy(second, batch / "b.txt")
    result = runner.invoke(app, ["ingest", str(batch), "--jobs", "1"], env={"COLUMNS": "400"})
    assert result.exit_code == 1, result.output
    assert "sources: 1 created, 0 unchanged, 0 updated, 1 failed" in result.stdout
    assert "b.txt: cannot be read (internal error)" in result.output

"""Imports flow one way (.importlinter), and what only ingesting needs stays unloaded
until something ingests: the HTTP app and the read-only commands never load spaCy or
the extraction rules."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
# Runs in a fresh interpreter: its argv are the output file, then either "import MODULE"
# or a stratgraph command line. Writes the exit code and which of what ingesting loads
# (spaCy, the pipeline and its rules) got loaded.
PROBE = """
import json, sys
out, how, *rest = sys.argv[1:]
code = 0
if how == "import":
    __import__(rest[0])
else:
    from stratgraph.cli import app
    try:
        app(rest, prog_name="stratgraph")
    except SystemExit as exc:
        code = exc.code
heavy = ("spacy", "ingest.rules", "ingest.pipeline")
loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
open(out, "w").write(json.dumps({"code": code, "loaded": loaded}))
"""


def _lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(ROOT / ".importlinter")],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_imports_flow_one_way() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def _write(root: Path, module: str, source: str = "") -> None:
    path = root.joinpath(*module.split(".")).with_suffix(".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    for parent in [path.parent, *path.parent.parents]:
        if parent == root:
            break
        (parent / "__init__.py").touch()
    path.write_text(source, encoding="utf-8")


def test_the_contract_finds_a_back_edge(tmp_path: Path) -> None:
    # A miniature of the layout: the imports the contracts allow by name, and one back edge.
    for module, source in {
        "stratgraph.cli": "import ingest.batch\nimport stratgraph.cli_eval\n",
        "stratgraph.cli_eval": "import ingest.evaluation.evaluate\n",
        "schema.web_export": "import schema.export\n",
        "schema.export": "import graph.nodes\n",
        "schema.mutation": "import ingest.batch\n",
        "ingest.batch": "import ingest.pipeline\n",
        "ingest.pipeline": "import ingest.rules.extract\n",
        "ingest.rules.extract": "import graph.nodes\n",
        "ingest.evaluation.evaluate": "",
        "graph.nodes": "import stratgraph.settings\n",  # the back edge
        "stratgraph.settings": "",
        "queries.load": "",
    }.items():
        _write(tmp_path, module, source)
    result = _lint(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "graph is not allowed to import stratgraph" in result.stdout
    assert "graph.nodes -> stratgraph.settings" in result.stdout
    assert "3 kept" not in result.stdout


def _heavy_modules_loaded(tmp_path: Path, *argv: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "STRATGRAPH_"))}
    env["STRATGRAPH_DATA_DIR"] = str(tmp_path / "data")  # an empty embedded store
    out = tmp_path / "probe.json"
    subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *argv],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    found = json.loads(out.read_text(encoding="utf-8"))
    assert found["code"] in (0, None), f"{argv} exited with {found['code']}"
    loaded: list[str] = found["loaded"]
    return loaded


def test_the_probe_sees_the_pipeline_load(tmp_path: Path) -> None:
    loaded = _heavy_modules_loaded(tmp_path, "import", "ingest.pipeline")
    assert {"spacy", "ingest.rules", "ingest.pipeline"} <= set(loaded)


@pytest.mark.parametrize("module", ["schema.app", "schema.api", "stratgraph.cli"])
def test_importing_the_api_loads_no_pipeline(tmp_path: Path, module: str) -> None:
    assert _heavy_modules_loaded(tmp_path, "import", module) == []


@pytest.mark.parametrize(
    "command",
    [
        ["query", "{ documents(filter: {}, first: 1) { totalCount } }"],
        ["stats"],
        ["report", "coverage", "--county", "22"],
        ["schema"],
    ],
    ids=lambda command: command[0] if command[0] != "report" else "report",
)
def test_a_read_only_command_loads_no_pipeline(tmp_path: Path, command: list[str]) -> None:
    assert _heavy_modules_loaded(tmp_path, "run", *command) == []

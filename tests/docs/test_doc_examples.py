"""Every example in README.md and docs/*.md runs as written (issue 14), on the four sample
pages ingested into a fresh embedded store:

- a GraphQL block is posted to the HTTP app (with the API key, as the docs say the
  personal data operations need) and must answer without errors;
- a shell block runs in bash from a scratch directory that holds what the docs' commands
  name (`.venv`, `examples/`, `samples/`, a plan PDF), with the store in a temporary data
  directory; every command must succeed and no answer may carry GraphQL errors. A block
  that calls the server at 127.0.0.1:8000 gets a real server on that store;
- a Python block must compile, and its imports must resolve.

A block marked ``<!-- not run: reason -->`` (tests/docs/blocks.py) is skipped with that
reason. Blocks of other languages (JSON answers, diagrams, page text) are not programs.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from bench.plan_pdf import build_plan
from graph.factory import open_store
from schema.app import create_app
from stratgraph.settings import Settings
from tests.docs.blocks import SHELL, Block, all_blocks
from tests.helpers import ROOT, SAMPLES, ingest_samples
from tests.server_thread import serving

KEY = "docs-example-key"
SHELL_SECONDS = 180
LONG_RUNNING = re.compile(r"stratgraph\s+(serve|neo4j\s+start)\b|scripts/(run|test)\.sh")
DOCUMENTED_SERVER = "http://127.0.0.1:8000"
RUNNABLE = SHELL | {"graphql", "python"}
BLOCKS = [b for b in all_blocks() if b.lang in RUNNABLE]


def _settings(data_dir: Path) -> Settings:
    return Settings.model_construct(data_dir=data_dir, api_key=SecretStr(KEY))


@pytest.fixture(scope="module")
def seeded_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory whose embedded store holds the four sample pages."""
    data = tmp_path_factory.mktemp("seeded") / "data"
    store = open_store(_settings(data).store_config())
    try:
        ingest_samples(store)
    finally:
        store.close()
    return data


@pytest.fixture
def data_dir(seeded_data: Path, tmp_path: Path) -> Path:
    """A copy of the seeded store for one block: blocks that erase or restrict a person
    leave the next block the samples as they were."""
    copy = tmp_path / "data"
    shutil.copytree(seeded_data, copy)
    return copy


def _workdir(tmp_path: Path) -> Path:
    """What the docs' commands refer to, relative to the repository root, plus the files
    they take as input: plan.pdf and handlingsplan.pdf (the benchmark plan, fictional) and
    a folder documents/ of pages."""
    work = tmp_path / "work"
    work.mkdir()
    for name in (".venv", "examples", "samples"):
        (work / name).symlink_to(ROOT / name)
    plan = build_plan().data
    (work / "plan.pdf").write_bytes(plan)
    (work / "handlingsplan.pdf").write_bytes(plan)
    (work / "documents").mkdir()
    (work / "documents" / "plan.pdf").write_bytes(plan)
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], work / "documents")
    return work


def _environment(data_dir: Path) -> dict[str, str]:
    """The caller's environment without a Neo4j store or the venv on PATH: the docs must
    name the commands as a user without an activated venv types them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "STRATGRAPH_"))}
    venv_bin = str(ROOT / ".venv" / "bin")
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    env.pop("VIRTUAL_ENV", None)
    env["STRATGRAPH_DATA_DIR"] = str(data_dir)
    env["STRATGRAPH_API_KEY"] = KEY
    return env


def _run_shell(block: Block, data_dir: Path, tmp_path: Path) -> None:
    # Never start a server from an unmarked block: it would outlive the test.
    assert not LONG_RUNNING.search(block.text), (
        f"{block.name} starts a server or the whole suite: mark it <!-- not run: why -->"
    )
    work = _workdir(tmp_path)
    with _server_if_called(block, data_dir) as base:
        script = block.text.replace(DOCUMENTED_SERVER, base or DOCUMENTED_SERVER)
        returncode, out, err = _bash(script, work, _environment(data_dir))
    told = f"{block.name} exited {returncode}\n{out}\n{err}"
    assert returncode == 0, told
    assert '"errors"' not in out, told


def _bash(script: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, str]:
    """Run the script in its own process group, all of which is killed if it overruns."""
    with subprocess.Popen(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(timeout=SHELL_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            err += f"\n(killed after {SHELL_SECONDS} s)"
        return process.returncode, out, err


@contextmanager
def _server_if_called(block: Block, data_dir: Path) -> Iterator[str | None]:
    """A real server on the block's store when the block calls one, else nothing."""
    if DOCUMENTED_SERVER not in block.text:
        yield None
        return
    settings = _settings(data_dir)
    store = open_store(settings.store_config())
    try:
        with serving(create_app(settings, store)) as base:
            yield base
    finally:
        store.close()


@pytest.fixture
def client(data_dir: Path) -> Iterator[TestClient]:
    settings = _settings(data_dir)
    store = open_store(settings.store_config())
    try:
        with TestClient(create_app(settings, store)) as c:
            yield c
    finally:
        store.close()


def _run_graphql(block: Block, client: TestClient) -> None:
    answer = client.post("/graphql", json={"query": block.text}, headers={"X-API-Key": KEY})
    body = answer.json()
    assert "errors" not in body, f"{block.name}: {body['errors']}"
    assert answer.status_code == 200
    assert body["data"], f"{block.name} answered no data"


def _check_python(block: Block) -> None:
    tree = ast.parse(block.text, filename=block.name)
    compile(tree, block.name, "exec")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            module = importlib.import_module(node.module)
            for alias in node.names:
                assert hasattr(module, alias.name), f"{block.name}: {node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)


@pytest.mark.parametrize("block", BLOCKS, ids=[b.name for b in BLOCKS])
def test_doc_example_runs(block: Block, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if block.not_run is not None:
        pytest.skip(f"marked not run: {block.not_run}")
    if block.lang == "python":
        _check_python(block)
    elif block.lang == "graphql":
        _run_graphql(block, request.getfixturevalue("client"))
    else:
        _run_shell(block, request.getfixturevalue("data_dir"), tmp_path)


def test_the_collection_finds_the_examples() -> None:
    """The README's lineage query and its commands are collected, and few blocks are marked."""
    readme = [b for b in BLOCKS if b.path.name == "README.md"]
    assert any(b.lang == "graphql" and "lineage(" in b.text for b in readme)
    assert any(b.lang == "bash" and ".venv/bin/stratgraph query" in b.text for b in readme)
    # docs/benchmarks.md records measurements of minutes to hours: every block there is
    # marked. Of the usage examples, at most a third may be.
    usage = [b for b in BLOCKS if b.path.name != "benchmarks.md"]
    marked = [b.name for b in usage if b.not_run]
    assert len(marked) <= len(usage) // 3, marked
    bench_reasons = [b.not_run for b in BLOCKS if b.path.name == "benchmarks.md"]
    assert all(r is not None and "benchmark" in r for r in bench_reasons), bench_reasons

"""graphql-schema-linter on the published schema (tools/schema-lint): descriptions on every
type, field, argument, input value and enum value, and connections by the Relay spec.

Needs Node; without it the test skips and test_schema_descriptions.py still checks the
descriptions in pure Python.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import ROOT

TOOL = ROOT / "tools" / "schema-lint"
LINTER = TOOL / "node_modules" / ".bin" / "graphql-schema-linter"


@pytest.fixture(scope="module")
def linter() -> Path:
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("graphql-schema-linter needs Node and npm, which are not installed")
    if not LINTER.exists():
        installed = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"],
            cwd=TOOL,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if installed.returncode != 0 or not LINTER.exists():
            pytest.skip(f"`npm ci` in tools/schema-lint failed (no registry?): {installed.stderr}")
    return LINTER


def lint(linter: Path, schema: Path) -> subprocess.CompletedProcess[str]:
    # Run from the tool's folder: the rules are in its package.json.
    return subprocess.run(
        [str(linter), str(schema)], cwd=TOOL, capture_output=True, text=True, timeout=120
    )


def test_the_published_schema_passes_the_linter(linter: Path) -> None:
    result = lint(linter, ROOT / "schema.graphql")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_linter_rules_are_on(linter: Path, tmp_path: Path) -> None:
    sdl = tmp_path / "bare.graphql"
    sdl.write_text(
        '"""Described."""\ntype Query {\n  """Described."""\n  a(x: Int): Int\n  b: Int\n}\n'
        'enum Kind { ONE }\n"""Described."""\ntype ThingConnection {\n'
        '  """Described."""\n  total: Int\n}\n',
        encoding="utf-8",
    )
    result = lint(linter, sdl)
    assert result.returncode != 0
    for rule in (
        "arguments-have-descriptions",
        "fields-have-descriptions",
        "types-have-descriptions",
        "enum-values-have-descriptions",
        "relay-connection-types-spec",
    ):
        assert rule in result.stdout, (rule, result.stdout)

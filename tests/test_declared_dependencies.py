"""Every library the packages import directly is a declared dependency, and every
data file they read ships with them."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("stratgraph", "graph", "ingest", "schema", "queries")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _top_level_imports() -> dict[str, str]:
    """Imported top-level module -> a file that imports it (absolute imports only)."""
    found: dict[str, str] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def test_every_imported_library_is_declared() -> None:
    declared = {_name(r) for r in PROJECT["project"]["dependencies"]}
    distributions = packages_distributions()
    missing = []
    for module, where in sorted(_top_level_imports().items()):
        if module in PACKAGES or module in sys.stdlib_module_names or module == "__future__":
            continue
        names = {d.lower().replace("_", "-") for d in distributions.get(module, [module])}
        if not names & declared:
            missing.append(f"{module} ({sorted(names)}, imported by {where})")
    assert not missing, f"imported but not declared in pyproject.toml: {missing}"


def test_every_data_file_of_a_package_ships_with_it() -> None:
    patterns = PROJECT["tool"]["setuptools"]["package-data"]
    unshipped = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            relative = path.relative_to(ROOT / package)
            if not any(relative.match(p) for p in patterns.get(package, [])):
                unshipped.append(str(path.relative_to(ROOT)))
    assert not unshipped, f"data files not in [tool.setuptools.package-data]: {unshipped}"

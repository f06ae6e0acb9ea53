"""Every query the service runs, one file per query per engine (.sql for SQLite, .cypher for Neo4j).

Queries take parameters only; none is ever assembled from user text.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Literal

Engine = Literal["sql", "cypher"]


@cache
def load(name: str, engine: Engine) -> str:
    """The text of queries/<name>.<engine>."""
    path = resources.files(__name__).joinpath(f"{name}.{engine}")
    if not path.is_file():
        raise FileNotFoundError(f"no query file queries/{name}.{engine}")
    return path.read_text(encoding="utf-8")


def statements(name: str, engine: Engine) -> list[str]:
    """The statements of a multi-statement file (schema files), split on ';' line ends."""
    body = "\n".join(
        line
        for line in load(name, engine).splitlines()
        if not line.lstrip().startswith("--") and not line.lstrip().startswith("//")
    )
    return [s.strip() for s in body.split(";\n") if s.strip().rstrip(";")]

"""Every query the service runs, one file per query per engine (.sql for SQLite, .cypher for Neo4j).

Queries take parameters only; none is ever assembled from user text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Literal

Engine = Literal["sql", "cypher"]

# A block repeated once per relationship type, so that the type list lives in one
# place (graph.edges.LinkType) and no query file enumerates it by hand:
#   //@each type [joined by WORDS]     ...lines using {TYPE} and {type}...   //@end
# "{TYPES}" elsewhere becomes the types joined by "|".
_BLOCK = re.compile(
    r"^[ \t]*//@each type(?: joined by (?P<sep>[^\n]+))?\n(?P<body>.*?)^[ \t]*//@end[ \t]*\n?",
    re.MULTILINE | re.DOTALL,
)


@cache
def load(name: str, engine: Engine) -> str:
    """The text of queries/<name>.<engine>."""
    path = resources.files(__name__).joinpath(f"{name}.{engine}")
    if not path.is_file():
        raise FileNotFoundError(f"no query file queries/{name}.{engine}")
    return path.read_text(encoding="utf-8")


def expand(text: str, types: Sequence[str]) -> str:
    """The text with each //@each type block repeated per type and {TYPES} filled in."""

    def repeat(block: re.Match[str]) -> str:
        body, sep = block["body"], block["sep"]
        copies = [body.replace("{TYPE}", t).replace("{type}", t.lower()) for t in types]
        return (f"{sep.strip()}\n" if sep else "").join(copies)

    return _BLOCK.sub(repeat, text).replace("{TYPES}", "|".join(types))


# A block repeated once per level of a walk, {LEVEL} numbered from 1 (queries/lineage.cypher):
#   //@each level     ...lines using {LEVEL}...     //@end
_LEVEL_BLOCK = re.compile(r"^//@each level\n(?P<body>.*?)^//@end\n", re.MULTILINE | re.DOTALL)


def repeat_levels(text: str, levels: int) -> str:
    """The text with its //@each level block repeated for levels 1 to `levels`."""
    block = _LEVEL_BLOCK.search(text)
    if block is None:
        raise ValueError("the query has no //@each level block")
    steps = "".join(block["body"].replace("{LEVEL}", str(n)) for n in range(1, levels + 1))
    return text[: block.start()] + steps + text[block.end() :]


def statements(name: str, engine: Engine, types: Sequence[str] = ()) -> list[str]:
    """The statements of a multi-statement file (schema files), split on ';' line ends."""
    body = "\n".join(
        line
        for line in expand(load(name, engine), types).splitlines()
        if not line.lstrip().startswith("--") and not line.lstrip().startswith("//")
    )
    return [s.strip() for s in body.split(";\n") if s.strip().rstrip(";")]

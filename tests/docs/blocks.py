"""The fenced code blocks of README.md and docs/*.md, with the marker that may precede one.

A block the doc test cannot run is marked on the line before it, visibly in the source:
``<!-- not run: <reason> -->`` (a Neo4j server, the internet, a server that runs forever).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT

FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[\w+-]*)\s*$")
NOT_RUN = re.compile(r"^<!--\s*not run:\s*(?P<reason>.+?)\s*-->$")
SHELL = frozenset({"bash", "sh", "shell", "console"})


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    text: str
    not_run: str | None  # the marker's reason

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def blocks_of(path: Path) -> list[Block]:
    lines = path.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip() != "```":
            end += 1
        previous = next((s.strip() for s in reversed(lines[:i]) if s.strip()), "")
        marker = NOT_RUN.match(previous)
        found.append(
            Block(
                path=path,
                line=i + 1,
                lang=opening["lang"].lower(),
                text="\n".join(lines[i + 1 : end]) + "\n",
                not_run=marker["reason"] if marker else None,
            )
        )
        i = end + 1
    return found


def all_blocks() -> list[Block]:
    return [block for path in doc_files() for block in blocks_of(path)]

"""Does extraction time grow linearly with input size?

    python -m bench.linear [--start 4] [--doublings 5] [--runs 2]

Builds two inputs and doubles each --doublings times, starting from --start copies:

- page: a realistic news page (samples/002_*.txt, ~3,000 characters in 25 lines)
  repeated, with a blank line between copies;
- line: the same page with every line break turned into a space, repeated on one
  single line (broken before extraction at segment.MAX_LINE_CHARS);
- word: one run of letters and punctuation without any whitespace, as long as the
  line input (broken every MAX_LINE_CHARS characters).

For each size it prints the best of --runs timings of ingest.pipeline.extract (the
whole rule pipeline, spaCy included), the time per 1,000 characters, and the
ratio to the previous size: ~2.0 is linear, ~4.0 quadratic.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from collections.abc import Callable
from pathlib import Path

from graph.nodes import Source
from ingest.pipeline import extract

PAGE = Path(__file__).resolve().parent.parent / "samples" / "002_53e0ffeb4219bfca.txt"


def _page(copies: int) -> str:
    return "\n\n".join([PAGE.read_text(encoding="utf-8")] * copies)


def _line(copies: int) -> str:
    one = " ".join(PAGE.read_text(encoding="utf-8").split())
    return " ".join([one] * copies)


def _word(copies: int) -> str:
    rng = random.Random(copies)
    return "".join(rng.choices("abcdefåäöÅÄÖ.,-|:()0123456789", k=len(_line(copies))))


INPUTS: dict[str, Callable[[int], str]] = {"page": _page, "line": _line, "word": _word}


def _source(text: str) -> Source:
    return Source(
        id="Source:bench-linear",
        uri="https://www.kramfors.se/bench-linear",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        media_type="text/plain",
        text=text,
        published_on="2022-06-28",
    )


def _seconds(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        extract(_source(text))
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=4, help="copies in the smallest input")
    parser.add_argument("--doublings", type=int, default=5)
    parser.add_argument("--runs", type=int, default=2, help="timings per size (best is kept)")
    parser.add_argument("--inputs", default=",".join(INPUTS), help="page,line,word")
    args = parser.parse_args(argv)
    extract(_source(_page(1)))  # build the spaCy pipeline and warm the caches
    print("| input | characters | seconds | µs per 1,000 chars | ratio to previous |")
    print("|---|---|---|---|---|")
    for name in args.inputs.split(","):
        previous: float | None = None
        for step in range(args.doublings + 1):
            text = INPUTS[name](args.start * 2**step)
            seconds = _seconds(text, args.runs)
            ratio = f"{seconds / previous:.2f}" if previous else "-"
            per_k = seconds / len(text) * 1e9  # µs per 1,000 characters
            print(f"| {name} | {len(text)} | {seconds:.2f} | {per_k:.0f} | {ratio} |", flush=True)
            previous = seconds


if __name__ == "__main__":
    main()

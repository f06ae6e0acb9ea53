"""The national benchmark's figures and the Markdown tables it prints."""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from pathlib import Path

from bench.national_load import WINDOW, LoadFigures
from bench.national_timing import Timing

STRATGRAPH, RAW, PEER = "stratgraph", "raw", "peer"


@dataclass(frozen=True)
class Cell:
    store: str  # SQLite or Neo4j
    fraction: float
    operation: str
    impl: str  # STRATGRAPH, RAW (Cypher or SQL) or PEER (@neo4j/graphql)
    answer: str  # the answer's size (bench.national_ops)
    timing: Timing


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"machine: {model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
        f"python {platform.python_version()}; load average {load}"
    )


def _ms(value: float) -> str:
    if value != value:  # NaN: nothing answered
        return "-"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 1 else f"{value:.2f}"


def _ratio(a: float, b: float) -> str:
    if a != a or b != b or not b:
        return "-"
    return f"{a / b:.1f}x" if a / b >= 10 else f"{a / b:.2f}x"


def load_table(loads: list[tuple[float, LoadFigures]]) -> str:
    lines = [
        f"| store | fraction | sources | relationships | seconds | rel/s "
        f"| ms/source, first {WINDOW} | ms/source, last {WINDOW} |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for fraction, f in loads:
        lines.append(
            f"| {f.store} | {fraction:g} | {f.sources:,} | {f.relationships:,} "
            f"| {f.seconds:,.0f} | {f.rate:,.0f} | {f.first_ms():.1f} | {f.last_ms():.1f} |"
        )
    return "\n".join(lines)


class Results:
    def __init__(self) -> None:
        self.cells: list[Cell] = []

    def add(self, cell: Cell) -> None:
        self.cells.append(cell)

    def get(
        self, store: str, fraction: float, operation: str, impl: str, concurrency: int
    ) -> Cell | None:
        for c in self.cells:
            if (c.store, c.fraction, c.operation, c.impl, c.timing.concurrency) == (
                store,
                fraction,
                operation,
                impl,
                concurrency,
            ):
                return c
        return None

    def _rows(self, fraction: float) -> list[tuple[str, str]]:
        seen: dict[tuple[str, str], None] = {}
        for c in self.cells:
            if c.fraction == fraction:
                seen[(c.store, c.operation)] = None
        return list(seen)

    def main_table(self, fraction: float, low: int, high: int) -> str:
        """Latency at concurrency `low`, throughput at `low` and `high`, and the ratios."""
        lines = [
            f"| store | operation | answer | p50 ms | p95 ms | p99 ms | req/s c{low} "
            f"| req/s c{high} | c{high}/c{low} | raw p50 ms | sg/raw p50 | peer p50 ms "
            f"| peer req/s c{high} | sg/peer p50 | sg/peer req/s c{high} |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for store, op in self._rows(fraction):
            sg = self.get(store, fraction, op, STRATGRAPH, low)
            if sg is None:
                continue
            sg_high = self.get(store, fraction, op, STRATGRAPH, high)
            raw = self.get(store, fraction, op, RAW, low)
            peer = self.get(store, fraction, op, PEER, low)
            peer_high = self.get(store, fraction, op, PEER, high)
            t = sg.timing
            high_rate = sg_high.timing.rate if sg_high else float("nan")
            answer = sg.answer + _differs(sg, raw, "raw") + _differs(sg, peer, "peer")
            peer_rate = peer_high.timing.rate if peer_high else float("nan")
            lines.append(
                f"| {store} | {op} | {answer} | {_ms(t.p50)} | {_ms(t.p95)} | {_ms(t.p99)} "
                f"| {t.rate:,.1f} | {high_rate:,.1f} | {_ratio(high_rate, t.rate)} "
                f"| {_ms(raw.timing.p50) if raw else '-'} "
                f"| {_ratio(t.p50, raw.timing.p50) if raw else '-'} "
                f"| {_ms(peer.timing.p50) if peer else '-'} "
                f"| {'-' if peer_rate != peer_rate else f'{peer_rate:,.1f}'} "
                f"| {_ratio(t.p50, peer.timing.p50) if peer else '-'} "
                f"| {_ratio(high_rate, peer_rate)} |"
            )
        return "\n".join(lines)

    def detail_table(self, fraction: float) -> str:
        """Every cell: p50, p95, p99, req/s and errors per implementation and concurrency."""
        lines = [
            "| store | operation | implementation | concurrency | requests | p50 ms | p95 ms "
            "| p99 ms | req/s | errors |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for c in self.cells:
            if c.fraction != fraction:
                continue
            t = c.timing
            lines.append(
                f"| {c.store} | {c.operation} | {c.impl} | {t.concurrency} "
                f"| {len(t.latencies_ms)} | {_ms(t.p50)} | {_ms(t.p95)} | {_ms(t.p99)} "
                f"| {t.rate:,.1f} | {len(t.errors)} |"
            )
        return "\n".join(lines)

    def growth_table(self, fractions: list[float], concurrency: int) -> str:
        """p50 at each size, per store, operation and implementation."""
        head = " | ".join(f"p50 ms at {f:g}" for f in fractions)
        lines = [
            f"| store | operation | implementation | {head} | last/first |",
            "|---|---|---|" + "---|" * (len(fractions) + 1),
        ]
        keys: dict[tuple[str, str, str], None] = {}
        for c in self.cells:
            keys[(c.store, c.operation, c.impl)] = None
        for store, op, impl in keys:
            found = [self.get(store, f, op, impl, concurrency) for f in fractions]
            p50s = [c.timing.p50 if c else float("nan") for c in found]
            figures = " | ".join(_ms(p) for p in p50s)
            lines.append(f"| {store} | {op} | {impl} | {figures} | {_ratio(p50s[-1], p50s[0])} |")
        return "\n".join(lines)

    def errors(self) -> list[str]:
        out = []
        for c in self.cells:
            if c.timing.errors:
                first = c.timing.errors[0][:200]
                out.append(
                    f"{c.store} {c.fraction:g} {c.operation} {c.impl} c{c.timing.concurrency}: "
                    f"{len(c.timing.errors)} errors, first: {first}"
                )
        return out


def _differs(sg: Cell, other: Cell | None, name: str) -> str:
    if other is None or other.answer == sg.answer:
        return ""
    return f" ({name}: {other.answer})"

"""Heap and page-cache sizes for `stratgraph neo4j start`."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from stratgraph.cli import app
from stratgraph.neo4j_memory import MemorySizeError, default_settings, parse_size_mib, resolve


@pytest.mark.parametrize(
    ("text", "mib"),
    [("512m", 512), ("2g", 2048), ("1.5G", 1536), ("2GiB", 2048), ("4096k", 4), ("1t", 1 << 20)],
)
def test_sizes_are_read_with_units(text: str, mib: int) -> None:
    assert parse_size_mib(text) == mib


@pytest.mark.parametrize("text", ["lots", "2 gigs", "-1g", "", "100"])
def test_unreadable_or_tiny_sizes_are_refused(text: str) -> None:
    with pytest.raises(MemorySizeError):
        parse_size_mib(text)


def test_defaults_take_a_quarter_of_memory_within_bounds() -> None:
    assert default_settings(24 * 1024).heap_mib == 6 * 1024
    assert default_settings(24 * 1024).page_cache_mib == 6 * 1024
    small = default_settings(1024)
    assert (small.heap_mib, small.page_cache_mib) == (512, 256)
    big = default_settings(256 * 1024)
    assert (big.heap_mib, big.page_cache_mib) == (8 * 1024, 16 * 1024)


def test_a_given_size_overrides_only_its_own_default() -> None:
    chosen = resolve("3g", None)
    assert chosen.heap_mib == 3072
    assert chosen.page_cache_mib == default_settings().page_cache_mib


def test_start_refuses_a_bad_size_before_starting_anything(tmp_path: object) -> None:
    result = CliRunner().invoke(
        app, ["neo4j", "start", "--home", str(tmp_path), "--port", "7", "--page-cache", "lots"]
    )
    assert result.exit_code == 2
    assert "cannot read the size 'lots'" in result.output

"""Heap and page-cache sizes for the local Neo4j server, from the machine's memory.

Why these defaults: Neo4j's own guidance (`neo4j-admin server memory-recommendation`)
leaves room for the operating system and gives the page cache enough to hold the
store; a graph served from the page cache answers without disk reads. On a machine
shared with the API, the tests and a browser, a quarter of memory for each is safe.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

MIB = 1024 * 1024
_MIN_HEAP_MIB = 512
_MAX_HEAP_MIB = 8 * 1024
_MIN_PAGE_CACHE_MIB = 256
_MAX_PAGE_CACHE_MIB = 16 * 1024
_SIZE = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>[kKmMgGtT]?)[iI]?[bB]?")
_UNIT_MIB = {"": 1 / MIB, "k": 1 / 1024, "m": 1, "g": 1024, "t": 1024 * 1024}


class MemorySizeError(ValueError):
    """A heap or page-cache size that cannot be read."""


@dataclass(frozen=True)
class MemorySettings:
    heap_mib: int
    page_cache_mib: int

    def describe(self) -> str:
        return f"heap {self.heap_mib} MiB, page cache {self.page_cache_mib} MiB"


def parse_size_mib(text: str) -> int:
    """'512m', '2g', '1.5G', '2GiB' or a plain number of bytes -> whole MiB (at least 1)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None:
        raise MemorySizeError(
            f"cannot read the size {text!r}: write a number and a unit, such as 512m or 2g"
        )
    mib = float(match["number"]) * _UNIT_MIB[match["unit"].lower()]
    if mib < 1:
        raise MemorySizeError(f"the size {text!r} is under 1 MiB")
    return int(mib)


def machine_memory_mib() -> int:
    """Physical memory in MiB (POSIX sysconf); 4 GiB when the system will not say."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return 4 * 1024
    if pages <= 0 or page_size <= 0:
        return 4 * 1024
    return int(pages * page_size // MIB)


def default_settings(total_mib: int | None = None) -> MemorySettings:
    """A quarter of memory for the heap (512 MiB-8 GiB) and for the page cache (256 MiB-16 GiB)."""
    total = machine_memory_mib() if total_mib is None else total_mib
    quarter = total // 4
    return MemorySettings(
        heap_mib=min(max(quarter, _MIN_HEAP_MIB), _MAX_HEAP_MIB),
        page_cache_mib=min(max(quarter, _MIN_PAGE_CACHE_MIB), _MAX_PAGE_CACHE_MIB),
    )


def resolve(heap: str | None, page_cache: str | None) -> MemorySettings:
    """The given sizes, each falling back to its machine default."""
    defaults = default_settings()
    return MemorySettings(
        heap_mib=parse_size_mib(heap) if heap else defaults.heap_mib,
        page_cache_mib=parse_size_mib(page_cache) if page_cache else defaults.page_cache_mib,
    )

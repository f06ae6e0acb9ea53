"""The pictures in docs/pdf.md, and the text beside each: a page of the benchmark plan in
each layout, and what the reader makes of it.

    python -m bench.pdf_doc_images [--out docs/images/pdf]

Writes one PNG per layout (a crop of the page) and prints, for each, the text the
reader gives for that page (long lines cut with "…"), to paste into docs/pdf.md.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from bench.plan_pdf import LayoutName, build_plan
from bench.plan_scan import scan
from ingest.readers.pdf_reader import read_pdf

_WIDTH = 78  # characters of a line shown


@dataclass(frozen=True)
class Picture:
    name: str
    layout: LayoutName
    page: int
    crop: tuple[float, float]  # top and bottom of the part shown, as shares of the page
    lines: int  # of text shown
    start: str = ""  # the text shown starts at the line holding this; else the page's start
    scanned: bool = False


PICTURES = (
    Picture("ruled", "ruled", 5, (0.05, 0.45), 9),
    Picture("horizontal", "horizontal", 6, (0.05, 0.42), 8),
    Picture("unruled", "unruled", 4, (0.5, 0.95), 10, start="4 Aktiviteter"),
    Picture("landscape", "landscape", 7, (0.05, 0.6), 9),
    Picture("columns", "unruled", 4, (0.08, 0.5), 16, start="3 Samverkan"),
    Picture("scanned", "ruled", 3, (0.05, 0.5), 15, scanned=True),
)


def _excerpt(text: str, offset: int, lines: int) -> str:
    """Lines from the one holding offset."""
    start = text.rfind("\n", 0, offset) + 1
    shown = []
    for line in text[start:].split("\n")[:lines]:
        shown.append(line if len(line) <= _WIDTH else line[: _WIDTH - 1] + "…")
    return "\n".join(shown)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf_doc_images")
    parser.add_argument("--out", type=Path, default=Path("docs/images/pdf"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for picture in PICTURES:
        data = build_plan(layout=picture.layout).data
        if picture.scanned:
            data = scan(data, dpi=200)
        doc = pdfium.PdfDocument(data)
        page = doc[picture.page - 1]
        image = page.render(scale=1.2, grayscale=True).to_pil()
        page.close()
        doc.close()
        top, bottom = picture.crop
        height = image.height
        image = image.crop((0, round(top * height), image.width, round(bottom * height)))
        path = args.out / f"{picture.name}.png"
        image.save(path, optimize=True)
        pdf = read_pdf(data, f"{picture.name}.pdf")
        offset = pdf.page_starts[picture.page - 1]
        if picture.start:
            offset = pdf.text.index(picture.start, offset)
        print(f"== {path} (page {picture.page}, from offset {offset})")
        print(_excerpt(pdf.text, offset, picture.lines))
        print()


if __name__ == "__main__":
    main()

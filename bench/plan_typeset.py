"""A small typesetter for the benchmark plan: line breaking, pages, drawing.

Why our own instead of reportlab's platypus: the truth (which words were broken
at a line end, which page each table row landed on) must come from the layout
that was actually drawn, so every line is placed here and recorded as it is
placed. Text marks: a soft hyphen (SHY) is where a word may be broken; "\\n"
forces a line break; SHY + "\\n" forces a hyphenated break.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

SHY = "\u00ad"
REGULAR, BOLD = "Vera", "Vera-Bold"
WIDTH, HEIGHT = A4
MARGIN = 70.0
LEFT, RIGHT = MARGIN, WIDTH - MARGIN
BODY_W = RIGHT - LEFT
TOP, BOTTOM = HEIGHT - 85.0, 80.0
GUTTER = 22.0
BODY, LEADING = 10.0, 13.0


@dataclass(frozen=True)
class Hyphenation:
    head: str  # drawn as head + "-" at the end of a line
    word: str  # the whole word, which the reader must give


@dataclass
class Text:
    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.8


@dataclass
class Fill:
    x: float
    y: float
    w: float
    h: float


Op = Text | Rule | Fill


@dataclass
class Page:
    width: float = WIDTH
    height: float = HEIGHT
    ops: list[Op] = field(default_factory=list)

    @property
    def left(self) -> float:
        return MARGIN

    @property
    def right(self) -> float:
        return self.width - MARGIN

    @property
    def top(self) -> float:
        return self.height - 85.0


@dataclass
class Wrapped:
    lines: list[str]
    hyphenated: list[Hyphenation] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def width_of(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def plain(text: str) -> str:
    return " ".join(text.replace(SHY, "").split())


def wrap(text: str, font: str, size: float, width: float) -> Wrapped:
    """Greedy line breaking at spaces, then at soft hyphens; forced breaks at "\\n"."""
    out = Wrapped([])
    segments = text.split("\n")
    for index, segment in enumerate(segments):
        words = segment.split()
        line = ""
        for word in words[:-1] if segment.endswith(SHY) else words:
            line = _place(out, line, word, font, size, width)
        if segment.endswith(SHY):  # forced hyphenated break: "fortbild" SHY "\n" "ningsinsatser"
            head = plain(words[-1])
            out.lines.append(_place(out, line, head + "-", font, size, width))
            tail = segments[index + 1].split()[0]
            out.hyphenated.append(Hyphenation(head, plain(head + tail)))
            continue
        if line:
            out.lines.append(line)
        if index + 1 < len(segments) and line.endswith("-"):
            following = segments[index + 1].split()[0]
            if following in ("och", "eller"):
                out.kept.append(f"{line.split()[-1]} {following}")
    return out


def _place(out: Wrapped, line: str, word: str, font: str, size: float, width: float) -> str:
    """Put one word on the current line, breaking lines (and the word at a SHY) as needed."""
    while True:
        whole = word.replace(SHY, "")
        candidate = f"{line} {whole}" if line else whole
        if width_of(candidate, font, size) <= width:
            return candidate
        for cut in [i for i, ch in enumerate(word) if ch == SHY][::-1]:
            head = word[:cut].replace(SHY, "") + "-"
            if width_of(f"{line} {head}" if line else head, font, size) <= width:
                out.lines.append(f"{line} {head}" if line else head)
                out.hyphenated.append(Hyphenation(head[:-1], whole))
                word, line = word[cut + 1 :], ""
                break
        else:
            if not line:
                return whole  # a word wider than the line: let it stick out
            if line.endswith("-") and whole in ("och", "eller"):
                out.kept.append(f"{line.split()[-1]} {whole}")
            out.lines.append(line)
            line = ""


class Layout:
    """Places text and rules page by page; records what the truth needs."""

    def __init__(self, max_pages: int | None = None) -> None:
        self.pages: list[Page] = []
        self.y = TOP
        self.max_pages = max_pages
        self.hyphenated: list[Hyphenation] = []
        self.kept: list[str] = []
        self.headings: list[tuple[str, int]] = []
        self.split_paragraphs: list[tuple[str, int]] = []  # (text, page it starts on)
        self.wide = False  # new pages are landscape

    @property
    def page(self) -> int:
        return len(self.pages)

    @property
    def current(self) -> Page:
        return self.pages[-1]

    @property
    def left(self) -> float:
        return self.current.left

    @property
    def body_width(self) -> float:
        return self.current.right - self.current.left

    def new_page(self) -> None:
        size = landscape(A4) if self.wide else A4
        self.pages.append(Page(float(size[0]), float(size[1])))
        self.y = self.current.top

    def fits(self, height: float) -> bool:
        """Whether height fits on this page, or (within the page budget) on a new one."""
        if height <= self.y - BOTTOM:
            return True
        return self.max_pages is None or self.page < self.max_pages

    def ensure(self, height: float) -> None:
        if height > self.y - BOTTOM:
            self.new_page()

    def text(self, x: float, y: float, text: str, font: str = REGULAR, size: float = BODY) -> None:
        self.current.ops.append(Text(x, y, text, font, size))

    def lines(
        self,
        wrapped: Wrapped,
        x: float,
        *,
        font: str = REGULAR,
        size: float = BODY,
        leading: float = LEADING,
    ) -> None:
        self.hyphenated += wrapped.hyphenated
        self.kept += wrapped.kept
        for line in wrapped.lines:
            self.y -= leading
            self.text(x, self.y, line, font, size)

    def heading(self, text: str, size: float = 16.0, *, space_before: float = 14.0) -> bool:
        needed = space_before + size * 1.3 + 3 * LEADING
        if not self.fits(needed):
            return False
        self.ensure(needed)
        self.y -= space_before
        self.lines(
            wrap(text, BOLD, size, self.body_width),
            self.left,
            font=BOLD,
            size=size,
            leading=size * 1.3,
        )
        self.y -= 6
        self.headings.append((text, self.page))
        return True

    def paragraph(
        self,
        text: str,
        *,
        x: float | None = None,
        width: float | None = None,
        after: float = 7.0,
        split: bool = False,
    ) -> bool:
        """A paragraph; with split, the lines that fit go on this page and the rest on the
        next (as a word processor breaks a paragraph), else it moves whole."""
        wrapped = wrap(text, REGULAR, BODY, width or self.body_width)
        height = len(wrapped.lines) * LEADING + after
        if not self.fits(height):
            return False
        room = int((self.y - BOTTOM) // LEADING)
        if split and room >= len(wrapped.lines):
            self.lines(wrapped, x or self.left)  # its lines fit; the space after may not
        elif split and height > self.y - BOTTOM and 1 <= room < len(wrapped.lines):
            self.split_paragraphs.append((plain(text), self.page))
            self.lines(
                Wrapped(wrapped.lines[:room], wrapped.hyphenated, wrapped.kept), x or self.left
            )
            self.new_page()
            self.lines(Wrapped(wrapped.lines[room:]), x or self.left)
        else:
            self.ensure(height)
            self.lines(wrapped, x or self.left)
        self.y -= after
        return True

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            wrapped = wrap(item, REGULAR, BODY, self.body_width - 14)
            self.ensure(len(wrapped.lines) * LEADING + 4)
            self.text(self.left + 2, self.y - LEADING, "\u2022")
            self.lines(wrapped, self.left + 14)
            self.y -= 4


def register_fonts() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "VeraBd.ttf")))


def render(pages: Sequence[Page], *, title: str, author: str = "", **canvas_args: Any) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, **canvas_args)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    for page in pages:
        canvas.setPageSize((page.width, page.height))
        for op in page.ops:
            if isinstance(op, Fill):
                canvas.setFillGray(0.88)
                canvas.rect(op.x, op.y, op.w, op.h, stroke=0, fill=1)
                canvas.setFillGray(0)
            elif isinstance(op, Rule):
                canvas.setLineWidth(op.width)
                canvas.line(op.x0, op.y0, op.x1, op.y1)
            else:
                canvas.setFont(op.font, op.size)
                canvas.drawString(op.x, op.y, op.text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_lines(
    pages: Sequence[Sequence[str]], *, size: float = BODY, **canvas_args: Any
) -> bytes:
    """A plain PDF with these lines on each page (for small reader tests and broken inputs);
    canvas_args go to reportlab's Canvas (``encrypt=...``)."""
    register_fonts()
    rendered: list[Page] = []
    for lines in pages:
        page, y = Page(), TOP
        for line in lines:
            y -= size * 1.3
            page.ops.append(Text(LEFT, y, line, REGULAR, size))
        rendered.append(page)
    return render(rendered, title="", **canvas_args)

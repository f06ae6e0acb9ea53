"""A synthetic Swedish regional action plan as a PDF, with its ground truth.

Shared by the PDF tests and the throughput benchmark. The plan looks like the
real ones: a title page, a table of contents, running headers and footers with
page numbers, words hyphenated at line ends (and a "kvinno- och" whose hyphen
stays), ligature glyphs, a section in columns, a goals list under
"Målsättningar" and an activity table over several pages.

Layout variants (``layout=``), each drawing the same plan:

- ruled: a full grid with a shaded header (Aktivitet | Ansvarig | Tidplan),
  two columns in section 3; nothing breaks across a page but the table;
- horizontal: shaded header, a line under each row, no vertical rules
  (Åtgärd | Ansvar | När); rows and paragraphs break across pages; three
  columns in section 3 (a brochure);
- unruled: bold header, no rules at all (Aktiviteter | Ansvariga | Tidsplan),
  otherwise as horizontal;
- landscape: section 4 on landscape pages, a four-column table
  (Insats | Ansvarig | Tid | Uppföljning) drawn as horizontal.

The typesetter is bench.plan_typeset, the tables bench.plan_tables, the words
bench.plan_content.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bench.plan_content import (
    COLUMNS,
    DOCUMENT_ID,
    FOLLOW_UP,
    FOLLOW_UP_TEXT,
    GOALS,
    INTRO,
    ISSUER,
    KOMMUN,
    LIGATURE_WORDS,
    LOCAL,
    ROWS,
    RUNNING_FOOTER,
    RUNNING_HEADER,
    THIRD_COLUMN,
    TITLE,
    Responsible,
)
from bench.plan_tables import Style, TableDrawer
from bench.plan_typeset import (
    BODY,
    BOLD,
    GUTTER,
    HEIGHT,
    LEADING,
    REGULAR,
    SHY,
    Hyphenation,
    Layout,
    Rule,
    Text,
    plain,
    register_fonts,
    render,
    render_lines,
    width_of,
    wrap,
)

__all__ = ["LAYOUTS", "ActivityTruth", "PlanPdf", "PlanTruth", "build_plan", "render_lines"]

LayoutName = Literal["ruled", "horizontal", "unruled", "landscape"]
LAYOUTS: tuple[LayoutName, ...] = ("ruled", "horizontal", "unruled", "landscape")
_HEADERS: dict[LayoutName, tuple[str, ...]] = {
    "ruled": ("Aktivitet", "Ansvarig", "Tidplan"),
    "horizontal": ("Åtgärd", "Ansvar", "När"),
    "unruled": ("Aktiviteter", "Ansvariga", "Tidsplan"),
    "landscape": ("Insats", "Ansvarig", "Tid", "Uppföljning"),
}
_STYLES: dict[LayoutName, Style] = {
    "ruled": "ruled",
    "horizontal": "horizontal",
    "unruled": "unruled",
    "landscape": "horizontal",
}


@dataclass(frozen=True)
class ActivityTruth:
    description: str
    responsible: tuple[Responsible, ...]
    timeframe: str
    page: int  # where its row starts
    last_page: int  # where its row ends: the next page when the row broke across pages


@dataclass(frozen=True)
class PlanTruth:
    layout: LayoutName
    title: str
    document_id: str
    kind: str
    period: tuple[int, int]
    page_count: int
    goals: tuple[str, ...]
    goals_page: int
    goals_section: str
    activities: tuple[ActivityTruth, ...]
    activities_section: str
    table_header: tuple[str, ...]
    running_lines: tuple[str, ...]  # every header and footer line drawn: none may appear
    hyphenated: tuple[Hyphenation, ...]
    kept_hyphens: tuple[str, ...]  # "kvinno- och": line-end hyphens that stay
    ligature_words: tuple[str, ...]  # drawn with ﬁ/ﬂ glyphs, read with plain letters
    column_paragraphs: tuple[str, ...]  # the section in columns, in reading order
    headings: tuple[tuple[str, int], ...]  # (heading, page), in order
    split_paragraphs: tuple[tuple[str, int], ...]  # (paragraph, page it starts on)


@dataclass(frozen=True)
class PlanPdf:
    data: bytes
    truth: PlanTruth


def _local_paragraph(town: str, number: int, k: int) -> str:
    picked = [LOCAL[(number + k + i) % len(LOCAL)] for i in range(3)]
    year = 2022 + (number + k) % 5
    return " ".join(p.format(town=town, year=year, shy=SHY) for p in picked)


def _appendix_rows(town: str, number: int, n: int) -> list[tuple[str, str, str]]:
    """Local activities for the benchmark's appendices, varied so each row is distinct."""
    out = []
    for i in range(n):
        description, _, timeframe, _ = ROWS[(number + i) % len(ROWS)]
        out.append(
            (f"{plain(description)} i {town} (del {number}.{i + 1})", f"{town} kommun", timeframe)
        )
    return out


def _widths(layout: Layout, columns: int) -> tuple[float, ...]:
    body = layout.body_width
    if columns == 4:
        return (300.0, 170.0, 100.0, body - 570.0)
    return (235.0, 140.0, body - 375.0)


def build_plan(
    *,
    pages: int | None = None,
    page_numbers: Literal["sida", "bare"] = "sida",
    goals_heading: str = "2 Målsättningar",
    layout: LayoutName = "ruled",
) -> PlanPdf:
    """The plan; with ``pages``, appendices of local activities fill it to that many pages."""
    register_fonts()
    flowing = layout != "ruled"  # rows and paragraphs may break across pages
    out = Layout(max_pages=pages)
    out.new_page()  # 1: title page
    out.y = HEIGHT - 260
    out.lines(wrap(TITLE, BOLD, 24, out.body_width), out.left, font=BOLD, size=24, leading=30)
    out.y -= 24
    out.lines(wrap(ISSUER, REGULAR, 14, out.body_width), out.left, size=14, leading=18)
    out.lines(wrap("Mars 2022", REGULAR, 12, out.body_width), out.left, size=12, leading=18)
    out.new_page()  # 2: contents, filled in once the headings' pages are known
    toc_page = out.page

    out.new_page()
    out.heading("1 Inledning", space_before=0)
    for text in INTRO:
        out.paragraph(text)
    out.heading(goals_heading)
    goals_page = out.page
    out.bullets(GOALS)
    out.paragraph("Målsättningarna gäller för hela perioden och följs upp varje år.")

    out.new_page()
    out.heading("3 Samverkan i länet", space_before=0)
    out.paragraph(
        "Arbetet bedrivs i \ufb02era forum på regional och lokal nivå. De viktigaste "
        "beskrivs nedan."
    )
    columns = [*COLUMNS, THIRD_COLUMN] if flowing else list(COLUMNS)
    column_paragraphs = _columns(out, columns)
    out.paragraph("Forumen rapporterar till ledningsgruppen två gånger per år.")

    if layout == "landscape":
        out.wide = True
        out.new_page()
    out.heading("4 Aktiviteter och ansvar", space_before=0 if layout == "landscape" else 14.0)
    out.paragraph(
        "Tabellen visar de aktiviteter som länets aktörer har kommit överens om, vem som är "
        "ansvarig för varje aktivitet och när den ska genomföras."
    )
    out.paragraph(
        "Varje ansvarig organisation redovisar sina aktiviteter i den årliga uppföljningen. "
        "Aktiviteterna kan kompletteras under perioden när nya behov uppstår."
    )
    header = _HEADERS[layout]
    rows = [(*row[:3], FOLLOW_UP[i % len(FOLLOW_UP)])[: len(header)] for i, row in enumerate(ROWS)]
    drawer = TableDrawer(out, _widths(out, len(header)), _STYLES[layout])
    row_pages = drawer.draw(header, rows)
    if layout == "landscape":
        out.wide = False
        out.new_page()
        out.heading("5 Uppföljning", space_before=0)
    else:
        out.heading("5 Uppföljning")
    out.paragraph(FOLLOW_UP_TEXT[0])
    if flowing:  # on until a paragraph has run on to the next page
        for k in range(24):
            text = FOLLOW_UP_TEXT[1 + k % (len(FOLLOW_UP_TEXT) - 1)]
            out.paragraph(f"{text} Se även avsnitt 5.{k + 1}.", split=True)
            if out.split_paragraphs:
                break
    _fill_appendices(out, pages, header[:3], _STYLES[layout])

    total = out.page
    _contents(out, toc_page)
    running = _running(out, total, page_numbers)
    activities = tuple(
        ActivityTruth(plain(d), resp, t, at.first, at.last)
        for (d, _, t, resp), at in zip(ROWS, row_pages, strict=True)
    )
    truth = PlanTruth(
        layout=layout,
        title=TITLE,
        document_id=DOCUMENT_ID,
        kind="action_plan",
        period=(2022, 2026),
        page_count=total,
        goals=tuple(plain(g) for g in GOALS),
        goals_page=goals_page,
        goals_section=goals_heading,
        activities=activities,
        activities_section="4 Aktiviteter och ansvar",
        table_header=header,
        running_lines=tuple(running),
        hyphenated=tuple(out.hyphenated),
        kept_hyphens=tuple(out.kept),
        ligature_words=LIGATURE_WORDS,
        column_paragraphs=tuple(column_paragraphs),
        headings=tuple(out.headings),
        split_paragraphs=tuple(out.split_paragraphs),
    )
    return PlanPdf(render(out.pages, title=TITLE, author=ISSUER), truth)


def _columns(out: Layout, columns: Sequence[Sequence[tuple[str, str]]]) -> list[str]:
    """Side-by-side columns of (title, paragraph); returns the paragraphs in reading order."""
    width = (out.body_width - GUTTER * (len(columns) - 1)) / len(columns)
    paragraphs: list[str] = []
    y0, ends = out.y, []
    for index, column in enumerate(columns):
        x = out.left + index * (width + GUTTER)
        out.y = y0
        for title, text in column:
            out.lines(wrap(title, BOLD, BODY, width), x, font=BOLD)
            out.headings.append((title, out.page))
            out.y -= 2
            out.paragraph(text, x=x, width=width)
            paragraphs.append(plain(text))
        ends.append(out.y)
    out.y = min(ends)
    return paragraphs


def _fill_appendices(out: Layout, pages: int | None, header: tuple[str, ...], style: Style) -> None:
    """One appendix per municipality: about two pages of text, then a table of its activities,
    until the page budget is spent (a real plan is mostly text, with tables in places)."""
    if pages is None:
        return
    towns = list(KOMMUN)
    number = 1
    while out.page < pages:
        town = towns[(number - 1) % len(towns)]
        out.new_page()
        out.heading(f"Bilaga {number} Lokalt arbete i {town} kommun", space_before=0)
        for k in range(30):
            if not out.paragraph(_local_paragraph(town, number, k)):
                return
        if not out.heading(f"Lokala aktiviteter i {town} kommun", size=13):
            return
        TableDrawer(out, _widths(out, 3), style).draw(header, _appendix_rows(town, number, 14))
        number += 1


def _contents(out: Layout, page: int) -> None:
    target = out.pages[page - 1]
    left, right, top = target.left, target.right, target.top
    target.ops.append(Text(left, top - 16, "Innehåll", BOLD, 16))
    y = top - 48
    for title, at in out.headings:
        if not title[0].isdigit():
            continue
        number = str(at)
        end = right - width_of(number, REGULAR, BODY) - 4
        dots = "." * int(
            (end - left - width_of(title, REGULAR, BODY) - 8) / width_of(".", REGULAR, BODY)
        )
        target.ops.append(Text(left, y, title, REGULAR, BODY))
        target.ops.append(Text(end - width_of(dots, REGULAR, BODY), y, dots, REGULAR, BODY))
        target.ops.append(Text(right - width_of(number, REGULAR, BODY), y, number, REGULAR, BODY))
        y -= LEADING * 1.4


def _running(out: Layout, total: int, page_numbers: str) -> list[str]:
    """Headers and footers on every page but the title page; returns the lines drawn."""
    drawn: list[str] = []
    for number, page in enumerate(out.pages[1:], start=2):
        left, right, top = page.left, page.right, page.height
        page.ops.append(Text(left, top - 45, RUNNING_HEADER, REGULAR, 8))
        page.ops.append(Rule(left, top - 52, right, top - 52, 0.4))
        if page_numbers == "sida":
            label = f"Sida {number} av {total}"
            page.ops.append(Text(left, 40, RUNNING_FOOTER, REGULAR, 8))
            page.ops.append(Text(right - width_of(label, REGULAR, 8), 40, label, REGULAR, 8))
            drawn += [RUNNING_HEADER, RUNNING_FOOTER, label]
        else:
            label = str(number)
            page.ops.append(
                Text((page.width - width_of(label, REGULAR, 8)) / 2, 40, label, REGULAR, 8)
            )
            drawn += [RUNNING_HEADER]
    return drawn

"""A synthetic Swedish regional action plan as a PDF, with its ground truth.

Shared by the PDF tests and the throughput benchmark. The plan looks like the
real ones: a title page, a table of contents, running headers and footers with
page numbers, words hyphenated at line ends (and a "kvinno- och" whose hyphen
stays), ligature glyphs, a two-column section, a goals list under
"Målsättningar" and a ruled Aktivitet | Ansvarig | Tidplan table over three pages.

Why a small typesetter of our own instead of reportlab's platypus: the truth
(which words were broken at a line end, which page each table row landed on)
must come from the layout that was actually drawn, so every line is placed
here and recorded as it is placed. Text marks: a soft hyphen (SHY) is where a
word may be broken; "\\n" forces a line break; SHY + "\\n" forces a hyphenated
break.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

SHY = "\u00ad"
REGULAR, BOLD = "Vera", "Vera-Bold"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 70.0, WIDTH - 70.0
BODY_W = RIGHT - LEFT
TOP, BOTTOM = HEIGHT - 85.0, 80.0
GUTTER = 22.0
COL_W = (BODY_W - GUTTER) / 2
BODY, LEADING = 10.0, 13.0
CELL, CELL_LEADING, PAD = 9.0, 12.0, 6.0
TABLE_WIDTHS = (235.0, 140.0, BODY_W - 375.0)

TITLE = "Regional handlingsplan mot mäns våld mot kvinnor 2022\u20132026"
ISSUER = "Länsstyrelsen Västernorrland"
RUNNING_HEADER = "Handlingsplan mot mäns våld mot kvinnor 2022\u20132026"
RUNNING_FOOTER = "Dnr 851-5034-2021"
DOCUMENT_ID = "Document:regional:action-plan:lan:22:2022-2026"

LST, REGION = "Organization:lansstyrelse:22", "Organization:region:22"
POLICE = "Organization:nationell:polismyndigheten"
PROSECUTORS = "Organization:nationell:aklagarmyndigheten"
PRISONS = "Organization:nationell:kriminalvarden"
KOMMUN = {
    "Kramfors": "Organization:kommun:2282",
    "Sundsvall": "Organization:kommun:2281",
    "Härnösand": "Organization:kommun:2280",
    "Örnsköldsvik": "Organization:kommun:2284",
    "Timrå": "Organization:kommun:2262",
    "Sollefteå": "Organization:kommun:2283",
    "Ånge": "Organization:kommun:2260",
}


@dataclass(frozen=True)
class Responsible:
    org_id: str
    title: str | None = None  # a role responsible for its organisation ("samordnare")


@dataclass(frozen=True)
class ActivityTruth:
    description: str
    responsible: tuple[Responsible, ...]
    timeframe: str
    page: int


@dataclass(frozen=True)
class Hyphenation:
    head: str  # drawn as head + "-" at the end of a line
    word: str  # the whole word, which the reader must give


@dataclass(frozen=True)
class PlanTruth:
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
    column_paragraphs: tuple[str, ...]  # the two-column section, in reading order
    headings: tuple[tuple[str, int], ...]  # (heading, page), in order


@dataclass(frozen=True)
class PlanPdf:
    data: bytes
    truth: PlanTruth


# (description, Ansvarig cell, Tidplan cell, who is responsible)
_ROWS: tuple[tuple[str, str, str, tuple[Responsible, ...]], ...] = (
    (
        f"Genomföra fortbild{SHY}nings{SHY}insatser om våld i nära relationer för "
        "socialtjänstens personal",
        f"Region Väster{SHY}norrland",
        "2022\u20132023",
        (Responsible(REGION),),
    ),
    (
        "Införa rutiner för att fråga om våld inom mödrahälsovården och barnhälsovården",
        f"Region Väster{SHY}norrland",
        "Hösten 2022",
        (Responsible(REGION),),
    ),
    (
        f"Ta fram en gemensam rutin för skydds{SHY}bedömningar",
        "Kramfors kommun, Polismyndigheten",
        "2023",
        (Responsible(KOMMUN["Kramfors"]), Responsible(POLICE)),
    ),
    (
        "Sammanställa länets årliga uppföljning av handlingsplanen",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Årligen",
        (Responsible(LST),),
    ),
    (
        "Samordna det regionala nätverket för kvinnofridsarbete",
        f"Samordnare på Länsstyrelsen Väster{SHY}norrland",
        "Löpande",
        (Responsible(LST, "samordnare"),),
    ),
    (
        "Utveckla stödet till barn som har bevittnat våld i hemmet",
        "Sundsvalls kommun",
        "2023\u20132024",
        (Responsible(KOMMUN["Sundsvall"]),),
    ),
    (
        "Erbjuda behandling till personer som utövar våld i nära relationer",
        "Härnösands kommun, Kriminalvården",
        "2024",
        (Responsible(KOMMUN["Härnösand"]), Responsible(PRISONS)),
    ),
    (
        "Utbilda poliser i att utreda hedersrelaterad brottslighet",
        "Polismyndigheten",
        "Våren 2023",
        (Responsible(POLICE),),
    ),
    (
        "Förbättra samverkan vid utredningar av våld mot barn",
        "Åklagarmyndigheten, Polismyndigheten",
        "2024\u20132025",
        (Responsible(PROSECUTORS), Responsible(POLICE)),
    ),
    (
        "Kartlägga tillgången till skyddat boende i länet",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Kvartal 1 2023",
        (Responsible(LST),),
    ),
    (
        "Genomföra en informationskampanj om våld i ungas relationer",
        "Örnsköldsviks kommun",
        "Hösten 2024",
        (Responsible(KOMMUN["Örnsköldsvik"]),),
    ),
    (
        "Införa frågor om våld i missbruks- och beroendevården",
        f"Enhetschef vid Region Väster{SHY}norrland",
        "2025",
        (Responsible(REGION, "enhetschef"),),
    ),
    (
        "Stärka det våldsförebyggande arbetet i grundskolan och gymnasieskolan",
        "Timrå kommun",
        "2023\u20132026",
        (Responsible(KOMMUN["Timrå"]),),
    ),
    (
        "Utbilda medarbetare i hälso- och sjukvården om hedersrelaterat våld och förtryck",
        f"Region Väster{SHY}norrland",
        "Löpande",
        (Responsible(REGION),),
    ),
    (
        "Följa upp kommunernas handlingsplaner mot våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Årligen",
        (Responsible(LST),),
    ),
    (
        "Utveckla arbetet med våldsutsatta äldre personer",
        "Sollefteå kommun",
        "2024",
        (Responsible(KOMMUN["Sollefteå"]),),
    ),
    (
        "Genomföra utbildning om våld för personal inom funktionshinderomsorgen",
        "Ånge kommun",
        "2025",
        (Responsible(KOMMUN["Ånge"]),),
    ),
    (
        "Ta fram stöd för arbetsgivare om våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "2026",
        (Responsible(LST),),
    ),
    (
        "Samla in och sprida goda exempel från länets kommuner",
        f"Utvecklingsledare på Länsstyrelsen Väster{SHY}norrland",
        "Löpande",
        (Responsible(LST, "utvecklingsledare"),),
    ),
    (
        "Säkerställa tillgång till tolk vid samtal med våldsutsatta",
        "Kramfors kommun",
        "2023",
        (Responsible(KOMMUN["Kramfors"]),),
    ),
    (
        "Inrätta en regional kunskapsbank om våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland, Region Väster{SHY}norrland",
        "2025\u20132026",
        (Responsible(LST), Responsible(REGION)),
    ),
    (
        "Utbilda skolkuratorer i att upptäcka våld i ungas relationer",
        "Sundsvalls kommun",
        "Våren 2024",
        (Responsible(KOMMUN["Sundsvall"]),),
    ),
    (
        "Erbjuda stödsamtal till våldsutsatta i hela länet",
        "Härnösands kommun",
        "Löpande",
        (Responsible(KOMMUN["Härnösand"]),),
    ),
    (
        "Ta fram en länsgemensam rutin för orosanmälningar",
        "Timrå kommun, Polismyndigheten",
        "2024",
        (Responsible(KOMMUN["Timrå"]), Responsible(POLICE)),
    ),
    (
        "Genomföra riskbedömningar enligt en gemensam metod",
        "Kriminalvården",
        "2025",
        (Responsible(PRISONS),),
    ),
    (
        "Utveckla stödet till våldsutsatta med missbruk",
        "Örnsköldsviks kommun",
        "2024\u20132025",
        (Responsible(KOMMUN["Örnsköldsvik"]),),
    ),
    (
        "Sprida kunskap om våld mot personer med funktionsnedsättning",
        f"Region Väster{SHY}norrland",
        "2026",
        (Responsible(REGION),),
    ),
    (
        "Genomföra en gemensam konferens för länets aktörer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Hösten 2025",
        (Responsible(LST),),
    ),
    (
        "Utvärdera handlingsplanen inför nästa period",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Hösten 2026",
        (Responsible(LST),),
    ),
)

_GOALS = (
    "Ett utökat och verkningsfullt förebyggande arbete mot våld.",
    "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och "
    f"barn samt för personer som utsätts för heders{SHY}relaterat våld och förtryck.",
    "Effektivare brottsbekämpning.",
    f"Förbättrad kunskap och metod{SHY}utveckling i hela länet.",
)

_INTRO = (
    "Mäns våld mot kvinnor och våld i nära relationer är ett allvarligt samhällsproblem och "
    "ett hinder för jämställdhet. Den regionala handlingsplanen är en revidering av Regional "
    "strategi för arbetet mot mäns våld mot kvinnor och våld i nära relationer 2018\u20132021.",
    "Länsstyrelsen Västernorrland samordnar arbetet i länet. Handlingsplanen \ufb01nns för att "
    "\ufb02era aktörer ska arbeta mot samma mål, och den beskriver de gemensamma fortbild"
    f"{SHY}\nningsinsatser och de samverkans{SHY}former som behövs för att nå dit.",
    "Det civila samhället har en viktig roll i arbetet. Därför ska bland annat kvinno-\n"
    "och \ufb02ickjourer, brottsofferjourer och andra ideella organisationer bjudas in till "
    "länets nätverk.",
)
LIGATURE_WORDS = ("finns", "flera", "flickjourer")

_COLUMNS = (
    (
        (
            "Regional ledningsgrupp",
            "Ledningsgruppen leder och prioriterar det regionala arbetet "
            "utifrån handlingsplanen. I gruppen ingår chefer från de organisationer som har "
            "undertecknat planen.",
        ),
        (
            "Regional samverkansgrupp",
            "Samverkansgruppen samordnar och följer upp "
            "verksamheternas arbete. Gruppen träffas fyra gånger per år och rapporterar till "
            "ledningsgruppen.",
        ),
    ),
    (
        (
            "Operativ samverkansgrupp",
            "Den operativa gruppen utbyter information och "
            f"erfarenheter mellan verksamheterna och lyfter utvecklings{SHY}områden till "
            "samverkansgruppen.",
        ),
        (
            "Lokala nätverk",
            "I varje kommun finns ett lokalt nätverk mot våld. Nätverken "
            "sprider kunskap och genomför aktiviteterna på lokal nivå.",
        ),
    ),
)


@dataclass
class _Text:
    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass
class _Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.8


@dataclass
class _Fill:
    x: float
    y: float
    w: float
    h: float


_Op = _Text | _Rule | _Fill


@dataclass
class _Wrapped:
    lines: list[str]
    hyphenated: list[Hyphenation] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _width(text: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, font, size))


def _plain(text: str) -> str:
    return " ".join(text.replace(SHY, "").split())


def _wrap(text: str, font: str, size: float, width: float) -> _Wrapped:
    """Greedy line breaking at spaces, then at soft hyphens; forced breaks at "\\n"."""
    out = _Wrapped([])
    segments = text.split("\n")
    for index, segment in enumerate(segments):
        words = segment.split()
        line = ""
        for word in words[:-1] if segment.endswith(SHY) else words:
            line = _place(out, line, word, font, size, width)
        if segment.endswith(SHY):  # forced hyphenated break: "fortbild" SHY "\n" "ningsinsatser"
            head = _plain(words[-1])
            out.lines.append(_place(out, line, head + "-", font, size, width))
            tail = segments[index + 1].split()[0]
            out.hyphenated.append(Hyphenation(head, _plain(head + tail)))
            continue
        if line:
            out.lines.append(line)
        if index + 1 < len(segments) and line.endswith("-"):
            following = segments[index + 1].split()[0]
            if following in ("och", "eller"):
                out.kept.append(f"{line.split()[-1]} {following}")
    return out


def _place(out: _Wrapped, line: str, word: str, font: str, size: float, width: float) -> str:
    """Put one word on the current line, breaking lines (and the word at a SHY) as needed."""
    while True:
        plain = word.replace(SHY, "")
        candidate = f"{line} {plain}" if line else plain
        if _width(candidate, font, size) <= width:
            return candidate
        for cut in [i for i, ch in enumerate(word) if ch == SHY][::-1]:
            head = word[:cut].replace(SHY, "") + "-"
            if _width(f"{line} {head}" if line else head, font, size) <= width:
                out.lines.append(f"{line} {head}" if line else head)
                out.hyphenated.append(Hyphenation(head[:-1], plain))
                word, line = word[cut + 1 :], ""
                break
        else:
            if not line:
                return plain  # a word wider than the line: let it stick out
            if line.endswith("-") and plain in ("och", "eller"):
                out.kept.append(f"{line.split()[-1]} {plain}")
            out.lines.append(line)
            line = ""


class _Layout:
    """Places text and rules page by page; records what the truth needs."""

    def __init__(self, max_pages: int | None = None) -> None:
        self.pages: list[list[_Op]] = []
        self.y = TOP
        self.max_pages = max_pages
        self.hyphenated: list[Hyphenation] = []
        self.kept: list[str] = []
        self.headings: list[tuple[str, int]] = []

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP

    def fits(self, height: float) -> bool:
        """Whether height fits on this page, or (within the page budget) on a new one."""
        if height <= self.y - BOTTOM:
            return True
        return self.max_pages is None or self.page < self.max_pages

    def ensure(self, height: float) -> None:
        if height > self.y - BOTTOM:
            self.new_page()

    def text(self, x: float, y: float, text: str, font: str = REGULAR, size: float = BODY) -> None:
        self.pages[-1].append(_Text(x, y, text, font, size))

    def lines(
        self,
        wrapped: _Wrapped,
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
        self.lines(_wrap(text, BOLD, size, BODY_W), LEFT, font=BOLD, size=size, leading=size * 1.3)
        self.y -= 6
        self.headings.append((text, self.page))
        return True

    def paragraph(
        self, text: str, *, x: float = LEFT, width: float = BODY_W, after: float = 7.0
    ) -> bool:
        wrapped = _wrap(text, REGULAR, BODY, width)
        height = len(wrapped.lines) * LEADING + after
        if not self.fits(height):
            return False
        self.ensure(height)
        self.lines(wrapped, x)
        self.y -= after
        return True

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            wrapped = _wrap(item, REGULAR, BODY, BODY_W - 14)
            self.ensure(len(wrapped.lines) * LEADING + 4)
            self.text(LEFT + 2, self.y - LEADING, "\u2022")
            self.lines(wrapped, LEFT + 14)
            self.y -= 4

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
        """A ruled table; the header row is repeated on every page. Returns each row's page."""
        pages: list[int] = []
        self._row(header, bold=True)
        for row in rows:
            wrapped = [
                _wrap(c, REGULAR, CELL, w - 2 * PAD) for c, w in zip(row, TABLE_WIDTHS, strict=True)
            ]
            height = max(len(w.lines) for w in wrapped) * CELL_LEADING + 2 * PAD
            if height > self.y - BOTTOM:
                if not self.fits(height):
                    break
                self.new_page()
                self._row(header, bold=True)
            self._row_lines(wrapped, height)
            pages.append(self.page)
        self.y -= 10
        return pages

    def _row(self, cells: Sequence[str], *, bold: bool) -> None:
        wrapped = [
            _wrap(c, BOLD, CELL, w - 2 * PAD) for c, w in zip(cells, TABLE_WIDTHS, strict=True)
        ]
        height = max(len(w.lines) for w in wrapped) * CELL_LEADING + 2 * PAD
        self.ensure(height + 2 * CELL_LEADING + 2 * PAD)
        self.pages[-1].append(_Fill(LEFT, self.y - height, BODY_W, height))
        self._row_lines(wrapped, height, font=BOLD)

    def _row_lines(self, cells: list[_Wrapped], height: float, font: str = REGULAR) -> None:
        top, x = self.y, LEFT
        self.pages[-1].append(_Rule(LEFT, top, RIGHT, top))
        self.pages[-1].append(_Rule(LEFT, top - height, RIGHT, top - height))
        for cell, width in zip(cells, TABLE_WIDTHS, strict=True):
            self.pages[-1].append(_Rule(x, top, x, top - height))
            self.hyphenated += cell.hyphenated
            self.kept += cell.kept
            for i, line in enumerate(cell.lines):
                self.text(x + PAD, top - PAD - CELL * 0.8 - i * CELL_LEADING, line, font, CELL)
            x += width
        self.pages[-1].append(_Rule(RIGHT, top, RIGHT, top - height))
        self.y = top - height


def _register_fonts() -> None:
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "VeraBd.ttf")))


_LOCAL = (  # {shy} marks where a word may be hyphenated
    "{town} kommun arbetar med att förebygga våld i nära relationer genom samverkan mellan "
    "social{shy}tjänsten, skolan och hälso- och sjukvården.",
    "Arbetet följs upp i kommunens årliga verksamhets{shy}plan och redovisas för den regionala "
    "samverkansgruppen.",
    "Under perioden prioriteras stödet till barn som har upplevt våld och till våldsutsatta "
    "äldre, som ofta har svårt att söka hjälp på egen hand.",
    "Personalen inom äldre{shy}omsorgen och funktionshinder{shy}omsorgen ska kunna upptäcka "
    "våld och veta vart den våldsutsatta kan vända sig.",
    "Kommunen samverkar med Polismyndigheten och Region Väster{shy}norrland i enskilda "
    "ärenden och i det förebyggande arbetet.",
    "Ideella organisationer bjuds in till kommunens nätverk mot våld minst två gånger per år.",
    "Under {year} genomförs en kartläggning av hur många som söker stöd och hur länge de "
    "väntar på en första kontakt med social{shy}tjänsten.",
)


def _local_paragraph(town: str, number: int, k: int) -> str:
    picked = [_LOCAL[(number + k + i) % len(_LOCAL)] for i in range(3)]
    year = 2022 + (number + k) % 5
    return " ".join(p.format(town=town, year=year, shy=SHY) for p in picked)


def _appendix_rows(town: str, number: int, n: int) -> list[tuple[str, str, str]]:
    """Local activities for the benchmark's appendices, varied so each row is distinct."""
    out = []
    for i in range(n):
        description, _, timeframe, _ = _ROWS[(number + i) % len(_ROWS)]
        out.append(
            (f"{_plain(description)} i {town} (del {number}.{i + 1})", f"{town} kommun", timeframe)
        )
    return out


def build_plan(
    *,
    pages: int | None = None,
    page_numbers: Literal["sida", "bare"] = "sida",
    goals_heading: str = "2 Målsättningar",
) -> PlanPdf:
    """The plan; with ``pages``, appendices of local activities fill it to that many pages."""
    _register_fonts()
    layout = _Layout(max_pages=pages)
    layout.new_page()  # 1: title page
    layout.y = HEIGHT - 260
    layout.lines(_wrap(TITLE, BOLD, 24, BODY_W), LEFT, font=BOLD, size=24, leading=30)
    layout.y -= 24
    layout.lines(_wrap(ISSUER, REGULAR, 14, BODY_W), LEFT, size=14, leading=18)
    layout.lines(_wrap("Mars 2022", REGULAR, 12, BODY_W), LEFT, size=12, leading=18)
    layout.new_page()  # 2: contents, filled in once the headings' pages are known
    toc_page = layout.page

    layout.new_page()
    layout.heading("1 Inledning", space_before=0)
    for text in _INTRO:
        layout.paragraph(text)
    layout.heading(goals_heading)
    goals_page = layout.page
    layout.bullets(_GOALS)
    layout.paragraph("Målsättningarna gäller för hela perioden och följs upp varje år.")

    layout.new_page()
    layout.heading("3 Samverkan i länet", space_before=0)
    layout.paragraph(
        "Arbetet bedrivs i \ufb02era forum på regional och lokal nivå. De viktigaste "
        "beskrivs nedan."
    )
    column_paragraphs: list[str] = []
    y0, ends = layout.y, []
    for column, x in zip(_COLUMNS, (LEFT, LEFT + COL_W + GUTTER), strict=True):
        layout.y = y0
        for title, text in column:
            layout.lines(_wrap(title, BOLD, BODY, COL_W), x, font=BOLD)
            layout.headings.append((title, layout.page))
            layout.y -= 2
            layout.paragraph(text, x=x, width=COL_W)
            column_paragraphs.append(_plain(text))
        ends.append(layout.y)
    layout.y = min(ends)
    layout.paragraph("Forumen rapporterar till ledningsgruppen två gånger per år.")

    layout.heading("4 Aktiviteter och ansvar")
    layout.paragraph(
        "Tabellen visar de aktiviteter som länets aktörer har kommit överens om, vem som är "
        "ansvarig för varje aktivitet och när den ska genomföras."
    )
    layout.paragraph(
        "Varje ansvarig organisation redovisar sina aktiviteter i den årliga uppföljningen. "
        "Aktiviteterna kan kompletteras under perioden när nya behov uppstår."
    )
    header = ("Aktivitet", "Ansvarig", "Tidplan")
    row_pages = layout.table(header, [row[:3] for row in _ROWS])
    layout.heading("5 Uppföljning")
    layout.paragraph(
        "Länsstyrelsen Västernorrland följer upp handlingsplanen årligen tillsammans med "
        "Region Västernorrland."
    )
    _fill_appendices(layout, pages)

    total = layout.page
    _contents(layout, toc_page)
    running = _running(layout, total, page_numbers)
    activities = tuple(
        ActivityTruth(_plain(d), resp, t, page)
        for (d, _, t, resp), page in zip(_ROWS, row_pages, strict=True)
    )
    truth = PlanTruth(
        title=TITLE,
        document_id=DOCUMENT_ID,
        kind="action_plan",
        period=(2022, 2026),
        page_count=total,
        goals=tuple(_plain(g) for g in _GOALS),
        goals_page=goals_page,
        goals_section=goals_heading,
        activities=activities,
        activities_section="4 Aktiviteter och ansvar",
        table_header=header,
        running_lines=tuple(running),
        hyphenated=tuple(layout.hyphenated),
        kept_hyphens=tuple(layout.kept),
        ligature_words=LIGATURE_WORDS,
        column_paragraphs=tuple(column_paragraphs),
        headings=tuple(layout.headings),
    )
    return PlanPdf(_render(layout.pages, title=TITLE), truth)


def _fill_appendices(layout: _Layout, pages: int | None) -> None:
    """One appendix per municipality: about two pages of text, then a table of its activities,
    until the page budget is spent (a real plan is mostly text, with tables in places)."""
    if pages is None:
        return
    towns = list(KOMMUN)
    number = 1
    while layout.page < pages:
        town = towns[(number - 1) % len(towns)]
        layout.new_page()
        layout.heading(f"Bilaga {number} Lokalt arbete i {town} kommun", space_before=0)
        for k in range(30):
            if not layout.paragraph(_local_paragraph(town, number, k)):
                return
        if not layout.heading(f"Lokala aktiviteter i {town} kommun", size=13):
            return
        layout.table(("Aktivitet", "Ansvarig", "Tidplan"), _appendix_rows(town, number, 14))
        number += 1


def _contents(layout: _Layout, page: int) -> None:
    ops = layout.pages[page - 1]
    ops.append(_Text(LEFT, TOP - 16, "Innehåll", BOLD, 16))
    y = TOP - 48
    for title, at in layout.headings:
        if not title[0].isdigit():
            continue
        number = str(at)
        end = RIGHT - _width(number, REGULAR, BODY) - 4
        dots = "." * int(
            (end - LEFT - _width(title, REGULAR, BODY) - 8) / _width(".", REGULAR, BODY)
        )
        ops.append(_Text(LEFT, y, title, REGULAR, BODY))
        ops.append(_Text(end - _width(dots, REGULAR, BODY), y, dots, REGULAR, BODY))
        ops.append(_Text(RIGHT - _width(number, REGULAR, BODY), y, number, REGULAR, BODY))
        y -= LEADING * 1.4


def _running(layout: _Layout, total: int, page_numbers: str) -> list[str]:
    """Headers and footers on every page but the title page; returns the lines drawn."""
    drawn: list[str] = []
    for number, ops in enumerate(layout.pages[1:], start=2):
        ops.append(_Text(LEFT, HEIGHT - 45, RUNNING_HEADER, REGULAR, 8))
        ops.append(_Rule(LEFT, HEIGHT - 52, RIGHT, HEIGHT - 52, 0.4))
        if page_numbers == "sida":
            label = f"Sida {number} av {total}"
            ops.append(_Text(LEFT, 40, RUNNING_FOOTER, REGULAR, 8))
            ops.append(_Text(RIGHT - _width(label, REGULAR, 8), 40, label, REGULAR, 8))
            drawn += [RUNNING_HEADER, RUNNING_FOOTER, label]
        else:
            label = str(number)
            ops.append(_Text((WIDTH - _width(label, REGULAR, 8)) / 2, 40, label, REGULAR, 8))
            drawn += [RUNNING_HEADER]
    return drawn


def _render(pages: list[list[_Op]], *, title: str, **canvas_args: Any) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, **canvas_args)
    canvas.setTitle(title)
    canvas.setAuthor(ISSUER)
    for ops in pages:
        for op in ops:
            if isinstance(op, _Fill):
                canvas.setFillGray(0.88)
                canvas.rect(op.x, op.y, op.w, op.h, stroke=0, fill=1)
                canvas.setFillGray(0)
            elif isinstance(op, _Rule):
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
    _register_fonts()
    rendered: list[list[_Op]] = []
    for lines in pages:
        y, ops = TOP, []
        for line in lines:
            y -= size * 1.3
            ops.append(_Text(LEFT, y, line, REGULAR, size))
        rendered.append(list(ops))
    return _render(rendered, title="", **canvas_args)

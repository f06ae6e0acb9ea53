"""Tables without vertical rules (ingest.readers.pdf_unruled, ingest.readers.pdf_headers)
and what runs on from one page to the next (ingest.readers.pdf_assemble), on lines placed
by hand."""

from __future__ import annotations

import pytest

from ingest.readers.pdf_assemble import Page, assemble
from ingest.readers.pdf_columns import reading_order
from ingest.readers.pdf_headers import Role, is_header, role
from ingest.readers.pdf_pdfium import PageSurvey
from ingest.readers.pdf_tables import Ruling
from ingest.readers.pdf_unruled import find_tables
from ingest.readers.pdf_words import Line, Word
from tests.ingest.pdf.test_pdf_parts import line

COLUMNS = (70.0, 300.0, 440.0)  # where Aktivitet, Ansvarig and Tidplan start
RIGHT = 525.0


def row(
    cells: list[str], baseline: float, *, bold: bool = False, starts: tuple[float, ...] = COLUMNS
) -> Line:
    """One line of a table: each text at its column's start (empty texts leave a gap)."""
    words: list[Word] = []
    for text, x in zip(cells, starts, strict=False):
        words += line(text, x, baseline, bold=bold).words if text else []
    return Line(tuple(words))


HEADER = ["Aktivitet", "Ansvarig", "Tidplan"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Aktivitet", Role.WHAT),
        ("Åtgärder", Role.WHAT),
        ("Insatser", Role.WHAT),
        ("Aktivitet/åtgärd", Role.WHAT),
        ("Ansvarig", Role.WHO),
        ("Ansvar", Role.WHO),
        ("Ansvariga aktörer", Role.WHO),
        ("Ansvarig förvaltning:", Role.WHO),
        ("Tidplan", Role.WHEN),
        ("När?", Role.WHEN),
        ("Klart", Role.WHEN),
        ("Klart senast", Role.WHEN),
        ("Uppföljning", Role.OTHER),
        ("Indikator", Role.OTHER),
        ("Uppföljning/indikator", Role.OTHER),
        ("Region Västernorrland", None),
        ("Ta fram en rutin", None),
        ("2024", None),
    ],
)
def test_header_cells_in_their_usual_variants(cell: str, expected: Role | None) -> None:
    assert role(cell) is expected


def test_a_header_needs_two_named_cells_one_of_them_core() -> None:
    assert is_header(["Åtgärd", "Ansvar", "När"])
    assert is_header(["Aktivitet", "Kommentar"])
    assert not is_header(["Mål", "Indikator"])  # a table, but not of activities
    assert not is_header(["Ansvarig"])
    assert not is_header(["Ansvarig", "Region Västernorrland"])


def _cells(lines: list[Line], rulings: list[Ruling] | None = None) -> list[tuple[str, ...]]:
    [part], _ = find_tables(lines, rulings or [])
    return list(part.rows)


def test_rows_split_at_horizontal_rules_and_cells_of_several_lines_joined() -> None:
    lines = [
        row(HEADER, 100, bold=True),
        row(["Utbilda personal i", "Region Jämtland", "Hösten 2025"], 124),
        row(["skolan och social-", "Härjedalen"], 136),
        row(["tjänsten"], 148),
        row(["Följa upp planen", "Östersunds kommun", "Årligen"], 172),
        line("Tabellen visar vem som gör vad och när det ska vara klart i hela länet.", 70, 200),
    ]
    rulings = [Ruling(y, 70, RIGHT) for y in (106, 154, 178)]
    assert _cells(lines, rulings) == [
        tuple(HEADER),
        (
            "Utbilda personal i skolan och socialtjänsten",
            "Region Jämtland Härjedalen",
            "Hösten 2025",
        ),
        ("Följa upp planen", "Östersunds kommun", "Årligen"),
    ]
    _, rest = find_tables(lines, rulings)
    assert [ln.text for ln in rest] == [lines[-1].text]  # running text ends the table


def test_a_short_line_after_the_table_is_text_not_a_row() -> None:
    note = row(["Källa: egen sammanställning"], 200)  # in the first column, no rule under it
    ruled = [
        row(HEADER, 100, bold=True),
        row(["Ordna en temadag", "Socialnämnden", "2025"], 124),
        row(["Följa upp planen", "Kommunstyrelsen", "Årligen"], 148),
        note,
        line(
            "Planen följs upp varje år av kommunstyrelsen och redovisas för fullmäktige.", 70, 220
        ),
    ]
    rulings = [Ruling(y, 70, RIGHT) for y in (106, 130, 154)]
    [part], rest = find_tables(ruled, rulings)
    assert part.rows[-1] == ("Följa upp planen", "Kommunstyrelsen", "Årligen")
    assert note in rest
    spaced = [row(["Åtgärd", "Ansvar", "När"], 100, bold=True), *ruled[1:3]]
    spaced += [row(["Område två"], 176, bold=True), row(["Nästa stycke"], 189), ruled[-1]]
    [part], rest = find_tables(spaced, [])
    assert part.rows[-1][0] == "Följa upp planen" and len(rest) == 3


def test_without_rules_rows_split_where_the_pitch_widens() -> None:
    lines = [
        row(["Åtgärd", "Ansvar", "När"], 100, bold=True),
        row(["Ordna en temadag om", "Socialnämnden", "2025"], 120),
        row(["Våld i nära relationer"], 132),  # a capital inside a cell: the pitch decides
        row(["Sammanställa statistik", "Socialnämnden", "Löpande"], 152),
    ]
    assert _cells(lines)[1:] == [
        ("Ordna en temadag om Våld i nära relationer", "Socialnämnden", "2025"),
        ("Sammanställa statistik", "Socialnämnden", "Löpande"),
    ]


def test_without_rules_or_spacing_a_capital_in_the_first_column_opens_a_row() -> None:
    lines = [
        row(["Aktiviteter", "Ansvariga", "Tidsplan"], 100, bold=True),
        row(["Ordna en temadag om", "Socialnämnden", "2025"], 113),
        row(["våld i nära relationer"], 126),
        row(["Sammanställa statistik", "Socialnämnden", "Löpande"], 139),
    ]
    assert _cells(lines)[1:] == [
        ("Ordna en temadag om våld i nära relationer", "Socialnämnden", "2025"),
        ("Sammanställa statistik", "Socialnämnden", "Löpande"),
    ]


def test_a_centred_header_takes_its_columns_from_the_body() -> None:
    centred = (120.0, 340.0, 460.0)
    lines = [
        row(HEADER, 100, bold=True, starts=centred),
        row(["Ordna en temadag", "Socialnämnden", "2025"], 120),
        row(["Sammanställa statistik", "Kommunstyrelsen", "Löpande"], 140),
        row(["Utbilda chefer", "Socialnämnden", "2026"], 160),
    ]
    [part], _ = find_tables(lines, [])
    assert part.edges[:-1] == COLUMNS
    assert part.rows[2] == ("Sammanställa statistik", "Kommunstyrelsen", "Löpande")


def test_header_words_in_running_text_make_no_table() -> None:
    lines = [
        line("Ansvarig för varje aktivitet och tidplan för arbetet anges i bilagan.", 70, 100),
        line("Aktivitet Ansvarig Tidplan", 70, 113),  # one word space apart: not cells
        line("Mer text om arbetet.", 70, 126),
    ]
    parts, rest = find_tables(lines, [])
    assert parts == [] and len(rest) == 3


def test_a_page_that_goes_on_with_the_columns_continues_the_table() -> None:
    first = [row(HEADER, 100, bold=True), row(["Ordna en temadag", "Socialnämnden", "2025"], 120)]
    [previous], _ = find_tables(first, [])
    top = [
        row(["Sammanställa statistik", "Kommunstyrelsen", "Löpande"], 80),
        row(["Utbilda chefer", "Socialnämnden", "2026"], 100),
        line(
            "Planen följs upp varje år av kommunstyrelsen och redovisas för fullmäktige.", 70, 130
        ),
    ]
    [part], rest = find_tables(top, [], carry=previous)
    assert part.rows == (
        ("Sammanställa statistik", "Kommunstyrelsen", "Löpande"),
        ("Utbilda chefer", "Socialnämnden", "2026"),
    )
    assert len(rest) == 1


def _page(lines: list[Line]) -> Page:
    return Page(PageSurvey(595.0, 842.0, 1, False), lines, [])


def test_a_row_broken_by_the_page_is_one_row_whose_text_starts_the_next_page() -> None:
    pdf = assemble(
        [
            _page(
                [
                    row(HEADER, 100, bold=True),
                    row(["Ordna en temadag", "Socialnämnden", "2025"], 120),
                    row(["Utbilda poliser i att", "Polismyndig-", "Våren 2024"], 140),
                ]
            ),
            _page(
                [
                    row(HEADER, 100, bold=True),
                    row(["utreda hedersbrott", "heten"], 120),
                    row(["Följa upp planen", "Kommunstyrelsen", "Årligen"], 140),
                ]
            ),
        ],
        None,
    )
    lines = pdf.text.split("\n")
    assert lines == [
        "| Aktivitet | Ansvarig | Tidplan |",
        "| Ordna en temadag | Socialnämnden | 2025 |",
        "| Utbilda poliser i att utreda hedersbrott | Polismyndigheten | Våren 2024 |",
        "| Följa upp planen | Kommunstyrelsen | Årligen |",
    ]
    assert pdf.text[pdf.page_starts[1] :].startswith("utreda hedersbrott |")


def test_a_new_row_after_a_repeated_header_stays_a_row() -> None:
    pdf = assemble(
        [
            _page(
                [
                    row(HEADER, 100, bold=True),
                    row(["Ordna en temadag", "Socialnämnden", "2025"], 120),
                ]
            ),
            _page(
                [row(HEADER, 100, bold=True), row(["Utbilda chefer", "Socialnämnden", "2026"], 120)]
            ),
        ],
        None,
    )
    assert pdf.text.split("\n")[1:] == [
        "| Ordna en temadag | Socialnämnden | 2025 |",
        "| Utbilda chefer | Socialnämnden | 2026 |",
    ]
    assert pdf.text[pdf.page_starts[1] :] == "| Utbilda chefer | Socialnämnden | 2026 |"


def _paragraph_pages(last: str, first: str) -> list[Page]:
    full = "Kommunen arbetar vidare med planen under hela perioden och"
    return [
        _page([line(full, 70, 700), line(full, 70, 713), line(last, 70, 726)]),
        _page([line(first, 70, 100), line("Slut.", 70, 113)]),
    ]


def test_a_paragraph_broken_by_the_page_is_one_paragraph() -> None:
    pdf = assemble(
        _paragraph_pages("redovisar den för nämnden varje", "höst i ett särskilt ärende."), None
    )
    [paragraph] = pdf.text.split("\n\n")
    assert paragraph.endswith("redovisar den för nämnden varje höst i ett särskilt ärende. Slut.")
    assert pdf.text[pdf.page_starts[1] :].startswith("höst i ett")


def test_a_paragraph_that_ends_at_the_foot_of_the_page_stays_apart() -> None:
    pdf = assemble(_paragraph_pages("redovisar den för nämnden.", "Nästa stycke börjar här."), None)
    assert len(pdf.text.split("\n\n")) == 2
    assert pdf.text[pdf.page_starts[1] :].startswith("Nästa stycke")


def test_a_brochure_in_four_columns_reads_column_by_column() -> None:
    texts = {
        70.0: "Ett stycke i den första spalten om hur arbetet i länet går till och vem som "
        "gör vad under året som kommer.",
        185.0: "Den andra spalten handlar om skolan och om vården och om hur de samverkar i "
        "varje kommun i hela länet.",
        300.0: "Den tredje spalten tar upp polisens roll i arbetet mot våld i nära relationer "
        "och hur den följs upp.",
        415.0: "Den fjärde spalten sammanfattar det hela och vad som händer sedan när planen "
        "har följts upp av alla.",
    }
    chunks = {
        x: [" ".join(t.split()[i : i + 3]) for i in range(0, 24, 3)] for x, t in texts.items()
    }
    lines = []
    for i in range(8):
        words = [
            w
            for x, parts in chunks.items()
            if parts[i]
            for w in line(parts[i], x, 100 + 13 * i).words
        ]
        lines += [Line(tuple(words))] if words else []
    under = (
        "En rad under spalterna som går över hela sidans bredd, från vänster kant till höger kant."
    )
    lines.append(line(under, 70, 200))
    flows = reading_order(lines)
    assert [f.column for f in flows] == [1, 2, 3, 4, 0]
    assert [" ".join(ln.text for ln in f.lines) for f in flows[:4]] == list(texts.values())

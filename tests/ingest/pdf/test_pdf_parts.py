"""The PDF reader's steps on their own: clean-up, running lines, columns, blocks, tables."""

from __future__ import annotations

import pytest

from ingest.readers.pdf_blocks import Kind, blocks
from ingest.readers.pdf_cleanup import expand_ligatures, join_lines, strip_leaders
from ingest.readers.pdf_columns import Column, find_gutter, reading_order
from ingest.readers.pdf_running import is_page_number, running_lines
from ingest.readers.pdf_tables import TablePart, cell_text, continuation_rows, continues, pipe_row
from ingest.readers.pdf_words import Char, Line, Word, lines_of, words_of

BODY = 10.0


def line(text: str, x0: float, baseline: float, size: float = BODY, bold: bool = False) -> Line:
    """A line as a PDF would place it: 0.5 em per character, 0.3 em per space."""
    words = []
    x = x0
    for token in text.split():
        width = 0.5 * size * len(token)
        words.append(Word(token, x, x + width, baseline, size, bold))
        x += width + 0.3 * size
    return Line(tuple(words))


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("de gemensamma fortbild-", "ningsinsatserna", "de gemensamma fortbildningsinsatserna"),
        ("bland annat kvinno-", "och flickjourer", "bland annat kvinno- och flickjourer"),
        ("mäns våld mot kvinno-", "eller flickjourer", "mäns våld mot kvinno- eller flickjourer"),
        ("Ansvarig: BAS-", "nämnden", "Ansvarig: BAS-nämnden"),
        ("för perioden 2022-", "2026", "för perioden 2022-2026"),
        ("slutet av meningen.", "Nästa mening", "slutet av meningen. Nästa mening"),
        ("ett mjukt avstav\u00ad", "ningstecken", "ett mjukt avstavningstecken"),
        ("tankstreck \u2013", "och mer", "tankstreck \u2013 och mer"),
    ],
)
def test_join_lines(first: str, second: str, joined: str) -> None:
    assert join_lines(first, second) == joined


def test_ligatures_expand_and_nothing_else_is_folded() -> None:
    assert expand_ligatures("\ufb00 \ufb01 \ufb02 \ufb03 \ufb04") == "ff fi fl ffi ffl"
    assert expand_ligatures("m² ½ \uff21") == "m² ½ \uff21"  # NFKC would fold these


def test_contents_leaders_are_stripped() -> None:
    assert strip_leaders("3 Samverkan i länet ........................ 4") == (
        "3 Samverkan i länet 4"
    )


def test_words_split_at_spaces_and_at_wide_gaps_but_not_at_kerning() -> None:
    chars = [
        Char(ch, x, x + 5, 100.0, BODY, False)
        for ch, x in [("a", 0), ("v", 5.5), (" ", 10.5), ("b", 14), ("c", 40), ("c", 40.1)]
    ]
    assert [w.text for w in words_of(chars)] == ["av", "b", "c"]  # "c" drawn twice is one


def test_characters_on_one_baseline_are_one_line_in_x_order() -> None:
    chars = [
        Char("b", 20, 25, 100.4, BODY, False),
        Char("a", 0, 5, 100.0, BODY, False),
        Char("c", 0, 5, 113.0, BODY, False),
    ]
    assert [ln.text for ln in lines_of(chars)] == ["a b", "c"]


def test_a_raised_footnote_marker_stays_on_its_line_as_a_word_of_its_own() -> None:
    chars = [Char(ch, 5.0 * i, 5.0 * i + 5, 100.0, BODY, False) for i, ch in enumerate("våld")]
    chars.append(Char("1", 20.0, 23.0, 96.5, 6.0, False))  # raised and smaller
    chars += [Char(ch, 5.0 * i, 5.0 * i + 5, 113.0, BODY, False) for i, ch in enumerate("mot")]
    assert [ln.text for ln in lines_of(chars)] == ["våld 1", "mot"]


def _page(body: list[str], header: str | None, footer: str | None) -> list[Line]:
    found = [line(header, 70, 40, 8)] if header else []
    found += [line(text, 70, 100 + 13 * i) for i, text in enumerate(body)]
    if footer:
        found.append(line(footer, 70, 800, 8))
    return found


def test_running_lines_recur_at_the_page_edges() -> None:
    pages = [_page(["Titelsida"], None, None)] + [
        _page(
            [f"Avsnitt {n} börjar här.", "Mer text."],
            "Handlingsplan 2022\u20132026",
            f"Sida {n} av 5",
        )
        for n in range(2, 6)
    ]
    dropped = running_lines(pages, [842.0] * 5, BODY)
    assert dropped[0] == set()
    for page, drop in zip(pages[1:], dropped[1:], strict=True):
        assert {page[i].text for i in drop} == {
            "Handlingsplan 2022\u20132026",
            page[-1].text,
        }


def test_a_heading_repeated_at_the_top_of_pages_is_not_a_running_header() -> None:
    pages = [
        [line(f"Bilaga {n}", 70, 60, 16), line("Text.", 70, 100), line("Mer.", 70, 113)]
        for n in range(1, 5)
    ]
    assert running_lines(pages, [842.0] * 4, BODY) == [set()] * 4


def test_a_bare_page_number_goes_even_when_nothing_recurs() -> None:
    pages = [_page(["En sida."], None, "7")]
    assert running_lines(pages, [842.0], BODY) == [{1}]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3", True),
        ("- 3 -", True),
        ("Sida 3", True),
        ("Sida 3 av 12", True),
        ("3 (12)", True),
        ("3/12", True),
        ("2022", False),
        ("3 mål", False),
    ],
)
def test_page_numbers(text: str, number: bool) -> None:
    assert is_page_number(text) is number


def _columns() -> list[Line]:
    left = [
        "Vänster spalt börjar",
        "här och fortsätter",
        "nedåt på sidan i",
        "flera rader",
        "innan den",
        "tar slut.",
    ]
    right = [
        "Höger spalt läses",
        "efter den vänstra",
        "spalten, inte rad",
        "för rad med",
        "den, som en",
        "läsare gör.",
    ]
    full = [line("En rubrik som går över hela sidans bredd och fler ord", 70, 80)]
    rows = [
        Line(line(a, 70, 100 + 13 * i).words + line(b, 300, 100 + 13 * i).words)
        for i, (a, b) in enumerate(zip(left, right, strict=True))
    ]
    return full + rows


def test_two_columns_are_read_left_then_right() -> None:
    lines = _columns()
    assert find_gutter(lines) is not None
    flows = reading_order(lines)
    assert [f.column for f in flows] == [Column.FULL, Column.LEFT, Column.RIGHT]
    assert flows[1].lines[0].text == "Vänster spalt börjar"
    assert flows[2].lines[-1].text == "läsare gör."


def test_one_column_text_has_no_gutter() -> None:
    sentence = "Det här är en vanlig spalt med brödtext som fyller hela raden"
    words = sentence.split()
    lines = [line(" ".join(words[i:] + words[:i]), 70, 100 + 13 * i) for i in range(8)]
    assert find_gutter(lines) is None


def test_right_aligned_page_numbers_are_not_a_column() -> None:
    lines = [
        Line(
            line(f"{n} Avsnitt nummer {n}", 70, 100 + 13 * n).words
            + line(str(n), 500, 100 + 13 * n).words
        )
        for n in range(1, 9)
    ]
    assert find_gutter(lines) is None


def test_blocks_reflow_paragraphs_and_split_headings_and_items() -> None:
    flow_lines = [
        line("2 Målsättningar", 70, 80, 16),
        line("Planen har fyra mål som gäller för hela", 70, 100),
        line("perioden.", 70, 113),
        line("\u2022 Ett utökat och verkningsfullt förebyggande", 70, 130),
        line("arbete mot våld.", 84, 143),
        line("\u2022 Effektivare brottsbekämpning.", 70, 156),
        line("Uppföljning", 70, 180, bold=True),
        line("Arbetet följs upp årligen.", 70, 195),
    ]
    found = blocks(reading_order(flow_lines), BODY)
    assert [(b.kind, b.text) for b in found] == [
        (Kind.HEADING, "2 Målsättningar"),
        (Kind.PARAGRAPH, "Planen har fyra mål som gäller för hela perioden."),
        (Kind.ITEM, "\u2022 Ett utökat och verkningsfullt förebyggande arbete mot våld."),
        (Kind.ITEM, "\u2022 Effektivare brottsbekämpning."),
        (Kind.HEADING, "Uppföljning"),
        (Kind.PARAGRAPH, "Arbetet följs upp årligen."),
    ]


def test_a_large_sentence_is_not_a_heading() -> None:
    found = blocks(reading_order([line("En inledning i större stil.", 70, 80, 13)]), BODY)
    assert found[0].kind is Kind.PARAGRAPH


def test_dash_items_need_company() -> None:
    alone = [line("Han sa", 70, 100), line("- och gick.", 70, 113)]
    listed = [line("- Första punkten", 70, 100), line("- Andra punkten", 70, 113)]
    assert [b.kind for b in blocks(reading_order(alone), BODY)] == [Kind.PARAGRAPH]
    assert [b.text for b in blocks(reading_order(listed), BODY)] == [
        "\u2022 Första punkten",
        "\u2022 Andra punkten",
    ]


def _part(rows: list[tuple[str, ...]], edges: tuple[float, ...] = (70, 305, 445, 525)) -> TablePart:
    return TablePart(90.0, 700.0, edges[0], edges[-1], edges, tuple(rows))


def test_a_continued_table_drops_its_repeated_header() -> None:
    header = ("Aktivitet", "Ansvarig", "Tidplan")
    first = _part([header, ("Utbilda", "Region Västernorrland", "2023")])
    second = _part([header, ("Följa upp", "Länsstyrelsen Västernorrland", "Årligen")])
    assert continues(first, second)
    assert continuation_rows(header, second) == (
        ("Följa upp", "Länsstyrelsen Västernorrland", "Årligen"),
    )
    other = _part([("Namn", "Telefon")], edges=(70, 300, 525))
    assert not continues(first, other)


def test_cells_are_joined_dehyphenated_and_cannot_split() -> None:
    assert cell_text("Länsstyrelsen Väster-\nnorrland") == "Länsstyrelsen Västernorrland"
    assert cell_text("missbruks-\noch beroendevården") == "missbruks- och beroendevården"
    assert cell_text("A | B") == "A / B"
    assert cell_text(None) == ""
    assert pipe_row(["Aktivitet", "Ansvarig"]) == "| Aktivitet | Ansvarig |"

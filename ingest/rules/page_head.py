"""The page's layout around a document mention: its first lines (the title and the
header block), running page headers and footers, and where sentences start.

Why apart: the document rules ask these questions of every mention, and the answers
depend only on the page's lines.
"""

from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

from ingest.context import Context

HEAD_LINES = 8
_HEAD_KEEP = 12  # the most lines any caller asks for
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line with text
# "Kiruna kommun | Rutin vid ... | Sida 2 av 5": a running page header or footer.
_PAGE_FOOTER = re.compile(r"\|[^\n|]*\|\s*Sida\s+\d+[^\n]*$|\|\s*Sida\s+\d+[^\n]*$", re.M)
# "§ 127 E-strategi för ...", "17. Digital strategi ...": an item number opening a heading.
_ITEM_NUMBER = re.compile(r"(?:§\s*\d+|\d{1,2}\.(?:\d{1,2}\.?)?)[ \t]+")


# Site chrome scraped above a page's headline: share and skip links, a contact block with
# its phone numbers, opening hours and addresses ("Kontakta Halmstads kommun" / "Telefon"
# / "Måndag-torsdag" / "Kl. 08.00 - 17.00" / "301 05 Halmstad"). The headline stands below
# it, so a page's first lines are counted after it.
_WEEKDAY = r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar)?"
_CHROME = re.compile(
    r"(?:Telefon(?:tider)?|Tfn|Växel|E-post|E-postadress|Öppettider(?:\s+\S+){0,3}|"
    r"Besöksadress|Postadress|Adress|Kontakt|Kontakta(?:\s+\S+){0,3}|"
    r"Dela(?:\s+(?:sidan|på)(?:\s+\S+){0,4})?|Skriv\s+ut|Lyssna|Meny|Sök|Stäng|"
    r"Hoppa\s+till(?:\s+\S+){0,3}|Gå\s+(?:direkt\s+)?till\s+(?:sidans\s+)?\S*innehåll\S*|"
    r"Du\s+är\s+här\s*:?|"
    rf"{_WEEKDAY}(?:\s*[-\u2013]\s*{_WEEKDAY})?:?|"
    r"(?:Kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-\u2013]\s*\d{1,2}[.:]\d{2}|"
    r"[\d\s+()\u2013-]{6,}|\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö-]+|"
    r"[^\n@]*\S@\S+\.[a-z]{2,}|Se\s+karta\S*(?:\s+\S+){0,6}|"
    r"[\wåäöÅÄÖ ]+,\s*[\wåäöÅÄÖ]+(?:gatan|vägen|torget|gränd|backen|allén)\s+\d+\w?|"
    # a county board's weather banner, a cookie notice
    r"Aktuella\s+vädervarningar\b.*|.*\bwebbplats(?:en)?\s+använder\s+(?:kakor|cookies)\b.*|"
    r"\W*)",
    re.I,
)
_HEAD_SCAN = 80  # lines: chrome longer than this is no page's top


def head_lines(ctx: Context, count: int) -> list[re.Match[str]]:
    """The page's first `count` lines with text, below the site chrome above its headline
    (chrome lines are skipped only up to the first line that is not chrome)."""
    if ctx.head_memo is None:
        found: list[re.Match[str]] = []
        lines = itertools.islice(_LINE.finditer(ctx.text), _HEAD_SCAN)
        for line in lines:
            if not found and _CHROME.fullmatch(line.group(0).strip()):
                continue
            found.append(line)
            if len(found) == _HEAD_KEEP:
                break
        if not found:  # a page of chrome alone: its own first lines
            found = list(itertools.islice(_LINE.finditer(ctx.text), _HEAD_KEEP))
        ctx.head_memo = found
    return ctx.head_memo[:count]


def top_lines(ctx: Context) -> list[re.Match[str]]:
    return head_lines(ctx, HEAD_LINES)


def top_end(ctx: Context) -> int:
    lines = top_lines(ctx)
    return lines[-1].end() if lines else 0


def is_heading(ctx: Context, start: int) -> bool:
    """A title: the mention opens one of the page's first lines (after an item number,
    "§ 94"), and that line ends without a full stop."""
    for line in top_lines(ctx):
        text = line.group(0)
        opening = line.start() + len(text) - len(text.lstrip())
        number = _ITEM_NUMBER.match(ctx.text, opening)
        if start in (opening, number.end() if number else -1):
            return not text.rstrip().endswith((".", ":"))
    return False


def in_headline(ctx: Context, start: int) -> bool:
    """Anywhere in one of the page's first lines that reads as a headline: no full stop
    or colon at its end ("Regeringen presenterar handlingsplan för ...")."""
    for line in top_lines(ctx):
        if line.start() <= start < line.end():
            return not line.group(0).rstrip().endswith((".", ":", "?"))
    return False


def opens_sentence(ctx: Context, pos: int) -> bool:
    sentence = ctx.sentence_of(pos)
    return sentence is not None and ctx.text[sentence.start : pos].strip() == ""


def opens_line(ctx: Context, pos: int) -> bool:
    """Only spaces (or an item number) between the line's start and pos."""
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    before = ctx.text[line_start:pos]
    return not before.strip() or bool(_ITEM_NUMBER.fullmatch(before.lstrip()))


# A line that credits a photo, captions one, or names the page's editor: the people,
# roles and bodies on it are not actors of the page ("Foto: ...", "På bild fr. v: ...").
_PHOTO_CREDIT = re.compile(r"\b(?:Foto|Fotograf|Bild|Bildtext|Illustration)\s*:", re.I)
_CAPTION_MAX = 300
_CREDIT_LINE = re.compile(
    r"[ \t]*(?:Foto|Fotograf|Bild|Bildtext|Illustration|Text|Från\s+vänster|Fr\.?\s*v\.?|"
    r"På\s+bild(?:en)?|Stående|Sittande|Publicerad\s+av|"
    r"(?:Senast\s+)?(?:uppdaterad|ändrad|granskad)\s+av|(?:Webb|Sid)?[Rr]edaktör)\b",
    re.I,
)


# A caption run into the paragraph it follows: "... i kommunen. Från vänster Eva Ek, ..."
_CAPTION_SENTENCE = re.compile(r"[ \t]*(?:Från\s+vänster|Fr\.\s*v\.|På\s+bild(?:en)?)\b", re.I)
# "X (SD) i fokus och bredvid honom vice ordförande Y": who stands where in the photo.
_BESIDE = re.compile(
    r"\bbredvid\s+(?:honom|henne|dem)\b|\b(?:till\s+(?:vänster|höger)|i\s+mitten)\s+"
    r"(?:i\s+bild|på\s+bilden)\b",
    re.I,
)


def in_caption(ctx: Context, pos: int) -> bool:
    """On a credit or caption line ("På bild fr. v: ...", "Foto: ..."), in a caption's
    sentence ("Från vänster Eva Ek, ..."), or on a short line that credits its photo
    anywhere ("Eva Ek och Bo Berg vid invigningen. Foto: Cia Ceder")."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    if _CREDIT_LINE.match(text, line_start, pos) is not None:
        return True
    sentence = ctx.sentence_of(pos)
    if sentence is not None and (
        _CAPTION_SENTENCE.match(text, sentence.start, pos)
        or _BESIDE.search(text, sentence.start, sentence.end)
    ):
        return True
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    return line_end - line_start <= _CAPTION_MAX and bool(
        _PHOTO_CREDIT.search(text, line_start, line_end)
    )


def person_in_caption(ctx: Context, pos: int) -> bool:
    """A person's mention in a caption, or in an image's alt text and caption scraped as
    lines of their own: the people only pictured are no actors of the page (the bodies
    and documents such a line names still are)."""
    if in_caption(ctx, pos):
        return True
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    line_end = ctx.text.find("\n", pos)
    line_end = len(ctx.text) if line_end < 0 else line_end
    return line_end - line_start <= _CAPTION_MAX and _alt_text(ctx.text, line_start, line_end)


# An image's alt text and its caption, scraped as lines of their own: two full names
# alone ("Anna Ek och Bo Berg"), or a line said twice in a row below the headline.
_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_NAMES_ONLY = re.compile(rf"{_NAME}(?:(?:,\s+|\s+och\s+){_NAME})+")
_CAPTION_WORDS = 25
_SENTENCE_WORDS = 5


def _norm(line: str) -> str:
    return " ".join(line.split()).rstrip(".")


def _neighbours(text: str, start: int, end: int) -> tuple[list[str], str | None]:
    """The non-blank lines above the line [start, end) (nearest last), and the one below."""
    above = [x for x in text[max(0, start - 1500) : start].split("\n") if x.strip()]
    below = next((x for x in text[end : end + 1500].split("\n") if x.strip()), None)
    return above, below


def _alt_text(text: str, start: int, end: int) -> bool:
    line = _norm(text[start:end])
    if not line or len(line.split()) > _CAPTION_WORDS:
        return False
    lines_above, below = _neighbours(text, start, end)
    above = lines_above[-1] if lines_above else None
    if _NAMES_ONLY.fullmatch(line):
        return any(x is not None and line.split()[0] in x for x in (above, below))
    if any(x is not None and _NAMES_ONLY.fullmatch(_norm(x)) for x in (above, below)):
        return True
    # a sentence said twice in a row, neither time as the page's headline (a contact
    # card repeats a bare name: "Eva Ek / Eva Ek / Samordnare"); the alt text and the
    # caption may differ in a word ("skriver på" / "skrev på")
    if len(line.split()) < _SENTENCE_WORDS:
        return False
    repeats_below = bool(lines_above) and below is not None and _restates(_norm(below), line)
    repeats_above = len(lines_above) > 1 and above is not None and _restates(_norm(above), line)
    return repeats_below or repeats_above


_RESTATED = 0.85  # share of words two lines hold in the same order


def _restates(other: str, line: str) -> bool:
    """The same line, or one that differs from it in a word or so."""
    if other == line:
        return True
    a, b = other.split(), line.split()
    if abs(len(a) - len(b)) > 1:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= _RESTATED


def in_page_footer(ctx: Context, pos: int) -> bool:
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    line_end = ctx.text.find("\n", pos)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return bool(_PAGE_FOOTER.search(line))

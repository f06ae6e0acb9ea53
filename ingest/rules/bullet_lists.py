"""Bullet lists: runs of bullet lines ("•", "-", "*", "1.", "3.1", "a)") under an
introducing line.

A change of marker (symbol, number, sub-number) or any other line between two
items starts a new list (but one line indented deeper than the marker above it, a note
on that item), except letters under numbers ("1. Area" / "a) Goal"): those
are one list, the letters nested one level deeper (ingest.rules.nested_items). An
"Ansvarig: <who>" after an item, on its line or alone on the next line, is kept as that
item's responsible party. A dash line that quotes someone ("- Det känns bra, säger X"),
or runs over several sentences, is a quotation, not an item, and so is a dash line that
is a whole sentence right after a quotation ending in ":" ("- ..., säger X och
fortsätter:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span

_BULLET = re.compile(
    r"^[ \t]*(?P<marker>[•\*\-\u2013·▪◦]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?|[a-z]\))[ \t]+"
    r"(?P<item>\S[^\n]*?)[ \t]*$",
    re.M,
)
# A dash opens a quotation in Swedish news: "- Det känns jättebra ..., säger en nöjd X".
_QUOTED_SPEECH = re.compile(
    r"[,.!?]?\s(?:säger|sade|sa|menar|berättar|konstaterar|avslutar|fortsätter)\s"
)
# A dash line of several sentences is a quoted paragraph, even where "säger" is cut off.
_PARAGRAPH = re.compile(r"\w[.!?]\s+[A-ZÅÄÖ]\w*\s+\w+")
# "- Folkhälsa och välfärd. Minska hälsoklyftor ...": a short label, then what it means,
# under a line that opens a list (or after such an item): an item, not a paragraph.
_LABELLED = re.compile(r"[A-ZÅÄÖ][^.!?:\n]{2,60}\.\s+[A-ZÅÄÖ]")
# "- ..., säger X och fortsätter:" then "- <sentence>.": the speaker goes on quoting.
_SPEECH_GOES_ON = re.compile(r":\s*$")
_SENTENCE = re.compile(r"[A-ZÅÄÖ][^\n]*\s[^\n]*[.!?]\s*$")
# "Ansvarig: X", "(ansvar: X)", and after a dash without a colon: "<desc> - ansvarig X".
_ANSVARIG = compile_guarded(
    r"(?:(?:^|[.;,]?\s+|\()(?:[Aa]nsvarig[a]?|[Aa]nsvar)\s*:"
    r"|\s+[\u2013\u2014-]\s+(?:[Aa]nsvarig[a]?|[Aa]nsvar)(?:\s*:)?(?=\s))\s*"
)
_ANSVARIG_LINE = re.compile(r"^[ \t]*[Aa]nsvarig[a]?\s*:\s*(?P<who>\S[^\n]*?)[ \t.]*$", re.M)


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    text: str
    resp: Span | None = None  # "Ansvarig: <who>" for this item
    depth: int = 0  # the marker's indentation: deeper items are a nested list's
    number: int = 0  # a numbered item's number ("3." is 3), else 0


ListItem = _Item  # an item, as other list readers build it


@dataclass(frozen=True, slots=True)
class BulletList:
    intro: Span
    items: list[_Item]
    end: int


def _marker_kind(marker: str) -> str:
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", marker):
        return "sub"
    if re.fullmatch(r"[a-z]\)", marker):
        return "letter"
    return "num" if marker[0].isdigit() else "sym"


def _goes_on(kinds: set[str], kind: str) -> bool:
    """Whether an item of `kind` goes on a list of `kinds`: the same marker, or letters
    and numbers mixed."""
    return kinds == {kind} or ({*kinds, kind} == {"num", "letter"} and "num" in kinds)


def _item(text: str, start: int, raw: str, depth: int = 0, number: int = 0) -> _Item:
    """An item, with a trailing "Ansvarig: X" split off into `resp`."""
    m = _ANSVARIG.search(raw)
    if m is None or m.start() == 0:
        return _Item(start, start + len(raw), raw.rstrip(" .;"), depth=depth, number=number)
    who_start = start + m.end()
    who = raw[m.end() :].rstrip(" .;)")
    desc = raw[: m.start()].rstrip(" .;(")
    resp = Span(who_start, who_start + len(who)) if who else None
    return _Item(start, start + len(desc), desc, resp, depth, number)


def list_item(start: int, raw: str) -> _Item:
    """An item at `start` (for lists read another way: ingest.rules.line_lists)."""
    return _item("", start, raw)


def _labelled(text: str, item: str, start: int, listed: bool) -> bool:
    """A labelled item, after another item or right under a line that ends in ":" (only
    whitespace, a line break among it, between the colon and the bullet)."""
    if _LABELLED.match(item) is None:
        return False
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    opens = before > 0 and text[before - 1] == ":" and "\n" in text[before:start]
    return listed or opens


def bullet_lists(text: str) -> list[BulletList]:
    lists: list[BulletList] = []
    current: list[_Item] = []
    last_end = -1
    kinds: set[str] = set()
    quote_goes_on = -1  # where a quotation ending in ":" ends
    for m in _BULLET.finditer(text):
        item = m.group("item")
        dash = m.group("marker") in "-\u2013"
        goes_on = quote_goes_on >= 0 and not text[quote_goes_on : m.start()].strip()
        if dash and (
            _QUOTED_SPEECH.search(item)
            or (_PARAGRAPH.search(item) and not _labelled(text, item, m.start(), bool(current)))
            or (goes_on and _SENTENCE.match(item))
        ):
            lists.extend(_close(text, current) if current else [])
            current = []
            quote_goes_on = m.end() if _SPEECH_GOES_ON.search(item) else -1
            continue  # "- Det känns bra, säger X": a quotation, not an item
        quote_goes_on = -1
        between = text[last_end : m.start()] if current else ""
        resp_line = _ANSVARIG_LINE.fullmatch(between.strip("\n")) if between.strip() else None
        if resp_line and current and current[-1].resp is None:
            offset = last_end + between.index(resp_line.group(0))
            who = resp_line.group("who")
            who_start = offset + resp_line.start("who")
            current[-1] = replace(current[-1], resp=Span(who_start, who_start + len(who)))
        elif current and _described(between, current[-1].depth):
            pass  # " • tillväxt" over "  tillväxt och kultur samspelar ...": the item's note
        elif current and _next_section(text, m.group("marker"), current[-1], kinds, between):
            pass  # "1. Area" over its prose, then "2. Area": numbered sections, one list
        elif current and (between.strip() or not _goes_on(kinds, _marker_kind(m.group("marker")))):
            lists.extend(_close(text, current))
            current = []
        kind = _marker_kind(m.group("marker"))
        kinds = {*kinds, kind} if current else {kind}
        depth = len(text[m.start() : m.start("marker")].expandtabs(4)) + (kind == "letter")
        numbered = _NUMBER.fullmatch(m.group("marker"))
        number = int(numbered.group(1)) if numbered else 0
        current.append(_item(text, m.start("item"), m.group("item"), depth, number))
        last_end = m.end()
    if current:
        lists.extend(_close(text, current))
    return lists


_NUMBER = re.compile(r"(\d{1,2})[.)]")
_SECTION_WORDS = 12  # a section's heading is short: a name, not a sentence
_SECTION_GAP = 1500  # the prose under one section


def _next_section(text: str, marker: str, last: _Item, kinds: set[str], between: str) -> bool:
    """The next of numbered short headings, each over a paragraph or two of prose."""
    number = _NUMBER.fullmatch(marker)
    if number is None or kinds != {"num"} or not between.strip() or len(between) > _SECTION_GAP:
        return False
    line = text[last.start : last.end].rstrip()
    short = len(last.text.split()) <= _SECTION_WORDS and not line.endswith((".", ":", ";"))
    return short and last.number == int(number.group(1)) - 1


def _described(between: str, depth: int) -> bool:
    """One line between two items, indented deeper than the item's marker: a note on the
    item above, not the end of the list."""
    lines = between.strip("\n").split("\n")
    if len(lines) != 1 or not lines[0].strip():
        return False
    indent = len(lines[0].expandtabs(4)) - len(lines[0].expandtabs(4).lstrip())
    return indent > depth


# An image's caption between the intro and its list ("Foto: Polisbil vid torget").
_CAPTION = re.compile(r"[ \t]*(?:foto|bild|fotograf|illustration)[ \t]*:", re.I)


# "2. Utbilda personal\nAnsvarig: Socialnämnden" at the list's end: the last item's too.
_NEXT_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)?(?P<line>[^\n]*)")


def _with_trailing_resp(text: str, item: _Item) -> _Item:
    line_end = text.find("\n", item.end)
    after = _NEXT_LINE.match(text, line_end) if item.resp is None and line_end >= 0 else None
    resp = _ANSVARIG_LINE.fullmatch(after.group("line")) if after else None
    if after is None or resp is None:
        return item
    who_start = after.start("line") + resp.start("who")
    return replace(item, resp=Span(who_start, who_start + len(resp.group("who"))))


def _close(text: str, items: list[_Item]) -> list[BulletList]:
    items = [*items[:-1], _with_trailing_resp(text, items[-1])]
    before = text[: items[0].start].rstrip()
    before = before[: before.rfind("\n")] if "\n" in before else ""
    before = before.rstrip()
    line_start = before.rfind("\n") + 1
    if _CAPTION.match(before, line_start):  # the intro is the line above the caption
        before = before[:line_start].rstrip()
        line_start = before.rfind("\n") + 1
    if not before[line_start:].strip():
        return []
    end = max(i.resp.end if i.resp else i.end for i in items)
    return [BulletList(Span(line_start, len(before)), items, end)]

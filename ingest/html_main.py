"""A web page's main content: its text, heading, dates and the files it links to.

Municipal pages (Sitevision and the like) wrap a few paragraphs of news in
navigation, cookie banners, breadcrumbs, "Lyssna" buttons and photo credits.
Extraction should see only the article, so the main region is taken (`<main>`,
`[role=main]`, the largest `<article>`, else the block holding the most
non-link paragraph text) and the chrome inside it is skipped.

Contact blocks are the exception: "Frågor kring nyheten?", "Kontakt",
`<address>` and "Sidansvarig" name people with their roles, so they are kept
wherever they sit on the page (a side column too, but not the site-wide
header and footer) and appended after the main text, one entry per group of
lines, in the shape the person rules read.

Text conventions follow ingest.reader: one block element per line, blank lines
between blocks collapsed to one, Unix newlines, NFC. List items get a bullet
("• ", or "1. " in an ordered list) and data-table rows become "a | b | c"
lines, the forms the list and table rules read.

Dates: the page's own words win. A labelled line ("Publicerad 23 februari
2024", "Uppdaterad: 2017-09-28") anywhere in the text comes first, then a date
line near the top (ingest.published), then a `<time datetime>` that is
labelled or opens the article, and only then the meta tags
(article:published_time, DC.date, og:updated_time, ...). Readers and the
evidence see the text; meta tags are often a CMS's record timestamps, moved by
any republish, and in UTC, so they only fill a gap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import unquote, urljoin, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from selectolax.lexbor import LexborHTMLParser, LexborNode

from graph.nodes import DatePrecision
from ingest.dates import find_dates
from ingest.errors import IngestError
from ingest.fetch import canonical_url
from ingest.published import publication_date, update_date

__all__ = ["MIN_MAIN_CHARS", "LinkedFile", "MainContent", "extract_main"]

MIN_MAIN_CHARS = 200  # less than this after removing chrome: the page has no main content
_CONTACT_MAX_CHARS = 3000  # a larger "contact" element is a page about contacts, not a block

_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "input",
        "select",
        "textarea",
        "head",
        "video",
        "audio",
        "map",
    }
)
BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "caption",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "legend",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SECTIONING = frozenset({"article", "section", "aside", "nav", "main"})
_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "dd", "td"})

_COOKIE = re.compile(r"cookie|consent|gdpr")
_BREADCRUMB = re.compile(r"breadcrumb|brodsmul|brödsmul|du är här")
_SKIP_ATTR = re.compile(r"skip-?(?:link|to|nav|main|content)|hoppa")
_SKIP_TEXT = re.compile(
    r"^(?:hoppa|gå|skip)\b.{0,40}\b(?:innehåll\w*|content|meny|menu|navigation|sök\w*)", re.I
)
_TOOLS = re.compile(
    r"readspeaker|rsbtn|(?:^|[\s_-])(?:share|sharing|social-?media|lyssna)(?:$|[\s_-])"
)
_ASIDE = re.compile(
    r"sidebar|sub-?nav|sub-?menu|local-?nav|side-?menu|(?:^|[\s_-])(?:menu|meny)(?:$|[\s_-])"
)
_CAPTION = re.compile(r"caption|bildtext|credit|photographer|fotograf")
_CREDIT_TAGS = frozenset({"p", "span", "small", "em", "i", "strong", "div"})
_CREDIT_TEXT = re.compile(r"^\s*(?:Foto|Fotograf|Bild|Illustration|Photo)\s*:", re.I)
_HIDDEN_CLASS = re.compile(
    r"(?:^|\s)(?:sr-only|visually-?hidden|sv-visuallyhidden|screen-reader-text|"
    r"env-assistive-text|assistive-text|d-none)(?:$|\s)"
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
_CONTACT_ATTR = re.compile(r"kontakt|contact")
_CONTACT_HEADING = re.compile(
    r"^(?:kontakt(?:a oss|person(?:er)?|uppgifter)?|frågor kring nyheten\??|"
    r"har du frågor\??|frågor\??)$",
    re.I,
)
_PDF_WORD = re.compile(r"\bpdf\b", re.I)
_NON_HTTP_HREF = re.compile(r"^\s*(?:#|mailto:|tel:|javascript:|data:)", re.I)

# "Publicerad 23 februari 2024", "Uppdaterad: 2017-09-28", "Senast ändrad: 2 maj 2024";
# only on a line that begins with such a label, so a sentence saying that a plan
# "uppdaterades 12 mars" is not taken for the page's own date.
_PUBLISHED_LABEL = r"publicerad|publicerat|publicerades|publiceringsdatum"
_UPDATED_LABEL = (
    r"(?:senast\s+)?(?:uppdaterad|uppdaterat|uppdaterades|ändrad|ändrat)|uppdateringsdatum"
)
_DATE_LINE = re.compile(
    rf"^\s*(?:[^\n]{{0,30}}?[|·•,\u2013-]\s*)?(?:{_PUBLISHED_LABEL}|{_UPDATED_LABEL})\b", re.I
)
_LABEL = re.compile(
    rf"\b(?:(?P<pub>{_PUBLISHED_LABEL})|(?P<upd>{_UPDATED_LABEL}))\b\s*:?\s*(?:den\s+)?", re.I
)
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dcterms.issued",
    "dc.date.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "date",
    "pubdate",
    "publishdate",
    "publish_date",
)
_META_UPDATED = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
    "last-modified",
)
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})")
_BREAK_LINE, _BREAK_BLOCK = "\x00", "\x01"  # markers; control characters are removed from text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_BREAKS = re.compile(r"[ \t\x00\x01]*[\x00\x01][ \t\x00\x01]*")

try:
    _LOCAL_TZ: ZoneInfo | None = ZoneInfo("Europe/Stockholm")
except ZoneInfoNotFoundError:  # no tz database: dates are taken as written
    _LOCAL_TZ = None


@dataclass(frozen=True, slots=True)
class LinkedFile:
    uri: str  # absolute, canonical (ingest.fetch.canonical_url)
    text: str  # the link text: "Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)"


@dataclass(frozen=True, slots=True)
class MainContent:
    text: str  # the main text, then the contact blocks
    heading: str | None  # the first h1
    published_on: str | None  # YYYY-MM-DD
    updated_on: str | None
    linked_files: tuple[LinkedFile, ...]  # PDFs linked from the main content


# --- tree helpers -----------------------------------------------------------


def _attrs(node: LexborNode) -> str:
    """class, id and aria-label, lower-cased: where pages name what a block is for."""
    a = node.attributes
    return " ".join(a.get(k) or "" for k in ("class", "id", "aria-label")).lower()


def _children(node: LexborNode) -> Iterator[LexborNode]:
    for child in node.iter(include_text=True):
        if child.is_element_node or child.is_text_node:
            yield child


def _walk(
    root: LexborNode, skip: Callable[[LexborNode], bool]
) -> Iterator[tuple[bool, LexborNode]]:
    """(True, node) on entering, (False, element) on leaving, depth first, without
    recursion (pages nest deeply); skipped elements are left out with their subtree."""
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    root_id = root.mem_id
    while stack:
        node, entering = stack.pop()
        if not entering:
            yield False, node
            continue
        if node.is_text_node:
            yield True, node
            continue
        if node.tag in _DROP or (node.mem_id != root_id and skip(node)):
            continue
        yield True, node
        stack.append((node, False))
        stack.extend((c, True) for c in reversed(list(_children(node))))


def _ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and parent.is_element_node:
        yield parent
        parent = parent.parent


def _inside(node: LexborNode, ids: set[int]) -> bool:
    return node.mem_id in ids or any(a.mem_id in ids for a in _ancestors(node))


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub("", text).split())


def _hidden(node: LexborNode) -> bool:
    a = node.attributes
    return (
        "hidden" in a
        or bool(_HIDDEN_CLASS.search((a.get("class") or "").lower()))
        or bool(_DISPLAY_NONE.search((a.get("style") or "").lower()))
    )


# --- chrome -----------------------------------------------------------------


def _site_chrome(node: LexborNode) -> bool:
    """Chrome anywhere on the page: navigation, banners, breadcrumbs, skip links, tools."""
    tag = node.tag or ""
    if tag in ("html", "body", "main"):
        return False
    role = (node.attributes.get("role") or "").lower()
    if tag == "nav" or role in ("navigation", "search", "menu", "menubar", "banner", "contentinfo"):
        return True
    if tag in ("header", "footer") and not any(
        (a.tag in _SECTIONING or (a.attributes.get("role") or "") == "main")
        for a in _ancestors(node)
    ):
        return True  # the site's own header and footer, not an article's
    attrs = _attrs(node)
    if _COOKIE.search(attrs) or _BREADCRUMB.search(attrs) or _TOOLS.search(attrs):
        return True
    if tag == "a" and (node.attributes.get("href") or "").startswith("#"):
        return bool(_SKIP_ATTR.search(attrs) or _SKIP_TEXT.match(_one_line(node.text())))
    return bool(_SKIP_ATTR.search(attrs)) and len(node.text()) < 200


def _content_chrome(node: LexborNode) -> bool:
    """Chrome inside the main region: side menus, captions and photo credits."""
    tag = node.tag or ""
    role = (node.attributes.get("role") or "").lower()
    if tag in ("aside", "figcaption") or role == "complementary":
        return True
    attrs = _attrs(node)
    if _ASIDE.search(attrs) or _CAPTION.search(attrs):
        return True
    if tag in _HEADINGS and _one_line(node.text()).casefold() in ("cookies", "kakor", "om kakor"):
        return True
    # "Foto: Anna Svensson" as a short element of its own.
    if tag not in _CREDIT_TAGS or (tag == "div" and any(c.tag in BLOCK_TAGS for c in node.iter())):
        return False
    text = node.text()
    return len(text) < 150 and bool(_CREDIT_TEXT.match(text))


def _cookie_section(node: LexborNode) -> bool:
    """A block opened by a "Cookies" heading: a banner that names itself only by its text."""
    first = next((c for c in node.iter() if c.tag in _HEADINGS), None)
    if first is None or _one_line(first.text()).casefold() not in ("cookies", "kakor", "om kakor"):
        return False
    return len(node.text()) < 1500


# --- rendering --------------------------------------------------------------


class _Renderer:
    """Tree -> text with break markers; `tight` is the contact-block mode, where a block
    without blocks inside (a name, a role, a phone line) ends its line but opens no blank
    line, so one person's lines stay one group and people are separated by blank lines."""

    def __init__(self, skip: Callable[[LexborNode], bool], *, tight: bool = False) -> None:
        self.skip = skip
        self.tight = tight
        self.parts: list[str] = []
        self.tables: list[tuple[bool, list[int]]] = []  # (is a data table, cells in this row)
        self.cell_depth = 0
        self.pre_depth = 0
        self.ol_counts: dict[int, int] = {}

    def render(self, roots: list[LexborNode]) -> str:
        for root in roots:
            for entering, node in _walk(root, self.skip):
                if node.is_text_node:
                    self._text(node.text_content or "")
                elif entering:
                    self._enter(node)
                else:
                    self._leave(node)
        return _finish("".join(self.parts))

    def _break(self, level: int) -> None:
        if self.cell_depth:
            self.parts.append(" ")  # a table cell stays on its row's line
        else:
            self.parts.append(_BREAK_BLOCK if level >= 2 else _BREAK_LINE)

    def _text(self, raw: str) -> None:
        raw = _CONTROL.sub("", raw)
        if self.pre_depth:
            self.parts.append(_BREAK_LINE.join(re.sub(r"[^\S\n]+", " ", raw).split("\n")))
        else:
            self.parts.append(re.sub(r"\s+", " ", raw))

    def _level(self, node: LexborNode) -> int:
        tag = node.tag or ""
        if tag in _HEADINGS:
            return 2
        if self.tight:
            inner = (d for d in node.traverse() if d.mem_id != node.mem_id)
            has_blocks = any(d.tag in BLOCK_TAGS for d in inner)
            return 2 if has_blocks else 1
        return 1 if tag in ("li", "dt", "dd") else 2

    def _enter(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag == "br":
            self._break(1)
        elif tag == "table":
            self._break(2)
            self.tables.append((_data_table(node), [0]))
        elif tag == "tr" and self.tables and self.tables[-1][0]:
            self._break(1)
            self.tables[-1][1][0] = 0
        elif tag in ("td", "th") and self.tables and self.tables[-1][0]:
            cells = self.tables[-1][1]
            if cells[0]:
                self.parts.append(" | ")
            cells[0] += 1
            self.cell_depth += 1
        elif tag in BLOCK_TAGS:
            self._break(self._level(node))
            if tag == "pre":
                self.pre_depth += 1
            if tag == "li" and not self.tight:
                self.parts.append(self._bullet(node))

    def _leave(self, node: LexborNode) -> None:
        tag = node.tag or ""
        if tag == "table":
            self.tables.pop()
            self._break(2)
        elif tag in ("td", "th") and self.tables and self.tables[-1][0]:
            self.cell_depth -= 1
        elif tag == "tr" and self.tables and self.tables[-1][0]:
            self._break(1)
        elif tag in BLOCK_TAGS:
            if tag == "pre":
                self.pre_depth -= 1
            self._break(self._level(node))

    def _bullet(self, node: LexborNode) -> str:
        parent = node.parent
        if parent is None or parent.tag not in ("ol", "ul", "menu"):
            return ""
        if parent.tag != "ol":
            return "• "
        start = parent.attributes.get("start") or "1"
        count = self.ol_counts.get(parent.mem_id, int(start) if start.isdigit() else 1)
        self.ol_counts[parent.mem_id] = count + 1
        return f"{count}. "


def _data_table(table: LexborNode) -> bool:
    """A table of data (rows of cells), not one laying out a page: no tables, headings or
    sections in its cells, and at least two columns."""
    if table.css_first("table table, td h1, td h2, td h3, td div, td section, td article"):
        return False
    return any(len(row.css("td, th")) >= 2 for row in table.css("tr"))


def _finish(raw: str) -> str:
    def breaks(m: re.Match[str]) -> str:
        return "\n\n" if _BREAK_BLOCK in m.group(0) else "\n"

    text = _BREAKS.sub(breaks, raw)
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return unicodedata.normalize("NFC", text)


# --- the main region --------------------------------------------------------


def _densest(body: LexborNode, skip: Callable[[LexborNode], bool]) -> LexborNode:
    """The block holding the most paragraph text that is not link text: each paragraph
    scores for its parent and half for its grandparent (the readability heuristic)."""
    scores: dict[int, tuple[LexborNode, float]] = {}
    for entering, node in _walk(body, skip):
        if not entering or node.is_text_node:
            continue
        tag = node.tag or ""
        is_paragraph = tag in _PARAGRAPHS or (
            tag == "div" and not any(c.tag in BLOCK_TAGS for c in node.iter())
        )
        if not is_paragraph:
            continue
        length = len(_one_line(node.text())) - sum(len(_one_line(a.text())) for a in node.css("a"))
        if length < 25:
            continue
        for weight, holder in zip((1.0, 0.5), _ancestors(node), strict=False):
            _, score = scores.get(holder.mem_id, (holder, 0.0))
            scores[holder.mem_id] = (holder, score + weight * length)
    if not scores:
        return body
    return max(scores.values(), key=lambda item: item[1])[0]


def _main_candidates(
    tree: LexborHTMLParser, body: LexborNode, skip: Callable[[LexborNode], bool]
) -> Iterator[LexborNode]:
    """`<main>` or `[role=main]`, the largest `<article>`, the densest block; lazily, as
    the first one with enough text ends the search."""
    explicit = tree.css("main, [role=main]")
    if explicit:
        yield max(explicit, key=lambda n: len(n.text()))
    articles = [a for a in tree.css("article") if not any(skip(x) for x in _ancestors(a))]
    if articles:
        yield max(articles, key=lambda n: len(n.text()))
    yield _densest(body, skip)


# --- contact blocks ---------------------------------------------------------


def _contact_blocks(
    body: LexborNode,
    skip: Callable[[LexborNode], bool],
    main: LexborNode,
    h1_id: int | None,
) -> list[list[LexborNode]]:
    """Contact blocks in document order, each as the nodes to render (usually one; a
    heading and the siblings under it when the heading shares its parent with content)."""
    protected = {main.mem_id, *(a.mem_id for a in _ancestors(main))}

    def small(node: LexborNode) -> bool:
        return (
            node.mem_id not in protected
            and not (h1_id is not None and any(d.mem_id == h1_id for d in node.css("h1")))
            and len(node.text()) < _CONTACT_MAX_CHARS
        )

    found: list[list[LexborNode]] = []
    for entering, node in _walk(body, skip):
        if not entering:
            continue
        if node.is_text_node:
            if "Sidansvarig" in (node.text_content or ""):
                holder = next((a for a in _ancestors(node) if a.tag in BLOCK_TAGS), None)
                if holder is not None and small(holder):
                    found.append([holder])
            continue
        tag = node.tag or ""
        if tag == "address" or (
            tag in BLOCK_TAGS and _CONTACT_ATTR.search(_attrs(node)) and small(node)
        ):
            found.append([node])
        elif tag in _HEADINGS and tag != "h1" and _CONTACT_HEADING.match(_one_line(node.text())):
            # Not an h1: a page titled "Kontakt" is a contact page, all of it main content.
            found.append(_heading_section(node, small))
    # Outermost blocks only, in document order.
    roots = {n.mem_id for block in found for n in block}
    kept: list[list[LexborNode]] = []
    seen: set[int] = set()
    for block in found:
        if any(a.mem_id in roots for n in block for a in _ancestors(n)):
            continue
        if block[0].mem_id not in seen:
            seen.add(block[0].mem_id)
            kept.append(block)
    return kept


def _heading_section(heading: LexborNode, small: Callable[[LexborNode], bool]) -> list[LexborNode]:
    parent = heading.parent
    others = parent.css("h1, h2, h3, h4, h5, h6") if parent is not None else []
    if parent is not None and small(parent) and len(others) == 1:
        return [parent]
    level = int((heading.tag or "h6")[1])
    section = [heading]
    sibling = heading.next
    while sibling is not None:
        tag = sibling.tag or ""
        if tag in _HEADINGS and int(tag[1]) <= level:
            break
        if sibling.is_element_node or sibling.is_text_node:
            section.append(sibling)
        sibling = sibling.next
    return section


# --- dates ------------------------------------------------------------------


def _iso_day(value: str) -> str | None:
    """A machine-readable date or timestamp -> the local (Swedish) calendar day."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        m = _ISO_DAY.match(value)
        if m is None:
            return None
        try:
            return date.fromisoformat(m.group(1)).isoformat()
        except ValueError:
            return None
    if moment.tzinfo is not None and _LOCAL_TZ is not None:
        moment = moment.astimezone(_LOCAL_TZ)  # 2024-02-22T23:30Z is 23 February in Sweden
    return moment.date().isoformat()


def _text_day(text: str) -> str | None:
    """An absolute date at day precision at the start of text."""
    found = find_dates(text)
    first = found[0] if found else None
    if first and first.start == 0 and first.value and first.precision is DatePrecision.DAY:
        return first.value
    return None


def _labelled_dates(text: str) -> tuple[str | None, str | None]:
    published: str | None = None
    updated: str | None = None
    for line in text.splitlines():
        if not _DATE_LINE.match(line):
            continue
        for m in _LABEL.finditer(line):
            day = _text_day(line[m.end() :])
            if day is None:
                continue
            if m.group("pub") and published is None:
                published = day
            elif m.group("upd") and updated is None:
                updated = day
    return published, updated


def _time_dates(
    main: LexborNode, skip: Callable[[LexborNode], bool]
) -> tuple[str | None, str | None]:
    """`<time>` elements of the main region: labelled ones (itemprop, pubdate, a
    "Publicerad"/"Uppdaterad" before them), else one that opens the article."""
    published: str | None = None
    updated: str | None = None
    leading: str | None = None
    seen_paragraph = False
    for entering, node in _walk(main, skip):
        if not entering or node.is_text_node:
            continue
        if node.tag == "p" and len(_one_line(node.text())) >= 80:
            seen_paragraph = True
        if node.tag != "time":
            continue
        a = node.attributes
        day = _iso_day(a.get("datetime") or "") or _text_day(_one_line(node.text()))
        if day is None:
            continue
        kind = _time_kind(node)
        if kind == "published" and published is None:
            published = day
        elif kind == "updated" and updated is None:
            updated = day
        elif kind is None and not seen_paragraph and leading is None:
            leading = day
    return published or leading, updated


def _time_kind(node: LexborNode) -> str | None:
    a = node.attributes
    marks = f"{a.get('itemprop') or ''} {a.get('class') or ''}".lower()
    if "pubdate" in a or re.search(r"datepublished|publi", marks):
        return "published"
    if re.search(r"datemodified|modif|update|uppdater|andrad|ändrad", marks):
        return "updated"
    parent = node.parent
    if parent is None:
        return None
    own = _one_line(node.text())
    around = _one_line(parent.text())
    before = (around.split(own)[0] if own else around)[-40:]
    m = _LABEL.search(before)
    if m is None or before[m.end() :].strip():
        return None
    return "published" if m.group("pub") else "updated"


def _meta_dates(tree: LexborHTMLParser) -> tuple[str | None, str | None]:
    values: dict[str, str] = {}
    for meta in tree.css("meta"):
        a = meta.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if key and content and key not in values:
            values[key] = content
    published = next((d for k in _META_PUBLISHED if (d := _iso_day(values.get(k, "")))), None)
    updated = next((d for k in _META_UPDATED if (d := _iso_day(values.get(k, "")))), None)
    return published, updated


# --- linked files -----------------------------------------------------------


def _linked_pdfs(
    main: LexborNode, skip: Callable[[LexborNode], bool], base: str
) -> tuple[LinkedFile, ...]:
    found: dict[str, LinkedFile] = {}
    for entering, node in _walk(main, skip):
        if not entering or node.tag != "a":
            continue
        a = node.attributes
        href = (a.get("href") or "").strip()
        if not href or _NON_HTTP_HREF.match(href):
            continue
        try:
            absolute = urljoin(base, href)
            path = urlsplit(absolute).path
        except ValueError:
            continue  # a malformed link ("http://[::1/x.pdf") is skipped, not the page
        text = _one_line(node.text())
        described = " ".join([text, a.get("title") or "", a.get("type") or ""])
        if not (path.lower().endswith(".pdf") or _PDF_WORD.search(described)):
            continue
        try:
            uri = canonical_url(absolute)
        except IngestError:
            continue  # not an http(s) link
        if uri not in found:
            name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
            found[uri] = LinkedFile(uri=uri, text=text or a.get("title") or name)
    return tuple(found.values())


# --- the whole page ---------------------------------------------------------


def extract_main(
    markup: str,
    origin: str,
    *,
    base_url: str | None = None,
    min_chars: int = MIN_MAIN_CHARS,
) -> MainContent:
    """Main text (then contact blocks), heading, dates and linked PDFs of an HTML page.

    `origin` names the page in errors; links resolve against `base_url` (the URL the
    page was finally served from; default `origin`), or the page's `<base href>`.
    Raises IngestError when no main content remains.
    """
    markup = unicodedata.normalize("NFC", markup)
    tree = LexborHTMLParser(markup)
    body = tree.body
    if body is None:
        raise IngestError(f"{origin}: no main content (the page has no body)")
    base_el = tree.css_first("base[href]")
    page_url = base_url or origin
    try:
        base = urljoin(page_url, (base_el.attributes.get("href") or "") if base_el else "")
    except ValueError:
        base = page_url  # a malformed <base href> is ignored

    cookie_blocks = {
        node.mem_id
        for node in body.traverse()
        if node.tag in ("div", "section", "aside", "dialog") and _cookie_section(node)
    }

    def classify(node: LexborNode) -> bool:
        return node.mem_id in cookie_blocks or _hidden(node) or _site_chrome(node)

    chrome = _memo(classify)
    skip_main = _main_skip(chrome)
    main = _choose_main(tree, body, chrome, skip_main, origin, min_chars)

    h1 = main.css_first("h1") or next(
        (h for h in body.css("h1") if not any(chrome(a) for a in [h, *_ancestors(h)])), None
    )
    heading = (_one_line(h1.text()) or None) if h1 is not None else None

    protected = {main.mem_id, *(a.mem_id for a in _ancestors(main))}

    def outer_chrome(node: LexborNode) -> bool:
        return node.mem_id not in protected and chrome(node)

    contacts = _contact_blocks(body, outer_chrome, main, h1.mem_id if h1 is not None else None)
    contact_ids = {n.mem_id for block in contacts for n in block}
    main_text = _Renderer(lambda n: n.mem_id in contact_ids or skip_main(n)).render([main])
    if heading and h1 is not None and not _inside(h1, {main.mem_id}):
        main_text = f"{heading}\n\n{main_text}"  # an h1 above the main region still titles it
    contact_texts = [_Renderer(skip_main, tight=True).render(block) for block in contacts]
    text = "\n\n".join(t for t in [main_text, *contact_texts] if t)

    published, updated = _labelled_dates(text)
    published = published or publication_date(text)
    updated = updated or update_date(text)
    time_published, time_updated = _time_dates(main, skip_main)
    meta_published, meta_updated = _meta_dates(tree)
    return MainContent(
        text=text,
        heading=heading,
        published_on=published or time_published or meta_published,
        updated_on=updated or time_updated or meta_updated,
        linked_files=_linked_pdfs(main, chrome, base),
    )


def _choose_main(
    tree: LexborHTMLParser,
    body: LexborNode,
    chrome: Callable[[LexborNode], bool],
    skip_main: Callable[[LexborNode], bool],
    origin: str,
    min_chars: int,
) -> LexborNode:
    """The first candidate with enough text: `<main>`, then `<article>`, then the densest
    block (a `<main>` that only wraps a banner image must not hide the article beside it)."""
    length = 0
    for candidate in _main_candidates(tree, body, chrome):
        length = len(_Renderer(skip_main).render([candidate]))
        if length >= min_chars:
            return candidate
    raise IngestError(
        f"{origin}: no main content (only {length} characters of text remain after removing "
        f"navigation, banners and other page chrome; {min_chars} needed)"
    )


def _main_skip(chrome: Callable[[LexborNode], bool]) -> Callable[[LexborNode], bool]:
    def skip(node: LexborNode) -> bool:
        return chrome(node) or _content_chrome(node)

    return _memo(skip)


def _memo(test: Callable[[LexborNode], bool]) -> Callable[[LexborNode], bool]:
    """A node test asked once per node: the page is walked several times."""
    answers: dict[int, bool] = {}

    def cached(node: LexborNode) -> bool:
        key = node.mem_id
        if key not in answers:
            answers[key] = test(node)
        return answers[key]

    return cached

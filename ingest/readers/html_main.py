"""A web page's main content: its text, heading, dates and the files it links to.

Municipal pages wrap a few paragraphs of news in navigation, cookie banners,
breadcrumbs, "Lyssna" buttons and photo credits (ingest.readers.html_chrome).
Extraction should see only the article, so the main region is taken (`<main>`,
`[role=main]`, the largest `<article>`, else the block holding the most
non-link paragraph text) and the chrome inside it is skipped.

The page's contact blocks (ingest.readers.html_contacts) are appended after the main
text, rendered as ingest.readers.html_render says; the dates are read as
ingest.readers.html_dates says and the linked PDFs as ingest.readers.html_links does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ingest.errors import IngestError
from ingest.readers.html_chrome import content_chrome, cookie_section, hidden, site_chrome
from ingest.readers.html_contacts import contact_blocks
from ingest.readers.html_dates import page_dates
from ingest.readers.html_links import LinkedFile, linked_pdfs
from ingest.readers.html_render import Renderer
from ingest.readers.html_tree import BLOCK_TAGS, ancestors, inside, memo, one_line, walk

# BLOCK_TAGS and LinkedFile are re-exported: readers.reader and readers.web_source use them.
__all__ = ["BLOCK_TAGS", "MIN_MAIN_CHARS", "LinkedFile", "MainContent", "extract_main"]

MIN_MAIN_CHARS = 200  # less than this after removing chrome: the page has no main content

_PARAGRAPHS = frozenset({"p", "pre", "blockquote", "li", "dd", "td"})


@dataclass(frozen=True, slots=True)
class MainContent:
    text: str  # the main text, then the contact blocks
    heading: str | None  # the first h1
    published_on: str | None  # YYYY-MM-DD
    updated_on: str | None
    linked_files: tuple[LinkedFile, ...]  # PDFs linked from the main content


def _densest(body: LexborNode, skip: Callable[[LexborNode], bool]) -> LexborNode:
    """The block holding the most paragraph text that is not link text: each paragraph
    scores for its parent and half for its grandparent (the readability heuristic)."""
    scores: dict[int, tuple[LexborNode, float]] = {}
    for entering, node in walk(body, skip):
        if not entering or node.is_text_node:
            continue
        tag = node.tag or ""
        is_paragraph = tag in _PARAGRAPHS or (
            tag == "div" and not any(c.tag in BLOCK_TAGS for c in node.iter())
        )
        if not is_paragraph:
            continue
        length = len(one_line(node.text())) - sum(len(one_line(a.text())) for a in node.css("a"))
        if length < 25:
            continue
        for weight, holder in zip((1.0, 0.5), ancestors(node), strict=False):
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
    articles = [a for a in tree.css("article") if not any(skip(x) for x in ancestors(a))]
    if articles:
        yield max(articles, key=lambda n: len(n.text()))
    yield _densest(body, skip)


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
        if node.tag in ("div", "section", "aside", "dialog") and cookie_section(node)
    }

    def classify(node: LexborNode) -> bool:
        return node.mem_id in cookie_blocks or hidden(node) or site_chrome(node)

    chrome = memo(classify)
    skip_main = _main_skip(chrome)
    main = _choose_main(tree, body, chrome, skip_main, origin, min_chars)

    h1 = main.css_first("h1") or next(
        (h for h in body.css("h1") if not any(chrome(a) for a in [h, *ancestors(h)])), None
    )
    heading = (one_line(h1.text()) or None) if h1 is not None else None

    protected = {main.mem_id, *(a.mem_id for a in ancestors(main))}

    def outer_chrome(node: LexborNode) -> bool:
        return node.mem_id not in protected and chrome(node)

    contacts = contact_blocks(body, outer_chrome, main, h1.mem_id if h1 is not None else None)
    contact_ids = {n.mem_id for block in contacts for n in block}
    main_text = Renderer(lambda n: n.mem_id in contact_ids or skip_main(n)).render([main])
    if heading and h1 is not None and not inside(h1, {main.mem_id}):
        main_text = f"{heading}\n\n{main_text}"  # an h1 above the main region still titles it
    contact_texts = [Renderer(skip_main, tight=True).render(block) for block in contacts]
    text = "\n\n".join(t for t in [main_text, *contact_texts] if t)

    published, updated = page_dates(text, tree, main, skip_main)
    return MainContent(
        text=text,
        heading=heading,
        published_on=published,
        updated_on=updated,
        linked_files=linked_pdfs(main, chrome, base),
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
        length = len(Renderer(skip_main).render([candidate]))
        if length >= min_chars:
            return candidate
    raise IngestError(
        f"{origin}: no main content (only {length} characters of text remain after removing "
        f"navigation, banners and other page chrome; {min_chars} needed)"
    )


def _main_skip(chrome: Callable[[LexborNode], bool]) -> Callable[[LexborNode], bool]:
    def skip(node: LexborNode) -> bool:
        return chrome(node) or content_chrome(node)

    return memo(skip)

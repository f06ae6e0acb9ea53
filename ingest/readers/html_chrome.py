"""Page chrome: what is not content, on the page as a whole or inside the main region.

Municipal pages (Sitevision and the like) wrap a few paragraphs of news in
navigation, cookie banners, breadcrumbs, "Lyssna" buttons and photo credits;
hidden elements (screen-reader text, display:none) are chrome too.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from ingest.readers.html_tree import BLOCK_TAGS, HEADINGS, ancestors, attr_words, one_line

__all__ = ["content_chrome", "cookie_section", "hidden", "site_chrome"]

_SECTIONING = frozenset({"article", "section", "aside", "nav", "main"})

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


def hidden(node: LexborNode) -> bool:
    """Not shown: the hidden attribute, a screen-reader-only class, display:none."""
    a = node.attributes
    return (
        "hidden" in a
        or bool(_HIDDEN_CLASS.search((a.get("class") or "").lower()))
        or bool(_DISPLAY_NONE.search((a.get("style") or "").lower()))
    )


def site_chrome(node: LexborNode) -> bool:
    """Chrome anywhere on the page: navigation, banners, breadcrumbs, skip links, tools."""
    tag = node.tag or ""
    if tag in ("html", "body", "main"):
        return False
    role = (node.attributes.get("role") or "").lower()
    if tag == "nav" or role in ("navigation", "search", "menu", "menubar", "banner", "contentinfo"):
        return True
    if tag in ("header", "footer") and not any(
        (a.tag in _SECTIONING or (a.attributes.get("role") or "") == "main")
        for a in ancestors(node)
    ):
        return True  # the site's own header and footer, not an article's
    attrs = attr_words(node)
    if _COOKIE.search(attrs) or _BREADCRUMB.search(attrs) or _TOOLS.search(attrs):
        return True
    if tag == "a" and (node.attributes.get("href") or "").startswith("#"):
        return bool(_SKIP_ATTR.search(attrs) or _SKIP_TEXT.match(one_line(node.text())))
    return bool(_SKIP_ATTR.search(attrs)) and len(node.text()) < 200


def content_chrome(node: LexborNode) -> bool:
    """Chrome inside the main region: side menus, captions and photo credits."""
    tag = node.tag or ""
    role = (node.attributes.get("role") or "").lower()
    if tag in ("aside", "figcaption") or role == "complementary":
        return True
    attrs = attr_words(node)
    if _ASIDE.search(attrs) or _CAPTION.search(attrs):
        return True
    if tag in HEADINGS and one_line(node.text()).casefold() in ("cookies", "kakor", "om kakor"):
        return True
    # "Foto: Anna Svensson" as a short element of its own.
    if tag not in _CREDIT_TAGS or (tag == "div" and any(c.tag in BLOCK_TAGS for c in node.iter())):
        return False
    text = node.text()
    return len(text) < 150 and bool(_CREDIT_TEXT.match(text))


def cookie_section(node: LexborNode) -> bool:
    """A block opened by a "Cookies" heading: a banner that names itself only by its text."""
    first = next((c for c in node.iter() if c.tag in HEADINGS), None)
    if first is None or one_line(first.text()).casefold() not in ("cookies", "kakor", "om kakor"):
        return False
    return len(node.text()) < 1500

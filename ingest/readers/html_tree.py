"""Walking a parsed HTML page (selectolax/lexbor): the block tags, a depth-first walk
that skips subtrees, ancestors, and node tests asked once per node."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborNode

__all__ = [
    "BLOCK_TAGS",
    "CONTROL",
    "HEADINGS",
    "ancestors",
    "attr_words",
    "inside",
    "memo",
    "one_line",
    "walk",
]

# Never page text: code, media, form controls.
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
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Control and invisible characters: removed from text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")


def attr_words(node: LexborNode) -> str:
    """class, id and aria-label, lower-cased: where pages name what a block is for."""
    a = node.attributes
    return " ".join(a.get(k) or "" for k in ("class", "id", "aria-label")).lower()


def _children(node: LexborNode) -> Iterator[LexborNode]:
    for child in node.iter(include_text=True):
        if child.is_element_node or child.is_text_node:
            yield child


def walk(root: LexborNode, skip: Callable[[LexborNode], bool]) -> Iterator[tuple[bool, LexborNode]]:
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


def ancestors(node: LexborNode) -> Iterator[LexborNode]:
    parent = node.parent
    while parent is not None and parent.is_element_node:
        yield parent
        parent = parent.parent


def inside(node: LexborNode, ids: set[int]) -> bool:
    return node.mem_id in ids or any(a.mem_id in ids for a in ancestors(node))


def one_line(text: str) -> str:
    """The text on one line: control characters dropped, white space collapsed."""
    return " ".join(CONTROL.sub("", text).split())


def memo(test: Callable[[LexborNode], bool]) -> Callable[[LexborNode], bool]:
    """A node test asked once per node: the page is walked several times."""
    answers: dict[int, bool] = {}

    def cached(node: LexborNode) -> bool:
        key = node.mem_id
        if key not in answers:
            answers[key] = test(node)
        return answers[key]

    return cached

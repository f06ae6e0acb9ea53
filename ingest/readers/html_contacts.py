"""A page's contact blocks: "Frågor kring nyheten?", "Kontakt", `<address>`, "Sidansvarig".

They name people with their roles, so they are kept wherever they sit on the
page (a side column too, but not the site-wide header and footer) and appended
after the main text, one entry per group of lines, in the shape the person
rules read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ingest.readers.html_tree import BLOCK_TAGS, HEADINGS, ancestors, attr_words, one_line, walk

__all__ = ["contact_blocks"]

_CONTACT_MAX_CHARS = 3000  # a larger "contact" element is a page about contacts, not a block
_CONTACT_ATTR = re.compile(r"kontakt|contact")
_CONTACT_HEADING = re.compile(
    r"^(?:kontakt(?:a oss|person(?:er)?|uppgifter)?|frågor kring nyheten\??|"
    r"har du frågor\??|frågor\??)$",
    re.I,
)


def contact_blocks(
    body: LexborNode,
    skip: Callable[[LexborNode], bool],
    main: LexborNode,
    h1_id: int | None,
) -> list[list[LexborNode]]:
    """Contact blocks in document order, each as the nodes to render (usually one; a
    heading and the siblings under it when the heading shares its parent with content)."""
    protected = {main.mem_id, *(a.mem_id for a in ancestors(main))}

    def small(node: LexborNode) -> bool:
        return (
            node.mem_id not in protected
            and not (h1_id is not None and any(d.mem_id == h1_id for d in node.css("h1")))
            and len(node.text()) < _CONTACT_MAX_CHARS
        )

    found: list[list[LexborNode]] = []
    for entering, node in walk(body, skip):
        if not entering:
            continue
        if node.is_text_node:
            if "Sidansvarig" in (node.text_content or ""):
                holder = next((a for a in ancestors(node) if a.tag in BLOCK_TAGS), None)
                if holder is not None and small(holder):
                    found.append([holder])
            continue
        tag = node.tag or ""
        if tag == "address" or (
            tag in BLOCK_TAGS and _CONTACT_ATTR.search(attr_words(node)) and small(node)
        ):
            found.append([node])
        elif tag in HEADINGS and tag != "h1" and _CONTACT_HEADING.match(one_line(node.text())):
            # Not an h1: a page titled "Kontakt" is a contact page, all of it main content.
            found.append(_heading_section(node, small))
    # Outermost blocks only, in document order.
    roots = {n.mem_id for block in found for n in block}
    kept: list[list[LexborNode]] = []
    seen: set[int] = set()
    for block in found:
        if any(a.mem_id in roots for n in block for a in ancestors(n)):
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
        if tag in HEADINGS and int(tag[1]) <= level:
            break
        if sibling.is_element_node or sibling.is_text_node:
            section.append(sibling)
        sibling = sibling.next
    return section

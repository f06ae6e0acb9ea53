"""Mask phone numbers, e-mail addresses and personal identity numbers in what is stored.

Why: the graph needs officials' names and roles, never their contact details or
personnummer (nor samordningsnummer), and the page text itself is stored as the
Source. Every letter and digit of a match becomes MASK; punctuation and whitespace
stay ("Tel: ████-███ ██", "████.█████@████████.██"), so the text keeps its length and
every offset stays valid.

The facts of a page are masked as a whole once its rules have run (mask_facts): its
text, every quote (cut again from the masked text at its own offsets) and every
property. The rules themselves read the page as published, so a contact line still
ends where its phone number starts, and a quote holding a number is still refused
(ingest.facts): masking changes what is stored, never what is found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from graph.edges import Evidence, Link, Mention, SourceFacts
from graph.nodes import DomainNode, Source
from ingest.language.regex_guard import compile_guarded

__all__ = ["MASK", "find_pii", "mask_facts", "mask_pii", "mask_source"]

MASK = "\u2588"  # █: neither a letter nor a digit, so no rule reads it as a word or number

# Scraped pages break addresses over lines ("name@" / "kommun.se", "name" / "@kommun .se").
# Starting only where a word starts, with bounded parts, keeps the scan linear in any text.
_BRACKET_AT = r"[(\[{]at[)\]}]"  # "(at)", "[at]", "{at}"
_AT = rf"(?:\n[ \t]*)?@|[ \t]?{_BRACKET_AT}[ \t]?"
_DOMAIN = r"[\w-]{1,63}(?:(?:[ \t]?\.|[ \t]?[(\[{]dot[)\]}][ \t]?)[\w-]{1,63}){1,8}"
_LOCAL = r"(?<![\w.+-])[\w.+-]{1,256}"
_EMAIL = re.compile(rf"{_LOCAL}(?:{_AT})(?:[ \t]*\n?[ \t]*{_DOMAIN})?", re.IGNORECASE)
# No address without its "@" or "(at)": most texts are let through without the scan above.
_BRACKETED_AT = re.compile(_BRACKET_AT, re.IGNORECASE)
# Swedish numbers: a 0 and area code (2-4 digits in all), then the subscriber number in
# groups; "0612-802 10", "08-508 000 00", "070 123 45 67", "0771-670 670", also with the
# wider gaps of scraped tables ("0240-66  01 76"). Not the month or day of a date
# ("2021-06-17": a hyphen or digit before the 0 rules it out).
_NATIONAL = compile_guarded(
    r"(?<![\w+./:-])0\d{1,3}(?:[ \t]{0,2}[-\u2013][ \t]{0,2}|[ \t]{1,3})?\d{1,4}"
    r"(?:(?:[ \t]{1,3}|-)?\d{1,4}){0,4}(?![\w-])"
)
# "+46 (0)612-802 10", "+46 70 123 45 67", "+358 40 123 4567".
_INTERNATIONAL = compile_guarded(
    r"(?<![\w+])\+\d{1,3}(?:[ \t]?\(0\))?"
    r"(?:[ \t-]?\d{1,4}){2,6}(?![\w-])"
)
# Personnummer and samordningsnummer (day + 60): [CC]YYMMDD, then -, + or nothing, then
# four digits.
_IDENTITY = compile_guarded(
    r"(?<![\w-])(?P<date>(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01]))"
    r"(?P<sep>[-+]?)(?P<tail>\d{4})(?![\w-])"
)
# A phone number has at least this many digits, area code included. No upper bound: a
# longer run is two numbers side by side ("0612-802 10 070-123 45 67"), masked whole.
_PHONE_MIN_DIGITS = 7


def _digits(text: str) -> int:
    return sum(c.isdigit() for c in text)


def luhn_ok(digits: str) -> bool:
    """The Luhn check of a personnummer's last ten digits."""
    total = 0
    for i, c in enumerate(digits[-10:]):
        n = int(c) * (2 - i % 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def find_pii(text: str) -> Iterator[tuple[str, int, int]]:
    """(kind, start, end) of each e-mail address, phone number and identity number;
    spans may overlap."""
    if "@" in text or _BRACKETED_AT.search(text):
        for m in _EMAIL.finditer(text):
            yield "email", m.start(), m.end()
    for m in _IDENTITY.finditer(text):
        # With a separator the form alone says it; without one, the check digit must agree.
        if m["sep"] or luhn_ok(m["date"] + m["tail"]):
            yield "identity_number", m.start(), m.end()
    for pattern in (_NATIONAL, _INTERNATIONAL):
        for m in _from_every_start(pattern, text):
            if _digits(m.group(0)) >= _PHONE_MIN_DIGITS:
                yield "phone", m.start(), m.end()


def _from_every_start(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match, from every place one can start, not only after the last one's end: in
    "0811195122 09-72 10 09" the first match takes the "09" the second number starts with,
    and a short match ("09 0920") must not hide the number that starts inside it."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def mask_pii(text: str) -> str:
    """The text with every letter and digit of each match replaced by MASK."""
    spans = sorted((start, end) for _, start, end in find_pii(text))
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in spans:
        start = max(start, pos)
        if start >= end:
            continue
        out.append(text[pos:start])
        out.append("".join(MASK if c.isalnum() else c for c in text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mask_source(source: Source) -> Source:
    """The source with its text, title and section titles masked; offsets unchanged."""
    text = mask_pii(source.text)
    title = None if source.title is None else mask_pii(source.title)
    sections = [mask_pii(t) for t in source.section_titles]
    if text == source.text and title == source.title and sections == source.section_titles:
        return source
    return dataclasses.replace(source, text=text, title=title, section_titles=sections)


def _masked_value(value: Any) -> Any:
    if isinstance(value, str):
        return mask_pii(value)
    if isinstance(value, list):
        return [mask_pii(v) if isinstance(v, str) else v for v in value]
    return value


def _masked_node(node: DomainNode) -> DomainNode:
    changes: dict[str, Any] = {
        f.name: masked
        for f in dataclasses.fields(node)
        if f.name != "id" and (masked := _masked_value(value := getattr(node, f.name))) != value
    }
    return dataclasses.replace(node, **changes) if changes else node


def mask_facts(facts: SourceFacts) -> SourceFacts:
    """The facts with their source, quotes, node properties and role titles masked."""
    source = mask_source(facts.source)
    text = source.text

    def evidence(e: Evidence) -> Evidence:
        quote = text[e.start : e.end]
        return e if quote == e.quote else dataclasses.replace(e, quote=quote)

    def link(x: Link) -> Link:
        title = None if x.title is None else mask_pii(x.title)
        return dataclasses.replace(x, evidence=evidence(x.evidence), title=title)

    return SourceFacts(
        source=source,
        nodes=[_masked_node(n) for n in facts.nodes],
        mentions=[Mention(m.node_id, evidence(m.evidence)) for m in facts.mentions],
        links=[link(x) for x in facts.links],
    )

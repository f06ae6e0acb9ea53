"""Keep erased people out of every ingest: their names are redacted before extraction.

Why before: an erased person must not come back with the next ingest of any page,
and neither may their name in the stored page text. The store keeps only salted
hashes of erased people's ids (graph.privacy), so the text is searched for names
whose id hashes to one of them: every run of two to four words on one line whose
first and last words are capitalised ("Carl-Gunnar Krooks", "Anna von Platen").
A match is redacted like a masked phone number (same length, offsets unchanged), so
no rule sees it. Should a rule still find an erased person (a name written in a form
the scan does not try), the name is redacted where the rule found it and the page
extracted again; a person still left is dropped with their mentions and links.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from graph.edges import SourceFacts
from graph.nodes import Person, Source
from graph.privacy import REDACTED, PrivacyState, name_pattern, redact
from ingest.ids import person_id
from ingest.limits import Deadline
from ingest.pipeline import extract

__all__ = ["erased_names", "extract_kept", "redact_erased"]

_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
_GAP = re.compile(r"[ \t]+")
_MAX_WORDS = 4


def erased_names(text: str, state: PrivacyState) -> list[tuple[int, int]]:
    """Spans of the names in ``text`` that belong to erased people."""
    if not state.erased:
        return []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int]] = []
    for i, (start, _) in enumerate(words):
        if not text[start].isupper():
            continue
        for j in range(i + 1, min(i + _MAX_WORDS, len(words))):
            gap = text[words[j - 1][1] : words[j][0]]
            if not _GAP.fullmatch(gap):
                break
            last_start, last_end = words[j]
            if text[last_start].isupper() and state.is_erased(person_id(text[start:last_end])):
                found.append((start, last_end))
    return found


def redact_erased(source: Source, state: PrivacyState, names: Sequence[str] = ()) -> Source:
    """The source with erased people's names redacted in its text and title; ``names``
    are redacted too, wherever they stand."""
    text = _redact_spans(source.text, erased_names(source.text, state))
    title = source.title
    if title is not None:
        title = _redact_spans(title, erased_names(title, state))
    pattern = name_pattern(names)
    text = redact(text, pattern)
    title = None if title is None else redact(title, pattern)
    if text == source.text and title == source.title:
        return source
    return dataclasses.replace(source, text=text, title=title)


def _redact_spans(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            if chars[k].isalnum():
                chars[k] = REDACTED
    return "".join(chars)


def extract_kept(
    source: Source,
    state: PrivacyState,
    deadline: Deadline | None = None,
    extractor: Callable[[Source, Deadline | None], SourceFacts] = extract,
) -> SourceFacts:
    """extract() (or ``extractor``), with erased people kept out (see the module's
    docstring)."""
    source = redact_erased(source, state)
    facts = extractor(source, deadline)
    leaked = _erased_persons(facts, state)
    if leaked:
        facts = extractor(redact_erased(source, state, [p.name for p in leaked]), deadline)
        return _without(facts, {p.id for p in _erased_persons(facts, state)})
    return facts


def _erased_persons(facts: SourceFacts, state: PrivacyState) -> list[Person]:
    if not state.erased:
        return []
    return [n for n in facts.nodes if isinstance(n, Person) and state.is_erased(n.id)]


def _without(facts: SourceFacts, ids: set[str]) -> SourceFacts:
    if not ids:
        return facts
    return dataclasses.replace(
        facts,
        nodes=[n for n in facts.nodes if n.id not in ids],
        mentions=[m for m in facts.mentions if m.node_id not in ids],
        links=[x for x in facts.links if x.from_id not in ids and x.to_id not in ids],
    )

"""Bounded work (issue 10, item 6): lines are capped, pages are capped, and the
per-sentence look-ups answer as the full scans did, by bisecting sorted starts."""

from __future__ import annotations

import random
import threading
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.nodes import Source
from ingest.context import ActorHit, Context
from ingest.language.dates import find_dates
from ingest.language.hit_index import hits_within
from ingest.language.segment import MAX_LINE_CHARS, Span, cap_lines, sentence_at, shift_offsets
from ingest.limits import (
    MAX_PAGE_CHARS,
    Deadline,
    IngestTimeoutError,
    PageTooLargeError,
    check_page_sizes,
)
from ingest.pii_mask import mask_pii
from ingest.pipeline import extract
from tests.helpers import SAMPLES

PAGE = (SAMPLES / "002_53e0ffeb4219bfca.txt").read_text(encoding="utf-8")


def _source(text: str, page_starts: list[int] | None = None) -> Source:
    return Source(
        id="Source:bounded",
        uri="https://www.kramfors.se/bounded",
        sha256="0" * 64,
        media_type="text/plain",
        text=text,
        published_on="2022-06-28",
        page_starts=page_starts or [],
    )


def test_a_long_line_is_broken_at_sentence_ends_keeping_every_offset() -> None:
    line = " ".join(PAGE.split()) * 3
    capped, inserted = cap_lines(line)
    assert inserted == [] and len(capped) == len(line)
    lines = capped.split("\n")
    assert max(len(x) for x in lines) <= MAX_LINE_CHARS
    assert all(x.rstrip().endswith((".", "!", "?")) for x in lines[:-1])
    assert capped.replace("\n", " ") == line


def test_a_line_without_sentence_ends_is_broken_at_spaces() -> None:
    line = " ".join(["ord"] * 3000)
    capped, inserted = cap_lines(line)
    assert inserted == [] and capped.replace("\n", " ") == line
    assert max(len(x) for x in capped.split("\n")) <= MAX_LINE_CHARS


def test_a_run_without_whitespace_gets_breaks_inserted_and_offsets_move() -> None:
    text = "a" * 5000 + " slut"
    capped, inserted = cap_lines(text)
    assert inserted == [2000, 4000]
    assert capped.replace("\n", "") == text
    assert shift_offsets([0, 1999, 2000, 4500], inserted) == [0, 1999, 2001, 4502]


@settings(max_examples=200, deadline=None, database=None)
@given(text=st.text(alphabet="ab .\n", max_size=300), limit=st.integers(5, 40))
def test_capping_any_text_keeps_its_characters(text: str, limit: int) -> None:
    capped, inserted = cap_lines(text, limit)
    assert all(len(line) <= limit for line in capped.split("\n"))
    assert len(capped) == len(text) + len(inserted)
    added = {p + k for k, p in enumerate(inserted)}  # where the inserted breaks stand
    restored = "".join(c for i, c in enumerate(capped) if i not in added)
    # Each character is kept, or was whitespace and became a line break.
    assert all(a == b or (a.isspace() and b == "\n") for a, b in zip(text, restored, strict=True))


def test_extraction_of_a_long_single_line_keeps_quotes_true_to_the_text() -> None:
    line = " ".join(" ".join(PAGE.split()) for _ in range(12))  # ~35,000 characters
    facts = extract(_source(line))
    # Stored as read, but for the contact details masked in place (ingest.pii_mask).
    assert facts.source.text.replace("\n", " ") == mask_pii(line)
    evidence = [m.evidence for m in facts.mentions] + [x.evidence for x in facts.links]
    assert evidence
    for e in evidence:
        assert facts.source.text[e.start : e.end] == e.quote
    assert any(link.type.value == "SIGNED" for link in facts.links)


def test_a_paged_source_keeps_its_pages_when_breaks_are_inserted() -> None:
    first = "x" * 4500 + "\n"
    text = first + "Kramfors kommun antog planen."
    facts = extract(_source(text, page_starts=[0, len(first)]))
    assert facts.source.page_starts == [0, len(first) + 2]
    assert facts.source.text[facts.source.page_starts[1] :].startswith("Kramfors")


def test_a_page_over_the_cap_is_refused_with_a_code() -> None:
    with pytest.raises(PageTooLargeError) as refused:
        extract(_source("ord " * (MAX_PAGE_CHARS // 4 + 1)))
    assert refused.value.code == "PAGE_TOO_LARGE"
    check_page_sizes("x.pdf", "a" * 20, [0, 10])  # pages under the cap pass
    with pytest.raises(PageTooLargeError, match="page 2 has"):
        check_page_sizes("x.pdf", "a" * (MAX_PAGE_CHARS + 20), [0, 10])


def _scan(hits: list[ActorHit], span: Span) -> list[ActorHit]:
    return [a for a in hits if span.contains(a.start, a.end)]


def _actor(start: int, length: int, n: int) -> ActorHit:
    from graph.nodes import OrganizationKind

    return ActorHit(start, start + length, f"Organization:{n}", OrganizationKind.MUNICIPALITY, "x")


@settings(max_examples=150, deadline=None, database=None)
@given(
    hits=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=30),
    spans=st.lists(st.tuples(st.integers(0, 70), st.integers(0, 20)), min_size=1, max_size=8),
    shuffle=st.randoms(use_true_random=False),
)
def test_hits_within_answers_as_the_scan_did(
    hits: list[tuple[int, int]], spans: list[tuple[int, int]], shuffle: random.Random
) -> None:
    ctx = Context.build("", None)
    ctx.actors = [_actor(s, n, i) for i, (s, n) in enumerate(hits)]
    for step, (start, length) in enumerate(spans):
        span = Span(start, start + length)
        assert ctx.actors_in(span) == _scan(ctx.actors, span)
        # The components grow, sort and replace the list between questions.
        if step % 3 == 0:
            ctx.actors += [_actor(start, 2, 100 + step)]
        elif step % 3 == 1:
            shuffle.shuffle(ctx.actors)
        else:
            ctx.actors = sorted(ctx.actors, key=lambda a: (a.start, a.end))
        assert ctx.actors_in(span) == _scan(ctx.actors, span)
    assert hits_within(ctx, "other", [], 0, 10) == []


def test_dates_in_and_sentence_at_answer_as_the_scans_did() -> None:
    ctx = Context.build(PAGE, date(2022, 6, 28))
    for sentence in ctx.sentences:
        expected = [d for d in ctx.dates if sentence.contains(d.start, d.end) and d.resolved]
        assert ctx.dates_in(sentence) == expected
    for offset in range(-1, len(PAGE) + 1, 7):
        expected_at = next((s for s in ctx.sentences if s.start <= offset < s.end), None)
        assert sentence_at(ctx.sentences, offset) == expected_at


def _dates_by_scan(text: str, base: date | None) -> list[tuple[int, int]]:
    """find_dates' overlap rule as it was: longest first, then leftmost, by scanning."""
    from ingest.language import dates as module

    candidates = []
    for rule, pattern in module._RULES:
        for m in pattern.finditer(text):
            value, _ = module._resolve(rule, m, base)
            valid = value is not None or (base is None and rule not in module._ABSOLUTE)
            candidates.append((m.start(), m.end(), valid))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int, bool]] = []
    for start, end, valid in candidates:
        if all(end <= t[0] or start >= t[1] for t in taken):
            taken.append((start, end, valid))
    return sorted((start, end) for start, end, valid in taken if valid)


DATE_WORDS = ["22", "mars", "2022", "i", "år", "2022-03-22", "igår", "tisdags", "31", "april"]


@settings(max_examples=150, deadline=None, database=None)
@given(words=st.lists(st.sampled_from(DATE_WORDS), max_size=25))
def test_find_dates_takes_the_spans_the_scan_took(words: list[str]) -> None:
    text = " ".join(words)
    for base in (None, date(2022, 6, 28)):
        found = [(d.start, d.end) for d in find_dates(text, base)]
        assert found == _dates_by_scan(text, base)


def test_a_deadline_stops_extraction_between_components() -> None:
    with pytest.raises(IngestTimeoutError) as stopped:
        extract(_source(PAGE), Deadline(0.0))
    assert stopped.value.code == "INGEST_TIMEOUT"


def test_cancel_waits_for_a_write_under_way_and_refuses_later_ones() -> None:
    deadline = Deadline(60.0)
    entered, release = threading.Event(), threading.Event()

    def write() -> None:
        with deadline.writing("a"):
            entered.set()
            release.wait(5)

    writer = threading.Thread(target=write)
    writer.start()
    entered.wait(5)
    threading.Timer(0.2, release.set).start()
    began = time.monotonic()
    assert deadline.cancel() is True  # it waited for the write
    assert time.monotonic() - began >= 0.15
    writer.join()
    with pytest.raises(IngestTimeoutError), deadline.writing("b"):
        pass
    assert Deadline(60.0).cancel() is False

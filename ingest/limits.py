"""Bounds on the work one source may cost: a page's length, and an ingest's time.

A page (a web page, a text file, or one page of a PDF) of more than MAX_PAGE_CHARS
characters of text is refused, and a line longer than segment.MAX_LINE_CHARS is
broken before extraction (segment.cap_lines), so that extraction time grows
linearly with a source's length and is bounded per page.

An ingest over the API has a time limit (STRATGRAPH_INGEST_TIMEOUT). Python cannot
stop a thread, so the limit is kept by a Deadline the ingest checks between its
stages (fetch or read, each extraction component, the write), and by the API, which
stops waiting at the limit and then cancels the deadline. Cancelling and starting
to write exclude each other: either the write had begun (and the API waits for it
to finish, which the store's own timeouts bound) or the source is never written.
A reader whose one stage can take minutes (OCR of a long scan) checks the deadline in
force (Deadline.applying, active_deadline) before each page as well.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ingest.errors import IngestError

# A page of text longer than this is refused: ~70 pages of running text in one web
# page, or ~100 times a dense PDF page. Extraction takes ~15 s for this many.
MAX_PAGE_CHARS = 500_000

PAGE_TOO_LARGE = "PAGE_TOO_LARGE"
INGEST_TIMEOUT = "INGEST_TIMEOUT"


class PageTooLargeError(IngestError):
    """A page has more text than MAX_PAGE_CHARS."""

    code = PAGE_TOO_LARGE


class IngestTimeoutError(IngestError):
    """An ingest passed its time limit; nothing of the source in progress was written."""

    code = INGEST_TIMEOUT


def check_page_sizes(name: str, text: str, page_starts: list[int]) -> None:
    """Raise PageTooLargeError if a page of text (the whole text, when it has no pages)
    is longer than MAX_PAGE_CHARS."""
    bounds = [*page_starts[1:], len(text)] if page_starts else [len(text)]
    starts = page_starts or [0]
    for number, (start, end) in enumerate(zip(starts, bounds, strict=True), 1):
        if end - start > MAX_PAGE_CHARS:
            where = f"page {number}" if page_starts else "the page"
            raise PageTooLargeError(
                f"{name}: {where} has {end - start} characters of text; "
                f"at most {MAX_PAGE_CHARS} are read per page"
            )


class Deadline:
    """A time limit for one ingest (None: no limit), which the API can also cancel."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._ends = None if seconds is None else time.monotonic() + seconds
        self._lock = threading.Lock()
        self._cancelled = False
        self._writing = 0
        self._written = threading.Condition(self._lock)

    def passed(self) -> bool:
        with self._lock:
            return self._cancelled or (self._ends is not None and time.monotonic() >= self._ends)

    def check(self, name: str) -> None:
        """Raise IngestTimeoutError once the limit has passed or the ingest was cancelled."""
        if self.passed():
            raise self._timeout(name)

    def _timeout(self, name: str) -> IngestTimeoutError:
        # A deadline without a limit stops only when cancelled (the API gave up waiting).
        limit = "" if self.seconds is None else f" of {self.seconds:g} s"
        return IngestTimeoutError(f"{name}: not ingested within the time limit{limit}")

    @contextmanager
    def writing(self, name: str) -> Iterator[None]:
        """Around a store write: refused once the limit has passed; once begun, the write
        finishes and cancel() waits for it."""
        with self._lock:
            if self._cancelled or (self._ends is not None and time.monotonic() >= self._ends):
                raise self._timeout(name)
            self._writing += 1
        try:
            yield
        finally:
            with self._lock:
                self._writing -= 1
                self._written.notify_all()

    def cancel(self) -> bool:
        """Stop the ingest at its next check; returns once no write is under way, so that
        afterwards the store holds either all of a source or nothing of it. True when it
        had to wait for a write: that source was written whole."""
        with self._lock:
            self._cancelled = True
            waited = self._writing > 0
            while self._writing:
                self._written.wait()
            return waited

    @contextmanager
    def applying(self) -> Iterator[None]:
        """Make this the deadline in force (active_deadline) while reading a source, so
        that a reader checks it between pages without it being passed down every call."""
        token = _ACTIVE.set(self)
        try:
            yield
        finally:
            _ACTIVE.reset(token)


_ACTIVE: ContextVar[Deadline | None] = ContextVar("stratgraph_ingest_deadline", default=None)


def active_deadline() -> Deadline:
    """The deadline in force (Deadline.applying) in this thread; without one, no limit."""
    return _ACTIVE.get() or Deadline(None)

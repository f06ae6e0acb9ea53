"""Ingesting many files and URLs: one failing source never stops the batch, and
nothing of a failed source is written (a store writes a source whole or not at all)."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import quote

from graph.edges import SourceFacts
from graph.ids import digest, make_id
from graph.nodes import Source
from graph.privacy import PrivacyState
from graph.store import GraphStore, StoreError, WriteOutcome, WriteResult
from ingest.limits import Deadline
from ingest.pipeline import IngestError, extract, load_source
from ingest.readers.address_policy import AddressPolicy, GuardedClient
from ingest.readers.web_source import WebPage, load_url
from ingest.suppress import extract_kept
from ingest.workers import WorkerDiedError, run_in_workers

SUPPORTED_SUFFIXES = frozenset({".txt", ".html", ".htm", ".pdf"})
# Sources ingest_paths writes in one transaction: enough to make the commit and the
# per-statement cost small beside the rows, few enough to hold their facts in memory.
WRITE_BATCH = 50

log = logging.getLogger("stratgraph.ingest")


@dataclass(frozen=True)
class FileResult:
    origin: str  # the file's path or the URL, as the user named it
    outcome: WriteOutcome | None = None
    nodes: int = 0
    links: int = 0
    error: str | None = None
    code: str | None = None  # a failure's machine-readable kind, where it has one

    @property
    def ok(self) -> bool:
        return self.error is None


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus the supported files under named directories, sorted.

    A named file of another type stays in the list, so that it is reported, not skipped.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def ingest_file(store: GraphStore, path: Path, *, force: bool = False) -> FileResult:
    if not force and _stored_unchanged(store, path):
        return FileResult(str(path), WriteOutcome.UNCHANGED)
    return _ingest(store, str(path), lambda: load_source(path), force=force)


def _stored_unchanged(store: GraphStore, path: Path) -> bool:
    """Whether the store holds this file's source with the same content (sha256 of its
    bytes, as load_source records it): then it is skipped before any reading or
    extraction, which is most of an ingest's cost."""
    try:
        raw = path.read_bytes()
        stored = store.source_sha256(make_id("Source", digest(path.resolve().as_uri())))
    except (OSError, StoreError):
        return False  # the full path reports what is wrong
    return stored == hashlib.sha256(raw).hexdigest()


def _ingest(
    store: GraphStore,
    origin: str,
    load: Callable[[], Source],
    *,
    force: bool = False,
    deadline: Deadline | None = None,
) -> FileResult:
    """One source, whole or not at all; past ``deadline`` it stops before the next stage
    (read, each extraction component, write) and nothing of it is written."""
    deadline = deadline or Deadline(None)
    facts = _extracted(store, origin, load, deadline)
    if isinstance(facts, FileResult):
        return facts
    try:
        with deadline.writing(origin):
            outcome: WriteResult = store.write_source(facts, force=force)
    except IngestError as exc:  # the time limit passed before the write began
        return FileResult(origin, error=str(exc), code=getattr(exc, "code", None))
    except (StoreError, ValueError) as exc:
        outcome = exc
    return _written(origin, facts, outcome)


def _extracted(
    store: GraphStore, origin: str, load: Callable[[], Source], deadline: Deadline
) -> SourceFacts | FileResult:
    """The source's facts, or the result of its failure to be read or extracted."""
    return _extracted_with(store.privacy_state, origin, load, deadline)


def _extracted_with(
    privacy: Callable[[], PrivacyState],
    origin: str,
    load: Callable[[], Source],
    deadline: Deadline,
) -> SourceFacts | FileResult:
    try:
        deadline.check(origin)
        with deadline.applying():  # the PDF reader checks it between pages
            source = load()
        # Erased people are kept out of every source (ingest.suppress).
        return extract_kept(source, privacy(), deadline, extract)
    except IngestError as exc:
        return FileResult(origin, error=str(exc), code=getattr(exc, "code", None))
    except StoreError as exc:
        return FileResult(origin, error=str(exc))
    except Exception as exc:
        # A bug in a reader or a rule: this source fails, the rest of the batch goes on.
        # The message names no internals (paths, driver text); the log has the traceback.
        log.error("reading %s failed", origin, exc_info=exc)
        return FileResult(origin, error=f"{origin}: cannot be read (internal error)")


def _written(origin: str, facts: SourceFacts, outcome: WriteResult) -> FileResult:
    if isinstance(outcome, StoreError):
        return FileResult(origin, error=str(outcome))
    if isinstance(outcome, ValueError):
        # Facts that fail the store's checks: a bug in a rule, reported per source.
        return FileResult(origin, error=f"{origin}: extraction produced invalid facts: {outcome}")
    return FileResult(origin, outcome, nodes=len(facts.nodes), links=len(facts.links))


def ingest_url(
    store: GraphStore,
    url: str,
    *,
    follow_pdfs: bool = False,
    force: bool = False,
    client: GuardedClient | None = None,
    policy: AddressPolicy | None = None,
    deadline: Deadline | None = None,
) -> list[FileResult]:
    """The page at url, then (with follow_pdfs) each PDF it links to, each on its own.

    The client's address policy applies, or without a client `policy` (default:
    public addresses only), to the page and to every PDF alike. ``deadline`` bounds
    them all together."""
    pages: list[WebPage] = []

    def load_page() -> Source:
        pages.append(load_url(url, client=client, policy=policy))
        return pages[0].source

    results = [_ingest(store, url, load_page, force=force, deadline=deadline)]
    if follow_pdfs and pages:
        for linked in pages[0].linked_pdfs:
            load_pdf = partial(_source_at, linked.uri, client, policy)
            results.append(_ingest(store, linked.uri, load_pdf, force=force, deadline=deadline))
    return results


def _source_at(url: str, client: GuardedClient | None, policy: AddressPolicy | None) -> Source:
    return load_url(url, client=client, policy=policy).source


def upload_uri(name: str) -> str:
    """The identity of an uploaded file: its base name, not where the server keeps it."""
    return "upload:" + quote(name, safe="")


def ingest_upload(
    store: GraphStore, uploads: Path, name: str, raw: bytes, deadline: Deadline | None = None
) -> FileResult:
    """An uploaded file, as source ``upload:<base name>``, so that uploading a new version
    of the same file replaces that source's facts. It is kept under ``uploads`` by that
    name once ingested; a failed upload is removed, and a kept earlier version stays."""
    base = Path(name).name.strip()
    # Control characters (a NUL) cannot stand in a file name on any file system.
    if not base or base.startswith(".") or any(ord(c) < 32 for c in base):
        return FileResult(name, error=f"{name!r}: not a usable file name")
    try:
        uploads.mkdir(parents=True, exist_ok=True)
        # The suffix keeps the file type; the dot keeps half-written files out of listings.
        fd, tmp_name = tempfile.mkstemp(dir=uploads, prefix=".incoming-", suffix=f"-{base}")
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return FileResult(name, error=f"{name}: cannot store the upload ({reason})")
    tmp = Path(tmp_name)
    load = partial(load_source, tmp, uri=upload_uri(base), name=name)
    result = _ingest(store, name, load, deadline=deadline)
    try:
        if result.ok:
            tmp.replace(uploads / base)  # atomic: a reader never sees half a file
        else:
            tmp.unlink()
    except OSError:
        log.warning("cannot move or remove the upload %s", tmp, exc_info=True)
    return result


def ingest_paths(
    store: GraphStore,
    files: list[Path],
    *,
    force: bool = False,
    on_done: Callable[[FileResult], None] | None = None,
    batch: int = WRITE_BATCH,
    jobs: int = 1,
) -> list[FileResult]:
    """Each file read and extracted, here (``jobs`` 1) or in ``jobs`` worker processes,
    and their facts written by this process alone, ``batch`` sources at a time in the
    order of the files (GraphStore.write_many: one transaction, and a source that
    cannot be written fails alone). The results are in the order of the files;
    ``on_done`` is called as each is known: an unchanged or failed file at once, the
    others when their batch is written."""
    results: list[FileResult | None] = [None] * len(files)
    pending: list[tuple[int, SourceFacts]] = []  # extracted, not yet written
    queued: deque[int] = deque()  # handed out for extraction, in file order
    ready: dict[int, SourceFacts | None] = {}  # extracted ahead of a file before it

    def done(i: int, result: FileResult) -> None:
        results[i] = result
        if on_done is not None:
            on_done(result)

    def write() -> None:
        outcomes = store.write_many([facts for _, facts in pending], force=force)
        for (i, facts), outcome in zip(pending, outcomes, strict=True):
            done(i, _written(str(files[i]), facts, outcome))
        pending.clear()

    def to_extract() -> Iterator[tuple[int, tuple[Path, PrivacyState]]]:
        for i, path in enumerate(files):
            if not force and _stored_unchanged(store, path):
                done(i, FileResult(str(path), WriteOutcome.UNCHANGED))
                continue
            try:  # read per file, as in ingest_file: an erasure may come mid-batch
                state = store.privacy_state()
            except StoreError as exc:
                done(i, FileResult(str(path), error=str(exc)))
                continue
            queued.append(i)
            yield i, (path, state)

    jobs = min(jobs, len(files))
    extracted = (
        run_in_workers(_extract_file, to_extract(), jobs, warm=_warm, preload=("ingest.pipeline",))
        if jobs > 1
        else ((i, _extract_file(job)) for i, job in to_extract())
    )
    with closing(extracted):  # on Ctrl-C or a store failure, the workers end at once
        for i, outcome in extracted:
            facts = _worker_failed(files[i], outcome) if isinstance(outcome, Exception) else outcome
            if isinstance(facts, FileResult):
                done(i, facts)
            ready[i] = None if isinstance(facts, FileResult) else facts
            while queued and queued[0] in ready:
                j = queued.popleft()
                if (ok := ready.pop(j)) is not None:
                    pending.append((j, ok))
                if len(pending) >= batch:
                    write()
    write()
    return [r for r in results if r is not None]


def _extract_file(job: tuple[Path, PrivacyState]) -> SourceFacts | FileResult:
    """One file of ingest_paths read and extracted (in a worker process when jobs > 1)."""
    path, state = job
    return _extracted_with(lambda: state, str(path), partial(load_source, path), Deadline(None))


def _warm() -> None:
    """Build a worker's pipeline once, before its first file."""
    from ingest.language.nlp import person_matcher, pipeline

    pipeline()
    person_matcher()


def _worker_failed(path: Path, exc: Exception) -> FileResult:
    if isinstance(exc, WorkerDiedError):
        return FileResult(str(path), error=f"{path}: cannot be read (its worker process ended)")
    log.error("reading %s failed", path, exc_info=exc)
    return FileResult(str(path), error=f"{path}: cannot be read (internal error)")

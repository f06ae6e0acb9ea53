"""The Mutation root: ingest a URL or an uploaded file, behind an API key."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, TypeVar

import strawberry
from strawberry.file_uploads import Upload
from strawberry.types import Info

from graph.user_input import UserInputError
from ingest.limits import Deadline, IngestTimeoutError
from schema.context import IngestAccess, in_thread, ingest_access_of, store_of
from schema.enums import described_enum

if TYPE_CHECKING:
    # The pipeline (spaCy, the rules) loads when a mutation first runs, on its thread,
    # so that read-only requests and commands never load it.
    from ingest.batch import FileResult

R = TypeVar("R")


class IngestOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


IngestOutcomeEnum = described_enum(
    IngestOutcome,
    "What ingesting a source did.",
    {
        "CREATED": "A new source: its facts were written.",
        "UPDATED": "A known source whose content changed: its facts were replaced.",
        "UNCHANGED": "A known source with the same content: skipped.",
        "FAILED": "Nothing of it was written; error says why.",
    },
    name="IngestOutcome",
)


class IngestDisabledError(PermissionError):
    """The server has no API key configured: the mutations are off."""


class IngestUnauthorizedError(PermissionError):
    """The request's X-API-Key header is missing or wrong."""


@strawberry.type(description="One source an ingest mutation read.")
class IngestedSource:
    origin: str = strawberry.field(description="The URL or file name.")
    outcome: IngestOutcomeEnum = strawberry.field(  # type: ignore[valid-type]
        description="What ingesting it did."
    )
    nodes: int = strawberry.field(description="Nodes the source contributed.")
    links: int = strawberry.field(description="Relationships the source contributed.")
    error: str | None = strawberry.field(description="Why it failed; null when it did not.")
    code: str | None = strawberry.field(
        description="The kind of failure, where it has one: ADDRESS_NOT_ALLOWED when the "
        "URL's host is or resolves to an address the server does not fetch; "
        "PAGE_TOO_LARGE when a page has more text than the server reads; "
        "INGEST_TIMEOUT when the time limit passed before it was written."
    )


@strawberry.type(description="What an ingest mutation did, source by source.")
class IngestResult:
    sources: list[IngestedSource] = strawberry.field(description="Each source read, in order.")
    failed: int = strawberry.field(description="How many sources failed.")


def _check_key(info: Info) -> IngestAccess:
    """The request's ingest access, once its API key is checked."""
    access = ingest_access_of(info)
    if access is None or access.api_key is None:
        raise IngestDisabledError(
            "ingest is off: the server has no API key configured (STRATGRAPH_API_KEY)"
        )
    given = access.presented_key or ""
    if not hmac.compare_digest(given.encode(), access.api_key.encode()):
        raise IngestUnauthorizedError("missing or wrong API key: send it in the X-API-Key header")
    return access


def _result(found: list[FileResult]) -> IngestResult:
    return IngestResult(
        sources=[
            IngestedSource(
                origin=r.origin,
                outcome=IngestOutcome(str(r.outcome)) if r.ok else IngestOutcome.FAILED,
                nodes=r.nodes,
                links=r.links,
                error=r.error,
                code=r.code,
            )
            for r in found
        ],
        failed=sum(not r.ok for r in found),
    )


async def _within(deadline: Deadline, work: Callable[[], R]) -> R:
    """work() on a thread, answered within the deadline's seconds: past them the ingest is
    cancelled (it stops at its next stage and writes nothing more) and the request
    answers INGEST_TIMEOUT, unless a write was under way, which finishes and counts."""
    task = asyncio.ensure_future(in_thread(work))
    try:
        return await asyncio.wait_for(asyncio.shield(task), deadline.seconds)
    except TimeoutError:
        if await in_thread(deadline.cancel):
            return await task  # it wrote; the rest of it stops at its next check
        # The thread goes on until its current stage ends, then stops without writing.
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        raise IngestTimeoutError(
            f"the ingest did not finish within the time limit of {deadline.seconds:g} s "
            "(STRATGRAPH_INGEST_TIMEOUT); the source in progress was not written"
        ) from None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Fetch a web page or PDF and ingest it; followPdfs also ingests the PDFs "
        "the page links to. Needs the X-API-Key header."
    )
    async def ingest_url(
        self,
        info: Info,
        url: Annotated[str, strawberry.argument(description="An http(s) URL.")],
        follow_pdfs: Annotated[
            bool, strawberry.argument(description="Also ingest the PDFs the page links to.")
        ] = False,
    ) -> IngestResult:
        access = _check_key(info)
        deadline = Deadline(access.ingest_timeout)
        store = store_of(info)

        def work() -> list[FileResult]:
            from ingest.batch import ingest_url

            return ingest_url(
                store, url, follow_pdfs=follow_pdfs, policy=access.fetch_policy, deadline=deadline
            )

        return _result(await _within(deadline, work))

    @strawberry.mutation(
        description="Ingest an uploaded .pdf, .html or .txt file (a multipart request). "
        "Needs the X-API-Key header."
    )
    async def ingest_file(
        self,
        info: Info,
        file: Annotated[
            Upload, strawberry.argument(description="The file, as a multipart file part.")
        ],
    ) -> IngestResult:
        access = _check_key(info)
        if not hasattr(file, "read"):
            # A multipart part without a file name arrives as a plain form value.
            raise UserInputError("the upload has no file name: send the file as a named file part")
        raw = await file.read(access.max_upload_bytes + 1)
        name = str(getattr(file, "filename", None) or "")
        if not name.strip():
            raise UserInputError("the upload has no file name: send the file as a named file part")
        if len(raw) > access.max_upload_bytes:
            raise UserInputError(f"{name}: larger than the {access.max_upload_bytes} bytes allowed")
        deadline = Deadline(access.ingest_timeout)
        store = store_of(info)

        def work() -> FileResult:
            from ingest.batch import ingest_upload

            return ingest_upload(store, access.uploads_dir, name, raw, deadline)

        return _result([await _within(deadline, work)])

"""The one error the ingest stage raises; kept apart so every module can raise it."""

from __future__ import annotations


class IngestError(Exception):
    """A page could not be ingested; the message names the file and the reason."""

"""The app each `stratgraph serve --workers N` process builds for itself.

Worker processes are spawned, not forked, so nothing of the parent's set-up carries
over: each configures its own logging and opens its own store from the settings.
"""

from __future__ import annotations

from fastapi import FastAPI

from schema.app import create_app
from stratgraph.logs import configure_logging


def worker_app() -> FastAPI:
    configure_logging()
    return create_app()

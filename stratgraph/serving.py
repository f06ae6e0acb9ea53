"""Serving with several worker processes: the app each process builds, and the socket
they share.

Worker processes are spawned, not forked, so nothing of the parent's set-up carries
over: each configures its own logging and opens its own store from the settings.
"""

from __future__ import annotations

import socket

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

from schema.app import create_app
from stratgraph.logs import configure_logging


def worker_app() -> FastAPI:
    configure_logging()
    return create_app(settle=True)  # its start-up heap kept out of full collections


def serve_workers(host: str, port: int, workers: int) -> None:
    """Run ``workers`` processes of worker_app on one listening socket."""
    config = uvicorn.Config(
        "stratgraph.serving:worker_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,  # stratgraph's own JSON request log replaces uvicorn's
    )
    sock = config.bind_socket()
    # The socket uvicorn binds for its workers is not marked TCP, so asyncio leaves
    # Nagle's algorithm on and every two-part response waits ~40 ms for the client's
    # delayed ACK. Accepted connections inherit the option from the listening socket.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()

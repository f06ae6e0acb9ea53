"""A local HTTP server for the web ingest tests: stdlib http.server on 127.0.0.1.

Each route is a function that writes the whole response, so a test can serve
a page, a redirect, a response that stalls or one that never ends. Stalling
routes wait on `release`, which stop() sets, so shutting down never waits for
a stalled handler to time out on its own.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

Route = Callable[["Handler"], None]


@dataclass(frozen=True)
class Seen:
    path: str
    headers: dict[str, str]


class Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        pages = self.server.pages
        pages.requests.append(Seen(self.path, dict(self.headers.items())))
        route = pages.routes.get(unquote(urlsplit(self.path).path))
        if route is None:
            send(self, 404, b"<html><body><h1>Sidan finns inte</h1></body></html>", "text/html")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    # Handler threads are joined on close, so no thread outlives its test.
    daemon_threads = False
    block_on_close = True

    def __init__(self, pages: PageServer) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.pages = pages

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client hung up, as the size-cap and timeout tests make it do
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class PageServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.release = threading.Event()
        self._httpd = _Server(self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str | None,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type is not None:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def static(body: bytes, content_type: str | None, status: int = 200) -> Route:
    def route(handler: Handler) -> None:
        send(handler, status, body, content_type)

    return route


def redirect(location: str, status: int = 302) -> Route:
    def route(handler: Handler) -> None:
        send(handler, status, b"", "text/html", {"Location": location})

    return route


def stall_before_headers() -> Route:
    def route(handler: Handler) -> None:
        handler.server.pages.release.wait(10)

    return route


def stall_in_body(content_type: str = "text/html") -> Route:
    """Headers and a first piece of the body, then nothing until the server stops."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        handler.wfile.write(b"<html><body><main><p>Kramfors kommun")
        handler.wfile.flush()
        handler.server.pages.release.wait(10)

    return route


def trickle(content_type: str = "text/html") -> Route:
    """A few bytes every 50 ms: never slow enough for a read timeout, never done."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.end_headers()
        while not handler.server.pages.release.wait(0.05):
            handler.wfile.write(b"<p>Kramfors</p>\n")
            handler.wfile.flush()

    return route


def endless(content_type: str = "text/html", limit: int = 256 * 1024 * 1024) -> Route:
    """A body with no Content-Length that goes on until the client stops reading."""

    def route(handler: Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.end_headers()
        chunk = b"<p>" + b"Kramfors kommun " * 4096 + b"</p>\n"
        sent = 0
        while sent < limit and not handler.server.pages.release.is_set():
            handler.wfile.write(chunk)
            sent += len(chunk)

    return route

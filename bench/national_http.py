"""HTTP for the national benchmark: GraphQL calls over kept-alive connections, and the
servers under test as child processes (stratgraph serve, the @neo4j/graphql peer)."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from bench.national_timing import Call

HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class GraphQLError(RuntimeError):
    """An answer with errors, or not 200."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def post(port: int, body: Mapping[str, Any], timeout: float = 120.0) -> dict[str, Any]:
    """One GraphQL request; its `data`, or GraphQLError."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/graphql", json.dumps(body), HEADERS)
        response = conn.getresponse()
        raw = response.read()
    finally:
        conn.close()
    answer = json.loads(raw) if raw else {}
    if response.status != 200 or answer.get("errors"):
        raise GraphQLError(f"HTTP {response.status}: {raw[:300]!r}")
    data: dict[str, Any] = answer["data"]
    return data


def graphql_calls(port: int, body: Mapping[str, Any], timeout: float = 120.0) -> Callable[[], Call]:
    """A factory of calls, one kept-alive connection each, that post the same body."""
    payload = json.dumps(body).encode()

    def factory() -> Call:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)

        def send() -> tuple[int, bytes]:
            conn.request("POST", "/graphql", payload, HEADERS)
            response = conn.getresponse()
            return response.status, response.read()

        def call() -> None:
            try:
                status, raw = send()
            except (OSError, http.client.HTTPException):
                # The server closed a kept-alive connection that sat idle (uvicorn's
                # keep-alive timeout): reconnect once, as a client library would.
                conn.close()
                status, raw = send()
            # A cheap check: parsing every answer would load the client, not the server.
            if status != 200 or b'"errors":' in raw:
                raise GraphQLError(f"HTTP {status}: {raw[:200]!r}")

        return call

    return factory


class Server:
    """A server in its own process group, started and stopped by this process."""

    def __init__(
        self,
        name: str,
        args: list[str],
        env: Mapping[str, str],
        cwd: Path,
        port: int,
        log: Path,
    ) -> None:
        self.name = name
        self.port = port
        self.log = log
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            args,
            env=dict(env),
            cwd=cwd,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its workers share its group, and go with it
        )

    def wait_ready(self, probe: Callable[[], bool], timeout: float = 120.0) -> None:
        ends = time.monotonic() + timeout
        while time.monotonic() < ends:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited ({self.process.returncode}); see {self.log}"
                )
            try:
                if probe():
                    return
            except (OSError, http.client.HTTPException, GraphQLError):
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f} s; see {self.log}")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        self._log_file.close()


def answers_get(port: int, path: str) -> bool:
    """Whether GET path answers 200 (stratgraph's /ready)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        return conn.getresponse().status == 200
    finally:
        conn.close()


def answers_graphql(port: int) -> bool:
    """Whether the server answers a trivial GraphQL query."""
    return "__typename" in post(port, {"query": "{ __typename }"}, timeout=5)

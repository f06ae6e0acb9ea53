"""A local Neo4j 5.26 Community server without Docker: jars from Maven Central, run on Java 17.

`mvn` resolves the jars once (Maven's own cache keeps them), the class path is cached
in the Neo4j home, and a small launcher class starts the embedded kernel with Bolt on
loopback. The process is tracked by its PID file.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import neo4j
from neo4j.exceptions import AuthError, ServiceUnavailable

from stratgraph.neo4j_memory import MemorySettings, default_settings

NEO4J_VERSION = "5.26.0"
LAUNCHER_CLASS = "StratgraphNeo4j"
READY_MARKER = b"stratgraph-neo4j ready"


class Neo4jServerError(RuntimeError):
    """The local server could not be set up, started or stopped."""


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    bolt_uri: str
    answering: bool


@dataclass(frozen=True)
class LocalNeo4j:
    home: Path
    port: int = 7687
    # None: sizes from the machine's memory (stratgraph.neo4j_memory.default_settings).
    memory: MemorySettings | None = None

    def __post_init__(self) -> None:
        # mvn and java run in other directories: every path handed to them is absolute.
        object.__setattr__(self, "home", self.home.resolve())

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.home / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "neo4j.log"

    @property
    def password_file(self) -> Path:
        return self.home / "password"

    # -- set-up -----------------------------------------------------------

    def password(self) -> str:
        """NEO4J_PASSWORD if set, else one generated on first start and kept in the home."""
        from_env = os.environ.get("NEO4J_PASSWORD")
        if from_env:
            return from_env
        if self.password_file.exists():
            return self.password_file.read_text(encoding="utf-8").strip()
        self.home.mkdir(parents=True, exist_ok=True)
        generated = secrets.token_urlsafe(18)
        self.password_file.write_text(generated, encoding="utf-8")
        self.password_file.chmod(0o600)
        return generated

    def classpath(self) -> str:
        """Neo4j's jar class path, resolved by mvn once and cached."""
        cache = self.home / f"classpath-{NEO4J_VERSION}.txt"
        if cache.exists() and all(Path(p).exists() for p in _split(cache.read_text())):
            return cache.read_text().strip()
        mvn = _require_tool("mvn", "Maven (mvn) is needed to fetch Neo4j from Maven Central")
        work = self.home / "launcher"
        work.mkdir(parents=True, exist_ok=True)
        pom = work / "pom.xml"
        pom.write_bytes(_launcher_file("pom.xml"))
        result = subprocess.run(
            [
                mvn,
                "-q",
                "-B",
                "-f",
                str(pom),
                "dependency:build-classpath",
                f"-Dneo4j.version={NEO4J_VERSION}",
                f"-Dmdep.outputFile={cache}",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not cache.exists():
            tail = (result.stdout + result.stderr)[-2000:]
            raise Neo4jServerError(f"mvn could not resolve Neo4j {NEO4J_VERSION}:\n{tail}")
        return cache.read_text().strip()

    def compile_launcher(self, classpath: str) -> Path:
        classes = self.home / "classes"
        source = self.home / "launcher" / f"{LAUNCHER_CLASS}.java"
        wanted = _launcher_file(f"{LAUNCHER_CLASS}.java")
        compiled = classes / f"{LAUNCHER_CLASS}.class"
        if compiled.exists() and source.exists() and source.read_bytes() == wanted:
            return classes
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(wanted)
        javac = _require_tool("javac", "a JDK 17 (javac) is needed to build the Neo4j launcher")
        result = subprocess.run(
            [javac, "-cp", classpath, "-d", str(classes), str(source)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise Neo4jServerError(f"javac failed on the launcher:\n{result.stderr[-2000:]}")
        return classes

    # -- life cycle -------------------------------------------------------

    def pid(self) -> int | None:
        if not self.pid_file.exists():
            return None
        try:
            pid = int(self.pid_file.read_text().strip())
        except ValueError:
            return None
        return pid if _alive(pid) else None

    def status(self) -> ServerStatus:
        pid = self.pid()
        return ServerStatus(
            running=pid is not None,
            pid=pid,
            bolt_uri=self.bolt_uri,
            answering=pid is not None and self._answers(),
        )

    def start(self, timeout: float = 120.0) -> ServerStatus:
        """Start the server (if not running) and wait until Bolt answers."""
        if self.pid() is not None:
            self.wait_until_ready(timeout)
            return self.status()
        if _port_in_use(self.port):
            raise Neo4jServerError(
                f"port {self.port} is already in use; choose another with --port"
            )
        java = _require_tool("java", "a Java 17 runtime is needed to run Neo4j")
        classpath = self.classpath()
        classes = self.compile_launcher(classpath)
        env = dict(os.environ, NEO4J_PASSWORD=self.password())
        memory = self.memory or default_settings()
        self.home.mkdir(parents=True, exist_ok=True)
        with self.log_file.open("wb") as log:
            proc = subprocess.Popen(
                [
                    java,
                    f"-Xms{min(256, memory.heap_mib)}m",
                    f"-Xmx{memory.heap_mib}m",
                    "-cp",
                    f"{classes}{os.pathsep}{classpath}",
                    LAUNCHER_CLASS,
                    str(self.home / "dbms"),
                    str(self.port),
                    str(memory.page_cache_mib),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        self.pid_file.write_text(str(proc.pid))
        self.wait_until_ready(timeout)
        return self.status()

    def wait_until_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pid() is None:
                raise Neo4jServerError(
                    f"Neo4j exited during start-up; last log lines:\n{self._log_tail()}"
                )
            # Bolt opens before the launcher has set the password: wait for its word.
            if self._launcher_ready() and self._answers():
                return
            time.sleep(0.5)
        raise Neo4jServerError(
            f"Neo4j did not answer on {self.bolt_uri} within {timeout:.0f}s; "
            f"last log lines:\n{self._log_tail()}"
        )

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server by its PID; False if it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True

    def _answers(self) -> bool:
        try:
            with neo4j.GraphDatabase.driver(
                self.bolt_uri, auth=("neo4j", self.password()), connection_timeout=2
            ) as driver:
                driver.verify_connectivity()
            return True
        except (ServiceUnavailable, OSError):
            return False
        except AuthError as exc:
            raise Neo4jServerError(
                f"Neo4j on {self.bolt_uri} refused the password: {exc}. Was it started "
                "with another NEO4J_PASSWORD? Stop it, or delete its home to start afresh."
            ) from exc

    def _launcher_ready(self) -> bool:
        return self.log_file.exists() and READY_MARKER in self.log_file.read_bytes()

    def _log_tail(self, lines: int = 30) -> str:
        if not self.log_file.exists():
            return "(no log)"
        return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])


def _launcher_file(name: str) -> bytes:
    return resources.files("stratgraph").joinpath("neo4j_launcher", name).read_bytes()


def _require_tool(name: str, why: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise Neo4jServerError(f"{name} not found on PATH: {why}")
    return path


def _split(classpath: str) -> list[str]:
    return [p for p in classpath.strip().split(os.pathsep) if p]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); treat a reaped-but-listed process as gone.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0

"""A served app with the sample pages ingested, on each store, and the distribution's
headless Chromium driven by Playwright (no browser download: /usr/bin/chromium).

Without Chromium the browser tests skip with a message, except under CI, where they
fail: .ci/run installs it (scripts/setup.sh).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.sqlite_store import SqliteStore
from graph.store import GraphStore
from schema.app import create_app
from stratgraph.settings import Settings
from tests.conftest import STORE_KINDS
from tests.helpers import ingest_samples
from tests.server_thread import serving

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("STRATGRAPH_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"the browser tests are required under CI: {reason}")
    pytest.skip(reason)


# Module scope: Playwright's sync API runs an event loop in this thread while it is
# open, which would break later tests that call asyncio.run().
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        _unavailable("no Chromium on PATH: apt-get install chromium (scripts/setup.sh does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: scripts/setup.sh dev installs it")
        raise
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module", params=STORE_KINDS)
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The base URL of an app serving the samples from each store; ingested once per
    module, which keeps the browser tests fast."""
    store: GraphStore
    if request.param == "sqlite":
        store = SqliteStore(tmp_path_factory.mktemp("web") / "graph.sqlite3")
        store.setup()
    else:
        store = request.getfixturevalue("neo4j_session_store")
        store.delete_all()
    ingest_samples(store)
    # A cold Neo4j plans each new query slowly: the API's default deadline is for
    # outages, not for this.
    settings = Settings.model_validate({"STRATGRAPH_STORE_TIMEOUT": 30})
    try:
        with serving(create_app(settings, store)) as url:
            yield url
    finally:
        if request.param == "sqlite":
            store.close()
        else:
            store.delete_all()


@dataclass
class Tab:
    """A browser page on the served app, where its screenshots go, and the requests it
    tried to make elsewhere (refused)."""

    page: Any
    base: str
    shots: Path
    foreign: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        self.page.goto(self.base + path)

    def shot(self, name: str) -> None:
        self.shots.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(self.shots / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Any, served: str, request: pytest.FixtureRequest) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    name = request.node.name.replace("[", "-").replace("]", "")
    opened = Tab(context.new_page(), served, ARTIFACTS / name)

    def route(r: Any) -> None:
        if r.request.url.startswith((served, "data:")):
            r.continue_()
        else:
            opened.foreign.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    opened.page.set_default_timeout(10_000)
    yield opened
    context.close()

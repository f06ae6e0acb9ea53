"""GraphiQL and the explorer load from the app's own files: no page refers to another
host, every file they load is served, and the built files match their source."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from graph.store import GraphStore
from schema.app import create_app
from schema.web import STATIC
from stratgraph.settings import Settings

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"
# what a page loads: scripts, stylesheets, icons, images
REFERENCE = re.compile(r"""<(?:script|link|img)\b[^>]*?(?:src|href)\s*=\s*["']([^"']+)["']""")
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?:[a-z][a-z0-9+.-]*:)?//""", re.I)


@pytest.fixture
def client(sqlite_store: GraphStore) -> TestClient:
    return TestClient(create_app(Settings(), sqlite_store))


@pytest.mark.parametrize("path", ["/graphql", "/explore"])
def test_page_refers_to_no_other_host_and_its_files_load(client: TestClient, path: str) -> None:
    page = client.get(path, headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    assert not EXTERNAL.search(page.text), EXTERNAL.findall(page.text)
    assert "unpkg" not in page.text and "cdn" not in page.text.lower()
    assets = REFERENCE.findall(page.text)
    assert len(assets) >= 3
    for asset in assets:
        answer = client.get(asset)
        assert answer.status_code == 200, asset
        assert answer.content, asset


def test_stylesheets_fetch_nothing_from_elsewhere() -> None:
    for sheet in STATIC.rglob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), sheet
        assert "@import" not in text, sheet


def test_built_files_are_the_frontend_sources() -> None:
    """schema/static is built from frontend/src (npm run build); a stale build fails."""
    sources = sorted(p.name for p in (FRONTEND / "src").iterdir())
    assert sources
    for name in sources:
        built = STATIC / name
        assert built.is_file(), f"{name} is not built: run npm run build in frontend/"
        assert built.read_bytes() == (FRONTEND / "src" / name).read_bytes(), name
    assert (FRONTEND / "package-lock.json").is_file()


def test_static_files_ship_with_the_package() -> None:
    import tomllib

    project = tomllib.loads((FRONTEND.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["schema"]
    assert "static/*" in patterns and "static/vendor/*" in patterns
    assert "export_context.jsonld" in patterns

"""A portal on another origin calls the API from a browser: the preflight that a JSON
POST triggers passes for a configured origin (STRATGRAPH_CORS_ORIGINS) and fails for
any other, as README "Using the API from another portal" says."""

from __future__ import annotations

from typing import Any

from graph.sqlite_store import SqliteStore
from schema.app import create_app
from stratgraph.settings import Settings
from tests.server_thread import serving

CALL = """async (api) => {
  try {
    const answer = await fetch(api + "/graphql", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({query: "{ documents(filter: {}) { totalCount } }"}),
    });
    return (await answer.json()).data.documents.totalCount;
  } catch (error) {
    return "refused: " + error.message;
  }
}"""


def test_a_configured_origin_calls_the_api_and_another_is_refused(
    browser: Any, sqlite_store: SqliteStore
) -> None:
    with serving(create_app(Settings(), sqlite_store)) as portal:
        # localhost and 127.0.0.1 are two origins to a browser
        allowed = portal.replace("127.0.0.1", "localhost")
        settings = Settings.model_validate({"STRATGRAPH_CORS_ORIGINS": [allowed]})
        with serving(create_app(settings, sqlite_store)) as api:
            context = browser.new_context()
            page = context.new_page()
            # A JSON POST is not a "simple" request: the browser sends a preflight first.
            page.goto(allowed + "/health")
            assert page.evaluate(CALL, api) == 0
            page.goto(portal + "/health")
            assert str(page.evaluate(CALL, api)).startswith("refused")
            context.close()

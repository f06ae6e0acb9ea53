"""URLs through ingest.batch into each store: linked PDFs followed, failures isolated,
and a page whose content changed replacing its own facts only."""

from __future__ import annotations

from graph.nodes import NodeLabel
from graph.store import GraphStore, WriteOutcome
from ingest.batch import ingest_url
from tests.helpers import ingest_samples
from tests.ingest.web.conftest import LOCAL, NEWS_PATH, PAGES
from tests.ingest.web.server import PageServer, static

PDF_URL_PATH = "/download/18.3b2c/1708675200000/Regional%20handlingsplan%202022-2026.pdf"
HTML = "text/html; charset=utf-8"


def _source_uris(store: GraphStore) -> set[str]:
    return {str(r.props["uri"]) for r in store.nodes_by_label(NodeLabel.SOURCE)}


def test_a_page_and_the_pdfs_it_links_to(store: GraphStore, web: PageServer) -> None:
    results = ingest_url(store, web.url(NEWS_PATH), follow_pdfs=True, policy=LOCAL)
    assert [(r.origin, r.outcome) for r in results] == [
        (web.url(NEWS_PATH), WriteOutcome.CREATED),
        (web.url(PDF_URL_PATH), WriteOutcome.CREATED),
        # The same bytes as the plan's PDF: another location of it, not a new source.
        (web.url("/nyheter/2024/bilagor/sammanfattning.pdf"), WriteOutcome.UNCHANGED),
    ]
    assert _source_uris(store) == {r.origin for r in results[:2]}
    without = ingest_url(store, web.url(NEWS_PATH), policy=LOCAL)
    assert [(r.origin, r.outcome) for r in without] == [
        (web.url(NEWS_PATH), WriteOutcome.UNCHANGED)
    ]


def test_a_failing_url_writes_nothing(store: GraphStore, web: PageServer) -> None:
    for path in ("/fel", "/tom.html", "/trasig.pdf", "/bild.png"):
        (result,) = ingest_url(store, web.url(path), policy=LOCAL)
        assert not result.ok and result.error and result.error.startswith(web.url(path))
    assert store.counts().total_nodes == 0


def test_a_changed_page_replaces_its_own_facts_only(store: GraphStore, web: PageServer) -> None:
    ingest_samples(store)
    before = store.counts()
    news = (PAGES / "nyhet.html").read_text(encoding="utf-8")
    url = web.url(NEWS_PATH)
    (first,) = ingest_url(store, url, policy=LOCAL)
    assert first.outcome is WriteOutcome.CREATED
    anna = "Person:person:anna-andersson"
    assert store.get_nodes([anna])
    # The page is edited: the contact person changes.
    edited = news.replace("Anna Andersson", "Beata Berg")
    assert edited != news
    web.routes[NEWS_PATH] = static(edited.encode(), HTML)
    (second,) = ingest_url(store, url, policy=LOCAL)
    assert second.outcome is WriteOutcome.UPDATED
    assert store.get_nodes([anna]) == []  # no stale facts of the old version remain
    assert store.get_nodes(["Person:person:beata-berg"])
    # The seed pages' facts are all still there.
    web.routes[NEWS_PATH] = static(b"<html><body><p>x</p></body></html>", HTML)
    ingest_url(store, url, policy=LOCAL)  # now fails: no main content; the last good version stays
    after = store.counts()
    assert after.nodes["Source"] == before.nodes["Source"] + 1
    assert store.get_nodes(["Person:person:beata-berg"])

"""The web face in a real browser (headless Chromium), against a served app with the
sample pages ingested, on both stores. Screenshots go to artifacts/browser/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from schema.reference import municipalities_of
from tests.web.conftest import Tab

AXE = Path(__file__).resolve().parent / "axe.min.js"
KRAMFORS = "Organization:kommun:2282"
PLAN = "Document:regional:action-plan:lan:22:2022-2026"
SIGNED_QUOTE = "undertecknades av 15 myndighetsansvariga i länet den 22 mars i år"


def _axe(tab: Tab) -> list[dict[str, Any]]:
    """Serious and critical WCAG 2.1 A/AA violations axe-core finds on the page."""
    tab.page.add_script_tag(path=str(AXE))
    found = tab.page.evaluate(
        """async () => (await axe.run(document, {runOnly: {type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target)}))"""
    )
    assert isinstance(found, list)
    return found


def test_graphiql_runs_the_readme_lineage_query(tab: Tab) -> None:
    tab.open("/graphql")
    page = tab.page
    page.wait_for_selector(".graphiql-container .graphiql-execute-button")
    with page.expect_response(
        lambda r: r.url.endswith("/graphql") and "lineage" in (r.request.post_data or "")
    ) as answer:
        page.click(".graphiql-execute-button")
    lineage = answer.value.json()["data"]["lineage"]
    signed = [x for x in lineage["links"] if x["type"] == "SIGNED"]
    assert {x["type"] for x in lineage["links"]} >= {"REVISES", "SIGNED"}
    assert any(x["date"] == "2022-03-22" and x["from"]["id"] == KRAMFORS for x in signed)
    # and GraphiQL shows it (its editor renders only the lines in view)
    page.locator(".result-window").get_by_text('"lineage"').wait_for()
    tab.shot("graphiql")
    assert not tab.foreign, f"GraphiQL asked other hosts: {tab.foreign}"


def test_explorer_search_lineage_evidence_and_coverage(tab: Tab) -> None:
    page = tab.page
    tab.open("/explore")
    page.get_by_label("Sök dokument, organisationer och personer").fill("Kramfors")
    page.keyboard.press("Enter")
    page.get_by_role("link", name="Kramfors kommun").first.wait_for()
    tab.shot("sok-kramfors")
    assert _axe(tab) == []

    page.get_by_label("Sök dokument, organisationer och personer").fill("regional handlingsplan")
    page.get_by_role("button", name="Sök", exact=True).click()
    page.get_by_role("link", name="Regional handlingsplan 2022-2026").first.click()
    page.wait_for_function("window.explorer.cy && window.explorer.cy.edges().length > 0")
    drawn = page.evaluate("window.explorer.cy.edges().map(e => e.data('type'))")
    assert {"REVISES", "SIGNED"} <= set(drawn)
    assert page.evaluate("window.explorer.cy.nodes().map(n => n.id())").count(PLAN) == 1
    # a click on the SIGNED link shows its date and quote
    page.evaluate(
        """() => { const e = window.explorer.cy.edges().filter(e => e.data('type') === 'SIGNED'
            && e.data('source') === 'Organization:kommun:2282')[0]; e.select(); e.emit('tap'); }"""
    )
    details = page.locator("#belagg")
    details.get_by_text(SIGNED_QUOTE).wait_for()
    assert "2022-03-22" in details.inner_text()
    assert "publicerad 2022-06-28" in details.inner_text()
    tab.shot("regional-handlingsplan")
    assert page.locator(".kedja li").count() > 0  # the responsibility chain
    assert _axe(tab) == []
    # the same by keyboard: the link list's buttons
    revises = page.locator("#lanklista button", has_text="reviderar").first
    revises.focus()
    page.keyboard.press("Enter")
    details.get_by_text("(REVISES)").wait_for()

    tab.open("/explore#/organisation/Organization:kommun:2282")
    page.get_by_role("heading", name="Undertecknat").wait_for()
    assert "Regional handlingsplan 2022-2026" in page.locator("main").inner_text()
    tab.shot("kramfors-kommun")
    assert _axe(tab) == []

    tab.open("/explore#/tackning/22")
    table = page.locator("#tackning")
    table.locator("tbody tr").first.wait_for()
    names = table.locator("tbody th").all_inner_texts()
    assert len(names) == 7
    assert set(names) == {m.name for m in municipalities_of("22")}
    table.get_by_role("button", name="Kommun").click()  # sorted descending now
    first = table.locator("tbody th").first.inner_text()
    assert first.startswith("Örnsköldsvik")
    href = page.locator("#csv").get_attribute("href")
    assert href == "/export/coverage.csv?county=22"
    tab.shot("tackning-22")
    assert _axe(tab) == []
    assert not tab.foreign, f"the explorer asked other hosts: {tab.foreign}"
    assert json.dumps(drawn)  # keep the drawn types in the failure context

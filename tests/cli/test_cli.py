"""The `stratgraph` command, run in-process on a temporary data directory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stratgraph.cli import app
from tests.helpers import CONTRACT, SAMPLES, STRATEGY_ID, contract_operation
from tests.ingest.web.conftest import install_site
from tests.ingest.web.server import PageServer

runner = CliRunner()


def test_ingest_then_query_lineage(tmp_path: Path) -> None:
    ingested = runner.invoke(app, ["ingest", str(SAMPLES)])
    assert ingested.exit_code == 0, ingested.output
    assert "created" in ingested.output
    op = tmp_path / "lineage.graphql"
    op.write_text(contract_operation("Lineage"), encoding="utf-8")
    result = runner.invoke(app, ["query", str(op), "--variables", json.dumps({"id": STRATEGY_ID})])
    assert result.exit_code == 0, result.output
    links = json.loads(result.stdout)["data"]["lineage"]["links"]
    assert {"REVISES", "SIGNED"} <= {x["type"] for x in links}


def test_query_takes_text_and_an_operation_name() -> None:
    runner.invoke(app, ["ingest", str(SAMPLES)])
    result = runner.invoke(
        app,
        [
            "query",
            'query A { node(id: "x") { id } } query B { __typename }',
            "--operation-name",
            "B",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"data": {"__typename": "Query"}}


def test_query_reports_bad_variables_and_graphql_errors() -> None:
    bad = runner.invoke(app, ["query", "{ __typename }", "--variables", "{not json"])
    assert bad.exit_code == 2
    assert "--variables is not valid JSON" in bad.output
    wrong = runner.invoke(app, ["query", str(CONTRACT), "--operation-name", "Nope"])
    assert wrong.exit_code == 1
    (error,) = json.loads(wrong.stdout)["errors"]
    assert error["message"] == "the document has no operation named 'Nope'"
    unknown = runner.invoke(app, ["query", "{ nope }"])
    assert unknown.exit_code == 1
    assert "Cannot query field 'nope'" in json.loads(unknown.stdout)["errors"][0]["message"]


def test_query_takes_long_text_and_names_a_missing_file(tmp_path: Path) -> None:
    long = "query {\n" + "  __typename  # a comment that makes the text long\n" * 8 + "}"
    assert len(long) > 255  # longer than a file name may be
    answered = runner.invoke(app, ["query", long])
    assert answered.exit_code == 0, answered.output
    assert json.loads(answered.stdout) == {"data": {"__typename": "Query"}}
    missing = runner.invoke(app, ["query", str(tmp_path / "lineage.grapql")])
    assert missing.exit_code == 2
    assert "no such file" in missing.output and "lineage.grapql" in missing.output


def test_ingest_names_the_failing_file_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\xff\xfe\xfa")
    result = runner.invoke(app, ["ingest", str(bad), str(SAMPLES)])
    assert result.exit_code == 1
    assert "bad.html" in result.output
    assert "1 of 5 sources failed" in result.output
    assert result.output.count("created") == 5  # four rows, and the summary
    assert "sources: 4 created, 0 unchanged, 0 updated, 1 failed" in result.output


def test_ingest_without_files_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "no .txt, .html or .pdf files" in result.output


def test_neo4j_uri_without_password_is_a_configuration_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 2
    assert "NEO4J_PASSWORD is not" in result.output


def test_neo4j_status_of_a_server_never_started(tmp_path: Path) -> None:
    result = runner.invoke(app, ["neo4j", "status", "--home", str(tmp_path / "n"), "--port", "1"])
    assert result.exit_code == 3
    assert "stopped" in result.output


def test_stats_shows_nodes_and_relationships_apart() -> None:
    runner.invoke(app, ["ingest", str(SAMPLES)])
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0, result.output
    nodes, relationships = result.stdout.split("relationships in sqlite")
    assert "nodes in sqlite" in nodes and "Document" in nodes and "SIGNED" not in nodes
    assert "SIGNED" in relationships and "MENTIONS" in relationships
    assert "Document" not in relationships


def test_schema_prints_sdl() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "responsibilityChain(\n" in result.stdout
    assert "    id: ID!\n  ): ResponsibilityChain!" in result.stdout
    assert 'Any node by its global id; null if there is none."""' in result.stdout


def test_report_coverage_in_every_format(tmp_path: Path) -> None:
    runner.invoke(app, ["ingest", str(SAMPLES)])
    as_csv = runner.invoke(app, ["report", "coverage", "--county", "22", "--format", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 7  # the municipalities of Västernorrland
    (kramfors,) = [r for r in rows if r["kommunkod"] == "2282"]
    assert kramfors["kommun"] == "Kramfors kommun"
    assert kramfors["riktlinje"] == "Riktlinje mot våld i nära relationer (antagen 2016-10)"
    assert kramfors["handlingsplan"].startswith("Handlingsplan")
    assert kramfors["undertecknade regionala planer"] == (
        "Regional handlingsplan 2022-2026 (2022-03-22)"
    )
    assert "ingen lokal handlingsplan antagen sedan dess" in kramfors["luckor"]
    assert "no local" not in as_csv.stdout  # one language per format
    as_json = runner.invoke(app, ["report", "coverage", "--county", "22", "--format", "json"])
    answer = json.loads(as_json.stdout)
    assert [r["municipality_code"] for r in answer] == [r["kommunkod"] for r in rows]
    (kramfors_json,) = [r for r in answer if r["municipality_code"] == "2282"]
    assert all(" " not in key for key in kramfors_json)  # snake_case keys
    assert kramfors_json["guidelines"] == [
        {"title": "Riktlinje mot våld i nära relationer", "adopted": "2016-10", "revised": None}
    ]
    assert kramfors_json["signed_regional_plans"] == [
        {"title": "Regional handlingsplan 2022-2026", "date": "2022-03-22"}
    ]
    assert any("no local handlingsplan adopted since" in g for g in kramfors_json["gaps"])
    out = tmp_path / "coverage.md"
    as_md = runner.invoke(
        app, ["report", "coverage", "--county", "22", "--format", "md", "--output", str(out)]
    )
    assert as_md.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("| kommunkod | kommun | riktlinje |")
    assert len(lines) == 2 + 7
    assert any(line.startswith("| 2282 | Kramfors kommun |") for line in lines)


def test_report_coverage_rejects_bad_input() -> None:
    unknown = runner.invoke(app, ["report", "coverage", "--county", "99"])
    assert unknown.exit_code == 2
    assert "unknown county code '99'" in unknown.output
    bad_format = runner.invoke(app, ["report", "coverage", "--county", "22", "--format", "xls"])
    assert bad_format.exit_code == 2
    assert "unknown format 'xls'" in bad_format.output


@pytest.fixture
def site(tmp_path: Path) -> Iterator[PageServer]:
    server = PageServer()
    install_site(server, tmp_path)
    server.start()
    yield server
    server.stop()


def test_ingest_files_and_urls_with_a_summary(site: PageServer, tmp_path: Path) -> None:
    broken = tmp_path / "trasig.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    args = ["ingest", str(SAMPLES), str(broken), site.url("/nyheter/2024/nyhet.html")]
    result = runner.invoke(app, [*args, site.url("/fel"), "--follow-pdfs", "--allow-local"])
    assert result.exit_code == 1  # two sources failed, the rest landed
    # The page's two PDFs hold the same bytes: the second is another location of the first.
    assert "sources: 6 created, 1 unchanged, 0 updated, 2 failed" in result.stdout
    assert "trasig.pdf" in result.output and "HTTP 500" in result.output
    again = runner.invoke(app, ["ingest", str(SAMPLES)])
    assert again.exit_code == 0
    assert "sources: 0 created, 4 unchanged, 0 updated, 0 failed; written: 0 nodes" in again.stdout


def test_ingest_fetches_local_addresses_only_when_allowed(
    site: PageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = site.url("/nyheter/2024/nyhet.html")
    refused = runner.invoke(app, ["ingest", url])
    assert refused.exit_code == 1
    assert "address not allowed: 127.0.0.1 is a loopback address" in " ".join(
        refused.output.split()
    )
    assert site.requests == []
    monkeypatch.setenv("STRATGRAPH_FETCH_ALLOW", '["127.0.0.1"]')  # an intranet network
    allowed = runner.invoke(app, ["ingest", url])
    assert allowed.exit_code == 0, allowed.output
    assert "sources: 1 created" in allowed.stdout
    monkeypatch.delenv("STRATGRAPH_FETCH_ALLOW")
    by_flag = runner.invoke(app, ["ingest", url, "--allow-local", "--force"])
    assert by_flag.exit_code == 0, by_flag.output
    assert "1 updated" in by_flag.stdout


def test_ingest_without_sources_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "no .txt, .html or .pdf files and no URLs" in result.output

"""The open-data exports: JSON-LD that a JSON-LD processor reads back to the same facts,
and CSV files whose ids join; from the CLI and over HTTP, on both stores."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pyld import jsonld
from typer.testing import CliRunner

from graph.edges import LinkType
from graph.store import GraphStore
from schema.app import create_app
from schema.export import Snapshot, csv_files, link_id, snapshot
from schema.export_jsonld import context, jsonld_document
from schema.report import ReportFormat, coverage_table, render
from stratgraph.cli import app as cli
from stratgraph.settings import Settings
from tests.helpers import ingest_samples

PROV = "http://www.w3.org/ns/prov#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DCT = "http://purl.org/dc/terms/"
SG = "https://w3id.org/stratgraph/vocab#"
ORG = "http://www.w3.org/ns/org#"
SIGNED_QUOTE = "undertecknades av 15 myndighetsansvariga"


@pytest.fixture
def filled(store: GraphStore) -> GraphStore:
    ingest_samples(store)
    return store


def _value(item: dict[str, Any], iri: str) -> Any:
    values = item.get(iri, [])
    return values[0].get("@value", values[0].get("@id")) if values else None


def _read_back(expanded: list[dict[str, Any]]) -> tuple[dict[str, str], set[tuple[str, ...]]]:
    """From the expanded form only: node iri -> our id, and every fact as
    (from id, predicate iri, to id, date, quotes, sources)."""
    ids: dict[str, str] = {
        i["@id"]: _value(i, DCT + "identifier") for i in expanded if DCT + "identifier" in i
    }
    facts: set[tuple[str, ...]] = set()
    for item in expanded:
        if RDF + "Statement" not in item.get("@type", []):
            continue
        quotes = sorted(_value(q, SG + "quote") for q in item.get(PROV + "qualifiedDerivation", []))
        sources = sorted(ids[s["@id"]] for s in item.get(PROV + "wasDerivedFrom", []))
        facts.add(
            (
                ids[_value(item, RDF + "subject")],
                _value(item, RDF + "predicate"),
                ids[_value(item, RDF + "object")],
                _value(item, DCT + "date") or "",
                "|".join(quotes),
                "|".join(sources),
            )
        )
    return ids, facts


def _expected(snap: Snapshot) -> set[tuple[str, ...]]:
    terms = context()["@context"]
    prefixes = {k: v for k, v in terms.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def full(curie: str) -> str:
        prefix, local = curie.split(":", 1)
        return prefixes[prefix] + local

    return {
        (
            x.from_id,
            full(terms[str(x.type)]["@id"]),
            x.to_id,
            x.date or "",
            "|".join(sorted(e.quote for e in x.evidence)),
            "|".join(sorted({e.source_id for e in x.evidence})),
        )
        for x in snap.links
    }


def test_jsonld_expands_and_reads_back_the_same_facts(filled: GraphStore) -> None:
    snap = snapshot(filled)
    document = jsonld_document(snap)
    expanded = jsonld.expand(document)
    ids, facts = _read_back(expanded)
    assert facts == _expected(snap)
    assert len(facts) == len(snap.links) > 40
    # every node survives expansion with its id, and no property is dropped as unknown
    assert set(ids.values()) >= {r.id for r in snap.nodes}
    by_id = {i["@id"]: i for i in expanded}
    compact_items = {i["@id"]: i for i in document["@graph"]}
    for iri, item in compact_items.items():
        assert len(by_id[iri]) == len(item), f"a property of {item['identifier']} was dropped"


def test_jsonld_uses_popolo_prov_and_dcterms(filled: GraphStore) -> None:
    expanded = jsonld.expand(jsonld_document(snapshot(filled)))
    by_identifier = {_value(i, DCT + "identifier"): i for i in expanded}
    plan = by_identifier["Document:regional:action-plan:lan:22:2022-2026"]
    older = by_identifier["Document:regional:strategy:lan:22:2018-2021"]
    assert plan[PROV + "wasRevisionOf"] == [{"@id": older["@id"]}]
    assert _value(plan, DCT + "title") == "Regional handlingsplan 2022-2026"
    assert plan[PROV + "qualifiedDerivation"] and plan[PROV + "wasDerivedFrom"]
    kramfors = by_identifier["Organization:kommun:2282"]
    assert ORG + "Organization" in kramfors["@type"]
    memberships = [i for i in expanded if ORG + "Membership" in i.get("@type", [])]
    people = {
        i["@id"] for i in expanded if "http://xmlns.com/foaf/0.1/Person" in i.get("@type", [])
    }
    assert memberships and all(m[ORG + "member"][0]["@id"] in people for m in memberships)
    assert all(ORG + "post" in m and PROV + "wasDerivedFrom" in m for m in memberships)
    signed = [
        i
        for i in expanded
        if RDF + "Statement" in i.get("@type", [])
        and _value(i, RDF + "object") == plan["@id"]
        and SIGNED_QUOTE in json.dumps(i, ensure_ascii=False)
    ]
    assert signed and _value(signed[0], DCT + "date") == "2022-03-22"


def test_county_export_keeps_the_county_and_leaves_out_the_rest(filled: GraphStore) -> None:
    everything = {r.id for r in snapshot(filled).nodes}
    county = {r.id for r in snapshot(filled, "22").nodes}
    assert "Organization:kommun:2282" in county
    assert "Document:regional:action-plan:lan:22:2022-2026" in county
    assert county < everything
    assert not {r.id for r in snapshot(filled, "01").nodes}  # Stockholm: nothing ingested
    with pytest.raises(ValueError, match="unknown county"):
        snapshot(filled, "99")


def test_csv_ids_join(filled: GraphStore) -> None:
    snap = snapshot(filled)
    files = {
        name: list(csv.DictReader(io.StringIO(text))) for name, text in csv_files(snap).items()
    }
    node_ids = {
        row["id"] for name, rows in files.items() if name.startswith("nodes_") for row in rows
    }
    link_ids = set()
    for link_type in LinkType:
        for row in files.get(f"links_{link_type}.csv", []):
            assert row["from_id"] in node_ids and row["to_id"] in node_ids
            link_ids.add(row["link_id"])
    assert len(link_ids) == len(snap.links)
    assert {row["link_id"] for row in files["links_REVISES.csv"]} == {
        link_id(x) for x in snap.links if x.type is LinkType.REVISES
    }
    evidence = files["evidence.csv"]
    assert {row["fact_id"] for row in evidence} >= link_ids
    assert {row["source_id"] for row in evidence} <= {r["id"] for r in files["nodes_Source.csv"]}
    assert any(SIGNED_QUOTE in row["quote"] for row in evidence)
    assert "text" not in files["nodes_Source.csv"][0]  # sources without their full text


def test_cli_export(filled: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("stratgraph.cli._store", lambda: _Unclosed(filled))
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "jsonld", "--county", "22"])
    assert result.exit_code == 0, result.output
    assert jsonld.expand(json.loads(result.stdout))
    zipped = tmp_path / "out.zip"
    result = runner.invoke(cli, ["export", "--format", "csv", "--output", str(zipped)])
    assert result.exit_code == 0, result.output
    assert "links_SIGNED.csv" in zipfile.ZipFile(zipped).namelist()
    folder = tmp_path / "csv"
    assert runner.invoke(cli, ["export", "--format", "csv", "--output", str(folder)]).exit_code == 0
    assert (folder / "nodes_Document.csv").is_file()
    assert runner.invoke(cli, ["export", "--format", "csv"]).exit_code == 2
    assert runner.invoke(cli, ["export", "--county", "99"]).exit_code == 2


def test_http_downloads(filled: GraphStore) -> None:
    with TestClient(create_app(Settings(), filled)) as client:
        published = client.get("/export/context.jsonld")
        assert published.status_code == 200
        assert published.json() == context()
        answer = client.get("/export/graph.jsonld", params={"county": "22"})
        assert answer.status_code == 200
        assert "attachment" in answer.headers["content-disposition"]
        document = answer.json()
        url = document["@context"]
        assert url.endswith("/export/context.jsonld")

        def loader(iri: str, _: dict[str, Any]) -> dict[str, Any]:
            assert iri == url
            return {"contextUrl": None, "documentUrl": iri, "document": published.json()}

        expanded = jsonld.expand(document, {"documentLoader": loader})
        assert _read_back(expanded)[1] == _expected(snapshot(filled, "22"))
        zipped = client.get("/export/graph-csv.zip")
        assert zipped.status_code == 200
        names = zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
        assert "nodes_Organization.csv" in names and "evidence.csv" in names
        coverage = client.get("/export/coverage.csv", params={"county": "22"})
        assert coverage.text == render(coverage_table(filled, "22"), ReportFormat.CSV)
        assert client.get("/export/graph.jsonld", params={"county": "99"}).status_code == 400
        assert client.get("/export/graph.jsonld", params={"county": "x"}).status_code == 422


class _Unclosed:
    """The test's store, which the command must not close."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def close(self) -> None:
        pass

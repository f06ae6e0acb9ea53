"""`stratgraph person show|restrict|erase|erasures` (issue 13) on the seed pages, in
the embedded store of a temporary data directory."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from stratgraph.cli import app
from tests.helpers import SAMPLES

runner = CliRunner()
KROOKS = "Person:person:carl-gunnar-krooks"


def _ingest() -> None:
    result = runner.invoke(app, ["ingest", str(SAMPLES)])
    assert result.exit_code == 0, result.output


def test_show_prints_every_fact_as_json_and_as_tables() -> None:
    _ingest()
    by_name = runner.invoke(app, ["person", "show", "Krooks", "--json"])
    assert by_name.exit_code == 0, by_name.output
    (facts,) = json.loads(by_name.stdout)
    assert (facts["id"], facts["name"], facts["party"]) == (KROOKS, "Carl-Gunnar Krooks", "S")
    (role,) = {(r["other_id"], r["title"], r["date"]) for r in facts["roles"]}
    assert role == ("Organization:kommun:2282:valfardsnamnden", "Ordförande", "2024-02-23")
    assert all(q["source"]["uri"].startswith("file://") for q in facts["mentions"])
    by_id = runner.invoke(app, ["person", "show", KROOKS, "--json"])
    assert json.loads(by_id.stdout) == [facts]
    table = runner.invoke(app, ["person", "show", KROOKS], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    for text in ("Carl-Gunnar Krooks (S)", "roles", "Ordförande", "Välfärdsnämnden", "2024-02-23"):
        assert text in table.stdout
    missing = runner.invoke(app, ["person", "show", "Ingen Alls"])
    assert missing.exit_code == 1 and "no person matches" in missing.output


def test_restrict_then_lift() -> None:
    _ingest()
    restricted = runner.invoke(app, ["person", "restrict", KROOKS])
    assert restricted.exit_code == 0, restricted.output
    assert "Person:restricted:" in restricted.stdout
    (facts,) = json.loads(runner.invoke(app, ["person", "show", KROOKS, "--json"]).stdout)
    assert facts["restricted"] is True
    query = f'{{ node(id: "{KROOKS}") {{ id }} }}'
    assert json.loads(runner.invoke(app, ["query", query]).stdout)["data"]["node"] is None
    lifted = runner.invoke(app, ["person", "restrict", KROOKS, "--lift"])
    assert lifted.exit_code == 0 and "lifted" in lifted.stdout
    assert json.loads(runner.invoke(app, ["query", query]).stdout)["data"]["node"] == {"id": KROOKS}
    unknown = runner.invoke(app, ["person", "restrict", "Person:person:ingen-alls"])
    assert unknown.exit_code == 1


def test_erase_removes_the_person_and_logs_no_name() -> None:
    _ingest()
    refused = runner.invoke(app, ["person", "erase", KROOKS], input="n\n")
    assert refused.exit_code == 1
    assert json.loads(runner.invoke(app, ["person", "show", KROOKS, "--json"]).stdout)
    erased = runner.invoke(app, ["person", "erase", KROOKS, "--yes"])
    assert erased.exit_code == 0, erased.output
    assert "erased" in erased.stdout and "redacted 1 sources" in erased.stdout
    gone = runner.invoke(app, ["person", "show", "Krooks"])
    assert gone.exit_code == 1
    log = runner.invoke(app, ["person", "erasures"], env={"COLUMNS": "200"})
    assert log.exit_code == 0
    assert "krooks" not in log.stdout.lower() and "erasure id" in log.stdout
    # A forced re-ingest does not bring him back.
    again = runner.invoke(app, ["ingest", str(SAMPLES), "--force"])
    assert again.exit_code == 0, again.output
    assert runner.invoke(app, ["person", "show", "Krooks"]).exit_code == 1
    assert runner.invoke(app, ["person", "erase", KROOKS, "--yes"]).exit_code == 1
    not_a_person = runner.invoke(app, ["person", "erase", "Organization:kommun:2282", "--yes"])
    assert not_a_person.exit_code == 2

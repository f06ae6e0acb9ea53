"""Nothing stored holds a phone number, an e-mail address or a personal identity number,
and every stored person has a role (issue 13, item 1).

Every gold text that exists (the samples, the fictional sets, and the real pages where
they are rebuilt) and a run of fuzzed pages are ingested into the embedded store; then
every text value of every table is read back and searched with tests/pii_patterns.py.
Failures name the file and the kind of data, never the text itself.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.nodes import NodeLabel
from graph.sqlite_store import SqliteStore
from ingest.batch import ingest_file
from ingest.minimise import CONTACT_TITLES
from tests.helpers import ROOT, SAMPLES
from tests.pii_patterns import fake_email, fake_identity_number, fake_phone, pii_found

GOLD = ROOT / "tests" / "gold"
TEXTS = (
    sorted(SAMPLES.glob("*.txt"))
    + sorted(GOLD.glob("*/*.txt"))
    + sorted(GOLD.glob("*/pages/*.txt"))
)


def stored_findings(path: Path) -> Iterator[tuple[str, str, str]]:
    """(table, column, kind) of every stored text value that holds personal data."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            try:
                # Table names come from the schema itself, never from input.
                cursor = conn.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            except sqlite3.Error:  # FTS5 shadow tables that cannot be read directly
                continue
            columns = [d[0] for d in cursor.description]
            for row in cursor:
                for column, value in zip(columns, row, strict=True):
                    # Search stems are the words of names and quotes checked in their own
                    # columns, without the punctuation that tells "2021-06-17" from a number.
                    if isinstance(value, str) and column != "stems":
                        for kind in pii_found(value):
                            yield table, column, kind


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SqliteStore, Path]]:
    path = tmp_path_factory.mktemp("gold") / "graph.sqlite3"
    store = SqliteStore(path)
    store.setup()
    failed = [r.origin for f in TEXTS if not (r := ingest_file(store, f)).ok]
    assert not failed, failed
    yield store, path
    store.close()


def test_the_texts_hold_personal_data_before_ingest() -> None:
    # Otherwise the test below could not fail.
    found = {kind for f in TEXTS for kind in pii_found(f.read_text(encoding="utf-8"))}
    assert {"email", "phone"} <= found


def test_no_gold_text_leaves_personal_data_in_the_store(
    gold_store: tuple[SqliteStore, Path],
) -> None:
    _, path = gold_store
    assert sorted(set(stored_findings(path))) == []


def test_every_stored_person_holds_a_role_that_is_not_a_contact(
    gold_store: tuple[SqliteStore, Path],
) -> None:
    store, _ = gold_store
    people = store.nodes_by_label(NodeLabel.PERSON)
    assert people
    from graph.edges import Direction, LinkType

    links = store.links_of([p.id for p in people], Direction.OUTGOING, list(LinkType))
    linked = {x.from_id for x in links}
    assert {p.id for p in people} <= linked
    roles = [x for x in links if x.type is LinkType.HOLDS_ROLE]
    assert not [x.title for x in roles if (x.title or "").lower() in CONTACT_TITLES]
    assert not [x for x in roles for e in x.evidence if e.rule.startswith("role.sidansvarig")]


_LINES = [
    "Ankeby kommun antog Handlingsplan mot våld 2023-2026 den 12 maj 2023.",
    "Kontakt",
    "Lisa Berg",
    "Samordnare",
    "Sidansvarig: Per Ek",
    "Välfärdsnämndens ordförande Maja Lind (S) säger att planen är viktig.",
    "Frågor kring nyheten?",
    "Läs mer på webbplatsen.",
]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 2**32 - 1), lines=st.lists(st.sampled_from(_LINES), max_size=12))
def test_fuzzed_pages_leave_no_personal_data(tmp_path: Path, seed: int, lines: list[str]) -> None:
    rng = random.Random(seed)
    page = list(lines)
    for make in (fake_phone, fake_email, fake_identity_number):
        for _ in range(rng.randint(1, 3)):
            detail = make(rng)
            line = rng.choice([f"Tel: {detail}", detail, f"{rng.choice(_LINES)} {detail}"])
            page.insert(rng.randint(0, len(page)), line)
    text = "Handlingsplan mot våld\n" + "\n".join(page) + "\n"
    assert pii_found(text)
    path = tmp_path / f"page-{seed}.txt"
    path.write_text(text, encoding="utf-8")
    db = tmp_path / f"graph-{seed}.sqlite3"
    store = SqliteStore(db)
    store.setup()
    try:
        assert ingest_file(store, path).ok
    finally:
        store.close()
    assert sorted(set(stored_findings(db))) == []

"""The evaluation framework (ingest.evaluation.evaluate) on tiny hand-built gold and facts."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graph.edges import Evidence, Link, LinkType, SourceFacts
from graph.nodes import (
    DatePrecision,
    Decision,
    Document,
    DocumentKind,
    DomainNode,
    Goal,
    Organization,
    OrganizationKind,
    Person,
    Source,
)
from ingest.evaluation.evaluate import (
    Counts,
    GoldError,
    GoldText,
    TextReport,
    content_words,
    evaluate_facts,
    evaluate_set,
    load_gold_file,
    overlap,
)
from stratgraph.cli import app

KRAMFORS = "Organization:kommun:2282"
VALFARD = "Organization:kommun:2282:valfardsnamnden"
KROOKS = "Person:person:carl-gunnar-krooks"
SOURCE = Source(
    id="Source:test",
    uri="file:///test.txt",
    sha256="0" * 64,
    media_type="text/plain",
    text="x" * 200,
    published_on="2024-02-23",
)

GoldFactory = Callable[..., GoldText]


@pytest.fixture
def make_gold(tmp_path: Path) -> GoldFactory:
    """Write a gold file (and its text) and load it back through the real loader."""

    def make(
        entities: Sequence[dict[str, Any]],
        relations: Sequence[dict[str, Any]] = (),
        **top: Any,
    ) -> GoldText:
        (tmp_path / "page.txt").write_text("Text.", encoding="utf-8")
        doc = {"published_on": "2024-02-23", "entities": entities, "relations": relations}
        path = tmp_path / "page.gold.json"
        path.write_text(json.dumps({**doc, **top}), encoding="utf-8")
        return load_gold_file(path)

    return make


def org(ref: str, node_id: str, **attrs: Any) -> dict[str, Any]:
    return {"ref": ref, "label": "Organization", "id": node_id, "attrs": attrs}


def goal(ref: str, text: str) -> dict[str, Any]:
    return {"ref": ref, "label": "Goal", "text": text}


def rel(type_: str, from_ref: str, to_ref: str, **attrs: Any) -> dict[str, Any]:
    return {"type": type_, "from": from_ref, "to": to_ref, "attrs": attrs}


def organization(node_id: str, name: str, kind: OrganizationKind) -> Organization:
    return Organization(id=node_id, name=name, kind=kind)


def link(
    type_: LinkType,
    from_id: str,
    to_id: str,
    *,
    date: str | None = None,
    title: str | None = None,
    precision: DatePrecision | None = None,
) -> Link:
    evidence = Evidence(SOURCE.id, 0, 1, "x", "test.rule", 0.9)
    return Link(type_, from_id, to_id, evidence, date=date, date_precision=precision, title=title)


def facts(nodes: Sequence[DomainNode], links: Sequence[Link] = ()) -> SourceFacts:
    return SourceFacts(source=SOURCE, nodes=list(nodes), links=list(links))


def counts(report: TextReport, kind: str, key: str) -> tuple[int, int, int]:
    table = report.entities if kind == "entity" else report.relations
    c = table.get(key, Counts())
    return c.tp, c.fp, c.fn


KRAMFORS_NODE = organization(KRAMFORS, "Kramfors kommun", OrganizationKind.MUNICIPALITY)
VALFARD_NODE = organization(VALFARD, "Välfärdsnämnden", OrganizationKind.COMMITTEE)


# --- text overlap --------------------------------------------------------------------------


def test_content_words_drop_case_punctuation_and_stop_words() -> None:
    assert content_words("Förbättrad kunskap och metodutveckling.") == {
        "förbättrad",
        "kunskap",
        "metodutveckling",
    }
    assert content_words("Regional handlingsplan 2022-2026") == {
        "regional",
        "handlingsplan",
        "2022",
        "2026",
    }
    assert overlap("Effektivare brottsbekämpning.", "effektivare BROTTSBEKÄMPNING i länet") == 1.0
    assert overlap("och i på", "och i på") == 0.0  # no content words: never a match


# --- entities ------------------------------------------------------------------------------


def test_entities_match_by_exact_id(make_gold: GoldFactory) -> None:
    gold = make_gold([org("k", KRAMFORS), org("v", VALFARD)])
    other = organization("Organization:kommun:2262", "Timrå kommun", OrganizationKind.MUNICIPALITY)
    report = evaluate_facts(gold, facts([KRAMFORS_NODE, other]))
    assert counts(report, "entity", "Organization") == (1, 1, 1)  # Kramfors; Timrå; Välfärd
    assert any(VALFARD in m and "not extracted" in m for m in report.misses)
    assert any("Organization:kommun:2262" in fp for fp in report.false_positives)


def test_an_attribute_mismatch_is_a_false_positive_and_a_false_negative(
    make_gold: GoldFactory,
) -> None:
    gold = make_gold([org("v", VALFARD, name="välfärdsnämnden", kind="committee")])
    right = evaluate_facts(gold, facts([VALFARD_NODE]))  # names compare case-insensitively
    assert counts(right, "entity", "Organization") == (1, 0, 0)
    wrong_kind = organization(VALFARD, "Välfärdsnämnden", OrganizationKind.MUNICIPALITY)
    wrong = evaluate_facts(gold, facts([wrong_kind]))
    assert counts(wrong, "entity", "Organization") == (0, 1, 1)
    assert any("kind: gold 'committee', predicted 'municipality'" in m for m in wrong.misses)


def test_an_attribute_the_node_lacks_is_a_mismatch(make_gold: GoldFactory) -> None:
    gold = make_gold(
        [{"ref": "p", "label": "Person", "id": KROOKS, "attrs": {"party": "S"}}],
    )
    report = evaluate_facts(gold, facts([Person(id=KROOKS, name="Carl-Gunnar Krooks")]))
    assert counts(report, "entity", "Person") == (0, 1, 1)


def test_text_entities_match_at_half_the_gold_content_words(make_gold: GoldFactory) -> None:
    # Gold content words: förbättrad, upptäckt, våld, skydd (4); half is 2.
    gold = make_gold([goal("g", "Förbättrad upptäckt av våld och skydd")])
    half = Goal(id="Goal:a", text="bättre upptäckt av våld")
    assert counts(evaluate_facts(gold, facts([half])), "entity", "Goal") == (1, 0, 0)
    quarter = Goal(id="Goal:b", text="mindre våld")
    assert counts(evaluate_facts(gold, facts([quarter])), "entity", "Goal") == (0, 1, 1)


def test_text_matching_is_one_to_one_best_first(make_gold: GoldFactory) -> None:
    gold = make_gold(
        [
            goal("g1", "informera om våld i nära relationer"),
            goal("g2", "stärka samverkan mot våld i nära relationer"),
        ]
    )
    # One predicted node that overlaps both gold texts counts once.
    broad = Goal(id="Goal:broad", text="stärka samverkan mot våld i nära relationer")
    once = evaluate_facts(gold, facts([broad]))
    assert counts(once, "entity", "Goal") == (1, 0, 1)
    # `broad` fits g1 too (3 of 4 words), but g2 better; a first-fit pairing would give it
    # to g1 and leave g2 unmatched. Best overlap first pairs both.
    inform = Goal(id="Goal:inform", text="informera om våld i nära relationer")
    both = evaluate_facts(gold, facts([broad, inform]))
    assert counts(both, "entity", "Goal") == (2, 0, 0)


def test_a_text_entity_with_a_wrong_attribute_still_anchors_its_relations(
    make_gold: GoldFactory,
) -> None:
    gold = make_gold(
        [
            org("v", VALFARD),
            {
                "ref": "d",
                "label": "Decision",
                "text": "medverka i Resurscentrum mot våld",
                "attrs": {"date": "2024-02-22"},
            },
        ],
        [rel("DECIDED", "v", "d")],
    )
    decision = Decision(id="Decision:x", summary="medverka i Resurscentrum", date="2024-02-21")
    report = evaluate_facts(
        gold, facts([VALFARD_NODE, decision], [link(LinkType.DECIDED, VALFARD, "Decision:x")])
    )
    assert counts(report, "entity", "Decision") == (0, 1, 1)
    assert counts(report, "relation", "DECIDED") == (1, 0, 0)


# --- relations -----------------------------------------------------------------------------


def test_relation_direction_matters(make_gold: GoldFactory) -> None:
    gold = make_gold([org("k", KRAMFORS), org("v", VALFARD)], [rel("PART_OF", "v", "k")])
    nodes = [KRAMFORS_NODE, VALFARD_NODE]
    right = evaluate_facts(gold, facts(nodes, [link(LinkType.PART_OF, VALFARD, KRAMFORS)]))
    assert counts(right, "relation", "PART_OF") == (1, 0, 0)
    reversed_ = evaluate_facts(gold, facts(nodes, [link(LinkType.PART_OF, KRAMFORS, VALFARD)]))
    assert counts(reversed_, "relation", "PART_OF") == (0, 1, 1)


def test_relation_type_matters_and_unknown_ends_are_false_positives(
    make_gold: GoldFactory,
) -> None:
    gold = make_gold([org("k", KRAMFORS), org("v", VALFARD)], [rel("PART_OF", "v", "k")])
    stranger = "Organization:kommun:2262"
    links = [link(LinkType.SIGNED, VALFARD, KRAMFORS), link(LinkType.PART_OF, stranger, KRAMFORS)]
    report = evaluate_facts(gold, facts([KRAMFORS_NODE, VALFARD_NODE], links))
    assert counts(report, "relation", "PART_OF") == (0, 1, 1)
    assert counts(report, "relation", "SIGNED") == (0, 1, 0)
    assert any(f"?{stranger}" in fp for fp in report.false_positives)


def test_relation_attributes_date_and_case_insensitive_title(make_gold: GoldFactory) -> None:
    gold = make_gold(
        [
            org("k", KRAMFORS),
            org("v", VALFARD),
            {"ref": "p", "label": "Person", "id": KROOKS},
        ],
        [
            rel("HOLDS_ROLE", "p", "v", title="ordförande"),
            rel("DECIDED", "v", "k", date="2024-02-22"),
        ],
    )
    nodes: list[DomainNode] = [
        KRAMFORS_NODE,
        VALFARD_NODE,
        Person(id=KROOKS, name="Carl-Gunnar Krooks"),
    ]
    links = [
        link(LinkType.HOLDS_ROLE, KROOKS, VALFARD, title="Ordförande"),
        link(LinkType.DECIDED, VALFARD, KRAMFORS, date="2024-02-23"),
    ]
    report = evaluate_facts(gold, facts(nodes, links))
    assert counts(report, "relation", "HOLDS_ROLE") == (1, 0, 0)
    assert counts(report, "relation", "DECIDED") == (0, 1, 1)
    assert any("date: gold '2024-02-22', predicted '2024-02-23'" in m for m in report.misses)


def test_several_links_with_one_key_count_once(make_gold: GoldFactory) -> None:
    gold = make_gold([org("k", KRAMFORS), org("v", VALFARD)], [rel("PART_OF", "v", "k")])
    second = Link(
        LinkType.PART_OF, VALFARD, KRAMFORS, Evidence(SOURCE.id, 5, 6, "x", "other.rule", 0.5)
    )
    report = evaluate_facts(
        gold,
        facts([KRAMFORS_NODE, VALFARD_NODE], [link(LinkType.PART_OF, VALFARD, KRAMFORS), second]),
    )
    assert counts(report, "relation", "PART_OF") == (1, 0, 0)


# --- scores --------------------------------------------------------------------------------


def test_precision_recall_f1_arithmetic() -> None:
    c = Counts(tp=3, fp=1, fn=2)
    assert c.precision == pytest.approx(0.75)
    assert c.recall == pytest.approx(0.6)
    assert c.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))
    nothing_predicted = Counts(tp=0, fp=0, fn=4)
    assert (nothing_predicted.recall, nothing_predicted.f1) == (0.0, 0.0)
    assert Counts().f1 == 1.0  # nothing to find and nothing said
    total = Counts(1, 2, 3)
    total.add(Counts(4, 5, 6))
    assert (total.tp, total.fp, total.fn) == (5, 7, 9)


def test_page_level_checks_are_noted_not_scored(make_gold: GoldFactory) -> None:
    gold = make_gold([org("k", KRAMFORS)], published_on="2024-02-22")
    report = evaluate_facts(gold, facts([KRAMFORS_NODE]))
    assert report.notes == ["published_on: gold '2024-02-22', read '2024-02-23'"]
    assert counts(report, "entity", "Organization") == (1, 0, 0)


# --- malformed gold ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"entities": []}', "'relations' must be a list"),
        ('{"entities": [], "relations": [], "extra": 1}', "unknown keys ['extra']"),
        (
            '{"entities": [{"ref": "a", "label": "Thing", "id": "Thing:a"}], "relations": []}',
            "label 'Thing'",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Person", "id": "Organization:x"}],'
            ' "relations": []}',
            "must start with 'Person:'",
        ),
        (
            '{"entities": [{"ref": "g", "label": "Goal"}], "relations": []}',
            "entity 'g'.text must be a non-empty string",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Person", "id": "Person:a",'
            ' "attrs": {"colour": "red"}}], "relations": []}',
            "unknown attribute 'colour'",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Person", "id": "Person:a"}],'
            ' "relations": [{"type": "KNOWS", "from": "a", "to": "a"}]}',
            "type 'KNOWS'",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Person", "id": "Person:a"}],'
            ' "relations": [{"type": "HOLDS_ROLE", "from": "a", "to": "b"}]}',
            "no entity with ref 'b'",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Decision", "text": "beslut",'
            ' "attrs": {"date": "22 feb"}}], "relations": []}',
            "must be an ISO date",
        ),
        (
            '{"entities": [{"ref": "a", "label": "Person", "id": "Person:a"},'
            ' {"ref": "a", "label": "Person", "id": "Person:b"}], "relations": []}',
            "duplicate entity ref 'a'",
        ),
    ],
)
def test_malformed_gold_is_an_error_naming_the_file(
    tmp_path: Path, content: str, problem: str
) -> None:
    (tmp_path / "bad.txt").write_text("Text.", encoding="utf-8")
    path = tmp_path / "bad.gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError) as caught:
        load_gold_file(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_the_text_location_is_beside_the_gold_file_or_text_file(tmp_path: Path) -> None:
    empty = '{"entities": [], "relations": []}'
    (tmp_path / "a.gold.json").write_text(empty, encoding="utf-8")
    with pytest.raises(GoldError, match=r"a\.gold\.json: its text .*a\.txt does not exist"):
        load_gold_file(tmp_path / "a.gold.json")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "page.txt").write_text("Text.", encoding="utf-8")
    moved = '{"text_file": "texts/page.txt", "entities": [], "relations": []}'
    (tmp_path / "b.gold.json").write_text(moved, encoding="utf-8")
    assert load_gold_file(tmp_path / "b.gold.json").text_path == tmp_path / "texts" / "page.txt"


# --- end to end: a set on disk and the command ---------------------------------------------

PAGE = (
    "23 februari 2024\n\nVälfärdsnämnden i Kramfors kommun har beslutat.\n\n"
    "Frågor kring nyheten?\n\nCarl-Gunnar Krooks (S)\nOrdförande Välfärdsnämnden\n"
)


def write_set(root: Path) -> Path:
    directory = root / "gold" / "tiny"
    directory.mkdir(parents=True)
    (directory / "page.txt").write_text(PAGE, encoding="utf-8")
    gold = {
        "published_on": "2024-02-23",
        "publisher": KRAMFORS,
        "entities": [
            org("k", KRAMFORS, name="Kramfors kommun", kind="municipality", code="2282"),
            {"ref": "p", "label": "Person", "id": KROOKS, "attrs": {"party": "S"}},
        ],
        "relations": [],
    }
    (directory / "page.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return directory


def test_evaluate_set_runs_the_extractor_on_each_text(tmp_path: Path) -> None:
    report = evaluate_set("tiny", write_set(tmp_path))
    assert [t.name for t in report.texts] == ["page"]
    assert report.entities["Organization"].tp == 1
    assert report.entities["Person"].tp == 1
    assert "tiny: entities" in report.summary()


def test_eval_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    write_set(tmp_path)
    (tmp_path / "gold" / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    missing = runner.invoke(app, ["eval"])  # no ./tests/gold here
    assert missing.exit_code == 2
    assert "no gold directory" in missing.output

    ok = runner.invoke(app, ["eval", "--gold", "gold", "--details"])
    assert ok.exit_code == 0, ok.output
    assert "set tiny" in ok.output
    assert "micro total" in ok.output
    assert "set empty: no gold files yet" in ok.output
    assert "tiny/page" in ok.output  # the details

    unknown = runner.invoke(app, ["eval", "--gold", "gold", "--set", "nope"])
    assert unknown.exit_code == 2
    assert "nope" in unknown.output

    (tmp_path / "gold" / "tiny" / "page.gold.json").write_text("[1]", encoding="utf-8")
    bad = runner.invoke(app, ["eval", "--gold", "gold", "--set", "tiny"])
    assert bad.exit_code == 2
    assert "page.gold.json" in bad.output
    assert "must be a JSON object" in bad.output


# --- real-page sets -------------------------------------------------------------------------

REAL_URL = "https://www.alingsas.se/nyheter/klimatstrategi"


def write_real_set(root: Path, *, with_page: bool) -> Path:
    """A real-page set: gold with url, topic and level; the page only if rebuilt."""
    directory = root / "gold" / "realish"
    directory.mkdir(parents=True)
    gold = {
        "url": REAL_URL,
        "query": "kommunfullmäktige antog klimatstrategi",
        "topic": "climate_environment",
        "level": "municipality",
        "page_type": "news",
        "text_file": "pages/p1.txt",
        "published_on": "2022-06-17",
        "publisher": "Organization:kommun:1489",
        "entities": [
            org("kf", "Organization:kommun:1489:kommunfullmaktige", kind="committee"),
            {
                "ref": "strategi",
                "label": "Document",
                "id": "Document:municipal:strategy:kommun:1489:klimatstrategi-for-alingsas",
                "attrs": {"title": "Klimatstrategi för Alingsås", "kind": "strategy"},
            },
        ],
        "relations": [rel("ADOPTED", "kf", "strategi", date="2022-06-15")],
    }
    (directory / "p1.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    if with_page:
        (directory / "pages").mkdir()
        (directory / "pages" / "p1.txt").write_text(
            "Publicerad 2022-06-17, kl 09:18\n\nKommunfullmäktige antog en klimatstrategi för "
            "Alingsås den 15 juni.\n",
            encoding="utf-8",
        )
    return directory


def test_a_real_set_without_its_pages_is_skipped_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_real_set(tmp_path, with_page=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--gold", "gold", "--set", "realish"])
    assert result.exit_code == 0, result.output
    assert "set realish: skipped" in result.output
    assert "rebuild_pages.py" in result.output


def test_a_real_page_is_read_as_fetched_from_its_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No "Alingsås kommun" in the text: only the url says whose council it is. The gold
    # document's id has another title key; level, kind, scope and title words decide.
    directory = write_real_set(tmp_path, with_page=True)
    report = evaluate_set("realish", directory)
    assert report.entity_total.tp == 2, report.texts[0].misses
    assert report.relations["ADOPTED"].tp == 1
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--gold",
            "gold",
            "--set",
            "realish",
            "--by-rule",
            "--pages",
            str(directory / "pages"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "by topic" in result.output and "climate_environ" in result.output
    assert "by level" in result.output and "by rule" in result.output
    assert "relation.adopted" in result.output
    assert "dates of stated adoptions and decisions read right: 1 of 1" in result.output


def test_two_gold_documents_met_in_one_node_are_reported(make_gold: GoldFactory) -> None:
    doc = {"label": "Document", "attrs": {"title": "Klimatstrategi"}}
    gold = make_gold(
        [
            {**doc, "ref": "a", "id": "Document:municipal:strategy:kommun:1489:klimatstrategi"},
            {**doc, "ref": "b", "id": "Document:municipal:strategy:kommun:1489:klimatstrategin"},
        ]
    )
    node = Document(
        id="Document:municipal:strategy:kommun:1489:klimatstrategi-x",
        title="Klimatstrategi",
        kind=DocumentKind.STRATEGY,
        normalised_title="klimatstrategi",
    )
    report = evaluate_facts(gold, facts([node]))
    assert report.entities["Document"].tp == 1
    assert len(report.merged) == 1


def test_two_gold_documents_with_a_node_each_are_no_merge(make_gold: GoldFactory) -> None:
    doc = {"label": "Document", "attrs": {"title": "Klimatstrategi"}}
    gold = make_gold(
        [
            {**doc, "ref": "a", "id": "Document:municipal:strategy:kommun:1489:klimatstrategi"},
            {**doc, "ref": "b", "id": "Document:municipal:strategy:kommun:1489:klimatstrategin"},
        ]
    )
    nodes = [
        Document(
            id=f"Document:municipal:strategy:kommun:1489:klimatstrategi-{suffix}",
            title="Klimatstrategi",
            kind=DocumentKind.STRATEGY,
            normalised_title="klimatstrategi",
        )
        for suffix in ("x", "y")
    ]
    report = evaluate_facts(gold, facts(nodes))
    assert report.entities["Document"].tp == 2
    assert report.merged == []


def test_committed_real_gold_files_are_well_formed() -> None:
    # The pages are not in the repository; the facts are checked without them.
    root = Path(__file__).resolve().parents[1] / "gold"
    files = sorted(root.glob("real*/*.gold.json"))
    assert len(files) >= 60
    loaded = [load_gold_file(p, require_text=False) for p in files]
    assert all(g.url and g.topic and g.level and g.page_type for g in loaded)

"""The evaluation framework (ingest.evaluation.evaluate) on tiny hand-built gold and facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.edges import Evidence, Link, LinkType
from graph.nodes import (
    Decision,
    DomainNode,
    Goal,
    OrganizationKind,
    Person,
)
from ingest.evaluation.evaluate import (
    Counts,
    GoldError,
    content_words,
    evaluate_facts,
    load_gold_file,
    overlap,
)
from tests.ingest.eval_helpers import (
    KRAMFORS,
    KRAMFORS_NODE,
    KROOKS,
    SOURCE,
    VALFARD,
    VALFARD_NODE,
    GoldFactory,
    counts,
    facts,
    goal,
    link,
    org,
    organization,
    rel,
)


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


def test_a_content_word_matches_itself_in_another_inflection() -> None:
    # Definite, plural and adjective endings, and a doubled consonant before one.
    assert overlap("nationella livsmedelsstrategin", "Nationell livsmedelsstrategi") == 1.0
    assert overlap("Landsbygdsprogrammet", "Landsbygdsprogram 2014-2020") == 1.0
    assert overlap("Klimatlöften", "Klimatlöfte") == 1.0
    assert overlap("strategier för kommunerna", "strategin för kommunen") == 1.0
    # A derivation is another word, and a short shared start is no evidence.
    assert overlap("regionala", "regionen") == 0.0
    assert overlap("målen", "mål") == 0.0
    assert overlap("utveckling", "utveckla") == 0.0


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


def test_a_national_bodys_other_name_is_its_name(make_gold: GoldFactory) -> None:
    culture = "Organization:nationell:kulturradet"
    node = organization(culture, "Kulturrådet", OrganizationKind.AGENCY)
    official = make_gold([org("k", culture, name="Statens kulturråd", kind="agency")])
    assert counts(evaluate_facts(official, facts([node])), "entity", "Organization") == (1, 0, 0)
    other = make_gold([org("k", culture, name="Naturvårdsverket", kind="agency")])
    assert counts(evaluate_facts(other, facts([node])), "entity", "Organization") == (0, 1, 1)


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


@pytest.mark.parametrize(
    ("gold_title", "same", "other"),
    [
        # with or without its colon
        ("1:e vice ordförande", "1e vice ordförande", "2:e vice ordförande"),
        # in words or in figures
        ("förste vice ordförande", "1:e vice ordförande", "andre vice ordförande"),
    ],
    ids=["colon", "word_form"],
)
def test_an_ordinal_title_matches_its_other_spellings(
    make_gold: GoldFactory, gold_title: str, same: str, other: str
) -> None:
    gold = make_gold(
        [org("v", VALFARD), {"ref": "p", "label": "Person", "id": KROOKS}],
        [rel("HOLDS_ROLE", "p", "v", title=gold_title)],
    )
    nodes: list[DomainNode] = [VALFARD_NODE, Person(id=KROOKS, name="Carl-Gunnar Krooks")]
    for title, expected in ((same, (1, 0, 0)), (other, (0, 1, 1))):
        links = [link(LinkType.HOLDS_ROLE, KROOKS, VALFARD, title=title)]
        assert (
            counts(evaluate_facts(gold, facts(nodes, links)), "relation", "HOLDS_ROLE") == expected
        )


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

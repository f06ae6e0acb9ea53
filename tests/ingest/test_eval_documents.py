"""How the evaluation pairs gold documents with predicted ones (ingest.evaluation.eval_entities):
by wording within one level, kind, scope and period, one to one, as many as fit."""

from __future__ import annotations

from graph.nodes import Document, DocumentKind, Level
from ingest.evaluation.evaluate import evaluate_facts
from tests.ingest.eval_helpers import GoldFactory, counts, facts


def test_documents_of_one_kind_and_scope_pair_best_worded_first(make_gold: GoldFactory) -> None:
    def gold_doc(slug: str, title: str, adopted: str) -> dict[str, object]:
        node_id = f"Document:municipal:policy:kommun:1496:{slug}"
        attrs = {"title": title, "adopted_on": adopted}
        return {"ref": slug, "label": "Document", "id": node_id, "attrs": attrs}

    new = ("policy-for-digitala-verktyg-i-skolan", "Policy för digitala verktyg i skolan")
    old = ("it-policy-for-skolan", "IT-policy för skolan")
    gold = make_gold([gold_doc(*new, "2014-11-20"), gold_doc(*old, "2009-06-01")])

    def node(slug: str, title: str, adopted: str) -> Document:
        return Document(
            id=f"Document:municipal:policy:kommun:1496:barn-och-utbildningsnamnden:{slug}",
            title=title,
            kind=DocumentKind.POLICY,
            normalised_title=title.lower(),
            level=Level.MUNICIPAL,
            adopted_on=adopted,
        )

    # The old policy comes first and shares half the new one's title words: a first-fit
    # pairing gives it to the new policy (a wrong date) and the new one to the old.
    found = facts([node(*old, "2009-06-01"), node(*new, "2014-11-20")])
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)
    assert not report.merged


def test_documents_pair_as_many_as_fit_and_an_agreeing_adoption_breaks_a_tie(
    make_gold: GoldFactory,
) -> None:
    def gold_doc(slug: str, title: str, adopted: str | None) -> dict[str, object]:
        attrs: dict[str, object] = {"title": title}
        if adopted:
            attrs["adopted_on"] = adopted
        node_id = f"Document:municipal:plan:kommun:0512:{slug}"
        return {"ref": slug, "label": "Document", "id": node_id, "attrs": attrs}

    def node(slug: str, title: str, adopted: str | None) -> Document:
        return Document(
            id=f"Document:municipal:plan:kommun:0512:{slug}",
            title=title,
            kind=DocumentKind.PLAN,
            normalised_title=title.lower(),
            level=Level.MUNICIPAL,
            adopted_on=adopted,
        )

    # "Översiktsplan" fits both nodes equally; "Ydres nya översiktsplan" fits only the
    # first. Best-first alone gives "Översiktsplan" the first node and reports the other
    # document merged into it.
    gold = make_gold(
        [
            gold_doc("oversiktsplan", "Översiktsplan", None),
            gold_doc("ny", "Ydres nya översiktsplan", None),
        ]
    )
    found = facts(
        [
            node("ydres-oversiktsplan", "Ydres översiktsplan", None),
            node("tidigare", "Tidigare översiktsplan", None),
        ]
    )
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)
    assert not report.merged
    # Two titles that fit both nodes alike: the node with the gold's adoption month wins.
    gold = make_gold(
        [
            gold_doc("op2022", "Översiktsplan 2022", None),
            gold_doc("op", "Översiktsplan", "2010-12-01"),
        ]
    )
    found = facts(
        [
            node("for-granskning", "Översiktsplan för granskning", None),
            node("tidigare", "Tidigare översiktsplan", "2010-12-01"),
        ]
    )
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)

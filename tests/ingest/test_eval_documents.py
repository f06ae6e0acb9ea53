"""How the evaluation pairs gold documents with predicted ones (ingest.evaluation.eval_entities):
by wording within one level, kind, scope and period, one to one, as many as fit."""

from __future__ import annotations

from graph.nodes import Document, DocumentKind, Level
from ingest.evaluation.evaluate import evaluate_facts
from tests.ingest.eval_helpers import GoldFactory, counts, facts

POLICY = "Document:municipal:policy:kommun:1496:"
PLAN = "Document:municipal:plan:kommun:0512:"


def _gold(prefix: str, slug: str, title: str, adopted: str | None) -> dict[str, object]:
    attrs: dict[str, object] = {"title": title}
    if adopted:
        attrs["adopted_on"] = adopted
    return {"ref": slug, "label": "Document", "id": f"{prefix}{slug}", "attrs": attrs}


def _node(node_id: str, kind: DocumentKind, title: str, adopted: str | None) -> Document:
    return Document(
        id=node_id,
        title=title,
        kind=kind,
        normalised_title=title.lower(),
        level=Level.MUNICIPAL,
        adopted_on=adopted,
    )


def test_documents_of_one_kind_and_scope_pair_best_worded_first(make_gold: GoldFactory) -> None:
    new = ("policy-for-digitala-verktyg-i-skolan", "Policy för digitala verktyg i skolan")
    old = ("it-policy-for-skolan", "IT-policy för skolan")
    gold = make_gold([_gold(POLICY, *new, "2014-11-20"), _gold(POLICY, *old, "2009-06-01")])

    def node(slug: str, title: str, adopted: str) -> Document:
        owner = f"{POLICY}barn-och-utbildningsnamnden:{slug}"
        return _node(owner, DocumentKind.POLICY, title, adopted)

    # The old policy comes first and shares half the new one's title words: a first-fit
    # pairing gives it to the new policy (a wrong date) and the new one to the old.
    found = facts([node(*old, "2009-06-01"), node(*new, "2014-11-20")])
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)
    assert not report.merged


def test_documents_pair_as_many_as_fit_and_an_agreeing_adoption_breaks_a_tie(
    make_gold: GoldFactory,
) -> None:
    def plans(*given: tuple[str, str, str | None]) -> list[Document]:
        return [_node(f"{PLAN}{slug}", DocumentKind.PLAN, t, a) for slug, t, a in given]

    # "Översiktsplan" fits both nodes equally; "Ydres nya översiktsplan" fits only the
    # first. Best-first alone gives "Översiktsplan" the first node and reports the other
    # document merged into it.
    gold = make_gold(
        [
            _gold(PLAN, "oversiktsplan", "Översiktsplan", None),
            _gold(PLAN, "ny", "Ydres nya översiktsplan", None),
        ]
    )
    found = facts(
        plans(
            ("ydres-oversiktsplan", "Ydres översiktsplan", None),
            ("tidigare", "Tidigare översiktsplan", None),
        )
    )
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)
    assert not report.merged
    # Two titles that fit both nodes alike: the node with the gold's adoption month wins.
    gold = make_gold(
        [
            _gold(PLAN, "op2022", "Översiktsplan 2022", None),
            _gold(PLAN, "op", "Översiktsplan", "2010-12-01"),
        ]
    )
    found = facts(
        plans(
            ("for-granskning", "Översiktsplan för granskning", None),
            ("tidigare", "Tidigare översiktsplan", "2010-12-01"),
        )
    )
    report = evaluate_facts(gold, found)
    assert counts(report, "entity", "Document") == (2, 0, 0)

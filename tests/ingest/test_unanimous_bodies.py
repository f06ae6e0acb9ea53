"""A body in the indefinite after a word of unanimity ("beslutade en enig socialnämnd
att ...") is the page's body, and it decides. Every sentence is invented."""

from __future__ import annotations

from tests.ingest.helpers import assert_evidence_rules, decided_by, decisions, facts_at

_MORA = "https://www.mora.se/nyheter/nytt/"


def test_an_inverted_unanimous_body_decides() -> None:
    facts = facts_at(
        "Nytt från nämnden\n\nPå ett extrainsatt möte beslutade en enig socialnämnd att ge "
        "förvaltningen i uppdrag att utreda boendet.",
        _MORA,
        "2022-10-04",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:kommun:2062:socialnamnden"}
    assert_evidence_rules(facts)


def test_a_unanimous_board_as_subject_and_no_body_from_a_new_one() -> None:
    facts = facts_at(
        "Nytt från styrelsen\n\nEn enhällig kommunstyrelse beslutade i går att bygga en ny "
        "skola. En ny nämnd för fritid ska bildas.",
        _MORA,
        "2022-10-04",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:kommun:2062:kommunstyrelsen"}
    assert not [n for n in facts.nodes if n.id.endswith(":nämnd") or "fritid" in n.id]

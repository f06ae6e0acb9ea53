"""Defects found in the forty-eighth session by reading the extractor's output on real
pages nobody annotated, restated as invented sentences; each test fails on the code
before its fix."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision

from .helpers import facts_at, links

MORA_SITE = "https://www.mora.se/nyheter/sida.html"


def _decisions(text: str) -> dict[str, str]:
    facts = facts_at(text, MORA_SITE, "2024-05-15")
    by_id = {n.id: n.summary for n in facts.nodes if isinstance(n, Decision)}
    return {k.from_id: by_id[k.to_id] for k in links(facts, LinkType.DECIDED)}


def test_a_later_mention_in_passing_does_not_replace_the_stated_decision() -> None:
    # The board's decision is stated whole first; the later clause only refers to it.
    decided = _decisions(
        "Kommunen inför en ny miljöpolicy. Dessutom har kommunstyrelsen beslutat att "
        "kommunen ansluter sig till nätverket Fossilfritt Mora.\n\n"
        "Policyn höjer ambitionerna. Det hänger ihop med att kommunen ansluter sig till "
        "nätverket Fossilfritt Mora."
    )
    board = "Organization:kommun:2062:kommunstyrelsen"
    said = "kommunen ansluter sig till nätverket fossilfritt mora"
    assert decided.get(board, "").lower() == said, decided


def test_a_relative_clause_on_an_assignment_does_not_replace_it() -> None:
    decided = _decisions(
        "Kommunstyrelsen har beslutat att ge kommundirektören i uppdrag att teckna ett avtal "
        "med Siljan Räddning om tjänsten som räddningschef.\n\n"
        "Genom avtalet, som kommundirektören nu fått i uppdrag att teckna med Siljan "
        "Räddning, köper kommunen tjänsten som räddningschef."
    )
    summary = decided.get("Organization:kommun:2062:kommunstyrelsen", "")
    assert summary.lower().startswith("ge kommundirektören i uppdrag att teckna"), decided


def test_adopting_a_directive_named_by_a_compound_of_programme_is_a_decision() -> None:
    # "programdirektivet" is a directive, no programme: no adoption takes it over.
    decided = _decisions("12 mars antog kommunstyrelsen programdirektivet för Morapaketet.")
    summary = decided.get("Organization:kommun:2062:kommunstyrelsen", "")
    assert "programdirektivet för Morapaketet" in summary, decided


def test_a_plan_approved_in_a_month_by_a_board_is_its_dated_adoption() -> None:
    facts = facts_at(
        "Den senaste VA-planen godkändes i mars 2015 av kommunstyrelsen.", MORA_SITE, None
    )
    adopted = [(k.from_id, k.to_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [
        (
            "Organization:kommun:2062:kommunstyrelsen",
            "Document:municipal:plan:kommun:2062:va-plan",
            "2015-03-01",
        )
    ], adopted

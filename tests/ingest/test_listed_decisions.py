"""Decisions a meeting report lists (issue 9): "Bland de större besluten märks A, B och C"
gives each matter as a decision of the meeting's body, a steering document among them
adopted, up to a relative clause, whose "sedan 1 april" dates nothing; under "Bland
övriga beslut märks:" a bullet "Att p-avgifterna höjs" is a decision too. Short
fictional text written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decisions, facts_at, links

SITE = "https://www.regionkalmar.se/nyheter/fullmaktige"
TEXT = (
    "Nyhet 2020-04-02\n\nMånga beslut på fullmäktige\n\n"
    "Regionfullmäktige sammanträdde på torsdagen.\n\n"
    "Bland de större besluten märks ett nytt inriktningsbeslut för sjukhusbygget i Kalmar, "
    "handlingsprogram för kompetensförsörjningen i länet och ägardirektiv för Flygplatsen AB, "
    "som regionen äger sedan 1 april.\n\n"
    "Bland övriga beslut märks:\n\n"
    "  • Att parkeringsavgifterna vid sjukhusen höjs till tio kronor i timmen.\n"
)


def test_listed_decisions_are_the_meeting_s_and_a_document_among_them_is_adopted() -> None:
    facts = facts_at(TEXT, SITE, "2020-04-02")
    assert sorted(decisions(facts)) == [
        "Att parkeringsavgifterna vid sjukhusen höjs till tio kronor i timmen.",
        "Ett nytt inriktningsbeslut för sjukhusbygget i Kalmar",
        "Ägardirektiv för Flygplatsen AB",
    ]
    adopted = [(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [("Organization:region:08:regionfullmaktige", "2020-04-02")]

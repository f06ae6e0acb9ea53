"""A body that joins a project ("går med i projektet X"), in either word order: "från
och med 2012 går regionstyrelsen med i projektet X" puts the subject between the verb
and its particle. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import facts_at, links

SITE = "https://www.skane.se/nyheter/regionstyrelsen-i-korthet"
BOARD = "Organization:region:12:regionstyrelsen"
PROJECT = "Initiative:flygplats-connected"


def participants(text: str) -> set[str]:
    facts = facts_at(text, SITE, "2011-12-12")
    return {x.from_id for x in links(facts, LinkType.PARTICIPATES_IN, to_id=PROJECT)}


def test_a_body_that_joins_a_project_takes_part_in_it() -> None:
    assert participants(
        "Regionstyrelsen i korthet\n\nRegionstyrelsen går med i projektet Flygplats "
        "Connected. Syftet är att stärka flyget.\n"
    ) == {BOARD}


def test_the_subject_between_verb_and_particle_takes_part() -> None:
    assert participants(
        "Regionstyrelsen i korthet\n\n  \u2022 Från och med 2012 går regionstyrelsen med i "
        "projektet Flygplats Connected. Syftet är att stärka flyget.\n"
    ) == {BOARD}

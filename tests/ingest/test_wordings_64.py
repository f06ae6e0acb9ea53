"""Defects found in the sixty-fourth session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative

from .helpers import facts_at, links

ALE = "https://www.ale.se/nyheter/nytt-medborgarlofte.html"
REGION = "https://www.regionvasterbotten.se/nyheter/projektmedel.html"
POLICE = "Organization:nationell:polismyndigheten"
ALE_KOMMUN = "Organization:kommun:1440"


def _facts(text: str, site: str) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, kind)}


def test_signers_opening_a_sentence_that_concludes_a_pledge_signed_it() -> None:
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "Polisen och Ale kommun tecknar idag ett nytt gemensamt medborgarlöfte med fokus "
        "på trygghet i centrum.\n"
    )
    facts = _facts(text, ALE)
    signed = links(facts, LinkType.SIGNED)
    assert {k.from_id for k in signed} == {POLICE, ALE_KOMMUN}
    assert {k.date for k in signed} == {"2024-05-02"}


def test_a_concluding_verb_after_other_words_signs_nothing() -> None:
    # guard: the sentence must open with its signers
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "I maj berättade vi att Polisen och Ale kommun tecknar ett nytt medborgarlöfte.\n"
    )
    assert not links(_facts(text, ALE), LinkType.SIGNED)


def test_a_community_police_officer_in_a_municipality_serves_the_police() -> None:
    text = (
        "Nytt medborgarlöfte för Ale kommun\n\n"
        "Polisen och kommunen har tagit fram en gemensam lägesbild.\n\n"
        "\u2013 Vi ska åtgärda problemen, säger Eva Berg, kommunpolis i Ale kommun.\n"
    )
    roles = _pairs(_facts(text, ALE), LinkType.HOLDS_ROLE)
    assert roles == {("Person:person:eva-berg", POLICE)}


def test_a_grant_for_a_named_project_makes_its_recipient_take_part() -> None:
    text = (
        "Arbetsutskottet beviljar finansiering\n\n"
        "Region Västerbotten beviljas 2 693 173 kr från det regionala tillväxtanslaget "
        "för projektet ”Regional utveckling i norra Sverige”.\n"
    )
    facts = _facts(text, REGION)
    (project,) = (n.id for n in facts.nodes if isinstance(n, Initiative))
    assert ("Organization:region:24", project) in _pairs(facts, LinkType.PARTICIPATES_IN)

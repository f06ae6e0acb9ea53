"""Clubs and associations named by a place and an indefinite compound (issue 9):
"Fagersta jaktklubb", "Kilafors Biografteaterförening", also opening a sentence when the
first word is a municipality; "Varje idrottsförening" names no one. Three bare names after
"tillsammans med" are partner municipalities. Short fictional text written for these tests
(no real page text)."""

from __future__ import annotations

from tests.ingest.helpers import facts_at, organizations

SITE = "https://www.bollnas.se/nyheter/kf"


def test_a_place_and_a_club_compound_name_an_association() -> None:
    text = (
        "Publicerad 2020-03-03\n\nFagersta jaktklubb får fullmakt att jaga på kommunens mark. "
        "Kommunen beviljade även Kilafors Biografteaterförening medel. Varje idrottsförening "
        "kan söka bidrag."
    )
    found = {o for o in organizations(facts_at(text, SITE, None)) if ":org:" in o}
    assert found == {
        "Organization:org:fagersta-jaktklubb",
        "Organization:org:kilafors-biografteaterforening",
    }


def test_partners_listed_after_tillsammans_med_are_municipalities() -> None:
    text = (
        "Publicerad 2021-06-01\n\nRallyt körs i Norrbotten. Luleå blir värd för tävlingen "
        "tillsammans med Kalix, Boden och Piteå."
    )
    found = set(organizations(facts_at(text, "https://www.lulea.se/nyheter/rally", None)))
    assert {
        "Organization:kommun:2514",
        "Organization:kommun:2582",
        "Organization:kommun:2581",
    } <= found

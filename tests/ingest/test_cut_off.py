"""A page whose copy stops mid-word: the half-written item at its end is no fact
(ingest.cut_off), on invented texts."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal, Organization

from .helpers import facts_at, links

ALE_SITE = "https://www.ale.se/nyheter/sida"
# A copy is cut at a fixed length: the pages here are long enough to have been cut.
_LEAD = "Kommunen arbetar vidare med sitt klimatarbete under året. " * 26 + "\n\n"
_GOALS = _LEAD + (
    "Ale kommun har sedan tidigare en policy för hållbar utveckling. Klimatplanen 2025"
    "\u20132030 kopplar an till policyn och fastställer fyra strategiska områden:\n\n"
    "  • Rena sjöar\n  • Friska skogar\n  • Hållbara resor\n  • Levande "
)


def _goals(text: str) -> set[str]:
    facts = facts_at(text, ALE_SITE, "2025-03-01")
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_a_goal_cut_off_by_the_end_of_the_page_is_dropped_with_its_link() -> None:
    facts = facts_at(_GOALS + "stadsk", ALE_SITE, "2025-03-01")
    goals = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    assert set(goals.values()) == {"Rena sjöar", "Friska skogar", "Hållbara resor"}, goals
    assert {k.to_id for k in links(facts, LinkType.HAS_GOAL)} == set(goals)


def test_the_same_goal_on_a_page_that_ends_its_sentence_is_kept() -> None:
    assert "Levande stadskärnor" in _goals(_GOALS + "stadskärnor.\n")


def test_a_short_page_that_ends_on_a_list_item_ends_there() -> None:
    # No full stop after the last item of a short page: the list ends, nothing was cut.
    assert "Levande stadsk" in _goals(_GOALS.removeprefix(_LEAD) + "stadsk")


def test_a_long_item_at_the_cut_keeps_its_words() -> None:
    # Five words or more say enough to be the item, even without their end.
    assert "Levande stadskärnor med handel och service i" in _goals(
        _GOALS + "stadskärnor med handel och service i"
    )


def test_a_one_word_organisation_at_the_cut_is_dropped_but_not_a_known_one() -> None:
    text = _LEAD + (
        "Kommunen samarbetar med Region Västerbotten, Länsstyrelsen i Norrbotten och Europeiska"
    )
    facts = facts_at(text, ALE_SITE, "2025-03-01")
    orgs = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert "Organization:org:europeiska" not in orgs, orgs
    assert {"Organization:region:24", "Organization:lansstyrelse:25"} <= orgs, orgs
    ended = facts_at(
        _LEAD + "Kommunen samarbetar med Region Västerbotten och Arbetsförmedlingen", ALE_SITE, None
    )
    assert "Organization:nationell:arbetsformedlingen" in {n.id for n in ended.nodes}


def test_a_name_the_gazetteers_lack_cut_at_the_end_is_dropped_whatever_its_length() -> None:
    # "Region Gävlebor": the cut left a region no county has.
    facts = facts_at(
        _LEAD + "Projektet drivs av Energikontoret och Region Gävlebor", ALE_SITE, None
    )
    orgs = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert not [o for o in orgs if o.startswith("Organization:org:")], orgs


def test_a_name_also_named_before_the_cut_is_kept() -> None:
    # Named whole earlier on the page: the name at the end is no fragment.
    facts = facts_at(
        _LEAD + "I projektet deltar Högskolan Kristianstad, som utvärderar arbetet.\n\n"
        "Samverkanspartner: Studieförbundet Vuxenskolan, Högskolan Kristianstad",
        ALE_SITE,
        None,
    )
    orgs = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert "Organization:org:hogskolan-kristianstad" in orgs, orgs

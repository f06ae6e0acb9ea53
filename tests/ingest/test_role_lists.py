"""Attendance and signature lists in minutes: whose each title is, and which body a
meeting officer serves. The minutes and names are invented."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Person

from .helpers import facts_of, links

_HEAD = "MORA KOMMUN SAMMANTRÄDESPROTOKOLL Socialnämnden Plats och tid Stadshuset kl 13.00 "


def _roles(facts: SourceFacts) -> dict[str, set[tuple[str, str | None]]]:
    out: dict[str, set[tuple[str, str | None]]] = {}
    for k in links(facts, LinkType.HOLDS_ROLE):
        out.setdefault(k.from_id.removeprefix("Person:person:"), set()).add((k.to_id, k.title))
    return out


def _persons(facts: SourceFacts) -> set[str]:
    return {n.id.removeprefix("Person:person:") for n in facts.nodes if isinstance(n, Person)}


def test_a_list_that_starts_with_a_name_gives_each_title_to_the_name_before_it() -> None:
    text = (
        _HEAD + "Beslutande Ella Provén (S), ordförande Bo Testlund (M) Gun Exempel (C), "
        "vice ordförande Per Provsson (V)\n\nPå mötet diskuterades budgeten."
    )
    facts = facts_of(text)
    committee = "Organization:kommun:2062:socialnamnden"
    assert _roles(facts) == {
        "ella-proven": {(committee, "Ordförande")},
        "gun-exempel": {(committee, "Vice ordförande")},
    }
    # Members without a title are not stored (ingest.minimise).
    assert _persons(facts) == {"ella-proven", "gun-exempel"}


def test_a_list_that_starts_with_a_title_gives_it_to_the_name_after_it() -> None:
    text = (
        _HEAD + "Beslutande ordförande Ella Provén (S) vice ordförande Waldo Exempelsson (M) "
        "Övriga närvarande Tf socialchef/personalchef Maria Provén, kanslichef Kim Testlund "
        "Utses att justera Bo Testlund (M)"
    )
    committee = "Organization:kommun:2062:socialnamnden"
    # Under an attendance heading a name needs no known given name; staff listed as
    # present hold no recorded role (the settled conventions of the annotation brief).
    assert _roles(facts_of(text)) == {
        "ella-proven": {(committee, "Ordförande")},
        "waldo-exempelsson": {(committee, "Vice ordförande")},
    }


def test_signature_list_with_titles_after_names() -> None:
    text = (
        _HEAD + "Beslutande Ella Provén (S) Bo Testlund (M)\n"
        "Paragraf Ella Provén, Ordförande Kim Testlund, Sekreterare Bo Testlund, Justerare\n"
    )
    roles = _roles(facts_of(text))
    committee = "Organization:kommun:2062:socialnamnden"
    assert roles == {"ella-proven": {(committee, "Ordförande")}}  # nor secretary nor justerare


def test_names_then_titles_are_columns_read_across_and_stay_unpaired() -> None:
    text = (
        _HEAD + "Övriga deltagande Ella Provén Kim Testlund Gun Exempel socialchef, Mora "
        "rektor Provskolan\n"
    )
    facts = facts_of(text)
    assert _roles(facts) == {} and _persons(facts) == set()


def test_entries_one_per_line() -> None:
    text = (
        _HEAD + "\nBeslutande\nElla Provén (S), ordförande\nBo Testlund (M)\n\n"
        "Övriga närvarande\nKim Exempel, nämndsekreterare\n\nÄrenden\n"
    )
    roles = _roles(facts_of(text))
    assert roles == {"ella-proven": {("Organization:kommun:2062:socialnamnden", "Ordförande")}}


def test_a_meeting_officer_off_minutes_needs_a_named_body() -> None:
    text = "Mora kommun\n\nNärvarande: Ella Provén (S), ordförande, och Bo Testlund (M).\n"
    assert _roles(facts_of(text)) == {}

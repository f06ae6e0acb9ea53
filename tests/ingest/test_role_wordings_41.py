"""Role wordings read from real pages of the forty-first session, on invented sentences:
an appointment in the passive, an acting title written "tf.", a title before the name and
one after it, a title whose organisation stands between it and the name, a contact card
with a party and a "Titel:" label, and a minutes header's secretary (ingest.rules.
role_titles, extract_roles, person_titles, role_owner, role_cards, role_labels)."""

from __future__ import annotations

from .helpers import facts_at, held_roles

VASTERAS = "https://www.vasteras.se/nyheter/ny-direktor"
UPPSALA = "https://www.regionuppsala.se/kultur/biblioteksplan"
NORRBOTTEN = "https://www.lansstyrelsen.se/norrbotten/om-oss/nyheter/rad"
REGERINGEN = "https://www.regeringen.se/pressmeddelanden/2023/ny-statssekreterare"


def _roles(text: str, url: str) -> set[tuple[str, str, str | None]]:
    return held_roles(facts_at(text, url, None))


def test_an_appointment_in_the_passive_gives_the_role() -> None:
    for said in ("Eva Ek anställs som socialchef", "Det blir Eva Ek som anställs som socialchef"):
        roles = _roles(f"Nyheter\n\n{said} i Västerås stad.\n", VASTERAS)
        assert ("eva-ek", "Organization:kommun:1980", "Socialchef") in roles, said


def test_an_acting_title_written_tf_with_a_full_stop() -> None:
    text = (
        "Kultur\n\nRegion Uppsala har antagit en biblioteksplan.\n\n"
        "Eva Ek, tf. kulturdirektör, 018-611 66 36\n"
    )
    assert _roles(text, UPPSALA) == {("eva-ek", "Organization:region:03", "Kulturdirektör")}


def test_a_title_before_the_name_and_one_after_it_are_both_held() -> None:
    text = (
        "Rådet\n\nLänsstyrelsen Norrbotten deltar. Energiminister Eva Ek är ordförande för rådet.\n"
    )
    roles = _roles(text, NORRBOTTEN)
    assert ("eva-ek", "Organization:nationell:regeringen", "Energiminister") in roles
    assert any((title or "").startswith("Ordförande") for _, _, title in roles)


def test_the_organisation_between_a_title_and_its_name() -> None:
    text = (
        "Ny statssekreterare\n\nRegeringen utsåg idag landshövdingen i Kalmar län Bo Berg "
        "till statssekreterare.\n"
    )
    roles = _roles(text, REGERINGEN)
    assert ("bo-berg", "Organization:lansstyrelse:08", "Landshövding") in roles


def test_a_county_head_with_no_board_named_is_not_the_sites() -> None:
    text = (
        "Ny statssekreterare\n\nRegeringen utsåg idag landshövding Bo Berg till statssekreterare.\n"
    )
    roles = _roles(text, REGERINGEN)
    assert not any(title == "Landshövding" for _, _, title in roles)


NORRKOPING = "https://www.norrkoping.se/bo-bygga-och-miljo/nyheter/riktlinjer"


def test_a_contact_card_with_a_party_and_a_title_label() -> None:
    text = (
        "Nya riktlinjer\n\nNorrköpings kommun har nya riktlinjer för bostadsförsörjningen.\n\n"
        "Kontaktpersoner:\nEva Ek (S)\nTitel: stadsplaneringsnämndens ordförande\n"
        "Telefon: 011-15 10 25\nBo Berg\nTitel: markstrateg\nTelefon: 011-15 00 00\n"
    )
    facts = facts_at(text, NORRKOPING, None)
    assert held_roles(facts) == {
        ("eva-ek", "Organization:kommun:0581:stadsplaneringsnamnden", "Ordförande"),
        ("bo-berg", "Organization:kommun:0581", "Markstrateg"),
    }
    eva = next(n for n in facts.nodes if n.id == "Person:person:eva-ek")
    assert getattr(eva, "party", None) == "S"


def test_a_minutes_secretary_label_gives_no_role() -> None:
    text = (
        "Protokoll Socialnämnden 2025-03-19\n\nPlats och tid: Stadshuset kl 13.00\n"
        "Handläggare: Eva Ek\nSekreterare: Bo Berg\n\n"
        "§ 12 Socialnämnden antar förvaltningens yttrande över remissen.\n"
    )
    roles = _roles(text, "https://www.falkenberg.se/protokoll/socialnamnden")
    assert {person for person, _, _ in roles} == {"eva-ek"}

"""Appointments and meeting items (issue 9): a body that has appointed someone, given a task
in the passive ("uppdrogs till X att") or elected officers ("valdes ett nytt presidium")
has decided; "beslutat att A och har utsett B" is two decisions; "X, som beslutades av Y"
adopts a plan and is no decision besides; what a law lays down and the page's publication
line are no decisions; the years of the work ("Under 2021-2022 arbetade kommunen fram
...") are no period of the document made; a contact card's "Enheten för X Länsstyrelsen Y"
line is the county board's unit, and the role above it is held there; "Den gäller år
2017-2026", "gäller mars 2021 - februari 2022", "X i Vara kommun antogs ... och gäller
åren 2015-2018" give the document its period (and the adoption past its place); a quote's
first word on a line of its own is no goal; information given of another's appointment
("informerade om att X har utsett") is no decision. Short fictional text written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal
from tests.ingest.helpers import (
    decided_by,
    decision_texts,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
)

GOV = "https://www.regeringen.se/pressmeddelanden/2024/05/x"
KF = "https://www.borgholm.se/nyheter/kf"


def test_an_appointment_is_the_appointing_body_s_decision() -> None:
    facts = facts_at(
        "Regeringen har utsett Anna Berg till nationell samordnare för arbetet mot spelberoende.",
        GOV,
        None,
    )
    found = decisions(facts)
    assert any("Anna Berg" in t for t in found), list(found)
    gov = {"Organization:nationell:regeringen"}
    assert all(decided_by(facts, d) == gov for d in found.values())


def test_a_decision_and_a_perfect_appointment_are_two_decisions() -> None:
    facts = facts_at(
        "Regeringen har beslutat att utvärdera modellen för regional tillväxt och har utsett "
        "Per Holm till särskild utredare.",
        GOV,
        None,
    )
    texts = sorted(decisions(facts))
    assert len(texts) == 2, texts
    assert any(t.lower().startswith("utvärdera modellen") and "Holm" not in t for t in texts), texts
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    assert ("per-holm", "Organization:nationell:regeringen", "särskild utredare") in roles


def test_a_plan_decided_in_a_relative_clause_is_adopted_not_a_decision() -> None:
    facts = facts_at(
        "Kommunens nya folkhälsoplan, som beslutades av kommunfullmäktige den 4 maj 2022, "
        "gäller i fyra år.",
        "https://www.vara.se/nyheter/folkhalsoplan",
        None,
    )
    assert not decisions(facts)
    adopted = links(facts, LinkType.ADOPTED)
    assert [(k.from_id, k.date) for k in adopted] == [
        ("Organization:kommun:1470:kommunfullmaktige", "2022-05-04")
    ]


def test_what_a_law_lays_down_is_no_decision() -> None:
    text = (
        "Beslut från nämnden för folkhälsa och sjukvård januari 2025\n\n"
        "Intern kontrollplan 2025\n\n"
        "I kommunallagen 6 kap 6 § fastställs att nämnderna ska se till att verksamheten "
        "bedrivs enligt fullmäktiges mål. Nämnden för folkhälsa och sjukvård fastställde sin "
        "internkontrollplan för 2025.\n"
    )
    texts = decision_texts(text, "https://www.rjl.se/politik/beslut")
    assert any(t.startswith("Nämnden för folkhälsa") for t in texts), texts
    assert not [t for t in texts if "kommunallagen" in t.lower()], texts


def test_the_page_s_publication_line_is_no_meeting_item() -> None:
    text = (
        "Kontakta oss\n\nReferat från kommunfullmäktige 20 mars\n\n"
        "Publicerat 23 mars 2023\n\n"
        "Sammanträdet inleddes med en minnesstund för en bortgången ledamot.\n\n"
        "Nedan följer ett kort referat av kvällens ärenden.\n\n"
        "Ny taxa för parkering\n\n"
        "Kommunfullmäktige höjer taxan för parkering.\n"
    )
    texts = decision_texts(text, KF)
    assert any("taxan för parkering" in t for t in texts), texts
    assert not [t for t in texts if t.startswith("Publicerat")], texts


def test_the_years_of_the_work_are_no_period_of_the_document_made() -> None:
    site = "https://www.strangnas.se/bo-och-bygga/riktlinjer"
    made = facts_at(
        "Under 2021-2022 arbetade kommunen fram nya riktlinjer för bostadsförsörjning.", site, None
    )
    assert [d.period_start for d in documents(made).values()] == [None]
    fronted = facts_at(
        "2023-2026 satsar kommunen på en ny handlingsplan för trygghet i centrum.", site, None
    )
    assert [d.period_start for d in documents(fronted).values()] == [2023]


def test_a_contact_card_s_unit_and_owner_line_holds_the_role() -> None:
    text = (
        "Regional handlingsplan för besöksnäringen\n\n"
        "Länsstyrelsen och Region Kalmar län har tagit fram en handlingsplan.\n\n"
        "Kontakt\n\n"
        "Karin Sjöberg\n"
        "Enhetschef\n"
        "Enheten för näringsliv och tillväxt Länsstyrelsen Kalmar län\n"
    )
    facts = facts_at(text, "http://extra.example.se/besoksnaring/default.aspx", None)
    unit = "Organization:lansstyrelse:08:enheten-for-naringsliv-och-tillvaxt"
    parts = {(k.from_id, k.to_id) for k in links(facts, LinkType.PART_OF)}
    assert (unit, "Organization:lansstyrelse:08") in parts
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    assert roles == {("karin-sjoberg", unit, "enhetschef")}


def _periods(text: str) -> list[tuple[int | None, int | None]]:
    found = documents(facts_at(text, "https://www.lysekil.se/nyheter/x", None))
    return [(d.period_start, d.period_end) for d in found.values()]


def test_a_pronoun_s_period_may_say_year_and_name_months() -> None:
    assert _periods(
        "I mars 2016 tog Region Halland beslut om strategin Tillsammans för goda "
        "uppväxtvillkor i Hallands län. Den gäller år 2017-2026 och riktar sig till skolan."
    ) == [(2017, 2026)]
    assert _periods(
        "Kommunen och polisen har tecknat nya medborgarlöften. Medborgarlöftena gäller "
        "mars 2021 \u2013 februari 2022 och handlar om trygghet."
    ) == [(2021, 2022)]


def test_a_quote_s_first_word_cut_off_on_its_own_line_is_no_goal() -> None:
    text = (
        "Regional utvecklingsstrategi för Uppsala län\n\n"
        "Av strategin framgår att målen för länet bland annat är att det ska byggas "
        "4000 bostäder per år och att fler företag ska startas.\n\n"
        " \u2013 Som\n"
    )
    facts = facts_at(text, "https://www.regionuppsala.se/nyheter/x", None)
    goals = [n.text for n in facts.nodes if isinstance(n, Goal)]
    assert "Som" not in goals, goals


def test_a_document_s_place_stands_between_it_and_its_adoption() -> None:
    facts = facts_at(
        "Nuvarande kulturplan i Vara kommun antogs av kommunfullmäktige 2015-03-23 och "
        "gäller åren 2015-2018.",
        "https://www.vara.se/kultur/kulturplan",
        None,
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2015, 2018)
    adopted = [(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [("Organization:kommun:1470:kommunfullmaktige", "2015-03-23")]
    assert not decisions(facts)


def test_a_passive_task_and_an_election_of_officers_are_decisions() -> None:
    text = (
        "Kommunfullmäktige 14 mars\n\n"
        "Kommunfullmäktige sammanträdde i måndags. Med beslutet uppdrogs även till "
        "kommundirektören att se över kommunens delegationsordning. Dessutom valdes ett nytt "
        "presidium för valnämnden.\n"
    )
    texts = decision_texts(text, KF)
    assert any("kommundirektören" in t for t in texts), texts
    assert any("presidium" in t for t in texts), texts


def test_information_given_of_another_s_appointment_is_no_decision() -> None:
    text = (
        "Landshövdingen informerade även om att Västra Götaland har utsett en ny "
        "landskapsblomma. Regeringen har utsett Eva Lind till landshövding."
    )
    texts = decision_texts(text, GOV)
    assert not [t for t in texts if "informerade" in t], texts
    assert any("Eva Lind" in t for t in texts), texts

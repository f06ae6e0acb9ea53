"""A decision list's lead dates its meeting, a deadline names no meeting, the page's
guidance to its reader is no decision, a repeated "att" with an infinitive opens another
decision, and a region's assembly is placed by the county the page names. Short
fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Goal
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, organizations

LIST = (
    "Kommunstyrelsen i korthet\n\n"
    "Här finns ett urval av ärendena som beslutades av kommunstyrelsen den 12 mars 2024. "
    "Hela protokollet finns på webbplatsen så fort det är justerat.\n\n"
    "Ärende: Budget i balans\n\n"
    "Beslut: Kommunstyrelsen beslutar att ge förvaltningen i uppdrag att ta fram en plan "
    "för minskade kostnader och att till kommunstyrelsens sammanträde 9 april redovisa "
    "planen.\n\n"
    "Ärende: Prognos\n\n"
    "Beslut: Kommunstyrelsen beslutar att godkänna prognosen per februari och att uppmana "
    "nämnderna att hålla sina budgetar.\n"
)
KS = "Organization:kommun:2021:kommunstyrelsen"
VANSBRO = "https://www.vansbro.se/nyheter/kommunstyrelsen-i-korthet"


def test_a_lists_lead_dates_its_decisions_and_a_deadline_does_not() -> None:
    found = {s.split()[0].lower(): d for s, d in decisions(facts_at(LIST, VANSBRO, None)).items()}
    assert set(found) == {"ge", "godkänna", "uppmana"}, sorted(found)
    assert {d.date for d in found.values()} == {"2024-03-12"}


def test_the_pages_guidance_to_its_reader_is_no_decision() -> None:
    facts = facts_at(LIST, VANSBRO, None)
    texts = " ".join(decisions(facts)).lower()
    assert "urval" not in texts and "protokollet" not in texts
    for d in decisions(facts).values():
        assert decided_by(facts, d) == {KS}


def test_a_regions_assembly_is_placed_by_the_one_county_the_page_names() -> None:
    facts = facts_at(
        "Kulturplan för länet\n\nRegionfullmäktige beslutade i går att godkänna Hallands "
        "regionala kulturplan för åren 2025-2028.\n",
        "https://www.example.se/klipp/1",
        "2024-10-24",
    )
    assert "Organization:region:13:regionfullmaktige" in organizations(facts)
    assert "Document:regional:plan:lan:13:kultur:2025-2028" in documents(facts)


def test_a_county_name_that_is_also_a_towns_places_nothing_without_lan() -> None:
    facts = facts_at(
        "Nyheter\n\nRegionfullmäktige beslutade i går att godkänna planen för Kalmar centrum.\n",
        "https://www.example.se/klipp/2",
        "2024-10-24",
    )
    assert not any(o.startswith("Organization:region:08") for o in organizations(facts))


def test_a_listed_name_with_a_suspended_hyphen_is_one_organisation() -> None:
    facts = facts_at(
        "Nyheter\n\nAvtalet har undertecknats av Länsstyrelsen Skåne, Polisen och Mellansvenska "
        "Industri- och Handelskammaren.\n",
        "https://www.example.se/nyheter/avtal",
        "2024-05-02",
    )
    orgs = organizations(facts)
    assert "Organization:org:mellansvenska-industri-och-handelskammaren" in orgs, sorted(orgs)
    assert not any(o.endswith(":mellansvenska-industri") for o in orgs)


def test_a_list_counted_in_the_sentence_after_it_is_the_documents_goals() -> None:
    facts = facts_at(
        "Nyheter\n\nNu är det nya folkhälsoprogrammet för 2025-2028 klart.\n\n"
        "Trygga uppväxtvillkor, psykisk hälsa samt alkohol, tobak och spel. Det är de tre "
        "prioriterade områdena i kommunens nya folkhälsoprogram.\n",
        "https://www.ystad.se/nyheter/folkhalsa",
        "2025-01-10",
    )
    goals = {n.text for n in facts.nodes if isinstance(n, Goal)}
    assert goals == {"Trygga uppväxtvillkor", "psykisk hälsa", "alkohol, tobak och spel"}


def test_a_pages_section_label_is_no_items_heading() -> None:
    facts = facts_at(
        "Nyheter\n\nVid mötet den 7 december 2018 beslutade kommunstyrelsen att sälja "
        "fastigheten.\n",
        "https://www.ystad.se/nyheter/fastigheten",
        "2018-12-08",
    )
    assert set(decisions(facts)) == {"Sälja fastigheten"}

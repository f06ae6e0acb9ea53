"""Decisions of meetings (issue 9): a passive closing its clause in a meeting list, the
minutes' housekeeping, a header's date, a reference to an earlier decision and a giver's
lead, on small invented texts."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import decided_by, decisions, facts_at, links

MORA = "Organization:kommun:2062"
KF = f"{MORA}:kommunfullmaktige"
SITE = "https://www.mora.se/nyheter/beslut"


def facts_of(text: str, uri: str = SITE, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, uri, published)


def test_a_passive_antogs_closing_its_clause_in_a_meeting_list_is_a_decision() -> None:
    facts = facts_of(
        "Kommunfullmäktige i korthet 17 juni 2024\n\nTaxa för bygglov\n"
        "Ny taxa för plan- och bygglovsverksamheten antogs och gäller från 1 juli.\n"
    )
    (decision,) = decisions(facts).values()
    assert "taxa" in decision.summary.lower()
    assert decision.date == "2024-06-17"
    assert decided_by(facts, decision) == {KF}


def test_an_adopted_steering_document_closing_its_clause_is_no_decision() -> None:
    facts = facts_of(
        "Kommunfullmäktige i korthet 17 juni 2024\n\nKlimatstrategi 2024-2030\n"
        "Klimatstrategin antogs.\n"
    )
    assert not decisions(facts)
    assert links(facts, LinkType.ADOPTED, KF)


def test_the_first_item_electing_who_checks_the_minutes_is_no_header_and_no_decision() -> None:
    facts = facts_at(
        "Falkenbergs kommun\nSAMMANTRÄDESPROTOKOLL\nSocialnämnden\n\n"
        "Sammanträdesdatum: 2025-03-19\nUtses att justera: Petter Provén (S)\n\n"
        "§ 31 Val av justerare\nBeslut\nPetter Provén (S) utses att justera protokollet.\n\n"
        "§ 32 Handlingsplan för ANDTS-förebyggande arbete\nÄrendebeskrivning\n"
        "Kommunfullmäktige antog 2023-06-27 ANDTS-policy för Falkenbergs kommun.\nBeslut\n"
        "Socialnämnden ger socialförvaltningen i uppdrag att följa upp handlingsplanen.\n",
        "https://www.falkenberg.se/protokoll/sn",
        "2025-03-26",
    )
    found = decisions(facts)
    assert [d.date for d in found.values()] == ["2025-03-19"], found
    assert not any("justera" in summary for summary in found)


def test_a_reference_to_an_earlier_decision_mid_sentence_dates_no_later_item() -> None:
    facts = facts_at(
        "Sala kommun\n\nBeslut i korthet från kommunstyrelsen 4 februari 2025\n\n"
        "1. Uppdrag om e-tjänster\nSom en följd av kommunstyrelsens beslut den 5 november "
        "2024 att inrätta ett digitaliseringsråd fick förvaltningen i uppdrag att ta fram "
        "en handlingsplan.\n\n2. Bidrag till bredbandsutbyggnad\nKumla Fiber ekonomisk "
        "förening beviljas 350 000 kronor i stöd för utbyggnad av fiber.\n",
        "https://www.sala.se/kommun-och-politik/beslut",
        "2025-02-06",
    )
    grant = next(d for s, d in decisions(facts).items() if "Kumla" in s)
    assert grant.date == "2025-02-04"


def test_choosing_who_checks_the_minutes_with_the_chair_is_no_decision() -> None:
    facts = facts_at(
        "Region Örebro län\nPROTOKOLL\nRegionfullmäktige\n\nSammanträdesdatum: 2024-11-26\n\n"
        "§ 142 Val av justerare\nRegionfullmäktige utser Per Provén (M) och Elin Provén (C) att "
        "jämte ordföranden justera dagens protokoll.\n\n§ 143 Uppdrag\nBeslut: Regionstyrelsen "
        "får i uppdrag att ta fram ett regionalt program för kompetensförsörjning.\n",
        "https://www.regionorebrolan.se/protokoll/rf",
        "2024-11-26",
    )
    assert not any("justera" in summary for summary in decisions(facts))
    assert any("kompetensförsörjning" in summary for summary in decisions(facts))


GOVERNMENT_TASKS = (
    "Regeringskansliet\n\nPressmeddelande från Klimat- och näringslivsdepartementet\n\n"
    "Publicerad 14 mars 2024\n\nRegeringen har i dag beslutat att ge Tillväxtverket och "
    "Vinnova i uppdrag att stärka stödet till små företag.\n\nUppdragen i korthet:\n\n"
    "Tillväxtverket får i uppdrag att utveckla ett samlat rådgivningserbjudande för små "
    "företag.\n\nVinnova får i uppdrag att utlysa medel för innovationsprojekt.\n\nBakgrund\n"
    "Strategin kompletteras av den handlingsplan för industrins elektrifiering som "
    "regeringen beslutade om i juni 2023.\n"
)


def test_tasks_under_a_dated_lead_take_its_date_and_a_relative_clause_s_date_is_none() -> None:
    facts = facts_at(GOVERNMENT_TASKS, "https://www.regeringen.se/pressmeddelanden/x", "2024-03-14")
    found = decisions(facts)
    assert {d.date for d in found.values()} == {"2024-03-14"}, found
    assert len(found) == 3

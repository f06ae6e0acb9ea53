"""Meeting reports written as news: a day/month date in the header, items stated in the
present tense, decisions that point back to their item's heading, a relative clause with
a stranded "om", and a region's present-tense act on its board's meeting. Short
fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from ingest.language.dates import find_dates
from tests.ingest.helpers import decided_by, decisions, facts_at, links

TOWN = "https://www.tranas.se/nyheter/kommunstyrelsen"
KS = "Organization:kommun:0687:kommunstyrelsen"
KF = "Organization:kommun:0687:kommunfullmaktige"
REGION_SITE = "https://www.regiongavleborg.se/nyheter/styrelsen"
RS = "Organization:region:21:regionstyrelsen"


def test_a_day_slash_month_date_with_its_year_is_read() -> None:
    (found,) = find_dates("Nytt från nämndens sammanträde 4/5 2021.")
    assert (found.value, found.rule) == ("2021-05-04", "date.slash_year")
    assert find_dates("befolkningen den 31/12-2019")[0].value == "2019-12-31"
    assert find_dates("Scenario 30/30 visar") == []  # no year: no date
    assert find_dates("Dnr 2019/12 2020") == []  # a case number, not a day
    assert find_dates("paragraf § 12/3 2017") == []


def test_a_report_items_present_tense_outcomes_are_the_meetings_decisions() -> None:
    facts = facts_at(
        "Nyheter från kommunstyrelsen\n\n"
        "Kommunstyrelsen hade sammanträde den 3 mars 2025. Här är några av ärendena.\n\n"
        "Kommunen köper tillbaka tomten vid torget\n\n"
        "Byggbolaget har inte börjat bygga. Enligt avtalet köper kommunen tillbaka "
        "tomten vid torget för 2 miljoner kronor.\n\n"
        "Justering av avgiften för parkering\n\n"
        "Parkeringsavgiften höjs med 5 kronor per timme från sommaren.\n\n"
        "Detaljplan för kvarteret Lärkan återremiterad\n\n"
        "Kommunstyrelsen har skickat tillbaka ärendet till förvaltningen.\n",
        TOWN,
        None,
    )
    found = decisions(facts)
    by_text = {s.lower(): d for s, d in found.items()}
    buy = [d for s, d in by_text.items() if s.startswith("köper") and "tomten" in s]
    fee = [d for s, d in by_text.items() if s.startswith("parkeringsavgiften höjs")]
    back = [d for s, d in by_text.items() if "lärkan återremiterad" in s]
    assert buy and fee and back, sorted(found)
    for d in (buy[0], fee[0], back[0]):
        assert decided_by(facts, d) == {KS}, d
        assert d.date == "2025-03-03", d


def test_what_describes_the_meeting_or_is_not_done_is_no_item_decision() -> None:
    facts = facts_at(
        "Kommunfullmäktige 3/3 2025\n\n"
        "Om sammanträdet\n\n"
        "Nedan redovisas besluten kring de flesta ärendena vid kommunfullmäktige.\n\n"
        "Allmänhetens frågestund\n\n"
        "Inga frågor ställs.\n\n"
        "Behov i skolan\n\n"
        "De behov som lyfts är fler lärare och mindre klasser.\n",
        TOWN,
        None,
    )
    assert decisions(facts) == {}, sorted(decisions(facts))


def test_a_bodys_routine_a_posting_notice_or_a_list_lead_is_no_item_decision() -> None:
    facts = facts_at(
        "Kommunfullmäktige 3/3 2025\n\n"
        "Om fullmäktige\n\n"
        "Kommunfullmäktige sammanträder nio gånger per år i stadshuset.\n\n"
        "Protokollet\n\n"
        "Anslag sätts upp 2025-03-10 och anslag tas ner 2025-04-01.\n\n"
        "Styrdokument\n\n"
        "Kommunfullmäktige antar följande reviderade dokument:\n\n"
        "Tranås beslutade\n\n"
        "Mer om mötet finns i protokollet.\n",
        TOWN,
        None,
    )
    assert decisions(facts) == {}, sorted(decisions(facts))


def test_a_decision_pointing_back_takes_its_items_heading() -> None:
    facts = facts_at(
        "Kommunfullmäktige 3/3 2025\n\n"
        "Avtal om skolskjuts i Ödeshög\n"
        "Förvaltningen har tagit fram två förslag till avtal med bussbolaget.\n\n"
        "Kommunfullmäktige beslutade att godkänna båda avtal.\n",
        TOWN,
        None,
    )
    (summary,) = decisions(facts)
    assert "skolskjuts i Ödeshög" in summary and summary.startswith("Godkänna båda avtal")
    assert decided_by(facts, decisions(facts)[summary]) == {KF}
    assert decisions(facts)[summary].date == "2025-03-03"


def test_a_stranded_om_of_a_relative_clause_is_no_decision_of_what_follows() -> None:
    facts = facts_at(
        "Regionstyrelsen 2/3 2022\n\n"
        "Region Gävleborg ställer sig bakom arbetet för fler cykelvägar i länet.\n\n"
        "Satsningen, som regionstyrelsen tog beslut om vid sitt möte i tisdags, stämmer "
        "väl med den regionala utvecklingsstrategin.\n",
        REGION_SITE,
        None,
    )
    found = decisions(facts)
    assert not any(s.lower().startswith("vid sitt möte") for s in found), sorted(found)
    backing = [d for s, d in found.items() if "fler cykelvägar" in s]
    assert backing, sorted(found)
    # A present-tense act of the region on its board's meeting is the board's.
    assert decided_by(facts, backing[0]) == {RS}
    assert backing[0].date == "2022-03-02"


def test_to_back_a_plan_in_the_infinitive_adopts_it_on_the_meetings_day() -> None:
    facts = facts_at(
        "Nyheter från Regionstyrelsens sammanträde 2/3 2022.\n\n"
        "Regionstyrelsen har idag beslutat att ställa sig bakom Cykelplan för Gävleborg "
        "2022 och framåt, ett stöd för kommunernas arbete.\n",
        REGION_SITE,
        None,
    )
    adopted = links(facts, LinkType.ADOPTED, from_id=RS)
    assert adopted, facts.links
    assert not any("cykelplan" in s.lower() for s in decisions(facts)), sorted(decisions(facts))


def test_an_assembly_after_i_is_the_agent_of_a_passive_adoption() -> None:
    facts = facts_at(
        "Ny näringslivsstrategi för Tranås\n\n"
        "Näringslivsstrategin antogs i Tranås kommunfullmäktige den 14 juni 2023 med "
        "brett stöd.\n",
        TOWN,
        None,
    )
    adopted = links(facts, LinkType.ADOPTED, from_id=KF)
    assert adopted, facts.links


def test_the_sentence_before_some_of_the_matters_decided_lists_them() -> None:
    facts = facts_at(
        "Beslut från kommunstyrelsens sammanträde den 13 mars 2019\n\n"
        "En ny taxa för bygglov, en utredning om simhallen och nya regler för "
        "parkering. Det var ett par av de ärenden som det fattades beslut om vid "
        "mötet.\n",
        TOWN,
        None,
    )
    found = decisions(facts)
    assert {"En ny taxa för bygglov", "En utredning om simhallen"} <= set(found), sorted(found)
    assert {d.date for d in found.values()} == {"2019-03-13"}

"""Wordings first met on development pages in the twenty-first session (2026-12-01).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import DatePrecision, Goal
from tests.ingest.helpers import (
    decided_by,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
    organizations,
)

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
FLEN = "Organization:kommun:0482"


def _decisions(text: str) -> dict[str, tuple[str | None, set[str]]]:
    """Summary -> (date, deciding bodies' last id part)."""
    facts = facts_at(text, MUNICIPAL, "2024-06-27")
    return {
        s: (d.date, {b.rsplit(":", 1)[-1] for b in decided_by(facts, d)})
        for s, d in decisions(facts).items()
    }


def test_a_decimal_comma_and_a_compound_s_shared_head_cut_no_decision() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "På fullmäktiges möte i juni fattades beslut om en skattesats på 21,95 per krona. "
        "Det fattades även beslut om att fritidsgården flyttas från kultur- och "
        "fritidsnämnden till kommunstyrelsen.\n"
    )
    assert set(found) == {
        "En skattesats på 21,95 per krona",
        "Fritidsgården flyttas från kultur- och fritidsnämnden till kommunstyrelsen",
    }, found


def test_a_month_named_in_the_text_takes_the_day_of_the_meeting_in_the_heading() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Under fullmäktiges sammanträde i juni beslutades bland annat om nya taxor för "
        "bygglov. Kommunfullmäktige beslutade också att sälja fastigheten Sjön 1:4.\n"
    )
    assert {date for date, _ in found.values()} == {"2024-06-18"}, found


def test_a_budget_decision_ends_before_the_reservation_after_but() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Det fattades beslut om majoritetens budget men Liberalerna reserverade sig mot "
        "beslutet.\n"
    )
    (summary,) = found
    assert summary.startswith("Majoritetens budget") and "reserverade" not in summary, found


def test_a_local_crime_prevention_council_with_a_capital_is_not_the_national_agency() -> None:
    facts = facts_at(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Även ett nytt reglemente för lokala Brottsförebyggande rådet beslutades.\n",
        MUNICIPAL,
        "2024-06-27",
    )
    orgs = organizations(facts)
    assert "Organization:nationell:bra" not in orgs
    assert orgs["Organization:forum:kommun:0482:lokala-brottsforebyggande-radet"].name == (
        "Lokala brottsförebyggande rådet"
    )


def test_a_task_given_after_and_with_the_perfect_said_once_is_the_subjects() -> None:
    found = _decisions(
        "Flens kommun\n\nBeslut i korthet\n\n"
        "Nu har kommunfullmäktige sagt ja till de nya skollägena och gett kommunstyrelsen "
        "i uppdrag att föreslå hur skolorna ska byggas.\n"
    )
    assert found and all(bodies == {"kommunfullmaktige"} for _, bodies in found.values()), found


def test_a_second_title_after_and_tillika_and_the_first_with_its_own_body() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "\u2013 Vi måste prioritera, säger Karin Sund (KD), vice ordförande i kommunstyrelsen "
        "och tillika ordförande i valnämnden.\n",
        MUNICIPAL,
        "2024-06-27",
    )
    assert held_roles(facts) == {
        ("karin-sund", f"{FLEN}:kommunstyrelsen", "Vice ordförande"),
        ("karin-sund", f"{FLEN}:valnamnden", "Ordförande"),
    }


def test_the_genitive_of_a_capitalised_fullmaktige_is_the_council() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\nFullmäktiges beslut om detaljplanen har vunnit laga kraft.\n",
        MUNICIPAL,
        "2024-06-27",
    )
    orgs = set(organizations(facts))
    assert f"{FLEN}:kommunfullmaktige" in orgs
    assert f"{FLEN}:fullmaktiges" not in orgs


def test_bullets_after_an_inverted_intro_are_decisions_when_they_open_with_an_act() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Vid sammanträdet beslutade fullmäktige bland annat att\n\n"
        " • godkänna köpeavtalet för fastigheten Sjön 1:4\n"
        " • bevilja föreningen Flens IF ett lån på 2 miljoner kronor\n"
    )
    assert set(found) == {
        "Godkänna köpeavtalet för fastigheten Sjön 1:4",
        "Bevilja föreningen Flens IF ett lån på 2 miljoner kronor",
    }, found


def test_an_intro_ending_in_om_is_completed_by_each_bullet() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Kommunfullmäktige beslutade att avslå medborgarförslag om\n\n"
        " • en hundrastgård vid Sjöparken. Marken behövs för annat.\n"
        " • fler bänkar längs ån.\n"
    )
    assert set(found) == {
        "Avslå medborgarförslag om en hundrastgård vid Sjöparken",
        "Avslå medborgarförslag om fler bänkar längs ån",
    }, found


def test_a_reworked_strategy_is_the_strategy_itself() -> None:
    facts = facts_at(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Kommunstyrelsen antog en omarbetad klimatstrategi för kommunens verksamheter.\n",
        MUNICIPAL,
        "2024-06-27",
    )
    assert {d.title for d in documents(facts).values()} == {
        "Klimatstrategi för kommunens verksamheter"
    }


def test_acts_listed_with_commas_and_a_last_och_att_are_separate_decisions() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Kommunfullmäktige beslutade att skriva av lånet till Flens IF, att avsätta "
        "en miljon kronor till badhuset och att godkänna bostadsbolagets nya investering.\n"
    )
    assert set(found) == {
        "Skriva av lånet till Flens IF",
        "Avsätta en miljon kronor till badhuset",
        "Godkänna bostadsbolagets nya investering",
    }, found


def test_a_proposals_att_clauses_listed_with_commas_stay_one_proposal() -> None:
    found = _decisions(
        "Flens kommun\n\nÄrende 12. Ny fritidsgård\n\n"
        "Kommunstyrelsen föreslår kommunfullmäktige besluta att bygga en ny fritidsgård i "
        "Malmköping, att finansiera den med lån och att uppdra åt bostadsbolaget att "
        "förvalta den.\n"
    )
    assert len(found) == 2, found  # the "och att" act apart, the comma's not


def test_a_foundation_named_in_the_genitive_keeps_its_name() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "Fullmäktige godkände Stiftelsen Flenbostäders nya lån för renoveringen.\n",
        MUNICIPAL,
        "2024-06-27",
    )
    assert "Organization:org:stiftelsen-flenbostader" in organizations(facts)


def test_a_passive_adoption_after_the_documents_own_relative_clause() -> None:
    facts = facts_at(
        "Flens kommun\n\nTrygghetsplan 2024-2027\n\n"
        "Planen, som visar hur kommunen ska arbeta mot otrygghet i centrum, antogs av "
        "kommunfullmäktige 14 mars 2024.\n",
        "https://www.flen.se/styrdokument/trygghetsplan",
        None,
    )
    assert {(k.from_id.rsplit(":", 1)[-1], k.date) for k in links(facts, LinkType.ADOPTED)} == {
        ("kommunfullmaktige", "2024-03-14")
    }


def test_the_months_meeting_in_one_word_dates_its_decisions_by_month() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "Fullmäktige tog flera beslut på sitt novembermöte.\n\n"
        " • Fullmäktige anvisade 3 miljoner kronor till en ny idrottshall i Sparreholm.\n",
        "https://www.flen.se/nyheter/2023-11-30-fullmaktige-i-november",
        "2023-11-30",
    )
    assert {(d.date, d.date_precision) for d in decisions(facts).values()} == {
        ("2023-11-01", DatePrecision.MONTH)
    }


def test_minutes_copied_elsewhere_name_their_municipality_by_the_town_hall_room() -> None:
    facts = facts_at(
        "SAMMANTRÄDESPROTOKOLL 1 (12) Plats Stadshuset, sammanträdesrummet, Flen "
        "Beslutande Eva Ek (S), ordförande. Kommunstyrelsens arbetsutskott lämnar yttrande "
        "över remissen om kollektivtrafiken i enlighet med förslaget.\n",
        "https://docplayer.se/123-protokoll.html",
        None,
    )
    assert f"{FLEN}:kommunstyrelsens-arbetsutskott" in organizations(facts)
    assert [d.summary for d in decisions(facts).values()] == [
        "Kommunstyrelsens arbetsutskott lämnar yttrande över remissen om kollektivtrafiken i "
        "enlighet med förslaget."
    ]


def test_an_offices_proposal_that_a_committee_gives_its_opinion_is_no_decision() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunstyrelsens arbetsutskott 18 juni 2024\n\n"
        "Planeringsenheten föreslår att arbetsutskottet lämnar yttrande i enlighet med "
        "enhetens förslag.\n"
    )
    assert found == {}, found


def _goal_texts(text: str) -> set[str]:
    facts = facts_at(text, "https://www.lansstyrelsen.se/sodermanland/nyheter.html", None)
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_a_prose_paragraph_on_goals_over_a_list_of_what_was_done_lists_no_goals() -> None:
    assert not _goal_texts(
        "Länsstyrelsen i Södermanlands län\n\nLäget för miljömålen i länet\n\n"
        "Arbetet går framåt men takten måste öka. Miljömålen behöver få större genomslag "
        "i kommunernas planering.\n\n"
        " • Region Sörmland har startat en kurs om klimat för sina chefer.\n"
        " • Under året har 120 hektar skog skyddats som naturreservat.\n"
        " • Nyköpings kommun har anställt en ny naturvårdare.\n"
    )


def test_goals_stated_as_reached_states_after_a_colon_stay_goals() -> None:
    goals = _goal_texts(
        "Länsstyrelsen i Södermanlands län\n\nLänsstrategi för hälsa\n\n"
        "De långsiktiga målen för länet är:\n\n"
        " • Hälsan har förbättrats för alla invånare i länet\n"
        " • Skillnaderna i livsvillkor har minskat\n"
    )
    assert goals == {
        "Hälsan har förbättrats för alla invånare i länet",
        "Skillnaderna i livsvillkor har minskat",
    }


def test_a_report_heading_that_a_document_was_adopted_states_no_decision_of_its_own() -> None:
    facts = facts_at(
        "Nytt från regionstyrelsen den 5 april\n\n2024-04-05 Pressmeddelande\n\n"
        "Ny kulturstrategi för Sörmland antagen\n\n"
        "Vid sitt möte antog regionstyrelsen en ny kulturstrategi för Sörmland. Strategin "
        "gäller till 2030.\n",
        "https://www.regionsormland.se/nyheter/2024/nytt-fran-regionstyrelsen",
        "2024-04-05",
    )
    assert decisions(facts) == {}
    assert {k.from_id for k in links(facts, LinkType.ADOPTED)} == {
        "Organization:region:04:regionstyrelsen"
    }


def test_a_federations_direktion_decides_though_the_page_names_a_regions_committee() -> None:
    facts = facts_at(
        "Sörmlands Kommunalförbund\n\nDirektionsmöte\n\n"
        "Vid mötet berättade Regionala utvecklingsnämnden i Region Sörmland om "
        "den nya trafikplanen.\n\n"
        "Direktionen beslöt även att ansöka om medel till ett projekt om yrkesutbildning.\n",
        "https://www.sormlandskommunalforbund.se/nyheter/direktionsmote",
        None,
    )
    bodies = {b for d in decisions(facts).values() for b in decided_by(facts, d)}
    assert bodies == {"Organization:org:sormlands-kommunalforbund:direktionen"}, bodies


def test_kf_and_ks_unexplained_are_the_council_and_the_board_but_not_in_case_numbers() -> None:
    facts = facts_at(
        "Flens kommun\n\nBeslut i korthet\n\n"
        "KF beslutade att höja avgiften för bygglov med tre procent. "
        "KS yttrade sig över Trafikverkets remiss om väg 55.\n\n"
        "Dnr KS 2023/0112\n",
        MUNICIPAL,
        "2024-06-27",
    )
    bodies = {b for d in decisions(facts).values() for b in decided_by(facts, d)}
    assert bodies == {f"{FLEN}:kommunfullmaktige", f"{FLEN}:kommunstyrelsen"}, bodies
    ks = [m for m in facts.mentions if m.node_id == f"{FLEN}:kommunstyrelsen"]
    assert [m.evidence.quote for m in ks] == ["KS"]  # not the one in "Dnr KS 2023/0112"


def test_a_motion_deemed_answered_is_a_decision() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 18 juni 2024\n\n"
        "Liberalernas motion om fler cykelbanor ansågs av fullmäktige, enligt "
        "kommunstyrelsens förslag, besvarad.\n"
    )
    assert list(found) == [
        "Liberalernas motion om fler cykelbanor ansågs av fullmäktige, "
        "enligt kommunstyrelsens förslag, besvarad."
    ], found


def _news_roles(sentence: str) -> set[tuple[str, str, str | None]]:
    return held_roles(
        facts_at(f"Flens kommun\n\nNyheter\n\n2024-03-14\n\n{sentence}\n", MUNICIPAL, None)
    )


def test_the_copula_before_the_name_and_ny_after_it_give_the_title() -> None:
    assert _news_roles("Sedan i måndags är Sofia Holm ny miljöchef i kommunen.") == {
        ("sofia-holm", FLEN, "Miljöchef")
    }


def test_a_title_that_heter_a_name_is_that_persons() -> None:
    assert _news_roles("Kommunens nya ekonomichef heter Jonas Ström och börjar i juni.") == {
        ("jonas-strom", FLEN, "Ekonomichef")
    }


def test_a_successor_takes_the_seat_the_sentence_names() -> None:
    assert _news_roles(
        "Mia Falk (C) efterträder Olle Bro (C) som ordförande i kultur- och fritidsnämnden."
    ) == {("mia-falk", f"{FLEN}:kultur-och-fritidsnamnden", "Ordförande")}


def test_what_was_decided_ends_where_a_clause_of_its_own_subject_begins() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunstyrelsen 18 juni 2024\n\n"
        "Kommunstyrelsen beslutade att godkänna skolrapporten och beslutet leder till en "
        "debatt i fullmäktige i augusti.\n"
    )
    (summary,) = found
    assert summary.startswith("Godkänna skolrapporten") and "debatt" not in summary, found


def test_a_summary_of_a_boards_decisions_names_the_meeting_that_dates_its_adoptions() -> None:
    facts = facts_at(
        "Senaste från kommunstyrelsen i Flen\n\nPublicerad: 14 mars 2024\n\n"
        "Här följer en sammanfattning av besluten i kommunstyrelsen, 12 mars.\n\n"
        "Fler bostäder behövs\n\n"
        "Bostadsförsörjningsprogrammet för Flens kommun antas av kommunstyrelsen. "
        "Programmet visar behovet.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)} == {
        (f"{FLEN}:kommunstyrelsen", "2024-03-12")
    }


def test_one_of_the_municipalities_taking_part_takes_part() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\n"
        "Kommunen är en av åtta kommuner som deltar i satsningen Smarta Småorter.\n",
        MUNICIPAL,
        None,
    )
    assert {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)} == {
        (FLEN, "Initiative:smarta-smaorter")
    }


def test_an_anaphor_with_its_owner_after_it_is_adopted_by_the_passive() -> None:
    facts = facts_at(
        "Senaste från kommunstyrelsen i Flen\n\nPublicerad: 14 mars 2024\n\n"
        "Här följer en sammanfattning av besluten i kommunstyrelsen, 12 mars.\n\n"
        "Nytt program för bostäder\n\n"
        "Bostadsförsörjningsprogrammet för Flens kommun antas av kommunstyrelsen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)} == {
        (f"{FLEN}:kommunstyrelsen", "2024-03-12")
    }


def test_a_meeting_between_fattade_and_beslut_om_att_keeps_the_decision_and_its_day() -> None:
    found = _decisions(
        "Flens kommun\n\nNytt badhus i Flen\n\n2024-03-14\n\n"
        "Kommunfullmäktige fattade vid sitt sammanträde den 26 februari beslut om att "
        "bygga om badhuset.\n"
    )
    assert found == {"Bygga om badhuset: Nytt badhus i Flen": ("2024-02-26", {"kommunfullmaktige"})}

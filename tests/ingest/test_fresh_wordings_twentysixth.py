"""Wordings first met on development pages in the twenty-sixth session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, facts_at, links

COUNTY = "https://www.lansstyrelsen.se/vastmanland/nyheter/2024/trygg-torget.html"
HEAD = "Länsstyrelsen Västmanland\n\nNyheter\n\n2024-03-14\n\n"
MUNICIPAL = "https://www.trosa.se/nyheter/2024/ny-vattenplan"
TROSA_HEAD = "Trosa kommun\n\nNyheter\n\n2024-03-14\n\n"
GOVERNMENT = "https://www.regeringen.se/pressmeddelanden/2024/03/nya-uppdrag/"


def _node_ids(text: str, uri: str, prefix: str) -> set[str]:
    facts = facts_at(text, uri, "2024-03-14")
    return {n.id for n in facts.nodes if n.id.startswith(prefix)}


def _initiatives_and_members(text: str) -> tuple[list[str], set[tuple[str, str]]]:
    facts = facts_at(HEAD + text, COUNTY, "2024-03-14")
    found = sorted(n.id for n in facts.nodes if n.id.startswith("Initiative:"))
    members = {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)}
    return found, members


def test_a_joint_project_compound_before_mellan_lists_the_partners() -> None:
    found, members = _initiatives_and_members(
        "Projektet Trygg handel startar i vår. Trygg handel är ett samarbetsprojekt mellan "
        "Köpmannaföreningen Väst, Polismyndigheten och Länsstyrelsen i Västmanlands län.\n"
    )
    assert found == ["Initiative:trygg-handel"], found
    assert ("Organization:nationell:polismyndigheten", "Initiative:trygg-handel") in members
    assert ("Organization:lansstyrelse:19", "Initiative:trygg-handel") in members


def test_a_name_after_projektet_ends_where_the_page_names_it_on_its_own() -> None:
    found, _ = _initiatives_and_members(
        "Länsstyrelsen har fått pengar för att inom projektet Trygg handel stötta butiker att "
        "förebygga stölder.\n\nTrygg handel pågår till hösten 2025.\n"
    )
    assert found == ["Initiative:trygg-handel"], found


def _complements(text: str) -> set[tuple[str, str]]:
    facts = facts_at(TROSA_HEAD + text, MUNICIPAL, "2024-03-14")
    found = links(facts, LinkType.COMPLEMENTS)
    return {(k.from_id.rsplit(":", 1)[1], k.to_id.rsplit(":", 1)[1]) for k in found}


def test_a_plan_drawn_up_as_a_complement_to_another_complements_it() -> None:
    found = _complements(
        "Kommunen har sett över sin vattenförsörjningsplan. Som ett komplement till "
        "vattenförsörjningsplanen har en handlingsplan för dricksvatten tagits fram.\n"
    )
    assert found == {("handlingsplan-for-dricksvatten", "vattenforsorjningsplan")}, found


def test_a_thematic_addition_complements_the_comprehensive_plan() -> None:
    found = _complements("Vindbruksplanen är ett tematiskt tillägg till Översiktsplan 2030.\n")
    assert found == {("vindbruksplan", "oversiktsplan-2030")}, found


def test_a_report_noun_may_stand_before_the_complemented_document() -> None:
    found = _complements(
        "Handlingsplanen för dricksvatten är ett komplement till rapporten "
        "Vattenförsörjningsplan för Trosa kommun.\n"
    )
    assert found == {
        ("handlingsplan-for-dricksvatten", "vattenforsorjningsplan-for-trosa-kommun")
    }, found


def test_no_addition_is_no_complement() -> None:
    assert _complements("Vindbruksplanen är inget tillägg till Översiktsplan 2030.\n") == set()


def test_parties_after_kommer_are_responsible_for_a_pledges_items() -> None:
    facts = facts_at(
        TROSA_HEAD + "Medborgarlöfte 2025\n\nKommunen och polisen har skrivit på ett nytt "
        "medborgarlöfte.\n\nI löftet står att under 2025 kommer Polismyndigheten och Trosa "
        "kommun att:\n\n  • Gemensamt genomföra trygghetsvandringar i centrum.\n"
        "  • Polisen ska öka närvaron vid skolorna på kvällstid.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    responsible = {
        (k.from_id, k.to_id.rsplit(":", 1)[1][:20]) for k in links(facts, LinkType.RESPONSIBLE_FOR)
    }
    police, trosa = "Organization:nationell:polismyndigheten", "Organization:kommun:0488"
    assert responsible == {
        (police, "gemensamt-genomfora-"),
        (trosa, "gemensamt-genomfora-"),
        (police, "polisen-ska-oka-narv"),
    }, responsible


def test_coordinated_parties_before_the_commitment_verb_are_each_responsible() -> None:
    facts = facts_at(
        TROSA_HEAD + "Medborgarlöfte 2025\n\nPolismyndigheten och Trosa kommun åtar sig att:\n\n"
        "  • Genomföra trygghetsvandringar i centrum.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    responsible = {k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    assert responsible == {"Organization:nationell:polismyndigheten", "Organization:kommun:0488"}


def test_the_national_library_is_named_by_its_short_form_and_keeps_its_staff() -> None:
    facts = facts_at(
        HEAD + "Anna Berg, riksbibliotekarie KB, och Olle Ek, enhetschef KB, deltog i mötet.\n",
        COUNTY,
        "2024-03-14",
    )
    kb = "Organization:nationell:kungliga-biblioteket"
    assert {k.from_id for k in links(facts, LinkType.HOLDS_ROLE, to_id=kb)} == {
        "Person:person:anna-berg",
        "Person:person:olle-ek",
    }


def test_bodies_gone_or_new_are_national_agencies() -> None:
    found = _node_ids(
        HEAD + "Uppdraget gavs till Ungdomsstyrelsen och Statens folkhälsoinstitut. "
        "Myndigheten för arbetsmiljökunskap och Klimatpolitiska rådet lämnade synpunkter.\n",
        COUNTY,
        "Organization:nationell:",
    )
    assert {
        "Organization:nationell:ungdomsstyrelsen",
        "Organization:nationell:statens-folkhalsoinstitut",
        "Organization:nationell:myndigheten-for-arbetsmiljokunskap",
        "Organization:nationell:klimatpolitiska-radet",
    } <= found, found


def _goals(text: str) -> list[str]:
    facts = facts_at(TROSA_HEAD + text, MUNICIPAL, "2024-03-14")
    return sorted(k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.HAS_GOAL))


def test_what_the_goals_rest_on_is_no_goal() -> None:
    found = _goals(
        "Strategin för Trosa 2025-2030 antogs i maj. Målen är grundade på kommunens "
        "uppdrag, lagarna och den lokala politiken.\n"
    )
    assert found == [], found


def test_goals_named_after_the_copula_are_still_read() -> None:
    found = _goals(
        "Strategin för Trosa 2025-2030 antogs i maj. Målen är ökad trygghet, "
        "minskade utsläpp och fler jobb.\n"
    )
    # and no goal of the whole list besides
    assert found == ["fler-jobb", "minskade-utslapp", "okad-trygghet"], found


def test_names_coordinated_before_a_singular_kommun_are_each_a_municipality() -> None:
    found = _node_ids(
        TROSA_HEAD + "Löftet är ett samarbete med polisen, Gnesta, Nyköping och Trosa kommun.\n",
        MUNICIPAL,
        "Organization:kommun:",
    )
    assert {
        "Organization:kommun:0461",
        "Organization:kommun:0480",
        "Organization:kommun:0488",
    } <= found, found


def test_an_abbreviated_chair_in_an_attendance_list_is_the_chair() -> None:
    facts = facts_at(
        "Kommunstyrelsen\n\nPlats och tid Kommunhuset, onsdagen den 6 mars 2024\n\n"
        "Beslutande Eva Holm (C) ordf Per Lind (S) Ola Berg (M)\n",
        MUNICIPAL,
        None,
    )
    roles = {(k.from_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {("Person:person:eva-holm", "Ordförande")}, roles


def test_an_ordinal_before_vice_is_written_with_its_colon() -> None:
    facts = facts_at(
        TROSA_HEAD + "Kommunstyrelsen beslutade i dag att anta planen.\n\nFör mer information:\n\n"
        "Eva Holm (C)\n1e vice ordf. Kommunstyrelsen\n073-111 11 11\n",
        MUNICIPAL,
        "2024-03-14",
    )
    titles = {k.title for k in links(facts, LinkType.HOLDS_ROLE)}
    assert titles == {"1:e vice ordförande"}, titles


def test_an_infinitive_ending_in_a_ring_such_as_foresla_opens_another_decision() -> None:
    facts = facts_at(
        TROSA_HEAD + "Kommunstyrelsen beslutade att fortsätta arbetet med projektet Ny hamn "
        "samt att föreslå fullmäktige att sälja fastigheten Ekön 1:2.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = sorted(d.summary for d in decisions(facts).values())
    assert found == [
        "Fortsätta arbetet med projektet Ny hamn",
        "Föreslå fullmäktige att sälja fastigheten Ekön 1:2",
    ], found


def test_the_matters_a_body_decided_listed_after_som_x_fattat_beslut_om_ar() -> None:
    facts = facts_at(
        "Nya uppdrag till Vinnova\n\n2024-03-14\n\nDe två uppdragen som regeringen fattat "
        "beslut om i dag är:\n\n  • Vinnova ska stödja nya testbäddar för vården\n"
        "  • Vinnova blir värd för ett nationellt innovationsråd\n",
        GOVERNMENT,
        "2024-03-14",
    )
    found = {(d.summary, d.date) for d in decisions(facts).values()}
    assert found == {
        ("Vinnova ska stödja nya testbäddar för vården", "2024-03-14"),
        ("Vinnova blir värd för ett nationellt innovationsråd", "2024-03-14"),
    }, found
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:nationell:regeringen"}, deciders


def test_bullets_under_ovriga_beslut_are_the_meetings_decisions() -> None:
    facts = facts_at(
        TROSA_HEAD + "På kommunstyrelsens sammanträde den 5 mars 2024 antogs budgeten.\n\n"
        "Övriga beslut:\n\n  • Föreningen Gula Huset beviljades bidrag med 40 000 kronor\n"
        "  • Tomten Ekbacken 3:4 säljs för 95 000 kronor\n",
        MUNICIPAL,
        "2024-03-14",
    )
    board = "Organization:kommun:0488:kommunstyrelsen"
    found = {
        d.summary: decided_by(facts, d)
        for d in decisions(facts).values()
        if "Gula" in d.summary or "Ekbacken" in d.summary
    }
    assert found == {
        "Föreningen Gula Huset beviljades bidrag med 40 000 kronor": {board},
        "Tomten Ekbacken 3:4 säljs för 95 000 kronor": {board},
    }, found


def test_beslutar_ocksa_att_states_another_decision_of_the_meeting() -> None:
    facts = facts_at(
        TROSA_HEAD + "Kommunstyrelsens sammanträde 5 mars\n\nKommunstyrelsen beslutar att sälja "
        "tomten Ekbacken 3:4. Man beslutar också att tomterna ska säljas genom anbud.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    board = "Organization:kommun:0488:kommunstyrelsen"
    found = {d.date for d in decisions(facts).values() if "anbud" in d.summary}
    assert found == {"2024-03-05"}, found
    assert all(decided_by(facts, d) == {board} for d in decisions(facts).values())


def test_uppdrar_till_gives_a_task_on_the_minutes_day_not_a_coming_meetings() -> None:
    facts = facts_at(
        "Protokollsutdrag\n\nKlimatnämndens arbetsutskott\n\nSammanträdesdatum 2024-02-07\n\n"
        "Chefen informerar om att på klimatnämndens sammanträde 19 februari 2024 kommer "
        "rapporten att presenteras.\n\nKlimatnämnden uppdrar till "
        "kommunledningskontoret att ta fram en rapport om kommunens utsläpp.\n",
        MUNICIPAL,
        None,
    )
    found = {(d.summary[:39], d.date) for d in decisions(facts).values()}
    assert ("Klimatnämnden uppdrar till kommunlednin", "2024-02-07") in found, found


def test_a_councils_endorsement_is_its_decision() -> None:
    facts = facts_at(
        HEAD + "I dag har samverkansrådet ställt sig bakom en ny strategi för "
        "kompetensförsörjning i Västmanland.\n",
        COUNTY,
        "2024-03-14",
    )
    found = [(d.summary[:45], d.date) for d in decisions(facts).values()]
    assert found == [("I dag har samverkansrådet ställt sig bakom en", "2024-03-14")], found


def test_a_capitalised_council_named_by_its_topic_alone_is_a_forum() -> None:
    found = _node_ids(
        TROSA_HEAD + "I Trosa är det Rådet för trygghet och folkhälsa som leder arbetet.\n",
        MUNICIPAL,
        "Organization:forum:",
    )
    assert found == {"Organization:forum:kommun:0488:radet-for-trygghet-och-folkhalsa"}, found

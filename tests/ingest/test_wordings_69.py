"""Constructions found in the sixty-ninth session on development pages, restated as
invented sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision

from .helpers import facts_at, links

_TOWN = "https://www.habo.se/nyheter/fullmaktige"
_REGION = "https://www.regiongavleborg.se/nyheter/fullmaktige"


def _decisions(facts: SourceFacts) -> list[Decision]:
    return [n for n in facts.nodes if isinstance(n, Decision)]


def _decided(facts: SourceFacts, words: str) -> list[Decision]:
    return [d for d in _decisions(facts) if words in d.id]


def _page(sentence: str) -> str:
    return f"Nytt från fullmäktige\n\n{sentence}\n\nMer information finns på webbplatsen.\n"


def test_a_council_that_has_set_a_matter_decided_it() -> None:
    facts = facts_at(
        _page("Regionfullmäktige har fastställt taxan för sjukresor."), _REGION, "2020-03-12"
    )
    assert _decided(facts, "taxan-for-sjukresor")


def test_a_matter_that_has_been_approved_is_decided() -> None:
    facts = facts_at(
        _page("Avtalet om räddningstjänst har godkänts av kommunfullmäktige."), _TOWN, "2020-03-12"
    )
    assert _decided(facts, "avtalet-om-raddningstjanst")


def test_a_board_answering_a_citizens_proposal_decides() -> None:
    facts = facts_at(
        _page("Kommunstyrelsen besvarade medborgarförslaget om en hundrastgård."),
        _TOWN,
        "2020-03-12",
    )
    assert _decided(facts, "medborgarforslaget-om-en-hundrastgard")


def test_a_board_answering_anything_else_decides_nothing() -> None:
    # guard: "besvarade frågor från allmänheten" is no decision
    facts = facts_at(
        _page("Kommunstyrelsens ordförande besvarade frågor från allmänheten."),
        _TOWN,
        "2020-03-12",
    )
    assert not _decided(facts, "fragor-fran-allmanheten")


def test_a_sum_granted_in_the_present_is_the_inverted_subjects_decision() -> None:
    facts = facts_at(
        _page(
            "Polisen har länge efterfrågat fler kameror. Till satsningen på ökad trygghet "
            "anslår kommunstyrelsen 300 000 kronor."
        ),
        _TOWN,
        "2020-03-12",
    )
    decided = [k for k in links(facts, LinkType.DECIDED) if "300-000-kronor" in k.to_id]
    assert decided
    assert all(k.from_id == "Organization:kommun:0305:kommunstyrelsen" for k in decided)


def test_rules_that_have_been_revised_are_decided() -> None:
    facts = facts_at(
        _page("Stadens regler för boendeparkering har reviderats."), _TOWN, "2020-03-12"
    )
    assert _decided(facts, "regler-for-boendeparkering")


def test_a_day_closing_the_decided_clause_dates_the_decision() -> None:
    facts = facts_at(
        _page(
            "Regionfullmäktige fastställde politisk inriktning för mandatperioden "
            "(§94, 2019-04-24), som anger övergripande mål."
        ),
        _REGION,
        "2020-03-12",
    )
    (decision,) = _decided(facts, "politisk-inriktning")
    assert decision.date == "2019-04-24"


def test_a_day_the_decided_matter_starts_does_not_date_the_decision() -> None:
    # guard: "ska gälla från den 1 januari 2020" is when the taxa applies
    facts = facts_at(
        _page("Regionfullmäktige beslutade att taxan ska gälla från den 1 januari 2020."),
        _REGION,
        "2020-03-12",
    )
    (decision,) = _decided(facts, "taxan-ska-galla")
    assert decision.date is None


def test_a_day_after_the_page_does_not_date_the_decision() -> None:
    # guard: a report due later is no day the decision was taken
    facts = facts_at(
        _page(
            "Regionstyrelsen gav regiondirektören i uppdrag att redovisa förslaget "
            "den 3 april 2020."
        ),
        _REGION,
        "2020-03-12",
    )
    assert all(d.date is None for d in _decided(facts, "redovisa-forslaget"))


_KARLSHAMN = "https://www.karlshamn.se/nyheter/kommunfullmaktige"


def test_the_auditors_are_a_body_of_their_own_and_the_councils_decision_stays() -> None:
    text = (
        "Kommunfullmäktige 9 april 2018\n\n"
        "Kommunens revisorer har granskat årsredovisningen. Revisorerna har beslutat att "
        "tillstyrka att kommunens årsredovisning för år 2017 godkänns.\n\n"
        "Kommunens årsredovisning 2017\n\n"
        "Kommunfullmäktige beslutade att godkänna årsredovisning 2017\n\n"
        "Resultatet för året uppgår till 27 miljoner kronor.\n"
    )
    facts = facts_at(text, _KARLSHAMN, "2018-04-09")
    by = {k.to_id: k.from_id for k in links(facts, LinkType.DECIDED)}
    council = "Organization:kommun:1082:kommunfullmaktige"
    auditors = "Organization:kommun:1082:revisorerna"
    assert any(body == auditors and "tillstyrka" in d for d, body in by.items())
    assert any(
        body == council and d.endswith("godkanna-arsredovisning-2017") for d, body in by.items()
    )


def _initiatives(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Initiative:")}


_PROJECT_NEWS = "https://www.regiongavleborg.se/nyheter/projekt"


def test_a_projects_subtitle_after_a_dash_is_its_name() -> None:
    text = (
        "Nytt projekt beviljas\n\n"
        "Ett av projekten är den länsomfattande satsningen DIAS \u2013 Delaktighet i Arbete "
        "och Samhälle. DIAS är ett treårigt projekt.\n"
    )
    facts = facts_at(text, _PROJECT_NEWS, "2020-03-12")
    assert _initiatives(facts) == {"Initiative:dias-delaktighet-i-arbete-och-samhalle"}


def test_an_apposition_after_a_dash_is_no_subtitle() -> None:
    # guard: "- ett regionalt projekt för tillväxt" (after an en dash) describes the project
    text = (
        "Nytt projekt beviljas\n\n"
        "Nämnden ger medel till projektet Växtkraft 2.0 \u2013 ett regionalt projekt för "
        "tillväxt i små företag.\n"
    )
    facts = facts_at(text, _PROJECT_NEWS, "2020-03-12")
    assert _initiatives(facts) == {"Initiative:vaxtkraft-2-0"}


def test_a_lower_case_description_after_a_dash_is_no_subtitle() -> None:
    # guard: a lower-case subtitle only spells out an acronym
    text = (
        "Nytt projekt beviljas\n\n"
        "Nämnden ger medel till projektet Norra stråket \u2013 fungerande transporter i norra "
        "Sverige.\n"
    )
    facts = facts_at(text, _PROJECT_NEWS, "2020-03-12")
    assert _initiatives(facts) == {"Initiative:norra-straket"}


_DOCUMENT_HOST = "https://docplayer.se/107402687-sammantradesrum-storgatan-8-ljungby.html"


def test_a_copys_attendance_heading_cut_to_ande_still_heads_its_list() -> None:
    text = (
        "Ljungby kommun Kommunstyrelsen 1(31) Tid och plats Tisdagen den 11 oktober 2016 "
        "Sammanträdesrum Märtasalen, Storgatan 8, Ljungby ande Magnus Gunnarsson (M), "
        "ordförande Ulla Hansson (M) Anne Karlsson (S) Övriga Eva Berg förvaltningschef "
        "Utses att justera Anne Karlsson\n"
    )
    facts = facts_at(text, _DOCUMENT_HOST, "2016-10-11")
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:magnus-gunnarsson", "Organization:kommun:0781:kommunstyrelsen")}


def test_a_members_motion_proposing_a_decision_decides_nothing() -> None:
    # the member proposes; the council has not decided
    facts = facts_at(
        _page(
            "Anita Berg (C) har i en motion föreslagit att kommunfullmäktige ska besluta "
            "att sätta upp fler hundlatriner."
        ),
        _TOWN,
        "2020-03-12",
    )
    assert not _decisions(facts)


def test_a_matter_fixed_every_fourth_year_is_no_decision_taken() -> None:
    facts = facts_at(
        _page(
            "Trafikförsörjningsprogrammet är det övergripande styrdokumentet för "
            "kollektivtrafiken, och fastställs vart fjärde år av regionfullmäktige."
        ),
        _REGION,
        "2020-03-12",
    )
    assert not _decisions(facts)


def test_a_members_proposal_at_the_meeting_decides_nothing() -> None:
    facts = facts_at(
        _page(
            "Per Holm (KD) föreslår att barn- och utbildningsförvaltningen får i uppdrag att "
            "göra en översyn av organisationen."
        ),
        _TOWN,
        "2020-03-12",
    )
    assert not _decisions(facts)


def test_the_tasks_a_plan_contains_are_no_decision() -> None:
    facts = facts_at(
        _page(
            "Den strategiska planen innehåller vision och värdegrund, målsättningar och "
            "särskilda uppdrag till nämnderna."
        ),
        _REGION,
        "2020-03-12",
    )
    assert not _decisions(facts)


def test_an_offices_proposal_is_no_decision() -> None:
    facts = facts_at(
        _page("Stadskontorets förslag är att förordnandet förlängs till och med år 2026."),
        _TOWN,
        "2020-03-12",
    )
    assert not _decisions(facts)


def test_showing_an_agreement_on_ones_site_is_not_drawing_it_up() -> None:
    text = (
        "Ny överenskommelse\n\nKommunen och Polisen har tecknat en samverkansöverenskommelse "
        "om trygghet. Polisen presenterar överenskommelsen på sin hemsida.\n"
    )
    facts = facts_at(text, _TOWN, "2020-03-12")
    assert not links(facts, LinkType.ISSUED, "Organization:nationell:polismyndigheten")


def test_presenting_a_new_strategy_is_drawing_it_up() -> None:
    # guard: the government's own new document
    text = (
        "Ny strategi\n\nI dag presenterar regeringen en ny nationell strategi för friluftslivet.\n"
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2020/03/x/", "2020-03-12")
    assert links(facts, LinkType.ISSUED, "Organization:nationell:regeringen")


def test_those_advising_when_another_draws_up_a_strategy_did_not_draw_it_up() -> None:
    text = (
        "Bredband\n\nHylte kommun och Hallands övriga kommuner har en rådgivande roll när "
        "Region Halland tar fram en regional bredbandsstrategi.\n"
    )
    facts = facts_at(text, "https://www.hylte.se/nyheter/bredband", "2020-03-12")
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert "Organization:kommun:1315" not in makers


def _coordinates(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.COORDINATES)}


def test_a_region_that_will_go_on_running_a_project_coordinates_it() -> None:
    text = (
        "Exportstöd\n\nDirektionen har beslutat att Region Dalarna ska fortsätta driva "
        'projektet "Exportlyftet Dalarna".\n'
    )
    facts = facts_at(text, "https://www.regiondalarna.se/nyheter/export", "2017-05-02")
    assert ("Organization:region:20", "Initiative:exportlyftet-dalarna") in _coordinates(facts)


def test_the_region_named_after_driver_coordinates_the_project() -> None:
    text = (
        "Service på landsbygden\n\nUnder 2017-2019 driver Region Kalmar län projektet "
        "Servicelyftet i samverkan med kommunerna.\n"
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyheter/service", "2017-05-02")
    assert ("Organization:region:08", "Initiative:servicelyftet") in _coordinates(facts)


def test_leader_and_the_care_college_are_known_initiatives() -> None:
    text = (
        "Landsbygd\n\nKommunen deltar i Leader under den kommande perioden och ansöker om att "
        "bli certifierad inom Vård- och omsorgscollege.\n"
    )
    facts = facts_at(text, "https://www.ljusdal.se/nyheter/landsbygd", "2022-03-01")
    assert {"Initiative:leader", "Initiative:vard-och-omsorgscollege"} <= _initiatives(facts)


def test_the_strategy_the_government_presented_is_its_own() -> None:
    text = (
        "Uppdrag\n\nUppdragen är ett led i genomförandet av Strategi för hållbar "
        "omställning, som regeringen presenterade i december 2023.\n"
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2024/03/x/", "2024-03-12")
    assert links(facts, LinkType.ISSUED, "Organization:nationell:regeringen")


def test_a_board_allotting_a_sum_decides() -> None:
    facts = facts_at(
        _page(
            "Kommunstyrelsen anvisar 300 000 kronor ur den tillväxtpolitiska reserven för "
            "medfinansiering av projektet."
        ),
        _TOWN,
        "2020-03-12",
    )
    assert _decided(facts, "300-000-kronor")


def test_the_pages_date_line_is_no_items_heading() -> None:
    text = (
        "Avgifter\n\nPublicerad 2019-03-12\n\nRegionstyrelsen har beslutat att höja avgiften.\n\n"
        "Mer information finns på webbplatsen.\n"
    )
    facts = facts_at(text, _REGION, "2019-03-12")
    assert _decisions(facts)
    assert not any("publicerad" in d.id for d in _decisions(facts))


def test_a_card_line_with_name_title_and_area_holds_the_role() -> None:
    text = (
        "Livsmedelsstrategi\n\nLäs mer på webben.\n\nLena Friborg Strateg Samhällsbyggnad\n"
        "E-post\nlena.friborg@regionvasterbotten.se\n"
    )
    facts = facts_at(text, "https://regionvasterbotten.se/livsmedel", "2020-03-12")
    (held,) = links(facts, LinkType.HOLDS_ROLE, "Person:person:lena-friborg")
    assert (held.to_id, held.title) == ("Organization:region:24", "Strateg samhällsbyggnad")


def test_a_listed_programme_keeps_its_listed_name_over_a_subtitle() -> None:
    # guard: the gazetteer's name is the programme's id on every page
    text = (
        "Agenda 2030\n\nKommunen deltar i projektet Glokala Sverige \u2013 Agenda 2030 i "
        "kommuner och regioner.\n"
    )
    facts = facts_at(text, _PROJECT_NEWS, "2020-03-12")
    assert _initiatives(facts) == {"Initiative:glokala-sverige"}

"""Wordings met on real pages in the forty-sixth session, each written anew (invented
names): decisions (documents, roles and dates are in test_wordings_46_documents_roles).
Every test fails on the code before the session."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision, Document

from .helpers import facts_at, links

_BOARD_SUMMARY = (
    "Beslut vid kommunstyrelsen den 22 augusti\n\n"
    "Här kan du läsa om några av de beslut som fattades vid kommunstyrelsens sammanträde "
    "måndagen den 22 augusti.\n\n"
    "Vid kommunstyrelsen fattades bland annat följande beslut:\n\n"
    "  • En process ska inledas för att bilda ett naturreservat vid Provsjöns stränder.\n"
    "  • Detaljplanen för Provgården ska omarbetas och ett lägre alternativ tas fram.\n\n"
    "Kommunstyrelsen föreslog även kommunfullmäktige att fatta följande beslut:\n\n"
    "  • Godkänna ett hållbarhetsramverk för kommunen. Ramverket utgår från Agenda 2030.\n"
    "  • Anta ett reviderat program för uppföljning och insyn av privata utförare.\n"
)


def test_modal_bullets_under_a_decision_list_head_are_the_boards_decisions() -> None:
    facts = facts_at(_BOARD_SUMMARY, "https://www.mora.se/nyheter/beslut.html", "2022-08-23")
    said = {n.summary.split()[1] for n in facts.nodes if isinstance(n, Decision)}
    assert {"process", "för"} <= said, said  # "En process ...", "Detaljplanen för ..."


def test_a_boards_proposals_to_the_council_are_its_decisions_not_adoptions() -> None:
    facts = facts_at(_BOARD_SUMMARY, "https://www.mora.se/nyheter/beslut.html", "2022-08-23")
    board = "Organization:kommun:2062:kommunstyrelsen"
    assert not links(facts, LinkType.ADOPTED), links(facts, LinkType.ADOPTED)
    decided = {k.to_id for k in links(facts, LinkType.DECIDED) if k.from_id == board}
    proposals = [d for d in decided if "kommunfullmaktige" in d.split(":")[-1]]
    assert len(proposals) == 2, decided  # each item of the list, the second one too
    programme = [k for k in links(facts, LinkType.CONCERNS) if "programme" in k.to_id]
    assert programme and programme[0].from_id in proposals, programme


def test_adopting_a_statement_on_a_plan_is_a_decision_about_it_not_its_adoption() -> None:
    text = (
        "Nytt från kommunstyrelsen\n\n"
        "Kommunstyrelsen beslutade den 27 november att anta förslaget till yttrande på "
        "Nationell plan för transportsystemet för perioden 2018-2029. Kommunstyrelsen "
        "beslutade också att anta Provregionens gemensamma yttrande över länsplanen för "
        "perioden 2018-2029."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/ks.html", "2017-12-04")
    assert not links(facts, LinkType.ADOPTED), links(facts, LinkType.ADOPTED)
    about = {k.to_id for k in links(facts, LinkType.CONCERNS)}
    assert "Document:national:plan:se:2018-2029" in about, about


def test_a_motions_writers_propose_and_the_board_answers_it() -> None:
    text = (
        "Regionstyrelsen 20 september 2022\n\n"
        "1. Yttrande över motion av Eva Provare (V) med flera om friluftsliv på recept\n\n"
        "Eva Provare och Bo Testlund, båda Vänsterpartiet, har föreslagit att "
        "regionstyrelsen får i uppdrag att ta fram en modell för friluftsliv på recept.\n\n"
        "Regionstyrelsen anser att motionen därmed är besvarad."
    )
    facts = facts_at(text, "https://www.vgregion.se/politik/rs.html", "2022-09-21")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert not [s for s in said if "föreslagit" in s or "modell" in s], said
    assert [s for s in said if "besvarad" in s], said


def test_council_summary_items_the_courtesy_and_an_article_less_compound() -> None:
    text = (
        "Referat från kommunfullmäktige 15 december 2025\n"
        "Kommunfullmäktige sammanträdde 15 december.\n"
        "Kommunfullmäktige beslutade följande angående e-förslaget ”gratis bussresor för "
        "äldre kommuninvånare inom hela kommunen, även på helger och under sommaren”:\n"
        "- att tacka förslagsställaren för ett behjärtansvärt initiativ.\n"
        "- att avslå e-förslaget med motiveringen att kostnaden blir för hög.\n"
        "Kommunfullmäktige beslutade att anta dokumentet ”kontinuitetsstrategi” för kommunen.\n"
    )
    facts = facts_at(text, "https://www.mora.se/referat.html", "2025-12-17")
    council = "Organization:kommun:2062:kommunfullmaktige"
    said = {n.summary.lower() for n in facts.nodes if isinstance(n, Decision)}
    assert not [s for s in said if "tacka" in s], said
    assert [s for s in said if "avslå e-förslaget" in s], said
    assert {k.from_id for k in links(facts, LinkType.DECIDED)} == {council}
    adopted = {(k.from_id, k.to_id) for k in links(facts, LinkType.ADOPTED)}
    assert (council, "Document:municipal:strategy:kommun:2062:kontinuitetsstrategi") in adopted


def test_a_board_answering_citizen_proposals_one_bullet_each() -> None:
    text = (
        "Nyheter från kommunstyrelsens möte 18 september\n\n"
        "Publicerad: 19 september 2023\n\n"
        "Kommunstyrelsen besvarade tre medborgarförslag:\n\n"
        " • Medborgarförslag om grillplats i Provskogen\n"
        "  Kommunen har fått in ett förslag om en grillplats. Kommunstyrelsen skriver att "
        "kommunen redan har byggt två grillplatser i området.\n"
        " • Medborgarförslag om hinderbana i Provskogen\n"
        "  Kommunen har fått in ett förslag om en hinderbana.\n"
        " • Medborgarförslag om fotbollsplan vid Provhuset\n"
        "  Kommunstyrelsen beslutade att återremittera frågan för vidare utredning.\n"
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/ks.html", None)
    said = sorted(n.summary for n in facts.nodes if isinstance(n, Decision))
    assert [s for s in said if s.startswith("Besvarade medborgarförslag om")] == [
        "Besvarade medborgarförslag om fotbollsplan vid Provhuset",
        "Besvarade medborgarförslag om grillplats i Provskogen",
        "Besvarade medborgarförslag om hinderbana i Provskogen",
    ], said
    assert [s for s in said if "återremittera frågan" in s.lower()], said
    assert not [s for s in said if "skriver" in s], said


def test_no_decision_from_a_time_alone_a_pronoun_or_a_documents_content() -> None:
    text = (
        "Regionfullmäktige i korthet\n\n"
        "Det framgår av en slutredovisning av ett uppdrag som regionfullmäktige beslutade om "
        "i höstas. Detta beslöts under regionfullmäktige. I instruktionen fastställs bland "
        "annat hur förvaltningen ska ledas under regionstyrelsen."
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyheter/rf.html", "2022-04-07")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert said == [], said


def test_an_officials_own_act_is_no_boards_decision() -> None:
    text = (
        "Kommunstyrelsens allmänna utskott har vid sitt möte den 7 september gett "
        "kommundirektören i uppdrag att minska elanvändningen i kommunens lokaler. "
        "Kommundirektören har utsett en arbetsgrupp som startar arbetet direkt."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/el.html", "2022-09-08")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert not [s for s in said if "arbetsgrupp" in s], said
    assert [s for s in said if "elanvändningen" in s], said


def test_a_task_list_ends_a_topic_and_a_stranded_preposition_is_no_decision() -> None:
    text = (
        "Ny samordning av dricksvatten\n\n2020-03-25\n\n"
        "Samordna arbetet med direktivet, ta fram riktlinjer för informationssäkerhet och "
        "stödja pågående arbete med regionala vattenförsörjningsplaner.\n"
        "Det är några viktiga områden som Provgruppen för dricksvatten har beslutat att "
        "arbeta vidare med."
    )
    facts = facts_at(text, "https://www.livsmedelsverket.se/nyheter/samordning.html", None)
    titles = [n.title for n in facts.nodes if isinstance(n, Document)]
    assert titles == ["Riktlinjer för informationssäkerhet"], titles
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_relative_clause_on_a_sent_back_document_is_no_decision() -> None:
    text = (
        "Regionfullmäktige beslutade den 1 oktober att återremittera förslaget till regional "
        "utvecklingsstrategi. Det dokument som återremitterades står länets alla kommuner bakom."
    )
    facts = facts_at(text, "https://www.rjl.se/nyheter/rus.html", "2019-10-02")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert len(said) == 1 and said[0].startswith("Återremittera"), said


def test_bestamde_att_is_a_decision_and_a_standing_power_is_not() -> None:
    text = (
        "Kommunstyrelsen i korthet 13 maj\n\n"
        "Taxan skulle börja gälla i januari, men eftersom arbetet är försenat så bestämde "
        "kommunstyrelsen att senarelägga den nya renhållningstaxan. Kommunstyrelsen "
        "bestämmer över kommunens budget."
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/ks.html", "2019-05-14")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert said == ["Senarelägga den nya renhållningstaxan"], said


def test_a_sent_back_item_takes_its_own_heading_not_the_decision_line_above() -> None:
    text = (
        "Kommunfullmäktige 12 december 2023\n\n"
        "Riktlinje för krisberedskap 2024-2027\n\n"
        "Beslut: Kommunfullmäktige beslutar anta riktlinjer för krisberedskap 2024-2027\n\n"
        "Revidering - Lokala föreskrifter för att skydda människors hälsa och miljön inom "
        "Mora kommun - efter återremiss\n\n"
        "Beslut: Kommunfullmäktige beslutar att ärendet ska återremitteras\n"
    )
    facts = facts_at(text, "https://www.mora.se/nyheter/kf.html", "2023-12-13")
    said = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    sent_back = [s for s in said if "återremitteras" in s]
    assert sent_back and "Lokala föreskrifter" in sent_back[0], said


def test_a_minutes_items_numbered_heading_over_its_labels() -> None:
    text = (
        "Barn- och utbildningsnämnden 2009-12-16\n\n"
        "§49 Uppföljning av ekonomin för oktober och november\n\n"
        "Dnr 2009/BUN 099 042\n\n"
        "Barn- och utbildningsnämndens beslut\n\n"
        "- Nämnden beslutar att notera uppföljningen.\n\n"
        "Beskrivning av ärendet\n\n"
        "Uppföljningen av ekonomin redovisas i bilaga 1 och 2.\n\n"
        "Ordförandens förslag till beslut\n\n"
        "Barn- och utbildningsnämndens beslut\n\n"
        "Nämnden beslutar att notera uppföljningen\n"
    )
    facts = facts_at(text, "https://www.mora.se/protokoll/bun.html", "2009-12-16")
    said = {n.summary for n in facts.nodes if isinstance(n, Decision)}
    assert said == {"Notera uppföljningen: §49 Uppföljning av ekonomin för oktober och november"}


def test_grounds_and_a_day_between_har_and_beslutat() -> None:
    text = (
        "Beslut om två nya naturreservat\n\n"
        "Länsstyrelsen har med stöd av 7 kap 4 § miljöbalken den 11 september 2018 beslutat "
        "om bildande av två nya naturreservat i Mora kommun. De poster som klubbades liknade "
        "dem från förra året."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/dalarna/nyheter/reservat.html", None)
    said = {(n.summary, n.date) for n in facts.nodes if isinstance(n, Decision)}
    assert said == {("Bildande av två nya naturreservat i Mora kommun", "2018-09-11")}, said

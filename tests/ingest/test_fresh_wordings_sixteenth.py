"""Wordings first met on pages opened for development on 2026-12-01 (sixteenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Goal
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

SITE = "https://www.ljusdal.se/nyheter/2024/fullmaktige"


def facts_of(text: str, published: str = "2024-03-15") -> SourceFacts:
    return facts_at(text, SITE, published)


def test_a_decision_taken_about_a_plan_with_words_between_is_its_adoption() -> None:
    facts = facts_of(
        "Nytt om kultur\n\n"
        "Kommunfullmäktige i Ljusdals kommun sammanträdde den 11 mars. "
        "Då fattade kommunfullmäktige beslut om en ny kulturplan för Ljusdals kommun. "
        "Socialnämnden fattade i februari beslut om handlingsplan för att minska "
        "ensamheten bland äldre 2024-2027.\n"
    )
    assert decisions(facts) == {}
    adopters = {link.from_id for link in links(facts, LinkType.ADOPTED)}
    assert adopters == {
        "Organization:kommun:2161:kommunfullmaktige",
        "Organization:kommun:2161:socialnamnden",
    }
    assert len(documents(facts)) == 2


def test_a_body_stressing_a_point_of_its_decision_decides_nothing_more() -> None:
    facts = facts_of(
        "Beslut från regionstyrelsen\n\n"
        "Regionstyrelsen i Region Gävleborg sammanträdde den 12 mars. "
        "Regionstyrelsen beslutade att tillstyrka ansökan om medel för en ny cykelväg "
        "längs länsväg 83. Samtidigt understryker regionstyrelsen i sitt beslut att "
        "staten bör stå för minst hälften av kostnaden för cykelvägen.\n"
    )
    texts = [d.summary for d in decisions(facts).values()]
    assert len(texts) == 1
    assert texts[0].startswith("Tillstyrka ansökan")


def test_granting_a_motion_and_giving_a_task_are_two_decisions() -> None:
    facts = facts_of(
        "Kort om fullmäktige\n\n"
        "Kommunfullmäktige i Ljusdals kommun sammanträdde den 11 mars.\n\n"
        "Motion om belysning vid skolvägar\n\n"
        "Kommunfullmäktige beslutade att bifalla motionen och uppdra åt tekniska "
        "förvaltningen att se över belysningen längs alla skolvägar.\n"
    )
    texts = sorted(d.summary for d in decisions(facts).values())
    assert len(texts) == 2
    assert texts[0].startswith("Bifalla motionen")
    assert texts[1].startswith("Uppdra åt tekniska förvaltningen")


def test_a_decision_without_att_starts_at_its_infinitive() -> None:
    facts = facts_of(
        "Från kommunstyrelsen\n\n"
        "Kommunstyrelsen i Ljusdals kommun sammanträdde den 12 mars. Kommunstyrelsen "
        "beslutar godkänna utredningens rapport om ett nytt badhus och ge "
        "kommundirektören i uppdrag att ta fram en kostnadskalkyl.\n"
    )
    texts = sorted(d.summary for d in decisions(facts).values())
    assert [t.split()[0] for t in texts] == ["Ge", "Godkänna"]
    assert "nytt badhus" in texts[1]


def test_verbs_sharing_one_object_or_inside_a_quoted_title_stay_one_decision() -> None:
    shared = facts_of(
        "Nytt uppdrag\n\n"
        "Regeringen beslutade den 4 mars att ge Ljusdals kommun i uppdrag att "
        "tillsammans analysera och föreslå hur skolskjutsarna kan bli fler.\n"
    )
    assert len(decisions(shared)) == 1
    quoted = facts_of(
        "Beslut i regionstyrelsen\n\n"
        "Regionstyrelsen i Region Gävleborg beslutade den 12 mars att godkänna ett "
        "svar på remissen ”Förslag att utreda och föreslå nya regler för kollektivtrafik”.\n"
    )
    (only,) = decisions(quoted).values()
    assert only.summary.startswith("Godkänna ett svar på remissen")


def test_adopting_the_proposal_for_a_quoted_agreement_adopts_the_agreement() -> None:
    facts = facts_of(
        "Från kommunstyrelsen\n\n"
        "Kommunstyrelsen i Ljusdals kommun sammanträdde den 12 mars. Kommunstyrelsen "
        "beslutar anta förslag till ”Överenskommelse om samverkan kring skolskjutsar "
        "i Gävleborgs län”.\n"
    )
    assert decisions(facts) == {}
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert adopted.from_id == "Organization:kommun:2161:kommunstyrelsen"


def test_a_strategys_main_directions_are_its_goals_though_measures_are_named() -> None:
    facts = facts_of(
        "Ny energistrategi för kommunen\n\n"
        "Ljusdals kommun har antagit en energistrategi. Strategin rymmer åtgärder "
        "inom fyra huvudinriktningar:\n\n"
        "1. Sänk utsläppen från tunga transporter\n\n"
        "2. Bygg ut solenergin på kommunens tak\n\n"
        "3. Minska elanvändningen i skolorna\n"
    )
    goals = [n for n in facts.nodes if isinstance(n, Goal)]
    assert len(goals) == 3
    assert not [n for n in facts.nodes if isinstance(n, Activity)]
    assert len(links(facts, LinkType.HAS_GOAL)) == 3


def test_a_signing_dated_below_an_undated_caption_keeps_its_date() -> None:
    facts = facts_of(
        "Ny överenskommelse om trygghet\n\n"
        "Kommunchefen och lokalpolisområdeschefen signerar samverkansöverenskommelsen "
        "mellan Ljusdals kommun och polisen.\n\n"
        "Den 4 mars har Ljusdals kommun och Lokalpolisområde Hudiksvall undertecknat en "
        "överenskommelse om fortsatt samverkan mot brott i centrum.\n"
    )
    signed = links(facts, LinkType.SIGNED)
    dates = {k.date for k in signed if k.from_id == "Organization:kommun:2161"}
    assert "2024-03-04" in dates


def test_what_the_programme_means_names_no_programme_of_its_own() -> None:
    facts = facts_of(
        "Kulturpolitiskt program\n\n"
        "Kommunfullmäktige beslutade i juni om ett nytt kulturpolitiskt program för "
        "Ljusdals kommun.\n\n"
        "Vad innebär programmet?\n\n"
        "Programmet ska göra kulturen tillgänglig för fler.\n"
    )
    titles = [d.title for d in documents(facts).values()]
    assert titles == ["Kulturpolitiskt program för Ljusdals kommun"]


def test_a_meeting_heading_with_an_abbreviated_month_dates_its_decisions() -> None:
    facts = facts_of(
        "Nytt från kommunstyrelsen\n\n"
        "KOMMUNSTYRELSEN 12 mar\n"
        "Pengar till badhuset\n\n"
        "Kommunstyrelsen beslutar att avsätta 3 miljoner kronor till upprustning av "
        "badhuset i Ljusdal.\n"
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2024-03-12"


def test_an_abbreviated_month_inside_a_phrase_is_no_date() -> None:
    facts = facts_of(
        "Nytt från kommunstyrelsen\n\n"
        "Kommunstyrelsen beslutade den 12 mars att köpa 3 mar bilar till hemtjänsten i "
        "Ljusdals kommun.\n"
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2024-03-12"


def test_setting_a_quoted_plan_adopts_it() -> None:
    facts = facts_of(
        "Nytt från fullmäktige\n\n"
        "Kommunfullmäktige i Ljusdals kommun sammanträdde den 11 mars. "
        "Kommunfullmäktige beslutade att fastställa ”Plan för civil beredskap i "
        "Ljusdals kommun 2024\u20132027”.\n"
    )
    assert decisions(facts) == {}
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert adopted.to_id == "Document:municipal:plan:kommun:2161:2024-2027"
    assert adopted.date == "2024-03-11"


def test_a_chair_named_with_the_boards_definite_form_holds_the_role() -> None:
    facts = facts_of(
        "Klimatarbetet växlar upp\n\n"
        "\u2013 Vi måste göra det här tillsammans, säger Karin Berg (C), kommunstyrelsen "
        "ordförande i Ljusdals kommun.\n"
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert (role.from_id, role.to_id) == (
        "Person:person:karin-berg",
        "Organization:kommun:2161:kommunstyrelsen",
    )
    assert role.title == "Ordförande"


def test_a_contact_entrys_unit_on_the_line_above_the_name_holds_the_role() -> None:
    facts = facts_of(
        "Energi i skolorna\n\n"
        "Kommunen sänker elanvändningen i skolorna.\n\n"
        "Kontakt\n\n"
        "Barn- och utbildningsförvaltningen\n"
        "Karin Berg\n"
        "Energisamordnare\n"
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.to_id == "Organization:kommun:2161:barn-och-utbildningsforvaltningen"
    assert role.title == "Energisamordnare"


def test_a_titles_topic_ends_before_a_present_passive() -> None:
    facts = facts_of(
        "Klimatarbetet\n\nI Plan för energi och klimat listas nya åtgärder för fyra områden.\n"
    )
    assert [d.title for d in documents(facts).values()] == ["Plan för energi och klimat"]


def test_a_programme_adopted_on_a_day_before_its_agent_is_adopted_then() -> None:
    for agent in ("av kommunfullmäktige", "i kommunfullmäktige"):
        facts = facts_of(
            "Kulturprogram\n\n"
            f"Kulturprogrammet för Ljusdals kommun antogs den 4 mars 2024 {agent} och "
            "gäller i fyra år.\n"
        )
        (adopted,) = links(facts, LinkType.ADOPTED)
        assert adopted.from_id == "Organization:kommun:2161:kommunfullmaktige"
        assert adopted.date == "2024-03-04"


def test_an_agency_that_gets_a_task_without_i_is_given_it_by_the_government() -> None:
    facts = facts_at(
        "Regeringen satsar på unga\n\n"
        "Regeringen har utsett en särskild utredare för fritidsgårdarna. Skolverket får "
        "också uppdrag att stödja kommunerna med läxhjälp.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/03/unga",
        "2024-03-15",
    )
    tasks = [d for d in decisions(facts).values() if "Skolverket" in d.summary]
    assert len(tasks) == 1
    assert decided_by(facts, tasks[0]) == {"Organization:nationell:regeringen"}


def test_a_boards_decision_about_a_plan_as_a_noun_adopts_it() -> None:
    facts = facts_at(
        "Ny länsplan\n\n"
        "Regionstyrelsen i Region Gävleborg sammanträdde den 12 mars. En ny bro över "
        "Ljusnan finns med i regionstyrelsens beslut om en ny länsplan för "
        "transportinfrastruktur 2024\u20132027.\n",
        "https://www.regiongavleborg.se/nyheter/2024/lansplan",
        "2024-03-15",
    )
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert adopted.from_id == "Organization:region:21:regionstyrelsen"
    assert adopted.to_id == "Document:regional:plan:lan:21:2024-2027"
    assert adopted.date == "2024-03-12"


def test_an_agency_getting_a_task_in_inverted_order_did_not_decide_it() -> None:
    facts = facts_at(
        "Nya uppdrag om hälsa\n\n"
        "Regeringen har beslutat om nya uppdrag inom folkhälsan. Samtidigt får "
        "Folkhälsomyndigheten i uppdrag att stödja kommunernas arbete mot ensamhet.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/03/halsa",
        "2024-03-15",
    )
    tasks = [d for d in decisions(facts).values() if "ensamhet" in d.summary]
    assert len(tasks) == 1
    assert "Organization:nationell:folkhalsomyndigheten" not in decided_by(facts, tasks[0])


def test_signing_on_with_the_particle_pa_is_a_signing() -> None:
    facts = facts_of(
        "Klimatarbetet\n\n"
        "Fredagen den 8 mars skrev Ljusdals kommun på ett nytt klimatkontrakt med staten "
        "och Viable Cities.\n"
    )
    (signed,) = links(facts, LinkType.SIGNED)
    assert signed.from_id == "Organization:kommun:2161"
    assert signed.date == "2024-03-08"
    posted = facts_of("Klimatarbetet\n\nKommunen skrev på webben om klimatkontraktet i går.\n")
    assert links(posted, LinkType.SIGNED) == []


def test_common_given_names_open_a_contact_entry() -> None:
    for name in ("Pär Lind", "Victoria Berg", "Per-Inge Holm"):
        facts = facts_of(f"Nyheter\n\nKommunen bygger ett nytt bibliotek.\n\n{name}\nKulturchef\n")
        assert [(r.from_id.split(":")[-1], r.title) for r in links(facts, LinkType.HOLDS_ROLE)] == [
            (name.lower().replace(" ", "-").replace("ä", "a"), "Kulturchef")
        ]


def test_an_attendance_list_with_parties_between_commas_gives_the_chairs() -> None:
    facts = facts_of(
        "Kommunstyrelsen\n\n"
        "SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2024-03-12 Beslutande Ledamöter Karin "
        "Berg, C, ordförande Olof Lind, M, 1:e vice ordförande Anna Holm, S Per Ström, M\n"
    )
    roles = {(r.from_id.split(":")[-1], r.title) for r in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {("karin-berg", "Ordförande"), ("olof-lind", "1:e vice ordförande")}
    names = {n.id for n in facts.nodes if n.id.startswith("Person:")}
    assert "Person:person:ledamoter-karin-berg" not in names


def test_a_citys_borgarrad_and_stadsdirektor_hold_their_titles_at_the_city() -> None:
    facts = facts_at(
        "Budget för staden\n\n"
        "Karin Berg (S), finansborgarråd, säger att budgeten håller. Stadsdirektör Olof "
        "Lind leder arbetet med genomförandet.\n",
        "https://start.stockholm/aktuellt/nyheter/2024/03/budget",
        "2024-03-15",
    )
    held = {(r.from_id.split(":")[-1], r.to_id, r.title) for r in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {
        ("karin-berg", "Organization:kommun:0180", "Finansborgarråd"),
        ("olof-lind", "Organization:kommun:0180", "Stadsdirektör"),
    }

"""Minutes' annexes and decision sections, and passive decision leads: each mechanism on
short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from tests.ingest.helpers import decided_by, decisions, facts_at, links

MORA = "Organization:kommun:2062"
KF = f"{MORA}:kommunfullmaktige"
KS = f"{MORA}:kommunstyrelsen"
MINUTES = "https://www.mora.se/kommun/protokoll"

ANNEX = (
    "Bostadspolitiskt program\n\n"
    "Bilaga till kf prot 2019-03-18, § 31\n\n"
    "Följande mål föreslås för Mora kommun\n\n"
    "  • Fler hyresrätter ska byggas i kommunens tätorter.\n"
    "  • Alla ungdomar ska kunna få en egen bostad.\n\n"
    "Kommunfullmäktiges beslut:\n\n\n"
    "1 Bostadspolitisk målsättning för Mora kommun fastställes enligt bilaga till denna "
    "paragraf.\n\n"
    "2 Ansvaret för att genomföra målen överlämnas till respektive nämnd.\n\n"
    "3 Nämnderna får i uppdrag att till kommunfullmäktige i mars 2020 redovisa hur målen "
    "uppfylls.\n"
)


def facts_of(text: str, uri: str = MINUTES, published: str | None = None) -> SourceFacts:
    return facts_at(text, uri, published)


def _programme(facts: SourceFacts) -> Document:
    found = [n for n in facts.nodes if isinstance(n, Document) and "bostadspolitiskt" in n.id]
    assert len(found) == 1, [n.id for n in facts.nodes]
    return found[0]


def test_an_annex_header_dates_the_decisions_of_the_meeting_it_names() -> None:
    facts = facts_of(ANNEX)
    tasks = [d for d in decisions(facts).values() if "redovisa" in d.summary]
    assert len(tasks) == 1
    assert tasks[0].date == "2019-03-18"
    assert tasks[0].summary.startswith("Nämnderna")  # the item number is no part of it
    assert decided_by(facts, tasks[0]) == {KF}


def test_adopting_as_annexed_adopts_the_page_document_on_the_meeting_day() -> None:
    facts = facts_of(ANNEX)
    programme = _programme(facts)
    adopted = links(facts, LinkType.ADOPTED, KF, programme.id)
    assert [x.date for x in adopted] == ["2019-03-18"]
    assert programme.adopted_on == "2019-03-18"
    assert not any("fastställes" in d.summary for d in decisions(facts).values())


def test_adopting_as_annexed_adopts_nothing_on_a_page_that_is_no_annex() -> None:
    text = ANNEX.replace("Bilaga till kf prot 2019-03-18, § 31", "Kommunfullmäktige 2019-03-18")
    facts = facts_of(text)
    assert not links(facts, LinkType.ADOPTED, KF, _programme(facts).id)


MINUTES_TEXT = (
    "Mora kommun\n"
    "SAMMANTRÄDESPROTOKOLL\n"
    "Kommunfullmäktige\n"
    "Sammanträdesdatum 2021-04-26\n\n"
    "§ 41 Dnr KS 2020/112\n"
    "Renhållningstaxa 2022\n\n"
    "Kommunfullmäktiges beslut\n"
    "Renhållningstaxan höjs med tre procent från den 1 januari 2022.\n\n"
    "Sammanfattning\n"
    "Tekniska nämnden har sett över taxan och föreslår en höjning.\n\n"
    "§ 42 Dnr KS 2021/15\n"
    "Medborgarförslag om utegym i Noret\n\n"
    "Beslut:\n"
    "Medborgarförslaget överlämnas till tekniska nämnden för beredning.\n"
)


def test_a_decision_section_states_its_decision_without_a_decision_verb() -> None:
    facts = facts_of(MINUTES_TEXT)
    found = {d.summary: d for d in decisions(facts).values()}
    assert set(found) == {
        "Renhållningstaxan höjs med tre procent från den 1 januari 2022.",
        # a referral of the item itself names the item by its heading
        "Medborgarförslaget överlämnas till tekniska nämnden för beredning: "
        "Medborgarförslag om utegym i Noret",
    }
    for decision in found.values():
        assert decision.date == "2021-04-26"  # the meeting's, not the taxa's start
        assert decided_by(facts, decision) == {KF}


def test_the_background_of_a_section_is_no_decision() -> None:
    facts = facts_of(MINUTES_TEXT)
    assert not any("sett över" in d.summary for d in decisions(facts).values())


def test_a_decision_section_outside_minutes_states_nothing() -> None:
    text = (
        "Mora kommun\n\nNytt om renhållningen\n\nKommunfullmäktiges beslut\n"
        "Renhållningstaxan höjs med tre procent från den 1 januari 2022.\n"
    )
    assert decisions(facts_of(text, "https://www.mora.se/nyheter/taxa", "2021-04-28")) == {}


def test_a_section_whose_decision_another_rule_read_gives_no_second_one() -> None:
    text = MINUTES_TEXT.replace(
        "Medborgarförslaget överlämnas till tekniska nämnden för beredning.",
        "Kommunfullmäktige beslutar att avslå medborgarförslaget om utegym.",
    )
    summaries = [d.summary for d in decisions(facts_of(text)).values()]
    assert sum("utegym" in s for s in summaries) == 1, summaries


def test_a_passive_lead_is_cut_from_what_was_decided() -> None:
    facts = facts_of(
        "Kommunstyrelsen sammanträdde den 4 april 2023.\n\n"
        "Kommunstyrelsen beslutade att godkänna årsredovisningen för stiftelsen. Vidare "
        "beslutades att ge kommundirektören i uppdrag att utreda en ny lokal för kulturskolan.\n",
        "https://www.mora.se/nyheter/ks",
        "2023-04-05",
    )
    tasks = [d for d in decisions(facts).values() if "kulturskolan" in d.summary]
    assert [d.summary for d in tasks] == [
        "Ge kommundirektören i uppdrag att utreda en ny lokal för kulturskolan."
    ]
    assert tasks[0].date == "2023-04-04"
    assert decided_by(facts, tasks[0]) == {KS}


MEETING_NEWS = (
    "Ny ordförande i kommunstyrelsen\n\n"
    "Kommunstyrelsen i Mora sammanträdde för första gången i år.\n\n"
    "Kommunstyrelsen beslutade att utse Eva Ek till ordförande för kommunstyrelsens "
    "arbetsutskott.\n\n"
    "Läs mer\n\n"
    "{link}\n"
)


def _chair_decision_date(link: str) -> str | None:
    facts = facts_of(MEETING_NEWS.format(link=link), uri="https://www.mora.se/nyheter/ks")
    (found,) = [d for d in decisions(facts).values() if "arbetsutskott" in d.summary]
    return found.date


def test_a_line_linking_the_minutes_dates_the_meeting_the_page_reports() -> None:
    assert _chair_decision_date("Styrelseprotokoll 2024-02-06 PDF") == "2024-02-06"
    assert _chair_decision_date("Nämndprotokoll 6 februari 2024") == "2024-02-06"
    # An archive of minutes names no one meeting.
    assert _chair_decision_date("Protokoll 2024-02-06\nProtokoll 2024-03-12") is None

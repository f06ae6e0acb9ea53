"""Decisions and adoptions in the wordings of unseen pages: a compact YYMMDD meeting date,
a lead that lists a meeting's decisions, a short decision that points back to its item's
heading, the adoption of an earlier version stated as background, a need stated, a
proposal's content. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from ingest.language.dates import find_dates
from tests.ingest.helpers import decided_by, decisions, facts_at, links


def documents(facts: SourceFacts) -> list[Document]:
    return [n for n in facts.nodes if isinstance(n, Document)]


TOWN = "https://www.tranas.se/nyheter/2024/beslut"
KF = "Organization:kommun:0687:kommunfullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"


def test_a_compact_date_is_read_after_a_meeting_word_only() -> None:
    (found,) = find_dates("Kommunstyrelsen i korthet 240312")
    assert (found.value, found.rule) == ("2024-03-12", "date.compact")
    assert find_dates("Protokoll 191105")[0].value == "2019-11-05"
    assert find_dates("Telefon 240312") == []  # no meeting word before it
    assert find_dates("protokoll 240312-1234") == []  # a personal identity number
    assert find_dates("protokoll 241312") == []  # no thirteenth month


def test_a_lead_lists_the_meetings_decisions_as_att_clauses() -> None:
    facts = facts_at(
        "Beslut från kommunfullmäktige\n\n"
        "Kvällens kommunfullmäktige fattade bland annat beslut om att bygga en ny "
        "simhall, sänka taxan för förskolan och utreda om och hur biblioteket kan hålla "
        "öppet på söndagar.\n",
        TOWN,
        "2024-03-12",
    )
    found = {s.lower() for s in decisions(facts)}
    assert "bygga en ny simhall" in found, found
    assert "sänka taxan för förskolan" in found, found
    assert any(s.startswith("utreda om och hur biblioteket") for s in found), found
    for d in decisions(facts).values():
        assert decided_by(facts, d) == {KF}


def test_a_passive_lead_lists_parallel_noun_phrases() -> None:
    facts = facts_at(
        "Kommunstyrelsen i korthet 240312\n\n"
        "Vid tisdagens kommunstyrelsemöte beslutades bland annat om pengar till ett "
        "projekt om cykelleder och ett projekt om äldres hälsa.\n",
        TOWN,
        None,
    )
    found = decisions(facts)
    summaries = {s.lower() for s in found}
    assert any("cykelleder" in s and "hälsa" not in s for s in summaries), summaries
    assert any("äldres hälsa" in s and "cykelleder" not in s for s in summaries), summaries
    assert {d.date for d in found.values()} == {"2024-03-12"}  # the heading's compact date


def test_a_short_decision_takes_its_items_heading() -> None:
    facts = facts_at(
        "Kommunstyrelsen i korthet 240312\n\n"
        "Remissvar om en ny regional cykelplan\n\n"
        "Kommunen har svarat på en remiss från regionen. Kommunstyrelsen beslutade att "
        "godkänna svaret.\n",
        TOWN,
        None,
    )
    (summary,) = [s for s in decisions(facts) if s.lower().startswith("godkänna svaret")]
    assert "Remissvar om en ny regional cykelplan" in summary


def test_the_adoption_of_the_version_in_force_is_no_decision_and_no_adoption() -> None:
    facts = facts_at(
        "Kulturprogram\n\n"
        "Den 4 mars 2024 antog kommunfullmäktige i Tranås kommun ett nytt kulturprogram. "
        "Gällande kulturprogram antogs av kommunfullmäktige 2016-05-30.\n",
        TOWN,
        None,
    )
    assert not decisions(facts), list(decisions(facts))
    dates = {k.date for k in links(facts, LinkType.ADOPTED, from_id=KF)}
    assert dates == {"2024-03-04"}  # past "kommunfullmäktige i Tranås kommun"


def test_a_need_and_a_proposals_content_are_no_decisions() -> None:
    facts = facts_at(
        "Trygghet i kommunen\n\n"
        "Kommunens arbete behöver utgå från tydliga uppdrag till alla förvaltningar.\n\n"
        "Förslaget går ut på att fullmäktige beslutar att ge tekniska nämnden i uppdrag "
        "att utreda fler gatlampor.\n",
        TOWN,
        "2024-03-12",
    )
    assert not decisions(facts), list(decisions(facts))


def test_a_purpose_clause_is_not_what_parliament_decided() -> None:
    facts = facts_at(
        "Psykisk hälsa\n\n"
        "År 2010 beslutade riksdagen angående ett nationellt handlingsprogram för att "
        "stärka den psykiska hälsan.\n",
        TOWN,
        None,
    )
    assert not any("stärka den psykiska" in s for s in decisions(facts))
    adopters = {k.from_id for k in links(facts, LinkType.ADOPTED)}
    assert adopters == {"Organization:nationell:riksdagen"}


def test_a_document_after_a_fronted_clause_is_the_passive_verbs_subject() -> None:
    facts = facts_at(
        "Friluftsliv\n\n"
        "För att nå visionen i Tranåsstrategin 2035 antogs i april 2024 "
        'handlingsplanen "Ut i naturen 2024-2027". Planen gäller hela kommunen.\n',
        TOWN,
        None,
    )
    dated = {n.title: n.adopted_on for n in documents(facts)}
    assert [d for t, d in dated.items() if t.startswith("Ut i naturen")] == ["2024-04-01"], dated
    assert not any(t.startswith("Tranåsstrategin") and d for t, d in dated.items()), dated


def test_a_parenthesis_opens_the_participle_with_its_compact_date() -> None:
    facts = facts_at(
        "Trygghet\n\n"
        "I Tranås kommuns trygghetsstrategi (beslutad av kommunfullmäktige 240304, § 21) "
        "finns fem mål.\n",
        TOWN,
        None,
    )
    assert {k.date for k in links(facts, LinkType.ADOPTED, from_id=KF)} == {"2024-03-04"}

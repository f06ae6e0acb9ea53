"""A meeting's body is its owner, not a body whose thing the meeting discussed; a
document's title ends where a second infinitive clause begins; a strategy for a policy
area is the country's. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Document, Organization
from tests.ingest.helpers import decided_by, decisions, facts_at, links

TOWN = "https://www.tranas.se/nyheter/styrelsen"
KS = "Organization:kommun:0687:kommunstyrelsen"
KF = "Organization:kommun:0687:kommunfullmaktige"


def _lowered(facts: SourceFacts) -> dict[str, Decision]:
    """The page's decisions by their summary in lower case."""
    return {s.lower(): d for s, d in decisions(facts).items()}


def _decision(facts: SourceFacts, words: str, *, opening: bool = False) -> Decision:
    """The first decision whose lower-cased summary holds (`opening`: opens with) `words`."""
    found = _lowered(facts)
    hits = [d for s, d in found.items() if (s.startswith(words) if opening else words in s)]
    assert hits, (words, sorted(found))
    return hits[0]


def test_a_genitive_thing_in_the_meeting_sentence_is_not_the_meetings_body() -> None:
    facts = facts_at(
        "Kommunstyrelsens beslut i korthet\n\n"
        "Publicerad 2024-03-07 15:28\n"
        "I dag, den 7 mars 2024, har kommunstyrelsen haft sammanträde. Mötet behandlade bland "
        "annat årsredovisning 2023, samråd om vindkraft och synpunkter i Trafikverkets arbete "
        "med planen för 2026-2037.\n\n"
        "Ärende 1 \u2013 Årsredovisning 2023 Tranås kommun\n\n"
        "Kommunstyrelsen föreslår kommunfullmäktige besluta:\n"
        " • Årsredovisningen godkänns. \n"
        " • Återrapportering av uppdraget att minska sjukfrånvaron tas emot. Samtliga nämnder "
        "får i uppdrag att ta fram åtgärder mot underskottet.\n",
        TOWN,
        "2024-03-07",
    )
    decision = _decision(facts, "årsredovisningen godkänns", opening=True)
    assert "Organization:nationell:trafikverket" not in decided_by(facts, decision)
    assert decided_by(facts, decision) == {KS}
    assert decision.date == "2024-03-07"


def test_a_genitive_before_an_adjective_and_the_meeting_word_owns_the_meeting() -> None:
    facts = facts_at(
        "Nytt från fullmäktige\n\n"
        "Kommunfullmäktiges sista sammanträde den 18 december inleddes med sång.\n\n"
        "Vid sammanträdet behandlades bland annat följande ärenden:\n\n"
        " • Tranås kommun ställer sig positiv till ett regionalt samarbete om cykelleder.\n",
        TOWN,
        "2023-12-19",
    )
    decision = _decision(facts, "cykelleder")
    assert decided_by(facts, decision) == {KF}
    assert decision.date == "2023-12-18"


def test_a_title_ends_before_a_second_infinitive_clause() -> None:
    facts = facts_at(
        "Kultur- och fritidsnämnden beslutade den 15 mars 2018 att godkänna ett förslag till "
        "kulturpolitiskt program för Tranås kommun samt att skicka det till "
        "kommunfullmäktige för fastställande.\n",
        TOWN,
        "2018-03-16",
    )
    titles = [n.title for n in facts.nodes if isinstance(n, Document)]
    assert titles == ["Kulturpolitiskt program för Tranås kommun"], titles
    doc = next(n for n in facts.nodes if isinstance(n, Document))
    approving = [s for s in decisions(facts) if s.lower().startswith("godkänna")]
    assert approving, sorted(decisions(facts))
    decision = decisions(facts)[approving[0]]
    assert links(facts, LinkType.CONCERNS, decision.id, doc.id)


def test_a_strategy_for_a_policy_area_is_the_countrys_on_a_county_boards_page() -> None:
    facts = facts_at(
        "ANDTS-samordning\n\n"
        "Länsstyrelsen samordnar arbetet i länet utifrån Samlad strategi för alkohol-, "
        "narkotika-, dopnings- och tobakspolitiken 2022-2025.\n",
        "https://www.lansstyrelsen.se/orebro/tjanster/andts.html",
        "2024-02-01",
    )
    ids = [n.id for n in facts.nodes if isinstance(n, Document)]
    assert ids == ["Document:national:strategy:se:2022-2025"], ids


def test_guidelines_for_a_policy_area_stay_the_municipalitys() -> None:
    facts = facts_at(
        "Kommunfullmäktige antog i dag nya Riktlinjer för bostadspolitiken.\n",
        TOWN,
        "2024-02-01",
    )
    ids = [n.id for n in facts.nodes if isinstance(n, Document)]
    assert ids and all(i.startswith("Document:municipal:") for i in ids), ids


def test_a_pair_name_written_without_the_space_after_its_hyphen_is_one_body() -> None:
    facts = facts_at(
        "Kultur-och bildningsnämnden beslutade den 1 december 2020 att fördela 10 miljoner "
        "kronor till föreningar.\n",
        "https://www.regiondalarna.se/press/nyheter/kortfattat",
        "2020-12-01",
    )
    bodies = {
        n.id: n.name
        for n in facts.nodes
        if isinstance(n, Organization) and n.id.startswith("Organization:region:20:")
    }
    assert bodies == {
        "Organization:region:20:kultur-och-bildningsnamnden": "Kultur- och bildningsnämnden"
    }
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:region:20:kultur-och-bildningsnamnden"}


def test_saying_yes_to_a_proposal_is_a_decision_and_to_a_programme_an_adoption() -> None:
    facts = facts_at(
        "Rapport från kommunstyrelsen\n\n"
        "Kommunstyrelsen sammanträdde under tisdagen. Styrelsen sa även ja till ett "
        "tilläggsyrkande om ökat fokus på folkhälsan i Lit.\n\n"
        "Kommunfullmäktige sa ja till Trafikförsörjningsprogrammet för 2024-2030.\n",
        TOWN,
        "2023-12-05",
    )
    found = _lowered(facts)
    assert decided_by(facts, _decision(facts, "tilläggsyrkande")) == {KS}
    assert not [s for s in found if "trafikförsörjningsprogram" in s], sorted(found)
    doc = next(n for n in facts.nodes if isinstance(n, Document))
    assert links(facts, LinkType.ADOPTED, KF, doc.id)


def test_a_document_also_named_by_another_noun_is_one_document() -> None:
    facts = facts_at(
        "Fullmäktige godkände i kväll riktlinjer för äldreomsorgen även benämnt "
        "Äldreomsorgsprogram 2026-2030.\n",
        TOWN,
        "2025-09-16",
    )
    ids = [n.id for n in facts.nodes if isinstance(n, Document)]
    assert ids == ["Document:municipal:programme:kommun:0687:aldreomsorgs:2026-2030"], ids


def test_a_headlines_state_word_ends_the_title() -> None:
    facts = facts_at("Program för en ny översiktsplan 2050 klart\n\nText om planen.\n", TOWN, None)
    titles = [n.title for n in facts.nodes if isinstance(n, Document)]
    assert "Program för en ny översiktsplan 2050 klart" not in titles, titles


def test_a_link_label_glued_to_a_name_is_blanked_and_offsets_kept() -> None:
    text = (
        "Projektets mål ligger i linje med Tranåsstrateginlänk till annan webbplats, öppnas i "
        "nytt fönster och dess prioriterade områden.\n"
    )
    facts = facts_at(text, TOWN, "2019-06-11")
    assert len(facts.source.text) == len(text)
    assert "länk till annan webbplats" not in facts.source.text
    titles = [n.title for n in facts.nodes if isinstance(n, Document)]
    assert titles == ["Tranåsstrategin"], titles


def test_present_tense_approval_adopting_no_document_and_a_decision_after_an_adverb() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige\n\n"
        "Kommunfullmäktige har antagit en ny logotyp för Tranås kommun. "
        "Kommunstyrelsen godkänner köpekontraktet för fastigheten vid kanalen. "
        "Kommunstyrelsen har idag fattat beslut om årets bidrag till föreningarna.\n\n"
        "Genom att stanna på sidan godkänner du att vi sparar kakor.\n",
        TOWN,
        "2024-05-16",
    )
    found = _lowered(facts)
    for words, body in (("logotyp", KF), ("köpekontraktet", KS), ("bidrag", KS)):
        assert decided_by(facts, _decision(facts, words)) == {body}
    assert not [s for s in found if "kakor" in s], sorted(found)


def test_an_appointment_a_consultation_answer_and_a_repeal_are_decisions() -> None:
    facts = facts_at(
        "Regeringen utser Eva Ek till ordförande i rådet för funktionshinderfrågor.\n\n"
        "Regionstyrelsen yttrade sig över remissen om länsplanen för transportinfrastruktur.\n\n"
        "Regionstyrelsen upphävde sitt tidigare beslut om taxor.\n",
        "https://www.regionvarmland.se/nyheter/x",
        "2024-05-16",
    )
    rs = "Organization:region:17:regionstyrelsen"
    cases = (("eva ek", "Organization:nationell:regeringen"), ("remissen", rs), ("taxor", rs))
    for words, body in cases:
        assert decided_by(facts, _decision(facts, words)) == {body}


def test_a_definite_task_received_is_the_givers_decision() -> None:
    facts = facts_at(
        "Nu har regeringen gett Länsstyrelsen i Uppsala län uppdraget att sammanställa "
        "förslag på styrmedel för klimatomställningen.\n\n"
        "Det ena av målen ger oss uppdraget att arbeta mot våld.\n",
        "https://www.lansstyrelsen.se/uppsala/nyheter/x",
        "2021-04-06",
    )
    found = _lowered(facts)
    assert not [s for s in found if "ger oss" in s], sorted(found)
    assert decided_by(facts, _decision(facts, "styrmedel")) == {"Organization:nationell:regeringen"}


def test_the_condition_of_a_decision_is_no_decision_of_its_own() -> None:
    facts = facts_at(
        "Socialnämnden beslutade att Tranås kommun ska ingå i Barnahus Jönköping. Beslutet "
        "gäller under förutsättning att kommunfullmäktige beviljar medel i budgeten.\n",
        TOWN,
        "2024-05-16",
    )
    found = _lowered(facts)
    assert [s for s in found if "barnahus" in s], sorted(found)
    assert not [s for s in found if s.startswith("beslutet gäller")], sorted(found)


def test_a_consultation_meeting_dates_no_decision_of_the_board() -> None:
    facts = facts_at(
        "Sammanfattning från kommunstyrelsens möte 17 mars 2016\n\n"
        "Detaljplan för hamnen\n\n"
        "Byggnadsnämnden har tagit fram ett planförslag för hamnen. Ett "
        "samrådsmöte har ägt rum i Pumphuset den 4 februari 2016.\n\n"
        "Kommunstyrelsen beslutade att godkänna detaljplanen för hamnen utan erinran.\n",
        TOWN,
        None,
    )
    decision = _decision(facts, "erinran")
    assert decision.date == "2016-03-17"


def test_a_day_right_after_the_verb_wins_over_a_flattened_headings_day() -> None:
    facts = facts_at(
        "Intern kontroll Dnr KS 2015/0259 Bolagets skrivelse den 21 maj Kommunstyrelsen "
        "beslutade den 7 april 2015 att uppdra åt bolaget att under hösten redovisa planen.\n",
        TOWN,
        "2015-06-02",
    )
    decision = _decision(facts, "uppdra")
    assert decision.date == "2015-04-07"


def test_adopting_the_proposal_adopts_the_pages_document() -> None:
    facts = facts_at(
        "Riktlinjer för bostadsförsörjning\n\n"
        "Under våren tog kontoret fram ett förslag, och i juni beslutade nämnden att skicka "
        "förslaget på remiss.\n\n"
        "I december beslutade fullmäktige enhälligt att anta det nya förslaget.\n",
        TOWN,
        "2021-01-10",
    )
    (doc,) = [n for n in facts.nodes if isinstance(n, Document)]
    (adopted,) = links(facts, LinkType.ADOPTED, KF, doc.id)
    assert adopted.date == "2020-12-01"
    assert not [s for s in decisions(facts) if "förslaget" in s.lower() and "anta" in s.lower()]


def test_each_document_takes_the_date_of_its_own_adoption_participle() -> None:
    facts = facts_at(
        "Arbetet vilar på Äldrestrategi för Tranås 2005-2012 (antagen av Kommunfullmäktige "
        "2004-11-22) samt Handlingsplan för äldreomsorgen 2008-2011 (antagen av "
        "Kommunfullmäktige 2008-05-19).\n",
        TOWN,
        "2016-05-01",
    )
    dates = {k.to_id.rsplit(":", 1)[-1]: k.date for k in links(facts, LinkType.ADOPTED, KF)}
    assert dates == {"2005-2012": "2004-11-22", "2008-2011": "2008-05-19"}, dates


def test_a_county_board_named_by_its_county_alone_is_that_countys() -> None:
    facts = facts_at(
        "Rubrik\n\nRådet leds av landshövding Eva Ek vid Länsstyrelsen i Blekinge.\n",
        "https://www.soderhamn.se/nyheter/x",
        "2024-02-01",
    )
    assert links(facts, LinkType.HOLDS_ROLE, "Person:person:eva-ek", "Organization:lansstyrelse:10")
    assert not [n for n in facts.nodes if n.id == "Organization:lansstyrelse:21"]


def test_a_chair_of_a_pair_named_committee_in_apposition() -> None:
    facts = facts_at(
        "Rubrik\n\nAnna Berg, kultur- och fritidsnämndens ordförande, säger att det är bra.\n",
        TOWN,
        "2024-02-01",
    )
    body = "Organization:kommun:0687:kultur-och-fritidsnamnden"
    assert links(facts, LinkType.HOLDS_ROLE, "Person:person:anna-berg", body)


def test_an_adoption_in_a_relative_clause_is_no_decision() -> None:
    facts = facts_at(
        "Detta är målet för den plan mot brott som kommunen, regionen och polisen i "
        "Skåne nu har antagit.\n",
        "https://www.lansstyrelsen.se/skane/nyheter/x",
        "2018-06-15",
    )
    assert not decisions(facts), sorted(decisions(facts))

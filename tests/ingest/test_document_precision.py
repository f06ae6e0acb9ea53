"""Which document mentions become documents, and who issued them, on invented texts.

Classes from the dev sets' document errors (issue 9): a genre noun said of a document
still to be made, a definite noun coordinated with a named one, a described headline
and its named document, a case number before "antagen av", a minutes heading run into
a title, and makers named through an assignment or "upprättade". Every sentence is
made up.
"""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import DocumentKind
from tests.ingest.helpers import documents, facts_at, links

ALE_SITE = "https://www.ale.se/nyheter/sida"
GOV_SITE = "https://www.regeringen.se/pressmeddelanden/2024/03/sida/"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    return facts_at(text, uri, "2025-03-01")


def _kinds(facts: SourceFacts) -> set[DocumentKind]:
    return {d.kind for d in documents(facts).values()}


def test_a_genre_noun_under_a_modal_names_a_document_to_be_made() -> None:
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog i dag en ny friluftsstrategi. Nytt är att "
        "en handlingsplan ska kopplas till friluftsstrategin. Friluftsstrategin och "
        "handlingsplanen behöver nu bli kända i föreningslivet."
    )
    assert _kinds(facts) == {DocumentKind.STRATEGY}


def test_a_genre_noun_that_a_text_is_the_basis_for_is_no_document() -> None:
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog i dag en ny friluftsstrategi. Strategin ska "
        "sedan utgöra ett underlag för ett gemensamt åtgärdsprogram så att fler rör sig ute."
    )
    assert _kinds(facts) == {DocumentKind.STRATEGY}


def test_an_existing_genre_noun_stays_a_document() -> None:
    # (one tied to nothing is dropped as a mention of the genre: ingest.generic_documents)
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog i dag en ny friluftsstrategi. Ale kommun "
        "har sedan våren 2016 en handlingsplan som beskriver åtgärderna."
    )
    assert DocumentKind.ACTION_PLAN in _kinds(facts)


def test_a_body_that_adds_a_genre_noun_makes_a_document() -> None:
    facts = _facts(
        "Ale kommun\n\nI maj antog kommunen en riktlinje mot nedskräpning. Nu kompletterar "
        "Kommunstyrelsen den med en handlingsplan som ska gälla i två år."
    )
    assert DocumentKind.ACTION_PLAN in _kinds(facts)


def test_a_described_headline_folds_into_the_named_document() -> None:
    facts = _facts(
        "Regeringen presenterar nytt friluftspolitiskt program\n\n"
        "I dag överlämnas regeringens friluftspolitiska program Ute för alla till "
        "riksdagen. Programmet ska gälla i tio år.",
        GOV_SITE,
    )
    programmes = [d for d in documents(facts).values() if d.kind is DocumentKind.PROGRAMME]
    assert [d.title for d in programmes] == ["Ute för alla"]


def test_a_case_number_before_the_adopter_keeps_the_document() -> None:
    facts = _facts(
        "Beslut 1. Policy för friluftsliv antas. 2. Handlingsplan för friluftsliv "
        "(KS/2011:325) antagen av kommunfullmäktige den 17 maj 2011, upphävs.",
    )
    titles = {d.title for d in documents(facts).values()}
    assert "Handlingsplan för friluftsliv" in titles


def test_a_minutes_heading_run_into_a_title_is_cut() -> None:
    facts = _facts(
        "Ärenden Kommunfullmäktiges beslut , Riktlinjer för lokalt friluftsliv "
        "Kommunfullmäktiges beslut , Svar på motion om badplatser"
    )
    titles = {d.title for d in documents(facts).values()}
    assert "Riktlinjer för lokalt friluftsliv" in titles
    assert not any("beslut" in t for t in titles)


def test_the_assignee_not_the_assigner_issued_the_document() -> None:
    facts = _facts(
        "Folkhälsomyndigheten fick under 2022 i uppdrag av regeringen att ta fram en "
        "nationell handlingsplan för friluftsliv. Handlingsplanen ska stödja regionerna.",
        "https://www.folkhalsomyndigheten.se/nyheter/sida/",
    )
    issued = links(facts, LinkType.ISSUED)
    assert {k.from_id for k in issued} == {"Organization:nationell:folkhalsomyndigheten"}


def test_a_future_assignment_names_no_maker() -> None:
    facts = _facts(
        "Folkhälsomyndigheten får i uppdrag att ta fram en nationell handlingsplan för "
        "friluftsliv.",
        "https://www.regeringen.se/pressmeddelanden/2024/03/sida/",
    )
    assert DocumentKind.ACTION_PLAN in _kinds(facts)  # named, but not made yet
    assert not [
        k for k in links(facts, LinkType.ISSUED) if k.evidence.rule == "relation.issued.assigned"
    ]


def test_the_body_that_drew_up_a_proposal_issued_the_document() -> None:
    facts = _facts(
        "Ale kommun\n\nUnder 2019 upprättade kommunstyrelsen ett förslag till "
        "handlingsprogram för friluftsliv 2019-2025. Förslaget antogs av fullmäktige."
    )
    issued = links(facts, LinkType.ISSUED)
    assert [k.from_id for k in issued] == ["Organization:kommun:1440:kommunstyrelsen"]


def test_the_body_answerable_for_a_programme_issued_it() -> None:
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog i dag ett nytt friluftsprogram. Ansvarig för "
        "friluftsprogrammet är Kommunstyrelsen."
    )
    issued = links(facts, LinkType.ISSUED)
    assert "Organization:kommun:1440:kommunstyrelsen" in {k.from_id for k in issued}


def test_answering_for_carrying_a_plan_out_is_no_authorship() -> None:
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog i dag en ny friluftsplan. Kommunstyrelsen är "
        "ansvarig för att friluftsplanen genomförs och för uppföljningen av friluftsplanen."
    )
    assert not [
        k for k in links(facts, LinkType.ISSUED) if k.evidence.rule == "relation.issued.responsible"
    ]

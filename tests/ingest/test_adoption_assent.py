"""Adoptions first missed on development pages (forty-second session): assent ("Bifall för
ks förslag om X", "bifall till ett nytt X") under a council's report, the body before
"förslag" only proposing; a meeting named by its compound ("Kommunfullmäktigesammanträde
26 februari"); a document repeated with its topic cut short; the council adopting a
committee's proposal for a new plan; a plan's name holding the municipality ("Översikts-
planen Kommunen X 2030"). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import documents, facts_at, links

SITE = "https://www.alingsas.se/nyheter/kf-i-korthet"
KF = "Organization:kommun:1489:kommunfullmaktige"


def _facts(text: str) -> SourceFacts:
    return facts_at(text, SITE, "2019-02-27")


def _adopted(facts: SourceFacts) -> list[tuple[str, str | None]]:
    return [(x.from_id, x.date) for x in links(facts, LinkType.ADOPTED)]


def test_assent_to_the_boards_proposal_is_the_councils_adoption() -> None:
    facts = _facts(
        "Kommunfullmäktiges beslut i korthet\n\n"
        "Kommunfullmäktigesammanträde 26 februari.\n\n"
        "Beslut i korthet:\n"
        " • Bifall för ks förslag om riktlinjer för markanvisningar\n"
    )
    (doc,) = documents(facts).values()
    assert doc.title == "Riktlinjer för markanvisningar"
    assert _adopted(facts) == [(KF, "2019-02-26")]
    assert not [n for n in facts.nodes if n.id.startswith("Decision:")]


def test_assent_to_a_new_programme_in_a_summary_is_an_adoption() -> None:
    facts = _facts(
        "Fullmäktige i korthet\n\n"
        "Nya lokaler för kulturskolan och bifall till ett nytt bostadsförsörjningsprogram. "
        "Det är två av de ärenden som kommunfullmäktige behandlade på sitt sammanträde "
        "den 25 februari."
    )
    assert _adopted(facts) == [(KF, "2019-02-25")]


def test_assent_after_a_motion_naming_the_municipality_is_still_the_councils() -> None:
    facts = _facts(
        "Kommunfullmäktiges beslut i korthet\n\n"
        "Kommunfullmäktigesammanträde 26 februari.\n\n"
        "Eva Ek (C) yrkade på att kf beslutar att se över gatubelysningen i kommunen, "
        "i enlighet med en skrivelse.\n"
        "   Beslut: Förslaget överlämnas till ks för beredning och beslut.\n\n"
        "Beslut i korthet:\n\n"
        " • Bifall för ks förslag om riktlinjer för markanvisningar\n"
    )
    assert _adopted(facts) == [(KF, "2019-02-26")]


def test_a_compound_meeting_names_its_body() -> None:
    facts = _facts(
        "Alingsås kommun\n\n"
        "Kommunstyrelsesammanträde 12 februari.\n\n"
        "Övriga beslut:\n"
        " • Bifall för förvaltningens förslag om riktlinjer för föreningsbidrag\n\n"
        "Protokollet från kommunstyrelsen publiceras på webbplatsen.\n"
    )
    assert _adopted(facts) == [("Organization:kommun:1489:kommunstyrelsen", "2019-02-12")]


def test_a_document_repeated_with_its_topic_cut_short_is_the_same_one() -> None:
    facts = _facts(
        "Kommunen antar hållbarhetslöften\n\n"
        "Alingsås kommun antar hållbarhetslöften för minskad klimatpåverkan och hållbar "
        "samhällsutveckling.\n\n"
        "Kommunfullmäktige har den 13 november 2018 beslutat att anta hållbarhetslöften för "
        "minskad klimatpåverkan, i åtta delar."
    )
    (doc,) = documents(facts).values()
    assert doc.title.endswith("för minskad klimatpåverkan och hållbar samhällsutveckling")
    assert (KF, "2018-11-13") in _adopted(facts)


def test_the_council_adopting_a_committees_proposal_adopts_the_plan() -> None:
    facts = _facts(
        "Ny översiktsplan\n\n"
        "I februari 2018 antog kommunfullmäktige miljö- och samhällsberedningens förslag "
        "till ny översiktsplan för Alingsås kommun."
    )
    (doc,) = documents(facts).values()
    assert _adopted(facts) == [(KF, "2018-02-01")]
    assert doc.adopted_on == "2018-02-01"


def test_a_plans_name_holding_the_municipality_titles_it() -> None:
    facts = _facts("Översiktsplanen Kommunen Alingsås 2030 antogs av kommunfullmäktige 2018-06-17.")
    (doc,) = documents(facts).values()
    assert doc.title == "Kommunen Alingsås 2030"
    assert _adopted(facts) == [(KF, "2018-06-17")]


def test_adopting_a_compound_with_a_shared_part_is_no_decision_too() -> None:
    facts = _facts(
        "Kommunfullmäktige fastställde Alingsås kommuns Krisberedskap- och "
        "kriskommunikationsplan för 2019-2022."
    )
    (doc,) = documents(facts).values()
    assert doc.title.startswith("Krisberedskap- och kriskommunikationsplan")
    assert {x.from_id for x in links(facts, LinkType.ADOPTED)} == {KF}
    assert not [n for n in facts.nodes if n.id.startswith("Decision:")]

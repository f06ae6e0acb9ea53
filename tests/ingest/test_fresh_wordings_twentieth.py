"""Wordings first met on development pages in the twentieth session (2026-12-01).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Initiative, Person
from tests.ingest.helpers import decisions, documents, facts_at, links

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
REGIONAL = "https://www.regionsormland.se/nyheter/2024/ny-plan"


def _adoptions(
    text: str, uri: str = MUNICIPAL, published: str | None = "2024-05-02"
) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, uri, published)
    return {
        (k.from_id.rsplit(":", 1)[-1], k.to_id.rsplit(":", 1)[-1], k.date)
        for k in links(facts, LinkType.ADOPTED)
    }


def test_a_version_number_belongs_to_a_project_name() -> None:
    facts = facts_at(
        "Region Sörmland\n\nRegionstyrelsen i korthet\n\n"
        "Regionstyrelsen beslutade att ge projektet Sörmlandsleden 3.0 2 miljoner kronor.\n\n"
        "Regionstyrelsen beviljar också medel till projektet Smart Mat 2.0. Det drivs av Flen.\n",
        REGIONAL,
        "2024-05-02",
    )
    names = {n.name for n in facts.nodes if isinstance(n, Initiative)}
    assert names == {"Sörmlandsleden 3.0", "Smart Mat 2.0"}


def test_a_date_label_below_the_adopting_body_dates_the_page_document() -> None:
    text = (
        "Flens kommun\n\nPlan för trygghet i Flens kommun\n\n"
        "Fastställd av: Kommunfullmäktige\nFastställt: 2023-03-14, §31\n"
        "Ansvarig för revidering: Kommunstyrelsen\n\n"
        "Planen beskriver hur kommunen arbetar för trygghet i alla kommundelar.\n"
    )
    assert _adoptions(text, "https://www.flen.se/styrdokument/plan-for-trygghet", None) == {
        ("kommunfullmaktige", "plan-for-trygghet-i-flens-kommun", "2023-03-14")
    }


def test_a_quoted_subtitle_between_document_and_passive_adoption() -> None:
    text = (
        "Ny plan antogs av regionfullmäktige\n\n2024-04-16 Pressmeddelande\n\n"
        "Region Sörmlands kulturplan 2025\u20132028, \u201dKultur nära alla\u201d, "
        "har idag antagits av regionfullmäktige.\n\n"
        "Planen gäller från januari.\n"
    )
    assert _adoptions(text, REGIONAL, "2024-04-16") == {
        ("regionfullmaktige", "2025-2028", "2024-04-16")
    }


def test_a_day_between_the_decision_verb_and_the_adoption_infinitive() -> None:
    text = (
        "Flens kommun\n\nNyheter\n\n"
        "Kommunfullmäktige beslutade 2024-02-19 att godkänna inriktningen i "
        "Äldreomsorgsplanen för Flens kommun.\n"
    )
    found = _adoptions(text)
    assert {(body, date) for body, _, date in found} == {("kommunfullmaktige", "2024-02-19")}


def test_a_bare_document_noun_opening_a_sentence_is_a_title() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "Handlingsplan för hemlöshet antogs av kommunfullmäktige i mars.\n\n"
        "Riktlinjer för markanvisning gäller från 2025.\n",
        MUNICIPAL,
        "2024-05-02",
    )
    titles = {d.title for d in documents(facts).values()}
    assert titles == {"Handlingsplan för hemlöshet", "Riktlinjer för markanvisning"}


def test_what_the_law_asks_of_every_municipality_names_no_document() -> None:
    # A guard for the rule above: a modal after the bare noun states a duty, not a title.
    facts = facts_at(
        "Flens kommun\n\nBostadsförsörjning\n\n"
        "Lagen ställer krav på kommunens planering av boendet. "
        "Riktlinjer för bostadsförsörjning ska varje mandatperiod tas av fullmäktige.\n",
        MUNICIPAL,
        "2024-05-02",
    )
    assert documents(facts) == {}


def _roles(text: str, uri: str) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, uri, "2024-05-02")
    return {
        (k.from_id.rsplit(":", 1)[-1], k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)
    }


def test_a_chair_with_no_body_named_belongs_to_the_committee_in_the_address() -> None:
    text = (
        "Hoppa över navigering\n\nÄrenden\n\n"
        "Beredning har skett den 3 april med ordförande Lena Holm (C) och "
        "1:e vice ordförande Per Ström (S).\n\n"
        "Tekniska nämndens budget för 2025 redovisades.\n"
    )
    uri = "https://meetingsplus.flen.se/committees/tekniska-namnden/mote-2024-04-10"
    assert _roles(text, uri) == {
        ("lena-holm", "Organization:kommun:0482:tekniska-namnden", "Ordförande"),
        ("per-strom", "Organization:kommun:0482:tekniska-namnden", "1:e vice ordförande"),
    }
    # the same words on a page whose address names no committee give no guess
    assert _roles(text, "https://www.flen.se/nyheter/arenden") == set()


def test_members_listed_under_a_heading_belong_to_the_body_it_names() -> None:
    text = (
        "Flens kommun\n\nKommunfullmäktige i korthet\n\n"
        "Kommunfullmäktige beslutade om flera val.\n\n"
        "Beredningen för ny översiktsplan 2040\n"
        "Olle Berg (L) ordförande, Stina Dahl (S) vice ordförande samt övriga ledamöter "
        "Maj Ek (C) och Bo Lund (M).\n"
    )
    body = "Organization:kommun:0482:beredningen-for-ny-oversiktsplan-2040"
    assert _roles(text, MUNICIPAL) == {
        ("olle-berg", body, "Ordförande"),
        ("stina-dahl", body, "Vice ordförande"),
        ("maj-ek", body, "Ledamot"),
        ("bo-lund", body, "Ledamot"),
    }


def test_everyone_elected_to_a_title_in_one_list_holds_it() -> None:
    text = (
        "Flens kommun\n\nKommunfullmäktige i korthet\n\n"
        "Till ersättare i socialnämnden valdes Ida Berg (C), Olof Strand (V) och Nils Ring (M).\n"
    )
    body = "Organization:kommun:0482:socialnamnden"
    assert _roles(text, MUNICIPAL) == {
        ("ida-berg", body, "Ersättare"),
        ("olof-strand", body, "Ersättare"),
        ("nils-ring", body, "Ersättare"),
    }


def test_the_one_who_takes_a_seat_holds_it() -> None:
    text = (
        "Flens kommun\n\nKommunfullmäktige i korthet\n\n"
        "Ida Berg (C) ersätter Olof Strand (V) som ledamot i socialnämnden.\n"
    )
    assert _roles(text, MUNICIPAL) == {
        ("ida-berg", "Organization:kommun:0482:socialnamnden", "Ledamot")
    }


def test_a_party_set_after_a_comma_is_the_party() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "Det här är ett viktigt steg, säger kommunstyrelsens ordförande Ida Berg, (C).\n",
        MUNICIPAL,
        "2024-05-02",
    )
    assert {(p.name, p.party) for p in facts.nodes if isinstance(p, Person)} == {("Ida Berg", "C")}


def test_the_body_whose_decision_a_document_starts_from_did_not_make_it() -> None:
    facts = facts_at(
        "Flens kommun\n\nFolkhälsoplan\n\n"
        "Utifrån kommunfullmäktiges beslut har kommunstyrelsen tagit fram en folkhälsoplan "
        "för 2025.\n",
        MUNICIPAL,
        "2024-05-02",
    )
    makers = {k.from_id for k in links(facts, LinkType.ISSUED)}
    assert makers == {"Organization:kommun:0482:kommunstyrelsen"}


def test_a_list_line_naming_an_unread_organisation_gives_the_site_no_role() -> None:
    text = (
        "Regeringskansliet\n\nPressmeddelande\n\nRegeringen utser ledamöter i rådet. De är:\n\n"
        "  • Enhetschef Eva Ström, Boverket\n"
        "  • Professor Nils Berg, Nordiska klimatcentret, SMHI\n"
    )
    assert _roles(text, "https://www.regeringen.se/pressmeddelanden/2024/05/rad/") == {
        ("eva-strom", "Organization:nationell:boverket", "Enhetschef")
    }


def test_every_body_listed_in_a_relative_clause_adopts_the_document() -> None:
    text = (
        "Region Sörmland\n\nNyheter\n\n"
        "Region Sörmland har tagit fram en handlingsplan mot brott.\n\n"
        "Handlingsplanen som Region Sörmland och Länsstyrelsen Södermanland nu har antagit "
        "ska minska brottsligheten.\n"
    )
    facts = facts_at(text, REGIONAL, "2024-05-02")
    assert {k.from_id for k in links(facts, LinkType.ADOPTED)} == {
        "Organization:region:04",
        "Organization:lansstyrelse:04",
    }


def test_the_day_a_document_starts_to_apply_is_no_adoption_date() -> None:
    text = (
        "Flens kommun\n\nKommunfullmäktige 14 september 2023\n\n"
        "Kommunfullmäktige beslutar att godkänna överenskommelsen om skolskjuts "
        "som börjar gälla den 1 januari 2024.\n"
    )
    assert {date for _, _, date in _adoptions(text, published=None)} == {"2023-09-14"}


def test_a_committee_of_the_board_in_the_genitive_holds_the_meeting() -> None:
    facts = facts_at(
        "Flens kommun\n\nPublicerad\n\nLokaler\n\n"
        "Ett urval av frågorna som togs upp vid kommunstyrelsens arbetsutskotts "
        "sammanträde 2024-09-16:\n\nFöreningsstöd\n\n"
        "Kommunstyrelsens arbetsutskott beslutade att förlänga stödet till föreningslivet.\n",
        MUNICIPAL,
        None,
    )
    assert {d.date for d in decisions(facts).values()} == {"2024-09-16"}


def test_voting_a_plan_through_and_giving_it_the_green_light_adopt_it() -> None:
    text = (
        "Flens kommun\n\nNyheter\n\n"
        "Kommunfullmäktige röstade igenom den nya översiktsplanen för Flens kommun.\n\n"
        "Kommunstyrelsen har gett klartecken till en ny bostadsförsörjningsplan.\n"
    )
    assert {(body, doc) for body, doc, _ in _adoptions(text)} == {
        ("kommunfullmaktige", "oversiktsplan-for-flens-kommun"),
        ("kommunstyrelsen", "bostadsforsorjningsplan"),
    }


def test_a_plan_voted_through_at_the_council_is_adopted_there_and_is_no_decision() -> None:
    text = (
        "Flens kommun\n\nNyheter\n\n"
        "Ny biblioteksplan röstades igenom på kommunfullmäktige den 10 december.\n\n"
        "Ny kulturplan klubbades på kommunfullmäktige i måndags.\n"
    )
    facts = facts_at(text, MUNICIPAL, "2024-12-12")
    assert {(k.to_id.rsplit(":", 1)[-1], k.date) for k in links(facts, LinkType.ADOPTED)} == {
        ("biblioteksplan", "2024-12-10"),
        ("kulturplan", "2024-12-09"),
    }
    assert decisions(facts) == {}


def test_permits_tasks_and_choices_of_a_body_are_decisions() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n"
        "Byggnadsnämnden har beviljat bygglov för ett nytt äldreboende i Malmköping.\n\n"
        "Kommunstyrelsen har tilldelat Flens Bostäder uppdraget att bygga 40 lägenheter.\n\n"
        "Socialnämnden ställde sig positiv till förslaget om ett nytt familjecentrum.\n\n"
        "Kommunfullmäktige valde att avslå motionen om gratis kollektivtrafik.\n\n"
        "Husen som har beviljats bygglov börjar byggas i vår.\n",
        MUNICIPAL,
        "2024-05-02",
    )
    bodies = {k.from_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.DECIDED)}
    assert len(decisions(facts)) == 4
    assert bodies == {"byggnadsnamnden", "kommunstyrelsen", "socialnamnden", "kommunfullmaktige"}


def test_a_body_s_new_chair_holds_the_chair() -> None:
    text = "Flens kommun\n\nNyheter\n\nIda Berg (M) är kommunstyrelsens nya ordförande.\n"
    assert _roles(text, MUNICIPAL) == {
        ("ida-berg", "Organization:kommun:0482:kommunstyrelsen", "Ordförande")
    }


def test_a_document_of_another_kind_named_as_replaced_is_revised() -> None:
    text = (
        "Flens kommun\n\nNyheter\n\n"
        "Kommunfullmäktige antog ett nytt miljöprogram. Programmet ersätter miljöpolicyn "
        "från 2012.\n"
    )
    facts = facts_at(text, MUNICIPAL, "2024-05-02")
    assert {(k.from_id, k.to_id) for k in links(facts, LinkType.REVISES)} == {
        (
            "Document:municipal:programme:kommun:0482:miljoprogram",
            "Document:municipal:policy:kommun:0482:miljopolicy",
        )
    }


def test_the_bodies_a_plan_is_to_be_followed_up_by_follow_it_up() -> None:
    text = (
        "Flens kommun\n\nNyheter\n\n"
        "Kommunfullmäktige antog en ny handlingsplan för trygghet. Handlingsplanen ska "
        "följas upp av socialnämnden och kommunstyrelsen.\n"
    )
    facts = facts_at(text, MUNICIPAL, "2024-05-02")
    assert {k.from_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.FOLLOWS_UP)} == {
        "socialnamnden",
        "kommunstyrelsen",
    }

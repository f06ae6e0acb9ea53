"""Wordings and page shapes first met on development pages in the twenty-ninth session
(2026-12-02). Short fictional texts written for these tests."""

from __future__ import annotations

import pytest

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import facts_at, held_roles, links

_COPY = "https://docplayer.se/123456-protokoll-fran-ett-sammantrade.html"
_KORTHET = "https://www.tidaholm.se/nyheter/kf-i-korthet/"


def _korthet(body: str) -> tuple[str, SourceFacts]:
    """A council's "i korthet" page of 2019-02-26 with `body` under its head."""
    text = "Kommunfullmäktige i korthet\n\n2019-02-26\n\n" + body
    return text, facts_at(text, _KORTHET, "2019-02-26")


def _pledge(text: str) -> SourceFacts:
    """A municipality's page on its citizens' pledge, of 2024-03-14."""
    return facts_at(text, "https://www.tidaholm.se/trygghet/medborgarlofte/", "2024-03-14")


def _spans(facts: SourceFacts) -> set[tuple[int, int]]:
    return {(m.evidence.start, m.evidence.end) for m in facts.mentions}


# Copies on a document site: the body is named only in the notice block at the end, on an
# "Instans X" line or under the column heads "Nämnd Sammanträdesdatum" (body, then day).
_INSTANS = (
    "Ledamöter Karin Alm (S) (ordförande)\n\n"
    "Olle Berg (M) (vice ordförande) Sara Dahl (C)\n\n"
    "Övriga närvarande Per Ek (Kommunchef)\n\n"
    "Utses att justera Olle Berg (M)\n\n"
    "ANSLAG/BEVIS Protokollet är justerat.\n\n"
    "Instans Kommunstyrelsens arbetsutskott i Tidaholms kommun Sammanträdesdatum 2021-05-04\n"
)
_COLUMNS = (
    "Plats och tid Rådhuset, kl 18.00\n\nBeslutande Se bilaga\n\n"
    "Utses att justera Eva Lund (V)\n\nSekreterare Paragrafer 10-20\n\nOrdförande\n\n"
    "Anders Holm (S)\n\nANSLAG/BEVIS\n\nProtokollet är justerat.\n\n"
    "Nämnd Sammanträdesdatum\n\nKommunfullmäktige i Tidaholms kommun 2021-05-04\n"
)


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        (
            _INSTANS,
            "kommunstyrelsens-arbetsutskott",
            {("karin-alm", "Ordförande"), ("olle-berg", "Vice ordförande")},
        ),
        (_COLUMNS, "kommunfullmaktige", {("anders-holm", "Ordförande")}),
    ],
    ids=["instans_line", "column_heads"],
)
def test_minutes_take_their_body_from_the_notice_block(
    text: str, body: str, expected: set[tuple[str, str]]
) -> None:
    roles = held_roles(facts_at(text, _COPY, "2021-05-04"))
    for person, title in expected:
        assert (person, f"Organization:kommun:1498:{body}", title) in roles, roles


def test_goal_areas_written_as_headings_over_their_paragraphs_are_goals() -> None:
    text = (
        "Tidaholms kommun\n\nUtvecklingsplan\n\n"
        "Utvecklingsplanen visar vad kommunen ska prioritera fram till år 2030.\n\n"
        "Planens fokusområden:\n\n"
        "Trygga uppväxtvillkor\n\n"
        "Alla barn ska få växa upp under goda förhållanden. Skolan, socialtjänsten och "
        "föreningslivet arbetar tillsammans för att fånga upp den som behöver stöd.\n\n"
        "Ett levande näringsliv\n\n"
        "Företagen ska ha goda villkor att starta och växa här. Kommunen arbetar för "
        "snabba besked, bra service och god tillgång till mark för etableringar.\n\n"
        "Ett hållbart resande\n\n"
        "Det ska vara lätt att välja buss, tåg och cykel i hela kommunen. Nya gång- och "
        "cykelvägar byggs mellan orterna, och fler hållplatser får väderskydd"
    )
    facts = facts_at(text, "https://www.tidaholm.se/utvecklingsplan/", "2024-03-14")
    goals = {k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.HAS_GOAL)}
    assert goals == {
        "trygga-uppvaxtvillkor",
        "ett-levande-naringsliv",
        "ett-hallbart-resande",
    }, goals


def test_prose_under_a_goal_intro_with_no_headings_is_no_list() -> None:
    text = (
        "Tidaholms kommun\n\nUtvecklingsplan\n\n"
        "Utvecklingsplanen visar vad kommunen ska prioritera fram till år 2030.\n\n"
        "Planens fokusområden:\n\n"
        "Områdena beskrivs närmare i planens bilaga, som finns att läsa på kommunens "
        "webbplats. Där finns också de andra styrdokumenten och deras uppföljning.\n\n"
        "Frågor om planen besvaras av kommunens kansli, som nås via växeln alla vardagar "
        "mellan klockan åtta och fem. Svar ges inom en vecka.\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/utvecklingsplan/", "2024-03-14")
    assert links(facts, LinkType.HAS_GOAL) == []


def test_a_committees_head_initials_name_it_bare_and_in_the_genitive() -> None:
    # "BUN": the initials of "Barn- och ungdomsnämnden" with a letter for its head.
    _, facts = _korthet(
        "En fråga ställdes till Barn- och ungdomsnämndens ordförande om förskolans "
        "öppettider.\n"
        "Svar av BUN:s ordförande Maria Vik: Frågan utreds av BUN under våren.\n"
    )
    roles = held_roles(facts)
    body = "Organization:kommun:1498:barn-och-ungdomsnamnden"
    assert ("maria-vik", body, "Ordförande") in roles, roles


def test_two_letter_initials_stay_unread_without_a_definition() -> None:
    # "SN" is too short to stand for "Socialnämnden" unless the page defines it.
    text, facts = _korthet("Socialnämnden har lämnat sin rapport. Ordförande i SN: Maria Vik.\n")
    at = text.index("SN:")
    assert (at, at + 2) not in _spans(facts)


def test_the_boards_abbreviation_in_lower_case_names_it() -> None:
    text, facts = _korthet(
        "Ks ordförande Maria Vik svarade på frågan om fritidsgården.\n\n"
        "Ks § 166 Budget 2020: ärendet bordlades.\n"
    )
    roles = held_roles(facts)
    assert ("maria-vik", "Organization:kommun:1498:kommunstyrelsen", "Ordförande") in roles
    at = text.index("Ks § 166")
    assert (at, at + 2) not in _spans(facts)  # a paragraph reference files the matter


def test_the_parties_that_commit_in_running_text_are_responsible() -> None:
    text = (
        "Medborgarlöfte 2024\n\n"
        "Tidaholms kommun och Polisen har kommit överens om ett medborgarlöfte.\n\n"
        "Polisen förbinder sig att genomföra fler fotpatruller i centrum på helgerna. "
        "Polisen kommer också att besöka skolornas föräldramöten under hösten.\n\n"
        "Polisen och Tidaholms kommun förbinder sig att ordna två trygghetsvandringar.\n"
    )
    facts = _pledge(text)
    responsible = {
        (k.from_id.rsplit(":", 1)[-1], k.to_id.rsplit(":", 1)[1].split("-")[0])
        for k in links(facts, LinkType.RESPONSIBLE_FOR)
    }
    assert responsible == {
        ("polismyndigheten", "genomfora"),
        ("polismyndigheten", "besoka"),
        ("polismyndigheten", "ordna"),
        ("1498", "ordna"),
    }, responsible


def test_samt_before_a_place_joins_two_places_of_one_commitment() -> None:
    text = (
        "Medborgarlöfte 2024\n\n"
        "Polisen förbinder sig att besöka skolor och fritidsgårdar samt vid större "
        "evenemang i Tidaholms kommun.\n"
    )
    facts = _pledge(text)
    assert len(links(facts, LinkType.HAS_ACTIVITY)) == 1


def test_a_verb_second_passive_signing_names_its_document_before_the_agent() -> None:
    text = (
        "Medborgarlöfte 2024\n\n"
        "Polisen och Tidaholms kommun har tagit fram ett gemensamt löfte.\n\n"
        "Den 3 mars 2024 undertecknades Medborgarlöfte 2024 av kommunalråd Eva Ek och "
        "lokalpolisområdeschef Bo Berg. Löftet gäller under året.\n"
    )
    facts = _pledge(text)
    signed = {(k.from_id, k.date) for k in links(facts, LinkType.SIGNED)}
    assert signed == {
        ("Organization:kommun:1498", "2024-03-03"),
        ("Organization:nationell:polismyndigheten", "2024-03-03"),
    }, signed


def test_a_semicolon_after_the_copula_opens_a_goal_list_as_a_colon_does() -> None:
    text = (
        "Tidaholms kommun\n\nNäringslivsprogram\n\n"
        "Programmet ska stärka företagsklimatet i hela kommunen. Fokusområden är; "
        "Kompetensförsörjning, Snabba tillstånd samt Mark för nya företag.\n"
    )
    facts = facts_at(text, "https://www.tidaholm.se/naringsliv/program/", "2024-03-14")
    goals = {k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.HAS_GOAL)}
    assert goals == {"kompetensforsorjning", "snabba-tillstand", "mark-for-nya-foretag"}, goals

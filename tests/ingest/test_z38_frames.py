"""Frames seen on development pages in the thirty-eighth session: a cleft that states what
a meeting decided ("Något av det som beslutades var att ..."); signings whose object is a
bare agreement noun ("har skrivit under medborgarlöften", "en överenskommelse och förnyade
medborgarlöften") or stands inside "skrevs ... under mellan"; "togs beslut om strategin" as
an adoption; a compound named again with its target year; "antar föreslaget X"; "liksom
<document>" after a passive adoption; expected adoptions; and a counted lead over a list.
Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, facts_at, links

COUNCIL = "Organization:kommun:1984:kommunfullmaktige"
ARBOGA = "https://www.arboga.se/nyheter/kf"
POLICE = "Organization:nationell:polismyndigheten"


def test_a_cleft_states_what_the_meeting_decided() -> None:
    text = (
        "Kommunfullmäktige 14 mars\n\n"
        "Kommunfullmäktige sammanträdde den 14 mars 2023. Något av det som beslutades var "
        "att sälja tomten vid Ekbacken till ett lokalt byggföretag.\n"
    )
    facts = facts_at(text, ARBOGA, None)
    (sale,) = [d for s, d in decisions(facts).items() if "sälja tomten" in s]
    assert (sale.date, decided_by(facts, sale)) == ("2023-03-14", {COUNCIL})


def test_a_relative_clause_that_describes_a_matter_is_still_no_decision() -> None:
    text = (
        "Kommunfullmäktige 14 mars\n\n"
        "Kommunfullmäktige sammanträdde den 14 mars 2023. Den taxa som beslutades i fjol "
        "gäller till och med nästa år.\n"
    )
    assert not decisions(facts_at(text, ARBOGA, None))


def _signers(text: str, site: str, doc_word: str) -> set[str]:
    facts = facts_at(text, site, "2022-11-02")
    return {link.from_id for link in links(facts, LinkType.SIGNED) if doc_word in link.to_id}


def test_written_under_with_a_bare_pledge_noun() -> None:
    text = (
        "Arboga kommun och Polisen har skrivit under medborgarlöften för 2023\n\n"
        "Medborgarlöfte 2023\n\nLöftet handlar om trygghet i centrum.\n"
    )
    assert _signers(text, ARBOGA, "medborgarlofte") == {"Organization:kommun:1984", POLICE}


def test_a_bare_pledge_noun_coordinated_after_a_signed_agreement() -> None:
    text = (
        "Nyhet\n\n"
        "I går undertecknades en samverkansöverenskommelse och förnyade medborgarlöften "
        "mellan Polisen och Arboga kommun.\n\n"
        "Medborgarlöfte 2023\n\nLöftet handlar om trygghet i centrum.\n"
    )
    expected = {"Organization:kommun:1984", POLICE}
    assert _signers(text, ARBOGA, "medborgarlofte") == expected
    assert _signers(text, ARBOGA, "samverkansoverenskommelse") == expected


def test_the_document_inside_written_under_between() -> None:
    text = (
        "Nyhet\n\n"
        "Den 5 juni skrevs en ny samverkansöverenskommelse under mellan polisen och "
        "Arboga kommun.\n"
    )
    assert _signers(text, ARBOGA, "samverkansoverenskommelse") == {
        "Organization:kommun:1984",
        POLICE,
    }


def test_a_page_that_names_no_agreement_gets_no_signing() -> None:
    text = "Nyhet\n\nArboga kommun och Polisen har skrivit under ett upprop för trygghet.\n"
    assert not links(facts_at(text, ARBOGA, "2022-11-02"), LinkType.SIGNED)


def test_a_decision_taken_on_a_strategy_adopts_it() -> None:
    text = (
        "Styrdokument\n\n"
        "Vid regionfullmäktige den 8 november 2017 togs beslut om utvecklingsstrategin för "
        "tandvården, som sträcker sig till 2027.\n"
    )
    facts = facts_at(text, "https://www.regionkronoberg.se/styrdokument", None)
    assert not decisions(facts)
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert (adopted.from_id, adopted.date) == (
        "Organization:region:07:regionfullmaktige",
        "2017-11-08",
    )


def _the_adoption(text: str) -> tuple[str, str, str | None]:
    """The page's one ADOPTED link: who, what and when."""
    (adopted,) = links(facts_at(text, ARBOGA, None), LinkType.ADOPTED)
    return adopted.from_id, adopted.to_id, adopted.date


def test_a_compound_named_again_with_its_target_year_is_the_same_document() -> None:
    text = (
        "Nyheter\n\n"
        "Nytt cykelprogram \u2013 det var ett av ärendena på kommunfullmäktiges sammanträde "
        "den 25 augusti 2022.\n\n"
        "Kommunfullmäktige sa ja till förslaget till cykelprogram 2030 och till en ny taxa.\n"
    )
    assert _the_adoption(text) == (
        COUNCIL,
        "Document:municipal:programme:kommun:1984:cykelprogram-2030",
        "2022-08-25",
    )


def test_a_repeated_compound_with_its_target_year_in_a_coordinated_adoption() -> None:
    text = (
        "Nyheter\n\n"
        "Nytt cykelprogram \u2013 det var ett av ärendena på kommunfullmäktiges sammanträde "
        "den 25 augusti 2022.\n\n"
        "Kommunfullmäktige sa ja till förslagen till cykelprogram 2030 och markpolicy 2030.\n"
    )
    facts = facts_at(text, ARBOGA, None)
    adopted = {(x.to_id.rsplit(":", 1)[-1], x.date) for x in links(facts, LinkType.ADOPTED)}
    assert adopted == {("cykelprogram-2030", "2022-08-25"), ("markpolicy-2030", "2022-08-25")}


@pytest.mark.parametrize(
    ("text", "day", "doc_end"),
    [
        (  # a referring participle: the matter's document
            "Kommunfullmäktige i korthet\n\n"
            "Kommunfullmäktige sammanträdde den 6 april 2020.\n\n"
            "Ärende: Handlingsprogram för skydd mot olyckor 2020-2023\n\n"
            "Kommunen ska vara trygg att bo i.\n\n"
            "Beslut: Kommunfullmäktige antar föreslaget handlingsprogram med en ändring.\n",
            "2020-04-06",
            ":2020-2023",
        ),
        (  # "liksom": a further subject of the passive
            "Kommunfullmäktige i december\n\n"
            "Kommunfullmäktige sammanträdde den 13 december 2021.\n\n"
            "Nya avgifter för bygglov klubbades igenom, liksom nya riktlinjer för parkering.\n",
            "2021-12-13",
            ":riktlinjer-for-parkering",
        ),
    ],
)
def test_the_councils_adoption_reaches_the_document(text: str, day: str, doc_end: str) -> None:
    body, doc, when = _the_adoption(text)
    assert (body, when) == (COUNCIL, day)
    assert doc.endswith(doc_end)


def test_an_expected_adoption_is_none() -> None:
    for sentence in (
        "Den nya översiktsplanen beräknas bli antagen av kommunfullmäktige under 2024.",
        "I höst kommer kommunfullmäktige med all sannolikhet att anta den nya översiktsplanen.",
        "Den gamla planen gäller tills dess att en ny översiktsplan är antagen av "
        "kommunfullmäktige.",
    ):
        text = f"Nyhet\n\nKommunfullmäktige sammanträdde den 3 maj 2023.\n\n{sentence}\n"
        assert not links(facts_at(text, ARBOGA, None), LinkType.ADOPTED), sentence


def test_a_counted_lead_then_a_list_line_makes_each_bullet_a_decision() -> None:
    text = (
        "Kommunstyrelsen i korthet\n\n"
        "Kommunstyrelsen har även fattat beslut i en rad ärenden som går vidare till "
        "kommunfullmäktige. Det handlar bland annat om:\n\n"
        "  • ny förskola i Ekby\n"
        "  • taxa för bygglov\n"
        "  • renovering av simhallen.\n"
    )
    facts = facts_at(text, ARBOGA, "2023-05-02")
    found = {s.rstrip("."): decided_by(facts, d) for s, d in decisions(facts).items()}
    board = {"Organization:kommun:1984:kommunstyrelsen"}
    assert found == {
        "Ny förskola i Ekby": board,
        "Taxa för bygglov": board,
        "Renovering av simhallen": board,
    }


def test_a_list_line_without_a_counted_lead_gives_no_decisions() -> None:
    text = (
        "Nyhet\n\nKommunen bygger ut. Det handlar bland annat om:\n\n"
        "  • ny förskola i Ekby\n  • taxa för bygglov\n"
    )
    assert not decisions(facts_at(text, ARBOGA, "2023-05-02"))

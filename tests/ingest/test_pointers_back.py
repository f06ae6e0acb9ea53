"""What a pronoun or a bare noun points back to (issue 9): "I november antogs den av
regionfullmäktige", "Den antogs av ...", "Regionfullmäktige antog den i november" and
"antog det" (a programme) adopt the document the sentences before name; "den 12 november"
is a date, not a pronoun; "föreslog i sitt yttrande att regionfullmäktige fastställer den"
only proposes; "Motionen lämnades till kommunstyrelsen för beredning" refers the motion
the sentence before names; a dated "Antogs av kommunfullmäktige <date>." line adopts the
page's document, and the day after "enligt beslut av <body>" dates a decision; an
adoption told by its year takes the day told further down. Short fictional text written
for these tests (no real page text)."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from tests.ingest.helpers import decisions, facts_at, links

SITE = "https://www.regionvarmland.se/nyheter/ny-strategi"
HEAD = "Publicerad 2013-12-02\n\nVärmlandsstrategin är klar. Den har arbetats fram under två år. "
STRATEGY = "Document:regional:strategy:lan:17:varmlandsstrategin"
COUNCIL = "Organization:region:17:regionfullmaktige"


@pytest.mark.parametrize(
    "said",
    [
        "I november antogs den av regionfullmäktige.",
        "Den antogs av regionfullmäktige i november.",
        "Regionfullmäktige antog den i november.",
        "I november antog regionfullmäktige den.",
    ],
)
def test_a_pronoun_adopts_the_document_named_before(said: str) -> None:
    facts = facts_at(HEAD + said, SITE, None)
    adopted = [(k.from_id, k.to_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [(COUNCIL, STRATEGY, "2013-11-01")]
    assert list(decisions(facts)) == []


def test_det_stands_for_a_programme_and_den_does_not() -> None:
    text = (
        "Publicerad 2021-04-20\n\nKommunen har tagit fram ett nytt kulturprogram. "
        "Kommunfullmäktige antog det i mars. Kommunstyrelsen antog den i april."
    )
    facts = facts_at(text, "https://www.ljungby.se/nyheter/kultur", None)
    adopted = [(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [("Organization:kommun:0781:kommunfullmaktige", "2021-03-01")]


def test_a_day_after_den_is_a_date_not_a_pronoun() -> None:
    facts = facts_at(HEAD + "Regionfullmäktige antog den 12 november en budget.", SITE, None)
    assert links(facts, LinkType.ADOPTED) == []


def test_a_proposal_to_adopt_it_is_no_adoption() -> None:
    text = HEAD + (
        "Regionstyrelsen diskuterade den nya strategin under hösten och föreslog i sitt "
        "yttrande att regionfullmäktige fastställer den."
    )
    assert links(facts_at(text, SITE, None), LinkType.ADOPTED) == []


def test_a_motion_pointed_back_to_is_referred_with_what_it_proposes() -> None:
    text = (
        "Publicerad: 2018-03-27\n\nSammanfattning av kommunfullmäktige 2018-03-26\n\n"
        " • En motion om att kommunen ska gå med i en förening. Motionen lämnades till "
        "kommunstyrelsen för beredning.\n"
        " • Ett medborgarförslag om att bygga en lekplats i centrum. Medborgarförslaget "
        "överlämnades till tekniska nämnden för beredning och besvarande.\n"
    )
    found = sorted(decisions(facts_at(text, "https://www.vaggeryd.se/nyheter/kf", None)))
    assert found == [
        "Medborgarförslaget om att bygga en lekplats i centrum överlämnades till tekniska "
        "nämnden för beredning och besvarande.",
        "Motionen om att kommunen ska gå med i en förening lämnades till kommunstyrelsen för "
        "beredning.",
    ]


def test_a_dated_subjectless_adoption_line_adopts_the_page_s_document() -> None:
    text = (
        "Biblioteksplan 2016-2018\n\nPlanen anger bibliotekens inriktning.\n\n"
        "Antogs av kommunfullmäktige 8 december 2015."
    )
    facts = facts_at(text, "https://www.osthammar.se/bibliotek/biblioteksplan", None)
    adopted = [(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)]
    assert adopted == [("Organization:kommun:0382:kommunfullmaktige", "2015-12-08")]
    assert list(decisions(facts)) == []


def test_the_day_after_beslut_av_a_body_dates_the_decision() -> None:
    text = (
        "Biblioteksplan 2016-2018\n\nPlanen anger bibliotekens inriktning.\n\n"
        "Planens giltighet förlängdes med ett år genom beslut av kommunfullmäktige "
        "25 april 2017."
    )
    facts = facts_at(text, "https://www.osthammar.se/bibliotek/biblioteksplan", None)
    assert [d.date for d in decisions(facts).values()] == ["2017-04-25"]


def test_an_adoption_told_by_its_year_takes_the_day_told_further_down() -> None:
    text = (
        "Publicerad 2024-04-02\n\nRiktlinjer för bostadsförsörjning 2022-2026 antogs av "
        "kommunfullmäktige 2024. Riktlinjerna visar kommunens mål.\n\nKommunfullmäktige "
        "antog riktlinjerna den 25 mars 2024 efter en lång debatt."
    )
    facts = facts_at(text, "https://www.horby.se/bo/riktlinjer", "2024-04-02")
    assert {k.date for k in links(facts, LinkType.ADOPTED)} == {"2024-03-25"}

"""A decision on a document named without an article introduces it, and its adoption is
read (ingest.rules.document_mentions), on invented decision lists."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links


def _adopted(text: str, url: str) -> list[tuple[str, str, str | None]]:
    facts = facts_at(text, url, None)
    return [(x.from_id, x.to_id, x.date) for x in links(facts, LinkType.ADOPTED)]


def test_a_decision_on_guidelines_adopts_them() -> None:
    text = (
        "KS i korthet 7 februari 2022\n\nKommunstyrelsen fattade även beslut om riktlinjer "
        "för den nya Trygghetsfonden. Det handlar om en miljon kronor.\n"
    )
    assert _adopted(text, "https://www.norrtalje.se/ks-i-korthet") == [
        (
            "Organization:kommun:0188:kommunstyrelsen",
            "Document:municipal:guideline:kommun:0188:riktlinjer-for-den-nya-trygghetsfonden",
            "2022-02-07",
        )
    ]


def test_a_list_item_adopting_guidelines() -> None:
    text = (
        "KF i korthet 26 februari 2019\n\nKommunfullmäktige beslutade:\n"
        " • Anta riktlinjer för exploateringsavtal\n • Avslag på motionen om gatubelysning\n"
    )
    assert _adopted(text, "https://www.arvidsjaur.se/kf-i-korthet") == [
        (
            "Organization:kommun:2505:kommunfullmaktige",
            "Document:municipal:guideline:kommun:2505:riktlinjer-for-exploateringsavtal",
            "2019-02-26",
        )
    ]


def test_a_revised_draft_sent_back_is_a_decision_not_an_adoption() -> None:
    """'Förslaget till reviderade riktlinjer ... återremitterades': "reviderade" is the
    draft's adjective, no adoption; the referral back is a decision."""
    text = (
        "KF i korthet 25 november 2024\n\nMarkanvisning tillbaka till kommunstyrelsen\n"
        "Förslaget till reviderade Riktlinjer för markanvisning återremitterades till "
        "kommunstyrelsen. En majoritet vill att konsekvenserna belyses.\n"
    )
    facts = facts_at(text, "https://www.skelleftea.se/kf-i-korthet", None)
    assert links(facts, LinkType.ADOPTED) == []
    decided = links(facts, LinkType.DECIDED)
    assert [x.from_id for x in decided] == ["Organization:kommun:2482:kommunfullmaktige"]
    assert "aterremitterades" in decided[0].to_id

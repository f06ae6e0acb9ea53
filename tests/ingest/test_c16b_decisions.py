"""Decisions on fresh pages, second round: a federation's board named only "styrelsen"
decides as the federation's board; a task to produce a document of a kind concerns the page's
document of that kind; a decision section's first sentence is read although a later
paragraph of the section holds another rule's decision. Short fictional texts written
for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decided_by, decisions, facts_at, links

FEDERATION = "https://www.samordningsforbundet-exempel.se/nyheter/styrelsen"
FEDERATION_ID = "Organization:org:samordningsforbundet-almsta"


def _federation_page(body: str) -> str:
    return (
        "Styrelsemöte i mars\n\n"
        "Samordningsförbundet Almsta samlade styrelsen till sitt andra möte för året.\n\n"
        f"{body}\n"
    )


def test_the_board_alone_on_a_federation_page_is_the_federations_board() -> None:
    # Since the nineteenth session the board is a body of its own, PART_OF the federation
    # (as a municipality's committees are); before, the federation itself decided.
    facts = facts_at(
        _federation_page("Styrelsen beslutade att förlänga avtalet om lokaler i två år."),
        FEDERATION,
        "2024-03-20",
    )
    found = [d for s, d in decisions(facts).items() if "lokaler" in s]
    assert found, sorted(decisions(facts))
    board = f"{FEDERATION_ID}:styrelsen"
    assert decided_by(facts, found[0]) == {board}
    assert links(facts, LinkType.PART_OF, board, FEDERATION_ID)


def test_a_passive_decision_on_a_federation_page_is_the_federation() -> None:
    facts = facts_at(
        _federation_page("Därefter fattades beslut om årets budget och verksamhetsmål."),
        FEDERATION,
        "2024-03-20",
    )
    found = [d for s, d in decisions(facts).items() if "budget" in s]
    assert found, sorted(decisions(facts))
    assert decided_by(facts, found[0]) == {FEDERATION_ID}


def test_the_board_is_no_federation_where_a_committee_is_named() -> None:
    facts = facts_at(
        "Nytt om samverkan\n\n"
        "Samordningsförbundet Almsta och socialnämnden har träffats.\n\n"
        "Styrelsen beslutade att förlänga avtalet om lokaler i två år.\n",
        "https://www.umea.se/nyheter",
        "2024-03-20",
    )
    for decision in decisions(facts).values():
        assert FEDERATION_ID not in decided_by(facts, decision)


TITLE = "Strategi för jämlik hälsa i Almsta län 2021-2025"


def _concerned(facts_text: str) -> set[str]:
    facts = facts_at(facts_text, "https://www.lansstyrelsen.se/vasterbotten/nyheter", None)
    return {k.to_id for k in links(facts, LinkType.CONCERNS)}


def test_a_task_to_produce_a_kind_concerns_the_document_heading_the_page() -> None:
    concerned = _concerned(
        f"{TITLE}\n\n"
        "LÄNSSTYRELSEN I VÄSTERBOTTEN fick under år 2020 i regeringsuppdrag att ta fram en "
        "strategi för länets arbete med hälsointegrering. Arbetet har skett i samverkan.\n"
    )
    assert any(c.endswith(":2021-2025") for c in concerned), concerned


def test_a_task_to_produce_another_kind_concerns_no_document() -> None:
    concerned = _concerned(
        f"{TITLE}\n\n"
        "LÄNSSTYRELSEN I VÄSTERBOTTEN fick under år 2020 i regeringsuppdrag att ta fram en "
        "rapport om arbetet med hälsointegrering i länet. Arbetet har skett i samverkan.\n"
    )
    assert not any(":strategy:" in c for c in concerned), concerned


def test_a_task_to_produce_a_new_one_never_concerns_the_earlier_version() -> None:
    concerned = _concerned(
        "Almsta hälsar 2021-2025\n\n"
        "LÄNSSTYRELSEN I VÄSTERBOTTEN fick under år 2020 i regeringsuppdrag att ta fram en "
        "strategi för länets arbete med hälsointegrering. Almsta hälsar ersätter den "
        "tidigare Strategi för jämlik hälsa 2016-2020.\n"
    )
    assert not any(c.endswith(":2016-2020") for c in concerned), concerned


def test_a_later_paragraph_does_not_hide_the_sections_first_decision() -> None:
    facts = facts_at(
        "Protokoll\n\nSammanträdesdatum 2024-02-14\n\n"
        "Samordningsförbundet Almsta\n\n"
        "Beslut\n\n"
        "Styrelsen tog som sitt första beslut att utse en ny sekreterare för året.\n\n"
        "Därefter fattades beslut om årets budget och verksamhetsmål.\n",
        FEDERATION,
        "2024-02-15",
    )
    summaries = " | ".join(decisions(facts))
    assert "sekreterare" in summaries and "budget" in summaries, summaries

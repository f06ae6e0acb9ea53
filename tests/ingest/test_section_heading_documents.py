"""A document named in a section heading and introduced again in the text below it is one
document, whose period a later sentence's other noun does not set (invented pages)."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import documents, facts_at, links

PAGE = (
    "Nytt från kommunstyrelsen\n\n"
    "Kommunstyrelsen sammanträdde den 4 mars 2025.\n\n"
    "Handlingsplan för trygghet\n\n"
    "Kommunen har arbetat fram en handlingsplan för brottsförebyggande arbete för åren "
    "2025-2027. Planen bygger på erfarenheterna av de satsningar som planerades för åren "
    "2020-2024. Kommunstyrelsen godkände handlingsplanen.\n\n"
    "Handlingsplanen har tre fokusområden:\n\n"
    " • Trygga skolvägar\n"
    " • Belysta parker\n"
)


def test_the_heading_and_the_text_name_one_plan_with_the_texts_period() -> None:
    facts = facts_at(PAGE, "https://www.kumla.se/nyheter/ks", "2025-03-05")
    (plan,) = documents(facts).values()
    assert (plan.period_start, plan.period_end) == (2025, 2027)
    adopted = links(facts, LinkType.ADOPTED, to_id=plan.id)
    assert {x.from_id for x in adopted} == {"Organization:kommun:1881:kommunstyrelsen"}
    assert len(links(facts, LinkType.HAS_GOAL, from_id=plan.id)) == 2


def test_a_period_after_another_nouns_relative_clause_is_not_the_plans() -> None:
    text = (
        "Kumla kommun\n\nPlanen bygger på de satsningar som planerades för åren 2020-2024 "
        "och på nya lägesbilder."
    )
    facts = facts_at(text, "https://www.kumla.se/nyheter/plan", "2025-03-05")
    assert not [d for d in documents(facts).values() if d.period_start == 2020]


def test_the_plans_own_relative_clause_still_states_its_period() -> None:
    text = (
        "Kumla kommun\n\nKommunfullmäktige antog i går en handlingsplan mot droger, som "
        "gäller för åren 2025-2028."
    )
    facts = facts_at(text, "https://www.kumla.se/nyheter/plan", "2025-03-05")
    assert [(d.period_start, d.period_end) for d in documents(facts).values()] == [(2025, 2028)]

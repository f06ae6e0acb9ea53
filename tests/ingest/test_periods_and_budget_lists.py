"""A document's period joined by "till" ("planen för 2024 till 2027"), a county's name in
common use between the noun and the period ("Kulturplan Sörmland 2020-2023"), and a
budget's list of spending, which is no document's activities; "aktualiserad" and
"preliminär" name no title, and a quote's clauses after "Målen är" are no goals (issue 9).
Short fictional text written for these tests (no real page text)."""

from __future__ import annotations

from graph.nodes import Activity, Document, Goal
from tests.ingest.helpers import facts_at

REGION = "https://www.regionsormland.se/nyheter/plan"


def _documents(text: str, site: str = REGION) -> list[str]:
    return sorted(n.id for n in facts_at(text, site, None).nodes if isinstance(n, Document))


def test_years_joined_by_till_after_the_noun_are_the_period() -> None:
    text = (
        "Publicerad 2023-12-14\n\nRegionfullmäktige fastställde i går "
        "tillväxtplanen för 2024 till 2027."
    )
    assert _documents(text) == ["Document:regional:plan:lan:04:tillvaxt:2024-2027"]


def test_a_county_s_name_in_common_use_stands_before_the_period() -> None:
    text = (
        "Publicerad 2019-12-02\n\nRegionfullmäktige antog i november "
        "Biblioteksplan Sörmland 2020-2023."
    )
    assert _documents(text) == ["Document:regional:plan:lan:04:biblioteks:2020-2023"]


def test_a_budget_s_listed_spending_is_no_activity_of_the_plan() -> None:
    text = (
        "Publicerad 2023-12-14\n\nRegionfullmäktige fastställde i dag verksamhetsplanen och "
        "tillväxtplanen för 2024 till 2027.\n\nI budgeten finns även dessa särskilda "
        "satsningar:\n\n • Fler platser i sommarskolan får 2 miljoner kronor\n • Cykelvägar "
        "i länet får 5 miljoner kronor\n"
    )
    facts = facts_at(text, REGION, None)
    assert [n for n in facts.nodes if isinstance(n, Activity)] == []


def test_an_up_to_date_or_draft_plan_is_the_page_s_plan_not_a_new_title() -> None:
    text = (
        "Publicerad 2023-12-14\n\nMot ett tryggare län med aktualiserad tillväxtplan\n\n"
        "Regionfullmäktige fastställde i går Tillväxtplan Sörmland 2024-2027. En preliminär "
        "tillväxtplan var ute på remiss under våren."
    )
    assert _documents(text) == ["Document:regional:plan:lan:04:tillvaxt:2024-2027"]


def test_a_quoted_remark_after_the_goals_copula_is_no_goal_list() -> None:
    text = (
        "Publicerad 2023-12-14\n\nRegionfullmäktige fastställde i går tillväxtplanen för "
        "2024 till 2027. Målen är höga, politikerna visar vägen för oss, säger Eva Ek, "
        "regional utvecklingsdirektör."
    )
    facts = facts_at(text, REGION, None)
    assert [n.text for n in facts.nodes if isinstance(n, Goal)] == []


def test_a_described_document_and_what_it_is_called_are_one_document() -> None:
    text = (
        "Publicerad 2023-12-14\n\nNämnden arbetar vidare med Sörmlands gemensamma "
        "tillväxtstrategi, även kallad Sörmlandsstrategin, som har fokus på jobb."
    )
    assert _documents(text) == ["Document:regional:strategy:lan:04:sormlandsstrategin"]


def test_a_period_after_a_pronoun_s_adoption_is_the_document_s() -> None:
    text = (
        "Publicerad 2016-02-01\n\nKulturprogram för Sörmland\n\nProgrammet visar vad "
        "regionen vill med kulturen. Det antogs av regionfullmäktige i juni 2015, för "
        "tiden 2016-2019."
    )
    assert _documents(text) == ["Document:regional:programme:lan:04:kultur:2016-2019"]

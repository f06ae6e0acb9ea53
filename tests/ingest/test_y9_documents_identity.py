"""Document identity and lineage on unseen wording, on invented sentences: a revision
named as the current work, a section heading under prose, a bare noun coordinated with
another kind, a compound beside another topic, a list of replaced documents and a
generic mention named by its apposition."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from tests.ingest.helpers import documents, facts_at, links

ALE_SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str) -> SourceFacts:
    return facts_at(text, ALE_SITE, "2025-03-01")


def _revised(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.REVISES)}


def test_this_revision_of_a_document_is_the_document_itself() -> None:
    facts = _facts(
        "Kommunfullmäktige antog bostadsprogrammet i maj.\n\n"
        "I denna revidering av bostadsprogrammet uppdateras prognoserna för befolkningen."
    )
    assert len(documents(facts)) == 1
    assert not _revised(facts)


def test_a_revision_as_predicate_still_names_the_older_document() -> None:
    facts = _facts(
        "Kommunfullmäktige antog en ny kulturpolicy 2025\u20132028. "
        "Policyn är en revidering av kulturpolicyn 2021\u20132024."
    )
    ids = sorted(documents(facts))
    assert len(ids) == 2
    assert _revised(facts) == {(ids[1], ids[0])}


def test_a_section_heading_under_prose_yields_to_the_name_the_text_gives() -> None:
    facts = _facts(
        "Kommunen arbetar brett för att ge invånarna ett rikt utbud av kultur i alla delar.\n\n"
        "Plan för kulturlivet\n\n"
        "Kommunens kulturplan antogs av kommunfullmäktige 2024-05-20.\n\n"
        "Kulturplanen har fyra mål."
    )
    assert list(documents(facts)) == ["Document:municipal:plan:kommun:1440:kulturplan"]


def test_the_pages_own_headline_keeps_its_wording() -> None:
    facts = _facts(
        "Kultur i Ale\n\nPlan för kulturlivet\n\n"
        "Kommunens kulturplan antogs av kommunfullmäktige 2024-05-20."
    )
    assert list(documents(facts)) == ["Document:municipal:plan:kommun:1440:plan-for-kulturlivet"]


def test_replaced_documents_in_a_list_are_each_revised_but_not_an_aside() -> None:
    facts = _facts(
        "Strategi för ett tryggt Ale\n\n"
        "Kommunfullmäktige antog i mars en strategi för ett tryggt Ale. "
        "Strategin ersätter tre tidigare styrdokument:\n\n"
        " \u2022 Strategi för jämställdhet\n"
        " \u2022 Kommunens folkhälsopolicy\n"
        " \u2022 Policy och handlingsplan för att motverka ensamhet "
        "(kommunens drogpolicy gäller fortfarande)\n\n"
        "Strategin gäller hela organisationen."
    )
    docs = {d.title: i for i, d in documents(facts).items()}
    new = docs["Strategi för ett tryggt Ale"]
    older = {
        "Strategi för jämställdhet",
        "Folkhälsopolicy",
        "Policy och handlingsplan för att motverka ensamhet",
    }
    assert older <= set(docs)  # the compound and the bare noun's topic stay apart
    assert _revised(facts) == {(new, docs[t]) for t in older}
    assert "Drogpolicy" in docs


def test_a_compound_meets_a_bare_noun_on_its_own_topic() -> None:
    facts = _facts(
        "Kommunfullmäktige antog i går ett program för bostadsförsörjningen. "
        "Bostadsförsörjningsprogrammet gäller till 2030."
    )
    assert len(documents(facts)) == 1


def test_a_generic_regional_strategy_is_named_by_its_apposition() -> None:
    facts = _facts(
        "Regionen aktualiserar nu den regionala utvecklingsstrategin \u2013 Det goda livet 2040. "
        "Synpunkter välkomnas."
    )
    assert [d.title for d in documents(facts).values()] == ["Det goda livet 2040"]

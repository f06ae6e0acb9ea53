"""Document identity and precision (round 13): predecessors named only by their age,
planning-law and budget plans, the fullest naming of a document, two titles of two heads.
All sentences are invented."""

from __future__ import annotations

import dataclasses

from graph.nodes import Document
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
REGION_SITE = "https://www.regiongavleborg.se/nyheter/sida"


def _documents(text: str, uri: str = ALE_SITE) -> dict[str, Document]:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return {n.id: n for n in facts.nodes if isinstance(n, Document)}


def _titles(docs: dict[str, Document]) -> list[str]:
    return sorted(d.title for d in docs.values())


def test_a_predecessor_only_dated_is_no_document() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog i maj en ny cykelstrategi för Ale kommun. "
        "Tidigare cykelstrategi för landsbygden är från 1996 och gäller inte längre."
    )
    assert not any("tidigare" in t.lower() for t in _titles(docs))
    assert any(t.startswith("Cykelstrategi") or "cykelstrategi" in t for t in _titles(docs))


def test_a_predecessor_the_sentence_replaces_is_a_document() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog i maj en ny cykelstrategi för Ale kommun. "
        "Den nya strategin ersätter den gamla strategin från 1996."
    )
    assert "Cykelstrategi från 1996" in _titles(docs)  # named by its year
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog i maj en ny cykelstrategi för Ale kommun. "
        "Den nya strategin ersätter den gamla strategin."
    )
    assert any(t.lower().startswith("tidigare") for t in _titles(docs))


def test_a_genitive_predecessor_only_dated_is_no_document() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunstyrelsen föreslår att kommunens tidigare it-strategi "
        "ska ingå i budgeten i stället för att vara ett eget dokument."
    )
    assert docs == {}


def test_a_zoning_programme_and_an_investment_plan_are_no_steering_documents() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunstyrelsen godkände planprogram för Norra kajen. "
        "Nämnden ska ta fram ett detaljplaneprogram för Södra torget. "
        "Fullmäktige beslutade att utöka investeringsplanen med två miljoner kronor."
    )
    assert docs == {}


def test_a_definite_mention_with_topic_and_period_gives_a_bare_heading_its_title() -> None:
    docs = _documents(
        "Handlingsplan\n\nHandlingsplanen för ett tryggt och öppet Ale 2024-2027 "
        "beskriver hur kommunen ska arbeta. Handlingsplanen följs upp varje år."
    )
    titles = _titles(docs)
    assert titles == ["Handlingsplan för ett tryggt och öppet Ale 2024-2027"]


def test_a_capitalised_title_beats_a_longer_description_of_the_same_document() -> None:
    docs = _documents(
        "Regional strategi för friluftsliv i Gävleborgs län 2025-2028\n\n"
        "Regionstyrelsen har antagit den regionala strategin om friluftsliv, naturturism, "
        "allemansrätt och tillgänglighet i skog och mark 2025-2028.",
        REGION_SITE,
    )
    titles = _titles(docs)
    assert titles == ["Regional strategi för friluftsliv i Gävleborgs län 2025-2028"]


def test_two_titles_of_two_head_nouns_are_two_documents() -> None:
    docs = _documents(
        "Suicidprevention\n\n"
        "Region Gävleborg har tagit fram en regional handlingsplan för suicidprevention.\n\n"
        "Regional handlingsplan för suicidprevention i Gävleborgs län 2025-2027 (pdf)\n\n"
        "Genomförandeplan 2025\n\n"
        "Utifrån handlingsplanen har regionen valt ut aktiviteter för året.\n\n"
        "Genomförandeplan 2025 (pdf)\n",
        REGION_SITE,
    )
    titles = _titles(docs)
    assert "Genomförandeplan 2025" in titles
    assert any(t.startswith("Regional handlingsplan för suicidprevention") for t in titles)


def test_one_plan_named_by_two_coordinated_nouns_stays_one() -> None:
    docs = _documents(
        "Ale kommun\n\nI går fastställde kultur- och fritidsnämnden en ny handlingsplan och "
        "åtgärdsplan mot ensamhet bland äldre."
    )
    assert len(docs) == 1


def test_two_nouns_sharing_a_period_are_one_document_of_the_first_kind() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog Ales idrottsstrategi och idrottsplan för 2025-2028."
    )
    assert [(d.kind.value, d.title) for d in docs.values()] == [
        ("strategy", "Idrottsstrategi och idrottsplan 2025-2028")
    ]


def test_two_bare_nouns_of_two_kinds_name_one_document_of_the_first_kind() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog policy och riktlinjer för friluftsbad."
    )
    assert [(d.kind.value, d.title) for d in docs.values()] == [
        ("policy", "Policy och riktlinjer för friluftsbad")
    ]


def test_an_adjective_shared_by_two_bare_nouns_makes_one_document() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunen har tillsammans med polisen tagit fram en regional strategi "
        "och handlingsplan för ANDT-frågorna i länet."
    )
    assert [d.kind.value for d in docs.values()] == ["strategy"]


def test_a_second_noun_with_its_own_article_is_another_document() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige antog en idrottsstrategi och en idrottsplan för 2025-2028."
    )
    assert not any(" och " in d.title for d in docs.values())

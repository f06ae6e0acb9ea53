"""Title boundaries, periods, non-documents, captions and focus areas on invented texts.

The mechanisms come from the classes of error the unseen `real4` pages showed; every
sentence here is made up.
"""

from __future__ import annotations

import dataclasses

import pytest

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document, Goal, Person
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
LST_SITE = "https://www.lansstyrelsen.se/ostergotland/samhalle/sida.html"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _documents(text: str, uri: str = ALE_SITE) -> dict[str, Document]:
    return {n.id: n for n in _facts(text, uri).nodes if isinstance(n, Document)}


@pytest.mark.parametrize(
    "years",
    [
        "2021\u20112030",
        "2021\u20132030",
        "2021 \u2013 2030",
        "2021\u22122030",
        "2021/2030",
        "2021-30",
    ],
)
def test_a_period_with_any_dash_or_a_short_second_year(years: str) -> None:
    docs = _documents(f"Ale kommun\n\nKommunen har antagit en näringslivsstrategi {years}.")
    assert list(docs) == ["Document:municipal:strategy:kommun:1440:naringslivs:2021-2030"]


def test_a_period_that_runs_back_is_none() -> None:
    docs = _documents("Ale kommun\n\nKommunen har antagit en näringslivsstrategi 2021-19.")
    assert all(d.period_start is None for d in docs.values())


def test_a_title_stops_before_a_finite_verb_and_its_object() -> None:
    docs = _documents(
        "Ale kommun\n\nDen nationella strategin för levande skärgårdar 2021\u20112030 styr "
        "arbetet, där turism är en av tre prioriteringar."
    )
    assert list(docs) == ["Document:national:strategy:se:2021-2030"]
    assert "styr" not in docs["Document:national:strategy:se:2021-2030"].title


def test_a_topic_without_period_stops_before_a_verb_with_its_object() -> None:
    docs = _documents("Ale kommun\n\nEn ny handlingsplan för trygga parker styr arbetet i år.")
    assert [d.title for d in docs.values()] == ["Handlingsplan för trygga parker"]


def test_a_listed_document_stops_before_the_lists_last_item() -> None:
    docs = _documents(
        "Ale kommun\n\nNya lekplatser, en ny kulturplan för museerna och sänkt taxa för "
        "musikskolan är några av besluten."
    )
    assert [d.title for d in docs.values()] == ["Kulturplan för museerna"]


def test_kring_opens_a_topic_that_ends_before_where_it_was_decided() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunstyrelsen godkände en överenskommelse kring ungas psykiska "
        "hälsa i Ale kommun vid sitt sammanträde."
    )
    titles = [d.title for d in docs.values()]
    assert titles == ["Överenskommelse kring ungas psykiska hälsa i Ale kommun"]


@pytest.mark.parametrize(
    "text",
    [
        "Gruppen kommer att gemensamt sätta agendan för kommande samtal.",
        "Till hjälp finns Riktlinjer. De används av alla.",
        "Fullmäktige fastställde förslag till budget och verksamhetsplan för 2026-2028.",
        "Nämnden fastställde en plan med budget, inklusive uppföljningsplan, för 2026.",
    ],
)
def test_words_that_name_no_steering_document(text: str) -> None:
    assert _documents("Ale kommun\n\n" + text) == {}


def test_a_titled_agenda_is_a_document() -> None:
    docs = _documents("Ale kommun\n\nKommunen har antagit en digital agenda för skolan.")
    assert [d.title for d in docs.values()] == ["Digital agenda för skolan"]


def test_a_pronoun_predicate_names_its_subject_again() -> None:
    docs = _documents(
        "Ale kommun\n\nEn handlingsplan för fiber finns sedan våren 2024. Den är också en "
        "genomförandeplan för nätverket som samordnar arbetet."
    )
    assert [d.kind.value for d in docs.values()] == ["action_plan"]
    assert [d.title for d in docs.values()] == ["Handlingsplan för fiber"]


def test_a_name_set_after_a_bare_noun_with_its_kind_from_the_predicate() -> None:
    docs = _documents(
        "Ale kommun\n\nPlanen Ale Framåt 2030, AF2030, som är den kommunala strategin för "
        "tillväxt, lyfter fram digitaliseringen."
    )
    assert "Document:municipal:strategy:kommun:1440:ale-framat-2030" in docs


def test_an_issuer_named_after_a_links_title_gives_its_level() -> None:
    docs = _documents(
        "ANDTS-samordning\n\nLänsstyrelsen samordnar arbetet i länet.\n\n"
        "En samlad strategi för friluftslivet 2022\u20132025, regeringen Länk till annan "
        "webbplats.\n",
        LST_SITE,
    )
    assert "Document:national:strategy:se:2022-2025" in docs


def test_a_heading_names_the_document_the_body_names_exactly() -> None:
    docs = _documents(
        "Start / Bo / Boendeplan\n\nPlan för bostadsbyggande\n\n"
        "Under 2024 tog kommunstyrelsen fram ett program för bostadsbyggande 2024-2035. "
        "Fullmäktige antog det i mars 2025.\n"
    )
    assert list(docs) == ["Document:municipal:programme:kommun:1440:2024-2035"]


def test_people_on_a_caption_line_get_no_person_or_role() -> None:
    facts = _facts(
        "Ale kommun\n\nNytt samarbete om fiber\n\n"
        "På bild fr. v: Eva Ekholm (S), kommunstyrelsens ordförande, Bo Bergtun, "
        "kommundirektör.\n\nKommunen bygger ut fibernätet under året.\n"
    )
    assert not [n for n in facts.nodes if isinstance(n, Person)]
    assert not [x for x in facts.links if x.type is LinkType.HOLDS_ROLE]


def test_focus_areas_drawn_from_other_documents_are_no_goals_of_them() -> None:
    facts = _facts(
        "Ale kommun\n\nI kommunens underlag pekas tre fokusområden ut som utgår från "
        "Näringslivsstrategi för Ale kommun. De tre fokusområdena är:\n\n"
        " • Besöksnäring\n • Logistik\n • Hållbar industri\n"
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]


def test_goals_listed_for_the_document_itself_stay() -> None:
    facts = _facts(
        "Ale kommun\n\nNäringslivsstrategi för Ale kommun har tre fokusområden:\n\n"
        " • Besöksnäring\n • Logistik\n • Hållbar industri\n"
    )
    goals = [n for n in facts.nodes if isinstance(n, Goal)]
    assert len(goals) == 3

"""Documents and who issued them (round 14): a period stated by a later clause, a name on
a county at a sentence's start, a predicate naming the owner, and lists of documents
without articles. All sentences are invented."""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
HALLAND_SITE = "https://www.regionhalland.se/nyheter/sida"


def _facts(text: str, uri: str = ALE_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _documents(facts: SourceFacts) -> list[Document]:
    return [n for n in facts.nodes if isinstance(n, Document)]


def _issued(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(x.from_id, x.to_id) for x in facts.links if x.type is LinkType.ISSUED}


def test_a_relative_clause_gives_the_period() -> None:
    docs = _documents(
        _facts(
            "Ale kommun\n\nKommunfullmäktige har antagit ett nytt cykelprogram. "
            "Programmet som sträcker sig mellan 2024\u20132031 innehåller tolv åtgärder."
        )
    )
    assert [(d.period_start, d.period_end) for d in docs] == [(2024, 2031)]


def test_the_new_document_follows_the_term_of_office() -> None:
    docs = _documents(
        _facts(
            "Ale kommun\n\nEn ny överenskommelse om samverkan mellan Ale kommun och "
            "Polisen är på plats. Den nya överenskommelsen synkas med den politiska "
            "mandatperioden 2027 - 2030 så att den gäller hela perioden."
        )
    )
    agreements = [d for d in docs if d.kind.value == "agreement"]
    assert [(d.period_start, d.period_end) for d in agreements] == [(2027, 2030)]


def test_an_ordinal_subject_lends_no_period_to_the_new_plan() -> None:
    docs = _documents(
        _facts(
            "Ale kommun\n\nKommunstyrelsen godkände i dag en ny cykelplan för Ale kommun. "
            "Den första beslutades 2011 och omfattade perioden 2012-2014."
        )
    )
    assert all(d.period_start is None for d in docs if "cykelplan" in d.title.lower())


def test_a_county_named_compound_opening_a_sentence_is_a_name() -> None:
    docs = _documents(
        _facts(
            "Region Halland\n\nHallandsstrategin antogs i april. Den gäller länet.", HALLAND_SITE
        )
    )
    assert "Hallandsstrategin" in [d.title for d in docs]


def test_a_topical_compound_opening_a_sentence_is_no_name() -> None:
    docs = _documents(
        _facts("Region Halland\n\nKlimatstrategin antogs i april av regionen.", HALLAND_SITE)
    )
    assert "Klimatstrategin" not in [d.title for d in docs]


def test_a_predicate_with_the_owners_genitive_gives_issued() -> None:
    facts = _facts(
        "Ale kommun\n\nCykelplan 2030\n\nCykelplanen är kommunens långsiktiga vision för "
        "hur gator och stigar ska byggas ut."
    )
    docs = _documents(facts)
    assert docs
    rules = {x.evidence.rule for x in facts.links if x.type is LinkType.ISSUED}
    assert ("Organization:kommun:1440", docs[0].id) in _issued(facts)
    assert "relation.issued.predicate_owner" in rules


def test_a_first_person_possessive_names_the_site_as_owner() -> None:
    facts = _facts(
        "Region Halland\n\nHallandsstrategin\n\nHallandsstrategin är vår regionala "
        "utvecklingsstrategi och visar vart länet ska gå.",
        HALLAND_SITE,
    )
    named = [d for d in _documents(facts) if d.title == "Hallandsstrategin"]
    assert named
    assert ("Organization:region:13", named[0].id) in _issued(facts)


def test_a_place_genitive_in_the_predicate_names_no_owner() -> None:
    facts = _facts(
        "Ale kommun\n\nDen regionala cykelstrategin är Västra Götalands läns samlade "
        "strategi för cykling.",
    )
    rules = {x.evidence.rule for x in facts.links if x.type is LinkType.ISSUED}
    assert "relation.issued.predicate_owner" not in rules


def test_a_comma_list_of_bare_documents_names_each() -> None:
    docs = _documents(
        _facts(
            "Region Halland\n\nBland besluten märks cykelprogram för kusten, "
            "regionalt kulturprogram för Halland och ett nytt reglemente.",
            HALLAND_SITE,
        )
    )
    titles = sorted(d.title.lower() for d in docs)
    assert any("cykelprogram" in t for t in titles)
    assert any("kulturprogram" in t for t in titles)


def test_one_compound_listed_with_two_topics_is_two_documents() -> None:
    docs = _documents(
        _facts(
            "Region Halland\n\nBland besluten märks handlingsprogram för cykelvägarna i "
            "länet, handlingsprogram för skolskjutsarna i länet och ett nytt reglemente.",
            HALLAND_SITE,
        )
    )
    titles = sorted(d.title.lower() for d in docs if "handlingsprogram" in d.title.lower())
    assert len(titles) == 2
    assert "cykelvägarna" in titles[0] and "skolskjutsarna" in titles[1]


def test_a_listed_document_named_again_is_one_document() -> None:
    docs = _documents(
        _facts(
            "Ale kommun\n\nFullmäktige antog handlingsprogram för cykelvägarna, "
            "handlingsprogram för skolskjutsarna och en taxa. Handlingsprogrammet för "
            "cykelvägarna finns på webben."
        )
    )
    titles = [d.title.lower() for d in docs if "cykelvägarna" in d.title.lower()]
    assert len(titles) == 1

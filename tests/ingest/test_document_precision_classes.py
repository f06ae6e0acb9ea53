"""Which wordings name a document of their own, and which do not, as unseen pages word
them (issue 9, round 2), on small invented texts."""

from __future__ import annotations

import dataclasses

from graph.nodes import Document, Level
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.sites import site_owner
from ingest.pipeline import extract
from ingest.rules.document_owners import adopter_before
from ingest.rules.extract_actors import extract_actors
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
REGION_SITE = "https://www.regionkronoberg.se/nyheter/sida"


def _documents(text: str, uri: str = ALE_SITE) -> list[Document]:
    facts = extract(dataclasses.replace(text_source(text, "2025-03-01"), uri=uri))
    assert_evidence_rules(facts)
    return [n for n in facts.nodes if isinstance(n, Document)]


def _titles(docs: list[Document]) -> list[str]:
    return [d.title.lower() for d in docs]


def test_a_definite_regional_compound_of_another_word_is_its_own_document() -> None:
    docs = _documents(
        "Regionfullmäktige antog i dag en ny besöksnäringsstrategi. "
        "Den regionala utvecklingsstrategin pekar ut tre områden för länet.",
        REGION_SITE,
    )
    ids = [d.id for d in docs]
    assert "Document:regional:strategy:lan:07:utvecklingsstrategi" in ids, ids
    assert len(docs) == 2


def test_a_definite_regional_compound_of_the_same_word_refers_back() -> None:
    docs = _documents(
        "Regionfullmäktige antog i dag en ny utvecklingsstrategi. "
        "Den regionala utvecklingsstrategin pekar ut tre områden för länet.",
        REGION_SITE,
    )
    assert len(docs) == 1, _titles(docs)


def test_a_title_with_med_runs_to_its_period() -> None:
    docs = _documents(
        "Länets plan, Kulturplan med kulturpolitiska mål - Ett rikt liv i Kronobergs län "
        "2031-2034 är framtagen av kulturnämnden.",
        REGION_SITE,
    )
    periods = {(d.period_start, d.period_end) for d in docs}
    assert (2031, 2034) in periods, periods
    assert any(t.startswith("kulturplan med kulturpolitiska mål") for t in _titles(docs))


def test_a_med_phrase_with_a_clause_is_no_title() -> None:
    docs = _documents(
        "Nämnden godkände förslaget till lokalplan med tillägget att en ny skola ska finnas "
        "med i lokalplan 2031-2035."
    )
    assert not any("tillägget" in t for t in _titles(docs)), _titles(docs)


def test_a_national_body_last_named_in_the_sentence_owns_no_local_document() -> None:
    docs = _documents(
        "Kommunstyrelsen tog flera beslut. En förnyad överenskommelse med polisen om "
        "samverkan och en handlingsplan för att förhindra bidragsfusk blev klubbade."
    )
    plans = [d for d in docs if "bidragsfusk" in d.title.lower()]
    assert plans and all(d.level is Level.MUNICIPAL for d in plans), [d.id for d in docs]


def test_a_new_definite_compound_keeps_its_place_in_the_title() -> None:
    docs = _documents(
        "Sammanträdet behandlade bland annat den fördjupade översiktsplanen för norra Ale. "
        "Ärendet bifölls."
    )
    assert "fördjupad översiktsplan för norra ale" in _titles(docs), _titles(docs)


def test_a_question_for_a_topic_names_no_document() -> None:
    docs = _documents(
        "En controller ska tillsättas, granska kalkylerna samt upprätta en rutin för hur "
        "man tar fram bättre kalkyler."
    )
    assert docs == [], _titles(docs)


def test_a_predicate_after_ska_vara_names_no_new_document() -> None:
    docs = _documents(
        "Regionen ska anta ett program för grön omställning. Omställningsprogrammet ska "
        "vara färdplanen för regionens arbete med klimatet.",
        REGION_SITE,
    )
    assert not any(t.startswith("färdplan") for t in _titles(docs)), _titles(docs)


def test_a_councils_genitive_owns_a_plan_and_its_topic_stops_at_the_next_verb() -> None:
    docs = _documents(
        "Nämnden ställde sig bakom Kronobergs kompetensråds plan för kompetensförsörjning "
        "och diskuterade det nya uppdraget.",
        REGION_SITE,
    )
    ids = [d.id for d in docs]
    assert "Document:regional:plan:lan:07:plan-for-kompetensforsorjning" in ids, ids


def test_an_agreement_still_to_be_entered_into_is_no_document() -> None:
    docs = _documents(
        "Enligt lagen är kommunen och regionen skyldiga att ingå en gemensam överenskommelse "
        "om samarbete kring äldre."
    )
    assert docs == [], _titles(docs)


def test_a_name_on_a_county_is_that_countys_document() -> None:
    docs = _documents("För att nå målen i Värmlandsstrategin behöver fler samverka.")
    ids = [d.id for d in docs]
    assert ids == ["Document:regional:strategy:lan:17:varmlandsstrategin"], ids


def test_a_heading_the_text_speaks_of_only_in_the_plural_is_a_kind() -> None:
    docs = _documents(
        "Klimatprogram\n\nUnder åren togs flera nya klimatprogram fram. Kommunen förlänger "
        "Handlingsplan för klimatet 2020-2024 att gälla tills vidare."
    )
    assert "klimatprogram" not in _titles(docs), _titles(docs)
    assert any(t.startswith("handlingsplan för klimatet") for t in _titles(docs))


def test_a_heading_the_text_refers_back_to_is_the_pages_document() -> None:
    docs = _documents(
        "Klimatprogram\n\nKommunen ska arbeta med klimatet. "
        "Klimatprogrammet visar hur det går till."
    )
    assert "klimatprogram" in _titles(docs), _titles(docs)


def test_a_national_subject_still_owns_its_document() -> None:
    docs = _documents("Regeringen har i dag beslutat om en strategi för friluftslivet.")
    assert [d.level for d in docs] == [Level.NATIONAL], [d.id for d in docs]


def test_a_topic_stops_before_som_galler_and_the_period_stays() -> None:
    docs = _documents(
        "Kommunfullmäktige antog klimatstrategin för Ale kommun som gäller 2031-2036 och "
        "ger riktning för arbetet."
    )
    assert [(d.title, d.period_start, d.period_end) for d in docs] == [
        ("Klimatstrategi för Ale kommun 2031-2036", 2031, 2036)
    ]


def test_a_persons_or_a_projects_plan_is_no_steering_document() -> None:
    docs = _documents(
        "Skolan upprättar en handlingsplan för varje elev. Projektet har en kommunikationsplan "
        "för projektet. Eleverna följer en individuell studieplan."
    )
    assert docs == [], _titles(docs)


def test_school_and_event_programmes_are_no_steering_documents() -> None:
    docs = _documents(
        "Eleverna på naturvetenskapsprogrammet vann. Kommunen har ett traineeprogram för "
        "unga. Konferensprogrammet finns på webben."
    )
    assert docs == [], _titles(docs)


def test_a_quantified_plural_names_no_document() -> None:
    docs = _documents("Under åren togs flera nya näringslivsprogram fram i kommunen.")
    assert docs == [], _titles(docs)


def test_a_body_that_approves_guidelines_introduces_them() -> None:
    docs = _documents(
        "Regionstyrelsen godkände riktlinjer för hantering av skyddade uppgifter.", REGION_SITE
    )
    assert [d.id for d in docs] == [
        "Document:regional:guideline:lan:07:riktlinjer-for-hantering-av-skyddade-uppgifter"
    ]


def test_the_countrys_rural_programme_is_national_on_a_regional_page() -> None:
    docs = _documents("Stödet söks inom ramen för landsbygdsprogrammet 2028-2034.", REGION_SITE)
    assert [d.id for d in docs] == ["Document:national:programme:se:landsbygds:2028-2034"]


def test_a_topic_stops_before_a_second_supine_predicate() -> None:
    docs = _documents(
        "Tekniska nämnden har godkänt förslag till cykelplan för Ale kommun och översänt "
        "det till kommunfullmäktige."
    )
    assert [d.title for d in docs] == ["Cykelplan för Ale kommun"]


def _adopter(text: str, noun: str) -> str | None:
    ctx = Context.build(text, None, site_owner(ALE_SITE))
    extract_actors(ctx, FactSink(text_source(text)))
    found = adopter_before(ctx, text.index(noun), 0)
    return found.name if found else None


def test_approving_a_proposal_makes_no_adopter_but_approving_a_plan_does() -> None:
    assert _adopter("Kommunstyrelsen har godkänt förslag till cykelplan.", "cykelplan") is None
    assert _adopter("Kommunstyrelsen godkände cykelplan för Ale.", "cykelplan") == "Kommunstyrelsen"

"""Document mentions, titles, scopes and grouping on small invented texts."""

from __future__ import annotations

import dataclasses

from graph.nodes import Document
from ingest.pipeline import extract
from ingest.rules.document_words import title_adjective
from tests.ingest.helpers import assert_evidence_rules, documents, facts_at, text_source

ALE = "Document:municipal:{kind}:kommun:1440:{last}"
ALE_SITE = "https://www.ale.se/nyheter/sida"


def _documents(text: str, uri: str | None = ALE_SITE) -> dict[str, Document]:
    source = text_source(text, "2025-03-01")
    if uri is not None:
        source = dataclasses.replace(source, uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return documents(facts)


def test_an_indefinite_article_before_a_definite_form_is_another_word() -> None:
    docs = _documents("Ale kommun\n\nVi bor på en planet. Frågan hör hemma på det lokala planet.")
    assert docs == {}


def test_a_definite_genitive_introduces_its_compound() -> None:
    docs = _documents(
        "Ale kommun\n\nArbetet bidrar till hållbarhetsprogrammets mål om en grön kommun."
    )
    assert list(docs) == [ALE.format(kind="programme", last="hallbarhetsprogram")]


def test_an_item_number_opens_a_heading_and_one_letter_compounds_count() -> None:
    docs = _documents(
        "§ 12 E-strategi för Ale kommun\n\nKommunfullmäktige beslutar att anta e-strategin."
    )
    assert ALE.format(kind="strategy", last="e-strategi-for-ale-kommun") in docs


def test_descriptive_adjectives_enter_the_title() -> None:
    docs = _documents(
        "Ale kommun\n\nNämnden ska varje år presentera en flerårig handlingsplan för styrelsen."
    )
    (doc,) = docs.values()
    assert doc.title.startswith("Flerårig handlingsplan")


def test_title_adjectives_agree_with_the_noun() -> None:
    assert title_adjective("suicidpreventiva", "strategi") == "suicidpreventiv"
    assert title_adjective("kulturpolitiska", "program") == "kulturpolitiskt"
    assert title_adjective("fleråriga", "riktlinjer") == "fleråriga"
    assert title_adjective("övergripande", "plan") == "övergripande"


def test_a_genitive_owner_before_adjectives_owns_and_scopes_the_document() -> None:
    docs = _documents(
        "Region Uppsala\n\nDen nya strategin bygger på Region Stockholms suicidpreventiva "
        "strategi, som togs fram med forskare.",
        uri=None,
    )
    assert "Document:regional:strategy:lan:01:suicidpreventiv-strategi" in docs


def test_a_capitalised_noun_mid_sentence_is_a_title() -> None:
    docs = _documents(
        "Ale kommun\n\nKommunfullmäktige godkände i går Handlingsplan för trygga torg."
    )
    assert ALE.format(kind="action-plan", last="handlingsplan-for-trygga-torg") in docs


def test_a_capitalised_definite_compound_on_a_place_names_its_document() -> None:
    docs = _documents(
        "Region Värmland\n\nEn ny strategi för länet\n\n"
        "Värmland har nu en gemensam strategi. Regionfullmäktige antog Värmlandsstrategin i "
        "fredags.",
        uri=None,
    )
    titles = {d.title for d in docs.values()}
    assert "Värmlandsstrategin" in titles
    assert len(docs) == 1  # the headline, the body and the name are one strategy


def test_a_capitalised_definite_compound_on_a_topic_is_the_noun_not_a_name() -> None:
    # "Skogsstrategin" mid-sentence is the forest strategy, titled as the noun is.
    docs = _documents(
        "Region Värmland\n\nRegionfullmäktige antog Skogsstrategin i fredags.", uri=None
    )
    assert set(docs) == {"Document:regional:strategy:lan:17:skogsstrategi"}, docs


def test_a_definite_mention_with_a_topic_introduces_a_document() -> None:
    docs = _documents("Ale kommun\n\nVidare godkändes riktlinjerna för föreningsbidrag år 2026.")
    (doc,) = docs.values()
    assert doc.title == "Riktlinjer för föreningsbidrag år 2026"


def test_a_quoted_name_is_the_title() -> None:
    docs = _documents(
        "Länsstyrelsen i Hallands län\n\nArbetet utgår från den regionala "
        "utvecklingsstrategin ”Hela Halland 2040”.",
        uri=None,
    )
    assert "Document:regional:strategy:lan:13:hela-halland-2040" in docs


def test_a_name_set_after_the_noun_is_the_title() -> None:
    docs = _documents(
        "I dag lämnas regeringens sociala program Trygg i vardagen till riksdagen. "
        "Programmet ska stärka samverkan.",
        uri="https://www.regeringen.se/pressmeddelanden/x",
    )
    assert "Document:national:programme:se:trygg-i-vardagen" in docs


def test_a_predicate_noun_names_the_subject_again() -> None:
    docs = _documents(
        "Region Skåne har antagit en ny kulturplan för 2025\u20132028. Kulturplanen är Region "
        "Skånes program för hur kulturen ska utvecklas under perioden 2025\u20132028.",
        uri=None,
    )
    assert [d.kind.value for d in docs.values()] == ["plan"]


def test_a_regions_own_committee_gives_a_regional_scope() -> None:
    docs = _documents(
        "Region Norrbotten\n\nRegionstyrelsen beslutade att godkänna strategi för "
        "kompetensförsörjning 2023\u20132025.",
        uri=None,
    )
    assert "Document:regional:strategy:lan:25:2023-2025" in docs


def test_a_former_document_without_a_period_is_its_own_node() -> None:
    docs = _documents(
        "Ale kommun\n\nNu finns en ny friluftsstrategi, beslutad av kommunfullmäktige. "
        "Den gamla strategin behövde revideras. Tidigare strategi var mest en ambition."
    )
    assert set(docs) == {
        ALE.format(kind="strategy", last="friluftsstrategi"),
        ALE.format(kind="strategy", last="tidigare-friluftsstrategi"),
    }


def test_a_bare_plan_names_no_document() -> None:
    assert _documents("Ale kommun\n\nNämnden ska ta fram en plan för var sitt område.") == {}
    assert _documents("Ale kommun\n\nNämnden har antagit ny plan mot buller.") == {}


def test_a_headline_names_the_document_the_text_introduces() -> None:
    docs = _documents(
        "Regeringen presenterar handlingsplan för en levande skärgård i hela landet\n\n"
        "Regeringen har i dag presenterat en handlingsplan för det statliga arbetet "
        "2025\u20132027.",
        uri="https://www.regeringen.se/pressmeddelanden/x",
    )
    (doc,) = docs.values()
    assert doc.id == "Document:national:action-plan:se:2025-2027"
    # The two wordings meet; the fuller one titles the document.
    assert doc.title == "Handlingsplan för en levande skärgård i hela landet 2025-2027"


def test_a_site_scoped_mention_meets_the_same_document_of_a_committee() -> None:
    docs = _documents(
        "Inriktning för lokalplan 2020\u20132026\n\n"
        "Barn- och skolnämnden fastställde inriktningen för lokalplan 2020\u20132026.",
        uri="https://www.lund.se/nyheter/lokalplan",
    )
    assert len(docs) == 1


def test_a_belonging_document_shares_the_owner_of_the_one_before() -> None:
    docs = _documents(
        "Länsstyrelsen Södermanland har tillsammans med Polisen arbetat fram en regional "
        "strategi med tillhörande åtgärdsplan för tobaksarbetet i länet.",
        uri=None,
    )
    levels = {d.kind.value: d.level.value for d in docs.values() if d.level is not None}
    assert levels == {"strategy": "regional", "action_plan": "regional"}


def test_periods_stated_later_in_the_clause() -> None:
    giltig = _documents(
        "Ale kommun\n\nKommunen har tagit fram en värmestrategi. Värmestrategin gäller "
        "kommunens verksamheter och är giltig under perioden 2025\u20132026."
    )
    assert ALE.format(kind="strategy", last="varme:2025-2026") in giltig
    aren = _documents("Ale kommun\n\nNämnden antog en vattenstrategi för åren 2021 \u2013 2030.")
    assert ALE.format(kind="strategy", last="vatten:2021-2030") in aren


def test_a_topic_stops_at_a_headline_verb_and_a_dash() -> None:
    docs = _documents(
        "Ale kommun\n\nNy strategi för friluftsliv ger stöd till föreningar\n\n"
        "Ny policy mot buller \u2013 och pengar till skolorna"
    )
    assert {d.title for d in docs.values()} == {"Strategi för friluftsliv", "Policy mot buller"}


def test_agreements_scoped_by_their_signers() -> None:
    docs = _documents(
        "Bjurholms kommun\n\nGrunden är en avsiktsförklaring för god hälsa som kommunerna, "
        "Region Västerbotten och länsstyrelsen undertecknat.",
        uri=None,
    )
    assert [d.id.split(":")[1:5] for d in docs.values()] == [["regional", "agreement", "lan", "24"]]


def test_a_single_year_stays_in_the_title() -> None:
    docs = _documents("Ale kommun\n\nRådet beslutar att Folkhälsoplan 2026 godkänns.")
    assert ALE.format(kind="plan", last="folkhalsoplan-2026") in docs


def test_the_next_document_and_the_national_one_are_documents() -> None:
    docs = _documents(
        "Regeringen har gett myndigheter i uppdrag att ta fram förslag till nästa "
        "klimatpolitiska handlingsplan. Syftet är att svara upp mot det nationella "
        "handlingsprogrammets vision.",
        uri=None,
    )
    assert "Document:national:action-plan:se:klimatpolitisk-handlingsplan" in docs
    assert any(d.id.startswith("Document:national:programme:se:") for d in docs.values())


TOREBODA = "https://www.toreboda.se/nyheter/utvecklingsplaner"
KF_IN_SHORT = (
    "Kommunfullmäktige i korthet 22 april 2024\n"
    "\n"
    "Här är ett urval av besluten från kommunfullmäktiges sammanträde den 22 april.\n"
    "\n"
    "Ny förskola i Mölnlycke\n"
    "Kommunfullmäktige beslutade att bygga en ny förskola med åtta avdelningar i Mölnlycke. "
    "Investeringen beräknas till 85 miljoner kronor.\n"
    "\n"
    "Årsredovisning 2023\n"
    "Fullmäktige godkände årsredovisningen för 2023 och beviljade styrelser och nämnder "
    "ansvarsfrihet.\n"
    "\n"
    "Motion om solceller på kommunens tak\n"
    "Motionen ansågs besvarad.\n"
    "\n"
    "Taxa för bygglov\n"
    "Ny taxa för plan- och bygglovsverksamheten antogs och gäller från 1 juli.\n"
    "\n"
    "Val av ny ordförande i socialnämnden\n"
    "Lena Holm (L) valdes till ny ordförande i socialnämnden efter Per Ek (L) som avsagt "
    "sig uppdraget.\n"
    "\n"
    "Medborgarförslag om hundrastgård\n"
    "Medborgarförslaget avslogs.\n"
    "\n"
    "Riktlinjer för bostadsanpassning\n"
    "Kommunfullmäktige antog reviderade riktlinjer för bostadsanpassningsbidrag.\n"
)


def test_a_place_set_after_a_bare_titled_noun_names_the_document() -> None:
    facts = facts_at(
        "Töreboda kommun\n\nKommunfullmäktige antog Utvecklingsplan Moholm och "
        "Utvecklingsplan Älgarås. Destinationsstrategi Tiveden 2030 antogs också.",
        TOREBODA,
        "2024-05-02",
    )
    ids = set(documents(facts))
    assert {
        "Document:municipal:plan:kommun:1473:utvecklingsplan-moholm",
        "Document:municipal:plan:kommun:1473:utvecklingsplan-algaras",
        "Document:municipal:strategy:kommun:1473:destinationsstrategi-tiveden-2030",
    } <= ids


def test_no_place_title_after_an_article_or_before_a_body() -> None:
    facts = facts_at(
        "Töreboda kommun\n\nEn utvecklingsplan Moholm behöver tas fram, sa någon. "
        "Vid mötet godkändes Översiktsplan Kommunstyrelsen föreslog ändringar i.",
        TOREBODA,
        "2024-05-02",
    )
    titles = {d.title for d in documents(facts).values()}
    assert not any("Moholm" in t or "Kommunstyrelsen" in t for t in titles)


def test_a_definite_compound_does_not_refer_back_to_another_compound_of_its_kind() -> None:
    facts = facts_at(
        "Utvecklingsplan Moholm\n\nKommunen har tagit fram en utvecklingsplan för Moholm.\n\n"
        "Översiktsplanen 2030 har ännu inte vunnit laga kraft.",
        TOREBODA,
        "2024-05-02",
    )
    ids = set(documents(facts))
    assert "Document:municipal:plan:kommun:1473:utvecklingsplan-moholm" in ids
    assert any("oversiktsplan" in i for i in ids), ids


def test_a_heading_and_its_item_naming_the_subject_more_narrowly_are_one_document() -> None:
    facts = facts_at(
        KF_IN_SHORT,
        TOREBODA,
        "2024-04-24",
    )
    docs = list(documents(facts).values())
    assert len(docs) == 1, [d.id for d in docs]


def test_a_name_with_a_county_and_a_target_year_names_the_strategy() -> None:
    facts = facts_at(
        "Start / Regional utveckling\n\nVårt Kalmar län 2035 \u2013 regional utvecklingsstrategi"
        "\n\nVårt Kalmar län 2035 är länets regionala utvecklingsstrategi. Den ersätter "
        "Regional utvecklingsstrategi för Kalmar län 2012\u20132020.",
        "https://www.regionkalmar.se/regional-utveckling/rus",
        "2023-12-14",
    )
    ids = set(documents(facts))
    assert "Document:regional:strategy:lan:08:vart-kalmar-lan-2035" in ids, ids

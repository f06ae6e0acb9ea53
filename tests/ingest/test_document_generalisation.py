"""Document mechanisms of Swedish grammar and of the genre, on invented sentences:
names given by a frame, restricted nouns, drafts, predecessors, coordinated nouns,
owners named after the noun, link labels."""

from __future__ import annotations

import dataclasses

from graph.edges import SourceFacts
from graph.nodes import Document, Goal, Level
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"
POLICE_SITE = "https://polisen.se/aktuellt/nyheter/sida"
COUNTY_SITE = "https://www.lansstyrelsen.se/gotland/nyheter/sida"
REGION_SITE = "https://www.regionblekinge.se/nyheter/sida"


def _facts(text: str, uri: str | None = ALE_SITE) -> SourceFacts:
    source = text_source(text, "2025-03-01")
    if uri is not None:
        source = dataclasses.replace(source, uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _documents(text: str, uri: str | None = ALE_SITE) -> dict[str, Document]:
    return {n.id: n for n in _facts(text, uri).nodes if isinstance(n, Document)}


def test_a_link_label_glued_to_the_title_is_no_part_of_it() -> None:
    docs = _documents(
        "Läs mer\n\nLäs den nationella strategin för idrottens utvecklinglänk till annan webbplats"
    )
    assert [d.title for d in docs.values()] == ["Nationell strategi för idrottens utveckling"]


def test_medborgarlofte_is_an_agreement_with_the_municipality() -> None:
    docs = _documents(
        "Nytt medborgarlöfte mellan polisen och Ale kommun\n\n"
        "I dag tecknades nya medborgarlöften i Ale. I löftet för 2025-2026 ligger fokus på "
        "trygga skolvägar.",
        POLICE_SITE,
    )
    assert list(docs) == ["Document:municipal:agreement:kommun:1440:2025-2026"]


def test_nouns_that_name_a_document_only_in_some_compounds() -> None:
    docs = _documents(
        "Kommunen har hyresavtal för tre lokaler och ett avtal om städning. Arbetet utgår från "
        "Agenda 2030 och frågan står högt på agendan. Kommunens vallöfte gäller skolan."
    )
    assert docs == {}


def test_a_digital_agenda_is_a_strategy() -> None:
    docs = _documents("Kommunstyrelsen har antagit Digital agenda 2027 för Ale kommun.")
    assert [(d.kind.value, d.title) for d in docs.values()] == [("strategy", "Digital agenda 2027")]


def test_a_cooperation_agreement_and_the_one_it_replaces_are_two_documents() -> None:
    docs = _documents(
        "Nya samarbetsavtal om snöröjning\n\nAle kommun har tecknat samarbetsavtal med "
        "Lerums kommun. Avtalet ersätter tidigare avtal. Avtalet gäller från i vår.",
        ALE_SITE,
    )
    titles = sorted(d.title for d in docs.values())
    assert titles == ["Samarbetsavtal om snöröjning", "Tidigare samarbetsavtal"]


def test_a_bare_compound_without_article_names_a_kind_not_a_document() -> None:
    docs = _documents(
        "Strategin kan användas som underlag för åtgärdsprogram eller handlingsplaner i "
        "föreningar och företag."
    )
    assert docs == {}


def test_a_name_given_by_a_frame_titles_the_document_and_its_mentions() -> None:
    facts = _facts(
        "Nyheter\n\nFramtidsbygd Ale beslutad som ny utvecklingsstrategi för kommunen\n\n"
        "Kommunfullmäktige har fastställt Framtidsbygd Ale som kommunens nya "
        "utvecklingsstrategi. Framtidsbygd Ale är kommunens gemensamma färdplan mot 2040.\n\n"
        "Framtidsbygd Ale består av tre utvecklingsområden:\n\n"
        "  • levande centrum\n  • starka föreningar\n  • trygga vägar\n"
    )
    docs = [n for n in facts.nodes if isinstance(n, Document)]
    assert [d.title for d in docs] == ["Framtidsbygd Ale"]  # the predicate "färdplan" is none
    goals = {n.id for n in facts.nodes if isinstance(n, Goal)}
    owners = {k.from_id for k in facts.links if k.to_id in goals}
    assert len(goals) == 3 and owners == {docs[0].id}
    rules = {m.evidence.rule for m in facts.mentions if m.node_id == docs[0].id}
    assert "document.name" in rules


def test_an_article_without_definite_ending_picks_out_a_document_of_its_own() -> None:
    docs = _documents(
        "Framtidsbygd Ale antagen som ny utvecklingsstrategi\n\n"
        "Kommunfullmäktige har fastställt den strategi för digitalisering i skolan som ska "
        "gälla till 2030.",
    )
    assert sorted(d.title for d in docs.values()) == [
        "Framtidsbygd Ale",
        "Strategi för digitalisering i skolan",
    ]


def test_the_existing_plan_on_a_page_about_a_new_one_is_its_predecessor() -> None:
    docs = _documents(
        "Ny plan mot mobbning\n\nSocialnämnden har beslutat om en ny handlingsplan mot "
        "mobbning i skolan. Nämnden fick i uppdrag att komplettera den befintliga "
        "handlingsplanen mot mobbning i skolan. Den nya handlingsplanen gäller alla skolor."
    )
    titles = sorted(d.title for d in docs.values())
    assert titles == [
        "Handlingsplan mot mobbning i skolan",
        "Tidigare handlingsplan mot mobbning i skolan",
    ]


def test_coordinated_nouns_share_the_level_word_and_the_topic() -> None:
    docs = _documents(
        "Ny plan\n\nSocialnämnden har antagit en ny handlingsplan mot hot. Planen utgår från "
        "den regionala strategin och handlingsplanen för att motverka hot."
    )
    regional = sorted((d.kind.value, d.title) for d in docs.values() if d.level is Level.REGIONAL)
    assert regional == [
        ("action_plan", "Regional handlingsplan för att motverka hot"),
        ("strategy", "Regional strategi för att motverka hot"),
    ]


def test_a_title_followed_by_its_municipality_is_that_municipality_s() -> None:
    docs = _documents(
        "MÖTESPROTOKOLL\n\nKommunstyrelsens arbetsutskott\n\n§ 12\n\n"
        "Kulturplan Ale kommun (KS 2025/010)\n\n"
        "Arbetsutskottet föreslår att kommunfullmäktige antar förslaget till kulturplan "
        "Ale kommun.",
        None,
    )
    assert list(docs) == ["Document:municipal:plan:kommun:1440:kulturplan"]


def test_a_draft_names_the_document_it_would_become() -> None:
    docs = _documents(
        "Ärenden 4. Remiss - Förslag till policy för medborgardialog i Ale kommun (AK 2025/3) "
        "5. Remiss - Policy för skyltar i det offentliga rummet (AK 2025/4) 6. Övrigt"
    )
    assert sorted(d.title for d in docs.values()) == [
        "Policy för medborgardialog i Ale kommun",
        "Policy för skyltar i det offentliga rummet",
    ]


def test_a_motion_s_proposal_is_no_document() -> None:
    docs = _documents(
        "Svar på motion - Handlingsplan mot nedskräpning (KS 2025/77)\n\n"
        "Motionens förslag om att inrätta en handlingsplan mot nedskräpning avslås."
    )
    assert docs == {}


def test_who_gave_the_assignment_does_not_own_what_the_subject_makes() -> None:
    docs = _documents(
        "Ny klimatstrategi för Gotland\n\nLänsstyrelsen har, på uppdrag av regeringen, lett "
        "arbetet med att ta fram en ny klimatstrategi för Gotland.",
        COUNTY_SITE,
    )
    assert [d.level for d in docs.values()] == [Level.REGIONAL]


def test_a_place_s_genitive_refers_back_like_a_definite_article() -> None:
    docs = _documents(
        "Ny handlingsplan\n\nLänsstyrelsen har fastställt en regional handlingsplan mot "
        "spelberoende. Blekinges handlingsplan innehåller tre mål.",
        REGION_SITE,
    )
    assert len(docs) == 1


def test_a_plural_noun_with_a_period_gives_the_documents_period() -> None:
    docs = _documents(
        "Länen ska ta fram förslag till regionala tillväxtprogram. Programmen ska genomföras "
        "under perioden 2026-2029.",
        REGION_SITE,
    )
    assert [(d.period_start, d.period_end) for d in docs.values()] == [(2026, 2029)]


def test_a_compound_s_first_part_counts_as_a_topic_word_when_mentions_meet() -> None:
    docs = _documents(
        "Nationell strategi för skolans digitalisering\n\nRegeringen har beslutat om en "
        "nationell strategi för skolans digitalisering. Läs om den nationella "
        "digitaliseringsstrategin för skolväsendet på regeringens webbplats.",
        "https://www.skolverket.se/sida",
    )
    assert [d.title for d in docs.values()] == ["Nationell strategi för skolans digitalisering"]


def test_documents_on_other_things_do_not_meet() -> None:
    docs = _documents(
        "Nya strategier\n\nRegeringen har beslutat om en nationell strategi för skolans "
        "digitalisering och en nationell strategi för skolans hälsoarbete.",
        "https://www.skolverket.se/sida",
    )
    assert len(docs) == 2


def test_programmes_named_by_different_adjectives_stay_apart() -> None:
    docs = _documents(
        "KN § 12 Förslag till Idrottspolitiskt program för Alekommun 2030-2033\n\n"
        "SAMMANTRÄDESPROTOKOLL\nKultur- och idrottsnämnden\n2029-09-16\n\n"
        "KN § 12\nFörslag till Idrottspolitiskt program för Alekommun 2030-2033\n\n"
        "Kommunstyrelsens arbetsutskott har skickat ut förslag till Idrottspolitiskt program "
        "för Ale Kommun 2030-2033 för yttrande till bl a Kultur- och idrottsnämnden (KN).\n\n"
        "Förslaget till program överensstämmer väl med KN:s egna planer och program som "
        "Biblioteksplanen, Friluftspolitiska programmet och Ungdomspolitiska programmet i "
        "såväl upplägg som innehåll.\n\n"
        "Kultur- och idrottsnämndens beslut\n\n"
        "  • Att tillstyrka upprättat förslag till Idrottspolitiskt program"
    )
    titles = sorted(d.title.lower() for d in docs.values())
    assert any(t.startswith("friluftspolitiskt program") for t in titles), titles
    assert any(t.startswith("ungdomspolitiskt program") for t in titles), titles

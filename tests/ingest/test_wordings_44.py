"""Wordings met on real pages in the forty-fourth session about documents, decisions and
relations, each written anew (invented names and places): every test fails on the code
before the session. People, organisations and minutes: test_wordings_44_people.py."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision, Document

from .helpers import facts_at, links


def test_a_bare_kind_noun_on_an_agencys_page_is_no_national_document() -> None:
    text = (
        "Provverket och Länsstyrelsen i Dalarna undertecknade beredskapsstrategi\n\n"
        "I fredags undertecknade Provverket, Länsstyrelsen i Dalarna och flera aktörer "
        "en gemensam beredskapsstrategi. Den nya strategin ska stärka samordningen.\n\n"
        "Strategin innehåller rutiner för arbetet i länet.\n\n\u2013 Vi har nu samlat "
        "arbetet med länets aktörer i en gemensam strategi, säger Eva Ek."
    )
    facts = facts_at(text, "https://www.forsvarsmakten.se/sv/aktuellt/strategi/", "2015-01-20")
    titles = {n.title for n in facts.nodes if isinstance(n, Document)}
    assert "Strategi" not in titles


def test_a_compound_decision_noun_with_att_items_gives_each_decision() -> None:
    text = (
        "Beslut i korthet - regionstyrelsen 14 maj\n\nVidare togs ett principbeslut om "
        "en ny vårdcentral i Provby, att anta en viljeinriktning om fler mottagningar, "
        "att ta fram förslag på ett nytt kunskapscentrum och att utreda mobila team i "
        "glesbygden."
    )
    facts = facts_at(text, "https://www.norrbotten.se/sv/beslut-i-korthet/rs-14-maj/", "2024-05-15")
    texts = {n.summary for n in facts.nodes if isinstance(n, Decision)}
    assert any(t.startswith("En ny vårdcentral i Provby") for t in texts), texts
    assert any("kunskapscentrum" in t for t in texts) and any("mobila team" in t for t in texts)
    assert not any("kunskapscentrum" in t and "mobila" in t for t in texts)


def test_a_plan_for_a_named_municipality_on_an_agencys_page_is_that_municipalitys() -> None:
    for place, scope in (("Kalmar kommun", ":kommun:0880:"), ("Region Gotland", ":kommun:0980:")):
        text = (
            "Nyheter\n\nUnder 2022 fick Provverket i uppdrag att leda arbetet med att ta "
            f"fram en klimatanpassningsplan för {place}."
        )
        facts = facts_at(text, "https://www.smhi.se/nyheter/plan.html", "2023-05-15")
        docs = [n.id for n in facts.nodes if isinstance(n, Document)]
        assert len(docs) == 1 and docs[0].startswith("Document:municipal:") and scope in docs[0]


def test_a_bare_plan_owned_in_the_genitive_with_a_topic_is_a_document() -> None:
    text = (
        "Nyheter\n\nUtskottet för samhällsbyggnad beslutade den 3 maj att anta "
        "kommunfullmäktiges plan för dagvattenhantering."
    )
    facts = facts_at(text, "https://www.halmstad.se/nyheter/plan.html", "2023-05-15")
    titles = {n.title for n in facts.nodes if isinstance(n, Document)}
    assert titles == {"Plan för dagvattenhantering"}


def test_a_later_council_step_and_the_minutes_own_blurb_are_no_decisions() -> None:
    text = (
        "Kommunstyrelsen 11 april\n\nKommunstyrelsen föreslår att skolan i Provby läggs "
        "ned. Ärendets utgång fastställs i kommunfullmäktige 22 april.\n\nSnabbprotokollet "
        "innehåller kort information om det som togs upp och beslutades under mötet."
    )
    facts = facts_at(text, "https://www.sunne.se/nyheter/ks-11-april.html", "2024-04-11")
    summaries = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert not any("utgång" in s or "Snabbprotokollet" in s for s in summaries), summaries


def _titles(text: str, url: str) -> set[str]:
    facts = facts_at(text, url, "2023-05-15")
    return {n.title for n in facts.nodes if isinstance(n, Document)}


def test_a_quoted_name_after_med_namnet_is_the_documents_title() -> None:
    text = (
        "Nyheter\n\nFullmäktige antog i juni en ny kulturstrategi med namnet "
        "\u201dKultur för alla i Provby\u201d."
    )
    assert _titles(text, "https://www.knivsta.se/nyheter/kultur.html") == {
        "Kultur för alla i Provby"
    }


def test_a_title_lines_subtitle_after_a_dash_is_part_of_the_title() -> None:
    text = (
        "Regional överenskommelse - mottagning, arbete, bostad\n\nLänsstyrelsen och "
        "Region Jämtland Härjedalen har tecknat en ny överenskommelse om samarbetet."
    )
    url = "https://www.lansstyrelsen.se/jamtland/samhalle/overenskommelse.html"
    assert _titles(text, url) == {"Regional överenskommelse - mottagning, arbete, bostad"}
    owner = "Kulturplan - Region Uppsala\n\nRegionfullmäktige antog kulturplanen i juni."
    assert _titles(owner, "https://www.regionuppsala.se/kultur/plan/") == {"Kulturplan"}


def test_a_topic_of_listed_adjectives_keeps_its_noun_and_a_genitive_council_signs() -> None:
    text = (
        "Nyheter\n\nSom en del av arbetet har Malå kommuns kommunfullmäktige (2021-03-15) "
        "ställt sig bakom Avsiktsförklaringen för en trygg, jämlik och hållbar uppväxt i "
        "Västerbotten."
    )
    facts = facts_at(text, "https://www.mala.se/nyheter/avsikt.html", "2021-04-01")
    docs = {n.id: n.title for n in facts.nodes if isinstance(n, Document)}
    assert list(docs.values()) == [
        "Avsiktsförklaring för en trygg, jämlik och hållbar uppväxt i Västerbotten"
    ]
    signed = {(k.from_id, k.date) for k in links(facts, LinkType.SIGNED)}
    assert signed == {("Organization:kommun:2418:kommunfullmaktige", "2021-03-15")}


def test_a_lead_ending_in_a_full_stop_opens_its_numbered_decisions() -> None:
    text = (
        "KS 12 mars\n\nKommunstyrelsen beslutade bl a följande vid sitt sammanträde den "
        "12 mars.\n\n1. Att avge yttrande över promemorian om lokala ordningsregler.\n\n"
        "2. Att godkänna upprättat delårsbokslut för januari till april 2024.\n"
    )
    facts = facts_at(text, "https://www.markaryd.se/innehall/ks-12-mars", "2024-03-13")
    summaries = sorted(n.summary for n in facts.nodes if isinstance(n, Decision))
    assert len(summaries) == 2, summaries
    assert summaries[0].startswith("Avge yttrande") and summaries[1].startswith("Godkänna")


def test_a_quoted_title_with_its_period_and_a_bracketed_name() -> None:
    quoted = (
        "Nyheter\n\nUnder våren godkände kommunfullmäktige \u201dHandlingsplan psykisk "
        "hälsa 2024-2026\u201d som förvaltningen tagit fram."
    )
    facts = facts_at(quoted, "https://www.lidkoping.se/nyheter/psykisk-halsa", "2024-05-15")
    docs = [n for n in facts.nodes if isinstance(n, Document)]
    assert [(d.title, d.period_start, d.period_end) for d in docs] == [
        ("Handlingsplan psykisk hälsa 2024-2026", 2024, 2026)
    ]
    bracketed = (
        "Nyheter\n\nEnligt Region Kalmar läns nya kulturplan (Kultur som bär - Kulturplan "
        "Kalmar län 2025) ska förutsättningarna stärkas. Enligt planen (pdf, 2 MB) ska mer göras."
    )
    assert _titles(bracketed, "https://www.regionkalmar.se/nyheter/kultur/") == {
        "Kultur som bär - Kulturplan Kalmar län 2025"
    }


def test_an_inverted_passive_made_its_own_subject_not_the_fronted_document() -> None:
    text = (
        "Nyheter\n\nMed utgångspunkt från den nationella ANDT-strategin har en regional "
        "strategi tagits fram i samverkan mellan Region Östergötland och Länsstyrelsen i "
        "Östergötland."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/andt/", "2023-05-15")
    issued = {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)}
    assert issued == {
        ("Organization:region:05", "Document:regional:strategy:lan:05:strategi"),
        ("Organization:lansstyrelse:05", "Document:regional:strategy:lan:05:strategi"),
    }


def test_med_utgangspunkt_fran_implements() -> None:
    text = (
        "Nyheter\n\nMed utgångspunkt från den nationella ANDT-strategin har en regional "
        "folkhälsostrategi tagits fram av Region Östergötland."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/folkhalsa/", "2023-05-15")
    implements = {(k.from_id, k.to_id) for k in links(facts, LinkType.IMPLEMENTS)}
    assert implements == {
        (
            "Document:regional:strategy:lan:05:folkhalsostrategi",
            "Document:national:strategy:se:andt-strategi",
        )
    }


def test_areas_to_be_prioritised_in_the_passive_are_goals() -> None:
    text = (
        "Nyheter\n\nEnligt Region Kalmar läns nya kulturplan ska följande områden "
        "prioriteras:\n\n \u2022 Kultur i hela länet.\n \u2022 Kultur för barn och unga.\n"
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyheter/kultur/", "2023-05-15")
    goals = {k.to_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.HAS_GOAL)}
    assert goals == {"kultur-i-hela-lanet", "kultur-for-barn-och-unga"}


def test_a_body_deciding_which_grounds_apply_states_a_mandate_not_a_decision() -> None:
    text = (
        "Kortfattat från regionala utvecklingsnämnden 2022-04-29\n\nRegionala "
        "utvecklingsnämnden beslutar om vilka grunder för stödet som ska gälla. "
        "Regionala utvecklingsnämnden beslutade att behålla samma grunder som 2021."
    )
    facts = facts_at(text, "https://www.regiondalarna.se/press/kortfattat-run/", "2022-04-29")
    summaries = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert len(summaries) == 1 and summaries[0].startswith("Behålla samma grunder"), summaries


def test_a_step_to_come_in_the_passive_is_no_decision() -> None:
    text = (
        "Nyheter\n\nArbetet med ett nytt näringslivsprogram pågår. Det kommer sedan skickas "
        "ut på remiss till näringslivet innan det slutligen fastställs av kommunfullmäktige."
    )
    facts = facts_at(text, "https://www.alvsbyn.se/nyheter/program/", "2023-05-15")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_coordinated_bodies_both_adopt() -> None:
    text = (
        "Nyheter\n\nRegionstyrelsen och hälso- och sjukvårdsnämnden har i veckan fattat "
        "beslut om Strategi för suicidprevention i Östergötland 2024-2028."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/suicid/", "2024-05-15")
    adopters = {k.from_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.ADOPTED)}
    assert adopters == {"regionstyrelsen", "halso-och-sjukvardsnamnden"}


def test_the_plan_in_force_is_the_pages_own_document() -> None:
    text = (
        "Provby kommun\n\nDagvattenplan\n\nAlla kommuner ska arbeta med dagvatten.\n\n"
        "Kommunfullmäktige antog den plan som nu gäller år 2012. Planen omfattar även skyfall."
    )
    facts = facts_at(text, "https://www.hassleholm.se/bygga/dagvattenplan", "2023-05-15")
    adopted = {(k.from_id, k.to_id) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {
        (
            "Organization:kommun:1293:kommunfullmaktige",
            "Document:municipal:plan:kommun:1293:dagvattenplan",
        )
    }


def test_a_relative_clauses_stranded_om_before_the_day() -> None:
    text = (
        "Nyheter\n\nDet framgår av den framställan till Statens kulturråd som regionala "
        "utvecklingsnämnden beslutade om på torsdagen. Pengarna ska fördelas enligt modellen."
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyhetslista/kulturstod/", "2021-10-07")
    assert [n.date for n in facts.nodes if isinstance(n, Decision)] == ["2021-10-07"]


def test_a_bare_noun_with_its_topic_after_a_making_verb_is_a_document() -> None:
    text = (
        "Nyheter\n\nÄrendet återremitterades. Förvaltningen fick i uppdrag att ta fram "
        "riktlinjer för extra bidrag till föreningar vid särskilda händelser."
    )
    assert _titles(text, "https://www.knivsta.se/nyheter/politik.html") == {
        "Riktlinjer för extra bidrag till föreningar vid särskilda händelser"
    }


def test_a_requirement_that_bodies_decide_is_no_decision() -> None:
    text = (
        "Nyheter\n\nRegion Gävleborg följer SKR:s nya riktlinjer för marknadsföring. För att "
        "riktlinjerna ska få genomslag i praktiken krävs att respektive region beslutar att "
        "införa riktlinjerna och bevaka att de efterföljs."
    )
    facts = facts_at(text, "https://www.regiongavleborg.se/nyheter/riktlinjer/", "2020-01-22")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]

"""Who made a document: "vår" on the maker's own site, a genitive before definite
adjectives, and work under way on a document. Short fictional texts written for these
tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Goal
from tests.ingest.helpers import decisions, documents, facts_at

SITE = "https://www.mariestad.se/nyheter/energi"
MARIESTAD = "Organization:kommun:1493"


def _issued(facts: SourceFacts) -> dict[tuple[str, str], str]:
    titles = {d.id: d.title for d in documents(facts).values()}
    return {
        (x.from_id, titles.get(x.to_id, x.to_id)): x.evidence.rule
        for x in facts.links
        if x.type is LinkType.ISSUED
    }


def test_our_document_on_the_sites_own_page_is_the_sites() -> None:
    facts = facts_at("Avfall\n\nUnder hösten ser vi över vår avfallsplan.\n", SITE, None)
    assert _issued(facts).get((MARIESTAD, "Avfallsplan")) == "relation.issued.our"


def test_our_document_with_adjectives_after_the_adopter() -> None:
    text = "Cykel\n\nI våras antog fullmäktige vår nya gemensamma cykelstrategi.\n"
    issued = _issued(facts_at(text, SITE, None))
    assert [k for k, rule in issued.items() if rule == "relation.issued.our"] == [
        (MARIESTAD, next(t for _, t in issued if "ykelstrategi" in t))
    ]


def test_a_quoted_our_is_the_speakers() -> None:
    text = "Trygghet\n\n\u2013 Vi håller fast vid vår handlingsplan, säger Per Lund på polisen.\n"
    assert "relation.issued.our" not in _issued(facts_at(text, SITE, None)).values()


def test_a_genitive_owner_before_definite_adjectives() -> None:
    text = "Näringsliv\n\nNu tar Mariestads kommuns hållbara näringslivsstrategi form.\n"
    issued = _issued(facts_at(text, "https://www.example.org/x", None))
    assert any(k[0] == MARIESTAD and "äringslivsstrategi" in k[1] for k in issued), issued


def test_a_regions_genitive_before_an_adjective() -> None:
    text = "Kultur\n\nHär finns Region Skånes regionala kulturplan för tre år.\n"
    issued = _issued(facts_at(text, "https://www.example.org/x", None))
    assert any(k[0] == "Organization:region:12" and "ulturplan" in k[1] for k in issued), issued


PLEDGE = (
    "Medborgarlöfte 2025 för Mariestad\n\n"
    "Kommunen och polisen har tecknat Medborgarlöfte 2025. Löftet har fokus på att "
    "stärka tryggheten vid busstationen och detta innebär fler kvällsvandringar.\n\n"
    "För att minska skadegörelsen i centrum lovar kommunen och polisen att:\n\n"
    " • Genom fler kontroller bidra till färre olyckor med mopeder.\n"
    " • Genom kvällsvandringar bidra till att vända utvecklingen.\n\n"
    "För att nå målet ska kommunen anställa två fältassistenter.\n\n"
    "För att förenkla ansökan ska kommunen öppna en e-tjänst.\n"
)


def _goals(facts: SourceFacts) -> dict[str, str]:
    owners = {x.to_id: x.from_id for x in facts.links if x.type is LinkType.HAS_GOAL}
    return {n.text: owners.get(n.id, "") for n in facts.nodes if isinstance(n, Goal)}


def test_purpose_and_effect_are_the_pledges_goals() -> None:
    goals = _goals(facts_at(PLEDGE, SITE, None))
    pledge = next(d.id for d in documents(facts_at(PLEDGE, SITE, None)).values())
    assert goals.get("minska skadegörelsen i centrum") == pledge, goals
    assert "stärka tryggheten vid busstationen" not in goals  # a focus is read no more
    assert goals.get("färre olyckor med mopeder") == pledge, goals


def test_reaching_a_goal_or_a_process_is_no_goal() -> None:
    texts = " ".join(_goals(facts_at(PLEDGE, SITE, None)))
    assert "nå målet" not in texts and "vända utvecklingen" not in texts
    assert "förenkla ansökan" not in texts  # a means of anything, under "ska"


MEANS = (
    "Hållbarhetsprogram för Mariestads kommun\n\n"
    "Programmet ska göra kommunen till en förebild. Så når vi dit genom att:\n\n"
    " • Miljön är en del av varje beslut.\n"
    " • Varje höst välja ut tre insatser med störst nytta.\n"
    " • Redovisa resultaten i årsredovisningen.\n\n"
    "Ett levande centrum, bland annat genom att rusta upp torget samt bygga ut "
    "gång- och cykelvägarna till skolorna.\n\n"
    "Vi ska minska bullret, bland annat genom att ägna tid åt vägar, parker samt "
    "möjligheter att resa kollektivt.\n"
)


def _activities(facts: SourceFacts) -> dict[str, str]:
    owners = {x.to_id: x.evidence.rule for x in facts.links if x.type is LinkType.HAS_ACTIVITY}
    return {n.description: owners.get(n.id, "") for n in facts.nodes if isinstance(n, Activity)}


def test_every_item_under_genom_att_is_a_means() -> None:
    found = _activities(facts_at(MEANS, SITE, None))
    listed = {t for t, rule in found.items() if rule == "list.activities.by_means"}
    assert len(listed) == 3, found
    assert any(t.startswith("Miljön är en del") for t in listed)


def test_examples_of_means_in_running_text_are_activities() -> None:
    found = _activities(facts_at(MEANS, SITE, None))
    inline = sorted(t for t, rule in found.items() if rule == "list.activities.by_means_inline")
    assert inline == ["bygga ut gång- och cykelvägarna till skolorna", "rusta upp torget"]


def test_a_period_on_the_line_under_a_heading_is_the_documents() -> None:
    text = (
        "Lämna synpunkter på Mariestads kommuns avfallsplan\n\n2025\u20132030\n\n"
        "Kommunen har tagit fram ett förslag till avfallsplan. Avfallsplanen ska "
        "antas av fullmäktige i vår.\n"
    )
    docs = documents(facts_at(text, SITE, None))
    assert [(d.period_start, d.period_end) for d in docs.values()] == [(2025, 2030)]


BLOCKS = (
    "Boverket\n\nBild: två hus i en park.\n\n"
    "Regeringen beslutade i våras om en nationell bostadsstrategi för hela landet.\n\n"
    "Uppdrag inom bostadsstrategin\n\n"
    "Boverket\nTa fram en vägledning om hyresnivåer\n\n"
    "Lantmäteriet och Skatteverket\nSamordna registren över lägenheter\n\n"
    "Stöd och kunskap\n\n"
    "Tillväxtverket\n • Stödja kommunernas bostadsanalyser\n"
    " • Sprida goda exempel från landsbygden\n\n"
    "Jönköpings Kristna\nsamarbetsråd\n"
)


def test_blocks_of_carriers_and_their_tasks() -> None:
    facts = facts_at(BLOCKS, "https://www.boverket.se/sv/om-boverket/uppdrag/", None)
    found = _activities(facts)
    blocks = sorted(t for t, rule in found.items() if rule == "list.activities.actor_blocks")
    assert blocks == [
        "Samordna registren över lägenheter",
        "Sprida goda exempel från landsbygden",
        "Stödja kommunernas bostadsanalyser",
        "Ta fram en vägledning om hyresnivåer",
    ], found
    carriers = {
        (x.from_id, x.to_id.rsplit(":", 1)[-1])
        for x in facts.links
        if x.type is LinkType.RESPONSIBLE_FOR
    }
    assert ("Organization:nationell:lantmateriet", "samordna-registren-over-lagenheter") in carriers
    assert ("Organization:nationell:skatteverket", "samordna-registren-over-lagenheter") in carriers
    assert not any("bild" in t.lower() or "kunskap" in t.lower() for t in found)


def test_an_agreement_said_to_be_a_declaration_is_one_document() -> None:
    text = (
        "Länsstyrelsen och regionen har tecknat en ny överenskommelse om skolskjutsar.\n\n"
        "Denna överenskommelse är en avsiktsförklaring för parterna om hur skjutsarna "
        "ska samordnas i länet.\n"
    )
    docs = documents(facts_at(text, "https://www.lansstyrelsen.se/jamtland/nyheter/x", None))
    assert not any("avsiktsförklaring" in d.title.lower() for d in docs.values()), docs


def test_items_handed_on_keep_their_headings_apart() -> None:
    text = (
        "Beslut från kommunfullmäktige\n\n"
        "Här följer beslut från kommunfullmäktiges sammanträde den 14 oktober 2024.\n\n"
        "3. Medborgarförslag om fler bänkar i stadsparken.\n"
        "KF överlåter åt tekniska nämnden att besluta i ärendet.\n\n"
        "4. Medborgarförslag om belysning på cykelbanan.\n"
        "KF överlåter åt tekniska nämnden att besluta i ärendet.\n\n"
        "5. Medborgarförslag om en hundrastgård.\n"
        "KF skickade ärendet vidare till två nämnder.\n"
    )
    found = decisions(facts_at(text, "https://www.vanersborg.se/nyheter/kf", None))
    summaries = sorted(d.summary for d in found.values())
    assert len(summaries) == 3, summaries
    assert any("bänkar" in s for s in summaries) and any("belysning" in s for s in summaries)
    assert any("hundrastgård" in s and "vidare" in s for s in summaries)


def test_a_drafts_date_is_no_adoption_date() -> None:
    text = (
        "Kommunfullmäktige i korthet\n\n"
        "Kommunfullmäktige sammanträdde den 19 september 2022.\n\n"
        "Kommunfullmäktige beslutade att anta reviderat program för tillsyn av "
        "hemtjänsten daterat 2022-06-01.\n"
    )
    found = documents(facts_at(text, SITE, None))
    assert [d.adopted_on for d in found.values()] == ["2022-09-19"], found


def test_numbered_goal_labels_are_the_plans_goals() -> None:
    text = (
        "Trafiksäkerhetsplan 2024-2027 för Mariestads kommun\n\n"
        "Planen bygger på dialoger med skolor och föreningar.\n\n"
        " • Delmål 1: Ingen ska dö i trafiken på kommunens gator\n"
        " • Delmål 2: Fler barn ska gå eller cykla till skolan\n\n"
        "I texten står även att mål 1: gäller alla.\n"
    )
    goals = _goals(facts_at(text, SITE, None))
    plan = next(iter(documents(facts_at(text, SITE, None)).values())).id
    assert goals.get("Ingen ska dö i trafiken på kommunens gator") == plan, goals
    assert goals.get("Fler barn ska gå eller cykla till skolan") == plan, goals


def test_a_strategic_plan_for_something_is_a_document() -> None:
    text = "Skola\n\nRegionen har tagit fram en strategisk plan för skolskjutsarna.\n"
    docs = documents(facts_at(text, "https://www.regionuppsala.se/nyheter/x", None))
    assert [d.title for d in docs.values()] == ["Strategisk plan för skolskjutsarna"]


def test_a_mandate_held_for_years_is_no_decision() -> None:
    text = (
        "Samordning\n\nEnergimyndigheten har under åren 2016-2019 haft i uppdrag att "
        "samordna arbetet med laddinfrastruktur.\n"
    )
    assert not decisions(facts_at(text, "https://www.energimyndigheten.se/nyheter/x", None))


def test_a_verbless_referral_under_a_numbered_item() -> None:
    text = (
        "Beslut från kommunfullmäktige\n\n"
        "Här följer beslut från kommunfullmäktiges sammanträde den 14 oktober 2024.\n\n"
        "7. Motion från två ledamöter om solceller på skolornas tak.\n"
        "Motionen på remiss till kommunstyrelsen.\n"
    )
    found = decisions(facts_at(text, "https://www.vanersborg.se/nyheter/kf", None))
    assert [d.summary for d in found.values()] == [
        "Motion från två ledamöter om solceller på skolornas tak: motionen på remiss till "
        "kommunstyrelsen"
    ], found
    assert {d.date for d in found.values()} == {"2024-10-14"}


def test_a_comprehensive_plan_by_its_abbreviation() -> None:
    text = (
        "Samhällsplanering\n\nÖP2050 går ut på samråd\n\n"
        "Kommunstyrelsen beslutade att skicka ut översiktsplanen på samråd. "
        "Den ersätter ÖP 2010.\n"
    )
    titles = sorted(d.title for d in documents(facts_at(text, SITE, None)).values())
    assert titles == ["ÖP 2010", "ÖP2050"], titles


def test_substitutes_appointed_at_a_council() -> None:
    text = (
        "KF i korthet\n\nKommunfullmäktige sammanträdde den 14 oktober 2024.\n\n"
        "Lena Holm (S) utses till ny ersättare i KF.\n\n"
        "Till ny ersättare i miljönämnden utses Olle Dahl (M).\n"
    )
    facts = facts_at(text, "https://www.vanersborg.se/nyheter/kf", None)
    held = {(x.from_id, x.to_id, x.title) for x in facts.links if x.type is LinkType.HOLDS_ROLE}
    assert (
        "Person:person:lena-holm",
        "Organization:kommun:1487:kommunfullmaktige",
        "Ersättare",
    ) in held, held
    assert any(h[0] == "Person:person:olle-dahl" and h[1].endswith("miljonamnden") for h in held)

"""Wordings and page shapes first met on development pages in the twenty-eighth session
(2026-12-02). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest.language.sites import SiteOwner, site_owner
from tests.ingest.helpers import decisions, facts_at, held_roles, links


def test_a_county_councils_former_host_is_its_regions_site() -> None:
    # Archived pages of the landsting era still live on their old hosts.
    assert site_owner("https://www.sll.se/verksamhet/nyheter/2019/03/plan/") == SiteOwner(
        OrganizationKind.REGION, "01"
    )
    assert site_owner("https://moten.lg.se/committees/utskottet/mote-2022-06-02") == (
        SiteOwner(OrganizationKind.REGION, "21")
    )
    assert site_owner("https://www.nll.se/sv/nyheter/2015/plan/") == SiteOwner(
        OrganizationKind.REGION, "25"
    )


def test_a_list_intro_naming_no_document_continues_the_sentence_before_it() -> None:
    text = (
        "Region Västmanland\n\nNyheter\n\n2024-03-14\n\nVårt uppdrag\n\n"
        "Regionen ska ta fram en strategi för utvecklingen i länet.\n\n"
        "Det regionala programmet\n\n"
        "Länets regionala utvecklingsprogram har fyra insatsområden som alla bidrar till "
        "samma mål.\n\nDelmål för varje insatsområde är:\n\n"
        " • Länets invånare ska ha en god livsmiljö.\n"
        " • Länets företag ska ha tillgång till rätt kompetens.\n"
        " • Länet ska ha effektiva kommunikationer.\n"
    )
    facts = facts_at(text, "https://www.regionvastmanland.se/utveckling/uppdrag/", "2024-03-14")
    owners = {k.from_id for k in links(facts, LinkType.HAS_GOAL)}
    assert owners == {"Document:regional:programme:lan:19:utvecklingsprogram"}, owners
    assert len(links(facts, LinkType.HAS_GOAL)) == 3


def test_a_bare_vision_belongs_to_the_document_named_just_before_its_paragraph() -> None:
    text = (
        "Ragunda kommun\n\nNyheter\n\n2024-03-14\n\nRegionala folkhälsomål\n\n"
        "Länets kommuner har tillsammans med regionen tagit fram en länsgemensam "
        "Folkhälsopolicy 2020-2024. Dokumentet är vägledande för arbetet.\n\n"
        "Visionen är ”Hälsa på lika villkor i hela länet”. Arbetet följs upp varje år.\n"
    )
    facts = facts_at(text, "https://www.ragunda.se/folkhalsa/", "2024-03-14")
    goals = {(k.from_id, k.to_id.rsplit(":", 1)[1]) for k in links(facts, LinkType.HAS_GOAL)}
    assert goals == {
        (
            "Document:regional:policy:lan:23:folkhalso:2020-2024",
            "halsa-pa-lika-villkor-i-hela-lanet",
        )
    }, goals


def _document_ids(text: str, uri: str) -> set[str]:
    facts = facts_at(text, uri, "2024-03-14")
    return {n.id for n in facts.nodes if n.id.startswith("Document:")}


def test_a_compound_on_a_province_stays_a_name() -> None:
    found = _document_ids(
        "Region Dalarna\n\nNyheter\n\n2024-03-14\n\nArbetet följer Dalastrategin i allt.\n",
        "https://www.regiondalarna.se/nyheter/strategi/",
    )
    assert found == {"Document:regional:strategy:lan:20:dalastrategin"}, found


def test_a_definite_compound_on_another_topic_is_no_anaphor() -> None:
    found = _document_ids(
        "Borgholms kommun\n\nNyheter\n\n2024-03-14\n\nKommunchefen ska revidera energi- "
        "och klimatstrategin, VA-policyn och VA-strategin.\n",
        "https://www.borgholm.se/nyheter/styrdokument/",
    )
    assert "Document:municipal:strategy:kommun:0885:va-strategi" in found, found


def test_a_second_document_with_its_own_article_keeps_its_topic() -> None:
    found = _document_ids(
        "Tranås kommun\n\nNyheter\n\n2024-03-14\n\nFullmäktige antog Konstpolicyn och ett "
        "program för lika rättigheter.\n",
        "https://www.tranas.se/nyheter/kf/",
    )
    assert "Document:municipal:policy:kommun:0687:konstpolicy" in found, found
    assert "Document:municipal:programme:kommun:0687:program-for-lika-rattigheter" in found


def test_a_glued_acronym_set_off_after_the_plan_names_it() -> None:
    found = _document_ids(
        "Båstads kommun\n\nNyheter\n\n2024-03-14\n\nFörslaget hade inte stöd i den då "
        "gällande översiktsplanen, ÖP08. Enligt den gällande översiktsplanen, ÖP2030, går "
        "det inte heller.\n",
        "https://www.bastad.se/nyheter/kf/",
    )
    assert {
        "Document:municipal:plan:kommun:1278:op08",
        "Document:municipal:plan:kommun:1278:op2030",
    } <= found, found


def test_municipal_federations_by_their_head_and_named_rescue_services() -> None:
    facts = facts_at(
        "Uppvidinge kommun\n\nNyheter\n\n2024-03-14\n\nKommunen ska gå med i Höglandets "
        "Räddningstjänstförbund och har sagt upp medlemskapet i Räddningstjänsten Östra "
        "Kronoberg. Sydnärkes Utbildningsförbund, Södertörns brandförsvarsförbund och Södra "
        "Dalarnas räddningsförbund deltar.\n",
        "https://www.uppvidinge.se/nyheter/kf/",
        "2024-03-14",
    )
    kinds = {n.name: n.kind for n in facts.nodes if isinstance(n, Organization)}
    for name in (
        "Höglandets Räddningstjänstförbund",
        "Räddningstjänsten Östra Kronoberg",
        "Sydnärkes Utbildningsförbund",
        "Södertörns brandförsvarsförbund",
        "Södra Dalarnas räddningsförbund",
    ):
        assert kinds.get(name) is OrganizationKind.MUNICIPAL_ASSOCIATION, (name, kinds)


def test_a_rescue_service_named_after_its_municipality_is_no_federation() -> None:
    facts = facts_at(
        "Jönköpings kommun\n\nNyheter\n\n2024-03-14\n\nRäddningstjänsten Jönköping övar.\n",
        "https://www.jonkoping.se/nyheter/ovning/",
        "2024-03-14",
    )
    kinds = {n.name: n.kind for n in facts.nodes if isinstance(n, Organization)}
    assert kinds.get("Räddningstjänsten Jönköping") is not OrganizationKind.MUNICIPAL_ASSOCIATION


def test_a_month_on_a_page_dated_by_its_address_falls_before_that_day() -> None:
    facts = facts_at(
        "Hofors kommun\n\nFramtidsstrategi\n\nArbetet med framtidsstrategin har startat. "
        "I februari beslutade kommunstyrelsen att anta en konsult i processen.\n",
        "https://www.hofors.se/nyheter/2016-09-07-arbetet-med-strategin-har-startat.html",
        None,
    )
    assert [d.date for d in decisions(facts).values()] == ["2016-02-01"], decisions(facts)


def test_municipalities_listed_within_a_group_and_after_a_capitalised_first_word() -> None:
    facts = facts_at(
        "Skara kommun\n\nNyheter\n\n2024-03-14\n\nSamverkan inom V6-kommunerna (Skara, "
        "Lidköping, Vara, Essunga) fortsätter. Både Sävsjö och Eksjö kommun har anordnat "
        "utbildningar.\n",
        "https://www.skara.se/nyheter/samverkan/",
        "2024-03-14",
    )
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    for name in ("Lidköpings kommun", "Vara kommun", "Essunga kommun", "Sävsjö kommun"):
        assert name in names, names


def test_an_att_clause_as_a_sentences_subject_is_no_decision_item() -> None:
    facts = facts_at(
        "Bräcke kommun\n\nRapport från kommunstyrelsen 15 september\n\n2024-03-14\n\n"
        "Kommunstyrelsen beslutade att föreslå en ny avfallstaxa. Att kommunen nu samlar in "
        "matavfall har att göra med en ny lag.\n",
        "https://www.bracke.se/nyheter/rapport-fran-ks/",
        "2024-03-14",
    )
    summaries = [d.summary for d in decisions(facts).values()]
    assert not any("matavfall" in s for s in summaries), summaries


def test_a_body_in_capitals_heads_the_minutes_and_takes_its_chair() -> None:
    facts = facts_at(
        "Avesta kommun\n\nSammanträdesprotokoll OMSORGSSTYRELSEN Plats och tid "
        "Stadshuset, kl 13:00-16:30 Beslutande Övriga deltagande Utses att justera "
        "Eva Ek (MP), ordförande Bo Berg (S) Lena Lund (S)\n",
        "https://www.avesta.se/protokoll/omsorgsstyrelsen/",
        "2024-03-14",
    )
    assert held_roles(facts) >= {
        ("eva-ek", "Organization:kommun:2084:omsorgsstyrelsen", "Ordförande")
    }, held_roles(facts)

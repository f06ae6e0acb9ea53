"""Names of bodies and partner organisations (ingest.rules.actor_bodies, actor_references,
civil_orgs, extract_forums and the region aliases), on invented sentences, with the
words that name no organisation."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Organization, OrganizationKind, Source
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, facts_of, links

ALE = "Organization:kommun:1440"


def _orgs(facts: SourceFacts) -> dict[str, Organization]:
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def _on_site(text: str, uri: str) -> SourceFacts:
    source = Source(id="Source:test", uri=uri, sha256="0", media_type="text/plain", text=text)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


# --- arbetsutskott, utskott, kansli, units ------------------------------------------------------


def test_a_committee_s_working_committee_is_named_whole_and_part_of_the_municipality() -> None:
    facts = facts_of(
        "Ale kommun\n\nProtokollsutdrag från servicenämndens arbetsutskott. Arbetsutskottet "
        "föreslår servicenämnden att godkänna rapporten. Servicenämnden beslutade enligt "
        "förslaget."
    )
    au = f"{ALE}:servicenamndens-arbetsutskott"
    assert au in _orgs(facts)
    assert f"{ALE}:kommunstyrelsens-arbetsutskott" not in _orgs(facts)
    assert {k.to_id for k in links(facts, LinkType.PART_OF, from_id=au)} == {ALE}


def test_a_bare_au_is_the_working_committee_of_the_board_the_page_is_about() -> None:
    facts = facts_of(
        "Ale kommun\n\nBarn- och utbildningsnämnden beslutade enligt AU:s förslag. Nämnden "
        "beslutade att bifalla arbetsutskottets förslag. Barn- och utbildningsnämnden tar upp "
        "frågan igen i maj."
    )
    orgs = _orgs(facts)
    assert f"{ALE}:barn-och-utbildningsnamndens-arbetsutskott" in orgs
    assert f"{ALE}:kommunstyrelsens-arbetsutskott" not in orgs


def test_an_executive_board_s_utskott_with_an_adjective_stays_whole() -> None:
    facts = facts_of(
        "Ale kommun\n\nÄrendet bereds av kommunstyrelsens allmänna utskott i juni. "
        "Vuxenenheten deltar. Syftet är att öka medvetenheten om våld."
    )
    orgs = _orgs(facts)
    assert f"{ALE}:kommunstyrelsens-allmanna-utskott" in orgs
    assert f"{ALE}:kommunstyrelsen" not in orgs
    assert f"{ALE}:vuxenenheten" in orgs
    assert not [i for i in orgs if "medvetenhet" in i]


def test_an_unhyphenated_committee_pair_is_one_committee_but_two_names_stay_two() -> None:
    facts = facts_of(
        "Ale kommun\n\nFör Miljö och byggnadsnämnden deltog ordföranden. Kommunen och "
        "socialnämnden samverkar."
    )
    orgs = _orgs(facts)
    assert f"{ALE}:miljo-och-byggnadsnamnden" in orgs
    assert f"{ALE}:byggnadsnamnden" not in orgs
    assert f"{ALE}:socialnamnden" in orgs


def test_landstinget_is_the_region_and_its_kansli_part_of_it() -> None:
    facts = facts_of(
        "Landstinget Kronoberg\n\nFolkhälsoutskottet sammanträdde. Landstingets kansli "
        "redovisade arbetet som landstinget bedriver."
    )
    region = "Organization:region:07"
    orgs = _orgs(facts)
    assert orgs[region].kind is OrganizationKind.REGION
    kansli = f"{region}:landstingets-kansli"
    assert orgs[kansli].kind is OrganizationKind.ADMINISTRATION
    assert {k.to_id for k in links(facts, LinkType.PART_OF, from_id=kansli)} == {region}


def test_a_named_region_s_kansli_is_its_body() -> None:
    facts = _on_site(
        "Övriga beslut\n\nRegion Blekinges kansli får i uppdrag att driva arbetet vidare.",
        "https://www.regionblekinge.se/nyheter/ovriga-beslut.html",
    )
    kansli = "Organization:region:10:region-blekinges-kansli"
    assert {k.to_id for k in links(facts, LinkType.PART_OF, from_id=kansli)} == {
        "Organization:region:10"
    }


# --- partners: rescue services, shelters, associations, federations ---------------------------


def test_rescue_services_shelters_and_associations_by_their_heads() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunen samverkar med Räddningstjänst Väst, Bergslagens "
        "Räddningstjänst, Nerikes brandkår, brottsofferjouren, Agera Kvinnojour och "
        "Astma- och Allergiföreningen i Örebro län. Larmet går via SOS Alarm."
    )
    orgs = _orgs(facts)
    # A rescue service named after its area is a federation of municipalities.
    assert orgs["Organization:org:raddningstjanst-vast"].kind is (
        OrganizationKind.MUNICIPAL_ASSOCIATION
    )
    for name in (
        "bergslagens-raddningstjanst",
        "nerikes-brandkar",
        "brottsofferjouren",
        "agera-kvinnojour",
        "astma-och-allergiforeningen-i-orebro-lan",
        "sos-alarm",
    ):
        assert orgs[f"Organization:org:{name}"].kind is OrganizationKind.OTHER


def test_generic_rescue_service_and_shelter_words_name_no_one() -> None:
    facts = facts_of(
        "Ale kommun\n\nKvinnojouren har öppet dygnet runt. En enhet från räddningstjänsten "
        "kan larmas. Kommunens räddningstjänst övar. Kontakta kvinnojour i din kommun."
    )
    assert not [i for i in _orgs(facts) if i.startswith("Organization:org:")]


def test_a_bare_regional_federation_is_the_home_county_s() -> None:
    facts = facts_of(
        "Länsstyrelsen i Kronobergs län\n\nPolicyn togs fram av länets kommuner, "
        "regionförbundet och länsstyrelsen."
    )
    org = _orgs(facts)["Organization:org:regionforbundet-i-kronobergs-lan"]
    assert org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION


# --- forums and national aliases ----------------------------------------------------------------


def test_the_regional_council_in_the_definite_form_is_a_county_forum() -> None:
    facts = _on_site(
        "Ny strategi\n\nDet regionala kompetensrådet har lett arbetet.",
        "https://www.regionblekinge.se/nyheter/ny-strategi.html",
    )
    forum = _orgs(facts)["Organization:forum:lan:10:regionala-kompetensradet"]
    assert forum.name == "Regionala kompetensrådet"
    assert forum.kind is OrganizationKind.FORUM


def test_former_names_of_skr_and_the_government_offices() -> None:
    facts = facts_of(
        "Skolverket\n\nSKL och Sveriges Kommuner och Landsting har yttrat sig till "
        "Regeringskansliet."
    )
    orgs = _orgs(facts)
    assert "Organization:nationell:skr" in orgs
    assert orgs["Organization:nationell:regeringskansliet"].kind is OrganizationKind.GOVERNMENT


def test_a_collaboration_s_group_takes_its_name_and_is_part_of_it() -> None:
    facts = facts_of(
        "Länsstyrelsen i Kronobergs län\n\nTrygg Kronobergs styrgrupp har fastställt en "
        "regional plan för länet. Sedan 2010 arbetar Trygg Kronoberg med frågorna i länet."
    )
    group = "Organization:forum:lan:07:trygg-kronobergs-styrgrupp"
    owner = "Organization:forum:lan:07:trygg-kronoberg"
    assert {group, owner} <= set(_orgs(facts))
    assert {k.to_id for k in links(facts, LinkType.PART_OF, from_id=group)} == {owner}


def test_a_genitive_group_without_its_owner_named_alone_keeps_its_own_name() -> None:
    facts = facts_of(
        "Länsstyrelsen i Kronobergs län\n\nTrygg Kronobergs styrgrupp har fastställt en "
        "regional plan för länet."
    )
    assert not [i for i in _orgs(facts) if "trygg" in i]


def test_minutes_forms_of_the_executive_board_s_committee_and_administration() -> None:
    facts = facts_of(
        "Ale kommun\n\nEnligt beslut i kommunstyrelsen arbetsutskott förlängs avtalet. "
        "Ordföranden yrkar bifall till kommunstyrelsens förvaltnings förslag."
    )
    orgs = _orgs(facts)
    assert f"{ALE}:kommunstyrelsens-arbetsutskott" in orgs
    administration = orgs[f"{ALE}:kommunstyrelsens-forvaltning"]
    assert administration.kind is OrganizationKind.ADMINISTRATION


def test_a_local_police_area_is_the_police_and_signs_as_it() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun och lokalpolisområdet har tecknat ett nytt medborgarlöfte."
    )
    police = "Organization:nationell:polismyndigheten"
    assert police in _orgs(facts)
    assert {k.from_id for k in links(facts, LinkType.SIGNED)} == {ALE, police}
    assert "lokalpolisområdeschef" not in {o.name.lower() for o in _orgs(facts).values()}


def test_two_names_in_the_genitive_sharing_one_noun_are_named_without_it() -> None:
    facts = _on_site(
        "Burlövs kommun\n\nUtredaren berättar mer om Stiftelsen Spillepengs och "
        "Räddningstjänst Syds årsredovisningar. Räddningstjänsten Västerås ledning svarar.",
        "https://www.burlov.se/nyheter/beslut",
    )
    assert {
        o.name for o in _orgs(facts).values() if o.kind is not OrganizationKind.MUNICIPALITY
    } == {
        "Stiftelsen Spillepeng",
        "Räddningstjänst Syd",
        "Räddningstjänsten Västerås",
    }


def test_ksau_is_the_municipal_executive_committees_working_committee() -> None:
    facts = _on_site(
        "Malung-Sälens kommun\n\nI dag behandlades främst val till KSAU och pensionärsrådet.",
        "https://www.malung-salen.se/nyheter/ks",
    )
    assert "Organization:kommun:2023:kommunstyrelsens-arbetsutskott" in _orgs(facts)

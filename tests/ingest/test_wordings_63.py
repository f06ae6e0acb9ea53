"""Defects found in the sixty-third session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document, NodeLabel

from .helpers import facts_at, links

BORAS = "https://www.boras.se/kommun/planer.html"
LULEA = "https://www.lulea.se/kommun/styrdokument.html"
UMEA = "https://www.regionvasterbotten.se/regional-utveckling/mat.html"
SKANE = "https://www.lansstyrelsen.se/skane/landsbygd/handlingsplan.html"
AGENCY = "https://tillvaxtverket.se/tillvaxtverket/regional-samordning.html"


def _facts(text: str, site: str) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, kind)}


def _documents(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.title for n in facts.nodes if isinstance(n, Document)}


def test_an_action_plan_for_carrying_out_an_agreement_implements_it() -> None:
    text = (
        "Kommunal handlingsplan för implementering av överenskommelsen om samverkan "
        "mellan Borås Stad och föreningslivet.\n\n"
        "Handlingsplanen har tre målområden.\n"
    )
    facts = _facts(text, BORAS)
    (plan,) = (i for i in _documents(facts) if ":action-plan:" in i)
    (agreement,) = (i for i in _documents(facts) if ":agreement:" in i)
    assert _pairs(facts, LinkType.IMPLEMENTS) == {(plan, agreement)}


def test_an_action_plan_for_two_programmes_implements_both() -> None:
    text = (
        "Regional handlingsplan för landsbygdsprogrammet och havs- och fiskeriprogrammet "
        "2019\n\n"
        "Den regionala handlingsplanen ska styra vårt arbete med prioritering av "
        "ansökningar.\n"
    )
    facts = _facts(text, SKANE)
    (plan,) = (i for i in _documents(facts) if ":action-plan:" in i)
    targets = {t for s, t in _pairs(facts, LinkType.IMPLEMENTS) if s == plan}
    assert len(targets) == 2
    assert all(":programme:" in t for t in targets)


def test_a_regional_committee_in_the_genitive_with_its_adjective_is_a_body() -> None:
    text = (
        "Den regionala livsmedelsstrategin beslutades av Region Västerbottens regionala "
        "utvecklingsnämnd den 19 maj 2021.\n"
    )
    facts = _facts(text, UMEA)
    body = "Organization:region:24:regionala-utvecklingsnamnden"
    assert body in {n.id for n in facts.nodes if n.label is NodeLabel.ORGANIZATION}
    assert {s for s, _ in _pairs(facts, LinkType.ADOPTED)} == {body}


def test_the_work_of_drawing_up_a_document_shared_by_parties_makes_them_its_issuers() -> None:
    text = (
        "Regional livsmedelsstrategi för Västerbotten\n\n"
        "Arbetet med att ta fram strategin är ett samarbete mellan Region Västerbotten, "
        "LRF Västerbotten och Länsstyrelsen Västerbotten.\n"
    )
    issuers = {s for s, _ in _pairs(_facts(text, UMEA), LinkType.ISSUED)}
    assert issuers == {
        "Organization:region:24",
        "Organization:org:lrf-vasterbotten",
        "Organization:lansstyrelse:24",
    }


def test_a_file_type_glued_to_a_title_s_last_year_leaves_its_period() -> None:
    text = (
        "Dokument\n\n"
        "Riktlinjer för framtagande och genomförande av regionala serviceprogram "
        "2014\u20132018PDF\n"
    )
    assert "Document:national:guideline:se:2014-2018" in _documents(_facts(text, AGENCY))


def test_guidelines_named_by_whose_they_are_and_by_their_title_are_one_document() -> None:
    text = (
        "Tillväxtverket har på uppdrag av regeringen utarbetat riktlinjerna för länens "
        "regionala serviceprogram.\n\n"
        "Riktlinjer för framtagande och genomförande av regionala serviceprogram "
        "2014\u20132018\n"
    )
    assert list(_documents(_facts(text, AGENCY))) == ["Document:national:guideline:se:2014-2018"]


def test_a_period_of_whole_dates_after_a_relative_clause_is_the_document_s() -> None:
    text = (
        "Kommunfullmäktige antog Idrottspolitiskt program som gäller för perioden "
        "2018-05-03 till och med 2021-12-30.\n"
    )
    assert list(_documents(_facts(text, LULEA))) == [
        "Document:municipal:programme:kommun:2580:2018-2021"
    ]


def test_the_years_after_the_municipality_a_title_names_are_its_period() -> None:
    text = "Kommunfullmäktige antog i maj Kulturplan Vaggeryds kommun 2020-2023.\n"
    assert list(_documents(_facts(text, UMEA))) == [
        "Document:municipal:plan:kommun:0665:kultur:2020-2023"
    ]


def test_an_upper_case_title_keeps_its_suspended_first_part() -> None:
    text = "Förslag till ALKOHOL- OCH DROGPOLITISKT PROGRAM LULEÅ KOMMUN 2004-2007\n"
    (title,) = _documents(_facts(text, LULEA)).values()
    assert title.lower().startswith("alkohol- och drogpolitiskt program")


def test_an_adjective_s_bare_noun_keeps_its_title_when_a_compound_restates_it() -> None:
    text = (
        "Alkohol- och drogpolitiskt program 2004-2007\n\n"
        "Det alkohol- och drogpolitiska programmet gäller i fyra år. Handlingsprogrammet "
        "antas för åren 2004-2007 och ska därefter utvärderas.\n"
    )
    titles = list(_documents(_facts(text, LULEA)).values())
    assert titles == ["Alkohol- och drogpolitiskt program 2004-2007"]


def test_a_plan_that_is_a_complementary_document_to_a_policy_complements_it() -> None:
    text = (
        "Jämställdhetsplan 2013-2015\n\n"
        "Jämställdhetsplanen är ett kompletterande dokument till Luleå kommuns "
        "jämställdhets- och mångfaldspolicy.\n"
    )
    facts = _facts(text, LULEA)
    assert _pairs(facts, LinkType.COMPLEMENTS) == {
        (
            "Document:municipal:plan:kommun:2580:2013-2015",
            "Document:municipal:policy:kommun:2580:jamstalldhets-och-mangfaldspolicy",
        )
    }


def test_an_upper_case_heading_s_conjunction_is_no_acronym_of_its_document() -> None:
    text = "JÄMSTÄLLDHETSPOLICY OCH JÄMSTÄLLDHETSPLAN\n\nKommunen arbetar med frågorna.\n"
    titles = {t.lower() for t in _documents(_facts(text, LULEA)).values()}
    assert titles == {"jämställdhetspolicy", "jämställdhetsplan"}


def test_the_officials_signing_a_plan_on_one_flattened_line_hold_their_offices() -> None:
    text = (
        "Handlingsplan för jämställdhetsintegrering 2005-2009\n\n"
        "Denna plan gäller fram till den 31 december 2009. Björn Eriksson Landshövding "
        "Magnus Holgersson Länsråd\n"
    )
    facts = _facts(text, SKANE)
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:bjorn-eriksson", "Organization:lansstyrelse:12", "Landshövding"),
        ("Person:person:magnus-holgersson", "Organization:lansstyrelse:12", "Länsråd"),
    }


def test_one_name_and_title_on_a_contact_card_is_no_signature_block() -> None:
    text = (
        "Landsbygdsprogram 2021 för Luleå kommun\n\nKontakt\n\n"
        "Maria Bellskog Landsbygdsutvecklare\n\n060-19 13 71\n"
    )
    persons = {n.id for n in _facts(text, LULEA).nodes if n.label is NodeLabel.PERSON}
    assert "Person:person:maria-bellskog-landsbygdsutvecklare" not in persons


STOCKHOLM = "https://www.regionstockholm.se/kultur/biblioteksplan.html"
NORRBOTTEN = "https://www.norrbotten.se/politik/protokoll.html"


def test_the_agent_of_a_later_adoption_verb_did_not_draw_the_document_up() -> None:
    text = (
        "Regional biblioteksplan 2025-2028\n\n"
        "Planen arbetades fram under 2024 och fastställdes av Region Stockholms "
        "kulturnämnd den 25 september.\n"
    )
    facts = _facts(text, STOCKHOLM)
    assert not links(facts, LinkType.ISSUED)
    assert {s for s, _ in _pairs(facts, LinkType.ADOPTED)} == {
        "Organization:region:01:kulturnamnden"
    }


def test_items_a_committee_proposes_to_the_board_are_not_adopted_by_it() -> None:
    text = (
        "Regional utvecklingsstrategi för Norrbotten 2030\n\n"
        "Regionutvecklingsutskottets beslut\n\n"
        "Regionutvecklingsutskottet föreslår regionstyrelsen att\n\n"
        "1. Förslaget till regional utvecklingsstrategi för Norrbotten 2030 godkänns.\n\n"
        "2. Föreslå att regionfullmäktige godkänner Regional utvecklingsstrategi för "
        "Norrbotten 2030.\n"
    )
    assert not links(_facts(text, NORRBOTTEN), LinkType.ADOPTED)


TRANAS = "https://www.tranas.se/kommun/styrdokument.html"
SORMLAND = "https://www.lansstyrelsen.se/sodermanland/skog/skogsprogram.html"


def _organisations(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.label is NodeLabel.ORGANIZATION}


def test_a_page_number_in_brackets_after_sida_names_no_agency() -> None:
    text = "Friluftsstrategi\n\n1 Sida (5) Förvaltning: Kultur- och fritidsförvaltningen\n"
    assert "Organization:nationell:sida" not in _organisations(_facts(text, TRANAS))


def test_the_region_s_after_a_named_area_is_that_area_not_the_county_s_region() -> None:
    text = (
        "Friluftsstrategi\n\n"
        "Med ett geografiskt läge mitt i Östra Götalandsregionen är Tranås kommun en av "
        "vinnarna med alla regionens större arbetsmarknader inom en halvtimmas räckhåll.\n"
    )
    assert "Organization:region:06" not in _organisations(_facts(text, TRANAS))


def test_a_body_continuing_the_work_of_drawing_a_document_up_issues_it() -> None:
    text = (
        "Regionalt skogsprogram\n\n"
        "Länsstyrelsen i Södermanlands län fortsätter nu arbetet med att ta fram ett "
        "regionalt skogsprogram.\n"
    )
    issued = _pairs(_facts(text, SORMLAND), LinkType.ISSUED)
    assert {s for s, _ in issued} == {"Organization:lansstyrelse:04"}


def test_the_body_speaking_in_a_document_is_its_author() -> None:
    text = (
        "Drogpolitiskt handlingsprogram\n\n"
        "Vårt program bygger på nationella mål. I alkoholhandlingsplanen föreslår "
        "regeringen att det övergripande målet ska vara att främja folkhälsan.\n"
    )
    ids = set(_documents(_facts(text, TRANAS)))
    assert "Document:national:action-plan:se:alkoholhandlingsplan" in ids


KRAMFORS = "https://www.kramfors.se/kommun/klimat.html"


def _takes_part(text: str, site: str) -> set[tuple[str, str]]:
    return _pairs(_facts(text, site), LinkType.PARTICIPATES_IN)


def test_the_second_of_two_coordinated_initiatives_is_taken_part_in() -> None:
    text = (
        "Kramfors kommun deltar sedan tidigare i Sveriges Ekokommuner och initiativet "
        "Fossilfritt Sverige.\n"
    )
    assert ("Organization:kommun:2282", "Initiative:fossilfritt-sverige") in _takes_part(
        text, KRAMFORS
    )


def test_a_body_running_or_long_working_with_an_initiative_takes_part_in_it() -> None:
    runs = "Region Östergötland driver just nu projektet Team Östergötland.\n"
    works = "Region Kalmar län har sedan länge arbetat med Tobaksfri Duo på högstadiet.\n"
    assert _takes_part(runs, KRAMFORS) == {
        ("Organization:region:05", "Initiative:team-ostergotland")
    }
    assert _takes_part(works, KRAMFORS) == {("Organization:region:08", "Initiative:tobaksfri-duo")}


def test_an_organisation_in_the_where_clause_of_an_initiative_s_apposition_takes_part() -> None:
    text = (
        "Därför har initiativet Mid Sweden Hydrogen Valley skapats, ett arbete där Region "
        "Gävleborg är delaktig. Initiativet ger en mer kraftfull samverkan.\n"
    )
    assert _takes_part(text, KRAMFORS) == {
        ("Organization:region:21", "Initiative:mid-sweden-hydrogen-valley")
    }


def test_a_municipality_becoming_a_member_of_a_programme_takes_part_in_it() -> None:
    text = "Bodens kommun blir nu medlem i innovationsprogrammet Viable Cities.\n"
    assert _takes_part(text, KRAMFORS) == {("Organization:kommun:2582", "Initiative:viable-cities")}


def test_a_plan_that_drives_the_work_so_a_programme_s_goals_are_met_implements_it() -> None:
    text = (
        "Handlingsplan för miljö och klimat 2022-2025\n\n"
        "Kommunfullmäktige antog Miljö- och klimatprogram 2019-2030 år 2019. Handlingsplanen "
        "ska se till att arbetet drivs framåt så att målen i programmet uppnås.\n"
    )
    assert _pairs(_facts(text, LULEA), LinkType.IMPLEMENTS) == {
        (
            "Document:municipal:action-plan:kommun:2580:2022-2025",
            "Document:municipal:programme:kommun:2580:2019-2030",
        )
    }


HALLAND = "https://www.regionhalland.se/nyheter/eu-projekt.html"


def test_a_funding_decision_concerns_the_projects_listed_with_their_sums() -> None:
    text = (
        "Halländska projekt får pengar från EU-fonder\n\n"
        "Strukturfondspartnerskapet beslutade på sitt möte den 13 december 2019 om "
        "finansiering på totalt 149 miljoner kronor till olika projekt i Västsverige.\n\n"
        "Övriga halländska projekt som får pengar är:\n"
        "• Målmedveten på hemmaplan / Hylte kommun (15,8 miljoner kr)\n"
        "• Marknadslyftet / IUC Halland (1,1 miljoner kr)\n"
    )
    facts = _facts(text, HALLAND)
    concerned = {t for _, t in _pairs(facts, LinkType.CONCERNS)}
    initiatives = {n.id for n in facts.nodes if n.label is NodeLabel.INITIATIVE}
    assert len(initiatives) == 2
    assert initiatives <= concerned


def test_a_project_only_mentioned_after_a_funding_decision_is_not_what_it_concerns() -> None:
    text = (
        "Kulturrådet har beslutat om 2,1 miljoner kronor till olika projekt i Kronoberg.\n\n"
        "Organisationer som ingår i kultursamverkansmodellen och som får bidrag kan söka "
        "utvecklingsbidrag.\n"
    )
    assert not links(_facts(text, HALLAND), LinkType.CONCERNS)


DALARNA = "https://www.lansstyrelsen.se/dalarna/landsbygd/projekt.html"


def test_swedish_municipalities_of_a_list_with_norwegian_ones_are_taken_alone() -> None:
    text = (
        "Projektet finansierades av Länsstyrelsen Dalarna och följande kommuner: Älvdalen, "
        "Mora, Rättvik, Gagnef, Röros, Os, Tolga och Tynset.\n"
    )
    assert _organisations(_facts(text, DALARNA)) == {
        "Organization:lansstyrelse:20",
        "Organization:kommun:2039",
        "Organization:kommun:2062",
        "Organization:kommun:2031",
        "Organization:kommun:2026",
    }


FALUN = "https://www.falun.se/nyheter/hogskolan.html"


def test_a_development_agreement_with_its_years_is_an_agreement() -> None:
    text = (
        "Falu kommun skriver avtal med Högskolan Dalarna\n\n"
        "Falu kommun har skrivit ett utvecklingsavtal med Högskolan Dalarna för åren "
        "2015-2018.\n"
    )
    assert list(_documents(_facts(text, FALUN))) == [
        "Document:municipal:agreement:kommun:2080:2015-2018"
    ]


UMEA_KOMMUN = "https://www.umea.se/kommun/klimat.html"


def test_the_agents_of_a_present_passive_signing_after_an_adverbial_sign() -> None:
    text = (
        "Kommunen skriver under klimatkontrakt\n\n"
        "Umeå kommun undertecknar ett klimatkontrakt för att öka takten i omställningen.\n\n"
        "Klimatkontraktet undertecknas vid en digital ceremoni under European Viable Cities "
        "Day av generaldirektörerna för Energimyndigheten, Formas och Vinnova.\n"
    )
    signers = {s for s, _ in _pairs(_facts(text, UMEA_KOMMUN), LinkType.SIGNED)}
    assert {
        "Organization:nationell:energimyndigheten",
        "Organization:nationell:formas",
        "Organization:nationell:vinnova",
    } <= signers


def test_a_document_that_is_part_of_a_collaboration_does_not_implement_its_frame() -> None:
    text = (
        "Klimatkontrakt 2030\n\n"
        "Umeå kommun undertecknar ett klimatkontrakt. Klimatkontraktet är en del av ett "
        "samarbete mellan nio kommuner inom ramen för det strategiska innovationsprogrammet "
        "Viable Cities.\n"
    )
    assert not links(_facts(text, UMEA_KOMMUN), LinkType.IMPLEMENTS)

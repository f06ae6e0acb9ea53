"""Defects found in the sixty-second session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative

from .helpers import facts_at, links

VARA = "https://www.vara.se/kommun/planer.html"
FALUN = "https://www.regiondalarna.se/regional-utveckling/strategi.html"
KALMAR = "https://www.regionkalmar.se/folkhalsa/tobak.html"
ORUST = "https://www.orust.se/trygghet/medborgarloften.html"


def _facts(text: str, site: str) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, kind)}


def test_documents_listed_as_what_a_plan_was_grounded_on_are_each_implemented() -> None:
    text = (
        "Plan för social hållbarhet 2024-2030\n\n"
        "Den regionala utvecklingsstrategin (RUS), den delregionala utvecklingsstrategin "
        "(DRUS) samt kommunens mål har legat till grund för fokusområdena i planen för "
        "social hållbarhet.\n"
    )
    implements = _pairs(_facts(text, VARA), LinkType.IMPLEMENTS)
    plan = "Document:municipal:plan:kommun:1470:2024-2030"
    # (the targets by title: the sub-regional strategy's scope is not what this is about)
    grounds = {target.rsplit(":", 1)[1] for source, target in implements if source == plan}
    assert grounds == {"utvecklingsstrategi", "delregional-utvecklingsstrategi"}


def test_a_document_that_was_the_basis_for_another_is_implemented_by_it() -> None:
    text = (
        "Riktlinjer för bostadsförsörjning\n\n"
        "Riktlinjerna för bostadsförsörjning 2016-2020 har utgjort ett viktigt underlag "
        "till kommunens nya översiktsplan.\n"
    )
    implements = _pairs(_facts(text, VARA), LinkType.IMPLEMENTS)
    assert implements == {
        (
            "Document:municipal:plan:kommun:1470:oversiktsplan",
            "Document:municipal:guideline:kommun:1470:2016-2020",
        )
    }


def test_a_strategy_that_follows_a_national_one_implements_it() -> None:
    text = (
        "Dalastrategin\n\n"
        "Dalastrategin har fyra vägval, som till stora delar följer den nationella "
        "strategin för hållbar regional tillväxt 2015-2020.\n"
    )
    implements = _pairs(_facts(text, FALUN), LinkType.IMPLEMENTS)
    assert implements == {
        (
            "Document:regional:strategy:lan:20:dalastrategin",
            "Document:national:strategy:se:2015-2020",
        )
    }


def test_following_up_a_strategy_is_not_implementing_it() -> None:
    # guard: "följer upp" is a follow-up, not an implementation
    text = (
        "Dalastrategin\n\n"
        "Dalastrategin följer upp den nationella strategin för hållbar regional tillväxt "
        "2015-2020.\n"
    )
    assert not _pairs(_facts(text, FALUN), LinkType.IMPLEMENTS)


def test_an_initiative_name_ends_before_a_participle() -> None:
    text = (
        "Vätgas\n\n"
        "Därför har initiativet Mid Sweden Hydrogen Valley skapats, ett arbete där "
        "Region Dalarna är delaktig.\n"
    )
    facts = _facts(text, FALUN)
    assert [n.id for n in facts.nodes if isinstance(n, Initiative)] == [
        "Initiative:mid-sweden-hydrogen-valley"
    ]


def test_the_subject_of_a_second_predicate_joins_the_initiative() -> None:
    text = (
        "Tobak\n\n"
        "Region Kalmar län har som mål att länet ska vara tobaksfritt 2025 och har anslutit "
        'sig till opinionsbildningsprojektet "Tobacco Endgame".\n'
    )
    takes_part = _pairs(_facts(text, KALMAR), LinkType.PARTICIPATES_IN)
    assert takes_part == {("Organization:region:08", "Initiative:tobacco-endgame")}


def test_an_organisation_that_is_involved_takes_part() -> None:
    text = "Vätgas\n\nRegion Kalmar län är delaktig i projektet Vätgas Sydost.\n"
    takes_part = _pairs(_facts(text, KALMAR), LinkType.PARTICIPATES_IN)
    assert takes_part == {("Organization:region:08", "Initiative:vatgas-sydost")}


def test_the_parties_a_pledge_is_a_commitment_from_signed_it() -> None:
    text = (
        "Medborgarlöfte mellan polis och kommun\n\n"
        "Medborgarlöftet är ett åtagande från lokalpolisområde Södra Fyrbodal och de tre "
        "kommunerna Stenungsund, Orust och Tjörn. Löftet innebär aktiviteter.\n"
    )
    signed = {p[0] for p in _pairs(_facts(text, ORUST), LinkType.SIGNED)}
    assert signed == {
        "Organization:kommun:1415",
        "Organization:kommun:1419",
        "Organization:kommun:1421",
    }


def test_a_commitment_of_a_plan_names_no_signatories() -> None:
    # guard: only an agreement has parties that sign it
    text = (
        "Folkhälsoplan\n\n"
        "Folkhälsoplanen 2024-2027 är ett åtagande från Orust kommun och Tjörns kommun.\n"
    )
    assert not _pairs(_facts(text, ORUST), LinkType.SIGNED)


SKOVDE = "https://www.his.se/nyheter/avsiktsforklaring"
SALA = "https://www.sala.se/nyheter/samverkan-polisen"
KRAMFORS = "https://www.kramfors.se/klimat/borgmastaravtalet"
KATRINEHOLM = "https://www.katrineholm.se/nyheter/kf"


def _names(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Organization:")}


def test_an_organisation_named_in_the_genitive_before_a_noun_drops_the_s() -> None:
    text = (
        "Samarbete\n\n"
        "Avtalet är en bra grund, säger Högskolan i Skövdes rektor Lars Niklasson.\n\n"
        "Kommunfullmäktige lägger Vårdförbundet Sörmlands delårsrapport till handlingarna.\n"
    )
    names = _names(_facts(text, KATRINEHOLM))
    assert {"Organization:org:hogskolan-i-skovde", "Organization:org:vardforbundet-sormland"} <= (
        names
    )
    assert not {n for n in names if n.endswith(("skovdes", "sormlands"))}


def test_a_police_area_in_the_genitive_is_the_area() -> None:
    text = (
        "Samverkan\n\n"
        "Katrineholms kommun och lokalpolisområde Katrineholms chef Johan Karlsson har "
        "undertecknat avtalet.\n"
    )
    names = _names(_facts(text, KATRINEHOLM))
    assert "Organization:nationell:polismyndigheten:lokalpolisomrade-katrineholm" in names


def test_a_county_after_an_organisations_head_is_part_of_its_name() -> None:
    text = "Strategi\n\nLantbrukarnas Riksförbund Västernorrland har ingått i sekretariatet.\n"
    names = _names(_facts(text, KRAMFORS))
    assert "Organization:org:lantbrukarnas-riksforbund-vasternorrland" in names


def test_a_speech_verb_opening_a_line_is_no_given_name() -> None:
    text = (
        "Projekt\n\n- Vi ser fram emot arbetet.\n"
        "Säger Catherine Vennberg, projektledare, Ovanåkers kommun.\n"
    )
    people = {n.id for n in _facts(text, KRAMFORS).nodes if n.id.startswith("Person:")}
    assert people == {"Person:person:catherine-vennberg"}


def test_the_project_owner_named_after_its_role_coordinates_the_project() -> None:
    text = (
        "Projekt\n\nProjektet Växarena 2.0 vill satsa på affärsutveckling av små företag.\n\n"
        "Projektägaren Almi Företagspartner Kronoberg AB söker även medel från EU.\n"
    )
    facts = _facts(text, KRAMFORS)
    assert _pairs(facts, LinkType.COORDINATES) == {
        ("Organization:org:almi-foretagspartner-kronoberg-ab", "Initiative:vaxarena-2-0")
    }


def test_parties_that_signed_an_agreement_the_headline_names() -> None:
    text = (
        "Ny samverkansöverenskommelse\n\n"
        "Sala kommun och polisen har den 17 februari 2023 tecknat en "
        "samverkansöverenskommelse för hur vi tillsammans ska arbeta framåt.\n"
    )
    signed = _pairs(_facts(text, SALA), LinkType.SIGNED)
    doc = "Document:municipal:agreement:kommun:1981:samverkansoverenskommelse"
    assert signed == {
        ("Organization:kommun:1981", doc),
        ("Organization:nationell:polismyndigheten", doc),
    }


def test_the_parties_between_whom_an_agreement_is_signed_it() -> None:
    text = (
        "Investeringar\n\n"
        "Ett nytt samarbetsavtal mellan Region Östergötland och Business Sweden ska locka "
        "fler investeringar. Avtalet undertecknades i Norrköping på torsdagen.\n"
    )
    signers = {p[0] for p in _pairs(_facts(text, SALA), LinkType.SIGNED)}
    assert signers == {"Organization:region:05", "Organization:org:business-sweden"}


def test_the_covenant_of_mayors_is_an_agreement_the_municipality_signs() -> None:
    text = (
        "Klimat\n\nKramfors kommun deltar i Fossilfritt Sverige. Nu undertecknar vi "
        "Borgmästaravtalet som samlar tusentals städer.\n\n"
        "I januari 2011 skrev Kramfors kommun och Härnösands kommun på avtalet.\n"
    )
    signed = _pairs(_facts(text, KRAMFORS), LinkType.SIGNED)
    doc = "Document:municipal:agreement:kommun:2282:borgmastaravtal"
    assert signed == {("Organization:kommun:2282", doc), ("Organization:kommun:2280", doc)}


def test_a_strategy_builds_on_the_one_an_owner_genitive_names() -> None:
    text = (
        "Livsmedelsstrategi\n\nVästernorrlands livsmedelsstrategi utgår från Sveriges "
        "nationella strategi men anger regionala prioriteringar.\n"
    )
    implements = _pairs(_facts(text, KRAMFORS), LinkType.IMPLEMENTS)
    assert len(implements) == 1
    ((source, target),) = implements
    assert source.startswith("Document:regional:") and target.startswith("Document:national:")


UPPSALA = "https://www.uppsala.se/miljo/program"


def test_an_agreements_commitments_listed_after_att_are_its_activities() -> None:
    text = (
        "Borgmästaravtalet för klimat och energi\n\n"
        "Kramfors kommun undertecknar nu avtalet.\n\n"
        "Åtagandet innebär rent konkret att\n\n"
        "  • presentera åtgärdsplaner senast två år efter anslutningen\n"
        "  • ta fram en utsläppsinventering\n"
        "  • rapportera hur implementeringen fortlöper\n"
    )
    facts = _facts(text, KRAMFORS)
    owned = {p[0] for p in _pairs(facts, LinkType.HAS_ACTIVITY)}
    assert owned == {
        "Document:municipal:agreement:kommun:2282:borgmastaravtal-for-klimat-och-energi"
    }
    assert len(_pairs(facts, LinkType.HAS_ACTIVITY)) == 3


def test_a_strategy_a_party_commits_to_adopt_is_no_document_yet() -> None:
    text = (
        "Klimat\n\nKommunerna förbinder sig att anta en integrerad strategi för att begränsa "
        "utsläppen.\n"
    )
    facts = _facts(text, KRAMFORS)
    assert not [n for n in facts.nodes if n.id.startswith("Document:")]


def test_a_regional_energy_agency_is_no_municipal_office() -> None:
    text = (
        "Stöd\n\nProjektägare är Energikontoret i Västernorrland. Energikontoret samordnar "
        "arbetet.\n"
    )
    names = _names(_facts(text, KRAMFORS))
    assert names == {"Organization:org:energikontoret-i-vasternorrland"}


def test_signing_now_is_dated_by_the_page() -> None:
    text = (
        "Klimat\n\nKramfors kommun arbetar för klimatet. Nu undertecknar vi "
        "Borgmästaravtalet för klimat och energi.\n"
    )
    facts = facts_at(text, KRAMFORS, "2018-06-27")
    assert {k.date for k in links(facts, LinkType.SIGNED)} == {"2018-06-27"}


def test_a_link_teaser_under_a_list_intro_is_no_goal() -> None:
    text = (
        "Miljö- och klimatprogram\n\n"
        "Programmet har etappmål. Etappmålen är:\n"
        "Läs om hur vi arbetar för att nå målen och hur det går.\n"
        "Så arbetar vi med Miljö- och klimatprogrammet.\n"
    )
    facts = _facts(text, UPPSALA)
    assert not [n for n in facts.nodes if n.id.startswith("Goal:")]


def test_an_are_of_a_clause_after_the_goals_states_no_goal() -> None:
    text = (
        "Miljö- och klimatprogram\n\n"
        "Målen utgår från ett perspektiv där den kommunala verksamheten är en del.\n"
    )
    facts = _facts(text, UPPSALA)
    assert not [n for n in facts.nodes if n.id.startswith("Goal:")]


def test_the_action_plan_that_belongs_to_a_programme_implements_it() -> None:
    text = (
        "Miljö- och klimatprogram\n\n"
        "Handlingsplanen för miljö och klimat 2022-2025 som hör till programmet tar upp "
        "prioriterade åtgärder.\n"
    )
    implements = _pairs(_facts(text, UPPSALA), LinkType.IMPLEMENTS)
    assert implements == {
        (
            "Document:municipal:action-plan:kommun:0380:2022-2025",
            "Document:municipal:programme:kommun:0380:miljo-och-klimatprogram",
        )
    }


def test_a_plan_named_with_its_budget_has_the_period_after_the_budget() -> None:
    text = (
        "Digital infrastruktur\n\n"
        "Målen finns även som mål i Regionplan och budget 2022\u20132024.\n"
    )
    facts = _facts(text, "https://www.regionuppsala.se/regional-utveckling/bredband")
    assert [n.id for n in facts.nodes if n.id.startswith("Document:")] == [
        "Document:regional:plan:lan:03:2022-2024"
    ]


def test_a_project_that_is_a_cooperation_between_parties_has_them_take_part() -> None:
    text = (
        "Glokala Sverige\n\nUppsala kommun vill delta i projektet Glokala Sverige.\n\n"
        "Glokala Sverige är ett utbildningsprojekt. Projektet är ett samarbete mellan Svenska "
        "FN-förbundet och Sveriges Kommuner och Regioner och finansieras av Sida.\n"
    )
    facts = _facts(text, UPPSALA)
    takes_part = {p[0] for p in _pairs(facts, LinkType.PARTICIPATES_IN)}
    assert "Organization:nationell:skr" in takes_part
    assert "Organization:org:svenska-fn-forbundet" in takes_part
    assert "Organization:nationell:sida" not in takes_part
    assert ("Organization:nationell:sida", "Initiative:glokala-sverige") in _pairs(
        facts, LinkType.FUNDS
    )


def test_a_page_number_or_a_file_size_names_no_agency() -> None:
    text = (
        "Protokoll\n\nSida 33(46)\n\nFolkhälsoarbete i kommunen.\n\n"
        "Läs ärendet om projektet (PDF, 660 KB)\n"
    )
    assert not [n for n in _facts(text, UPPSALA).nodes if n.id.startswith("Organization:nat")]


def test_a_quoted_name_after_a_project_compound_names_the_project() -> None:
    text = (
        "Platsutveckling\n\nNu har åtta projekt beviljats, där samverkansprojektet "
        "\u201dGemensam platsutveckling av Biosfärområde Voxnadalen och Världsarvet "
        "Hälsingegårdar\u201d är ett av dem.\n"
    )
    facts = _facts(text, UPPSALA)
    assert [n.id for n in facts.nodes if isinstance(n, Initiative)] == [
        "Initiative:gemensam-platsutveckling-av-biosfaromrade-voxnadalen-och-varldsarvet-"
        "halsingegardar"
    ]


def test_a_project_that_got_its_name_unquoted_is_that_initiative() -> None:
    text = (
        "Projekt\n\nDet ska bli spännande att sätta igång det här pilotprojektet som har "
        "fått namnet Tillitsbyrån. Målet är bättre hälsa.\n"
    )
    facts = _facts(text, UPPSALA)
    assert [n.id for n in facts.nodes if isinstance(n, Initiative)] == ["Initiative:tillitsbyran"]


POLICE_KARLSHAMN = "https://polisen.se/om-polisen/medborgarloften/karlshamn/"
_PLEDGE = (
    "Karlshamn \u2013 medborgarlöften\n\n"
    "Medborgarlöfte från Polisen och Karlshamns kommun under perioden januari - december "
    "2022 .\n\n"
    "Utifrån gemensam lägesbild kommer prioritering att vara:\n\n"
    " 1. Tidigt upptäcka barn och unga som är i risk för utanförskap.\n"
    " 2. Ökad trygghet på platser där medborgare känner sig otrygga.\n\n"
    "Det här ska vi göra\n\n"
    "Kommunen ska\n\n"
    " • Erbjuda minst två nya föräldrastödsgrupper.\n"
    " • Vara tillgängliga minst 100 kvällar.\n\n"
    "Polisen ska\n\n"
    " • Arbeta brottsförebyggande genom fotpatrullering.\n"
    " • Arbeta uppsökande med fokus på unga.\n"
)


def test_a_police_pledge_labelled_from_its_parties_is_the_municipalitys_agreement() -> None:
    facts = _facts(_PLEDGE, POLICE_KARLSHAMN)
    docs = [n.id for n in facts.nodes if n.id.startswith("Document:")]
    assert docs == ["Document:municipal:agreement:kommun:1082:medborgarlofte"]
    assert len(_pairs(facts, LinkType.HAS_GOAL)) == 2


def test_measures_under_a_party_ska_heading_are_that_partys() -> None:
    responsible = _pairs(_facts(_PLEDGE, POLICE_KARLSHAMN), LinkType.RESPONSIBLE_FOR)
    by_party: dict[str, int] = {}
    for party, _activity in responsible:
        by_party[party] = by_party.get(party, 0) + 1
    assert by_party == {"Organization:kommun:1082": 2, "Organization:nationell:polismyndigheten": 2}


LANSSTYRELSEN_KALMAR = "https://www.lansstyrelsen.se/kalmar/nyheter/naturreservat.html"


def _roles(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}


def test_two_speakers_both_holding_one_title_each_hold_it() -> None:
    text = (
        "Naturreservat\n\n- Nu ökar chanserna, säger Pontus Axén och Malin Miller, båda "
        "naturskyddshandläggare på Länsstyrelsen.\n"
    )
    assert _roles(_facts(text, LANSSTYRELSEN_KALMAR)) == {
        ("Person:person:pontus-axen", "Organization:lansstyrelse:08"),
        ("Person:person:malin-miller", "Organization:lansstyrelse:08"),
    }


def test_the_chair_of_a_body_just_formed_chairs_it() -> None:
    text = (
        "Landsbygd\n\n- Vi måste jobba strategiskt, säger Anna Lundberg som är ordförande för "
        "den nya Landsbygdsutvecklingsgruppen.\n"
    )
    roles = _roles(_facts(text, "https://www.alvsbyn.se/nyheter/landsbygd"))
    assert roles == {
        (
            "Person:person:anna-lundberg",
            "Organization:forum:kommun:2560:landsbygdsutvecklingsgruppen",
        )
    }


def test_a_government_fact_box_names_the_responsible_minister() -> None:
    text = (
        "Livsmedelsstrategi\n\nStrategin omfattar hela kedjan.\n\n"
        "Ansvariga statsråd\nAnna-Caren Sätherberg\nAnsvariga departement\nNäringsdepartementet\n"
    )
    roles = _roles(_facts(text, "https://www.regeringen.se/regeringens-politik/livsmedel/"))
    assert roles == {("Person:person:anna-caren-satherberg", "Organization:nationell:regeringen")}


FHM = "https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/andts/"


def test_a_renewed_strategy_replacing_the_first_one_revises_it() -> None:
    text = (
        "ANDT\n\nI februari 2016 beslutade regeringen om en förnyad ANDT-strategi. Den nya "
        "strategin ersätter den första ANDT-strategin för perioden 2011\u20132015.\n"
    )
    facts = _facts(text, FHM)
    docs = {n.id for n in facts.nodes if n.id.startswith("Document:")}
    assert len(docs) == 2
    revises = _pairs(facts, LinkType.REVISES)
    assert revises == {
        (
            "Document:national:strategy:se:andt-strategi",
            "Document:national:strategy:se:andt:2011-2015",
        )
    }


def test_the_decision_to_approve_a_plan_taken_at_the_council_adopts_it() -> None:
    text = (
        "Cykelplan\n\nLysekils kommun har en ny cykelplan. Beslutet om att godkänna planen togs "
        "på kommunfullmäktige den 20 april.\n"
    )
    adopted = _pairs(_facts(text, "https://www.lysekil.se/nyheter/cykelplan"), LinkType.ADOPTED)
    assert adopted == {
        (
            "Organization:kommun:1484:kommunfullmaktige",
            "Document:municipal:plan:kommun:1484:cykelplan",
        )
    }


def test_officers_of_a_body_drafting_a_proposal_make_it_the_bodys() -> None:
    text = (
        "Länstransportplan 2022-2033 - Remissförslag\n\n"
        "Förslaget till länstransportplan har utarbetats av tjänstepersoner på Regionala "
        "utvecklingsförvaltningen på Region Västerbotten i dialog med länets kommuner.\n"
    )
    issued = _pairs(_facts(text, "https://www.regionvasterbotten.se/ltp"), LinkType.ISSUED)
    assert issued == {
        (
            "Organization:region:24:regionala-utvecklingsforvaltningen",
            "Document:regional:plan:lan:24:transport:2022-2033",
        )
    }

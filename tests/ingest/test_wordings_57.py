"""Defects found in the fifty-seventh session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Document, Goal, Organization

from .helpers import facts_at, held_roles, links

GAVLEBORG = "https://www.regiongavleborg.se/uppdrag-2030.html"
KALMAR = "https://regionkalmar.se/nyheter/regionfullmaktige-i-korthet/"
NORRKOPING = "https://www.norrkoping.se/jamstalldhet.html"
UPPLANDS_BRO = "https://www.upplands-bro.se/kommunstyrelsen-i-korthet.html"
KRAMFORS = "https://www.kramfors.se/trygghet/handlingsplan.html"
HABO = "https://www.habo.se/nyheter/beslut-i-kommunfullmaktige-29-juni.html"
OCKELBO = "https://www.ockelbo.se/folkhalsa.html"
OXELOSUND = "https://www.oxelosund.se/nyheter/kortfattat-fran-kommunstyrelsen.html"
REGION_VASTERBOTTEN = "https://www.regionvasterbotten.se/press/lansering-livsmedelsstrategi"
# A joint county site that no registry names: its address names the county.
JOINT_SITE = "https://halsavarmland.se/aktivitetsplan/"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def test_a_site_named_after_its_county_gives_the_county_board_its_bare_name() -> None:
    text = (
        "Aktivitetsplan\n\n"
        "Aktivitet: 1. Erbjuda kommunerna stöd i tillsynsarbetet.\n"
        "Ansvarig: Länsstyrelsen\n"
        "Aktivitet: 2. Samla länets samordnare två gånger per år.\n"
        "Ansvarig: Länsstyrelsen\n"
    )
    facts = _facts(text, JOINT_SITE)
    orgs = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert "Organization:lansstyrelse:17" in orgs, orgs
    responsible = {k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    assert responsible == {"Organization:lansstyrelse:17"}, responsible
    assert len(links(facts, LinkType.RESPONSIBLE_FOR)) == 2


def test_a_site_naming_two_counties_or_a_municipality_gives_no_county() -> None:
    from ingest.language.sites import host_county

    assert host_county("https://livsstilkronoberg.se/x") == "07"
    assert host_county("https://www.vardsamverkanskane.se/") == "12"
    assert host_county("https://skanekronoberg.se/") is None  # two counties: neither
    assert host_county("https://www.example.se/") is None


def test_a_company_named_by_two_trades_or_an_english_place_keeps_its_whole_name() -> None:
    text = (
        "Kommunstyrelsen beslutade att förlänga avtalet med Skärgårdens Sotnings och "
        "Ventilation AB i fem år. Bland deltagarna finns Smålands Turism AB och Tourism in "
        "Skåne AB.\n"
    )
    orgs = {n.id for n in _facts(text, OXELOSUND).nodes if isinstance(n, Organization)}
    assert "Organization:org:skargardens-sotnings-och-ventilation-ab" in orgs, orgs
    assert "Organization:org:tourism-in-skane-ab" in orgs, orgs
    assert "Organization:org:ventilation-ab" not in orgs, orgs
    assert "Organization:org:skane-ab" not in orgs, orgs


def test_a_card_title_followed_by_its_body_is_the_title_alone() -> None:
    text = (
        "Program för pressträffen\n\n14.00 Välkomnande\nKarin Lund,\n"
        "ordförande regionala utvecklingsnämnden\n\n14.10 Presentation av strategin\n"
    )
    roles = held_roles(_facts(text, REGION_VASTERBOTTEN))
    run = "Organization:region:24:regionala-utvecklingsnamnden"
    assert ("karin-lund", run, "Ordförande") in roles, roles


def test_a_decided_paragraph_of_two_sentences_is_one_decision() -> None:
    text = (
        "Beslut i kommunfullmäktige 29 juni\n\nBeslut om ny simhall\n\n"
        "Kommunen ska bygga en ny simhallsanläggning bredvid den befintliga simhallen. "
        "Simhallen ska byggas och drivas i kommunal regi. Det beslutade kommunfullmäktige "
        "på sammanträdet den 29 juni.\n"
    )
    summaries = [n.summary for n in _facts(text, HABO).nodes if isinstance(n, Decision)]
    assert any("simhallsanläggning" in s and "kommunal regi" in s for s in summaries), summaries


def test_a_bulleted_contact_card_gives_the_persons_title() -> None:
    text = (
        "Folkhälsoarbete\n\nKommunen arbetar med folkhälsa.\n\nKontaktinformation\n\n"
        " • Mia Lund\n   Folkhälsosamordnare\n   Storgatan 3\n"
    )
    roles = held_roles(_facts(text, OCKELBO))
    assert ("mia-lund", "Organization:kommun:2101", "Folkhälsosamordnare") in roles, roles


def test_an_agencys_regional_newsroom_is_the_agencys() -> None:
    from ingest.language.sites import site_owner

    owner = site_owner("http://news.cision.com/se/arbetsformedlingen-vasternorrland/r/x,c1")
    assert owner is not None and owner.key == "arbetsformedlingen", owner
    polisen = site_owner("https://news.cision.com/se/polisen-skane/r/x,c2")
    assert polisen is not None and polisen.key == "polismyndigheten", polisen
    assert site_owner("https://news.cision.com/se/okand-forening-skane/r/x,c3") is None


def test_where_a_task_comes_from_or_a_standing_mandate_is_no_decision() -> None:
    text = (
        "Uppdrag 2030\n\nArbetet ska ge länet en gemensam riktning. Uppdraget kommer från "
        "regionstyrelsen i Region Gävleborg. Region Gävleborg har, på uppdrag av regeringen, "
        "ansvaret för den regionala utvecklingen i länet.\n"
    )
    summaries = [n.summary for n in _facts(text, GAVLEBORG).nodes if isinstance(n, Decision)]
    assert summaries == [], summaries


def test_det_klubbade_points_back_to_the_matter_before() -> None:
    text = (
        "Regionfullmäktige i korthet\n\nUnder dagen behandlades olika medborgarförslag:\n\n"
        "  • Screening av aorta har inte varit avgiftsfri. Efter ett medborgarförslag slopas "
        "nu avgiften för screening av aorta. Det klubbade regionfullmäktige på torsdagen.\n"
    )
    summaries = [n.summary for n in _facts(text, KALMAR).nodes if isinstance(n, Decision)]
    assert any("slopas nu avgiften" in s for s in summaries), summaries
    assert not any(s.startswith("Det klubbade") for s in summaries), summaries


def test_a_signed_declaration_is_an_agreement_described_in_apposition() -> None:
    text = (
        "Jämställdhet\n\nNorrköpings kommun har undertecknat CEMR-deklarationen, den "
        "europeiska deklarationen för jämställdhet, år 2016. Deklarationen är ett verktyg "
        "för att integrera jämställdhet i verksamheterna. Inkomstdeklarationen lämnas i maj.\n"
    )
    facts = _facts(text, NORRKOPING)
    docs = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert docs == {"Document:municipal:agreement:kommun:0581:cemr-deklaration"}, docs
    signed = {(k.from_id, k.to_id) for k in links(facts, LinkType.SIGNED)}
    assert ("Organization:kommun:0581", next(iter(docs))) in signed, signed


def test_a_municipal_plan_and_a_plan_on_a_topic_with_kommunal_are_two() -> None:
    text = (
        "Kommunstyrelsen i korthet\n\nPlan för aktörer av kommunal verksamhet\n\n"
        "Kommunstyrelsen har antagit en plan för att följa upp alla utförare.\n\n"
        "Beslut om kommunplan 2025 - 2027\n\nKommunstyrelsen har godkänt kommunplanen för "
        "2025 - 2027.\n"
    )
    docs = {n.id for n in _facts(text, UPPLANDS_BRO).nodes if isinstance(n, Document)}
    aktorer = "Document:municipal:plan:kommun:0139:plan-for-aktorer-av-kommunal-verksamhet"
    assert {aktorer, "Document:municipal:plan:kommun:0139:2025-2027"} <= docs, docs


def test_the_month_a_document_was_adopted_in_is_no_part_of_its_title() -> None:
    text = "Nyheter\n\nKommunfullmäktige antog Riktlinje för kommunal service i maj.\n"
    titles = {n.title for n in _facts(text, UPPLANDS_BRO).nodes if isinstance(n, Document)}
    assert titles == {"Riktlinje för kommunal service"}, titles


def test_what_a_programme_does_and_a_negation_state_no_goal() -> None:
    text = (
        "Bostadsförsörjningsprogram 2016-2020\n\nBostadsförsörjningsprogram 2016-2020 "
        "antogs av kommunfullmäktige. Målet är att ge en övergripande bild av bostadsläget "
        "i kommunen. Alla nationella mål är inte aktuella för varje kommun. Målet är att "
        "alla ska ha en bostad.\n"
    )
    goals = {n.text for n in _facts(text, UPPLANDS_BRO).nodes if isinstance(n, Goal)}
    assert goals == {"alla ska ha en bostad"}, goals


def test_responsible_fields_after_the_last_item_unnumbered_labels_and_inline() -> None:
    last = (
        "Handlingsplan för trygghet 2024-2026\n\nÅtgärder\n\n"
        "1. Genomföra trygghetsvandringar i alla kommundelar\nAnsvarig: Kommunstyrelsen\n\n"
        "2. Utbilda personal i våldsprevention\nAnsvarig: Socialnämnden\n"
    )
    unnumbered = (
        "Handlingsplan för trygghet 2024-2026\n\n"
        "Aktivitet: Utbilda personal i våldsprevention\nAnsvar: Socialnämnden\nTid: 2024\n"
    )
    inline = (
        "Handlingsplan för trygghet 2024-2026\n\n"
        "Åtgärd 1: Utbilda personal i våldsprevention. Ansvarig: Socialnämnden. Tidplan: 2024.\n"
    )
    social = "Organization:kommun:2282:socialnamnden"
    for text in (last, unnumbered, inline):
        facts = _facts(text, KRAMFORS)
        responsible = {
            (k.from_id, k.to_id.rsplit(":", 1)[-1]) for k in links(facts, LinkType.RESPONSIBLE_FOR)
        }
        assert (social, "utbilda-personal-i-valdsprevention") in responsible, (text, responsible)

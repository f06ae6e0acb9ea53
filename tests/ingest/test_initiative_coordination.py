"""Initiative names, who takes part in and coordinates them, associations and topic-named
councils, on small invented texts (issue 9, continued)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative, Organization, OrganizationKind, Source
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, links


def _facts(text: str, uri: str = "file:///t.txt") -> SourceFacts:
    facts = extract(Source(id="Source:t", uri=uri, sha256="0", media_type="text/plain", text=text))
    assert_evidence_rules(facts)
    return facts


def _initiatives(facts: SourceFacts) -> dict[str, Initiative]:
    return {n.name: n for n in facts.nodes if isinstance(n, Initiative)}


def _orgs(facts: SourceFacts) -> dict[str, Organization]:
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def _rules(facts: SourceFacts, type_: LinkType) -> set[tuple[str, str, str]]:
    return {(k.from_id, k.to_id, k.evidence.rule) for k in links(facts, type_)}


def test_project_named_at_a_sentence_start_and_by_a_compound_noun() -> None:
    facts = _facts(
        "Nyheter om trygghet. Projektet Lugna Kvällar startar i vår. "
        "Kommunen deltar också i EU-projektet Gröna Gårdar under två år."
    )
    names = _initiatives(facts)
    assert "Lugna Kvällar" in names
    assert "Gröna Gårdar" in names
    rules = _rules(facts, LinkType.PARTICIPATES_IN)
    assert not [r for r in rules if r[1] == names["Lugna Kvällar"].id]


def test_effort_listed_under_its_period_and_its_agencies() -> None:
    facts = _facts(
        "Insatser\n\n"
        "2021 - 2023: Lokala nätverk för vattenvård\n\n"
        "Naturvårdsverket och Havs- och vattenmyndigheten har tillsammans fått regeringens "
        "uppdrag att stödja arbetet. Naturvårdsverket samordnar arbetet.\n"
    )
    effort = _initiatives(facts)["Lokala nätverk för vattenvård"]
    assert (effort.period_start, effort.period_end) == (2021, 2023)
    takers = {f for f, t, _ in _rules(facts, LinkType.PARTICIPATES_IN) if t == effort.id}
    assert takers == {
        "Organization:nationell:naturvardsverket",
        "Organization:nationell:havs-och-vattenmyndigheten",
    }
    assert ("Organization:nationell:naturvardsverket", effort.id, "coordinates.bare") in _rules(
        facts, LinkType.COORDINATES
    )


def test_period_heading_naming_a_document_is_no_initiative() -> None:
    facts = _facts("Styrdokument\n\n2022 - 2025: Handlingsplan för vattenvård\n")
    assert "Handlingsplan för vattenvård" not in _initiatives(facts)


def test_method_in_apposition_and_work_at_a_named_service() -> None:
    facts = _facts(
        "Arbetet sker inom ramen för den metodik, Samlad trygghet nu, som införs under året. "
        "Länsstyrelsen i Kalmar län samordnar även arbetet vid Kustinfo; en tjänst för "
        "företagare."
    )
    names = _initiatives(facts)
    assert "Samlad trygghet nu" in names
    assert (
        "Organization:lansstyrelse:08",
        names["Kustinfo"].id,
        "coordinates.samordnar",
    ) in _rules(facts, LinkType.COORDINATES)


def test_platform_named_by_a_two_word_county() -> None:
    facts = _facts("Regionen driver Kunskapsplattform Västra Götaland sedan flera år.")
    assert "Kunskapsplattform Västra Götaland" in _initiatives(facts)


def test_national_coordination_of_the_page_document() -> None:
    facts = _facts(
        "Regeringen har beslutat om en Nationell strategi för friluftsliv 2024-2030. "
        "I och med uppdraget ges Naturvårdsverket en tydligare roll att verka för "
        "samordning av arbetet i hela landet. Ytterligare sex myndigheter ska enligt "
        "regeringens uppdrag medverka i den nationella samordningen."
    )
    coordinators = {f for f, _, r in _rules(facts, LinkType.COORDINATES) if r == "coordinates.bare"}
    assert coordinators == {"Organization:nationell:naturvardsverket"}


def test_genitive_body_is_no_coordinator() -> None:
    facts = _facts(
        "Den regionala strategin för friluftsliv i Kalmar län 2024-2028 genomförs av länets "
        "kommuner. Länsstyrelsen i Kalmar län har regeringens uppdrag att samordna arbetet."
    )
    coordinators = {f for f, _, r in _rules(facts, LinkType.COORDINATES) if r == "coordinates.bare"}
    assert coordinators == {"Organization:lansstyrelse:08"}


def test_partners_an_initiative_was_built_with() -> None:
    facts = _facts(
        "Stödcentrum mot våld har öppnat. Centret samordnas av Länsstyrelsen Jämtlands län "
        "och har byggts upp tillsammans med Polismyndigheten och flera av länets kommuner."
    )
    centre = _initiatives(facts)["Stödcentrum mot våld"]
    takers = {f for f, t, r in _rules(facts, LinkType.PARTICIPATES_IN) if r.endswith("built_with")}
    assert takers == {"Organization:lansstyrelse:23", "Organization:nationell:polismyndigheten"}
    assert all(t == centre.id for _, t, _ in _rules(facts, LinkType.PARTICIPATES_IN))


def test_participation_wording_with_an_auxiliary() -> None:
    facts = _facts("Nyhet. Region Kalmar län har också varit med i projektet Blå Stigar.")
    blue = _initiatives(facts)["Blå Stigar"]
    assert links(facts, LinkType.PARTICIPATES_IN, "Organization:region:08", blue.id)


def test_associations_by_gazetteer_and_by_ending() -> None:
    facts = _facts(
        "Nyhet. Samverkan sker med LRF, Företagarna och Studieförbundet Vuxenskolan. "
        "Även Skridskoförbundet och Fågelsällskapet deltar, liksom Kommunalförbundet."
    )
    names = {o.name for o in _orgs(facts).values() if o.kind is OrganizationKind.OTHER}
    assert {
        "Lantbrukarnas Riksförbund",
        "Företagarna",
        "Studieförbundet Vuxenskolan",
        "Skridskoförbundet",
        "Fågelsällskapet",
    } <= names
    assert "Kommunalförbundet" not in names


def test_council_named_by_its_topic_on_a_county_board_page() -> None:
    facts = _facts(
        "Länsstyrelsen Västmanland\n\nSamverkan\n\n"
        "Regionala rådet mot brott leder arbetet på övergripande nivå. "
        "Västerås stad deltar i Länsnätverket för samordnare mot brott.\n"
    )
    orgs = _orgs(facts)
    assert orgs["Organization:forum:lan:19:regionala-radet-mot-brott"].kind is (
        OrganizationKind.FORUM
    )
    assert "Organization:forum:lan:19:lansnatverket-for-samordnare-mot-brott" in orgs


def test_the_organisations_a_project_comprises_take_part_in_it() -> None:
    text = (
        "Publicerad 2021-05-05\n\nLysekils kommun leder projektet ”Ny stadskärna”. "
        "Projektet omfattar Strömstad kommun, Uddevalla kommun och Högskolan Väst."
    )
    facts = _facts(text, "https://www.lysekil.se/nyheter/projekt")
    taking_part = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert {"Organization:kommun:1486", "Organization:kommun:1485"} <= taking_part


def test_who_has_run_an_initiative_coordinates_it_and_not_a_document() -> None:
    text = (
        "Publicerad 2020-01-10\n\nNaturvårdsverket har ansvarat för Klimatklivet i ett år. "
        "Länsstyrelsen ansvarar för Klimatstrategin."
    )
    facts = _facts(text, "https://www.naturvardsverket.se/nyheter/klimatklivet")
    pairs = {(k.from_id, k.to_id) for k in links(facts, LinkType.COORDINATES)}
    assert pairs == {("Organization:nationell:naturvardsverket", "Initiative:klimatklivet")}


def test_a_grant_received_from_a_funder_is_the_funder_s() -> None:
    text = (
        "Publicerad 2020-01-10\n\nLänsstyrelsen Dalarna har fått beviljat 2,4 miljoner "
        "kronor från Vinnova till projektet ”Trygga Platser”."
    )
    facts = _facts(text, "https://www.lansstyrelsen.se/dalarna/nyheter/trygga-platser")
    funders = {k.from_id for k in links(facts, LinkType.FUNDS)}
    assert funders == {"Organization:nationell:vinnova"}


def test_an_international_body_known_by_its_acronym_is_named_by_it() -> None:
    facts = _facts(
        "Nyhet. Enligt OECD:s analys är sysselsättningen en utmaning. Organisationen för "
        "ekonomiskt samarbete och utveckling föreslår fler insatser."
    )
    assert {o.name for o in _orgs(facts).values()} >= {"OECD"}
    assert "Organization:org:oecd" in _orgs(facts)

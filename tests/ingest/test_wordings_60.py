"""Defects found in the sixtieth session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Document
from ingest.context import Context
from ingest.rules.page_head import head_lines

from .helpers import facts_at, links

HALMSTAD = "https://www.halmstad.se/trygghet/medborgarloften.html"

_CHROME = (
    "Dela sidan på sociala medier\n\nKontakta Halmstads kommun\n\nTelefon\n\n"
    "Öppettider för besökare\n\nBesöksadress\n\n035-10 20 30\n\nMåndag-torsdag\n\n"
    "Stadshuset, Storgatan 5\n\nKl. 08.00 - 17.00\n\nTelefontider\n\nFredag\n\n"
    "Postadress\n\n301 05 Halmstad\n\nE-post\n\nKl. 08.00 - 16.00\n\n"
    "Se karta till annan webbplats info@example.se\n\n"
)
_PAGE = (
    "Medborgarlöften\n\n"
    "Medborgarlöften är ett sätt att arbeta brottsförebyggande tillsammans.\n\n"
    "Detta ska åstadkommas genom bland annat följande aktiviteter:\n\n"
    " • Trafikkontroller på utpekade platser.\n"
    " • Trygghetsvandringar i bostadsområdena.\n"
    " • Fler vuxna ute på kvällar och helger.\n"
)


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def test_a_headline_below_a_contact_block_is_the_pages_title() -> None:
    for text in (_PAGE, _CHROME + _PAGE):
        facts = _facts(text, HALMSTAD)
        docs = [n.id for n in facts.nodes if isinstance(n, Document)]
        assert docs == ["Document:municipal:agreement:kommun:1380:medborgarlofte"], docs
        activities = {n.id for n in facts.nodes if isinstance(n, Activity)}
        owned = {k.to_id for k in links(facts, LinkType.HAS_ACTIVITY)}
        assert len(activities) == 3 and owned == activities, (activities, owned)


def test_a_body_line_is_no_chrome() -> None:
    # guard: lines that merely begin like chrome, and chrome below the headline, stay
    text = "Kontaktcenter öppnar i maj\n\nTelefon\n\nDela gärna dina idéer med oss.\n"
    ctx = Context.build(text, None)
    assert [m.group(0) for m in head_lines(ctx, 3)] == [
        "Kontaktcenter öppnar i maj",
        "Telefon",
        "Dela gärna dina idéer med oss.",
    ]
    ctx = Context.build(_CHROME + _PAGE, None)
    assert [m.group(0) for m in head_lines(ctx, 1)] == ["Medborgarlöften"]


MOLNDAL = "https://www.molndal.se/nyheter/klimatloften.html"


def test_pledged_measures_led_by_verbs_of_purchase_and_reuse_are_activities() -> None:
    text = (
        "Klimatlöften 2021\n\n"
        "Under 2021 ska staden genomföra sex klimatlöften, som innebär ambitionshöjningar:\n\n"
        "  • Införskaffa miljöbilar\n  • Återanvända möbler\n"
        "  • Minska matsvinn\n  • Öka produktionen av solel\n"
        "  • Arrangera aktiviteter om klimat för allmänheten\n  • Samarbeta i nätverk\n"
    )
    facts = _facts(text, MOLNDAL)
    activities = {n.description for n in facts.nodes if isinstance(n, Activity)}
    assert "Införskaffa miljöbilar" in activities and len(activities) == 6, activities
    assert len(links(facts, LinkType.HAS_ACTIVITY)) == 6


LST_VASTMANLAND = "https://www.lansstyrelsen.se/vastmanland/livsmedel/organisation.html"


def _organisations(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Organization:forum:")}


def test_a_definite_group_said_to_consist_of_or_to_do_something_is_a_forum() -> None:
    text = (
        "Styrgrupp\n\nStyrgruppens syfte är att arbetet svarar mot strategin.\n\n"
        "Arbetsgrupp\n\nArbetsgruppen ska driva och genomföra aktiviteter. Den bereder "
        "ärenden inför styrgruppen och samverkansgruppen.\n\n"
        "Samverkansgrupp\n\nSamverkansgruppen består av företag och organisationer.\n"
    )
    forums = _organisations(_facts(text, LST_VASTMANLAND))
    assert forums == {
        "Organization:forum:lan:19:styrgruppen",
        "Organization:forum:lan:19:arbetsgruppen",
        "Organization:forum:lan:19:samverkansgruppen",
    }, forums


def test_a_bare_definite_group_names_no_forum() -> None:
    # guard: "styrgruppen" with nothing said of it is any project's group
    text = (
        "Förslaget lämnades till styrgruppen i maj. Arbetsgruppen fick ett nytt namn. "
        "Referensgruppen ska också träffas.\n"
    )
    assert not _organisations(_facts(text, LST_VASTMANLAND))


def test_the_pair_that_promises_before_a_list_is_responsible_for_its_items() -> None:
    text = (
        "Medborgarlöften\n\n"
        "Polis och kommun lovar att tillsammans arbeta för ökad trygghet i centrum.\n\n"
        "Detta ska åstadkommas genom bland annat följande aktiviteter:\n\n"
        " • Trafikkontroller på utpekade platser.\n"
        " • Trygghetsvandringar i bostadsområdena.\n"
    )
    facts = _facts(text, HALMSTAD)
    pairs = {(k.from_id, k.to_id) for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    activities = {n.id for n in facts.nodes if isinstance(n, Activity)}
    parties = {"Organization:nationell:polismyndigheten", "Organization:kommun:1380"}
    assert len(activities) == 2
    assert pairs == {(p, a) for p in parties for a in activities}, pairs


def test_an_intro_pointing_back_to_no_promise_names_no_one() -> None:
    # guard: the sentence before says what the pledge is, not who promises it
    text = (
        "Medborgarlöften\n\n"
        "Polis och kommun har tagit fram en lägesbild för centrum.\n\n"
        "Detta ska åstadkommas genom bland annat följande aktiviteter:\n\n"
        " • Trafikkontroller på utpekade platser.\n"
        " • Trygghetsvandringar i bostadsområdena.\n"
    )
    assert not links(_facts(text, HALMSTAD), LinkType.RESPONSIBLE_FOR)


KUMLA = "https://www.kumla.se/trygghet/medborgarlofte.html"


def test_a_partys_own_heading_and_a_joint_heading_give_who_is_responsible() -> None:
    text = (
        "Medborgarlöfte 2024\n\n"
        "Polisen och Kumla kommun har tagit fram ett medborgarlöfte för 2024.\n\n"
        "Polisens åtaganden:\n • Genomföra trafikkontroller vid skolor.\n"
        " • Öka den synliga närvaron i centrum.\n\n"
        "Kommunens åtaganden:\n • Förbättra belysningen i parker.\n"
        " • Genomföra trygghetsvandringar.\n\n"
        "Gemensamma åtaganden:\n • Arrangera en trygghetsdag.\n"
    )
    facts = _facts(text, KUMLA)
    police, kumla = "Organization:nationell:polismyndigheten", "Organization:kommun:1881"
    by_activity: dict[str, set[str]] = {}
    for k in links(facts, LinkType.RESPONSIBLE_FOR):
        by_activity.setdefault(k.to_id.rsplit(":", 1)[1], set()).add(k.from_id)
    assert by_activity == {
        "genomfora-trafikkontroller-vid-skolor": {police},
        "oka-den-synliga-narvaron-i-centrum": {police},
        "forbattra-belysningen-i-parker": {kumla},
        "genomfora-trygghetsvandringar": {kumla},
        "arrangera-en-trygghetsdag": {police, kumla},
    }, by_activity


MSB = "https://www.msb.se/sv/aktuellt/nyheter/2018/december/krisberedskap.html"


def test_an_inverted_pledge_with_a_partner_and_two_verb_phrases() -> None:
    text = (
        "Överenskommelse om kommunernas krisberedskap 2019-2022\n\n"
        "MSB har listat åtgärder för de kommande åren. Bland annat ska MSB i samarbete med "
        "SKR ta fram en handbok om kommunal krisberedskap. MSB ska även ta fram flera "
        "vägledningar och samla myndigheternas stöd på en webbplats.\n"
    )
    facts = _facts(text, MSB)
    activities = sorted(n.description for n in facts.nodes if isinstance(n, Activity))
    assert activities == [
        "samla myndigheternas stöd på en webbplats",
        "ta fram en handbok om kommunal krisberedskap",
        "ta fram flera vägledningar",
    ], activities
    msb = "Organization:nationell:msb"
    assert {k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR)} == {msb}
    assert len(links(facts, LinkType.RESPONSIBLE_FOR)) == 3


def test_a_pledge_that_opens_a_list_is_no_measure() -> None:
    # guard: the intro's "ska X genomföra ...:" announces the list below
    text = (
        "Klimatlöften 2021\n\n"
        "Under 2021 ska Mölndals stad genomföra två klimatlöften, som innebär mer:\n\n"
        "  • Minska matsvinn\n  • Öka produktionen av solel\n"
    )
    facts = _facts(text, MOLNDAL)
    activities = sorted(n.description for n in facts.nodes if isinstance(n, Activity))
    assert activities == ["Minska matsvinn", "Öka produktionen av solel"], activities


def test_a_weather_banner_and_a_cookie_notice_are_chrome() -> None:
    text = (
        "Den här webbplatsen använder cookies för att ge dig en bra upplevelse.\n\n"
        "Aktuella vädervarningar i Örebro länJust nu är det flera vädervarningar i länet.\n\n"
        "Åtgärdsprogram inom miljömål\n\nLänsstyrelsen tar fram åtgärdsprogram.\n"
    )
    ctx = Context.build(text, None)
    assert [m.group(0) for m in head_lines(ctx, 1)] == ["Åtgärdsprogram inom miljömål"]


LST_KALMAR = "https://www.lansstyrelsen.se/kalmar/livsmedel.html"


def test_a_place_genitive_names_the_bare_title_it_meets() -> None:
    text = (
        "Livsmedelsstrategi\n\n"
        "Länsstyrelsen samarbetar med regionala aktörer för att strategin ska få genomslag.\n\n"
        "Kalmar läns livsmedelsstrategi\n\n"
        "Den regionala livsmedelsstrategins vision är att länet ska bli en livsmedelsregion.\n"
    )
    docs = [n.id for n in _facts(text, LST_KALMAR).nodes if isinstance(n, Document)]
    assert docs == ["Document:regional:strategy:lan:08:kalmar-lans-livsmedelsstrategi"], docs


def test_a_level_adjective_gives_a_levelless_title_its_level() -> None:
    # the page's own strategy is not the national one it relates to
    text = (
        "Livsmedelsstrategi\n\nStrategin har nära kopplingar till den nationella "
        "livsmedelsstrategin men utgår från länets förutsättningar.\n\n"
        "Projekt för arbetet med den regionala livsmedelsstrategin pågår.\n"
    )
    docs = sorted(n.id for n in _facts(text, LST_VASTMANLAND).nodes if isinstance(n, Document))
    assert docs == [
        "Document:national:strategy:se:livsmedelsstrategi",
        "Document:regional:strategy:lan:19:livsmedelsstrategi",
    ], docs


LST_UPPSALA = "https://www.lansstyrelsen.se/uppsala/at-uppsala-lan.html"


def test_a_demonstrative_points_back_to_the_pages_plan() -> None:
    text = (
        "Ät Uppsala län - Handlingsplan för livsmedelsproduktion\n\n"
        "En ökad befolkning gör det viktigt att säkerställa en hållbar produktion.\n\n"
        "Denna handlingsplan har tagits fram med utgångspunkt i målen i den regionala "
        "utvecklingsstrategin.\n"
    )
    facts = _facts(text, LST_UPPSALA)
    pairs = {(k.from_id, k.to_id) for k in links(facts, LinkType.IMPLEMENTS)}
    assert pairs == {
        (
            "Document:regional:action-plan:lan:03:at-uppsala-lan",
            "Document:regional:strategy:lan:03:utvecklingsstrategi",
        )
    }, pairs


def test_komma_fram_till_is_no_pledge() -> None:
    text = (
        "Medborgarlöften\n\nKommunen kommer tillsammans med polisen fram till konkreta "
        "åtgärder som ska öka tryggheten. Polisen ska öka närvaron i centrum.\n"
    )
    activities = [n.description for n in _facts(text, HALMSTAD).nodes if isinstance(n, Activity)]
    assert activities == ["öka närvaron i centrum"], activities


def _issued(text: str, site: str) -> set[tuple[str, str]]:
    facts = _facts(text, site)
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)}


def test_a_charge_with_its_giver_or_a_set_off_phrase_names_the_maker() -> None:
    cases = (
        (
            "Energi- och klimatstrategi för Östergötland\n\nLänsstyrelsen har i uppdrag från "
            "regeringen att ta fram en ny regional energi- och klimatstrategi.\n",
            "https://www.lansstyrelsen.se/ostergotland/klimat.html",
            "Organization:lansstyrelse:05",
        ),
        (
            "Regional handlingsplan för klimatanpassning för Skåne 2014\n\nLänsstyrelsen fick, "
            "i regleringsbrevet för 2013, i uppdrag att ta fram en regional handlingsplan för "
            "klimatanpassning.\n",
            "https://www.lansstyrelsen.se/skane/klimat.html",
            "Organization:lansstyrelse:12",
        ),
        (
            "Trafik\n\nRegion Jönköpings län har ansvar för att upprätta en regional "
            "transportplan för 2022-2033.\n",
            "https://rjl.se/transport.html",
            "Organization:region:06",
        ),
    )
    for text, site, maker in cases:
        issued = _issued(text, site)
        assert len(issued) == 1 and next(iter(issued))[0] == maker, (text[:40], issued)


def test_a_document_to_make_under_its_own_title_is_that_document() -> None:
    text = (
        "Regional transportplan\n\nRegion Jönköpings län har ansvar för att upprätta en "
        "regional transportplan.\n"
    )
    plan = "Document:regional:plan:lan:06:transportplan"
    assert _issued(text, "https://rjl.se/transport.html") == {("Organization:region:06", plan)}

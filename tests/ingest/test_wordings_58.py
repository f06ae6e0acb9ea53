"""Defects found in the fifty-eighth session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Document

from .helpers import facts_at, links

HELSINGBORG = "https://helsingborg.se/nyheter/detta-beslutade-kommunfullmaktige/"
MORA = "https://www.mora.se/nyheter/kommunstyrelsen-i-korthet.html"
VGR = "https://www.vgregion.se/nyheter/regionfullmaktige-i-korthet/"
LEKSAND = "https://www.leksand.se/nyheter/kommunstyrelsen-i-korthet.html"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def _titles(facts: SourceFacts) -> set[str]:
    return {n.title for n in facts.nodes if isinstance(n, Document)}


def _summaries(facts: SourceFacts) -> set[str]:
    return {n.summary for n in facts.nodes if isinstance(n, Decision)}


def test_samt_and_an_article_ends_a_title() -> None:
    text = (
        "I tisdags tog kommunfullmäktige beslut om en ny översiktsplan för Helsingborgs stad "
        "2021 samt ett aktualiserat livskvalitetsprogram.\n\n"
        "Kommunstyrelsen beslutade om en ny avfallsplan för Mora kommun samt en reviderad "
        "renhållningstaxa.\n"
    )
    titles = _titles(_facts(text, HELSINGBORG))
    assert "Översiktsplan för Helsingborgs stad 2021" in titles, titles
    assert not any("samt" in t for t in titles), titles


def test_the_plan_a_new_one_is_to_replace_is_a_node_of_its_own() -> None:
    text = (
        "Kommunfullmäktige beslutade om en ny översiktsplan för Helsingborgs stad 2021.\n\n"
        "Översiktsplanen för Helsingborgs stad 2021 föreslås ersätta översiktsplanen från "
        "2010. Planen ger vägledning om hur marken ska användas.\n"
    )
    facts = _facts(text, HELSINGBORG)
    docs = {n.id: n.title for n in facts.nodes if isinstance(n, Document)}
    assert "Document:municipal:plan:kommun:1283:oversiktsplan-fran-2010" in docs, docs
    assert len(docs) == 2, docs


def test_an_inverted_bland_annat_list_of_decisions_is_cut_into_its_items() -> None:
    text = (
        "Regionfullmäktige den 29 november är avslutat. Under dagen har fullmäktige bland "
        "annat fattat beslut om regionens budget för 2025, avtal för en fastighet i "
        "Trollhättan, ett kommunalförbund för språktolkförmedling och utbyggnad av gång och "
        "cykelnätet.\n"
    )
    facts = _facts(text, VGR)
    summaries = _summaries(facts)
    assert summaries == {
        "Regionens budget för 2025",
        "Avtal för en fastighet i Trollhättan",
        "Ett kommunalförbund för språktolkförmedling",
        "Utbyggnad av gång och cykelnätet",
    }, summaries
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:region:14:regionfullmaktige"}, deciders


def test_three_items_after_beslut_om_are_three_decisions_unless_they_explain_one() -> None:
    listed = (
        "Kommunstyrelsen har fattat beslut om en ny skolskjutsorganisation, ett avtal om "
        "snöröjning i Insjön och en utbyggnad av fibernätet i Siljansnäs.\n"
    )
    assert len(_summaries(_facts(listed, LEKSAND))) == 3
    explained = (
        "Kommunstyrelsen har fattat beslut om groventreprenad i Norrbodaområdet, det vill "
        "säga det arbete som rör eldragning, vatten- och avloppsledningar samt gator och "
        "vägar.\n"
    )
    assert len(_summaries(_facts(explained, LEKSAND))) == 1


def test_a_plan_named_for_a_strategy_implements_it() -> None:
    text = (
        "Kommunfullmäktige antog Näringslivsstrategi för Ulricehamns kommun 2020. Nu har "
        "kommunstyrelsen antagit en handlingsplan för näringslivsstrategin.\n"
    )
    facts = _facts(text, "https://www.ulricehamn.se/naringsliv/strategi.html")
    pairs = {(k.from_id, k.to_id) for k in links(facts, LinkType.IMPLEMENTS)}
    assert pairs == {
        (
            "Document:municipal:action-plan:kommun:1491:handlingsplan-for-naringslivsstrategin",
            "Document:municipal:strategy:kommun:1491:naringslivsstrategi-for-ulricehamns-kommun-2020",
        )
    }, pairs


def test_the_parties_of_a_relative_clause_signed_the_agreement() -> None:
    text = (
        "1,2 miljarder till kommunernas krisberedskap\n\n"
        "Så mycket omfattar den överenskommelse om kommunernas krisberedskap som MSB och SKL "
        "tecknade i höst för mandatperioden 2019-2022.\n"
    )
    facts = _facts(text, "https://www.tjugofyra7.se/arkivet/krisberedskap/")
    signed = {(k.from_id, k.to_id) for k in links(facts, LinkType.SIGNED)}
    doc = "Document:national:agreement:se:2019-2022"
    assert signed == {
        ("Organization:nationell:msb", doc),
        ("Organization:nationell:skr", doc),
    }, signed


def test_a_season_between_the_passive_verb_and_its_agent_keeps_the_agent() -> None:
    text = (
        "Livsmedelsstrategi för Kalmar län\n\n"
        "Strategin antogs hösten 2015 av länsstyrelsen och Region Kalmar län.\n"
    )
    facts = _facts(text, "https://www.lansstyrelsen.se/kalmar/livsmedelsstrategi.html")
    adopters = {k.from_id for k in links(facts, LinkType.ADOPTED)}
    assert "Organization:lansstyrelse:08" in adopters, adopters
    rules = {k.evidence.rule for k in links(facts, LinkType.ADOPTED)}
    assert "relation.adopted.passive" in rules, rules


def test_a_document_listed_after_another_matter_decided_on_is_adopted() -> None:
    text = (
        "Beslut i korthet från socialnämnden 13 maj\n\n"
        "Under dagens sammanträde beslutade socialnämnden bland annat om Budget 2026 för "
        "socialnämnden och Kompetensförsörjningsplan 2025-2027.\n"
    )
    facts = _facts(text, "https://www.hammaro.se/nyheter/beslut-i-korthet.html", "2025-05-13")
    adopted = {(k.from_id, k.to_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {
        (
            "Organization:kommun:1761:socialnamnden",
            "Document:municipal:plan:kommun:1761:socialnamnden:kompetensforsorjnings:2025-2027",
            "2025-05-13",
        )
    }, adopted


KRAMFORS = "https://www.kramfors.se/trygghet/handlingsplan.html"


def _responsible(facts: SourceFacts) -> set[tuple[str, str]]:
    return {
        (k.from_id.rsplit(":", 1)[-1], k.to_id.rsplit(":", 1)[-1])
        for k in links(facts, LinkType.RESPONSIBLE_FOR)
    }


def test_a_dash_and_ansvarig_without_a_colon_split_off_the_responsible_unit() -> None:
    text = (
        "Handlingsplan för trygghet 2024-2026\n\n"
        "Insatser under 2024:\n"
        "- Genomföra trygghetsvandringar i alla kommundelar \u2013 ansvarig "
        "samhällsbyggnadsförvaltningen\n"
        "- Utbilda personal i våld i nära relationer \u2013 ansvarig socialförvaltningen\n"
    )
    assert _responsible(_facts(text, KRAMFORS)) == {
        ("samhallsbyggnadsforvaltningen", "genomfora-trygghetsvandringar-i-alla-kommundelar"),
        ("socialforvaltningen", "utbilda-personal-i-vald-i-nara-relationer"),
    }


def test_two_units_joined_by_och_are_both_responsible() -> None:
    text = (
        "Handlingsplan för trygghet 2024-2026\n\n"
        "Åtgärder\n\n"
        "1. Utbilda personal i våld i nära relationer. Ansvariga: Socialförvaltningen och "
        "Barn- och utbildningsförvaltningen.\n"
        "2. Genomföra trygghetsvandringar. Ansvarig: Samhällsbyggnadsförvaltningen.\n"
    )
    units = {unit for unit, activity in _responsible(_facts(text, KRAMFORS))}
    assert units == {
        "socialforvaltningen",
        "barn-och-utbildningsforvaltningen",
        "samhallsbyggnadsforvaltningen",
    }, units


def test_och_inside_a_responsible_role_keeps_the_role_whole() -> None:
    # A guard (it passes on the code before too): "och" joins two units above, not here.
    text = (
        "Handlingsplan för trygghet 2024-2026\n\n"
        "Åtgärder\n\n"
        "1. Utbilda personal i våld i nära relationer. Ansvarig: Socialförvaltningen, "
        "enhetschef barn och unga.\n"
    )
    titles = {k.title for k in links(_facts(text, KRAMFORS), LinkType.RESPONSIBLE_FOR)}
    assert titles == {"enhetschef barn och unga"}, titles


def test_det_var_tva_av_arendena_points_back_to_the_two_matters_before() -> None:
    text = (
        "Kommunfullmäktige - aktuella beslut oktober 2024\n\n"
        "Ett nytt bostadsförsörjningsprogram och läget för kommunens ekonomi och verksamheter "
        "efter årets åtta första månader. Det var två av ärendena som beslutades under "
        "kommunfullmäktiges sammanträde den 15 oktober 2024.\n"
    )
    facts = _facts(text, "https://lund.se/nyheter/aktuella-beslut.html", "2024-10-16")
    adopted = {(k.to_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {
        ("Document:municipal:programme:kommun:1281:bostadsforsorjningsprogram", "2024-10-15")
    }, adopted
    assert _summaries(facts) == {
        "Läget för kommunens ekonomi och verksamheter efter årets åtta första månader"
    }, _summaries(facts)


def test_the_body_that_leads_the_work_on_a_strategy_coordinates_it() -> None:
    site = "https://www.lansstyrelsen.se/gotland/skogsstrategi.html"
    strategy = "Document:regional:strategy:lan:09:skogsstrategi-for-gotland"
    for text in (
        "Regional skogsstrategi för Gotland\n\nArbetet med strategin leds av Länsstyrelsen i "
        "Gotlands län.\n",
        "Regional skogsstrategi för Gotland\n\nArbetet med strategin kommer att ledas av en "
        "styrgrupp under ledning av länsstyrelsen och med deltagande från LRF och Region "
        "Gotland.\n",
    ):
        pairs = {(k.from_id, k.to_id) for k in links(_facts(text, site), LinkType.COORDINATES)}
        assert pairs == {("Organization:lansstyrelse:09", strategy)}, (text, pairs)


def test_who_follows_a_strategy_up_in_a_report_or_a_yearly_review_follows_it_up() -> None:
    text = (
        "Spel om pengar i strategin\n\n"
        "Folkhälsomyndigheten föreslog i den samlade uppföljningen av ANDT-strategin 2016-2020 "
        "att spel om pengar skulle ingå i en kommande strategi.\n"
    )
    facts = _facts(text, "https://www.folkhalsomyndigheten.se/nyheter/spel.html")
    followed = {(k.from_id, k.to_id) for k in links(facts, LinkType.FOLLOWS_UP)}
    assert followed == {
        (
            "Organization:nationell:folkhalsomyndigheten",
            "Document:national:strategy:se:andt:2016-2020",
        )
    }, followed
    text = (
        "Miljöstrategi för Habo kommun 2015\n\n"
        "Uppföljning och utvärdering av miljöstrategin ska ske årligen av kommunfullmäktige och "
        "nämnderna i samband med verksamhetsberättelsen.\n"
    )
    facts = _facts(text, "https://www.habo.se/miljo/miljostrategi.html")
    followers = {k.from_id for k in links(facts, LinkType.FOLLOWS_UP)}
    assert followers == {"Organization:kommun:0305:kommunfullmaktige"}, followers

"""Defects found in the fiftieth session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, Goal, Initiative

from .helpers import decided_by, decisions, documents, facts_at, links

BODEN_SITE = "https://www.boden.se/nyheter/medborgarloften.html"

_PLEDGES = (
    "Nya medborgarlöften för Boden\n\n"
    "Publicerad 3 mars 2023\n\n"
    "Polisen och Bodens kommun har tecknat medborgarlöften för 2023-2025 efter en "
    "gemensam trygghetsmätning.\n\n"
    "Kommunen kommer bland annat att rusta upp belysningen i gångtunnlarna vid "
    "resecentrum.\n\n"
    "Polisen ska öka sin synlighet i centrum genom fler fotpatruller på helgkvällar.\n\n"
    "Under 2024 kommer polisen och kommunen att besöka alla högstadieskolor tillsammans.\n\n"
    "- Vi kommer att lyssna på medborgarna, säger kommunalrådet.\n\n"
    "Det kommer också att genomföras kontroller mot langning av alkohol till unga.\n"
)


def _pledges() -> tuple[dict[str, str], set[tuple[str, str]]]:
    """The activities read (id -> description) and who is responsible for which."""
    facts = facts_at(_PLEDGES, BODEN_SITE, "2023-03-03")
    acts = {n.id: n.description for n in facts.nodes if isinstance(n, Activity)}
    who = {(k.from_id, acts[k.to_id]) for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    return acts, who


def test_a_partys_pledge_in_running_text_is_an_activity_it_carries() -> None:
    _, who = _pledges()
    wanted = {
        "Organization:kommun:2582": "rusta upp belysningen i gångtunnlarna vid resecentrum",
        "Organization:nationell:polismyndigheten": (
            "öka sin synlighet i centrum genom fler fotpatruller på helgkvällar"
        ),
    }
    for party, description in wanted.items():
        assert (party, description) in who, who


def test_an_inverted_pledge_names_each_party() -> None:
    _, who = _pledges()
    parties = {p for p, d in who if d == "besöka alla högstadieskolor tillsammans"}
    assert parties == {"Organization:kommun:2582", "Organization:nationell:polismyndigheten"}


def test_quoted_speech_is_no_pledge_and_a_passive_one_has_no_party() -> None:
    acts, who = _pledges()
    descriptions = set(acts.values())
    assert "kontroller mot langning av alkohol till unga" in descriptions, descriptions
    assert not any("lyssna" in d for d in descriptions), descriptions
    assert not any("langning" in d for _, d in who), who


RATTVIK_SITE = "https://www.rattvik.se/nyheter/kommunstyrelsen.html"


def test_a_later_day_for_this_is_no_decision() -> None:
    # "beslutar om detta den 2 maj" says when the council takes up what was said before.
    facts = facts_at(
        "Kommunstyrelsen 5 mars 2024\n\n"
        "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta en ny taxa för "
        "slamtömning.\n\n"
        "Kommunfullmäktige beslutar om detta den 2 maj 2024.\n",
        RATTVIK_SITE,
        "2024-03-06",
    )
    summaries = [d.summary.rstrip(".").lower() for d in decisions(facts).values()]
    assert not any(s.startswith("detta") for s in summaries), summaries


def test_a_compound_with_a_list_of_suspended_parts_is_one_document() -> None:
    # "energi-, miljö- och klimatplan": three first parts share one head noun.
    facts = facts_at(
        "Kommunfullmäktige antog i måndags en ny alkohol-, narkotika-, dopnings- och "
        "tobaksstrategi. Kommunen har också tagit fram ett nytt energi-, miljö- och "
        "klimatstrategiskt program.",
        "https://www.lessebo.se/nyheter/strategier.html",
        "2024-05-15",
    )
    # A bare compound title carries its adopter in brackets; the name is what matters.
    titles = sorted(d.title.split(" (")[0] for d in documents(facts).values())
    assert titles == [
        "Alkohol-, narkotika-, dopnings- och tobaksstrategi",
        "Energi-, miljö- och klimatstrategiskt program",
    ], titles
    issued = {k.to_id for k in links(facts, LinkType.ISSUED)}
    assert any("klimatstrategiskt-program" in i for i in issued), issued


def test_what_a_plan_builds_on_is_no_goal_of_its_own() -> None:
    text = (
        "Regional kulturplan 2025-2028\n\n"
        "Planen tar avstamp i de nationella kulturpolitiska målen och den regionala "
        "utvecklingsstrategin.\n\n"
        " • Den regionala utvecklingsstrategin\n"
        " • De nationella kulturpolitiska målen\n"
        " • Barnkonventionen\n\n"
        "Planen utgår från följande tre mål:\n\n"
        " • Kultur för alla invånare i länet\n"
        " • Ett starkt professionellt kulturliv\n"
        " • Fler mötesplatser på landsbygden\n"
    )
    facts = facts_at(text, "https://www.regionjh.se/kultur/kulturplan.html", "2024-05-15")
    goals = sorted(n.text for n in facts.nodes if isinstance(n, Goal))
    assert goals == [
        "Ett starkt professionellt kulturliv",
        "Fler mötesplatser på landsbygden",
        "Kultur för alla invånare i länet",
    ], goals


def test_a_short_decision_takes_its_items_heading_whatever_its_tail() -> None:
    text = (
        "Kommunfullmäktige i korthet\n\n"
        "Vid sammanträdet den 27 november behandlades bland annat följande ärenden.\n\n"
        "Verksamhetsområde för vatten och avlopp i Ängebo\n"
        "Verksamhetsområdet fastställdes enligt förslag.\n\n"
        "Medborgarförslag\n\n"
        "  • Förslag om en skatepark i Järvsö. Skickades till fritidsnämnden för beslut.\n"
        "  • Förslag om längre öppettider på biblioteket. Skickades till kulturnämnden "
        "för beslut.\n"
    )
    facts = facts_at(text, "https://www.ljusdal.se/nyheter/kf-i-korthet.html", "2023-11-28")
    summaries = sorted(d.summary for d in decisions(facts).values())
    assert summaries == [
        "Skickades till fritidsnämnden för beslut: Förslag om en skatepark i Järvsö",
        "Skickades till kulturnämnden för beslut: Förslag om längre öppettider på biblioteket",
        "Verksamhetsområdet fastställdes enligt förslag: "
        "Verksamhetsområde för vatten och avlopp i Ängebo",
    ], summaries


def test_when_a_document_is_to_be_adopted_is_no_goal_of_it() -> None:
    text = (
        "Tyck till om den nya kulturstrategin\n\n"
        "Kommunen har tagit fram ett förslag till kulturstrategi. Målet är att den under "
        "våren ska beslutas i kommunfullmäktige. Målet med strategin är att fler invånare "
        "ska delta i kulturlivet."
    )
    facts = facts_at(text, "https://www.nordanstig.se/nyheter/kulturstrategi.html", "2024-02-01")
    goals = [n.text for n in facts.nodes if isinstance(n, Goal)]
    assert goals == ["fler invånare ska delta i kulturlivet"], goals


def _adopters(text: str, published: str | None) -> set[str]:
    facts = facts_at(text, "https://www.halmstad.se/nyheter/oversiktsplan.html", published)
    return {k.from_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.ADOPTED)}


def test_a_present_tense_adoption_on_a_later_day_is_scheduled_not_done() -> None:
    text = (
        "Översiktsplanen ett steg närmare\n\n"
        "Den 15 mars beslutade kommunstyrelsen att anta översiktsplanen och skicka ärendet "
        "vidare. Den 30 mars fattar kommunfullmäktige slutgiltigt beslut om översiktsplanen."
    )
    assert _adopters(text, "2022-03-16") == {"kommunstyrelsen"}
    assert _adopters(text, None) == {"kommunstyrelsen"}
    # Published on the day or after it: the council's adoption is reported.
    assert _adopters(text, "2022-03-31") == {"kommunstyrelsen", "kommunfullmaktige"}


def test_a_mixed_case_acronym_in_capitals_is_the_same_agency() -> None:
    facts = facts_at(
        "Länsstyrelsen har tillsammans med Brottsförebyggande rådet, BRÅ, träffat länets "
        "kommuner. BRÅ stödjer kommunernas arbete.",
        "https://www.lansstyrelsen.se/vastra-gotaland/nyheter/brottsforebyggande.html",
        "2023-11-21",
    )
    orgs = sorted(n.id for n in facts.nodes if n.id.startswith("Organization:"))
    assert orgs == ["Organization:lansstyrelse:14", "Organization:nationell:bra"], orgs


def test_saying_yes_or_no_to_a_proposal_is_a_decision() -> None:
    facts = facts_at(
        "Kommunfullmäktige sa på måndagen ja till medborgarförslaget om en hundrastgård i "
        "Norsjö. Fullmäktige har också sagt nej till motionen om gratis bussresor.",
        "https://www.norsjo.se/nyheter/fullmaktige.html",
        "2016-03-22",
    )
    dated = sorted((d.summary.split(" till ")[1][:25], d.date) for d in decisions(facts).values())
    assert dated == [
        ("medborgarförslaget om en ", "2016-03-21"),
        ("motionen om gratis bussre", None),
    ], dated


def test_adopting_a_draft_for_consultation_is_a_decision_on_the_document() -> None:
    facts = facts_at(
        "Under onsdagens möte antog regionstyrelsens arbetsutskott ett remissförslag till "
        "en uppdaterad regional utvecklingsstrategi för Blekinge 2014-2020.",
        "https://www.regionblekinge.se/nyheter/rus-remiss.html",
        "2018-02-28",
    )
    assert not links(facts, LinkType.ADOPTED)
    (decision,) = decisions(facts).values()
    assert decision.date == "2018-02-28"
    assert decided_by(facts, decision) == {"Organization:region:10:regionstyrelsens-arbetsutskott"}
    concerned = {k.to_id for k in links(facts, LinkType.CONCERNS)}
    assert concerned == {"Document:regional:strategy:lan:10:2014-2020"}, concerned


def test_a_document_a_rule_requires_is_not_yet_made() -> None:
    facts = facts_at(
        "Dalarna ingår i kultursamverkansmodellen, vilket kräver att vi tar fram en regional "
        "kulturplan. Region Dalarna har tagit fram en ny biblioteksplan.",
        "https://www.regiondalarna.se/kultur/kulturplan.html",
        "2024-05-15",
    )
    issued = sorted(k.to_id.rsplit(":", 1)[-1] for k in links(facts, LinkType.ISSUED))
    assert issued == ["biblioteksplan"], issued


def test_named_examples_of_an_agencys_efforts_are_initiatives_it_leads() -> None:
    facts = facts_at(
        "Myndigheten för kulturanalys driver flera projekt för att nå unga, exempelvis "
        "Kulturpass Ung, Läsa och skriva samt Scenlyftet. Regionen har projekt i flera "
        "kommuner, bland annat Umeå, Skellefteå och Lycksele.",
        "https://www.kulturanalys.se/nyheter/projekt.html",
        "2024-05-15",
    )
    names = sorted(n.name for n in facts.nodes if isinstance(n, Initiative))
    assert names == ["Kulturpass Ung", "Läsa och skriva", "Scenlyftet"], names
    leaders = {k.from_id for k in links(facts, LinkType.COORDINATES)}
    assert leaders == {"Organization:nationell:myndigheten-for-kulturanalys"}, leaders


def test_a_ministrys_decision_is_the_governments() -> None:
    facts = facts_at(
        "Pressmeddelande från Infrastrukturdepartementet\n\n"
        "Energiminister Anna Ek har utsett Bo Berg till att leda arbetet med strategin.",
        "https://www.regeringen.se/pressmeddelanden/2020/11/stormote/",
        "2020-11-12",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:nationell:regeringen"}


def test_a_headline_announces_a_new_official_at_the_pages_organisation() -> None:
    facts = facts_at(
        "Lena Berg ny kultur- och fritidschef\n\n"
        "En ny avdelning skapas när kommunen satsar på kultur. Lena börjar den 1 oktober.\n",
        "https://www.lekeberg.se/nyheter/ny-chef.html",
        "2024-06-20",
    )
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:lena-berg", "Organization:kommun:1814", "Kultur- och fritidschef")
    }, roles


def test_an_organisation_setting_up_a_body_decided_it() -> None:
    facts = facts_at(
        "Därför har Länsstyrelsen Västerbotten och Region Västerbotten bildat Forum för "
        "hälsa i Västerbotten, som blir ett nav i länets arbete. Forumet har en ledningsgrupp.",
        "https://www.lansstyrelsen.se/vasterbotten/nyheter/forum-for-halsa.html",
        "2021-09-01",
    )
    (decision,) = decisions(facts).values()
    assert decision.summary == "Bildat Forum för hälsa i Västerbotten", decision.summary
    assert decided_by(facts, decision) == {"Organization:lansstyrelse:24"}


def test_a_forum_set_up_by_name_is_an_organisation_in_its_setters_county() -> None:
    facts = facts_at(
        "Region Västerbotten har bildat Forum för hälsa i Västerbotten, som samlar länets "
        "aktörer. Forum för hälsa i Västerbotten har en ledningsgrupp.",
        "https://www.regionvasterbotten.se/nyheter/forum.html",
        "2021-09-01",
    )
    forums = {m.node_id for m in facts.mentions if m.node_id.startswith("Organization:forum")}
    assert forums == {"Organization:forum:lan:24:forum-for-halsa-i-vasterbotten"}, forums
    uses = [m for m in facts.mentions if m.node_id in forums]
    assert len(uses) == 2, uses


def test_a_body_set_up_on_a_stated_day_dates_the_decision() -> None:
    facts = facts_at(
        "Region Stockholm inrättade den 3 mars 2019 ett klimatkansli för att växla upp "
        "samarbetet för klimatet.",
        "https://www.regionstockholm.se/nyheter/klimatkansli.html",
        "2024-05-15",
    )
    (decision,) = decisions(facts).values()
    assert (decision.date, decided_by(facts, decision)) == (
        "2019-03-03",
        {"Organization:region:01"},
    ), decision

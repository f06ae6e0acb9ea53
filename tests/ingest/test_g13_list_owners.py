"""Goals and activities hung on the right document, and nested or quoted list items
(issue 9, round 13). Every sentence here is made up.
"""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Document, Goal
from ingest.pipeline import extract
from ingest.rules.list_items import quoted_speech
from ingest.rules.nested_items import listed_items
from tests.ingest.helpers import assert_evidence_rules, text_source

REGION_SITE = "https://www.regionexempel.se/utveckling/sida"
ALE_SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str, uri: str = REGION_SITE) -> SourceFacts:
    source = dataclasses.replace(text_source(text, "2025-03-01"), uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _goals(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}


def _owners(facts: SourceFacts, link: LinkType) -> dict[str, set[str]]:
    """Each goal's (or activity's) text, and the titles of the documents it hangs on."""
    titles = {n.id: n.title for n in facts.nodes if isinstance(n, Document)}
    texts = {n.id: n.text for n in facts.nodes if isinstance(n, Goal)}
    texts |= {n.id: n.description for n in facts.nodes if isinstance(n, Activity)}
    found: dict[str, set[str]] = {}
    for x in facts.links:
        if x.type is link:
            found.setdefault(texts[x.to_id], set()).add(titles.get(x.from_id, x.from_id))
    return found


_AGENDA_PAGE = (
    "Digital agenda för Ale kommun 2024-2028\n\n"
    "Kommunfullmäktige antog den digitala agendan i mars 2024.\n\n"
    "Agendan ska vara ett stöd för hur kommunen tar vara på nya verktyg. Inom de "
    "utvalda områdena (som följer den nationella digitaliseringsstrategin) lyfts "
    "några prioriteringar fram. De tre prioriteringarna är:\n\n"
    " • Fler e-tjänster för invånarna\n"
    " • Säkrare system i skolan\n"
    " • Bättre bredband på landsbygden\n"
)


def test_the_intro_subject_owns_the_list_not_a_document_named_in_passing() -> None:
    owners = _owners(_facts(_AGENDA_PAGE, ALE_SITE), LinkType.HAS_GOAL)
    assert set(owners) == {
        "Fler e-tjänster för invånarna",
        "Säkrare system i skolan",
        "Bättre bredband på landsbygden",
    }
    for titles in owners.values():
        assert len(titles) == 1
        assert "agenda" in next(iter(titles)).lower()


def test_a_document_that_opens_a_sentence_of_its_own_keeps_the_list() -> None:
    # The national strategy is the subject of the sentence before the list: it owns it.
    text = _AGENDA_PAGE.replace(
        "Inom de utvalda områdena (som följer den nationella digitaliseringsstrategin) lyfts "
        "några prioriteringar fram.",
        "Den nationella digitaliseringsstrategin pekar ut några prioriteringar.",
    )
    owners = _owners(_facts(text, ALE_SITE), LinkType.HAS_GOAL)
    titles = owners.get("Fler e-tjänster för invånarna", set())
    assert titles and all("agenda" not in t.lower() for t in titles)


def test_a_definite_mention_is_one_document_not_two() -> None:
    facts = _facts(
        "Ale kommun tar fram en plan mot ensamhet\n\n"
        "Den regionala handlingsplanen för psykisk hälsa 2023-2030 gäller i hela länet.\n\n"
        "En lokal plan för psykisk hälsa 2025-2028 tas nu fram i Ale kommun.\n\n"
        "Kommunen har fått medel från regionen som går till arbetet med den lokala planen "
        "där tre aktiviteter prioriteras:\n"
        "- Kurser för personal i skolan\n"
        "- Träffpunkter för äldre\n"
        "- Stöd till anhöriga\n",
        ALE_SITE,
    )
    owners = _owners(facts, LinkType.HAS_ACTIVITY)
    assert owners.get("Träffpunkter för äldre")
    for titles in owners.values():
        assert all("regional" not in t.lower() for t in titles)


def test_a_nested_list_lists_its_inner_items_under_area_headings() -> None:
    facts = _facts(
        "Regional utvecklingsstrategi för Exempellän 2025-2035\n\n"
        "Strategin har tre områden med mål under varje område. Områdena och målen är:\n\n"
        " • Trygg uppväxt\n"
        "  • Alla barn ska klara skolan.\n"
        "  • Fler unga ska ha en fritidssysselsättning.\n"
        " • Starkt näringsliv\n"
        "  • Fler företag ska starta i länet.\n"
        " • Goda resor\n",
    )
    goals = set(_goals(facts).values())
    assert "Alla barn ska klara skolan" in goals
    assert "Fler företag ska starta i länet" in goals
    assert not goals & {"Trygg uppväxt", "Starkt näringsliv", "Goda resor"}


def test_inner_items_that_finish_the_outer_phrase_are_part_of_it() -> None:
    facts = _facts(
        "Miljöstrategi för Ale kommun 2025-2030\n\n"
        "Följande fokusområden finns i miljöstrategin:\n\n"
        " • Minska utsläppen med särskilt fokus på\n"
        "  - resor i tjänsten\n"
        "  - uppvärmning av lokaler\n"
        " • Alla skolor ska servera mer vegetarisk mat\n",
        ALE_SITE,
    )
    goals = set(_goals(facts).values())
    assert "Alla skolor ska servera mer vegetarisk mat" in goals
    assert any(g.startswith("Minska utsläppen") for g in goals)
    assert not goals & {"resor i tjänsten", "uppvärmning av lokaler"}


def test_listed_items_of_a_flat_list_are_all_of_them() -> None:
    @dataclasses.dataclass(frozen=True)
    class Item:
        text: str
        depth: int

    flat = [Item("A", 1), Item("B", 1)]
    assert listed_items(flat) == flat
    nested = [Item("Rubrik", 1), Item("Mål ett", 2), Item("Rubrik två", 1)]
    assert listed_items(nested) == [nested[1]]


def test_a_dash_line_quoting_someone_is_no_goal() -> None:
    facts = _facts(
        "Kompetensstrategi för Exempellän 2025-2030\n\n"
        "Strategin har tre mål:\n\n"
        "- Fler vuxna ska läsa vidare\n"
        "- Fler företag ska hitta rätt kompetens\n"
        "- Genom vårt uppdrag är vi en samlande kraft i länet, förklarar Eva Ek (S), "
        "ordförande i beredningen\n",
    )
    goals = set(_goals(facts).values())
    assert "Fler vuxna ska läsa vidare" in goals
    assert not any("förklarar" in g for g in goals)


def test_quoted_speech_is_told_by_its_reporting_clause() -> None:
    assert quoted_speech('Vi ska bygga fler skolor", fortsätter Anna Berg')
    assert quoted_speech("Det här är viktigt, säger hon")
    assert not quoted_speech("Minska utsläppen, fortsätta arbetet med skolan")
    assert not quoted_speech("Fler ska säga ja till vaccin")


def test_a_goal_noun_opening_its_sentence_with_an_att_clause() -> None:
    facts = _facts(
        "Kommunfullmäktige i Ale\n\n"
        "Kommunfullmäktige beslutade att anta förslaget till ny översiktsplan för Ale kommun. "
        "Målsättningen att Ale ska ha 40 000 invånare ska vara nådd år 2045, inte år 2050.\n",
        ALE_SITE,
    )
    owners = _owners(facts, LinkType.HAS_GOAL)
    assert "Ale ska ha 40 000 invånare" in owners
    assert all("versiktsplan" in t for t in owners["Ale ska ha 40 000 invånare"])


def test_a_document_that_has_a_goal_for_att() -> None:
    facts = _facts(
        "Ale kommun\n\nKommunfullmäktige antog Plan för tillgänglighet i Ale 2025-2028. "
        "Planen har en övergripande målsättning för att alla ska kunna ta sig fram i "
        "kommunen.\n",
        ALE_SITE,
    )
    owners = _owners(facts, LinkType.HAS_GOAL)
    goal = "alla ska kunna ta sig fram i kommunen"
    assert goal in owners and all("tillgänglighet" in t for t in owners[goal])


def test_a_goal_set_by_us_or_a_goal_to_work_towards_is_none() -> None:
    facts = _facts(
        "Näringslivsstrategi för Ale kommun 2025-2030\n\n"
        "Vi har nyligen satt upp det långsiktiga målet att ha länets bästa företagsklimat. "
        "Strategin har tolv mål att arbeta mot under perioden.\n",
        ALE_SITE,
    )
    assert not any("företagsklimat" in g or "arbeta mot" in g for g in _goals(facts).values())

"""Lists, numbered steps and tables: goals, activities and who is responsible."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Goal
from tests.ingest.helpers import facts_of

from .helpers import links

UMEA = "Organization:kommun:2480"
SOC = "Organization:kommun:2480:socialnamnden"

_facts = facts_of


def _activities(facts: SourceFacts) -> dict[str, str]:
    return {n.description: n.id for n in facts.nodes if isinstance(n, Activity)}


HEADED = (
    "Umeå kommun\n\n"
    "Socialnämnden antog en handlingsplan mot våld för 2024\u20132026.\n\n"
    "Aktiviteter 2024 (urval)\n\n"
    "  • Utbilda personalen i att fråga om våld. Ansvarig: Socialnämnden.\n"
    "  • Ta fram en folder om stöd. Ansvarig: kommunikationsstrateg.\n"
    "  • Ordna en temadag. Ansvarig: den som har tid.\n"
)


def test_heading_list_gives_activities_with_responsible_committee() -> None:
    facts = _facts(HEADED)
    acts = _activities(facts)
    assert "Utbilda personalen i att fråga om våld" in acts
    assert links(facts, LinkType.HAS_ACTIVITY, to_id=acts["Ta fram en folder om stöd"])
    [resp] = links(
        facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Utbilda personalen i att fråga om våld"]
    )
    assert resp.from_id == SOC and resp.title is None
    assert resp.evidence.rule == "list.responsible.ansvarig"


def test_a_role_alone_is_the_publishing_municipality_with_the_role_as_title() -> None:
    facts = _facts(HEADED)
    acts = _activities(facts)
    [resp] = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Ta fram en folder om stöd"])
    assert resp.from_id == UMEA and resp.title == "kommunikationsstrateg"


def test_who_is_not_a_role_or_organisation_gives_no_responsibility() -> None:
    facts = _facts(HEADED)
    acts = _activities(facts)
    assert not links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Ordna en temadag"])


def test_numbered_steps_under_a_numbered_heading_are_activities() -> None:
    text = (
        "Umeå kommun\n\nRutin vid hot\n\n1. Syfte\n\nRutinen beskriver arbetet.\n\n"
        "2. Arbetsgång\n\n"
        "2.1 Ring polisen vid akut fara. Ansvarig: handläggare på Vuxenenheten.\n"
        "2.2 Dokumentera händelsen. Ansvarig: enhetschef.\n"
    )
    facts = _facts(text)
    acts = _activities(facts)
    assert set(acts) >= {"Ring polisen vid akut fara", "Dokumentera händelsen"}
    assert "Arbetsgång" not in acts and "Syfte" not in acts
    [resp] = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Ring polisen vid akut fara"])
    assert resp.title == "handläggare"  # the unit has no node


def test_pipe_table_rows_are_activities_with_responsible_columns() -> None:
    text = (
        "Umeå kommun\n\nHandlingsplan mot våld 2024\u20132026\n\n"
        "Aktivitet | Ansvarig | Tidplan\n"
        "Införa frågor om våld | Socialnämnden, Polismyndigheten | 2024\n"
        "Sammanställa uppföljningen | Verksamhetschef vuxenstöd | Årligen\n"
    )
    facts = _facts(text)
    acts = _activities(facts)
    first = acts["Införa frågor om våld"]
    assert {k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR, to_id=first)} == {
        SOC,
        "Organization:nationell:polismyndigheten",
    }
    [role] = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Sammanställa uppföljningen"])
    assert role.title == "verksamhetschef vuxenstöd"
    assert role.evidence.rule == "list.table.responsible"


def test_table_headers_in_other_usual_wordings_are_read() -> None:
    text = (
        "Umeå kommun\n\nHandlingsplan mot våld 2024\u20132026\n\n"
        "Aktivitet/åtgärd | Ansvariga aktörer | Klart senast\n"
        "Införa frågor om våld | Socialnämnden | Hösten 2024\n"
    )
    facts = _facts(text)
    act = next(n for n in facts.nodes if isinstance(n, Activity))
    assert act.description == "Införa frågor om våld"
    assert act.timeframe == "Hösten 2024"
    assert {k.from_id for k in links(facts, LinkType.RESPONSIBLE_FOR, to_id=act.id)} == {SOC}


def test_a_table_without_an_activity_column_gives_nothing() -> None:
    text = "Umeå kommun\n\nNamn | Telefon | Ort\nAnna | 1234 | Umeå\n"
    assert not _activities(_facts(text))


def test_inline_overall_goal_line_is_a_goal() -> None:
    text = "Umeå kommun\n\nÖvergripande mål: Ingen ska utsättas för våld i Umeå.\n"
    goals = [n.text for n in _facts(text).nodes if isinstance(n, Goal)]
    assert goals == ["Ingen ska utsättas för våld i Umeå"]


def test_goal_list_under_a_bare_plan_goes_to_the_new_plan_not_the_replaced_one() -> None:
    text = (
        "Umeå kommun\n\n"
        "Umeå kommun har fått en ny handlingsplan mot våld. Handlingsplanen för 2024\u20132027 "
        "antogs av kommunfullmäktige och ersätter den tidigare handlingsplanen "
        "för 2020\u20132023.\n\n"
        "Handlingsplanen har två mål:\n\n"
        "  • Våldsutsatta ska få stöd.\n"
        "  • Färre ska utöva våld.\n"
    )
    facts = _facts(text)
    owners = {k.from_id for k in links(facts, LinkType.HAS_GOAL)}
    assert owners and all(o.endswith("2024-2027") for o in owners)


def test_a_list_introduced_by_another_document_kind_gets_no_owner_by_default() -> None:
    text = (
        "Umeå kommun\n\nKommunfullmäktige antog en policy mot våld för 2024\u20132027.\n\n"
        "Strategin har två mål:\n\n  • Våldsutsatta ska få stöd.\n  • Färre ska utöva våld.\n"
    )
    facts = _facts(text)
    assert len([n for n in facts.nodes if isinstance(n, Goal)]) == 2
    assert not links(facts, LinkType.HAS_GOAL)


def test_markdown_table_with_outer_pipes_and_rule_line() -> None:
    text = (
        "Umeå kommun\n\nHandlingsplan mot våld 2024\u20132026\n\n"
        "| Åtgärd | Ansvarig |\n"
        "|---|---|\n"
        "| Införa frågor om våld | Socialnämnden |\n"
    )
    facts = _facts(text)
    acts = _activities(facts)
    assert list(acts) == ["Införa frågor om våld"]
    [resp] = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Införa frågor om våld"])
    assert resp.from_id == SOC

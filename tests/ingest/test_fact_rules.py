"""The rules for decisions, initiatives, lists, forums and follow-up on small texts:
what each must find, and what it must not assert."""

from __future__ import annotations

from typing import TypeVar

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Decision, Document, Goal, Initiative, Organization
from ingest.language.gazetteer import municipality_by_code
from ingest.rules.extract_actors import initials
from tests.ingest.helpers import facts_of

from .helpers import links

_facts = facts_of


N = TypeVar("N")


def _of(facts: SourceFacts, cls: type[N]) -> list[N]:
    return [n for n in facts.nodes if isinstance(n, cls)]


UMEA = "Organization:kommun:2480"


def test_generic_committee_names_are_committees_of_the_page_municipality() -> None:
    facts = _facts("Umeå kommun informerar. Frågan bereds av socialnämnden och omsorgsnämnden.")
    ids = {n.id for n in _of(facts, Organization)}
    assert {f"{UMEA}:socialnamnden", f"{UMEA}:omsorgsnamnden"} <= ids
    assert {k.from_id for k in links(facts, LinkType.PART_OF, to_id=UMEA)} == {
        f"{UMEA}:socialnamnden",
        f"{UMEA}:omsorgsnamnden",
    }


def test_acronym_committee_meets_its_full_name_by_initials() -> None:
    facts = _facts(
        "Umeå kommun. ÖSK-nämnden sammanträdde. "
        "Ordförande i Överförmyndar-, social- och kulturnämnden (ÖSK) är Anna Berg."
    )
    (committee,) = _of(facts, Organization)[1:]
    assert committee.name == "Överförmyndar-, social- och kulturnämnden"
    assert "ÖSK-nämnden" in committee.aliases
    assert initials("Bistånds-, arbetsmarknads- och sociala servicenämnden") == {"BAS", "BASS"}


def test_an_undefined_bare_acronym_is_not_a_committee() -> None:
    facts = _facts("Umeå kommun. Barn-, kultur- och utbildningsnämnden. BK är en förkortning.")
    assert "BK" not in {m.evidence.quote for m in facts.mentions}


def test_namnden_alone_refers_to_the_last_committee() -> None:
    facts = _facts("Umeå kommun. Socialnämnden fick ärendet. Det går vidare till nämnden.")
    quotes = [m for m in facts.mentions if m.evidence.quote == "nämnden"]
    assert [m.node_id for m in quotes] == [f"{UMEA}:socialnamnden"]


def test_official_municipality_names_take_the_genitive_after_a_consonant() -> None:
    names = {code: municipality_by_code(code) for code in ("2282", "1287", "2062", "2480")}
    assert {c: m.official_name for c, m in names.items() if m} == {
        "2282": "Kramfors kommun",
        "1287": "Trelleborgs kommun",
        "2062": "Mora kommun",
        "2480": "Umeå kommun",
    }


def test_decision_beslutade_att_with_date_and_condition() -> None:
    facts = _facts(
        "Umeå kommun. Socialnämnden beslutade igår att delta i Resurscentrum mot våld "
        "under förutsättning att regionen deltar."
    )
    (decision,) = _of(facts, Decision)
    assert decision.summary == "Delta i Resurscentrum mot våld"
    assert (decision.date, decision.condition) == ("2024-05-01", "regionen deltar")
    assert links(facts, LinkType.DECIDED, f"{UMEA}:socialnamnden", decision.id)
    assert links(facts, LinkType.CONCERNS, decision.id, "Initiative:resurscentrum-mot-vald")


def test_no_decision_without_a_deciding_body() -> None:
    facts = _facts("Umeå kommun. Man beslutade igår att delta i Resurscentrum mot våld.")
    assert _of(facts, Decision) == []


def test_decision_due_for_beslut_in_a_committee() -> None:
    facts = _facts(
        "Umeå kommun. Socialnämnden har tagit fram en handlingsplan. "
        "Handlingsplanen går vidare för beslut i socialnämnden 3 juni.",
    )
    (decision,) = _of(facts, Decision)
    assert decision.date == "2024-06-03"
    (concerns,) = links(facts, LinkType.CONCERNS, decision.id)
    assert concerns.to_id.startswith("Document:municipal:action-plan:kommun:2480")


def test_initiative_name_stops_before_a_clause() -> None:
    facts = _facts("Vi medverkar i Kunskapscentrum om våld som startar i höst.")
    assert [i.name for i in _of(facts, Initiative)] == ["Kunskapscentrum om våld"]


def test_a_generic_centre_is_not_an_initiative_reference() -> None:
    facts = _facts("Behovet av ett resurscentrum utreds. Resurscentret är inte beslutat.")
    assert _of(facts, Initiative) == []


def test_financing_period_and_coordination() -> None:
    facts = _facts(
        "Umeå kommun. Vi väljer att medverka i Stödcentrum mot våld. "
        "Centret ska tillhöra Region Västerbotten. Stödcentrum mot våld kommer att tillhöra "
        "Region Västerbotten. Medfinansieringen gäller 2024-2026."
    )
    (centre,) = _of(facts, Initiative)
    assert (centre.period_start, centre.period_end) == (2024, 2026)
    assert links(facts, LinkType.PARTICIPATES_IN, UMEA, centre.id)
    assert links(facts, LinkType.COORDINATES, "Organization:region:24", centre.id)
    assert links(facts, LinkType.FUNDS) == []  # no "vår finansiering": nobody named as funder


def test_agreement_between_two_parties_is_signed_by_both() -> None:
    facts = _facts(
        "En överenskommelse mellan Region Västerbotten och Länsstyrelsen Västerbotten har tecknats."
    )
    (agreement,) = _of(facts, Document)
    assert (
        agreement.id == "Document:regional:agreement:lan:24:"
        "overenskommelse-mellan-region-vasterbotten-och-lansstyrelsen-vasterbotten"
    )
    assert {k.from_id for k in links(facts, LinkType.SIGNED)} == {
        "Organization:region:24",
        "Organization:lansstyrelse:24",
    }


def test_signatory_count_is_kept_with_evidence() -> None:
    text = (
        "Länsstyrelsen Västerbotten. En regional handlingsplan för 2022-2026 undertecknades "
        "av tolv myndigheter."
    )
    facts = _facts(text)
    (plan,) = _of(facts, Document)
    assert plan.signatory_count == 12
    rules = {m.evidence.rule for m in facts.mentions if m.node_id == plan.id}
    assert "document.signatory_count" in rules


def test_goals_under_a_heading_belong_to_the_document_with_that_period() -> None:
    text = (
        "Länsstyrelsen Västerbotten. En regional handlingsplan för 2022-2026 har antagits.\n\n"
        "Mål 2022-2026\n\n• Färre våldsbrott.\n• Bättre stöd.\n"
    )
    facts = _facts(text)
    goals = _of(facts, Goal)
    assert sorted(g.text for g in goals) == ["Bättre stöd", "Färre våldsbrott"]
    plan = "Document:regional:action-plan:lan:24:2022-2026"
    assert len(links(facts, LinkType.HAS_GOAL, plan)) == 2


def test_a_bullet_list_about_something_else_is_neither_goals_nor_activities() -> None:
    text = (
        "Länsstyrelsen Västerbotten. En regional handlingsplan för 2022-2026 har antagits.\n\n"
        "Fördelarna är att man:\n\n• får kunskap.\n• samarbetar.\n"
    )
    facts = _facts(text)
    assert _of(facts, Goal) == [] and _of(facts, Activity) == []


def test_activities_and_the_role_responsible() -> None:
    text = (
        "Umeå kommun. Socialnämnden har tagit fram en handlingsplan.\n\n"
        "I handlingsplanen finns aktiviteter, bland annat\n"
        "• utbilda personal\n• informera om stöd\n\n"
        "Varje enhetschef inom socialnämnden har ansvar för att aktiviteterna genomförs."
    )
    facts = _facts(text)
    activities = _of(facts, Activity)
    assert sorted(a.description for a in activities) == ["informera om stöd", "utbilda personal"]
    for a in activities:
        (resp,) = links(facts, LinkType.RESPONSIBLE_FOR, to_id=a.id)
        assert (resp.from_id, resp.title) == (f"{UMEA}:socialnamnden", "Enhetschef")


def test_forums_in_a_follow_up_list() -> None:
    text = (
        "Länsstyrelsen Västerbotten. En regional handlingsplan för 2022-2026 har antagits.\n\n"
        "Länsstyrelsen Västerbotten samordnar uppföljningen av arbetet.\n\n"
        "Arbetet följs upp i följande forum:\n\n"
        "• Regional styrgrupp \u2013 leder arbetet utifrån den regionala handlingsplanen.\n"
        "• Lokal arbetsgrupp \u2013 utbyter erfarenheter.\n"
    )
    facts = _facts(text)
    plan = "Document:regional:action-plan:lan:24:2022-2026"
    forums = {n.id for n in _of(facts, Organization) if n.kind.value == "forum"}
    assert forums == {
        "Organization:forum:lan:24:regional-styrgrupp",
        "Organization:forum:lan:24:lokal-arbetsgrupp",
    }
    assert links(facts, LinkType.FOLLOWS_UP, "Organization:lansstyrelse:24", plan)
    assert {k.from_id for k in links(facts, LinkType.FOLLOWS_UP)} >= forums
    assert [k.from_id for k in links(facts, LinkType.COORDINATES)] == [
        "Organization:forum:lan:24:regional-styrgrupp"
    ]


def test_roles_are_dated_by_the_page_and_undated_without_one() -> None:
    text = "Umeå kommun\n\nFrågor kring nyheten?\n\nJill Arkeflod\nSamordnare\n"
    (dated,) = links(_facts(text), LinkType.HOLDS_ROLE)
    assert dated.date == "2024-05-02"
    (undated,) = links(_facts(text, None), LinkType.HOLDS_ROLE)
    assert undated.date is None

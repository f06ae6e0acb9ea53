"""Document identity, makers, sources and goals on invented sentences: a period in
brackets or after a modal, a task list's "Upprätta plan", a draft as the subject, the
assignee of "gav X i uppdrag", a bare "Visionen är att" and coordinated predicates."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Goal, OrganizationKind
from ingest.context import ActorHit
from ingest.rules.document_newness import task_item
from ingest.rules.document_owners import party_owner
from tests.ingest.helpers import documents, facts_at

ALE = "https://www.ale.se/nyheter/sida"
GOV = "https://www.regeringen.se/pressmeddelanden/sida"


def _facts(text: str, uri: str = ALE) -> SourceFacts:
    return facts_at(text, uri, "2025-03-01")


def _pairs(facts: SourceFacts, type_: LinkType) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in facts.links if k.type is type_}


def _goals(facts: SourceFacts) -> list[str]:
    return sorted(n.text for n in facts.nodes if isinstance(n, Goal))


def test_a_period_in_brackets_after_a_heading_is_the_documents() -> None:
    facts = _facts(
        "Referat från kommunstyrelsen\n\nKulturpolitiskt handlingsprogram (2019 - 2022)\n\n"
        "Kommunstyrelsen beslutar att föreslå kommunfullmäktige att anta det kulturpolitiska "
        "handlingsprogrammet."
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2019, 2022)


def test_a_period_after_a_modal_and_the_assignee_and_partner_make_the_plan() -> None:
    facts = _facts(
        "Regeringen gav i dag Myndigheten för delaktighet i uppdrag att ta fram en "
        "handlingsplan mot ensamhet. Handlingsplanen ska tas fram tillsammans med "
        "Folkhälsomyndigheten och ska omfatta perioden 2024\u20132027.",
        GOV,
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2027)
    makers = {m for m, d in _pairs(facts, LinkType.ISSUED) if d == doc.id}
    # the assignee and the partner; the government only gave the assignment
    assert makers == {
        "Organization:nationell:myndigheten-for-delaktighet",
        "Organization:nationell:folkhalsomyndigheten",
    }


def test_the_object_of_gav_i_uppdrag_att_foresla_issued_the_plan() -> None:
    facts = _facts(
        "Regeringen gav under fredagen Folkhälsomyndigheten i uppdrag att föreslå en "
        "åtgärdsplan mot spelberoende.",
        GOV,
    )
    assert {m for m, _ in _pairs(facts, LinkType.ISSUED)} == {
        "Organization:nationell:folkhalsomyndigheten"
    }


def test_a_task_list_item_opening_with_a_making_verb_names_no_document() -> None:
    facts = _facts(
        "Kommunfullmäktige beslutade att ge kommunstyrelsen i uppdrag enligt följande:\n"
        "  • Upprätta plan för skötsel av stadsparken.\n"
        "  • Ta fram en plan för nya cykelvägar.\n"
    )
    assert documents(facts) == {}


def test_task_item_reads_only_a_line_opening_verb() -> None:
    text = "  • Upprätta plan för X.\nVi ska upprätta en plan för Y.\n2. Ta fram en strategi."
    assert task_item(text, text.index("Upprätta"))
    assert not task_item(text, text.index("en plan för Y"))
    assert task_item(text, text.index("en strategi"))


def test_a_pronoun_after_a_draft_stands_for_the_drafted_document() -> None:
    facts = _facts(
        "Ett förslag till Friluftspolitiskt program har tagits fram av fritidsnämnden. "
        "Det bygger på det idrottspolitiska program som antogs 2016."
    )
    assert _pairs(facts, LinkType.IMPLEMENTS) == {
        (
            "Document:municipal:programme:kommun:1440:friluftspolitiskt-program",
            "Document:municipal:programme:kommun:1440:idrottspolitiskt-program",
        )
    }


def test_a_bare_vision_after_a_new_document_is_its_goal() -> None:
    facts = _facts(
        "Kommunfullmäktige antog i mars en ny kulturstrategi för kommunen. Visionen är att "
        "alla invånare deltar i kulturlivet år 2035."
    )
    assert _goals(facts) == ["alla invånare deltar i kulturlivet år 2035"]
    assert len(_pairs(facts, LinkType.HAS_GOAL)) == 1


def test_a_bare_vision_in_a_paragraph_without_a_document_is_no_goal() -> None:
    facts = _facts("Polisen talade om tryggheten.\n\nVisionen är att ingen ska skadas.")
    assert _goals(facts) == []


def test_coordinated_predicates_after_a_goal_colon_are_no_list_of_goals() -> None:
    facts = _facts(
        "Kommunfullmäktige antog i maj en ny kulturstrategi för kommunen.\n\n"
        "Strategins mål: En levande kommun erbjuder konserter, teater och ska finnas nära alla."
    )
    assert not {"teater", "ska finnas nära alla"} & set(_goals(facts))


def test_an_agreement_between_municipalities_is_scoped_by_the_sites_own() -> None:
    ale = ActorHit(0, 9, "Organization:kommun:1440", OrganizationKind.MUNICIPALITY, "Ale kommun")
    other = ActorHit(13, 27, "Organization:kommun:1482", OrganizationKind.MUNICIPALITY, "Kungälv")
    region = ActorHit(30, 40, "Organization:region:14", OrganizationKind.REGION, "Region X")
    assert party_owner([ale, other]) is ale
    assert party_owner([ale, other], other) is other
    assert party_owner([ale, other, region], other) is region  # a regional party first


def test_a_document_named_only_on_a_link_line_owns_no_goals() -> None:
    facts = _facts(
        "Vision och mål\n\nInriktning: Kultur och fritid\n"
        "Mål: Ett rikt kulturliv finns i alla delar av kommunen.\n"
        "Läs mer om kulturstrategi 2021-2024\n\nInriktning: Boende\n"
        "Mål: Ett varierat utbud av bostäder finns för alla.\n"
    )
    assert len(documents(facts)) == 1  # the linked document is still named
    assert len(_goals(facts)) == 2
    assert _pairs(facts, LinkType.HAS_GOAL) == set()

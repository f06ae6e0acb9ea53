"""IMPLEMENTS read from lineage wording (ingest.rules.lineage_rules): a pronoun or the
page's own document as the implementer mid-paragraph, purpose clauses aimed at another
document's goals, and the direction of "ligga till grund för". Fictional texts only."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Source
from ingest.pipeline import extract
from tests.ingest.helpers import links

MORA = "https://www.mora.se/nyheter/2024/plan"


def facts_of(text: str) -> SourceFacts:
    return extract(
        Source(
            id="Source:test",
            uri=MORA,
            sha256="0",
            media_type="text/plain",
            text=text,
            published_on="2024-05-17",
        )
    )


def _document(facts: SourceFacts, part: str) -> str:
    found = [n.id for n in facts.nodes if n.id.startswith("Document:") and part in n.id]
    assert len(found) == 1, f"{part}: {sorted(n.id for n in facts.nodes)}"
    return found[0]


def test_a_pronoun_names_the_plan_of_the_sentence_before() -> None:
    facts = facts_of(
        "Handlingsplan för friluftsliv\n\nRegion Dalarna har tagit fram en handlingsplan för "
        "friluftsliv 2024-2026. Den beskriver insatser som länet ska prioritera för att nå "
        "målen i den regionala utvecklingsstrategin."
    )
    plan, strategy = _document(facts, "action-plan"), _document(facts, "utvecklingsstrategi")
    assert links(facts, LinkType.IMPLEMENTS, plan, strategy)
    assert not links(facts, LinkType.IMPLEMENTS, strategy, plan)


def test_the_own_document_speaks_mid_paragraph() -> None:
    # "Syftet med denna plan" opens a sentence that is not the first of its line.
    facts = facts_of(
        "Kulturplan för Mora kommun 2025-2028\n\nKommunfullmäktige antog kulturplanen i maj. "
        "Syftet med denna plan är att stärka föreningslivet och på sikt bidra till att "
        "uppfylla målen i den regionala kulturstrategin."
    )
    plan, strategy = _document(facts, ":plan:"), _document(facts, "kulturstrategi")
    assert links(facts, LinkType.IMPLEMENTS, plan, strategy)


def test_what_lies_at_the_base_of_a_plan_is_implemented_by_it() -> None:
    facts = facts_of(
        "Drogpolitiskt program för Mora kommun\n\nKommunfullmäktige antog programmet i maj "
        "2023. Programmet ska ligga till grund för socialnämndens handlingsplan mot droger."
    )
    programme, plan = _document(facts, "programme"), _document(facts, "action-plan")
    assert links(facts, LinkType.IMPLEMENTS, plan, programme)
    assert not links(facts, LinkType.IMPLEMENTS, programme, plan)


def test_a_base_for_carrying_out_a_strategy_implements_it() -> None:
    facts = facts_of(
        "Handlingsplan för klimatet 2024-2026\n\nKommunstyrelsen antog handlingsplanen i maj. "
        "Handlingsplanen ska ligga till grund för genomförandet av kommunens klimatstrategi."
    )
    plan, strategy = _document(facts, "action-plan"), _document(facts, "klimatstrategi")
    assert links(facts, LinkType.IMPLEMENTS, plan, strategy)
    assert not links(facts, LinkType.IMPLEMENTS, strategy, plan)


def test_a_list_serving_a_programme_is_no_document_implementing_it() -> None:
    facts = facts_of(
        "Kulturprogram för Mora kommun\n\nTill kulturprogrammet hör en lista med förslag på "
        "insatser för att nå målen i kulturprogrammet."
    )
    assert not links(facts, LinkType.IMPLEMENTS)


def test_a_dummy_det_stands_for_no_document() -> None:
    facts = facts_of(
        "Friluftsplan för Mora kommun 2024-2026\n\nFriluftsplanen antogs i maj. Det är "
        "viktigt att arbetet sker i linje med den regionala utvecklingsstrategin."
    )
    assert not links(facts, LinkType.IMPLEMENTS)


def test_a_date_opening_the_sentence_is_no_pronoun() -> None:
    facts = facts_of(
        "Friluftsplan för Mora kommun 2024-2026\n\nFriluftsplanen antogs i maj. Den 5 mars "
        "visades resultat som togs fram utifrån den regionala utvecklingsstrategin."
    )
    assert not links(facts, LinkType.IMPLEMENTS)

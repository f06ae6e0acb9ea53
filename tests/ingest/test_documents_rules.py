"""Document rules on small invented texts: header blocks, periods, owners, noise."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Document
from ingest.pipeline import extract
from tests.ingest.helpers import text_source

from .helpers import assert_evidence_rules, links, node

_source = text_source


def _documents(text: str, published_on: str | None = None) -> dict[str, Document]:
    facts = extract(_source(text, published_on))
    assert_evidence_rules(facts)
    return {n.id: n for n in facts.nodes if isinstance(n, Document)}


HEADER = (
    "ALE KOMMUN\n"
    "Ale kommun\n\n"
    "Rutin för hembesök vid oro\n\n"
    "Dokumenttyp: Rutin\n"
    "Beslutad av: Socialnämnden, 2020-11-24, § 12\n"
    "Giltighetstid: 2020\u20132023\n"
    "Ersätter: Rutin för hembesök vid oro 2016\u20132019\n\n"
    "Rutinen beskriver hur hembesök planeras.\n"
)


def test_header_block_gives_period_owner_adoption_and_predecessor() -> None:
    facts = extract(_source(HEADER))
    assert_evidence_rules(facts)
    new = "Document:municipal:routine:kommun:1440:socialnamnden:2020-2023"
    old = "Document:municipal:routine:kommun:1440:socialnamnden:2016-2019"
    doc = node(facts, new)
    assert isinstance(doc, Document) and doc.adopted_on == "2020-11-24"
    node(facts, old)
    assert links(facts, LinkType.REVISES, new, old)
    (adopted,) = links(facts, LinkType.ADOPTED, to_id=new)
    assert adopted.evidence.rule == "relation.adopted.meta_line"


def test_period_stated_later_joins_the_introduced_document() -> None:
    docs = _documents(
        "Ale kommun har tagit fram en ny handlingsplan mot våld i nära relationer. "
        "Handlingsplanen gäller för perioden 2024\u20132027."
    )
    assert list(docs) == ["Document:municipal:action-plan:kommun:1440:2024-2027"]


def test_predecessor_period_is_not_given_to_the_new_document() -> None:
    facts = extract(
        _source(
            "Ale kommun\n\nKommunfullmäktige antog en ny policy mot spel om pengar. "
            "Policyn är en revidering av policyn 2018\u20132021."
        )
    )
    assert_evidence_rules(facts)
    new = "Document:municipal:policy:kommun:1440:policy-mot-spel-om-pengar"
    old = "Document:municipal:policy:kommun:1440:2018-2021"
    node(facts, new)
    node(facts, old)
    assert links(facts, LinkType.REVISES, new, old)
    assert not links(facts, LinkType.REVISES, old, new)


def test_running_page_footer_names_no_document() -> None:
    assert _documents("Ale kommun | Handlingsplan mot våld 2022\u20132025 | Sida 3 av 9\n") == {}


def test_compound_document_noun_with_genitive_owner() -> None:
    facts = extract(_source("Arbetet utgår från Region Skånes folkhälsopolicy."))
    assert_evidence_rules(facts)
    node(facts, "Document:regional:policy:lan:12:folkhalsopolicy")
    assert links(
        facts,
        LinkType.ISSUED,
        "Organization:region:12",
        "Document:regional:policy:lan:12:folkhalsopolicy",
    )


def test_cookie_policy_is_not_a_document() -> None:
    assert _documents("Ale kommun\n\nLäs mer i vår kakpolicy.") == {}


def test_kommunens_document_is_scoped_and_issued_by_the_municipality() -> None:
    facts = extract(
        _source(
            "Ale kommun\n\nRutinen utgår från kommunens riktlinje för arbetet mot våld, "
            "antagen av kommunfullmäktige 2019."
        )
    )
    assert_evidence_rules(facts)
    doc_id = "Document:municipal:guideline:kommun:1440:riktlinje-for-arbetet-mot-vald"
    doc = node(facts, doc_id)
    assert isinstance(doc, Document)
    assert (doc.adopted_on, doc.adopted_precision) == ("2019-01-01", "year")
    assert links(facts, LinkType.ADOPTED, "Organization:kommun:1440:kommunfullmaktige", doc_id)
    # "kommunens riktlinje": the genitive owner issued it, as "Ale kommuns riktlinje" would.
    assert links(facts, LinkType.ISSUED, "Organization:kommun:1440", doc_id)


def test_relative_clause_names_the_owner_of_an_indefinite_document() -> None:
    docs = _documents(
        "Ale kommun\n\nPolicyn kompletteras med en handlingsplan som socialnämnden ska ta fram."
    )
    assert "Document:municipal:action-plan:kommun:1440:socialnamnden:handlingsplan" in docs


def test_unowned_indefinite_document_is_dropped() -> None:
    assert _documents("Det finns en handlingsplan mot våld.") == {}


def test_a_document_title_stops_at_a_table_cell() -> None:
    text = (
        "Regional handlingsplan 2022-2026\n\n"
        "| Aktivitet | Ansvarig | Tidplan |\n|---|---|---|\n"
        "| Ta fram en länsgemensam rutin för orosanmälningar | Timrå kommun | 2023 |\n"
    )
    facts = extract(text_source(text))
    titles = sorted(n.title for n in facts.nodes if isinstance(n, Document))
    assert titles == ["Regional handlingsplan 2022-2026", "Regional rutin för orosanmälningar"]

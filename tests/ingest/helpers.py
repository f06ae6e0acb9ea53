"""Shared helpers for the ingest tests: seed loading and the evidence rules."""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TypeVar

from graph.edges import Link, LinkType, SourceFacts
from graph.nodes import Decision, Document, DomainNode, Organization, Person, Source, to_record
from ingest.pipeline import extract, load_source

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
SEED_000 = "000_7c8949d105d3a3c9.txt"
SEED_001 = "001_2d5013590e28584e.txt"
SEED_002 = "002_53e0ffeb4219bfca.txt"
SEED_003 = "003_77aab23cecd3cbd3.txt"
ALL_SEEDS = (SEED_000, SEED_001, SEED_002, SEED_003)

PHONE = re.compile(r"(?<![\d-])0\d{1,3}-\s?\d")
EMAIL = re.compile(r"@|\.\s?se\b")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@cache
def seed_facts(name: str) -> SourceFacts:
    return extract(load_source(SAMPLES / name))


N = TypeVar("N", bound=DomainNode)


def seed_node(name: str, node_id: str, kind: type[N]) -> N:
    """The node of a seed page, which must be of this kind."""
    found = node(seed_facts(name), node_id)
    assert isinstance(found, kind)
    return found


def node(facts: SourceFacts, node_id: str) -> DomainNode:
    found = [n for n in facts.nodes if n.id == node_id]
    assert found, f"no node {node_id}; have {sorted(n.id for n in facts.nodes)}"
    return found[0]


def links(
    facts: SourceFacts, type_: LinkType, from_id: str | None = None, to_id: str | None = None
) -> list[Link]:
    return [
        k
        for k in facts.links
        if k.type is type_ and from_id in (None, k.from_id) and to_id in (None, k.to_id)
    ]


def assert_evidence_rules(facts: SourceFacts) -> None:
    """Every node mentioned; every evidence verbatim, named, confident, no contact details."""
    text = facts.source.text
    mentioned = {m.node_id for m in facts.mentions}
    for n in facts.nodes:
        assert n.id in mentioned, f"{n.id} has no mention"
        for value in to_record(n).props.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and ISO_DATE.fullmatch(item):
                    continue  # a date property (Decision.date), not a phone number
                assert not (isinstance(item, str) and (PHONE.search(item) or EMAIL.search(item))), (
                    item
                )
    node_ids = {n.id for n in facts.nodes}
    evidences = [m.evidence for m in facts.mentions] + [k.evidence for k in facts.links]
    for k in facts.links:
        assert k.from_id in node_ids and k.to_id in node_ids, k
    for e in evidences:
        assert e.source_id == facts.source.id
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.quote
        assert e.quote == e.quote.strip()
        assert e.rule and "." in e.rule
        assert 0.0 < e.confidence <= 1.0
        assert not PHONE.search(e.quote), e.quote
        assert not EMAIL.search(e.quote), e.quote


def text_source(text: str, published_on: str | None = None) -> Source:
    """An in-memory source for rule tests on invented sentences."""
    return Source(
        id="Source:test",
        uri="file:///t.txt",
        sha256="0",
        media_type="text/plain",
        text=text,
        published_on=published_on,
    )


def facts_of(text: str, published_on: str | None = "2024-05-02") -> SourceFacts:
    """The facts extracted from ``text``, checked against the evidence rules."""
    facts = extract(text_source(text, published_on))
    assert_evidence_rules(facts)
    return facts


def facts_at(text: str, uri: str, published: str | None) -> SourceFacts:
    """The facts of a text page at ``uri`` published on ``published``, evidence checked."""
    facts = extract(
        Source(
            id="Source:test",
            uri=uri,
            sha256="0",
            media_type="text/plain",
            text=text,
            published_on=published,
        )
    )
    assert_evidence_rules(facts)
    return facts


def documents(facts: SourceFacts) -> dict[str, Document]:
    """The documents the facts name, by id."""
    return {n.id: n for n in facts.nodes if isinstance(n, Document)}


def decisions(facts: SourceFacts) -> dict[str, Decision]:
    """The page's decisions by their summary."""
    return {n.summary: n for n in facts.nodes if isinstance(n, Decision)}


def decision_texts(text: str, uri: str) -> list[str]:
    """The summaries of the decisions read from an undated page ``text`` at ``uri``."""
    return list(decisions(facts_at(text, uri, None)))


def decided_by(facts: SourceFacts, decision: Decision) -> set[str]:
    return {k.from_id for k in links(facts, LinkType.DECIDED, to_id=decision.id)}


def page_facts(text: str, uri: str = "file:///t.txt") -> SourceFacts:
    """The facts of an undated text page at ``uri``, evidence checked."""
    return facts_at(text, uri, None)


def organizations(facts: SourceFacts) -> dict[str, Organization]:
    """The page's organisations by id."""
    return {n.id: n for n in facts.nodes if isinstance(n, Organization)}


def adopted_dates(facts: SourceFacts) -> dict[str, str | None]:
    """Adopted document ids' last parts (after "Document:<level>:") -> the link's date."""
    return {k.to_id.split(":", 2)[-1]: k.date for k in links(facts, LinkType.ADOPTED)}


def held_roles(facts: SourceFacts) -> set[tuple[str, str, str | None]]:
    """(person slug, organisation id, title) of each HOLDS_ROLE link."""
    return {
        (k.from_id.removeprefix("Person:person:"), k.to_id, k.title)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }


def party_of(facts: SourceFacts, slug: str) -> str | None:
    """The party of the one person node with this slug."""
    (person,) = [n for n in facts.nodes if n.id == f"Person:person:{slug}"]
    assert isinstance(person, Person)
    return person.party


GOLD_SCRIPTS = Path(__file__).resolve().parents[1] / "gold"


def gold_script(name: str) -> ModuleType:
    """A script of tests/gold (no package: loaded from its file), e.g. "rebuild_pages"."""
    spec = importlib.util.spec_from_file_location(name, GOLD_SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

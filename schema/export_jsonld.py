"""The graph as JSON-LD, in established vocabularies.

Popolo (W3C ORG and FOAF terms) for organisations, people, posts and memberships;
ELI and DCTERMS for documents, their dates and periods; PROV-O for derivation:
REVISES is prov:wasRevisionOf, and every node and every link is prov:wasDerivedFrom
its sources, with a qualified derivation carrying the quote. Each link is also a
reified statement (rdf:Statement), so its date and evidence travel with it. The
terms are defined in the published context (export_context.jsonld, served at
/export/context.jsonld).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from graph.edges import Evidence, LinkRecord, LinkType
from graph.nodes import NodeLabel, NodeRecord
from schema.export import Snapshot, link_id

CONTEXT_FILE = Path(__file__).resolve().parent / "export_context.jsonld"
ID_PREFIX = "urn:stratgraph:"

# property in the store -> term of the context, per label (others keep their name)
_TERMS: dict[NodeLabel, dict[str, str]] = {
    NodeLabel.ORGANIZATION: {"kind": "classification", "aliases": "other_names"},
    NodeLabel.DOCUMENT: {
        "kind": "type_of_document",
        "adopted_on": "date_adopted",
        "adopted_precision": "date_adopted_precision",
        "normalised_title": "",
    },
    NodeLabel.SOURCE: {"published_on": "published", "updated_on": "updated"},
}
_SOURCE_KEEP = {"uri", "title", "published", "updated", "media_type", "sha256"}
_TYPES = {
    NodeLabel.ORGANIZATION: "Organization",
    NodeLabel.PERSON: "Person",
    NodeLabel.DOCUMENT: "Document",
    NodeLabel.SOURCE: "Source",
}


@cache
def context() -> dict[str, Any]:
    """The published @context (the file's content)."""
    loaded: dict[str, Any] = json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
    return loaded


def iri(node_id: str) -> str:
    return ID_PREFIX + quote(node_id, safe=":-._~")


def jsonld_document(snap: Snapshot, context_url: str | None = None) -> dict[str, Any]:
    """The snapshot as one JSON-LD document; the context inline unless a URL is given."""
    derived: dict[str, list[Evidence]] = {}
    for mention in snap.mentions:
        derived.setdefault(mention.node_id, []).append(mention.evidence)
    items: dict[str, dict[str, Any]] = {r.id: _node(r, derived.get(r.id, [])) for r in snap.nodes}
    graph: list[dict[str, Any]] = []
    for link in snap.links:
        subject = items.get(link.from_id)
        if subject is not None:
            subject.setdefault(str(link.type), []).append(iri(link.to_id))
        graph.append(_fact(link))
        if link.type is LinkType.HOLDS_ROLE:
            graph.extend(_membership(link))
    head: Any = context_url or context()["@context"]
    return {"@context": head, "@graph": [*items.values(), *graph]}


def _node(record: NodeRecord, evidence: list[Evidence]) -> dict[str, Any]:
    terms = _TERMS.get(record.label, {})
    item: dict[str, Any] = {
        "@id": iri(record.id),
        "@type": _TYPES.get(record.label, f"sg:{record.label}"),
        "identifier": record.id,
    }
    for key, value in sorted(record.props.items()):
        term = terms.get(key, key)
        if term and (record.label is not NodeLabel.SOURCE or term in _SOURCE_KEEP):
            item[term] = value
    if record.label is NodeLabel.DOCUMENT and "period_start" in item:
        item["temporal"] = f"{item['period_start']}/{item.get('period_end', '..')}"
    item.update(_derivation(evidence))
    return item


def _derivation(evidence: list[Evidence] | tuple[Evidence, ...]) -> dict[str, Any]:
    if not evidence:
        return {}
    return {
        "wasDerivedFrom": sorted({iri(e.source_id) for e in evidence}),
        "qualifiedDerivation": [_qualified(e) for e in evidence],
    }


def _qualified(e: Evidence) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "Derivation",
        "entity": iri(e.source_id),
        "quote": e.quote,
        "rule": e.rule,
        "confidence": e.confidence,
    }
    if e.page is not None:
        item["page"] = e.page
    if e.end_page is not None:
        item["end_page"] = e.end_page
    if e.section:
        item["section"] = e.section
    return item


def _fact(link: LinkRecord) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@id": iri(link_id(link)),
        "@type": "Fact",
        "identifier": link_id(link),
        "subject": iri(link.from_id),
        "predicate": str(link.type),
        "object": iri(link.to_id),
    }
    if link.date:
        item["date"] = link.date
        item["date_precision"] = str(link.date_precision or "")
    if link.title:
        item["role"] = link.title
    item.update(_derivation(link.evidence))
    return item


def _membership(link: LinkRecord) -> list[dict[str, Any]]:
    """Popolo: a person holds a post in an organisation through a membership."""
    title = link.title or "ledamot"
    post = f"Post:{link.to_id}:{title}"
    membership: dict[str, Any] = {
        "@id": iri(f"Membership:{link_id(link)}"),
        "@type": "Membership",
        "member": iri(link.from_id),
        "organization": iri(link.to_id),
        "post": iri(post),
        "role": title,
    }
    if link.date:
        membership["start_date"] = link.date
    membership.update(_derivation(link.evidence))
    post_item = {"@id": iri(post), "@type": "Post", "label": title, "organization": iri(link.to_id)}
    return [post_item, membership]

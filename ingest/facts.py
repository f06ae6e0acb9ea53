"""Collects nodes, mentions and links for one source, with evidence.

Why a collector: several rules name the same node, so nodes are merged by id
(aliases united, the most informative document title kept), duplicate facts
are dropped, and the output is sorted, so that the same text always yields
identical SourceFacts. It is also the one place that guarantees the evidence
rules: quotes are verbatim slices of source.text with no surrounding
whitespace, and a quote that would carry a phone number or an e-mail address
is refused.
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.nodes import Activity, DatePrecision, Document, DomainNode, Organization, Person, Source
from ingest.language.dates import DateMention
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import strip_span
from ingest.ocr_evidence import ocr_evidence

_EMAIL = compile_guarded(r"@|\.\s?se\b|\bmailto\b", re.I)
# Area code then number ("0612-802 10"); not the month of an ISO date ("2021-06-17").
_PHONE = compile_guarded(r"(?<![\d-])0\d{1,3}\s?-\s?\d|\+46|\bTel\b", re.I)


def contains_contact_detail(quote: str) -> bool:
    """True when a quote holds something that looks like a phone number or e-mail."""
    return bool(_EMAIL.search(quote) or _PHONE.search(quote))


class FactSink:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.nodes: dict[str, DomainNode] = {}
        self.mentions: dict[str, Mention] = {}
        self.links: dict[str, Link] = {}

    def evidence(self, start: int, end: int, rule: str, confidence: float) -> Evidence | None:
        if not 0.0 < confidence <= 1.0:
            raise ValueError(f"confidence must be in (0, 1], got {confidence} for {rule}")
        span = strip_span(self.source.text, start, end)
        quote = self.source.text[span.start : span.end]
        if not quote or contains_contact_detail(quote):
            return None
        page = self.source.page_at(span.start)
        end_page = self.source.page_at(span.end - 1)
        if self.source.ocr_pages:
            ocr = dict(zip(self.source.ocr_pages, self.source.ocr_confidence, strict=True))
            rule, confidence = ocr_evidence(rule, confidence, page, ocr)
        return Evidence(
            source_id=self.source.id,
            start=span.start,
            end=span.end,
            quote=quote,
            rule=rule,
            confidence=confidence,
            page=page,
            section=self.source.section_at(span.start),
            end_page=end_page if end_page != page else None,
        )

    def add_node(self, node: DomainNode) -> None:
        old = self.nodes.get(node.id)
        self.nodes[node.id] = node if old is None else _merge(old, node)

    def mention(self, node: DomainNode, start: int, end: int, rule: str, confidence: float) -> bool:
        """Add node with a mention; returns False (and adds nothing) without valid evidence."""
        evidence = self.evidence(start, end, rule, confidence)
        if evidence is None:
            return False
        self.add_node(node)
        m = Mention(node_id=node.id, evidence=evidence)
        self.mentions.setdefault(m.key, m)
        return True

    def link(
        self,
        type_: LinkType,
        from_id: str,
        to_id: str,
        start: int,
        end: int,
        rule: str,
        confidence: float,
        *,
        date: str | None = None,
        date_precision: DatePrecision | None = None,
        when: DateMention | None = None,
        title: str | None = None,
    ) -> bool:
        """Add a link with evidence over [start, end); ``when`` dates it from a date
        mention (its value and precision), in place of ``date``/``date_precision``."""
        if when is not None:
            date, date_precision = when.value, when.precision
        if from_id == to_id or from_id not in self.nodes or to_id not in self.nodes:
            return False  # never link to a node that has no mention of its own
        evidence = self.evidence(start, end, rule, confidence)
        if evidence is None:
            return False
        link = Link(
            type=type_,
            from_id=from_id,
            to_id=to_id,
            evidence=evidence,
            date=date,
            date_precision=date_precision if date else None,
            title=title,
        )
        self.links.setdefault(link.key, link)
        return True

    def drop(self, node_ids: set[str]) -> None:
        """Remove nodes with their mentions and every link to or from them."""
        for node_id in node_ids:
            self.nodes.pop(node_id, None)
        for key in [k for k, m in self.mentions.items() if m.node_id in node_ids]:
            del self.mentions[key]
        for key in [
            k for k, x in self.links.items() if x.from_id in node_ids or x.to_id in node_ids
        ]:
            del self.links[key]

    def date_adoption(self, doc_id: str, when: DateMention) -> None:
        """Give a document the date of an adoption just linked, unless it has one."""
        node = self.nodes.get(doc_id)
        if isinstance(node, Document) and node.adopted_on is None:
            self.nodes[doc_id] = dataclasses.replace(
                node, adopted_on=when.value, adopted_precision=when.precision
            )

    def facts(self) -> SourceFacts:
        nodes = sorted(self.nodes.values(), key=lambda n: n.id)
        mentions = sorted(
            self.mentions.values(),
            key=lambda m: (m.node_id, m.evidence.start, m.evidence.end, m.evidence.rule),
        )
        links = sorted(
            self.links.values(),
            key=lambda k: (
                k.type.value,
                k.from_id,
                k.to_id,
                k.evidence.start,
                k.evidence.end,
                k.evidence.rule,
            ),
        )
        return SourceFacts(source=self.source, nodes=list(nodes), mentions=mentions, links=links)


def _merge(old: DomainNode, new: DomainNode) -> DomainNode:
    if isinstance(old, Organization) and isinstance(new, Organization):
        aliases = sorted(set(old.aliases) | set(new.aliases))
        return dataclasses.replace(old, aliases=aliases, code=old.code or new.code)
    if isinstance(old, Activity) and isinstance(new, Activity):
        return dataclasses.replace(old, timeframe=old.timeframe or new.timeframe)
    if isinstance(old, Person) and isinstance(new, Person):
        return dataclasses.replace(old, party=old.party or new.party)
    if isinstance(old, Document) and isinstance(new, Document):
        # Keep the most informative title; ties go to the alphabetically first,
        # so the result does not depend on the order the mentions were read.
        best = min((old, new), key=lambda d: (-len(d.title), d.title))
        dated = old if old.adopted_on else new
        return dataclasses.replace(
            best,
            adopted_on=dated.adopted_on,
            adopted_precision=dated.adopted_precision,
            signatory_count=old.signatory_count or new.signatory_count,
        )
    return old

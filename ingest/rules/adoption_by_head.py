"""ADOPTED by the organisation whose head adopted the document.

Why: a county board's or an agency's steering documents are adopted by its head, and
pages say so by the person: "Strategin fastställdes av landshövding Eva Ek den 30
januari", "Generaldirektör Eva Ek fastställde i dag myndighetens strategi". The
organisation is the one the person heads, as their role says (ingest.rules.extract_roles
runs first).

Rule relation.adopted.by_head: a person holding a head's title (landshövding,
generaldirektör, myndighetschef, kommundirektör, regiondirektör, stadsdirektör) is the
agent of "fastställdes|antogs|beslutades|godkändes av", or the subject of
"fastställde|antog|godkände|beslutade om" with a document after the verb: that
person's organisation ADOPTED the document, dated by the sentence.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, DocumentHit, PersonHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.relations_shared import CONF_RELATION, adopt, first_date, taken_on

__all__ = ["adopted_by_head", "adopted_by_head_in"]

_RULE = "relation.adopted.by_head"

_HEADS = (
    "landshövding",
    "generaldirektör",
    "myndighetschef",
    "kommundirektör",
    "regiondirektör",
    "stadsdirektör",
)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:fastställdes|antogs|beslutades|godkändes)\s+av\s+(?:[\wåäö-]+\s+){0,2}$", re.I
)
# After the name (and its party): up to a few words of time, then the verb.
_ACTIVE_AFTER = re.compile(
    r"\s*(?:\([A-ZÅÄÖa-zåäö]{1,3}\)\s*)?(?:har\s+)?(?:[\wåäö-]+\s+){0,5}?"
    r"(?:fastställde|fastställt|antog|antagit|godkände|godkänt|beslutade\s+om)\b"
)


def _headed(sink: FactSink, person: PersonHit) -> str | None:
    """The organisation the person heads, by a role the page gives them."""
    for link in sink.links.values():
        if link.type is not LinkType.HOLDS_ROLE or link.from_id != person.node_id:
            continue
        title = (link.title or "").lower()
        if title.endswith(_HEADS):
            return link.to_id
    return None


def adopted_by_head(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    if not docs:
        return
    for person in ctx.persons:
        if not sentence.start <= person.start < sentence.end:
            continue
        before = ctx.text[sentence.start : person.start]
        passive = _PASSIVE_BEFORE.search(before)
        active = None if passive else _ACTIVE_AFTER.match(ctx.text, person.end, sentence.end)
        if passive:
            verb_at = sentence.start + passive.start()
            targets = [d for d in docs if d.end <= verb_at]
        elif active:
            targets = [d for d in docs if d.start >= active.end()][:1]
        else:
            continue
        org = _headed(sink, person) if targets else None
        if org is None:
            continue
        when = taken_on(ctx, first_date(ctx.dates_in(sentence)))
        adopt(sink, org, targets[-1].node_id, sentence, _RULE, CONF_RELATION, when)


def adopted_by_head_in(sink: FactSink, sentence: Span) -> bool:
    """Whether the sentence states a head's adoption (read above): no decision of its own."""
    return any(
        link.evidence.rule == _RULE and link.evidence.start == sentence.start
        for link in sink.links.values()
    )

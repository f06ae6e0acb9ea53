"""Initiatives named as examples of an organisation's efforts.

Why: agencies and regions name their projects as examples after a plural effort noun, not
one by one after "projektet": "Kulturrådet driver redan nationella satsningar för att
främja läsning, exempelvis Barnbokskatalogen, Idrott och läsning samt Läsambassadören."
(the page's own wording). Each capitalised item is the name of one effort.

Rule initiative.examples: a plural effort noun (satsningar, projekt, initiativ, kampanjer),
then in the same clause "exempelvis", "bland annat", "till exempel", "t.ex." or "såsom"
and a list of at least two items split at commas and "samt" (and at "och" before a
capital), each opening with a capital, of at most five words, and none an organisation,
a document or a place -> each an Initiative; otherwise none of them. An organisation
opening the clause with "driver", "leder" or "samordnar" COORDINATES each
(initiative.coordinates.examples).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.language.segment import Span
from ingest.rules.initiative_links import CONF_PAGE, link_each, mention_initiative

__all__ = ["example_initiatives"]

_RULE = "initiative.examples"
_EXAMPLES = re.compile(
    r"\b(?:satsningar|projekt|initiativ|kampanjer)\b[^.;:!?]{0,80}?,?\s+"
    r"(?:exempelvis|bland\s+annat|till\s+exempel|t\.\s?ex\.|såsom)\s+"
    r"(?P<list>[A-ZÅÄÖ][^.;:!?()\n]{2,200}?)(?=\s*[.;:!?(\n]|$)"
)
_SPLIT = re.compile(r"\s*,\s*|\s+samt\s+|\s+och\s+(?=[A-ZÅÄÖ])")
_MAX_WORDS = 5
_LEADS = re.compile(r"\s*(?:driver|leder|samordnar)\b", re.I)


def _place(name: str) -> bool:
    return bool(county_by_name(name) or municipality_by_name(name))


def _items(ctx: Context, m: re.Match[str]) -> list[tuple[int, int, str]] | None:
    """The list's items as (start, end, name), or None when one is no name."""
    items: list[tuple[int, int, str]] = []
    pos = m.start("list")
    for part in _SPLIT.split(m.group("list")):
        start = ctx.text.index(part, pos)
        end = start + len(part)
        pos = end
        name = part.strip()
        if not name or not name[0].isupper() or len(name.split()) > _MAX_WORDS or _place(name):
            return None
        span = Span(start, end)
        if ctx.actors_in(span) or ctx.documents_in(span):
            return None
        items.append((start, end, name))
    return items if len(items) >= 2 else None


def example_initiatives(ctx: Context, sink: FactSink) -> list[InitiativeHit]:
    """Each listed effort; the hits for ctx.initiatives, the leading organisation linked."""
    hits: list[InitiativeHit] = []
    taken = {h.node_id for h in ctx.initiatives}
    for sentence in ctx.sentences:
        for m in _EXAMPLES.finditer(ctx.text, sentence.start, sentence.end):
            items = _items(ctx, m)
            if items is None:
                continue
            hits_here = (mention_initiative(sink, n, s, e, _RULE, CONF_PAGE) for s, e, n in items)
            found = [h for h in hits_here if h is not None]
            hits += [h for h in found if h.node_id not in taken]
            opening = next(iter(ctx.actors_in(Span(sentence.start, m.start()))), None)
            if opening is None or ctx.text[sentence.start : opening.start].strip():
                continue
            if not _LEADS.match(ctx.text, opening.end, m.start()):
                continue
            for hit in found:
                rule = "initiative.coordinates.examples"
                link_each(sink, LinkType.COORDINATES, [opening.node_id], hit, sentence, rule)
    return hits

"""Initiatives named as what organisations join: "ansluter sig till X", "går in i X".

Why: minutes and news name a shared service or collaboration only as the object of a
joining verb, in lower case, with no noun such as "projektet" before it (invented
examples: "Att regionen ansluter sig till e-hälsotjänst från 1 maj", "Kommunen ska
tillsammans med Region X gå in i läsfrämjandesamverkan Norrland").

Rule initiative.joined_by_verb: a joining verb (ansluta sig till, gå in i, gå med i, in any
tense) and right after it, with no article, a compound that is a name by its form: it
holds a hyphen ("e-hälsotjänst") or ends in a collaboration head (-samverkan,
-samarbete, -nätverk(et)), optionally followed by a county or municipality name. That
is an Initiative, and each organisation named before the verb in its clause (the
subject and those "tillsammans med" it) PARTICIPATES_IN it. A document, an actor, a
definite common noun ("förslaget") or an indefinite one ("ett nätverk") is no name.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.language.segment import Span
from ingest.rules.initiative_links import CONF_PAGE, link_each, mention_initiative

__all__ = ["joined_initiatives"]

_RULE = "initiative.joined_by_verb"
_JOIN = re.compile(
    r"\b(?:ansluter|ansluta|anslutit|anslöt|ansluts)\s+sig\s+till\s+"
    r"|\b(?:gå|går|gått|gick)\s+(?:in|med)\s+i\s+",
    re.I,
)
_NAME = re.compile(
    r"(?P<head>[a-zåäö]+-[a-zåäö-]*[a-zåäö]|[a-zåäö]+(?:samverkan|samarbete|nätverk|nätverket))"
    r"(?P<place>(?:\s+[A-ZÅÄÖ][a-zåäö]+){1,2})?(?![\wåäö-])"
)


def _place(words: str) -> str:
    """The longest leading county or municipality name in words, else ""."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        candidate = " ".join(parts[:n])
        if county_by_name(candidate) or municipality_by_name(candidate):
            return candidate
    return ""


def _initiative(ctx: Context, sink: FactSink, start: int) -> InitiativeHit | None:
    found = _NAME.match(ctx.text, start)
    if found is None:
        return None
    end = found.end("head")
    name = found.group("head")
    place = _place(found.group("place") or "")
    if place:
        name = f"{name} {place}"
        end = ctx.text.index(place, end) + len(place)
    if any(a.start < end and start < a.end for a in ctx.actors):
        return None
    if any(d.start < end and start < d.end for d in ctx.documents):
        return None
    name = name[0].upper() + name[1:]
    return mention_initiative(sink, name, start, end, _RULE, CONF_PAGE)


def joined_initiatives(ctx: Context, sink: FactSink) -> list[InitiativeHit]:
    """Each joined initiative, its joiners linked; the hits for ctx.initiatives."""
    hits: list[InitiativeHit] = []
    for sentence in ctx.sentences:
        for verb in _JOIN.finditer(ctx.text, sentence.start, sentence.end):
            hit = _initiative(ctx, sink, verb.end())
            if hit is None:
                continue
            hits.append(hit)
            clause = ctx.text.rfind(";", sentence.start, verb.start()) + 1 or sentence.start
            joiners = [a.node_id for a in ctx.actors_in(Span(clause, verb.start()))]
            link_each(sink, LinkType.PARTICIPATES_IN, joiners, hit, sentence, _RULE, CONF_PAGE)
    return hits

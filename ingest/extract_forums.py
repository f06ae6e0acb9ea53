"""Forums: named groups where organisations meet ("Regional ledningsgrupp").

A forum has no official code, so its id is its name within a scope (see
ingest.ids.forum_id): the page's county (``lan:NN``) when the forum works at
county level, else the page's municipality (``kommun:NNNN``).

Rules:
- actor.forum.named: a capitalised, indefinite group name with a qualifier,
  such as "Regional ledningsgrupp", "Operativ samverkansgrupp",
  "Lokal styrgrupp" (a definite "styrgruppen" is too generic to name one).
- the scope is regional when the name says so (Regional, Läns-) or when the
  paragraph the forum is listed in is about regional or county-wide work.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink

CONF_FORUM = 0.8

_HEADS = (
    "ledningsgrupp",
    "samverkansgrupp",
    "styrgrupp",
    "samverkansråd",
    "arbetsgrupp",
    "referensgrupp",
    "samordningsgrupp",
    "beredningsgrupp",
)
_FORUM = re.compile(
    r"(?<![\w-])(?P<name>(?P<qualifier>[A-ZÅÄÖ][a-zåäö]+)\s+(?:[a-zåäö]+\s+)?"
    r"[a-zåäö]*(?:" + "|".join(_HEADS) + r"))(?![\wåäö])"
)
_REGIONAL_QUALIFIER = re.compile(r"^(?:Regional|Regionala|Regionalt|Läns\w*)$")
_REGIONAL_CONTEXT = re.compile(r"\b(?:regional\w*|länsgemensam\w*|i\s+länet|länets)\b", re.I)
_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*\n?)+")
_DETERMINERS = ("En", "Ett", "Den", "Det", "Denna", "Detta", "Vår", "Varje")


def _paragraph_of(text: str, offset: int) -> tuple[int, int]:
    for p in _PARAGRAPH.finditer(text):
        if p.start() <= offset < p.end():
            return p.start(), p.end()
    return offset, offset


def _scope(ctx: Context, regional: bool) -> ids.Scope | None:
    if regional and ctx.home_county:
        return ids.county_scope(ctx.home_county)
    if ctx.publisher_municipality:
        return ids.municipality_scope(ctx.publisher_municipality)
    return ids.county_scope(ctx.home_county) if ctx.home_county else None


def extract_forums(ctx: Context, sink: FactSink) -> None:
    found = [m for m in _FORUM.finditer(ctx.text) if m.group("qualifier") not in _DETERMINERS]
    by_paragraph: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in found:
        by_paragraph.setdefault(_paragraph_of(ctx.text, m.start()), []).append(m)
    hits: list[ActorHit] = []
    for (p_start, p_end), matches in by_paragraph.items():
        # The sentence introducing a list ("i följande forum:") counts as its context.
        intro_start = ctx.text.rfind("\n\n", 0, max(p_start - 2, 0))
        context = ctx.text[max(intro_start, 0) : p_end]
        regional = any(_REGIONAL_QUALIFIER.match(m.group("qualifier")) for m in matches) or bool(
            _REGIONAL_CONTEXT.search(context)
        )
        scope = _scope(ctx, regional)
        if scope is None:
            continue
        for m in matches:
            if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
                continue
            name = " ".join(m.group("name").split())
            org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
            if sink.mention(org, m.start("name"), m.end("name"), "actor.forum.named", CONF_FORUM):
                hits.append(ActorHit(m.start("name"), m.end("name"), org.id, org.kind, name))
    ctx.actors = sorted([*ctx.actors, *hits], key=lambda a: (a.start, a.end))

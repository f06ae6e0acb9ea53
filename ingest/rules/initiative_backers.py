"""Who backs, leads and joins an initiative, from lists and passive chains.

- initiative.participates.star_bakom: "A, B och C står (gemensamt) bakom
  (projektet) <initiative>" -> each of the listed organisations.
- initiative.participates.bakom_star: "Bakom <initiative>|satsningen står A, B och C
  (, tillsammans med D och E)" -> each of them (the verb first, its subject list after).
- initiative.participates.leader_with: "<initiative> drivs|leds|genomförs|samordnas
  av <org> tillsammans|i samverkan|i samarbete med A, B och C" -> each partner.
- initiative.participates.built_with: "<initiative> (samordnas av A och) har byggts upp|
  tagits fram|utvecklats tillsammans|i samverkan med B och C" -> A, B and C; the
  initiative may open the sentence as "Centret", "Projektet" (the latest one named).
- initiative.coordinates.passive_chain: "<initiative> leds av A och samordnas av B"
  -> A and B coordinate the initiative named before them in the sentence.
Each link quotes its sentence. A list is organisations joined by commas, "och" or
"samt", with nothing else between them.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import parties
from ingest.rules.initiative_links import (
    ANAPHOR_NOUN,
    initiative_targets,
    link_each,
    link_initiative,
    subject_initiative,
)

__all__ = ["backers"]

_JOIN = re.compile(r"\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+")
_STAR_BAKOM = re.compile(
    r"\s+(?:står|stod)\s+(?:gemensamt\s+|tillsammans\s+|också\s+|även\s+)?bakom\s+"
    r"(?:(?:det|den|de)\s+)?(?:[a-zåäö]*(?:projektet|satsningen|nätverket|samarbetet|"
    r"initiativet)\s+)?"
)
_BAKOM = re.compile(r"\b[Bb]akom\s+(?:(?:det|den)\s+(?:nya\s+)?)?")
_STAR = re.compile(r"\s+(?:står|stod)\s+(?:också\s+|även\s+|gemensamt\s+)?")
_BY = re.compile(r"\s+(?:drivs|leds|genomförs|samordnas)\s+(?:\w+\s+)?av\s+")
_WITH = re.compile(
    r"\s+(?:tillsammans\s+med|i\s+samverkan\s+med|i\s+samarbete\s+med|och\s+i\s+samverkan\s+med)\s+"
)
_CHAIN = re.compile(r"\s*(?:,\s*|\s+och\s+)?(?:samordnas|leds|drivs)\s+(?:\w+\s+)?av\s+")


def _list_after(ctx: Context, actors: list[ActorHit], pos: int) -> list[ActorHit]:
    """The organisations listed from pos on."""
    by_start = {a.start: a for a in actors}
    found: list[ActorHit] = []
    while (a := by_start.get(pos)) is not None:
        found.append(a)
        join = _JOIN.match(ctx.text, a.end)
        if join is None:
            break
        pos = join.end()
    return found


def _list_before(ctx: Context, actors: list[ActorHit], end: int) -> list[ActorHit]:
    """The organisations listed up to end (the last one ends there)."""
    by_end = {a.end: a for a in actors}
    found: list[ActorHit] = []
    while (a := by_end.get(end)) is not None:
        found.append(a)
        before = next(
            (
                b.end
                for b in actors
                if b.end < a.start and _JOIN.fullmatch(ctx.text, b.end, a.start)
            ),
            None,
        )
        if before is None:
            break
        end = before
    return found


def _initiative_at(inis: list[InitiativeHit], pos: int) -> InitiativeHit | None:
    return next((i for i in inis if i.start == pos), None)


# (" län": a county board's hit may end before it)
_BUILT = re.compile(
    r"(?:\s+län\b)?(?:\s*,\s*|\s+och\s+|\s+)(?:har\s+|hade\s+)?(?:\w+\s+)?(?:byggts\s+upp|tagits\s+fram|"
    r"utvecklats|startats|skapats|arbetats\s+fram|genomförts|drivits)"
)


def built_with(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'Centret samordnas av A och har byggts upp tillsammans med B och C.'"""
    subject = subject_initiative(ctx, sentence)
    if subject is None:
        return
    ini, pos = subject
    actors = ctx.actors_in(sentence)
    by = _BY.match(ctx.text, pos, sentence.end)
    leader = _list_after(ctx, actors, by.end()) if by else []
    built = _BUILT.match(ctx.text, leader[-1].end if leader else pos, sentence.end)
    with_ = _WITH.match(ctx.text, built.end(), sentence.end) if built else None
    partners = _list_after(ctx, actors, with_.end()) if with_ else []
    if partners:
        ids = [a.node_id for a in [*leader, *partners]]
        rule = "initiative.participates.built_with"
        link_each(sink, LinkType.PARTICIPATES_IN, ids, ini, sentence, rule)


def bakom_star(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'Bakom satsningen står A, B och C, tillsammans med D och E.'"""
    for m in _BAKOM.finditer(ctx.text, sentence.start, sentence.end):
        target = next((t for t in initiative_targets(ctx, sentence) if t[0] == m.end()), None)
        if target is None:
            continue
        ini = target[1]
        noun = ANAPHOR_NOUN.match(ctx.text, m.end())
        end = ini.end if ini.start == m.end() else noun.end() if noun else None
        star = _STAR.match(ctx.text, end, sentence.end) if end is not None else None
        if star is None:
            continue
        found = [p for p in parties(ctx, star.end(), sentence.end) if isinstance(p, ActorHit)]
        rule = "initiative.participates.bakom_star"
        link_each(sink, LinkType.PARTICIPATES_IN, [a.node_id for a in found], ini, sentence, rule)


def backers(ctx: Context, sink: FactSink, sentence: Span) -> None:
    built_with(ctx, sink, sentence)
    bakom_star(ctx, sink, sentence)
    inis = ctx.initiatives_in(sentence)
    if not inis:
        return
    actors = ctx.actors_in(sentence)
    text = ctx.text
    for m in _STAR_BAKOM.finditer(text, sentence.start, sentence.end):
        backed = _initiative_at(inis, m.end())
        if backed:
            ids = [a.node_id for a in _list_before(ctx, actors, m.start())]
            rule = "initiative.participates.star_bakom"
            link_each(sink, LinkType.PARTICIPATES_IN, ids, backed, sentence, rule)
    for ini in inis:
        by = _BY.match(text, ini.end, sentence.end)
        leader = _list_after(ctx, actors, by.end()) if by else []
        if leader:
            with_ = _WITH.match(text, leader[-1].end, sentence.end)
            partners = _list_after(ctx, actors, with_.end()) if with_ else []
            ids = [a.node_id for a in partners]
            rule = "initiative.participates.leader_with"
            link_each(sink, LinkType.PARTICIPATES_IN, ids, ini, sentence, rule)
        pos = ini.end
        while (chain := _CHAIN.match(text, pos, sentence.end)) is not None:
            by_org = next((a for a in actors if a.start == chain.end()), None)
            if by_org is None:
                break
            link_initiative(
                sink,
                LinkType.COORDINATES,
                by_org.node_id,
                ini,
                sentence,
                "initiative.coordinates.passive_chain",
            )
            pos = by_org.end

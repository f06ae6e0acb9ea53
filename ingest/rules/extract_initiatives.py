"""Initiatives: projects, centres, web sites, courses -- and who takes part, funds, coordinates.

An initiative has no official code; its id is its canonical name (see
ingest.ids.initiative_id), so "Resurscentrum mot våld" on any page meets in
one node. Names are found by ingest.rules.initiative_names; participation by
ingest.rules.initiative_participation; funding and periods by ingest.rules.initiative_funding.
This module reads who coordinates an initiative:

- initiative.coordinates.tillhora: "<initiative> (ska|kommer) tillhöra <org>",
  "<org> samordnar|driver|leder <initiative>".
- initiative.coordinates.som_samordnas: "<initiative>, som samordnas|leds|drivs
  av <org>", also after its predicate noun ("<initiative> är ett projekt som samordnas av
  <org>"), and "<initiative>, som <org> samordnar|ska driva"; who runs it ("drivs av",
  "ska driva") also takes part (initiative.participates.som_drivs);
  initiative.coordinates.samordnar_verksamheten: "<org> (är värdkommun och) samordnar
  verksamheten|projektet|nätverket" -> the latest initiative.
- initiative.coordinates.passive: "<initiative>/Centret samordnas|leds|hanteras av <org>"
  opening a sentence, or as its second predicate ("Potten avser ... och hanteras direkt av
  <org>") with no other actor or initiative between.
Backers in lists and chained passives: ingest.rules.initiative_backers; grants to
initiatives named later in the clause or listed after it: ingest.rules.initiative_grants.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.initiative_backers import backers
from ingest.rules.initiative_examples import example_initiatives
from ingest.rules.initiative_funding import funding, money
from ingest.rules.initiative_grant_headings import grant_heading_links
from ingest.rules.initiative_grant_items import grant_item_funders
from ingest.rules.initiative_grant_rows import grant_row_links
from ingest.rules.initiative_grants import granted_initiatives
from ingest.rules.initiative_joined import joined_initiatives
from ingest.rules.initiative_links import latest_initiative, link_initiative, subject_initiative
from ingest.rules.initiative_names import initiative_anaphora, named_initiatives
from ingest.rules.initiative_page_grants import page_grantor_funds
from ingest.rules.initiative_participation import (
    comprises,
    joint_mandate,
    participation,
    together,
    work_where,
)
from ingest.rules.initiative_partners import (
    decided_to_join,
    initiative_with,
    joint_assignment,
    joint_effort,
    listed_participants,
    members_from,
    partners_are,
    teams_up,
    verb_first,
)
from ingest.rules.initiative_periods import stated_periods

_TILLHORA = re.compile(
    r"^\s+(?:ska\s+|kommer\s+(?:att\s+)?)?(?:tillhöra|tillhör|organiseras\s+(?:under|inom)|"
    r"drivas\s+av|drivs\s+av|ägas\s+av|ägs\s+av)\s+$"
)
# "Region X ska fortsätta driva projektet Y", "har drivit Y": runs it, after a modal too
_COORD_VERB = re.compile(
    r"^\s+(?:(?:ska|kommer\s+att|vill|har|hade|fortsätter\s+att)\s+)?(?:fortsätta\s+(?:att\s+)?)?"
    r"(?:samordnar|driver|leder|samordna|driva|leda|samordnat|drivit|lett)\s+"
    r"(?:(?:även|också|nu|just\s+nu)\s+)?(?:det\s+|den\s+)?(?:\w+\s+)?[\"”“]?$"
)
# "Under 2017-2019 driver Region Kalmar län projektet Y": the subject after its verb.
_COORD_VERB_BEFORE = re.compile(r"\b(?:samordnar|driver|leder)\s+$")
_COORD_NOUN_AFTER = re.compile(
    r"^\s+(?:(?:även|också)\s+)?(?:det\s+|den\s+)?[a-zåäö-]*(?:projektet|satsningen|"
    r"nätverket|arbetet|samarbetet)\s+[\"”“]?$"
)
# "<initiative>, som samordnas av X"; "<initiative> är ett länsövergripande projekt
# 2025-2026 som samordnas av X": the relative clause of its predicate noun.
_SOM_SAMORDNAS = re.compile(
    r"^(?:\s+är\s+(?:ett|en)\s+(?:[\w-]+\s+){0,3}?(?:projekt|samarbete|nätverk|initiativ|"
    r"satsning)(?:\s+\d{4}\s*[-\u2013]\s*\d{4})?)?,?\s+som\s+(?:samordnas|leds|drivs)\s+"
    r"(?:\w+\s+)?av\s+$"
)
# "<initiative>, som Länsstyrelsen samordnar": the organisation as the relative's subject.
_SOM_ACTOR = re.compile(r"^,?\s+som\s+$")
_ACTOR_SAMORDNAR = re.compile(r"\s+(?:samordnar|leder|driver|ska\s+driva)\b")
_PASSIVE = re.compile(
    r"\s+(?:samordnas|leds|drivs|hanteras|förvaltas|anordnas|arrangeras)\s+(?:\w+\s+)?av\s+"
)
# "Potten avser 500 000 kronor per år och hanteras direkt av Region X": a second predicate
# of the sentence's subject.
_LATER_PASSIVE = re.compile(
    r"\s+och\s+(?:samordnas|leds|drivs|hanteras|förvaltas)\s+(?:\w+\s+)?av\s+"
)
_SAMORDNAR_VERKSAMHETEN = re.compile(
    r"\s+(?:är\s+\w+\s+och\s+)?(?:samordnar|leder|driver)\s+(?:verksamheten|projektet|"
    r"nätverket|satsningen|samarbetet|arbetet\s+i\s+(?:projektet|nätverket))\b"
    # "Hylte kommun blir projektägare", "Länsstyrelsen är projektkoordinator"
    r"|\s+(?:är|blir|blev|var|har\s+varit|kommer\s+att\s+vara)\s+(?:också\s+|även\s+)?"
    r"(?:projektägare|projektkoordinator|projektsamordnare|samordnande\s+part|"
    r"huvudman\s+för\s+projektet|samordnande\s+för\s+(?:arbetet|projektet|satsningen))\b"
)
# "Projektägare är Vännäs kommun", "Projektägaren Almi AB söker": the role, then the owner.
_OWNER_FIRST = re.compile(
    r"\s*(?:(?:Projektägare|Projektkoordinator|Huvudman)\s+(?:är|blir)|Projektägaren)\s+"
)


def _coordinated_by(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    actors = ctx.actors_in(sentence)
    for ini in ctx.initiatives_in(sentence):
        for actor in actors:
            passive = _SOM_SAMORDNAS.match(text[ini.end : actor.start])
            active = (
                _ACTOR_SAMORDNAR.match(text, actor.end, sentence.end)
                if _SOM_ACTOR.match(text[ini.end : actor.start])
                else None
            )
            if actor.start > ini.end and (passive or active):
                link_initiative(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.coordinates.som_samordnas",
                )
                # "X, som drivs av Region Y" / "X, som Y ska driva": who runs it takes part
                verb = passive or active
                if verb and "driv" in verb.group():
                    rule = "initiative.participates.som_drivs"
                    link_initiative(
                        sink, LinkType.PARTICIPATES_IN, actor.node_id, ini, sentence, rule
                    )
    subject = subject_initiative(ctx, sentence)
    passive = _PASSIVE.match(text, subject[1], sentence.end) if subject else None
    if subject and passive is None:
        passive = _LATER_PASSIVE.search(text, subject[1], sentence.end)
        between = Span(subject[1], passive.start()) if passive else None
        if between and (ctx.actors_in(between) or ctx.initiatives_in(between)):
            passive = None
    by = next((a for a in actors if passive and a.start == passive.end()), None)
    if subject and by:  # "Centret samordnas av Länsstyrelsen Jämtlands län"
        link_initiative(
            sink,
            LinkType.COORDINATES,
            by.node_id,
            subject[0],
            sentence,
            "initiative.coordinates.passive",
        )
    for actor in actors:
        owner_first = _OWNER_FIRST.fullmatch(text, sentence.start, actor.start)
        if owner_first or _SAMORDNAR_VERKSAMHETEN.match(text, actor.end, sentence.end):
            latest = latest_initiative(ctx, sentence.start)
            if latest and not ctx.documents_in(sentence):
                link_initiative(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    latest,
                    sentence,
                    "initiative.coordinates.samordnar_verksamheten",
                )


def _coordination(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    for ini in ctx.initiatives_in(sentence):
        for actor in ctx.actors_in(sentence):
            # "<initiative> tillhör <actor>" or "<actor> samordnar <initiative>"
            after = actor.start > ini.end and _TILLHORA.match(text[ini.end : actor.start])
            before = ini.start > actor.end and _COORD_VERB.match(text[actor.end : ini.start])
            inverted = (
                ini.start > actor.end
                and _COORD_VERB_BEFORE.search(text, sentence.start, actor.start)
                and _COORD_NOUN_AFTER.match(text[actor.end : ini.start])
            )
            if after or before or inverted:
                link_initiative(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.coordinates.tillhora",
                )


def _ids(ctx: Context) -> set[str]:
    return {h.node_id for h in ctx.initiatives}


def extract_initiatives(ctx: Context, sink: FactSink) -> None:
    named = named_initiatives(ctx, sink)
    ctx.initiatives = sorted(
        [*named, *initiative_anaphora(ctx, sink, named)], key=lambda h: (h.start, h.end)
    )
    joined = [h for h in joined_initiatives(ctx, sink) if h.node_id not in _ids(ctx)]
    ctx.initiatives = sorted([*ctx.initiatives, *joined], key=lambda h: (h.start, h.end))
    examples = example_initiatives(ctx, sink)  # "satsningar, exempelvis A, B samt C"
    ctx.initiatives = sorted([*ctx.initiatives, *examples], key=lambda h: (h.start, h.end))
    # Every rule below links an initiative the page names: none named, none to link.
    for index, sentence in enumerate(ctx.sentences if ctx.initiatives else []):
        participation(ctx, sink, sentence)
        funding(ctx, sink, sentence)
        _coordination(ctx, sink, sentence)
        together(ctx, sink, sentence)
        teams_up(ctx, sink, sentence)
        joint_effort(ctx, sink, sentence)
        verb_first(ctx, sink, sentence)
        comprises(ctx, sink, sentence)
        work_where(ctx, sink, sentence)
        money(ctx, sink, index, sentence)
        stated_periods(ctx, sink, sentence)
        _coordinated_by(ctx, sink, sentence)
        decided_to_join(ctx, sink, sentence)
        partners_are(ctx, sink, sentence)
        members_from(ctx, sink, sentence)
        listed_participants(ctx, sink, sentence)
        initiative_with(ctx, sink, sentence)
        backers(ctx, sink, sentence)
        granted_initiatives(ctx, sink, index, sentence)
        joint_assignment(ctx, sink, index, sentence)
    joint_mandate(ctx, sink)
    grant_item_funders(ctx, sink)
    grant_heading_links(ctx, sink)
    grant_row_links(ctx, sink)
    page_grantor_funds(ctx, sink)


__all__ = ["ActorHit", "extract_initiatives"]

"""Who funds an initiative (FUNDS), and the period its funding or work runs.

- initiative.funds.var_finansiering: "vår medverkan och finansiering" ->
  the page's municipality FUNDS the latest initiative.
- initiative.funds.finansierar: "<org> (med)finansierar <initiative>";
  initiative.funds.role: "<org> går in som medfinansiär" -> the latest initiative.
- initiative.period.financing: "Medfinansieringen gäller 2024-2026" -> the
  latest initiative's period (set on the node, the clause as its evidence).
- initiative.funds.finansieras_av: "<initiative>/Verksamheten finansieras
  (gemensamt) av A och B" ("de sex kommunerna": the six municipalities listed
  just before) -> each FUNDS; also a second predicate ("Projektet har en budget ... och
  finansieras förutom av X av A och B") and a subject after a fronted verb ("Totalt har
  projektet").
- initiative.funds.bidrar_med: "<org> bidrar med 200 000 kronor" -> the latest
  initiative; initiative.funds.far_fran: "Projektet får 350 000 kronor från
  <org>"; initiative.funds.beviljat: "<org> har beviljat ... kronor ...
  Pengarna går till <initiative>".
- initiative.period.drivs: "<initiative> drivs 2025-2027", "<initiative> kommer att pågå
  mellan februari 2020 och maj 2022", "Projektet löper från 1 september 2018 till 31
  augusti 2021" -> its period (ingest.rules.initiative_periods.RUNS);
  initiative.period.under: "delta i <initiative> under perioden 2025-2027".
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Initiative, OrganizationKind
from ingest.context import ActorHit, Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.numbers import NUMBER_WORDS
from ingest.language.segment import Span
from ingest.rules.initiative_links import (
    CONF_RELATION,
    latest_initiative,
    link_each,
    link_initiative,
    subject_initiative,
    unique_actors,
)
from ingest.rules.initiative_periods import RUNS, set_period

_FUNDS = LinkType.FUNDS
_VAR_FINANSIERING = re.compile(r"\b[Vv]år\s+(?:\w+\s+och\s+)?(?:med)?finansiering\b")
_FINANSIERAR = re.compile(r"^\s+(?:\w+\s+)?(?:med|sam)?finansierar\s+(?:\w+\s+)?$")
# "<org> går in som medfinansiär", "<org> är (med)finansiär": a funder by its role.
_CO_FUNDER = re.compile(
    r"\s+(?:går\s+in\s+som|är|blir|står\s+som|kommer\s+att\s+vara)\s+(?:också\s+|även\s+)?"
    r"(?:med|sam)?finansiär\b"
)
_PERIOD = re.compile(
    r"\b(?:[Mm]ed|[Ss]am)?[Ff]inansieringen\s+(?:gäller|löper|avser)\s+(?:för\s+)?(?:åren\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_FINANSIERAS_AV = re.compile(r"\s+(?:finansieras|bekostas|samfinansieras)\s+(?:\w+\s+)?av\s+")
# "<initiative> har en budget på ... och finansieras (förutom av X) av A, B och C": a
# second predicate of the same subject; those "förutom" names are not the funders listed.
_AND_FUNDED = re.compile(
    r"\s+och\s+(?:(?:med|sam)?finansieras|bekostas)\s+(?:(?!förutom|utöver)\w+\s+)?"
    r"(?:(?:förutom|utöver)\s+av\s+[^,.;]{1,60}?\s+)?av\s+"
)
_AMOUNT = r"\d[\d\s,]*(?:\s*(?:miljoner|miljon|mnkr|tkr))?\s*(?:kronor|kr)\b"
_BIDRAR_MED = re.compile(rf"\s+(?:bidrar|bidrog|går\s+in)\s+med\s+{_AMOUNT}")
_FAR_FRAN = re.compile(
    rf"\s+(?:får|fick|har\s+fått|beviljas|har\s+beviljats)\s+{_AMOUNT}\s+(?:i\s+\w+\s+)?"
    r"(?:från|av)\s+$"
)
_BEVILJAT = re.compile(rf"\s+(?:har\s+)?(?:beviljat|beviljade|beviljar)\s+[^.]{{0,60}}?{_AMOUNT}")
_PENGARNA = re.compile(
    r"^\s*(?:Pengarna|Medlen|Bidraget|Anslaget)\s+(?:går|gick|ska\s+gå)\s+till\b"
)
_UNDER_PERIOD = re.compile(
    r"\s+(?:under|för)\s+(?:perioden|åren)\s+"
    r"(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_DE_N_KOMMUNERNA = re.compile(
    r"\b[Dd]e\s+(?P<n>" + "|".join(NUMBER_WORDS) + r")\s+(?:kommunerna|medlemskommunerna)\b"
)


def _group_anaphor(ctx: Context, sentence: Span, start: int, end: int) -> list[ActorHit]:
    """ "de sex kommunerna": the municipalities of the latest earlier sentence naming that many."""
    m = _DE_N_KOMMUNERNA.search(ctx.text, start, end)
    if m is None:
        return []
    wanted = NUMBER_WORDS[m.group("n")]
    earlier = [s for s in ctx.sentences if s.end <= sentence.start][-3:]
    for previous in reversed(earlier):
        found = unique_actors(
            [a for a in ctx.actors_in(previous) if a.kind is OrganizationKind.MUNICIPALITY]
        )
        if len(found) == wanted:
            return found
    return []


def _funded_by(sink: FactSink, ini: InitiativeHit, sentence: Span, funders: list[ActorHit]) -> None:
    """'<initiative> finansieras av A och B': each funds it, once."""
    ids = [a.node_id for a in unique_actors(funders)]
    link_each(sink, _FUNDS, ids, ini, sentence, "initiative.funds.finansieras_av")


def money(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    text = ctx.text
    subject = subject_initiative(ctx, sentence)
    if subject is not None:
        ini, end = subject
        m = _FINANSIERAS_AV.match(text, end, sentence.end) or _AND_FUNDED.search(
            text, end, sentence.end
        )
        if m:
            funders = [a for a in ctx.actors_in(sentence) if a.start >= m.end()]
            funders += _group_anaphor(ctx, sentence, m.end(), sentence.end)
            _funded_by(sink, ini, sentence, funders)
        for actor in ctx.actors_in(sentence):
            if actor.start > end and _FAR_FRAN.fullmatch(text[end : actor.start]):
                link_initiative(
                    sink, _FUNDS, actor.node_id, ini, sentence, "initiative.funds.far_fran"
                )
        period = RUNS.match(text, end, sentence.end)
        if period and not ini.anaphoric:
            set_period(sink, ini, period, "initiative.period.drivs", replace=True)
    for ini in ctx.initiatives_in(sentence):
        under = _UNDER_PERIOD.match(text, ini.end, sentence.end)
        if under and not ini.anaphoric:  # "delta i <initiative> under perioden 2025-2027"
            set_period(sink, ini, under, "initiative.period.under", replace=True)
        runs = RUNS.match(text, ini.end, sentence.end)
        if runs and not ini.anaphoric and (subject is None or subject[0] != ini):
            set_period(sink, ini, runs, "initiative.period.drivs", replace=True)
        som = re.compile(r",?\s+som").match(text, ini.end, sentence.end)
        m = _FINANSIERAS_AV.match(text, som.end(), sentence.end) if som else None
        if m:
            funders = [a for a in ctx.actors_in(sentence) if a.start >= m.end()]
            _funded_by(sink, ini, sentence, funders)
    for actor in ctx.actors_in(sentence):
        if _BIDRAR_MED.match(text, actor.end, sentence.end):
            latest = latest_initiative(ctx, sentence.start)
            if latest:
                link_initiative(
                    sink, _FUNDS, actor.node_id, latest, sentence, "initiative.funds.bidrar_med"
                )
        if _BEVILJAT.match(text, actor.end, sentence.end) and index + 1 < len(ctx.sentences):
            following = ctx.sentences[index + 1]
            if _PENGARNA.match(text[following.start : following.end]):
                target = next(iter(ctx.initiatives_in(following)), None)
                if target:
                    span = Span(sentence.start, following.end)
                    rule = "initiative.funds.beviljat"
                    link_initiative(sink, _FUNDS, actor.node_id, target, span, rule)


def funding(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    if _VAR_FINANSIERING.search(text, sentence.start, sentence.end):
        ini = latest_initiative(ctx, sentence.end)
        if ini:
            link_initiative(
                sink, _FUNDS, ctx.publisher_id(), ini, sentence, "initiative.funds.var_finansiering"
            )
    for actor in ctx.actors_in(sentence):
        for ini in ctx.initiatives_in(sentence):
            if ini.start > actor.end and _FINANSIERAR.match(text[actor.end : ini.start]):
                link_initiative(
                    sink, _FUNDS, actor.node_id, ini, sentence, "initiative.funds.finansierar"
                )
        latest = latest_initiative(ctx, sentence.start)
        if latest and not actor.anaphoric and _CO_FUNDER.match(text, actor.end, sentence.end):
            # "Umeå kommun går in som medfinansiär": of the project the page has named
            link_initiative(sink, _FUNDS, actor.node_id, latest, sentence, "initiative.funds.role")
    period = _PERIOD.search(text, sentence.start, sentence.end)
    if period:
        ini = latest_initiative(ctx, sentence.end)
        y1, y2 = int(period.group("y1")), int(period.group("y2"))
        node = sink.nodes.get(ini.node_id) if ini else None
        if isinstance(node, Initiative) and y1 <= y2:
            sink.nodes[node.id] = dataclasses.replace(node, period_start=y1, period_end=y2)
            sink.mention(
                sink.nodes[node.id],
                period.start(),
                period.end(),
                "initiative.period.financing",
                CONF_RELATION,
            )

"""The years an initiative runs, from the period a sentence gives its work or its money.

Why: a project's years are part of its identity (an initiative with a period is another
node than one without), and pages state them in a few constructions that hold for any
topic: the run of the work, the years a grant is spread over, a fronted adverbial.

- RUNS, the run of the work ("Projektet löper från 1 september 2018 till 31 augusti
  2021", "<initiative> pågår 2025-2027"; a day and a month may stand before each year),
  is read by initiative.period.drivs (ingest.rules.initiative_funding).
- initiative.period.grant: "medfinansiera projektet X med 3 miljoner kronor, fördelade på
  åren 2018 - 2020", "ger projektet 4 765 507 kronor perioden jan 2018-mars 2021" -> the
  one initiative the sentence names.
- initiative.period.fronted: "Under 2017-2019 driver Region X projektet Y" -> the one
  initiative the sentence names.
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import Initiative
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.numbers import SUM
from ingest.language.segment import Span
from ingest.rules.initiative_links import CONF_RELATION, referred_initiative

__all__ = ["RUNS", "set_period", "stated_periods"]

# "1 september 2018", "jan 2018", "2018"
_WHEN = r"(?:\d{1,2}\s+)?(?:[a-zåäö]+\.?\s+)?"
_YEARS = (
    rf"{_WHEN}(?P<y1>(?:19|20)\d{{2}})\s*(?:[-\u2013]|och|till)\s*"
    rf"{_WHEN}(?P<y2>(?:19|20)\d{{2}})\b"
)
RUNS = re.compile(
    r"[\"”»]?\s+(?:kommer\s+att\s+|ska\s+)?(?:drivs|drivas|pågår|pågå|löper|löpa|genomförs|"
    rf"genomföras)\s+(?:under\s+|mellan\s+|från\s+)?(?:åren\s+|perioden\s+)?{_YEARS}"
)
# The sum, then the years it is spread over.
_GRANT_YEARS = re.compile(
    rf"{SUM},?\s+(?:(?:fördelat|fördelade|fördelad|utspritt|utspridda)\s+)?(?:på\s+|under\s+|för\s+)?"
    rf"(?:åren|perioden)\s+{_YEARS}"
)
_FRONTED = re.compile(
    rf"\s*(?:Under|Mellan)\s+(?:åren\s+|perioden\s+)?{_YEARS}\s+(?:driver|drev|genomför|"
    r"genomförde|leder|ledde)\s"
)

_PROJECT = re.compile(r"\b(?:[Pp]rojektet|[Ss]atsningen)\b")


def set_period(
    sink: FactSink, ini: InitiativeHit, period: re.Match[str], rule: str, replace: bool = False
) -> None:
    """Give the initiative's node the years of `period` (groups y1, y2), the span from the
    initiative to the period's end as the evidence; a period read before stays unless
    `replace` (the run stated with the initiative beats a grant's years)."""
    node = sink.nodes.get(ini.node_id)
    y1, y2 = int(period.group("y1")), int(period.group("y2"))
    if isinstance(node, Initiative) and y1 <= y2 and (replace or node.period_start is None):
        sink.nodes[node.id] = dataclasses.replace(node, period_start=y1, period_end=y2)
        start, end = min(ini.start, period.start()), max(ini.end, period.end())
        sink.mention(sink.nodes[node.id], start, end, rule, CONF_RELATION)


def _the_one(ctx: Context, sentence: Span) -> InitiativeHit | None:
    """The initiative a sentence names, if it names one node only (by name, or as
    "projektet" standing for the one named before it in its paragraph or for the only one
    the page has named so far)."""
    hits = ctx.initiatives_in(sentence)
    if hits:
        return hits[0] if len({h.node_id for h in hits}) == 1 else None
    noun = _PROJECT.search(ctx.text, sentence.start, sentence.end)
    if noun is None:
        return None
    before = [h for h in ctx.initiatives if h.start < noun.start()]
    # the one named in its paragraph, or the only one the page has named so far
    if len({h.node_id for h in before}) == 1:
        return before[-1]
    return referred_initiative(ctx, noun.start())


def stated_periods(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    one = _the_one(ctx, sentence)
    if one is None:
        return
    grant = _GRANT_YEARS.search(text, sentence.start, sentence.end)
    if grant:
        set_period(sink, one, grant, "initiative.period.grant")
    fronted = _FRONTED.match(text, sentence.start, sentence.end)
    if fronted and fronted.end() <= one.start:
        set_period(sink, one, fronted, "initiative.period.fronted")

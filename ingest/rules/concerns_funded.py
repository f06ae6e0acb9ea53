"""CONCERNS from a funding decision to the projects it funds, named after it.

Why: news of a grant decision state the decision once ("Partnerskapet beslutade på sitt
möte om finansiering på totalt 149,5 miljoner kronor till olika projekt", invented
wording) and then name the projects one by one, each with its sum ("Hållbar kompetens i
X får nästan 5,5 miljoner kronor", "• Marknadslyftet / IUC X (1,1 miljoner kr)"). Each
project so named is what the decision is about.

Rule concerns.funded: a decision whose sentence speaks of money (finansiering, medel,
stöd, bidrag, kronor) and of projects -> CONCERNS each initiative named after it, up to
the next such decision, that opens its sentence or list item on a line that states a sum or
that it is granted ("får", "beviljas").

Rule concerns.grant_heading: the decision of a numbered grant heading's sentence
("2. Attraktiva Orten\n\nNämnden beslutar att Orts kommun beviljas 890 000 kr.",
ingest.rules.initiative_grant_headings) -> CONCERNS the project the heading names.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.initiative_grant_headings import headed_grants
from ingest.rules.page_head import opens_sentence

__all__ = ["funded_projects"]

CONF_FUNDED = 0.6

_MONEY = re.compile(
    r"\b(?:finansiering|medel|stöd|bidrag|kronor|miljoner|bevilja(?:de|des|t|ts)?|"
    r"tilldela(?:de|des|t|ts)?)\b",
    re.I,
)
# the decision speaks of projects in general: "till olika projekt", "fem projekt"
_PROJECTS = re.compile(r"\bprojekt(?:en)?\b", re.I)
# a list item's line ("• X (1,1 miljoner kr)")
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-•*\u2013][ \t]*)?$")
_GRANTED = re.compile(
    r"\d(?:[\d\s.,]*\d)?\s*(?:kr|kronor|miljoner|mnkr|msek|tkr)\b|"
    r"\b(?:får|fick|beviljas|beviljades|beviljats|tilldelas|tilldelades)\b",
    re.I,
)


def _line(ctx: Context, start: int, end: int) -> str:
    line_end = ctx.text.find("\n", end)
    return ctx.text[ctx.text.rfind("\n", 0, start) + 1 : line_end if line_end >= 0 else None]


def _funding(ctx: Context, start: int) -> bool:
    sentence = ctx.sentence_of(start)
    return (
        sentence is not None
        and _MONEY.search(ctx.text, sentence.start, sentence.end) is not None
        and _PROJECTS.search(ctx.text, sentence.start, sentence.end) is not None
    )


def funded_projects(ctx: Context, sink: FactSink) -> None:
    decisions = sorted((d for d in ctx.decisions if _funding(ctx, d.start)), key=lambda d: d.start)
    for k, hit in enumerate(decisions):
        until = decisions[k + 1].start if k + 1 < len(decisions) else len(ctx.text)
        for ini in ctx.initiatives:
            if ini.anaphoric or not hit.end <= ini.start < until:
                continue
            line_start = ctx.text.rfind("\n", 0, ini.start) + 1
            item = _ITEM_OPENING.fullmatch(ctx.text, line_start, ini.start)
            if not (item or opens_sentence(ctx, ini.start)):
                continue
            if _GRANTED.search(_line(ctx, ini.start, ini.end)):
                sink.link(
                    LinkType.CONCERNS,
                    hit.node_id,
                    ini.node_id,
                    ini.start,
                    ini.end,
                    "concerns.funded",
                    CONF_FUNDED,
                )
    _headed(ctx, sink)


def _headed(ctx: Context, sink: FactSink) -> None:
    """Each decision under a numbered grant heading concerns the heading's project."""
    for ini, sentence, _ in headed_grants(ctx):
        for hit in ctx.decisions:
            if sentence.start <= hit.start < sentence.end:
                sink.link(
                    LinkType.CONCERNS,
                    hit.node_id,
                    ini.node_id,
                    ini.start,
                    sentence.end,
                    "concerns.grant_heading",
                    CONF_FUNDED,
                )

"""Projects named as the items of a grant list, each with its amount.

Why: funding news list what was granted one project per bullet, the name first and the
sum after it, with no "projektet" before the name (invented example): "Vidare
beviljades\n• Öland året runt, 850 000 kronor.\n• Förstudien Vätgas Sydost, 300 000
kronor, som drivs av ...". Each such name is a project, and the list says who funds it
only in its intro, if at all.

Rule initiative.grant_item: a bullet list whose intro speaks of granting (beviljade,
beviljades, tilldelas, får stöd, "följande projekt") and of whose items at least two
open with a capitalised name, a comma and a sum in kronor -> each such name is an
Initiative ("Förstudien"/"Projektet" before it left out). The organisation that opens the
intro's sentence as its subject ("Nämnden beviljade:"), else the committee whose meeting
or decision the page reports, FUNDS each of them (initiative.funds.grant_item, quoting the
intro and the item).
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList, bullet_lists
from ingest.rules.initiative_links import link_each
from ingest.rules.role_page_bodies import deciding_body, meeting_body

__all__ = ["grant_item_funders", "grant_item_names"]

Found = tuple[int, int, str, str]  # start, end, name, rule
_RULE = "initiative.grant_item"
_MIN_ITEMS = 2
_INTRO = re.compile(
    r"\b(?:bevilja(?:de|des|s|r|t)?|tilldela(?:de|des|s|ts)?|(?:får|fick)\s+(?:\w+\s+)?"
    r"(?:stöd|medel|bidrag|pengar)|följande\s+(?:\w+\s+)?projekt)\b",
    re.I,
)
_ITEM = re.compile(
    r"(?:(?:Förstudien|Förstudie|Projektet|Projekt)\s+)?"
    r"(?P<name>[A-ZÅÄÖ][^\n,.;:()]{2,80}?),[ \t]+(?:ca[ \t]+|cirka[ \t]+)?\d[\d \t\u00a0,.]*"
    r"(?:miljoner|miljon|mnkr|tkr|kr\b|kronor)",
)
# The intro's subject: an organisation that opens its sentence before the grant verb.
_SUBJECT_GAP = re.compile(r"\s+(?:har\s+|hade\s+)?(?:\w+\s+){0,2}?bevilja", re.I)


def _grant_lists(ctx: Context) -> list[tuple[BulletList, list[re.Match[str]]]]:
    found = []
    for lst in bullet_lists(ctx.text):
        if not _INTRO.search(ctx.text, lst.intro.start, lst.intro.end):
            continue
        named = [m for i in lst.items if (m := _ITEM.match(ctx.text, i.start, i.end))]
        if len(named) >= _MIN_ITEMS:
            found.append((lst, named))
    return found


def grant_item_names(ctx: Context) -> list[Found]:
    """The projects the page's grant lists name."""
    return [
        (m.start("name"), m.end("name"), " ".join(m.group("name").split()), _RULE)
        for _, named in _grant_lists(ctx)
        for m in named
    ]


def _funder(ctx: Context, lst: BulletList) -> str | None:
    """The intro sentence's subject when it opens with an organisation that grants, else
    the committee whose meeting or decisions the page reports."""
    sentence = ctx.sentence_of(lst.intro.end - 1)
    if sentence is None:
        return None
    actors = ctx.actors_in(sentence)
    opens = actors and not ctx.text[sentence.start : actors[0].start].strip()
    if opens and _SUBJECT_GAP.match(ctx.text, actors[0].end, sentence.end):
        return actors[0].node_id
    return meeting_body(ctx) or deciding_body(ctx)


def grant_item_funders(ctx: Context, sink: FactSink) -> None:
    """Who granted FUNDS each project the list names."""
    for lst, named in _grant_lists(ctx):
        funder = _funder(ctx, lst)
        if funder is None:
            continue
        starts = {m.start("name"): m for m in named}
        for ini in ctx.initiatives:
            if ini.start in starts:
                span = Span(lst.intro.start, starts[ini.start].end())
                rule = "initiative.funds.grant_item"
                link_each(sink, LinkType.FUNDS, [funder], ini, span, rule)

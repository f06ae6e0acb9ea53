"""Projects of a grant list that names each project's owner, and who owns and funds them.

Why: funding news list the granted projects one per line with the organisation that
runs each, in a few fixed shapes (invented examples):
- "Skärgårdsmat/Signerat Bohuslän (2,6 miljoner kr)": name, slash, owner, sum in brackets;
- "450 000 kronor till Region Kalmar län: Nya Kalmarsund, år 2 av 3": sum, owner, colon;
- under a header "Projektägare - Projektnamn - Beviljat belopp", rows "ABF, Läsglädje,
  40 000 kr.";
- in a list of granted measures ("Årets medel har fördelats till fyra insatser:"), an
  owner's own line ("Köpings kommun:", "ABF") over bullets naming its projects.
A reader takes each name as a project the owner runs and the granting body funds.

Rule initiative.grant_row: a line of one of these shapes (the last two only under their
header or grant intro) -> an Initiative named by its name part; its owner (the
organisation the owner part names, else a new organisation of that name)
PARTICIPATES_IN it (initiative.participates.grant_row). Under a table header or a grant
intro, the body that grants (the intro sentence's subject, else the site's organisation,
else the page's deciding committee) FUNDS it (initiative.funds.grant_row); a row of its own
says what was received, and only a page that says who granted the money ("Kulturrådet har
beslutat om 2,1 miljoner kronor": initiative_page_grants.granting_body) names its funder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.edges import LinkType
from ingest import ids
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.initiative_links import link_each
from ingest.rules.initiative_page_grants import granting_body
from ingest.rules.role_page_bodies import deciding_body, meeting_body

__all__ = ["GRANT_ROW_RULE", "grant_row_links", "grant_row_names"]

GRANT_ROW_RULE = "initiative.grant_row"
CONF_OWNER = 0.7

_SUM = r"\d[\d \t\u00a0.,]*(?:[ \t]*(?:miljoner|miljon|mnkr|tkr|kr|kronor)\b)?"
_NAME = r"[A-ZÅÄÖ0-9][^\n/:()]{1,90}?"
_OWNER = r"[A-ZÅÄÖ][^\n:()]{1,80}?"
_SLASH_ROW = re.compile(
    rf"^[ \t]*(?:[•*\u2022-][ \t]*)?(?P<name>{_NAME})[ \t]*/[ \t]*(?P<owner>{_OWNER})[ \t]*"
    rf"\([ \t]*(?:ca[ \t]+|cirka[ \t]+)?\d[^)\n]*(?:kr|kronor)[ \t]*\)[ \t.]*$",
    re.M,
)
_TO_ROW = re.compile(
    rf"^[ \t]*(?:[•*\u2022-][ \t]*)?{_SUM}[ \t]+till[ \t]+(?P<owner>{_OWNER}):[ \t]+"
    rf"(?P<name>{_NAME})(?:,[ \t]+år[ \t]+\d[ \t]+av[ \t]+\d)?[ \t.]*$",
    re.M,
)
_TABLE_HEADER = re.compile(r"^[^\n]*Projektägare\W+Projektnamn[^\n]*$", re.M | re.I)
_TABLE_ROW = re.compile(
    rf"[ \t]*(?P<owner>{_OWNER}),[ \t]+(?P<name>[^\n]{{2,90}}?),[ \t]*\n?[ \t]*\d[\d \t\u00a0]*"
    r"(?:kr|kronor)\b[^\n]*(?:\n|$)"
)
_GRANT_INTRO = compile_guarded(
    r"(?:fördela(?:t|ts|des|r)?|bevilja(?:t|ts|des|de|r)?|tilldela(?:t|ts|des|de)?)\s+"
    r"(?:[\wåäö]+\s+){0,3}?(?:till|följande)\s+(?:[\wåäö]+\s+){0,2}?(?:insatser|projekt|"
    r"verksamheter|aktörer|organisationer)[^\n]*:\s*$",
    re.I | re.M,
)
# An owner's own line over its bullets: at most six words, no sentence.
_OWNER_LINE = re.compile(
    r"^[ \t]*(?P<owner>[A-ZÅÄÖ][^\n.:!?•]{1,60}?):?[ \t]*\n(?:[ \t]*\n)*"
    r"(?=[ \t]*[•*\u2022])",
    re.M,
)
_BULLET = re.compile(r"[ \t]*[•*\u2022][ \t]*(?P<name>[^\n]{2,120}?)[ \t.]*(?:\n|$)")
_ORG_WORDS = re.compile(
    r"\b(?:kommun|region|[Ff]örening|[Ff]öreningen|förbund|studieförbund|stiftelse|AB|ABF|"
    r"länsbildningsförbund)\b|^[A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]{2,})?\b|[a-zåäö]förbund\b"
)
_INTRO_REACH = 1500  # characters after a grant intro its owner lines may stand in


@dataclass(frozen=True, slots=True)
class _Row:
    name: Span
    owner: Span
    intro: Span | None  # the grant intro or table header; None on a row of its own


def _rows(ctx: Context) -> list[_Row]:
    text = ctx.text
    rows = [
        _Row(Span(m.start("name"), m.end("name")), Span(m.start("owner"), m.end("owner")), None)
        for pattern in (_SLASH_ROW, _TO_ROW)
        for m in pattern.finditer(text)
    ]
    for header in _TABLE_HEADER.finditer(text):
        pos = header.end() + 1
        while (m := _TABLE_ROW.match(text, pos)) is not None:
            rows.append(
                _Row(_span(m, "name"), _span(m, "owner"), Span(header.start(), header.end()))
            )
            pos = m.end()
    for intro in _GRANT_INTRO.finditer(text):
        limit = intro.end() + _INTRO_REACH
        for owner in _OWNER_LINE.finditer(text, intro.end(), limit):
            words = owner.group("owner").split()
            if len(words) > 6 or not _ORG_WORDS.search(owner.group("owner")):
                continue
            pos = owner.end()
            while (b := _BULLET.match(text, pos)) is not None:
                rows.append(
                    _Row(_span(b, "name"), _span(owner, "owner"), Span(intro.start(), intro.end()))
                )
                pos = b.end()
    return rows


def _span(m: re.Match[str], group: str) -> Span:
    value = m.group(group)
    start = m.start(group)
    return Span(start, start + len(value.rstrip(" \t,.")))


def grant_row_names(ctx: Context) -> list[tuple[int, int, str, str]]:
    """The projects the page's grant rows name."""
    return [
        (
            r.name.start,
            r.name.end,
            " ".join(ctx.text[r.name.start : r.name.end].split()),
            GRANT_ROW_RULE,
        )
        for r in _rows(ctx)
    ]


_PARTS = re.compile(r"[^/\s][^/]*")  # "Region Blekinge/Biblioteksutveckling X": two owners


def _owners(ctx: Context, sink: FactSink, owner: Span) -> list[str]:
    """The organisations the owner part names, else a new one of its words."""
    found: list[str] = []
    for part in _PARTS.finditer(ctx.text, owner.start, owner.end):  # "Region X/Enhet Y"
        start, end = part.start(), part.start() + len(part.group(0).rstrip())
        # an organisation named from the part's start ("Hylte kommun"), not one inside
        # an unknown name ("Hembygdsföreningen Norr")
        named = [a.node_id for a in ctx.actors_in(Span(start, end)) if a.start == start]
        if named:
            found.extend(named)
            continue
        name = " ".join(ctx.text[start:end].split())
        org = ids.other_organization(name)
        if org.id in sink.nodes or sink.mention(org, start, end, "actor.grant_owner", CONF_OWNER):
            found.append(org.id)
    return found


def _funder(ctx: Context, sink: FactSink, intro: Span) -> str | None:
    sentence = ctx.sentence_of(intro.start)
    actors = ctx.actors_in(sentence) if sentence is not None else []
    if sentence is not None and actors and not ctx.text[sentence.start : actors[0].start].strip():
        return actors[0].node_id  # "Nämnden har fördelat medlen till sju insatser:"
    # "Årets medel har fördelats till fyra insatser:": the site's organisation grants
    site = ctx.site_actor()
    if site is not None and site.node_id in sink.nodes:
        return site.node_id
    return meeting_body(ctx) or deciding_body(ctx)


def grant_row_links(ctx: Context, sink: FactSink) -> None:
    """Each row's owner PARTICIPATES_IN its project; the granting body FUNDS it."""
    hits = {h.start: h for h in ctx.initiatives}
    rows = _rows(ctx)
    body = granting_body(ctx) if rows else None
    stated = body.node_id if body is not None else None
    for row in rows:
        hit = hits.get(row.name.start)
        if hit is None:
            continue
        span = Span(min(row.name.start, row.owner.start), max(row.name.end, row.owner.end))
        owners = _owners(ctx, sink, row.owner)
        link_each(
            sink, LinkType.PARTICIPATES_IN, owners, hit, span, "initiative.participates.grant_row"
        )
        # A row of its own says what was received ("projekt som får pengar är:"), not
        # who granted it, unless the page says who granted the money.
        funder = _funder(ctx, sink, row.intro) if row.intro is not None else stated
        if funder is not None and funder not in owners:
            link_each(sink, LinkType.FUNDS, [funder], hit, span, "initiative.funds.grant_row")

"""Board members a council appoints in a list: "Kommunfullmäktige utsåg följande
ledamöter till styrelsen för Stiftelsen X:" and one line per member, "• Eva Ek (M) -
ordförande (Katrineholms kommun)" (invented examples).

Why apart from ingest.rules.role_members: those rules read a run of "Name (P)" after a
passive cue ("valdes till ledamöter:") on a committee or forum named before it; here the
verb is active, the body is a company, foundation or board named after "till", and each
line gives its own title and, in brackets, who nominated the member (no body of theirs).

Rule role.appointee_list: the body is the last organisation named after "till" or "för"
on the cue's line; each line's title is the member's role there. Rule
actor.other.nominator: the bracketed nominator, when no other rule read it, is an
organisation of its own.
"""

from __future__ import annotations

import re

from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.role_common import role_link
from ingest.rules.role_members import named_person
from ingest.rules.role_titles import NAME, PARTY, TITLE, base_title

__all__ = ["appointee_lists"]

CONF_APPOINTEE = 0.75

_CUE = re.compile(
    r"\b(?:utsåg|utser|valde|väljer|nominerade|nominerar)\s+följande\s+"
    r"(?:ledamöter|personer|representanter|ledamöter\s+och\s+ersättare)?[^:\n]{0,160}:[ \t]*\n"
)
_ITEM = re.compile(
    rf"\s*[•\-*\u2013][ \t]*(?P<name>{NAME})[ \t]*(?:\((?P<party>{PARTY})\))?"
    rf"[ \t]*[-\u2013,][ \t]*(?P<title>{TITLE})\b"
    # who nominated the member: "(Katrineholms kommun)", "(SKVP)"
    r"(?:[ \t]*\((?P<by>[A-ZÅÄÖ][^()\n]{1,60})\))?[^\n]*\n?"
)
_AFTER = re.compile(r"(?:till|för)\s+$", re.I)


def _body(ctx: Context, line_start: int, cue_end: int) -> ActorHit | None:
    named = [
        a
        for a in ctx.actors
        if line_start <= a.start
        and a.end <= cue_end
        and _AFTER.search(ctx.text, max(0, a.start - 6), a.start)
    ]
    return named[-1] if named else None


def _nominator(ctx: Context, sink: FactSink, m: re.Match[str]) -> None:
    start, end = m.span("by")
    if start < 0 or any(a.start < end and start < a.end for a in ctx.actors):
        return
    name = " ".join(m.group("by").split())
    org = ids.other_organization(name)
    sink.mention(org, start, end, "actor.other.nominator", CONF_APPOINTEE)


def appointee_lists(ctx: Context, sink: FactSink) -> None:
    """Each listed member's title at the body the cue names (see the module)."""
    if "följande" not in ctx.text:
        return
    for cue in _CUE.finditer(ctx.text):
        line_start = ctx.text.rfind("\n", 0, cue.start()) + 1
        body = _body(ctx, line_start, cue.end())
        if body is None:
            continue
        pos = cue.end()
        while (m := _ITEM.match(ctx.text, pos)) is not None:
            pos = m.end()
            _nominator(ctx, sink, m)
            stop = m.end("party") + 1 if m.group("party") else m.end("name")
            person = named_person(
                ctx, sink, m.start("name"), m.end("name"), m.group("party"), stop,
                "person.appointee_list",
            )  # fmt: skip
            if person is None:
                continue
            role_link(
                ctx, sink, person, body.node_id, base_title(m.group("title")),
                "role.appointee_list", CONF_APPOINTEE, m.start("name"), m.end("title"),
            )  # fmt: skip

"""A body's officers listed on one line after its name: a roster.

Why: news of an election or a new majority list each body's presidium as "Regionstyrelsen:
Eva Ek (S) ordförande, Bo Berg (M) 1:e vice ordförande, ..." (invented example). The
body heads the line and each title follows its name and party, so the line itself says
whose title each is and at which body.

Rule role.roster: a line opening with an organisation's name and a colon, then names
each followed by an optional party in brackets, an optional comma and a title -> each
person HOLDS_ROLE that title at the organisation named at the line's head. A name there
with a local party's letters ("Robert Thunfors (SJVP)") is a person too (person.roster).
"""

from __future__ import annotations

import re

from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import actor_at, role_link
from ingest.rules.role_titles import NAME, TITLE, is_given_name

__all__ = ["roster_roles"]

CONF_ROSTER = 0.75

_LINE = re.compile(r"^[ \t]*(?P<head>[^\n:]{3,60}?)[ \t]*:[ \t]+(?P<rest>[^\n]+)$", re.M)
# After a name: its party in brackets (a local party's letters too), then the title.
_TITLE_AFTER = re.compile(
    rf"[ \t]*(?:\([A-ZÅÄÖa-zåäö]{{1,6}}\))?[ \t]*,?[ \t]*(?P<title>{TITLE})(?=[ \t]*(?:[,.;]|$))",
    re.I | re.M,
)


# A name and a party in brackets the person matcher does not know ("(SJVP)").
_LOCAL_PARTY = re.compile(rf"(?P<name>{NAME})[ \t]*\((?P<party>[A-ZÅÄÖ]{{2,6}})\)")


def _people(ctx: Context, sink: FactSink, start: int, end: int) -> list[PersonHit]:
    """The people named in [start, end), with those only a local party marks."""
    for m in _LOCAL_PARTY.finditer(ctx.text, start, end):
        known = any(p.start < m.end("name") and m.start() < p.end for p in ctx.persons)
        if not known and is_given_name(m["name"].split()[0]):
            add_person(
                ctx,
                sink,
                m["name"],
                m["party"],
                m.start(),
                m.end(),
                "person.roster",
                CONF_PATTERN,
            )
    return sorted(
        (p for p in ctx.persons if start <= p.start < end), key=lambda p: (p.start, p.end)
    )


def roster_roles(ctx: Context, sink: FactSink) -> list[tuple[int, int]]:
    """Read each roster line; returns the spans read (their people take no other title)."""
    read: list[tuple[int, int]] = []
    for line in _LINE.finditer(ctx.text):
        body = actor_at(ctx, line.start("head"), line.end("head"))
        if body is None or body.anaphoric:
            continue
        people = _people(ctx, sink, line.start("rest"), line.end("rest"))
        found = False
        for person in people:
            m = _TITLE_AFTER.match(ctx.text, person.end, line.end("rest"))
            if m is None:
                continue
            title = " ".join(m.group("title").split())
            found |= role_link(
                ctx,
                sink,
                person,
                body.node_id,
                title,
                "role.roster",
                CONF_ROSTER,
                person.start,
                m.end("title"),
            )
        if found:
            read.append((line.start("rest"), line.end("rest")))
    return read

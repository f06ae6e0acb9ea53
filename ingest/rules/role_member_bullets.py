"""A group's members listed one per bullet, each with the organisation they come from.

Why: a page that says who sits in a steering group, a council or a network lists each
member on a bullet of their own, their title in brackets or after a comma and their
organisation beside it: "• Eva Ek (ordförande), Region Jämtland Härjedalen", "• Bo Berg,
kommunstyrelsen, ordförande", "• Cia Ceder, Region Halland - Ordförande" (invented
examples). The bullet itself says whose title it is and where: no sentence rule reads
it, as the line has no verb and no title before the name.

Rule role.member_bullet: a bullet line holding a name (a known given name first), a
title of the open list (in brackets after the name, or after a comma or dash), and an
organisation the page knows -> the person HOLDS_ROLE that title at that organisation;
a group's own office (ordförande, vice ordförande, sekreterare, ledamot) is held in the
group the list's intro names ("I folkhälsorådet ingår följande representanter:"), and
in none when the intro names none. A bullet without a title gives no role.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.language.segment import lines_above
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import role_link
from ingest.rules.role_titles import MEETING_ROLE, NAME, TITLE, is_given_name

__all__ = ["member_bullet_roles"]

CONF_MEMBER = 0.75

_SEP = r"[ \t]*(?:,|[\u2013-])[ \t]*"
_GROUPS = frozenset({OrganizationKind.FORUM, OrganizationKind.COMMITTEE})
_MARK = r"[•\*\-\u2013·▪]"
_BULLET_MARK = re.compile(rf"{_MARK}\s")
# "• Name (title), Org", "• Name, Org, title", "• Name, Org - Title"
_BULLET = re.compile(
    rf"^[ \t]*{_MARK}[ \t]+(?P<name>{NAME})"
    rf"(?:[ \t]*\((?P<bracket>(?i:{TITLE}))\){_SEP}(?P<org1>[^\n,()]{{3,80}}?)"
    rf"|{_SEP}(?P<org2>[^\n,()]{{3,80}}?){_SEP}(?P<after>(?i:{TITLE})))"
    r"[ \t.]*$",
    re.M,
)


def _person(ctx: Context, sink: FactSink, m: re.Match[str]) -> PersonHit | None:
    start, end = m.span("name")
    known = next((p for p in ctx.persons if p.start == start and p.end == end), None)
    if known is not None:
        return known
    if not is_given_name(m["name"].split()[0]):
        return None
    return add_person(ctx, sink, m["name"], None, start, end, "person.member_bullet", CONF_PATTERN)


def _group(ctx: Context, bullet: int) -> str | None:
    """The group (a forum or committee) the list's intro, the line above its bullets,
    names last."""
    for above in lines_above(ctx.text, bullet):
        line = ctx.text[above.start : above.end].strip()
        if line and not _BULLET_MARK.match(line):
            named = [a for a in ctx.actors if above.contains(a.start, a.end) and a.kind in _GROUPS]
            return named[-1].node_id if named else None
    return None


def member_bullet_roles(ctx: Context, sink: FactSink) -> list[tuple[int, int]]:
    """Read each member bullet; returns the lines read (their people take no other title)."""
    read: list[tuple[int, int]] = []
    for m in _BULLET.finditer(ctx.text):
        group = "org1" if m["org1"] is not None else "org2"
        org_start, org_end = m.span(group)
        body = next((a for a in ctx.actors if a.start == org_start and a.end == org_end), None)
        if body is None:
            continue
        person = _person(ctx, sink, m)
        if person is None:
            continue
        title = " ".join((m["bracket"] or m["after"]).split())
        held = _group(ctx, m.start()) if MEETING_ROLE.fullmatch(title) else body.node_id
        if held is None:
            continue
        if role_link(
            ctx,
            sink,
            person,
            held,
            title,
            "role.member_bullet",
            CONF_MEMBER,
            m.start("name"),
            m.end(),
        ):
            read.append((m.start(), m.end()))
    return read

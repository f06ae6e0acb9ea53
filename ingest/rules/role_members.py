"""Members a body is given where it is set up or elected: "Till ordförande valdes Eva Ek
(S)", "Följande valdes till ledamöter: Eva Ek (S) ...", "Ledamöter är Eva Ek (S), Bo Berg (M)".

Why apart from attendance lists (ingest.rules.role_lists): minutes list who sat at a
meeting, and their members are not roles the gold records; an election or a statement
of membership says who holds a seat on the body just named (the committee or forum
named last before the sentence, a bare "beredningen" too). Each listed name must carry
its party, so that only people are read.

- role.elected_inverted: "Till <title> valdes|utsågs <Name> (P)", and the copula
  inverted after a new holder's title: "Ny <title> blev|är <Name> (P)", "ny <title>
  <Name> (P)" in a run of such;
- role.members: "valdes|utsågs till ledamöter[ ...]:" or "ledamöter är|blir" and a
  run of "Name (P)" (commas, "och" or line breaks between) -> "Ledamot" at the body;
  a member who already holds a role at it keeps that one.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import role_link
from ingest.rules.role_titles import NAME, PARTY, TITLE, base_title, plausible_name

__all__ = ["member_roles"]

CONF_MEMBER = 0.75

_BODY_KINDS = ("committee", "forum")
# How far back the body "just named" may stand.
_REACH = 1500
_INVERTED = re.compile(
    rf"(?<![\wåäö])Till\s+(?:ny\s+)?(?P<title>{TITLE})\s+(?:valdes|utsågs|har\s+valts|"
    rf"har\s+utsetts)\s+(?P<name>{NAME}),?\s*(?:\((?P<party>{PARTY})\))?"
)
# The copula inverted after a new office-holder's title: "Ny ordförande blev Eva Ek (S),
# ny vice ordförande Bo Berg (M) och ny andre vice ordförande blev ..."; the verb may be
# left out in a run, the party must be stated.
_NEW_HOLDER = re.compile(
    rf"(?<![\wåäö])(?:[Nn]y|[Nn]yvald)\s+(?P<title>{TITLE})\s+(?:(?:blev|blir|är|har\s+blivit)\s+)?"
    rf"(?P<name>{NAME})\s*\((?P<party>{PARTY})\)"
)
_MEMBERS_CUE = re.compile(
    r"(?:(?:valdes|utsågs|väljs|har\s+valts|har\s+utsetts)\s+till\s+ledamöter"
    r"(?:\s+(?:för|i|av)\s+[^:\n.]{0,60})?\s*:|"
    r"(?<![\wåäö])[Ll]edamöter\s+(?:är|blir|blev)\s*:?)\s*"
)
_MEMBER = re.compile(rf"(?P<name>{NAME})\s*\((?P<party>{PARTY})\)")
_BETWEEN = re.compile(r"\s*(?:,|och|samt)?\s*")


def _body_before(ctx: Context, pos: int) -> ActorHit | None:
    before = [
        a
        for a in ctx.actors
        if a.kind.value in _BODY_KINDS and pos - _REACH <= a.start and a.end <= pos
    ]
    return before[-1] if before else None


def _person(
    ctx: Context, sink: FactSink, start: int, end: int, party: str | None, stop: int, rule: str
) -> PersonHit | None:
    known = next((p for p in ctx.persons if p.start == start and p.end >= end), None)
    if known is not None:
        return known
    if any(p.start < end and start < p.end for p in ctx.persons):
        return None
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", ctx.text[start:end])]
    if not plausible_name(ctx.text, words, party=party is not None):
        return None
    return add_person(ctx, sink, ctx.text[start:end], party, start, stop, rule, CONF_PATTERN)


def _holds_at(sink: FactSink, person: str, org: str) -> bool:
    return any(
        x.type is LinkType.HOLDS_ROLE and x.from_id == person and x.to_id == org
        for x in sink.links.values()
    )


def _inverted(ctx: Context, sink: FactSink) -> None:
    found = [*_INVERTED.finditer(ctx.text), *_NEW_HOLDER.finditer(ctx.text)]
    for m in sorted(found, key=lambda x: x.start()):
        body = _body_before(ctx, m.start())
        if body is None:
            continue
        stop = m.end() if m.group("party") else m.end("name")
        person = _person(
            ctx, sink, m.start("name"), m.end("name"), m.group("party"), stop,
            "person.elected_inverted",
        )  # fmt: skip
        if person is not None:
            title = base_title(m.group("title"))
            role_link(
                ctx, sink, person, body.node_id, title, "role.elected_inverted", CONF_MEMBER,
                m.start(), stop,
            )  # fmt: skip


def _members(ctx: Context, sink: FactSink) -> None:
    for cue in _MEMBERS_CUE.finditer(ctx.text):
        body = _body_before(ctx, cue.start())
        if body is None:
            continue
        pos = cue.end()
        while (m := _MEMBER.match(ctx.text, pos)) is not None:
            person = _person(
                ctx, sink, m.start("name"), m.end("name"), m.group("party"), m.end(),
                "person.member_list",
            )  # fmt: skip
            if person is not None and not _holds_at(sink, person.node_id, body.node_id):
                role_link(
                    ctx, sink, person, body.node_id, "ledamot", "role.members", CONF_MEMBER,
                    m.start(), m.end(),
                )  # fmt: skip
            pos = _BETWEEN.match(ctx.text, m.end()).end()  # type: ignore[union-attr]


def member_roles(ctx: Context, sink: FactSink) -> None:
    """Roles from elections and membership statements (see the module)."""
    _inverted(ctx, sink)
    _members(ctx, sink)
    ctx.persons.sort(key=lambda p: (p.start, p.end))

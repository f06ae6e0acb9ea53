"""Members a body is given where it is set up or elected: "Till ordförande valdes Eva Ek
(S)", "Följande valdes till ledamöter: Eva Ek (S) ...", "Ledamöter är Eva Ek (S), Bo Berg (M)".

Why apart from attendance lists (ingest.rules.role_lists): minutes list who sat at a
meeting, and their members are not roles the gold records; an election or a statement
of membership says who holds a seat on the body just named (the committee or forum
named last before the sentence, a bare "beredningen" too; on an association's own page,
with no body named, the association). Each listed name must carry its party, so that
only people are read; a new holder's with the copula stated may instead start with a
known given name.

- role.elected_inverted: "Till <title> valdes|utsågs <Name> (P)", and the copula
  inverted after a new holder's title: "Ny <title> [för 2024] blev|är <Name> [(P)]",
  "ny <title> <Name> (P)" in a run of such, the run going on after "och" or a comma
  ("... och vice ordförande är <Name>");
- role.elected_object: "valdes|valde|utsåg(s)|välja|utse <Name> [(P)] till|som [ny]
  [ordinarie] <title> i|för <body>": the body named right after the title; without one,
  a chair's or member's seat is on the body that elects ("Kommunstyrelsen valde X till
  ordförande"), but a seat "i <a body no rule read>" is on none.
  Further elections run on after "och|samt" or a comma: "... och Bo Berg (M) till vice
  ordförande", "... samt till ledamot i krisledningsnämnden" (the same person);
- role.members: "valdes|utsågs till ledamöter[ ...]:" or "ledamöter är|blir" and a
  run of "Name (P)" (commas, "och" or line breaks between) -> "Ledamot" at the body;
  a member who already holds a role at it keeps that one.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.decision_bodies import board_of
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import page_owner, role_link
from ingest.rules.role_titles import (
    MEETING_ROLE,
    NAME,
    PARTY,
    TITLE,
    base_title,
    plausible_name,
)

__all__ = ["member_roles", "named_person"]

CONF_MEMBER = 0.75

_BODY_KINDS = ("committee", "forum")
# How far back the body "just named" may stand.
_REACH = 1500
_INVERTED = compile_guarded(
    rf"(?<![\wåäö])Till\s+(?:ny\s+)?(?P<title>{TITLE})\s+(?:valdes|utsågs|har\s+valts|"
    rf"har\s+utsetts)\s+(?P<name>{NAME}),?\s*(?:\((?P<party>{PARTY})\))?"
)
# The copula inverted after a new office-holder's title: "Ny ordförande blev Eva Ek (S),
# ny vice ordförande Bo Berg (M) och ny andre vice ordförande blev ...", "Ny ordförande
# för 2024 är Eva Ek"; the title may name its term; without the verb (in a run) the
# party must be stated, without the party the verb and a known given name.
_TERM = r"(?:\s+för\s+(?:år\s+)?\d{4}(?:[-\u2013]\d{2,4})?)?"
_COPULA = r"(?:(?P<verb>blev|blir|är|har\s+blivit)\s+)?"
_HOLDER = rf"(?P<title>{TITLE}){_TERM}\s+{_COPULA}(?P<name>{NAME})(?:\s*\((?P<party>{PARTY})\))?"
_NEW_HOLDER = compile_guarded(rf"(?<![\wåäö])(?:[Nn]y|[Nn]yvald)\s+{_HOLDER}")
# The run goes on after "och" or a comma: "... och vice ordförande är Bo Berg".
_NEXT_HOLDER = re.compile(rf"\s*(?:,|och|samt)\s+(?:(?:ny|nyvald)\s+)?{_HOLDER}")
# "Eva Ek från Täby kommun": where the holder comes from, not the office's body.
_FROM = re.compile(r"\s+från\s+")
# Without a party the name must be the whole complement: the clause ends, or goes on with
# where the holder comes from or the next holder ("... blev Eva Ek efter en debatt": no).
_COMPLEMENT_END = re.compile(r"\s*(?:[.,;:!?\n]|$)|\s+(?:från|och|samt)\s")
_OBJECT = re.compile(
    rf"\b(?P<verb>valdes|valde|väljer|välja|utsågs|utsåg|utser|utse|har\s+valt|har\s+utsett)"
    rf"\s+(?P<name>{NAME})\s*(?:\((?P<party>{PARTY})\)\s*|\s)(?:till|som)\s+"
    rf"(?:ny\s+|nytt\s+)?(?:ordinarie\s+)?(?P<title>{TITLE})"
)
# "... och Bo Berg (M) till vice ordförande", "... samt till ledamot i X", "... och vice
# ordförande i X": the next one.
_NEXT_OBJECT = re.compile(
    rf"\s*:?\s*(?:,|och|samt)\s+(?:(?P<name>{NAME})\s*(?:\((?P<party>{PARTY})\)\s*|\s)(?:till|som)\s+"
    rf"|(?:till\s+)?)(?:ny\s+|nytt\s+)?(?:ordinarie\s+)?(?P<title>{TITLE})"
)
_IN_BODY = re.compile(r"\s+(?:i|för)\s+")
# The body that elects is the subject of an active verb: "Kommunstyrelsen valde ...".
_ACTIVE = ("valde", "väljer", "utsåg", "utser")
_MEMBERS_CUE = compile_guarded(
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


def named_person(
    ctx: Context, sink: FactSink, start: int, end: int, party: str | None, stop: int, rule: str
) -> PersonHit | None:
    """The person named at [start, end): the one already read there, else a new one if
    the words read as a name (with its party, any first word; else a known given name)."""
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


def _holders(ctx: Context) -> list[re.Match[str]]:
    """Each new holder's statement and the ones its run goes on with."""
    out: list[re.Match[str]] = []
    for first in _NEW_HOLDER.finditer(ctx.text):
        m: re.Match[str] | None = first
        while m is not None and (
            m.group("party") or (m.group("verb") and _COMPLEMENT_END.match(ctx.text, m.end()))
        ):
            out.append(m)
            pos = m.end()
            if (came := _FROM.match(ctx.text, pos)) is not None:
                actor = next((a for a in ctx.actors if a.start == came.end()), None)
                pos = actor.end if actor is not None else pos
            m = _NEXT_HOLDER.match(ctx.text, pos)
    return out


def _association_body(ctx: Context, sink: FactSink) -> str | None:
    """On an association's own page its board's officers are the association's."""
    owner = page_owner(ctx)
    node = sink.nodes.get(owner) if owner else None
    kind = getattr(node, "kind", None)
    return owner if kind is OrganizationKind.MUNICIPAL_ASSOCIATION else None


def _inverted(ctx: Context, sink: FactSink) -> None:
    found = [*_INVERTED.finditer(ctx.text), *_holders(ctx)]
    for m in sorted(found, key=lambda x: x.start()):
        hit = _body_before(ctx, m.start())
        body = hit.node_id if hit is not None else _association_body(ctx, sink)
        if body is None:
            continue
        stop = m.end() if m.group("party") else m.end("name")
        person = named_person(
            ctx, sink, m.start("name"), m.end("name"), m.group("party"), stop,
            "person.elected_inverted",
        )  # fmt: skip
        if person is not None:
            title = base_title(m.group("title"))
            role_link(
                ctx, sink, person, body, title, "role.elected_inverted", CONF_MEMBER,
                m.start(), stop,
            )  # fmt: skip


def _elected_objects(ctx: Context, sink: FactSink) -> None:
    for m in _OBJECT.finditer(ctx.text):
        electing = _electing_body(ctx, m) if m.group("verb") in _ACTIVE else None
        person: PersonHit | None = None
        earlier: ActorHit | None = None  # "X till ordförande för valberedningen och Y till vice"
        for hit in [m, *_next_objects(ctx, m.end())]:
            if hit.group("name") or person is None:
                stop = hit.end("party") + 1 if hit.group("party") else hit.end("name")
                person = named_person(
                    ctx, sink, hit.start("name"), hit.end("name"), hit.group("party"), stop,
                    "person.elected_object",
                )  # fmt: skip
            title = base_title(hit.group("title"))
            into = _IN_BODY.match(ctx.text, hit.end())
            body = next((a for a in ctx.actors if into and a.start == into.end()), None)
            if body is None and into is not None:
                continue  # "ledamot i <a body not read>": not the electing body's seat
            if body is None and electing is not None and MEETING_ROLE.fullmatch(title):
                body = electing
            if body is None and electing is None and MEETING_ROLE.fullmatch(title):
                # "Vid mötet valdes A (S) till förste vice ordförande": the meeting's body
                held = meeting_before(ctx, hit.start(), dated=False)
                body = earlier or (board_of(ctx, sink, held.body) if held and held.body else None)
            earlier = body or earlier
            if person is None or body is None:
                continue
            role_link(
                ctx, sink, person, body.node_id, title,
                "role.elected_object", CONF_MEMBER, hit.start(), max(body.end, hit.end()),
            )  # fmt: skip


def _next_objects(ctx: Context, pos: int) -> list[re.Match[str]]:
    """The elections coordinated after one ending at pos (its body skipped)."""
    found: list[re.Match[str]] = []
    while True:
        into = _IN_BODY.match(ctx.text, pos)
        body = next((a for a in ctx.actors if into and a.start == into.end()), None)
        m = _NEXT_OBJECT.match(ctx.text, body.end if body else pos)
        if m is None:
            return found
        found.append(m)
        pos = m.end()


def _electing_body(ctx: Context, m: re.Match[str]) -> ActorHit | None:
    """The committee or forum that is the subject of the electing verb, in its sentence."""
    sentence = ctx.sentence_of(m.start())
    start = sentence.start if sentence else max(0, m.start() - 200)
    before = [
        a
        for a in ctx.actors
        if a.kind.value in _BODY_KINDS and start <= a.start and a.end <= m.start()
    ]
    return before[-1] if before else None


def _members(ctx: Context, sink: FactSink) -> None:
    for cue in _MEMBERS_CUE.finditer(ctx.text):
        body = _body_before(ctx, cue.start())
        if body is None:
            continue
        pos = cue.end()
        while (m := _MEMBER.match(ctx.text, pos)) is not None:
            person = named_person(
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
    _elected_objects(ctx, sink)
    _members(ctx, sink)
    ctx.persons.sort(key=lambda p: (p.start, p.end))

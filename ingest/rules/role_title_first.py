"""A role stated title first, with its body, the holder after the verb: "Ordförande i
socialnämnden är Erik Holm (C)", "Ny ordförande i tekniska nämnden blir Sven Ås (M)",
"Till ny ordförande i byggnadsnämnden valdes Eva Ros (L)", "Kommunstyrelsens ordförande
är Maria Lund (S)".

Why apart from ingest.rules.role_members: there the body is the one named before the
sentence; here the sentence names it, between the title and the verb (or in the
genitive before the title), and the role is held there. The sentence must open with the
statement, and the holder's party must be stated or the name start with a known given
name and end the clause.

Rule role.title_first (persons: person.title_first).
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.rules.page_head import opens_sentence
from ingest.rules.role_common import role_link
from ingest.rules.role_members import named_person
from ingest.rules.role_titles import NAME, PARTY, TITLE, base_title, head_words

__all__ = ["title_first_roles"]

CONF_TITLE_FIRST = 0.75

_NEW = r"(?:(?:[Nn]y|[Nn]yvald|[Nn]ya)\s+)?"
# "Till (ny) <title> i ", "(Ny) <title> i|för ": the body follows.
# ("Till ersättare|ledamöter i X valdes A (C) och B (V)": titles of many holders)
_LEAD = re.compile(
    rf"(?P<till>Till\s+)?{_NEW}(?P<title>{TITLE}|ersättare|ledamöter)\s+(?:i|för)\s+", re.I
)
# "<Body>s (nya) <title> är": the body before, in the genitive.
_AFTER_GENITIVE = re.compile(rf"\s+{_NEW}(?P<title>{TITLE})\s+(?=är|blir|blev|har\s+blivit)", re.I)
_ELECTED = re.compile(r"\s+(?:valdes|utsågs|väljs|utses|har\s+valts|har\s+utsetts)\s+")
_COPULA = re.compile(r"\s*(?:är|blir|blev|har\s+blivit)\s+")
# ("Rolf Ek (s) Ljungaverk": old minutes write the party in lower case)
_HOLDER = re.compile(rf"(?P<name>{NAME})(?:\s*\((?P<party>(?i:{PARTY}))\))?")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\n]|$)")


def _actor_at(ctx: Context, pos: int) -> ActorHit | None:
    return next((a for a in ctx.actors if a.start == pos and not a.anaphoric), None)


# Where a lead may end its title: a title head, or a plural holders' word, before "i|för".
_GOES_ON = re.compile(r"\s+(?:i|för)\s")
_PLURAL = re.compile(r"(?:ersättare|ledamöter)(?=\s+(?:i|för)\s)", re.I)


def _leads(text: str) -> list[re.Match[str]]:
    """The leads, found only around the words that can end their title (a scan of the
    whole text with the title pattern costs more than all of this rule's other work)."""
    ends = {e for _, e in head_words(text) if _GOES_ON.match(text, e)}
    ends |= {m.end() for m in _PLURAL.finditer(text)}
    found: dict[int, re.Match[str]] = {}
    for end in sorted(ends):
        for m in _LEAD.finditer(text, max(0, end - 90), min(len(text), end + 12)):
            if m.end("title") == end:
                found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]


def _statements(ctx: Context) -> list[tuple[int, ActorHit, str, re.Match[str]]]:
    """(start, body, title, holder match) of each statement."""
    found = []
    for m in _leads(ctx.text):
        body = _actor_at(ctx, m.end())
        if body is None or not opens_sentence(ctx, m.start()):
            continue
        verb = (_ELECTED if m["till"] else _COPULA).match(ctx.text, body.end)
        holder = _HOLDER.match(ctx.text, verb.end()) if verb else None
        if holder is not None:
            found.append((m.start(), body, m["title"], holder))
    for body in ctx.actors:
        if not ctx.text[body.start : body.end].endswith("s") or body.anaphoric:
            continue
        after = _AFTER_GENITIVE.match(ctx.text, body.end)
        if after is None or not opens_sentence(ctx, body.start):
            continue
        verb = _COPULA.match(ctx.text, after.end())
        holder = _HOLDER.match(ctx.text, verb.end()) if verb else None
        if holder is not None:
            found.append((body.start, body, after["title"], holder))
    return found


# ", Annie Pettersson (V) och Sven Lokander (M)": more holders elected to the title.
_MORE = re.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")


def _listed(ctx: Context, first: re.Match[str]) -> list[re.Match[str]]:
    """The first holder and, if it has its party, each next one with a party of its own
    ("Till ersättare i X valdes A (C), B (V) och C (M)")."""
    holders = [first]
    while holders[-1]["party"] is not None:
        sep = _MORE.match(ctx.text, holders[-1].end())
        nxt = _HOLDER.match(ctx.text, sep.end()) if sep else None
        if nxt is None or nxt["party"] is None:
            break
        holders.append(nxt)
    return holders


def title_first_roles(ctx: Context, sink: FactSink) -> None:
    """HOLDS_ROLE for each title-first statement whose holder reads as a person."""
    for start, body, title, first in _statements(ctx):
        for holder in _listed(ctx, first):
            _hold(ctx, sink, start, body, title, holder)


def _hold(
    ctx: Context, sink: FactSink, start: int, body: ActorHit, title: str, holder: re.Match[str]
) -> None:
    party = holder["party"]
    if party is None and not _CLAUSE_END.match(ctx.text, holder.end("name")):
        return  # without a party the name must end the clause
    person = named_person(
        ctx, sink, holder.start("name"), holder.end("name"), party, holder.end(),
        "person.title_first",
    )  # fmt: skip
    if person is None:
        return
    role_link(
        ctx, sink, person, body.node_id, _singular(base_title(title)), "role.title_first",
        CONF_TITLE_FIRST, start, holder.end(),
    )  # fmt: skip


def _singular(title: str) -> str:
    return "Ledamot" if title.lower() == "ledamöter" else title

"""Who funds an initiative by granting or co-funding it, where the initiative stands
further from the verb than ingest.rules.initiative_funding reads.

Why: funding news name the granting body once and its projects after ("Nämnden
beslutade att bevilja sex projekt ... Bland projekten finns A och B"), or the project
late in the clause ("Regionen medfinansierar nu ett EU-projekt som heter ”X”"). Invented
examples; rule initiative.funds.grant:

- a sentence whose subject (the first organisation, before the verb) grants or
  co-funds (beviljar, beviljade, att bevilja, medfinansierar, att medfinansiera,
  finansierar, delar ut, fördelar) FUNDS each initiative named after the verb in that
  sentence, or referred back to there ("kommer att medfinansiera projektet");
- when that sentence names no initiative and grants to projects in the plural ("sex
  projekt", "nio utvecklingsprojekt"), the initiatives of the next sentences of its
  paragraph that list projects ("Bland projekten finns", "beviljade projekt är") are
  the ones funded;
- a programme the projects belong to (", som ingår i X", "inom ramen för X") is not;
- "X har fått beviljat ... från Y": Y granted it, not X.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.initiative_links import initiative_targets, link_initiative

__all__ = ["granted_initiatives"]

_RULE = "initiative.funds.grant"
_GRANT = re.compile(
    r"\b(?:beviljar|beviljade|bevilja|beviljat|(?:med|sam)?finansiera(?:r|de)?|"
    r"delar\s+ut|delade\s+ut|fördelar|fördelade)\b"
)
_PROJECTS = re.compile(
    r"\b(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\s+[a-zåäö]*projekt\b"
)
_LISTING = re.compile(
    r"\b(?:projekten\s+(?:finns|märks|är|heter)|beviljade\s+projekt(?:en)?\s+(?:är|var))\b"
)


# "har fått beviljat ... från Vinnova": the subject received the grant.
_RECEIVED = re.compile(r"\b(?:fått|fick|får)\s+$")
_FROM = re.compile(r"\bfrån\s+")
# "..., som ingår i programmet X": what the projects belong to is not what is granted.
_PART_OF = re.compile(r",?\s+som\s+(?:ingår|är\s+en\s+del)\s+i\b|\s+inom\s+ramen\s+för\b")


def _upto_part_of(ctx: Context, span: Span, start: int) -> int:
    m = _PART_OF.search(ctx.text, start, span.end)
    return m.start() if m else span.end


def _paragraph_end(ctx: Context, pos: int) -> int:
    end = ctx.text.find("\n\n", pos)
    return len(ctx.text) if end < 0 else end


def granted_initiatives(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    text = ctx.text
    grant = _GRANT.search(text, sentence.start, sentence.end)
    if grant is None:
        return
    subject = next((a for a in ctx.actors_in(sentence) if a.end <= grant.start()), None)
    if _RECEIVED.search(text, max(sentence.start, grant.start() - 20), grant.start()):
        # "X har fått beviljat 1,8 miljoner kronor från Vinnova": the grantor is after "från".
        source = _FROM.search(text, grant.end(), sentence.end)
        subject = next(
            (a for a in ctx.actors_in(sentence) if source and a.start == source.end()), None
        )
    if subject is None or subject.anaphoric:
        return
    cut = _upto_part_of(ctx, sentence, grant.end())
    named = [i for at, i in initiative_targets(ctx, sentence) if grant.end() <= at < cut]
    for ini in named:
        link_initiative(sink, LinkType.FUNDS, subject.node_id, ini, sentence, _RULE)
    if named or not _PROJECTS.search(text, grant.end(), sentence.end):
        return
    stop = _paragraph_end(ctx, sentence.end)
    for later in ctx.sentences[index + 1 :]:
        if later.start >= stop:
            break
        if _LISTING.search(text, later.start, later.end) is None:
            continue
        cut = _upto_part_of(ctx, later, later.start)
        for ini in (i for i in ctx.initiatives_in(later) if i.start < cut):
            link_initiative(sink, LinkType.FUNDS, subject.node_id, ini, later, _RULE)

"""Coordination stated as a role or a responsibility, with the document further on.

Why beyond ingest.rules.coordination_rules, whose cues need the document right after
them: pages put the work, a second object or a list of tasks between the role and the
document (invented examples): "Nämnden har det övergripande ansvaret för energifrågorna
och för uppföljningen av denna policy", "Myndigheten får en samordnande roll i arbetet
med strategin", "Det hör till Region Xs ansvar att utarbeta, samordna och utvärdera
strategin", "Regionen är ansvarig för att programmet blir verklighet", "gav nämnden i
uppdrag att samordna arbetet med en ny handlingsplan".

Rule coordinates.role: a role cue (övergripande, samordnande or huvudansvar; "ansvarig
för"; a samordnande, sammanhållande or koordinerande roll; "uppdrag att samordna";
"ansvar att ... samordna"; "samordna genomförandet") held by the organisation named
last before it, a few words back in its clause (the subject, or the genitive of
"Region Xs ansvar", or the receiver of "gav X i uppdrag"), and aimed at the first
document or initiative after it in the same clause, with no other organisation in
between. A negated cue ("har inte ansvaret") states no role.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.document_words import NOUNS, kind_of
from ingest.rules.main_document import main_document

__all__ = ["role_coordination"]

CONF_ROLE = 0.7

_CUE = compile_guarded(
    r"\b(?:(?:det\s+)?(?:övergripande|samordnande|sammanhållande|yttersta)\s+ansvar(?:et)?"
    r"|huvudansvar(?:et)?|ansvarig\s+för"
    r"|(?:samordnande|sammanhållande|koordinerande)\s+roll(?:en)?"
    r"|uppdrag(?:et)?\s+att\s+(?:leda\s+och\s+)?(?:samordna|koordinera)"
    r"|ansvar(?:et)?\s+att\s+(?:[\wåäö]+,?\s+){0,4}?samordna"
    r"|samordna(?:r)?\s+genomförandet)\b",
    re.I,
)
# Between the holder and its cue: a verb and a few words ("har det", "får en central
# och", "är", "i uppdrag att"), or nothing but the genitive's "s" ("Region Xs ansvar").
_HOLDER_GAP = re.compile(
    r"(?:s|:s)?\s+(?:(?:har|hade|får|fick|ska\s+ha|har\s+fått|är|blir|var|ges|gavs)\s+)?"
    r"(?:[\wåäö-]+\s+){0,4}?(?:i\s+)?",
    re.I,
)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|inget|ingen)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?]\s|\s(?:men|medan|eftersom)\s|$")
_MAX_GAP_WORDS = 12
# "denna policy", "detta program": the page's own document, when its kind is the noun's.
_DEMONSTRATIVE = re.compile(
    r"\b(?:denna|detta|dessa)\s+(?P<noun>[\wåäö-]*(?:" + "|".join(NOUNS) + r"))\b", re.I
)


def _holder(ctx: Context, sentence: Span, cue: re.Match[str]) -> ActorHit | None:
    before = [a for a in ctx.actors_in(Span(sentence.start, cue.start())) if a.end <= cue.start()]
    if not before:
        return None
    actor = before[-1]
    gap = ctx.text[actor.end : cue.start()]
    if cue.group(0).lower().startswith("uppdrag") and not gap.strip():
        # "Länsstyrelsen har regeringens uppdrag att samordna": the genitive gave it.
        if len(before) < 2:
            return None
        actor = before[-2]
        gap = ctx.text[actor.end : before[-1].start] + "i "
    if not _HOLDER_GAP.fullmatch(gap) or _NEGATION.search(gap):
        return None
    return actor


def _target(ctx: Context, sentence: Span, cue: re.Match[str]) -> str | None:
    """The first document or initiative after the cue in its clause, no organisation
    between them."""
    end = _CLAUSE_END.search(ctx.text, cue.end(), sentence.end)
    stop = end.start() if end else sentence.end
    clause = Span(cue.end(), stop)
    found = [(d.start, d.node_id) for d in ctx.documents_in(clause)]
    found += [(i.start, i.node_id) for i in ctx.initiatives_in(clause)]
    this = _DEMONSTRATIVE.search(ctx.text, clause.start, clause.end)
    main = main_document(ctx) if this else None
    if this and main is not None and main.document.kind is kind_of(this.group("noun")):
        found.append((this.start(), main.node_id))
    if not found:
        return None
    start, node = min(found)
    if ctx.actors_in(Span(cue.end(), start)):
        return None  # "ansvarig för att stödja kommunerna i arbetet med planen"
    if len(ctx.text[cue.end() : start].split()) > _MAX_GAP_WORDS:
        return None
    return node


def role_coordination(ctx: Context, sink: FactSink) -> None:
    known = {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.COORDINATES}
    for sentence in ctx.sentences:
        for cue in _CUE.finditer(ctx.text, sentence.start, sentence.end):
            holder = _holder(ctx, sentence, cue)
            target = _target(ctx, sentence, cue) if holder is not None else None
            if holder is None or target is None or (holder.node_id, target) in known:
                continue
            known.add((holder.node_id, target))
            sink.link(
                LinkType.COORDINATES,
                holder.node_id,
                target,
                sentence.start,
                sentence.end,
                "coordinates.role",
                CONF_ROLE,
            )

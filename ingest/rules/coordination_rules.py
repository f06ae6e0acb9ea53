"""Who coordinates a document or an initiative: COORDINATES from responsibility wording.

Why beyond ingest.rules.extract_followup: pages state coordination as a responsibility
or an assignment, not only with "samordnar arbetet med": "Länsstyrelsen har det
övergripande ansvaret för strategin", "Enheten har huvudansvaret för
handlingsplanen", "Myndigheten har i uppdrag att samordna genomförandet av
programmet", "Vi samordnar arbetet inom projektet", "Projektet samordnas av
Region X".

Rules (each quotes its sentence):
- coordinates.ansvar: "<org> har (det) övergripande|samordnande|huvudansvar(et) för
  <target>" (also through "genomförandet av", "arbetet med").
- coordinates.uppdrag_att_samordna: "<org> har (fått) (regeringens) (i) uppdrag(et)
  att samordna <target>", "<org> är ansvarig för att samordna <target>".
- coordinates.ansvarar: "<org> (har) ansvarar|ansvarat för <initiative>" (an initiative
  only: responsibility for a document may be for its adoption or a part of it).
- coordinates.samordnar: "<org> samordnar (även) <target>", also "samordnar
  arbetet med|inom|vid <target>"; "Vi" opening the sentence is the page's publisher.
- coordinates.samordnas_av: "<target> samordnas|leds av <org>" (each of "A och B"; "ska
  ledas av en styrgrupp under ledning av <org>" too), also
  "Uppdraget att ta fram <target> kommer från X och samordnas av A och B".
- coordinates.ska_samordna: "<org>(, <aside>,) ska|kommer att samordna|koordinera (och
  följa upp) <target>".
The target is a document or an initiative named right after the cue (a short
gap only); nothing is linked when the sentence names none there.
- coordinates.bare: "<org> samordnar|leder (även) arbetet|åtgärderna|insatserna." (at the
  sentence's or line's end, or before "på uppdrag av"; "kommer att samordna det
  fortsatta arbetet med ett genomförande" too; also "har (regeringens)
  uppdrag att samordna arbetet", "leder arbetet på övergripande nivå") and "<org> ska
  ... öka|verka för (nationell) samordning(en)", where no target follows the cue: the one
  document or
  initiative the sentence names, else the page's single initiative (or, with none, its
  single document). The organisation is the last one named before the cue, not in the
  genitive ("regeringens uppdrag").
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.clause_parts import listed_actors
from ingest.rules.coordination_roles import role_coordination

__all__ = ["extract_coordination"]

CONF_COORDINATES = 0.75

# What may stand between the cue and the target: "genomförandet av", "arbetet med".
_WORK = (
    r"(?:(?:genomförandet|arbetet|implementeringen|samordningen)\s+(?:av|med|inom|vid|kring)\s+)?"
)
_ANSVAR = re.compile(
    r"\s+(?:har|hade|får|fick|ska\s+ha)\s+(?:det\s+)?"
    r"(?:(?:övergripande|samordnande|yttersta)\s+ansvar(?:et)?|huvudansvar(?:et)?)\s+för\s+" + _WORK
)
_UPPDRAG = re.compile(
    r"\s+(?:(?:har|hade|får|fick)\s+(?:fått\s+)?(?:\w+s\s+)?(?:i\s+)?uppdrag(?:et)?"
    # "är ansvarig för att samordna"
    r"|(?:är|var)\s+ansvarig(?:a)?\s+för)\s+att\s+(?:leda\s+och\s+)?samordna\s+" + _WORK
)
# "Naturvårdsverket har ansvarat för Klimatklivet": running an initiative (not a document,
# whose responsibility may be the adoption or a part of the work).
_ANSVARAR = re.compile(r"\s+(?:har\s+|hade\s+)?(?:ansvarar|ansvarade|ansvarat)\s+för\s+" + _WORK)
_SAMORDNAR = re.compile(r"\s+(?:leder\s+och\s+)?samordnar\s+(?:även\s+|också\s+)?" + _WORK)
# "X, genom en samverkansgrupp, ska koordinera och följa upp programmet": a modal cue
# after the subject and its comma-set aside.
_SKA_SAMORDNA = re.compile(
    r"(?:,[^,.;:]{1,120},)?\s+(?:ska|skall|kommer\s+att)\s+(?:samordna|koordinera)"
    r"(?:\s+och\s+(?:följa\s+upp|leda|driva))?\s+" + _WORK
)
# "samordnas av X", "leds av X", "kommer att ledas av en styrgrupp under ledning av X"
_SAMORDNAS_AV = re.compile(
    r"\s+(?:(?:ska|skall|kommer\s+att)\s+(?:samordnas|ledas)|samordnas|leds)\s+(?:\w+\s+)?av\s+"
    r"(?:en\s+[\wåäö]+\s+under\s+ledning\s+av\s+)?"
)
# A cheap test of a sentence first.
_ANY_CUE = compile_guarded(
    r"ansvar|samordn|koordiner|"
    r"led(?:er|a)\s+arbetet|leds|ledas",
    re.I,
)
_VI = re.compile(r"Vi\b")
_ARTICLE = re.compile(r"(?:den|det|de)\s+")
_LOCATED = re.compile(r"\s+(?:på|vid|inom)\s+")


# "Uppdraget att ta fram en nationell plan kom från regeringen och samordnas av X och Y":
# the task of making the document is coordinated, so the document is.
_TASK_SUBJECT = re.compile(
    r"\W*(?:Uppdraget|Arbetet)\s+(?:med\s+)?(?:att\s+)?(?:ta\s+fram|arbeta\s+fram|utarbeta|ta\s+fram)?\s*"
    r"(?:en\s+|ett\s+|den\s+|det\s+)?(?:[a-zåäö]+\s+){0,2}$"
)
_THEN_COORDINATED = re.compile(r"[^.;]{0,60}?\boch\s+samordnas\s+(?:\w+\s+)?av\s+")


def _task_coordinated(
    ctx: Context, sentence: Span, targets: list[tuple[int, int, str]], end: int
) -> re.Match[str] | None:
    first = targets[0]
    if first[1] != end or not _TASK_SUBJECT.fullmatch(ctx.text, sentence.start, first[0]):
        return None
    return _THEN_COORDINATED.match(ctx.text, end, sentence.end)


def _targets(ctx: Context, sentence: Span) -> list[tuple[int, int, str]]:
    """(start, end, node id) of the documents and initiatives named in the sentence."""
    found = [(d.start, d.end, d.node_id) for d in ctx.documents_in(sentence)]
    found += [(i.start, i.end, i.node_id) for i in ctx.initiatives_in(sentence)]
    return sorted(found)


def _at(targets: list[tuple[int, int, str]], ctx: Context, pos: int) -> str | None:
    """The target starting at pos (after an optional article)."""
    article = _ARTICLE.match(ctx.text, pos)
    starts = {pos, article.end() if article else pos}
    return next((node for start, _, node in targets if start in starts), None)


def _link(sink: FactSink, actor_id: str, target: str | None, sentence: Span, rule: str) -> None:
    if target is not None:
        sink.link(
            LinkType.COORDINATES,
            actor_id,
            target,
            sentence.start,
            sentence.end,
            rule,
            CONF_COORDINATES,
        )


def _located(
    ctx: Context, actors: list[ActorHit], sentence: Span
) -> list[tuple[ActorHit, ActorHit]]:
    """(unit, organisation) for each "<unit> på|vid|inom <organisation>" of the sentence."""
    by_start = {a.start: a for a in actors}
    pairs = []
    for a in actors:
        at = _LOCATED.match(ctx.text, a.end, sentence.end)
        owner = by_start.get(at.end()) if at else None
        if owner is not None:
            pairs.append((a, owner))
    return pairs


def unit_owners(ctx: Context, actors: list[ActorHit], sentence: Span) -> dict[int, ActorHit]:
    """The organisations a unit is said to be at ("Folkhälsoenheten på regionen"), by
    start: no subject of a verb that follows them."""
    return {owner.start: owner for _, owner in _located(ctx, actors, sentence)}


def _subjects(ctx: Context, sentence: Span) -> list[tuple[int, str]]:
    """(end offset, node id) of each organisation that may open a cue: the actors
    named in the sentence, and the publisher for a sentence opening with "Vi"."""
    actors = ctx.actors_in(sentence)
    # "Enheten för X på Länsstyrelsen Dalarna har huvudansvaret": the unit is the subject,
    # not the organisation it is at.
    located = _located(ctx, actors, sentence)
    owners = {owner.start for _, owner in located}
    found = [(a.end, a.node_id) for a in actors if a.start not in owners]
    found += [(owner.end, unit.node_id) for unit, owner in located]
    vi = _VI.match(ctx.text, sentence.start, sentence.end)
    site: ActorHit | None = ctx.site_actor() if vi else None
    if vi and site is not None:
        found.append((vi.end(), site.node_id))
    return found


# "samordnar arbetet." (the work at hand), "öka samordningen", "verka för nationell samordning"
_BARE = re.compile(
    r"\b(?:(?:leder\s+och\s+)?(?:samordnar|samordna|leder|leda)\s+(?:även\s+|också\s+)?"
    r"(?:det\s+(?:fortsatta|gemensamma|övergripande)\s+)?(?:arbetet|åtgärderna|insatserna)"
    # "samordna det fortsatta arbetet med ett genomförande": the work on the document
    r"(?:\s+med\s+(?:ett\s+|att\s+)?(?:genomförande(?:t)?|implementering(?:en)?))?"
    # "samordnar arbetet på uppdrag av regeringen": whose assignment it is, no target
    r"(?=\s*[.;,]|\s+och\b|\s+på\s+(?:övergripande|regional|nationell|lokal)\s+nivå"
    r"|\s+på\s+uppdrag\s+av\b|[ \t]*(?:\n|$))"
    r"|(?:samordna|öka|stärka|verka\s+för|ansvara\s+för|ansvarar\s+för)\s+(?:den\s+|en\s+)?"
    r"(?:nationella?\s+|regionala?\s+|övergripande\s+)?samordning(?:en)?\b)"
)
# Between the subject and the cue: a giving verb makes the subject the giver, and taking
# part in someone's coordination is no coordinating.
_NOT_SUBJECT = re.compile(r"\b(?:ger|gav|gett|uppdrar|uppdrog|medverka|delta|bidra)\b")


_FINITE = re.compile(
    r"\s+(?:har|hade|ska|skall|kommer|är|var|får|fick|bör|kan|vill|samordnar|leder|ansvarar)\b"
)


def _genitive(ctx: Context, actor: ActorHit) -> bool:
    """ "regeringens (uppdrag)": a name in the genitive is no subject."""
    return ctx.text[actor.end - 1] == "s" and not _FINITE.match(ctx.text, actor.end)


def _page_target(ctx: Context) -> str | None:
    """The page's single initiative, or with none its single document."""
    initiatives = {i.node_id for i in ctx.initiatives}
    if initiatives:
        return next(iter(initiatives)) if len(initiatives) == 1 else None
    documents = {d.node_id for d in ctx.documents}
    return next(iter(documents)) if len(documents) == 1 else None


def _bare(ctx: Context, sink: FactSink, sentence: Span) -> None:
    cue = _BARE.search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        return
    before = [a for a in ctx.actors_in(Span(sentence.start, cue.start())) if not _genitive(ctx, a)]
    if not before or _NOT_SUBJECT.search(ctx.text, before[-1].end, cue.start()):
        return
    named = {node for _, _, node in _targets(ctx, sentence)}
    target = next(iter(named)) if len(named) == 1 else None if named else _page_target(ctx)
    _link(sink, before[-1].node_id, target, sentence, "coordinates.bare")


def extract_coordination(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        if not _ANY_CUE.search(ctx.text, sentence.start, sentence.end):
            continue
        _bare(ctx, sink, sentence)
        targets = _targets(ctx, sentence)
        if not targets:
            continue
        for end, actor_id in _subjects(ctx, sentence):
            for pattern, rule in (
                (_ANSVAR, "coordinates.ansvar"),
                (_UPPDRAG, "coordinates.uppdrag_att_samordna"),
                (_SAMORDNAR, "coordinates.samordnar"),
                (_SKA_SAMORDNA, "coordinates.ska_samordna"),
            ):
                m = pattern.match(ctx.text, end, sentence.end)
                if m:
                    _link(sink, actor_id, _at(targets, ctx, m.end()), sentence, rule)
            run = _ANSVARAR.match(ctx.text, end, sentence.end)
            target = _at(targets, ctx, run.end()) if run else None
            if target is not None and target.startswith("Initiative:"):
                _link(sink, actor_id, target, sentence, "coordinates.ansvarar")
        for _start, end, node in targets:
            m = _SAMORDNAS_AV.match(ctx.text, end, sentence.end) or _task_coordinated(
                ctx, sentence, targets, end
            )
            if m is None:
                continue
            # "samordnas av Socialstyrelsen och Folkhälsomyndigheten": each listed body.
            # (a bare "länsstyrelsen" of the page's county alone, which the list skips)
            bare = [a for a in ctx.actors_in(sentence) if a.start == m.end()]
            for actor in listed_actors(ctx, m.end(), sentence) or bare:
                _link(sink, actor.node_id, node, sentence, "coordinates.samordnas_av")
    role_coordination(ctx, sink)  # a role or responsibility, the document further on

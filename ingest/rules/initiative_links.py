"""What the initiative relation rules share: linking, the latest initiative, actor lists."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.sv.stop_words import STOP_WORDS

from graph.edges import LinkType
from graph.nodes import Initiative
from ingest import ids
from ingest.context import ActorHit, Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span

CONF_RELATION = 0.8
CONF_PAGE = 0.6
ANAPHOR_NOUN = compile_guarded(
    r"\b(?:[Vv]erksamheten|[Pp]rojektet|[Nn]ätverket|[Ss]atsningen|[Ss]amarbetet|[Ii]nitiativet|"
    r"[Cc]entret|[Cc]entrumet|[Pp]otten|[Ff]onden|[Ff]örstudien)\b"
)
_BLANKS = re.compile(r"[ \t]*")


# Swedish main clauses put the finite verb second: a fronted adverbial ("Totalt",
# "Sedan 2020", "I dag") and the verb come before the subject.
_INVERTED = re.compile(
    r"(?:[A-ZÅÄÖ][a-zåäö]*|I)(?:\s+[a-zåäö0-9][\wåäö]*){0,2}\s+"
    r"(?:har|hade|är|var|ska|skulle|kommer|kan|får|fick|leds|drivs|finansieras|samordnas|"
    r"genomförs)\s+(?=(?:[Pp]rojektet|[Vv]erksamheten|[Ss]atsningen|[Nn]ätverket|[Ss]amarbetet|"
    r"[Ii]nitiativet)\b)"
)


def mention_initiative(
    sink: FactSink,
    name: str,
    start: int,
    end: int,
    rule: str,
    conf: float,
    *,
    anaphoric: bool = False,
) -> InitiativeHit | None:
    """The initiative called `name` (the page's node when it has one) mentioned at
    [start, end), as a hit; None when the mention is refused, or when the name is one
    function word ("En", "Dig": a sentence's word read as a name)."""
    if name.casefold() in STOP_WORDS:
        return None
    node = sink.nodes.get(ids.initiative_id(name))
    initiative = node if isinstance(node, Initiative) else None
    initiative = initiative or Initiative(id=ids.initiative_id(name), name=name)
    if not sink.mention(initiative, start, end, rule, conf):
        return None
    return InitiativeHit(start, end, initiative.id, name, anaphoric=anaphoric)


def link_initiative(
    sink: FactSink,
    type_: LinkType,
    actor_id: str | None,
    initiative: InitiativeHit,
    span: Span,
    rule: str,
    conf: float = CONF_RELATION,
) -> None:
    if actor_id:
        sink.link(type_, actor_id, initiative.node_id, span.start, span.end, rule, conf)


def link_each(
    sink: FactSink,
    type_: LinkType,
    actor_ids: Iterable[str | None],
    initiative: InitiativeHit,
    span: Span,
    rule: str,
    conf: float = CONF_RELATION,
) -> None:
    """link_initiative for each actor, in order."""
    for actor_id in actor_ids:
        link_initiative(sink, type_, actor_id, initiative, span, rule, conf)


def latest_initiative(ctx: Context, before: int) -> InitiativeHit | None:
    earlier = [i for i in ctx.initiatives if i.start < before]
    return earlier[-1] if earlier else None


def referred_initiative(ctx: Context, noun_start: int) -> InitiativeHit | None:
    """What "projektet" at `noun_start` refers back to: the latest initiative named before
    it in the same paragraph (a blank line or a heading starts another topic)."""
    latest = latest_initiative(ctx, noun_start)
    if latest is None or "\n\n" in ctx.text[latest.end : noun_start]:
        return None
    return latest


def unique_actors(actors: list[ActorHit]) -> list[ActorHit]:
    seen: set[str] = set()
    out: list[ActorHit] = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out


def subject_initiative(ctx: Context, sentence: Span) -> tuple[InitiativeHit, int] | None:
    """The initiative a sentence opens with (named, or "Verksamheten"/"Projektet", or the
    definite head of a lower-case name: "Utvecklingsprogrammet") and its end."""
    lead = re.match(r"\s*", ctx.text[sentence.start : sentence.end])
    at = sentence.start + (lead.end() if lead else 0)
    inverted = _INVERTED.match(ctx.text, at, sentence.end)
    if inverted:  # "Totalt har projektet ...": the subject after the fronted verb (V2)
        at = inverted.end()
    named = next((i for i in ctx.initiatives_in(sentence) if i.start == at), None)
    if named:
        return named, named.end
    noun = ANAPHOR_NOUN.match(ctx.text, at, sentence.end)
    if noun:  # "Projektet Hållbara skolvägar finansieras av ...": the noun, then its name
        blanks = _BLANKS.match(ctx.text, noun.end(), sentence.end)
        after = blanks.end() if blanks else noun.end()
        named = next((i for i in ctx.initiatives_in(sentence) if i.start == after), None)
        if named:
            return named, named.end
    latest = latest_initiative(ctx, sentence.start)
    if noun and latest:
        return latest, noun.end()
    if latest and latest.name[0].islower():
        # "Utvecklingsprogrammet anordnas av ..." after "utvecklingsprogram för X"
        head = re.escape(latest.name.split()[0])
        definite = re.compile(rf"{head}(?:met|et|en|n)\b", re.I)
        m = definite.match(ctx.text, at, sentence.end)
        if m:
            return latest, m.end()
    return None


def initiative_targets(ctx: Context, sentence: Span) -> list[tuple[int, InitiativeHit]]:
    """Each initiative the sentence names, and each "projektet" (or another anaphor noun)
    that refers back to one in its paragraph, with where it starts."""
    named = ctx.initiatives_in(sentence)
    found = [(i.start, i) for i in named]
    for noun in ANAPHOR_NOUN.finditer(ctx.text, sentence.start, sentence.end):
        if any(
            i.start <= noun.start() < i.end or not ctx.text[noun.end() : i.start].strip(' "”“')
            for i in named
        ):
            continue  # inside a name, or the noun before one ("projektet ”X”")
        ini = referred_initiative(ctx, noun.start())
        if ini is not None:
            found.append((noun.start(), ini))
    return sorted(found, key=lambda t: t[0])

"""What a party of an agreement will do, said in running text with "ska" or "kommer att".

Why: medborgarlöften and other local agreements are reported as news, not as bullet
lists: "Polisen ska öka sin närvaro och synlighet genom fotpatrullering.", "Under
2020-2022 kommer polisen att satsa på stöd till våldsutsatta.", "Kommunen kommer bland
annat verka för trygga utemiljöer." Each such sentence is one of the agreement's
measures, and its subject is the party that carries it.

Rule list.activities.pledge: on a page that names exactly one agreement (or is about one
of several), a sentence or bullet whose subject is one or more organisations (named or
"kommunen"/"polisen") with "ska", "kommer (att)" or "lovar att" right after them, or right
after "ska"/"kommer" in inverted order ("Till sist kommer polisen och kommunen att ..."),
gives the rest of the sentence as an Activity of the agreement; each of those
organisations is RESPONSIBLE_FOR it (list.responsible.pledge), a partner after
"tillsammans med" or "i samarbete med" is not. "Det kommer (också) att genomföras
<measures>" gives its measures, with no party. Quoted speech, questions and sentences of
more than 45 words are left alone, as are sentences a list rule already read as
activities or goals and sentences whose verb is one of an agreement's own life (gälla,
följas upp, revideras, signeras), an aim ("arbeta för"), a decision or a coordinating
role rather than a measure.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.activity_commitments import only_agreement, responsible
from ingest.rules.activity_verb_lists import opens_with_action
from ingest.rules.clause_parts import coordinated
from ingest.rules.list_items import add_activity, quoted_speech
from ingest.rules.main_document import main_document

__all__ = ["extract_pledged_activities"]

# After the subject: "ska (bland annat|också) ...", "kommer (också) (att) ...".
_MODAL_AFTER = re.compile(
    r"[ \t]+(?:ska|kommer(?:[ \t]+(?:också|även|bland[ \t]+annat))?[ \t]+att|kommer"
    # "Polisen lovar att prioritera ökad närvaro": a citizen pledge's own verb
    r"|lovar(?:[ \t]+(?:också|även))?[ \t]+att)"
    r"(?:[ \t]+(?:också|även|dessutom|bland[ \t]+annat|tillsammans(?![ \t]+med\b)))*[ \t]+"
)
# Inverted order: "<adverbial> kommer|ska <parties> (att) ...".
_MODAL_BEFORE = re.compile(r"\b(?:ska|kommer)[ \t]+(?=\S)")
_ATT = re.compile(r"(?:[ \t]+(?:också|även|bland[ \t]+annat|tillsammans))*[ \t]+(?:att[ \t]+)?")
# The agreement's own life, not a measure: "Löftena ska följas upp", "Polisen ska
# underteckna".
_NOT_MEASURE = re.compile(
    r"(?:gälla|följas|följa[ \t]+upp|revideras|signeras|skrivas|underteckna|teckna|"
    r"vara|bli|ha|få|presenteras|redovisas"
    # an aim, a decision or the coordinating role, not a measure: "arbeta för (att höja)
    # tryggheten", "ta beslut om att ...", "samordna åtgärderna"
    r"|arbeta[ \t]+för\b|ta[ \t]+beslut|fatta[ \t]+beslut"
    r"|samordna[ \t]+(?:arbetet|åtgärderna|insatserna|genomförandet))\b",
    re.I,
)
# No party named: "Det kommer också att genomföras ett antal insatser mot langning."
_PASSIVE = re.compile(
    r"[ \t]*Det[ \t]+(?:ska|kommer)(?:[ \t]+(?:också|även|dessutom))?(?:[ \t]+att)?[ \t]+"
    r"(?:genomföras|göras|startas|införas|erbjudas|ordnas|anordnas)[ \t]+"
)
_MAX_WORDS = 45


def _subject_first(ctx: Context, sentence: Span) -> tuple[list[ActorHit], int] | None:
    """Organisations opening the sentence, then the modal: (parties, activity start)."""
    actors = ctx.actors_in(sentence)
    if not actors or ctx.text[sentence.start : actors[0].start].strip(" \t\n•*"):
        return None
    parties = [actors[0], *coordinated(ctx, actors[0], sentence, forward=True)]
    m = _MODAL_AFTER.match(ctx.text, parties[-1].end, sentence.end)
    if m is None or _ARRIVES.match(ctx.text, m.end(), sentence.end):
        return None
    return parties, _partner_end(ctx, sentence, m.end())


# "Kommunen kommer tillsammans med polisen fram till åtgärder": "komma fram till" (to
# arrive at), no "kommer (att)" of a pledge.
_ARRIVES = re.compile(r"(?:[\w-]+[ \t]+){0,3}?fram[ \t]+till\b")


def _inverted(ctx: Context, sentence: Span) -> tuple[list[ActorHit], int] | None:
    """ "<adverbial> kommer|ska <organisations> (att) ...": (parties, activity start)."""
    for m in _MODAL_BEFORE.finditer(ctx.text, sentence.start, sentence.end):
        actors = [a for a in ctx.actors_in(Span(m.end(), sentence.end)) if a.start == m.end()]
        if not actors:
            continue
        parties = [actors[0], *coordinated(ctx, actors[0], sentence, forward=True)]
        att = _ATT.match(ctx.text, parties[-1].end, sentence.end)
        if att is not None and "att" in ctx.text[att.start() : att.end()]:
            return parties, att.end()
        # "Bland annat ska MSB i samarbete med SKL ta fram en handbok": "ska" needs no "att"
        # when an action verb follows the parties (after a partner, if any).
        start = _partner_end(ctx, sentence, att.end() if att else parties[-1].end)
        if opens_with_action(ctx.text[start : sentence.end]):
            return parties, start
    return None


_WITH = re.compile(r"(?:i[ \t]+samarbete|tillsammans)[ \t]+med[ \t]+")


def _partner_end(ctx: Context, sentence: Span, at: int) -> int:
    """Past "i samarbete med|tillsammans med <organisations>" at `at`, if it stands there."""
    m = _WITH.match(ctx.text, at, sentence.end)
    partners = ctx.actors_in(Span(m.end(), sentence.end)) if m else []
    if m is None or not partners or partners[0].start != m.end():
        return at
    last = [partners[0], *coordinated(ctx, partners[0], sentence, forward=True)][-1]
    rest = ctx.text[last.end : sentence.end]
    return last.end + len(rest) - len(rest.lstrip())  # the verb after the partners


# "ta fram flera vägledningar och samla stödet på en webbplats": two measures, each led
# by its own action verb.
_AND = re.compile(r"[ \t]+och[ \t]+")
_PURPOSE = re.compile(r"\b(?:för|i[ \t]+syfte)[ \t]+att\b")


def _measures(ctx: Context, start: int, end: int) -> list[Span]:
    """The measure from start to end, split before each "och" that opens another action
    verb phrase (when the measure itself opens with one)."""
    if not opens_with_action(ctx.text[start:end]):
        return [Span(start, end)]
    parts: list[Span] = []
    for m in _AND.finditer(ctx.text, start, end):
        if _PURPOSE.search(ctx.text, start, m.start()):
            break  # "i syfte att förebygga inbrott och minska oron": the purpose's verbs
        if (
            opens_with_action(ctx.text[m.end() : end])
            and len(ctx.text[start : m.start()].split()) >= 2
        ):
            parts.append(Span(start, m.start()))
            start = m.end()
    return [*parts, Span(start, end)]


def extract_pledged_activities(ctx: Context, sink: FactSink) -> None:
    # "Medborgarlöftet är en förstärkning av nuvarande samverkansöverenskommelse": a page
    # naming two agreements pledges under the one it is about.
    owner = only_agreement(ctx) or main_document(ctx)
    if owner is not None and owner.document.kind is not DocumentKind.AGREEMENT:
        owner = None
    if owner is None:
        return
    # What a list rule already read as an activity or goal is not read twice.
    taken = [
        (m.evidence.start, m.evidence.end)
        for m in sink.mentions.values()
        if m.node_id.startswith(("Activity:", "Goal:"))
    ]
    for sentence in ctx.sentences:
        said = ctx.text[sentence.start : sentence.end]
        if (
            any(s < sentence.end and sentence.start < e for s, e in taken)
            or said.lstrip().startswith(("-", "\u2013", "\u201d", '"'))
            or quoted_speech(said)
            or said.rstrip().endswith(("?", ":"))  # a question; a list's intro
            or len(said.split()) > _MAX_WORDS
        ):
            continue
        found = _subject_first(ctx, sentence) or _inverted(ctx, sentence)
        if found is None:
            passive = _PASSIVE.match(ctx.text, sentence.start, sentence.end)
            found = ([], passive.end()) if passive else None
        if found is None:
            continue
        parties, start = found
        end = sentence.end
        while end > start and ctx.text[end - 1] in ".!?: \n\t":
            end -= 1
        if end - start < 12 or _NOT_MEASURE.match(ctx.text, start, end):
            continue
        for span in _measures(ctx, start, end):
            activity_id = add_activity(
                ctx,
                sink,
                owner,
                span,
                ctx.text[span.start : span.end],
                sentence.start,
                "list.activities.pledge",
            )
            if activity_id is not None:
                responsible(sink, parties, activity_id, sentence, "list.responsible.pledge")

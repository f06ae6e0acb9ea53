"""Decisions a meeting report states as its body's act, one sentence each.

Why: reports and minutes of a meeting state an outcome as the body doing something, in
the present or the past, with verbs no cue list can hold: "Fullmäktige inför X som
arbetssätt", "Nämnden utser N att justera protokollet", "Styrelsen lägger rapporten
till handlingarna", "Fullmäktige ställer sig positiv till ...", "Fullmäktige antog
förslaget till detaljplan ...". The item rule (ingest.rules.decision_report_items)
reads only an item's first sentence; the second and later acts of an item, and the
acts of a report without headings, are read here.

Rule decision.body_act: on a page that states a body's meeting above the sentence, a
sentence no other rule read that opens with that body, followed by a finite verb that
is an act (not being, having, saying, meeting or a modal) -> a decision, from the verb
on. Not in a "Förslag till beslut" section. Body and day are the meeting's; the
adoption of a steering document is left to the adoption rules (the caller drops it).
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.decision_counts import counts_decisions
from ingest.rules.decision_dates import meeting_date
from ingest.rules.decision_filters import housekeeping, not_taken
from ingest.rules.decision_page import in_proposal_section
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before

__all__ = ["body_act_decisions"]

# A finite verb after the subject, perhaps after one adverb ("antar också"): the
# present, the weak past, or a strong past of the verbs councils decide by.
_VERB = re.compile(
    r"\s+(?:(?:också|även|därmed|därefter|dessutom|sedan|nu|då)\s+)?"
    r"(?P<verb>[a-zåäö]{2,}(?:ar|er|ir|år|ör|yr|ade|de|te|dde)"
    r"|antog|gav|valde|utsåg|biföll|avslog|sköt|beslöt)\b"
)
# Verbs of being, having, saying, meeting, taking part or a modal: no decision.
_NOT_ACTS = frozenset(
    {
        "har", "hade", "är", "blir", "ska", "skall", "kan", "kunde", "kommer", "kom", "får",
        "fick", "vill", "ville", "bör", "borde", "måste", "behöver", "behövde", "skulle",
        "ansvarar", "ansvarade", "arbetar", "arbetade", "består", "omfattar", "ligger",
        "gäller", "innebär", "handlar", "finns", "säger", "sade", "menar", "menade",
        "tycker", "tyckte", "anser", "ser", "hoppas", "tror", "trodde", "välkomnar",
        "informerar", "informerade", "berättar", "berättade", "står", "äger", "driver",
        "erbjuder", "verkar", "fortsätter", "fortsatte", "behandlar", "behandlade",
        "diskuterar", "diskuterade", "saknar", "saknade", "sammanträder", "sammanträdde",
        "träffas", "leder", "ledde", "samordnar", "samordnade", "följer", "följde",
        "genomför", "genomförde", "håller", "höll", "deltar", "deltog", "styr", "styrde",
        "utgör", "utgjorde", "bestämmer", "tar", "tog", "lät", "väntar", "väntade",
        "frågar", "frågade", "svarar", "svarade", "betonar", "betonade", "noterar",
        "noterade", "konstaterar", "konstaterade", "lyfter", "lyfte", "pekar", "pekade",
        "tittar", "tittade", "vet", "visste", "hänvisar", "hänvisade", "uppmanar",
        "bedömer", "bedömde", "föreslår", "föreslog", "yrkar", "yrkade", "presenterar",
        "presenterade", "redovisar", "redovisade", "besökte", "besöker", "skriver", "skrev",
        # stressing a point of a decision is saying, not another act
        "markerar", "markerade", "understryker", "underströk", "påpekar", "påpekade",
        "framhåller", "framhöll", "poängterar", "poängterade", "uttrycker", "uttryckte",
        # seeking, wishing, intending: no act decided ("Regionen söker stöd för ...")
        "söker", "sökte", "framför", "framförde", "avser", "avsåg", "önskar", "önskade",
        "planerar", "planerade",
        # belonging: "Region Skåne ingår i kultursamverkansmodellen"
        "ingår", "ingick", "medverkar", "medverkade",
    }
)  # fmt: skip


# Postponing a matter is procedure, not a decision: "sköt upp behandlingen av X",
# "bordlade ärendet" ("sköt till medel" is one).
_POSTPONES = re.compile(r"(?:sköt|skjuter)\s+(?:\w+\s+)?upp\b|bordl\w+|ajourner\w+", re.I)


def _act_verb(ctx: Context, start: int, end: int) -> re.Match[str] | None:
    """The finite verb at `start` when it states an act (not procedure, being or saying)."""
    m = _VERB.match(ctx.text, start, end)
    if m is None or m["verb"] in _NOT_ACTS or _POSTPONES.match(ctx.text, m.start("verb"), end):
        return None
    return m


# A fronted adverbial, then the verb before its subject (Swedish V2 order): "För andra
# gången antog fullmäktige ...", "Vid sammanträdet utsåg nämnden ...".
_FRONTED = re.compile(
    r"[\W]*(?:(?:vid|under|på|i|den|för|efter|samtidigt|dessutom|även|också|sedan"
    r"|därefter|slutligen|nu|då|idag|igår)\b)(?:[^\S\n]+[\w-]+){0,5}?"
    r"(?=[^\S\n]+(?:[a-zåäö]{2,}(?:ar|er|ir|år|ör|yr|ade|de|te|dde)|antog|gav|valde|utsåg"
    r"|biföll|avslog|sköt|beslöt)[^\S\n]+\S)",
    re.I,
)


def _inverted(ctx: Context, sentence: Span, body: ActorHit) -> Span | None:
    """'<adverbial> <verb> <body> <object>': from the verb on, the body included."""
    lead = _FRONTED.match(ctx.text, sentence.start, sentence.end)
    if lead is None:
        return None
    m = _act_verb(ctx, lead.end(), sentence.end)
    if m is None:
        return None
    subject = next(iter(ctx.actors_in(Span(m.end(), sentence.end))), None)
    if (
        subject is None
        or _genitive(ctx, subject)
        or subject.node_id != body.node_id
        or ctx.text[m.end() : subject.start].strip()
    ):
        return None
    if ctx.actors_in(Span(sentence.start, m.start("verb"))):
        return None
    return Span(m.start("verb"), sentence.end)


def _genitive(ctx: Context, actor: ActorHit) -> bool:
    """The body named in the genitive ("nämndens ledamöter"): not the subject."""
    after = ctx.text[actor.end : actor.end + 2]
    return ctx.text[actor.end - 1] == "s" or (after[:1] == "s" and not after[1:].isalpha())


# A list item may restate the lead's "att" ("Bland besluten märks: - Att regionen ..."),
# and a decision line its label ("Beslut: Kommunstyrelsen ansöker om ...").
_ITEM_LEAD = re.compile(r"[\s•*\u2013-]*(?:beslut\s*:\s*)?(?:att\s+)?", re.I)


def _opening_body(ctx: Context, sentence: Span, body: ActorHit) -> ActorHit | None:
    """The meeting's body, or the municipality or region it belongs to, opening the
    sentence (after a list bullet and the item's "att"), if it does."""
    first = next(iter(ctx.actors_in(sentence)), None)
    if first is None:
        return None
    lead = _ITEM_LEAD.match(ctx.text, sentence.start, first.start)
    if lead is None or lead.end() != first.start:
        return None
    if _genitive(ctx, first):  # "Nämndens ledamöter fick ..."
        return None
    if first.node_id == body.node_id:
        return first
    # In a report's list item, the body's municipality or region acts through it
    # ("- Regionen ansluter sig till ..."); in running text it may only intend.
    owner = body.node_id.startswith(first.node_id + ":")
    bullet = any(c in "•*-\u2013" for c in lead.group())
    return first if owner and bullet else None


def _lead_or_heading(ctx: Context, sentence: Span) -> bool:
    """A list's lead ("beslutade att:") or a heading line, which restates the item below."""
    text = ctx.text[sentence.start : sentence.end].rstrip()
    if text.endswith(":"):
        return True
    line_end = ctx.text.find("\n", sentence.end)
    whole_line = ctx.text.rfind("\n", 0, sentence.start) + 1 == sentence.start and (
        line_end in (-1, sentence.end) or not ctx.text[sentence.end : line_end].strip()
    )
    return whole_line and not text.endswith((".", "!", "?"))


def _act(ctx: Context, sentence: Span, body: ActorHit) -> Span | None:
    """What the sentence states the body did, from its verb on."""
    if _lead_or_heading(ctx, sentence):
        return None
    subject = _opening_body(ctx, sentence, body)
    if subject is None:
        inverted = _inverted(ctx, sentence, body)
        return _trimmed(ctx, inverted) if inverted else None
    after = subject.end
    short = re.match(r"\s*\([A-ZÅÄÖ]{2,5}\)", ctx.text[after : sentence.end])
    if short:  # "Kommunfullmäktige (KF) ..."
        after += short.end()
    m = _act_verb(ctx, after, sentence.end)
    if m is None:
        return None
    return _trimmed(ctx, Span(m.start("verb"), sentence.end))


def _trimmed(ctx: Context, span: Span) -> Span:
    end = span.end
    while end > span.start and ctx.text[end - 1] in " \n.!":
        end -= 1
    return Span(span.start, end)


def body_act_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """The acts of the meeting's body that no other rule read, one per sentence."""
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        if overlaps_any(taken, sentence) or not ctx.actors_in(sentence):
            continue  # (cheap checks first: most sentences name no body)
        meeting = meeting_before(ctx, sentence.start, dated=False)
        if meeting is None or meeting.body is None or meeting.start >= sentence.start:
            continue
        clause = _act(ctx, sentence, meeting.body)
        if clause is None or in_proposal_section(ctx, sentence.start):
            continue
        line = ctx.text[sentence.start : sentence.end]
        if counts_decisions(line) or housekeeping(line) or not_taken(line):
            continue  # "Fullmäktige beslutade i flera frågor.": a lead, the items follow
        when = meeting_date(ctx, sentence, meeting.body)
        found.append(VerbDecision(meeting.body, clause, when, sentence, "decision.body_act"))
    return found

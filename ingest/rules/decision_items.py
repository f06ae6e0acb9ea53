"""Decisions stated as the items of a list, in the forms decision lists and minutes use.

Why: minutes and "beslut i korthet" pages state several decisions under one intro:
"Regionstyrelsen beslutar att" and the decision on the next line; "Folkhälsorådet
beslutar: 1. att ... 2. att ..."; "Motioner som besvarades var:" and a bullet per
motion; "Det togs också beslut om A och B"; "att fastställa X och föreslå
fullmäktige att Y". And a page on one decision may say it only once, in its headline,
then "Kommunstyrelsen fattade beslutet den 9 oktober 2023."

Rules:
- decision.intro: a line ending in "beslutar att" / "beslutade:" (or inverted, "beslutade
  fullmäktige bland annat att"); the next sentence is the decision (past a courtesy item,
  "att tacka förslagsställaren"); after a proposal intro ("föreslog kommunfullmäktige att
  fatta följande beslut:") every item is the proposer's decision; after "beslutade att
  avslå förslag om" each bullet completes those words; after "beslutade även i flera
  andra ärenden, bland annat:" each bullet is a matter decided (headings are not), as
  after "De tre uppdragen som regeringen fattat beslut om idag är:" ("att göra följande
  satsningar:": each bullet an act, the lead none).
- decision.att_item: "2. att folkhälsoplanen redovisas ...", "Att välja X till justerare",
  after such an intro or in minutes: the body of the intro, else of the meeting.
- decision.list_item: "<Motioner> som besvarades|avslogs var:" then one bullet per
  decision ("Motion om X besvarades"); "Kommunstyrelsen besvarade åtta medborgarförslag:"
  then one bullet per proposal, its own indented lines between the bullets.
- decision.other_item: "Övriga beslut:" alone on its line, then one bullet per decision
  of the meeting the page reports.
- decision.beslut_om: "(Det) togs|fattades (också) beslut om A och B": A and B.
- decision.fattade_beslutet: "<body> fattade beslutet <date>": the headline is what
  was decided.
Cutting one clause's coordinated decisions is ingest.rules.decision_coordination's job.
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.language.segment import Span
from ingest.rules.decision_associations import association_body
from ingest.rules.decision_bodies import subject_body
from ingest.rules.decision_bullets import ATT_ITEM, more_items
from ingest.rules.decision_coordination import MIN_PART_WORDS
from ingest.rules.decision_dates import decision_date
from ingest.rules.decision_filters import procedural
from ingest.rules.decision_item_parts import (
    att_items,
    listed_items,
    main_predicate,
    serial_items,
    two_decisions,
)
from ingest.rules.decision_page import deciders, minutes_page
from ingest.rules.decision_proposals import accepting_body, proposal_intro
from ingest.rules.decision_verbs import VerbDecision, clause_start
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.steering_adoption import opens_with_document

__all__ = ["intro_body", "item_decisions"]

_INTRO = re.compile(
    # "tog fullmäktige till exempel beslut om detta:", "Nu har kommunstyrelsen beslutat om:"
    r"\b(?:beslutar|beslutade|beslöt|beslutat|(?:fattade|fattat|tog|tagit)\s+(?:\w+\s+){0,3}?"
    r"beslut\s+om)(?:\s+följande|\s+detta|\s+att|\s+om(?=\s*:))?\s*:?\s*$"
    # "beslutade bl a följande vid mötet den 3 maj:", "fattade följande beslut vid mötet:"
    r"|\b(?:beslutar|beslutade|beslöt)\s+(?:bl\.?\s?a\.?\s+|bland\s+annat\s+)?"
    # ("... vid sitt sammanträde den 11 september." and a numbered list below)
    r"(?:följande|nedanstående)\s[^:\n]{0,200}[:.]\s*$"
    r"|\b(?:fattade|fattar|tog)\s+(?:\w+\s+){0,3}?(?:bl\.?\s?a\.?\s+|bland\s+annat\s+)?"
    r"(?:följande|nedanstående)\s+beslut\b[^:\n]{0,80}:\s*$"
    # "På mötet beslutade fullmäktige bland annat att" and the items below: inverted
    r"|\b(?:beslutar|beslutade|beslöt)\s+(?:[\wåäö-]+\s+){1,2}?(?:bl\.?\s?a\.?\s+|bland\s+annat\s+)?"
    r"(?:att|följande)\s*:?\s*$"
    # "beslutade även i flera andra ärenden, bland annat:" and a matter per item
    r"|\b(?:beslutar|beslutade|beslöt|(?:fattade|tog)\s+(?:\w+\s+){0,2}?beslut)\s+"
    r"(?:(?:även|också|dessutom)\s+)?i\s+(?:[\wåäö]+\s+){0,3}?ärenden"
    r"(?:\s*,?\s*(?:bl\.?\s?a\.?|bland\s+annat))?\s*:\s*$"
    # "De tre uppdragen som regeringen fattat beslut om idag är:" and an item per matter
    r"|\bsom\s+(?:[\wåäö-]+\s+){1,3}?(?:har\s+)?(?:fattat|fattade|tog|tagit)\s+beslut\s+om\b"
    r"[^:\n]{0,60}\s(?:är|var)\s*:\s*$"
    # "beslutade regionstyrelsen därför att göra följande satsningar i år:": an act each
    r"|\b(?:beslutar|beslutade|beslöt)\s+(?:[\wåäö-]+\s+){0,3}?att\s+(?:göra|vidta|genomföra)"
    r"\s+följande\s+(?P<acts>satsningar|insatser|åtgärder|förändringar|ändringar)\b[^:\n]{0,40}:\s*$"
    # "beslutade att avslå förslag om" and the matters below
    r"|\b(?:beslutar|beslutade|beslöt)\s+att\s+(?P<lead>[a-zåäö]+\s+(?:[\wåäö-]+\s+){0,3}?om)\s*:?\s*$",
    re.I,
)
_FOLLOWING = re.compile(r"\s+(?:(?:att\s+fatta\s+)?följande(?:\s+beslut)?|att)$", re.I)
_ATT_END = re.compile(r"\batt\s*:?\s*$")
# "... i dessa ärenden:" above headings, not a list: each heading's section says more.
_MATTERS = re.compile(r"\bärenden\b[^:\n]{0,20}:\s*$")
# each item a matter decided
_ABOUT = re.compile(r"\bom\s*:\s*$|\bbeslut\s+om\b[^:\n]*\s(?:är|var)\s*:\s*$|" + _MATTERS.pattern)
_INTRO_BEFORE = re.compile(r"\b(?:beslutar|beslutade|beslöt)\s*:?\s*(?:\d{1,2}[.)]\s*)?att\b")
_LIST_INTRO = re.compile(
    r"\bsom\s+(?P<verb>besvarades|avslogs|bifölls|antogs|godkändes|beviljades|återremitterades)"
    r"\s+(?:var|är)\s*:\s*$"
    # "Kommunstyrelsen besvarade åtta medborgarförslag:" and a bullet per proposal
    r"|\b(?P<active>besvarade|avslog|biföll)\s+(?:[\wåäö]+\s+)?"
    r"(?:medborgarförslag|motioner|e-förslag)\s*:\s*$",
    re.I,
)
# An item's own lines under its bullet, indented: "• Medborgarförslag om X" / "  Orsa ...".
_INDENTED = re.compile(r"(?:[ \t]*\n|[ \t]+\S[^\n]*\n?)*")
_BULLET_LINE = re.compile(r"^[^\S\n]*(?:[-•*\u2013]|\d{1,2}[.)])[^\S\n]*(?P<item>\S[^\n]*)", re.M)
# In any tense: "fattade beslut om", "har fattat beslut om", "Beslut har tagits om".
_BESLUT_OM = re.compile(
    # "har idag fattat beslut om": an adverb after "har"; "Det har tagits beslut om": passive.
    r"\b(?:togs|fattades|(?:tog|fattade|(?:har|hade)\s+(?:\w+\s+)?(?:tagits?|fattats?))"
    r"(?:\s+\w+)?)"
    r"\s+(?:också\s+|även\s+|dessutom\s+)?"
    # "togs ett inriktningsbeslut om": a kind of decision, compounded on "beslut".
    r"(?P<among>bland\s+annat\s+|bl\.\s?a\.\s+)?(?:ett\s+)?(?:[a-zåäö]{4,})?beslut\s+om"
    r"\s+(?P<att>att\s+)?"
    # "Vid mötet beslutades bland annat om A, B och C": a lead listing the decisions.
    r"|\bbeslutades\s+(?:det\s+)?(?:också\s+|även\s+)?(?P<among2>bland\s+annat\s+|bl\.\s?a\.\s+)"
    r"om\s+(?P<att2>att\s+)?"
    # The noun fronted: "Beslut togs även om A".
    r"|\bbeslut\s+(?:togs|fattades|(?:har|hade)\s+(?:\w+\s+)?(?:tagits|fattats))"
    r"\s+(?:också\s+|även\s+|dessutom\s+)?"
    r"(?P<among3>bland\s+annat\s+|bl\.\s?a\.\s+)?om\s+(?P<att3>att\s+)?"
    # "Under dagen har fullmäktige bland annat fattat beslut om A, B och C": inverted.
    r"|\b(?:har|hade)\s+[\wåäö]+\s+(?P<among4>bland\s+annat\s+|bl\.\s?a\.\s+)"
    r"(?:tagit|fattat)\s+beslut\s+om\s+(?P<att4>att\s+)?",
    re.I,
)
# "Arbetet, som styrelsen tog beslut om vid sitt möte, ...": a stranded "om", no object.
_STRANDED = re.compile(r"\bsom\s+(?:[\w-]+\s+){0,4}$", re.I)
_BUT = re.compile(r",?\s+men\s+")
_MEETING_NAMED = re.compile(r"\b(?:sammanträde\w*|\w*möte[nt]?s?)\b", re.I)
_FATTADE = re.compile(r"\b(?:fattade|tog)\s+(?:\w+\s+)?beslutet\b", re.I)
_ITEM_LOOKBACK = 1500
_HEADLINE_WORDS = 14


def _taken(taken: list[Span], span: Span) -> bool:
    return any(t.start < span.end and span.start < t.end for t in taken)


def intro_body(ctx: Context, sentence: Span) -> tuple[ActorHit | None, Span | None]:
    """The body of the nearest earlier "X beslutar:" intro, and the intro."""
    for previous in reversed(ctx.sentences[: ctx.sentence_index(sentence)]):
        if previous.end < sentence.start - _ITEM_LOOKBACK:
            break
        text = ctx.text[previous.start : previous.end]
        if _INTRO.search(text) or _INTRO_BEFORE.search(text):
            found = deciders(ctx, previous.start, previous.end)
            return (found[-1] if found else None), previous
    return None, None


def _intro_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """'Regionstyrelsen beslutar att' and the decision on the next line; after 'Kommun-
    styrelsen föreslår fullmäktige besluta följande:' the proposal is the decision, its
    summary the proposing words and the item ('föreslår fullmäktige besluta: Fullmäktige
    antar strategin')."""
    found: list[VerbDecision] = []
    for index, (intro, nxt) in enumerate(zip(ctx.sentences, ctx.sentences[1:], strict=False)):
        line = ctx.text[intro.start : intro.end]
        proposal = proposal_intro(line)
        if not (proposal or _INTRO.search(line)) or _taken(taken, nxt):
            continue
        nxt = _past_courtesy(ctx, index + 1)
        line_start = ctx.text.rfind("\n", 0, nxt.start) + 1
        if _MATTERS.search(line) and not _BULLET_LINE.match(ctx.text, line_start):
            continue
        body = subject_body(ctx, intro, intro.end)  # not the body a proposal goes to
        accepted = accepting_body(ctx, intro) if proposal else None
        if accepted is not None:  # "... Beslut: Enligt kommunstyrelsens förslag."
            body, proposal = accepted, None
        clause = Span(clause_start(ctx, nxt), nxt.end)
        words = ctx.text[clause.start : clause.end].split()
        if not body or len(words) < MIN_PART_WORDS or procedural(ctx.text[nxt.start : nxt.end]):
            continue
        when = decision_date(ctx, intro, intro.end, intro.end, body)
        summary = None
        if proposal:
            proposing = _FOLLOWING.sub("", line[proposal.start() :].strip().rstrip(":"))
            summary = f"{proposing}: {ctx.text[clause.start : clause.end]}"
        found.append(VerbDecision(body, clause, when, nxt, "decision.intro", summary))
        intro_match = None if proposal else _INTRO.search(line)
        lead: str | None = intro_match["lead"] if intro_match else None
        if lead:  # "beslutade att avslå förslag om" + "• spontanidrott": the item completes it
            found[-1] = _completed(ctx, found[-1], lead)
        if proposal and summary is not None:
            # "föreslog fullmäktige att fatta följande beslut: • A • B": each item proposed
            proposing = summary[: summary.index(": ")]
            for item in more_items(ctx, nxt, taken, every=True, whole_only=False):
                more = Span(clause_start(ctx, item), item.end)
                said = f"{proposing}: {ctx.text[more.start : more.end]}"
                found.append(VerbDecision(body, more, when, item, "decision.intro", said))
        if not proposal:
            # "beslutat om:" every item; "beslutade att:" every item not cut off
            acts = intro_match is not None and intro_match["acts"] is not None
            whole_only = not (lead or acts or _ABOUT.search(line))
            every = bool(not whole_only or _ATT_END.search(line))
            for item in more_items(ctx, nxt, taken, every=every, whole_only=whole_only):
                more = Span(clause_start(ctx, item), item.end)
                decision = VerbDecision(body, more, when, item, "decision.intro")
                found.append(_completed(ctx, decision, lead) if lead else decision)
    return found


def _past_courtesy(ctx: Context, index: int) -> Span:
    """The intro's first item, past a courtesy item ("- att tacka förslagsställaren för
    ett initiativ") that another item of the list follows."""
    item = ctx.sentences[index]
    if index + 1 < len(ctx.sentences) and procedural(ctx.text[item.start : item.end]):
        after = ctx.sentences[index + 1]
        if _BULLET_LINE.match(ctx.text, ctx.text.rfind("\n", 0, after.start) + 1):
            return after
    return item


def _completed(ctx: Context, decision: VerbDecision, lead: str) -> VerbDecision:
    """The item's decision in full: the intro's lead words and the item's first sentence."""
    item = ctx.text[decision.clause.start : decision.clause.end]
    first = re.split(r"(?<=[a-zåäö])\.\s", item, maxsplit=1)[0].rstrip(". ")
    return dataclasses.replace(decision, summary=f"{lead[0].upper()}{lead[1:]} {first}")


def _att_items(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    minutes = minutes_page(ctx)
    for sentence in ctx.sentences:
        text = ctx.text[sentence.start : sentence.end]
        item = ATT_ITEM.match(text)
        if item is None or _taken(taken, sentence) or main_predicate(text, item.end()):
            continue
        if procedural(text) or _descriptive_lead(ctx, sentence.start):
            continue
        body, intro = intro_body(ctx, sentence)
        if body is None and minutes:
            meeting = meeting_before(ctx, sentence.start, dated=False)
            body = meeting.body if meeting else None
        if body is None:
            continue
        when = decision_date(ctx, intro or sentence, sentence.start, sentence.start)
        clause = Span(sentence.start + item.end(), sentence.end)
        found.append(VerbDecision(body, clause, when, sentence, "decision.att_item"))
    return found


# "... där skolbiblioteket kan medverka till:" over "• att alla elever når målen": a lead
# that names no decision or proposal makes its "att" items aims, not decisions (one that
# ends in "att:" leaves its items to complete its own sentence, as before).
_DECIDING_LEAD = re.compile(r"beslut|beslöt|förslag|föreslå|yrka|yrkande|\batt\s*:$", re.I)


def _descriptive_lead(ctx: Context, start: int) -> bool:
    """Whether the list an item at `start` belongs to opens under a line ending in a
    colon that names no decision."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    for line in reversed(ctx.text[max(0, line_start - _ITEM_LOOKBACK) : line_start].splitlines()):
        if not line.strip() or _BULLET_LINE.match(line) or ATT_ITEM.match(line.strip()):
            continue
        lead = line.strip()
        return lead.endswith(":") and _DECIDING_LEAD.search(lead) is None
    return False


def _list_items(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        intro = _LIST_INTRO.search(ctx.text, sentence.start, sentence.end)
        if intro is None:
            continue
        meeting = meeting_before(ctx, sentence.start, dated=False)
        named = deciders(ctx, sentence.start, sentence.end)
        body = named[-1] if named else (meeting.body if meeting else None)
        if body is None:
            continue
        when = decision_date(ctx, sentence, sentence.end, sentence.end)
        cursor = sentence.end
        for bullet in _BULLET_LINE.finditer(ctx.text, sentence.end):
            gap = ctx.text[cursor : bullet.start()]
            if gap.strip() and not (intro["active"] and _INDENTED.fullmatch(gap.lstrip("\n"))):
                break  # the list ended
            cursor = bullet.end()
            span = Span(bullet.start("item"), bullet.end("item"))
            if _taken(taken, span):
                continue
            item = ctx.text[span.start : span.end].rstrip(". ")
            active = intro["active"]
            summary = (
                f"{active} {item[:1].lower()}{item[1:]}" if active else f"{item} {intro['verb']}"
            )
            rule = "decision.list_item"
            found.append(VerbDecision(body, span, when, span, rule, summary))
    return found


# "Övriga beslut:" alone on its line over bullets: each bullet is a decision of the meeting.
_OTHER_DECISIONS = re.compile(
    r"^[ \t]*(?:Övriga|Andra|Fler|Ytterligare)\s+beslut(?:\s+i\s+(?:urval|korthet))?"
    r"[ \t]*:?[ \t]*$",
    re.M,
)


def _other_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for heading in _OTHER_DECISIONS.finditer(ctx.text):
        meeting = meeting_before(ctx, heading.start(), dated=False)
        if meeting is None or meeting.body is None:
            continue
        heading_span = Span(heading.start(), heading.end())
        when = decision_date(ctx, heading_span, heading.start(), heading.start(), meeting.body)
        cursor = heading.end()
        for bullet in _BULLET_LINE.finditer(ctx.text, heading.end()):
            if ctx.text[cursor : bullet.start()].strip():
                break  # the list ended
            cursor = bullet.end()
            span = Span(bullet.start("item"), bullet.end("item"))
            if len(ctx.text[span.start : span.end].split()) >= MIN_PART_WORDS and not _taken(
                taken, span
            ):
                rule = "decision.other_item"
                found.append(VerbDecision(meeting.body, span, when, span, rule))
    return found


_REPEATED_OM = re.compile(r"om\s+(?!att\b)")


def _beslut_om(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    for sentence in ctx.sentences:
        m = _BESLUT_OM.search(ctx.text, sentence.start, sentence.end)
        if m is None or _taken(taken, sentence):
            continue
        if _STRANDED.search(ctx.text, sentence.start, m.start()):
            continue
        meeting = meeting_before(ctx, sentence.start, dated=False)
        # The body before the words, not one in what was decided ("om kommunens ..."); a
        # committee before its municipality ("På kommunfullmäktiges sammanträde").
        # "har fullmäktige bland annat fattat beslut om": the subject inverted after "har".
        named = deciders(ctx, sentence.start, m.start("among4") if m["among4"] else m.start())
        committees = [a for a in named if a.kind is not OrganizationKind.MUNICIPALITY]
        named = committees or named
        body = named[-1] if named else (meeting.body if meeting else None)
        body = body or association_body(ctx, sentence)  # "fattades beslut om" at a federation
        if body is None and not _MEETING_NAMED.search(ctx.text, sentence.start, m.start()):
            continue  # at "kommunfullmäktiges sammanträde" even when the body is not read
        when = decision_date(ctx, sentence, m.start(), m.end())
        end = sentence.end - (1 if ctx.text[sentence.end - 1] in ".!" else 0)
        but = _BUT.search(ctx.text, m.end(), end)  # "om budgeten men M reserverade sig"
        end = but.start() if but else end
        listed = bool(m["among"] or m["among2"] or m["among3"] or m["among4"])
        verbs = bool(m["att"] or m["att2"] or m["att3"] or m["att4"])
        cut = listed_items if listed else serial_items
        parts = cut(ctx.text, m.end(), end, verbs=verbs)
        parts = parts or att_items(ctx.text, m.end(), end)  # "om A, att B och att C"
        for part in parts or two_decisions(ctx.text, m.end(), end):
            # "beslut om A och om B": B without its repeated "om"; "om kommunens
            # bredbandsstrategi" adopts that document (ADOPTED), as "beslutade om" does.
            again = _REPEATED_OM.match(ctx.text, part.start, part.end)
            part = Span(again.end(), part.end) if again else part
            if not verbs and opens_with_document(ctx, part.start, part.end):
                continue
            found.append(VerbDecision(body, part, when, sentence, "decision.beslut_om"))
    return found


def _headline_before(ctx: Context, index: int) -> Span | None:
    """The nearest heading above sentence `index`: a line of its own, of a few words,
    without a full stop."""
    for sentence in reversed(ctx.sentences[:index]):
        text = ctx.text[sentence.start : sentence.end]
        whole = ctx.text[sentence.start - 1 : sentence.start] in ("", "\n")
        after = ctx.text[sentence.end : sentence.end + 1] in ("", "\n")
        short = MIN_PART_WORDS <= len(text.split()) <= _HEADLINE_WORDS
        if whole and after and short and not text.rstrip().endswith((".", ":", "?", "!", ",")):
            return sentence
    return None


def _took_the_decision(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """'Kommunstyrelsen fattade beslutet den 9 oktober 2023.': the headline above it is
    what was decided."""
    for index, sentence in enumerate(ctx.sentences):
        m = _FATTADE.search(ctx.text, sentence.start, sentence.end)
        bodies = deciders(ctx, sentence.start, m.start()) if m else []
        headline = _headline_before(ctx, index) if m and bodies else None
        if m and headline and not _taken(taken, headline):
            when = decision_date(ctx, sentence, m.start(), m.end())
            rule = "decision.fattade_beslutet"
            return [VerbDecision(bodies[-1], headline, when, headline, rule)]
    return []


def item_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """The list items' decisions, outside the spans other rules already read."""
    found: list[VerbDecision] = []
    rules = (_intro_decisions, _att_items, _list_items, _other_decisions, _beslut_om)
    for rule in (*rules, _took_the_decision):
        found += rule(ctx, [*taken, *(f.evidence for f in found)])
    return found

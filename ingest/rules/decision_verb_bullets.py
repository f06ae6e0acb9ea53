"""Decisions listed as bullets that open with the decision's infinitive (or present).

Why: a meeting report ends its news items with the rest of the agenda in one line each,
"Ärenden i korthet" or "Övriga beslut", each a bare infinitive clause (invented
examples): "• Bevilja hembygdsföreningen 20 000 kronor i arrangörsstöd", "• Anta
riktlinjer för föreningsbidrag", "• Ge förvaltningen i uppdrag att utreda taxan". No
subject and no finite verb: the meeting's body decided each.

Rule decision.verb_bullet: on a page that states a body's meeting before the list, under
a line that names matters or decisions ("Ärenden i korthet", "Övriga beslut",
"Kommunstyrelsen 2005-10-17 i sammandrag:"; for a present such as "Beviljar", under any
line once an earlier block had such a head), a bullet line opening with a capitalised
decision infinitive or present ("- Avslår ansökan från X"), an outcome's noun ("• Bifall
för införande av X", "• Avslag på motionen om Y"), or "Att" and an infinitive,
or "Att" and a subject with a passive of decision ("• Att p-avgifterna höjs"), gives one
decision of that body on the meeting's day, the clause being the line's first sentence.
Under a head that names its items decisions ("fattades bland annat följande beslut:") a
bullet stating a task with "ska" and a passive ("• En process ska inledas för att ...")
is one too.
Lines other rules read, and reports or notices ("• Delgivning av ...", "• Information om
...") are left alone.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.bullet_heads import list_heads
from ingest.rules.decision_dates import meeting_date
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before

__all__ = ["verb_bullet_decisions"]

_VERBS = (
    "Anta|Anvisa|Anslå|Avslå|Avsätta|Besvara|Bevilja|Bifalla|Fastställa|Förlänga|"
    "Godkänna|Godta|Ge|Inrätta|Införa|Revidera|Teckna|Tillstyrka|Avstyrka|Uppdra|"
    "Upphäva|Utse|Återremittera|Medfinansiera|Delta|Överlämna|"
    # the present a board's summary states its decisions in: "- Avslår ansökan från X"
    "Antar|Avslår|Beviljar|Bifaller|Fastställer|Godkänner|Uppdrar|Upphäver|Utser|"
    "Överlämnar|Föreslår|Tillstyrker|Avstyrker|Återremitterar"
)
# "• Bifall för införande av en friskvårdstimma", "• Avslag på motionen om X": the
# outcome's noun and what it was given to.
_NOUNS = r"(?:Bifall|Avslag|Godkännande|Antagande|Fastställande)[ \t]+(?:för|till|på|av)"
# "• Att godkänna förbundets årsredovisning": "Att" and any infinitive opens one too, and
# so does "Att" with a subject and a passive of decision ("• Att p-avgifterna höjs").
_PASSIVE = (
    r"(?:höjs|sänks|införs|inrättas|avslås|bifalls|godkänns|beviljas|antas|fastställs|"
    r"förlängs|tillsätts|upphävs|utses|avvecklas|säljs|köps|återremitteras)"
)
# "• En process ska inledas för att ...", "• Detaljplanen för X ska kraftigt omarbetas":
# a sentence whose modal and passive state what is to be done, under a head that says its
# items are decisions ("fattades bland annat följande beslut:").
_MODAL = r"[A-ZÅÄÖ][^\n.;:]{2,80}?[ \t](?:ska|skall)[ \t]+(?:[a-zåäö]+[ \t]+)?[a-zåäö]{3,}as\b"
_BULLET = re.compile(
    rf"^[ \t]*[•*\u2013-][ \t]*"
    rf"(?P<clause>(?:{_VERBS}|{_NOUNS}|Att[ \t]+(?:[a-zåäö]{{2,}}a|ge|utse))"
    rf"[ \t]+[^\n]*\S|Att[ \t]+[^\n.;:]{{3,80}}?[ \t]{_PASSIVE}\b[^\n]*\S"
    rf"|(?P<modal>{_MODAL})[^\n]*\S)[ \t]*$",
    re.M,
)
# The head that makes a modal sentence a decision: "följande beslut", "beslutades att:".
_DECISIONS_HEAD = re.compile(
    r"\bföljande\s+beslut\b|\bbeslut(?:ade|ades)\s+(?:att|följande)\s*:", re.I
)


# The line above the list says it lists decisions: "Ärenden i korthet", "Övriga beslut",
# "Kommunstyrelsen beslutade också:"; a list of aims ("• Ge stöd åt ...") has none.
_LIST_HEAD = re.compile(
    r"\b(?:ärenden|ärendena|beslut|besluten|beslutade|beslutades|beslöt|beslöts|sammandrag)\b",
    re.I,
)


# "• Att godkänna årsredovisningen. Överskottet blev ...": the decision is the first sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])")


# "- Beviljar verksamhetsbidrag till X": a board summary's present, subjectless, is its
# decision even in a later block whose own head is another item ("... med följande ramar:").
_FINITE = re.compile(
    r"(?:Antar|Avslår|Beviljar|Bifaller|Fastställer|Godkänner|Uppdrar|Upphäver|Utser|"
    r"Överlämnar|Tillstyrker|Avstyrker|Återremitterar)\b"
)


def _listed_before(heads: dict[int, str], start: int) -> bool:
    """An earlier bullet block of the page stands under a head that lists decisions."""
    return any(at < start and _LIST_HEAD.search(head) for at, head in heads.items())


def verb_bullet_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    found: list[VerbDecision] = []
    heads: dict[int, str] | None = None
    for m in _BULLET.finditer(ctx.text):
        line = Span(m.start("clause"), m.end("clause"))
        first = _SENTENCE_END.search(ctx.text, line.start, line.end)  # its first sentence
        line = Span(line.start, first.start() + 1) if first else line
        if any(t.start < line.end and line.start < t.end for t in taken):
            continue
        heads = list_heads(ctx.text) if heads is None else heads
        head = heads.get(m.start(), "")
        if m.group("modal") and not _DECISIONS_HEAD.search(head):
            continue
        if not _LIST_HEAD.search(head) and not (
            _FINITE.match(ctx.text, line.start) and _listed_before(heads, m.start())
        ):
            continue
        meeting = meeting_before(ctx, line.start, dated=False)
        if meeting is None or meeting.body is None or meeting.start > line.start:
            continue
        sentence = ctx.sentence_of(line.start) or line
        when = meeting_date(ctx, sentence, meeting.body)
        found.append(VerbDecision(meeting.body, line, when, line, "decision.verb_bullet"))
    return found

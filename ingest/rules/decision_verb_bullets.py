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
Lines other rules read, and reports or notices ("• Delgivning av ...", "• Information om
...") are left alone.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
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
_BULLET = re.compile(
    rf"^[ \t]*[•*\u2013-][ \t]*"
    rf"(?P<clause>(?:{_VERBS}|{_NOUNS}|Att[ \t]+(?:[a-zåäö]{{2,}}a|ge|utse))"
    rf"[ \t]+[^\n]*\S|Att[ \t]+[^\n.;:]{{3,80}}?[ \t]{_PASSIVE}\b[^\n]*\S)[ \t]*$",
    re.M,
)


# The line above the list says it lists decisions: "Ärenden i korthet", "Övriga beslut",
# "Kommunstyrelsen beslutade också:"; a list of aims ("• Ge stöd åt ...") has none.
_LIST_HEAD = re.compile(
    r"\b(?:ärenden|ärendena|beslut|besluten|beslutade|beslutades|beslöt|beslöts|sammandrag)\b",
    re.I,
)


_ANY_BULLET = re.compile(r"[ \t]*[•*\u2013-]")
# "• Att godkänna årsredovisningen. Överskottet blev ...": the decision is the first sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ])")


def _list_heads(text: str) -> dict[int, str]:
    """Each bullet line's start -> the nearest non-empty line above its block that is no
    bullet (one pass over the page's lines)."""
    heads: dict[int, str] = {}
    head = ""
    pos = 0
    for line in text.split("\n"):
        if _ANY_BULLET.match(line):
            heads[pos] = head
        elif line.strip():
            head = line.strip()
        pos += len(line) + 1
    return heads


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
        heads = _list_heads(ctx.text) if heads is None else heads
        if not _LIST_HEAD.search(heads.get(m.start(), "")) and not (
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

"""Decisions of a meeting report's news items: a short heading, then a paragraph.

Why: "Nyheter från kommunstyrelsen" and "Information från kommunstyrelsen <date>" pages
report each matter as a heading and a paragraph that states the outcome without a
decision verb, in the present tense: "Kommunen köper tillbaka fastigheten ...",
"<Kommun> kommun medfinansierar projektet ...", "Kommunstyrelsen föreslår att ...",
"Taxan justeras för 2026 med 3 procent", "Tömning av kärl ska upphandlas", or a heading
"Planprogram för X återremiterat". The body and the day are the meeting's.

Rule decision.report_item: on a page that states a body's meeting above the item, an
item (heading and paragraph) in which no other rule read a decision gives one:
1. the paragraph's first sentence, opening with the meeting's body (or its municipality
   or region) and a present-tense verb: from the verb on ("föreslår att X": X); or
   opening with a subject and an s-passive in the present ("ska upphandlas"): all of it;
   or the body is to do something ("Region Skåne ska genomföra ett pilotprojekt"): from
   the infinitive on, unless a "Beslut" section follows the item (it states the decision);
2. else the heading, when it states the outcome in one of those forms or with a
   decision verb's participle ("återremitterat"): the paragraph's sentence with the same
   verb, else the heading;
3. else, below a "Beslut i korthet" line, the heading itself when it names a matter: not a
   label ("Sidansvarig: ..."), page furniture, a body alone, an item whose own "Beslut"
   section follows, nor a document (ingest.rules.adoption_brief_headings reads its adoption).
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.language.segment import Span, overlaps_any
from ingest.rules.decision_dates import meeting_date
from ingest.rules.decision_filters import procedural
from ingest.rules.decision_headings import PAGE_FOOTER
from ingest.rules.decision_page import DECISION_SECTION
from ingest.rules.decision_verbs import VerbDecision
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.steering_adoption import opens_with_document

__all__ = ["BRIEF", "report_item_decisions", "short_heading"]

_HEADING_WORDS = 10
_MIN_WORDS = 3
# Present tense: what a body is or does over time, speaks or may do is no decision.
_NOT_ACTS = frozenset(
    {
        "har", "är", "blir", "ska", "skall", "kan", "kommer", "får", "vill", "bör", "måste",
        "behöver", "ansvarar", "arbetar", "består", "omfattar", "ligger", "gäller", "innebär",
        "handlar", "finns", "säger", "menar", "tycker", "anser", "ser", "hoppas", "tror",
        "välkomnar", "informerar", "berättar", "står", "äger", "driver", "erbjuder", "verkar",
        "fortsätter", "behandlar", "diskuterar", "saknar", "hade", "var", "ingår", "deltar",
        "medverkar", "sammanträder", "träffas", "möts", "samlas",
    }
)  # fmt: skip
_PRESENT = re.compile(r"\s+(?P<verb>[a-zåäö]{3,}(?:ar|er|ir|år|ör|är|yr))\b")
# "följer hela tiden upp", "genom att varje år ta regler": a habit, not one decision
_HABITUAL = re.compile(
    r"\b(?:hela\s+tiden|varje\s+(?:år|månad|vecka|höst|vår)|årligen|löpande|regelbundet"
    r"|kontinuerligt|ständigt|alltid)\b",
    re.I,
)
# "Region Skåne ska genomföra ett pilotprojekt": what the body is to do, decided now.
_SHALL = re.compile(
    r"\s+(?:ska|skall)\s+(?:(?:nu|även|också|därför|dessutom)\s+)?(?P<verb>[a-zåäö]{3,}a)\b"
)
_NOT_TO_DO = frozenset(
    {"vara", "bli", "kunna", "hålla", "verka", "bidra", "fungera", "ansvara", "arbeta", "fortsätta"}
)
_PROPOSES_THAT = re.compile(r"föreslår\s+att\s+", re.I)
# A subject of up to seven words ("Ett nytt system för kommunal avfallsinsamling"), then
# the s-passive, perhaps after "ska" and adverbs: "VA-taxan justeras", "Tömning av kärl ska
# i första hand upphandlas". Not a genitive ("kommunens", "länets") in the subject's place, nor
# a formal subject or a time ("Det har gjorts en översyn", "I år kompletteras den"),
# nor a perfect ("har tagits fram"), which tells the item's background.
_PASSIVE = re.compile(
    r"(?!(?i:inga|ingen|inget|nedan|här|sedan|därefter|nu|då|det|i|under|efter|vid|på)\b)"
    r"[A-ZÅÄÖ][\w-]*(?:\s+(?!ska\b|skall\b|som\b|är\b|var\b|har\b|hade\b)[\w-]+){0,6}?"
    r"\s+(?:(?:ska|skall)\s+(?:[a-zåäö]+\s+){0,3}?)?"
    r"(?P<verb>(?!\w*(?:ens|ets|ns|arnas|ernas|ornas|ss)\b)[a-zåäö]{2,}(?:as|[bdfgjklmprtv]s))\b"
)
# The minutes' notice of their posting: "Anslag sätts upp 2018-04-03 Anslag tas ner ...".
_NOTICE = re.compile(r"Anslag(?:et)?\s", re.I)
# Passives that report the meeting's course or describe, not decide.
_NOT_DECIDED = frozenset(
    {
        "redovisas", "presenteras", "beskrivs", "visas", "ställs", "begärs", "diskuteras",
        "informeras", "föredras", "behandlas", "noteras", "anmäls", "tas", "hålls", "finns",
        "kallas", "räknas", "anses", "upplevs", "behövs", "krävs", "används", "lyfts",
        "riktas", "omfattas", "präglas", "styrs", "utgörs",
    }
)  # fmt: skip
_ADOPTED = re.compile(r"antag|fastställ|godkän", re.I)
_PARTICIPLE = re.compile(
    r"\s(?P<verb>(?:återremitt?er|godkän|fastställ|bevilj|beslut|klubb|tillstyrk|avstyrk)"
    r"\w*(?:ad|at|ade|d|t|da)|antagen|antaget|antagna|avslagen|avslaget|bifallen|bifallet)"
    r"[.!]?\s*$",
    re.I,
)


# The page's own dates ("Publicerat 23 mars 2023", "Senast uppdaterad: ..."): no item.
_DATE_LINE = re.compile(r"(?:senast\s+)?(?:publicera|uppdatera|ändra)(?:d|t|des)\b", re.I)


def short_heading(text: str) -> bool:
    line = text.strip()
    return (
        0 < len(line.split()) <= _HEADING_WORDS
        and not _DATE_LINE.match(line)
        and line[:1].isupper()
        and not line.endswith((".", ":", "?", "!", ","))
    )


def _items(ctx: Context) -> list[tuple[Span, Span]]:
    """(heading, paragraph) pairs: a short heading line, then the text up to the next one."""
    starts = ctx.line_starts()
    lines = [
        Span(s, (starts[i + 1] - 1) if i + 1 < len(starts) else len(ctx.text))
        for i, s in enumerate(starts)
    ]
    headings = [
        i
        for i, ln in enumerate(lines)
        if short_heading(ctx.text[ln.start : ln.end])
        and i + 1 < len(lines)
        and not short_heading(ctx.text[lines[i + 1].start : lines[i + 1].end])
    ]
    found: list[tuple[Span, Span]] = []
    for n, i in enumerate(headings):
        end = lines[headings[n + 1]].start if n + 1 < len(headings) else len(ctx.text)
        paragraph = Span(lines[i].end, end)
        if ctx.text[paragraph.start : paragraph.end].strip():
            found.append((lines[i], paragraph))
    return found


def _opening_body(ctx: Context, span: Span, body: ActorHit) -> ActorHit | None:
    """The meeting's body, or its municipality or region, opening `span`."""
    first = next(iter(ctx.actors_in(span)), None)
    if first is None or ctx.text[span.start : first.start].strip():
        return None
    own = first.node_id == body.node_id or body.node_id.startswith(first.node_id + ":")
    return first if own else None


def _acts(ctx: Context, span: Span, body: ActorHit, shall: bool = False) -> Span | None:
    """What the sentence states the body does or proposes, or the whole of an s-passive."""
    text = ctx.text
    if _HABITUAL.search(text, span.start, span.end):
        return None  # "Kommunen följer hela tiden upp ...": what it always does
    subject = _opening_body(ctx, span, body)
    if subject is not None:
        m = _PRESENT.match(text, subject.end, span.end)
        to_do = _SHALL.match(text, subject.end, span.end) if shall else None
        if to_do is not None and to_do["verb"].lower() not in _NOT_TO_DO:
            return Span(to_do.start("verb"), span.end)  # "Region X ska genomföra ..."
        if m is None or m["verb"].lower() in _NOT_ACTS:
            proposal = _PROPOSES_THAT.match(text, subject.end + 1, span.end)
            return Span(proposal.end(), span.end) if proposal else None
        # "Kommunfullmäktige väljer" alone, or "... besluta följande:" over a list.
        rest = text[m.end() : span.end].rstrip()
        if not rest.strip(" .") or re.search(r"\bföljande(?:\s+[\w-]+){0,2}\s*:$", rest):
            return None
        return Span(m.start("verb"), span.end)
    m = _passive(text, span)
    if m is not None and not ctx.actors_in(Span(span.start, m.start("verb"))):
        return Span(m.start(), span.end)
    return None


def _passive(text: str, span: Span) -> re.Match[str] | None:
    """A subject and its s-passive opening `span`; not one of _NOT_DECIDED, nor a word
    of another language ("subjects")."""
    lead = len(text[span.start : span.end]) - len(text[span.start : span.end].lstrip())
    m = _PASSIVE.match(text, span.start + lead, span.end)
    if m is None or m["verb"] in _NOT_DECIDED or re.search(r"[cqwxz]", m["verb"]):
        return None
    if _NOTICE.match(m.group()):
        return None  # "Anslag sätts upp 2018-04-03": the minutes' posting, no decision
    return m


def _heading_verb(ctx: Context, heading: Span, body: ActorHit) -> str | None:
    """The verb by which a heading states the item's outcome, if it does."""
    text = ctx.text
    part = _PARTICIPLE.search(text, heading.start, heading.end)
    if part is not None:
        # "Smart specialiseringsstrategi för X antagen": a document adopted (ADOPTED)
        adopted = _ADOPTED.match(part["verb"]) and opens_with_document(
            ctx, heading.start, part.start()
        )
        return None if adopted else part["verb"]
    subject = _opening_body(ctx, heading, body)
    if subject is not None:
        m = _PRESENT.match(text, subject.end, heading.end)
        return m["verb"] if m and m["verb"].lower() not in _NOT_ACTS else None
    m = _passive(text, heading)
    return m["verb"] if m is not None else None


# "Beslut i korthet:", "Beslut i korthet från regionstyrelsen 6 mars": a line over items
# that are each a decision.
BRIEF = re.compile(r"^[^\S\n]*(?:\w+\s+)?beslut\s+i\s+korthet\b[^\n.]{0,50}$", re.I | re.M)


# A heading that is no matter: a label ("Sidansvarig: X"), the list's own title, the
# page's furniture ("Dela | Skriv ut", "Kontakta oss", "Läs mer")
_NO_MATTER = re.compile(
    r"[^\n]*(?::|\bbeslut|\|)|\s*(?:dela|skriv\s+ut|kontakt\w*|läs\s+mer|relaterad\w*"
    r"|senast\s+uppdaterad|publicerad|prenumerera|följ\s+oss|lyssna|till\s+toppen"
    r"|mer\s+(?:om|information)|protokoll\w*|handlingar\w*|bilag\w*|sammanträdes\w*)\b",
    re.I,
)


# The minutes' own fields over a line of their own: "Justeringens plats och tid",
# "Utses att justera", "Paragrafer".
_MINUTES_FIELD = re.compile(
    r"\s*(?:justeringens\s+(?:plats|tid)|utses\s+att\s+justera|justerare|övriga\s+deltagare"
    r"|plats\s+och\s+tid|(?:paragrafer|underskrifter|närvarande|beslutande)(?=[ \t]*(?:\n|$)))",
    re.I,
)


def _brief_matter(ctx: Context, heading: Span, paragraph: Span) -> bool:
    """Under a "Beslut i korthet" line, a heading that names a matter: not a label, not a
    body alone ("Barn- och utbildningsnämnden"), not a document (its adoption is read
    apart), and not one whose decision a "Beslut" section right after it states."""
    if BRIEF.search(ctx.text, 0, heading.start) is None:
        return False
    if DECISION_SECTION.match(ctx.text, paragraph.end):
        return False
    if _NO_MATTER.match(ctx.text, heading.start, heading.end) or ctx.documents_in(heading):
        return False
    named = ctx.actors_in(heading)
    return not (named and not ctx.text[heading.start : named[0].start].strip())


def _trimmed(ctx: Context, span: Span) -> Span:
    end = span.end
    while end > span.start and ctx.text[end - 1] in " \n.!":
        end -= 1
    return Span(span.start, end)


def _sentences_in(ctx: Context, span: Span) -> list[Span]:
    return [s for s in ctx.sentences if span.start <= s.start and s.end <= span.end]


def _item_decision(
    ctx: Context, heading: Span, paragraph: Span, body: ActorHit
) -> tuple[Span, Span] | None:
    """(what was decided, evidence) for one item."""
    if any(_MINUTES_FIELD.match(ctx.text, s.start, s.end) for s in (heading, paragraph)):
        return None
    if PAGE_FOOTER.match(ctx.text, paragraph.start, paragraph.end):
        return None  # "Uppdaterad 8 mars 2024 Lämna synpunkter": the page's footer
    sentences = _sentences_in(ctx, paragraph)
    if sentences:
        # What the body is to do is the decision unless the item's own "Beslut" states it.
        shall = not DECISION_SECTION.match(ctx.text, paragraph.end)
        clause = _acts(ctx, sentences[0], body, shall)
        if clause is not None:
            return _trimmed(ctx, clause), sentences[0]
    verb = _heading_verb(ctx, heading, body)
    if verb is None:
        # Under "Beslut i korthet", each item's heading names a matter decided.
        brief = _brief_matter(ctx, heading, paragraph)
        return (_trimmed(ctx, heading), heading) if brief else None
    for sentence in sentences:
        m = re.search(rf"\b{re.escape(verb)}\b", ctx.text[sentence.start : sentence.end], re.I)
        if m is not None:
            return _trimmed(ctx, Span(sentence.start + m.start(), sentence.end)), sentence
    return _trimmed(ctx, heading), heading


def report_item_decisions(ctx: Context, taken: list[Span]) -> list[VerbDecision]:
    """The decisions of a meeting report's items that no other rule read."""
    found: list[VerbDecision] = []
    for heading, paragraph in _items(ctx):
        item = Span(heading.start, paragraph.end)
        if overlaps_any(taken, item):
            continue
        meeting = meeting_before(ctx, heading.start, dated=False)
        if meeting is None or meeting.body is None or meeting.start >= heading.start:
            continue
        decided = _item_decision(ctx, heading, paragraph, meeting.body)
        if decided is None:
            continue
        clause, evidence = decided
        if len(ctx.text[clause.start : clause.end].split()) < _MIN_WORDS:
            continue  # "Burlöv beslutade": a series' title, no matter decided
        if procedural(ctx.text[clause.start : clause.end]):
            continue  # "Datum då anslaget sätts upp": the minutes' notice block
        when = meeting_date(ctx, evidence, meeting.body)
        found.append(VerbDecision(meeting.body, clause, when, evidence, "decision.report_item"))
    return found

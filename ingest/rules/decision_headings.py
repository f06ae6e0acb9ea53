"""What a short decision points back to: the heading of its item.

Why: "i korthet" pages and meeting reports give each matter a heading ("Yttrande över
remiss - Förslag till nationell plan för transportsystemet") and then state the decision
in a few words whose object refers back to it ("Regionstyrelsen beslutade att godkänna
svaret."). Alone, "godkänna svaret" says nothing; with its heading it is the decision.

Rule: a summary of at most three words (before a relative clause) that ends in a definite
noun ("svaret", "förslaget", "motionen", "yttrandet") or a pointing one ("båda avtal",
"dessa förslag") takes the heading of its paragraph, and so does a definite subject with a
passive ("Återrapporten godkänns.", "Informationen noteras."): the line right above the
paragraph's blank line, of a few words and without a full stop, and no section label
("Beslut"); else, where the heading runs straight into the item's text, the nearest such
line above within an item's length. A numbered item's own first line ("§ 73 Behovsutredning
...") comes before the line over the paragraph (often the meeting's).

Rule: a bare "förslaget" (no "på/till/om" after it) in a longer summary points back to
the proposal the sentence right before (a paragraph may end there) names ("presenterade sitt
förslag på ekonomiska mål och budget för 2020. Kommunstyrelsen tillstyrkte förslaget"):
that proposal's object follows it in the summary; with no proposal named there, the item's
heading does ("Kontorsstolar till biblioteket" over "Nämnden avslog förslaget ...").
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span

__all__ = ["PAGE_FOOTER", "item_heading", "with_antecedent", "with_heading", "with_item"]

_MAX_WORDS = 3
_HEADING_WORDS = 16
# A definite singular or plural noun: svaret, förslaget, motionen, yttrandena.
_DEFINITE = re.compile(r"[a-zåäö]{2,}(?:et|en|na)$")
# "båda avtal", "dessa förslag": a determiner that points back, before an indefinite noun.
_POINTING = re.compile(r"^(?:båda|bägge|dessa|detta|denna|samtliga)$")
# A passive verb opening the sentence: its subject is the item's heading.
_PASSIVE_FIRST = re.compile(
    r"(?:antogs|godkändes|avslogs|bifölls|fastställdes|beviljades|beslutades|återremitterades"
    r"|skickades|överlämnades|remitterades|hänvisades)$",
    re.I,
)
# A present or past passive closing a short summary: godkänns, noteras, antogs, avslås.
_PASSIVE_LAST = re.compile(r"[a-zåäö]{3,}(?:as|ns|es|ds|ts|ogs|ades)[.!]?$")
# "Medborgarförslaget är besvarat.", "Motionen är bifallen.": a participle's state ("anses
# besvarat" takes the heading into its subject: with_item).
_ANSWERED = re.compile(r"är\s+(?:besvara[dt]|bifall(?:en|et)|avslag(?:en|et)|behandla[dt])[.!]?$")
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
# "Förslaget", "Medborgarförslaget", "Motionen": a proposal pointed back to.
_BARE_PROPOSAL = re.compile(
    r"\b(?:(?:medborgar)?förslaget|motionen)\b(?!\s+(?:på|till|om|från|av|för|att)\b)", re.I
)
# "sitt förslag på ekonomiska mål och budget för 2020": the proposal's object, to the
# sentence's end or a clause break.
_PROPOSAL_OF = re.compile(
    r"\b(?:(?:medborgar)?förslag|motion)\s+(?P<prep>på|till|om|angående)\s+"
    r"(?P<object>[^.;:!?]{3,160})",
    re.I,
)
_RELATIVE = re.compile(r",?\s+som\s+")
_MAX_PROPOSAL_WORDS = 8
_ITEM_KIND = re.compile(
    r"^\s*(?:§\s*\d+\s*)?(?:(?:(?:medborgar)?förslag|motion)\w*\s+(?:om|till|angående)\s+)?",
    re.I,
)
_NOT_A_MATTER = re.compile(r"[()]|^\s*beslut\b", re.I)
_OBJECT_END = re.compile(r",?\s+(?:inklusive|som|vilket|där)\b|[.;:!?]")


def item_heading(ctx: Context, at: int) -> Span | None:
    """Where the heading line over the paragraph holding `at` is (see _heading)."""
    breaks = list(_PARAGRAPH.finditer(ctx.text, 0, at))
    if not breaks:
        return None
    end = len(ctx.text[: breaks[-1].start()].rstrip())
    start = ctx.text.rfind("\n", 0, end) + 1
    return Span(start, end) if _heading(ctx, at) else None


def _heading(ctx: Context, at: int) -> str | None:
    """The heading line over the paragraph holding `at`: the last non-blank line before
    the blank line that opens the paragraph; else, where an item's heading runs straight
    into its text or the decision has a paragraph of its own, the nearest heading-like
    line above `at` (see _nearest_heading). In a list, the item's own first sentence or
    the item above."""
    return _list_item_before(ctx, at) or _list_item_above(ctx, at) or _line_heading(ctx, at)


def _line_heading(ctx: Context, at: int) -> str | None:
    """_heading's lines, out of any list."""
    breaks = list(_PARAGRAPH.finditer(ctx.text, 0, at))
    # "§ 73 Behovsutredning 2019-2021 ...\nUtredningen ...": the item's own first line
    opening = breaks[-1].end() if breaks else 0
    first_end = ctx.text.find("\n", opening, at)
    if first_end > 0:
        first = ctx.text[opening:first_end].strip()
        if _heading_like(first) and _ITEM_NUMBER.match(first):
            return first
    if breaks:
        before = ctx.text[: breaks[-1].start()].rstrip()
        line = before[before.rfind("\n") + 1 :].strip()
        if _heading_like(line):
            return line
    return _nearest_heading(ctx, at)


# '• "Drogtest på arbetsplatserna". Förslag: ...' over 'Beslut: Förslaget överlämnas ...':
# a list item's quoted title, else its first sentence.
_LIST_ITEM = re.compile(r"[ \t]*(?:[-\u2013\u2022*]|\d{1,2}[.)])[ \t]*(?P<item>\S[^\n]*)")
_QUOTED = re.compile(r"^[\"\u201c\u201d](?P<title>[^\"\u201c\u201d\n]{3,120})[\"\u201c\u201d]")
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?=[.!?](?:\s|$)|$)")


def _list_item_above(ctx: Context, at: int) -> str | None:
    """The title of the list item on the line right above `at`'s line."""
    line_start = ctx.text.rfind("\n", 0, at) + 1
    if line_start == 0:
        return None
    above = ctx.text[: line_start - 1].rstrip()
    m = _LIST_ITEM.fullmatch(above, above.rfind("\n") + 1)
    if m is None:
        return None
    quoted = _QUOTED.match(m["item"])
    sentence = _FIRST_SENTENCE.match(m["item"])
    first = quoted["title"] if quoted else sentence.group() if sentence else ""
    first = first.strip()
    return first if first and len(first.split()) <= _HEADING_WORDS else None


def _list_item_before(ctx: Context, at: int) -> str | None:
    """The first sentence of the list item `at` goes on in: "• Förslag om allmän
    hundrastgård. Skickades till nämnden för beslut." """
    line_start = ctx.text.rfind("\n", 0, at) + 1
    m = _LIST_ITEM.match(ctx.text, line_start, at)
    if m is None:
        return None
    sentence = _FIRST_SENTENCE.match(m["item"])
    first = sentence.group().strip() if sentence else ""
    if not first or m.start("item") + len(first) >= at:
        return None
    return first if len(first.split()) <= _HEADING_WORDS else None


def _heading_like(line: str) -> bool:
    return (
        bool(line)
        and len([w for w in line.split() if w.strip("-\u2013")]) <= _HEADING_WORDS  # no dashes
        and not line.endswith(_STOPS)
        and line.lower() not in _FURNITURE
        and not _BODY_LABEL.fullmatch(line)
        and not _DECISION_LINE.match(line)  # "Beslut: Kommunfullmäktige beslutar anta X"
        and re.search(r"[^\W\d_]", line) is not None  # "2024-03-14": a date line, no heading
        and not PAGE_FOOTER.match(line)  # "Publicerad 2019-03-12": the page's date
    )


# A page's date line or footer link, no item's heading or matter: "Publicerad 2019-03-12",
# "Senast uppdaterad 8 mars 2024", "Lämna synpunkter".
PAGE_FOOTER = re.compile(
    r"\s*(?:(?:senast\s+)?(?:uppdaterad|uppdaterat|ändrad)|publicerad|publicerat|skapad"
    r"|sidan\s+(?:uppdaterades|publicerades)|lämna\s+synpunkter|dela\s+sidan|skriv\s+ut)\b",
    re.I,
)


# A page's section label is no item's heading: "Sälja fastigheten", not "...: Nyheter".
# Nor is an item's own section label ("Beslut" over the decision): the heading is above it.
_FURNITURE = frozenset(
    {"nyheter", "nyhet", "aktuellt", "pressmeddelande", "pressmeddelanden", "startsida", "meny"}
    | {"beslut", "beslutet", "förslag till beslut", "ärendet", "bakgrund", "sammanfattning"}
)


_STOPS = (".", "!", "?", ":", ",")
# A minutes item's own labels under its heading: the decision line, the file number, the
# proposal's and the description's labels ("Dnr 2009/BUN 099", "Ordförandens förslag till
# beslut", "Beskrivning av ärendet").
_DECISION_LINE = re.compile(
    r"\s*(?:Beslut\s*:|Dnr\b|Diarienummer\b|(?:[\wåäö-]+s\s+)?förslag\s+till\s+beslut\b"
    r"|Beskrivning\s+av\s+ärendet\b|Ärendebeskrivning\b|Bilagor?\b)",
    re.I,
)
# "Kommunfullmäktiges beslut": a body's decision label over the decision, no heading.
# ("Barn- och utbildningsnämndens beslut": a shared compound part before the body)
_BODY_LABEL = re.compile(r"(?:[\wåäö]+-\s+och\s+)?[\wåäö-]+s\s+beslut", re.I)
_REFERRAL_WORDS = 6
_REFERRAL = re.compile(
    r"(?:motionen|medborgarförslaget|förslaget|ärendet)\s+(?:\w+\s+)?"
    r"(?:(?:åter)?remitter(?:as|ades)|överlämna(?:s|des)|hänvisa(?:s|des))\s+till\b",
    re.I,
)
_ITEM_NUMBER = re.compile(r"(?:§\s*\d+|\d{1,2}\.)\s+[A-ZÅÄÖ]")
_ITEM_CHARS = 1500  # an item's text: a few paragraphs


def _nearest_heading(ctx: Context, at: int) -> str | None:
    """The nearest line above `at`'s line without a full stop, of a few words, starting
    with a capital, within an item's length; not a list line."""
    end = ctx.text.rfind("\n", 0, at)
    while end > 0 and end > at - _ITEM_CHARS:
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        if line and _heading_like(line) and (line[0].isupper() or _ITEM_NUMBER.match(line)):
            return line  # "§49 Uppföljning av ekonomin": a minutes item's numbered heading
        end = start - 1
    return None


# "Verksamhetsområdet fastställdes enligt förslag.", "Skickades till X för beslut.": how
# or to what end the item was handled, which says nothing of what it is.
_HOW_TAIL = re.compile(
    r"\s+(?:enligt\s+(?:förslag(?:et)?|ordförandens\s+förslag)|i\s+enlighet\s+med\s+"
    r"förslaget|för\s+(?:beslut|beredning|yttrande|handläggning))[.!]?$",
    re.I,
)


def with_heading(ctx: Context, summary: str, at: int) -> str:
    """The summary, with its item's heading when it only points back to it."""
    # "godkänna remissvaret som nu kan skickas till X": the object before its relative clause
    words = _RELATIVE.split(_HOW_TAIL.sub("", summary), maxsplit=1)[0].split()
    if not words or len(words) > _MAX_WORDS:
        return summary
    pointing = len(words) >= 2 and _POINTING.match(words[-2].lower())
    subjectless = _PASSIVE_FIRST.match(words[0])  # "Antogs av kommunfullmäktige."
    # "Återrapporten godkänns.", "Informationen noteras.": a definite subject and a passive
    pointed = _DEFINITE.search(words[0].lower()) and (
        _PASSIVE_LAST.match(words[-1].lower()) or _ANSWERED.match(" ".join(words[1:]).lower())
    )
    last = words[-1].lower().rstrip(".!")  # "Socialnämnden godkände redovisningen."
    if not (pointing or subjectless or pointed) and not _DEFINITE.search(last):
        return summary
    heading = _heading(ctx, at)
    return f"{summary.rstrip('.')}: {heading}" if heading else summary


# "... för ytterligare beredning": the referral's purpose, no matter of its own.
_PURPOSE_TAIL = re.compile(
    r"\s+för\s+(?:ytterligare\s+|vidare\s+|fortsatt\s+|ny\s+)?"
    r"(?:beredning|handläggning|utredning|behandling)(?:\s+och\s+beslut)?[.!]?$",
    re.I,
)


def _referred(summary: str) -> bool:
    """A short referral of the item itself: "Motionen remitteras till kommunstyrelsen",
    also with its purpose ("Ärendet återremitterades till kommunstyrelsen för ytterligare
    beredning")."""
    words = _PURPOSE_TAIL.sub("", summary).split()
    if len(words) <= _DELEGATION_WORDS and _DELEGATED.match(summary):
        return True
    return len(words) <= _REFERRAL_WORDS and bool(_REFERRAL.match(summary))


# "KF överlåter åt samhällsbyggnadsnämnden att besluta i ärendet", "KF skickade ärendet
# vidare till flera nämnder", "Motionen på remiss till kommunstyrelsen": the item itself is
# handed on, and only the item's heading says what it is.
_DELEGATED = re.compile(
    r"(?:\w+\s+)?(?:överl[åä]t(?:er|s|it|ade)?\s+åt\s+[^.]{3,60}?\s+att\s+(?:besluta|avgöra)"
    r"\s+i\s+ärendet|(?:skicka|sända|lämna)(?:de|r|s)?\s+(?:ärendet|motionen|"
    r"medborgarförslaget|förslaget)\s+vidare\s+till|(?:motionen|medborgarförslaget|ärendet)"
    r"\s+(?:går\s+)?på\s+remiss\s+till|(?:ärendet|motionen|medborgarförslaget)\s+"
    r"hänskjut(?:s|es|ades)\s+till)\b",
    re.I,
)
_DELEGATION_WORDS = 12


def with_item(ctx: Context, summary: str, at: int) -> str:
    """The summary with its item's heading (see with_heading), also when it refers the
    item itself on to another body in a few more words."""
    if not _referred(summary):
        return with_heading(ctx, summary, at)
    heading = _heading(ctx, at)
    return f"{summary.rstrip('.')}: {heading}" if heading else summary


def with_antecedent(ctx: Context, summary: str, at: int) -> str:
    """The summary with "förslaget" completed by the proposal the sentence before names,
    else by its item's heading (not a list item's words)."""
    bare = _BARE_PROPOSAL.search(summary)
    if bare is None:
        return summary
    index = ctx.sentence_index(Span(at, at))
    if index <= 0 or index > len(ctx.sentences):
        return summary
    before = ctx.sentences[index - 1]
    found = list(_PROPOSAL_OF.finditer(ctx.text, before.start, before.end))
    if not found:
        # "Kontorsstolar till biblioteket / Diarienummer ... / Nämnden avslog förslaget":
        # the item's heading names the proposal
        listed = _list_item_before(ctx, at) or _list_item_above(ctx, at)
        heading = None if listed else _line_heading(ctx, at)  # a list's item names no matter
        if (
            heading is None
            or heading in summary
            or len(heading.split()) > _MAX_PROPOSAL_WORDS
            or _NOT_A_MATTER.search(heading)  # a link ("(pdf, nytt fönster)"), a label
        ):
            return summary
        # "§ 46 Medborgarförslag om parklek": its number and kind are said already
        named = _ITEM_KIND.sub("", heading) or heading
        named = named[0].lower() + named[1:] if not named[1:2].isupper() else named
        return f"{summary[: bare.end()]} om {named}{summary[bare.end() :]}"
    obj = found[-1].group("object")
    end = _OBJECT_END.search(obj)
    obj = " ".join(obj[: end.start() if end else len(obj)].split()).rstrip(",")
    if not obj:
        return summary
    return f"{summary[: bare.end()]} {found[-1].group('prep')} {obj}{summary[bare.end() :]}"

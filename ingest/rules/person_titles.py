"""Persons named next to a role title: "miljöstrateg Eva Ek", "Eva Ek, miljöstrateg".

Why a title is a trigger: a title phrase (ingest.rules.role_titles) right before or right
after two capitalised words is how Swedish pages introduce an official, whatever
verb the sentence has ("presenterar justitieminister X", "enligt Eva Ek, socialchef").
No word of the name may name a place, nor its first word be a noun's definite form,
so that "chef Folktandvården Karlsborg" names no one; before a title, where any
capitalised pair may stand, the first word must be a known given name (or the name
carry its party).

- person.title_prefix: "<title> Name" (the title on the same line);
- person.title_apposition: "Name (P), <title>", "Name som är <title>";
- person.appointed: "utsett Name till <title>", "anställa Name som <title>".

Only the person is found here; ingest.rules.extract_roles reads the role and its
organisation.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.page_head import opens_sentence
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_titles import (
    APPOINTED,
    APPOINTER,
    FORMER,
    GENITIVE_BODY,
    LINKING_VERB,
    NAME,
    PARTY,
    POST,
    TITLE,
    apposed,
    head_words,
    name_words,
    plausible_name,
    spoken_title,
)

_TITLE_ENDING = re.compile(rf"{TITLE}$", re.I)
_OWNED_TITLE = re.compile(r"(?<![\wåäö])(?:[Kk]ommunens|[Rr]egionens|[Ll]änsstyrelsens)\s+$")
# "Kommunstyrelsens ordförande, Eva Ek signerade": a body's officer, then the name.
_BODY_TITLE = re.compile(r"[a-zåäö](?:styrelsens|nämndens|fullmäktiges|utskottets)\s+$", re.I)
# Older pages write the party in lower case: "ordförande Eva Ek (s)".
_PARTY = re.compile(rf" \((?P<party>{PARTY})\)", re.I)
_NAME_BEFORE = re.compile(
    rf"(?P<name>{NAME})(?: \((?P<party>{PARTY})\))?"
    # "Eva Ek, ny kommunchef i X": a newly appointed holder's "ny" before the title
    rf"(?:,\s+(?:{GENITIVE_BODY}\s+|nya?\s+)?|{LINKING_VERB})$"
)


def _add(ctx: Context, sink: FactSink, start: int, end: int, party: str | None, rule: str) -> None:
    if any(p.start < end and start < p.end for p in ctx.persons):
        return
    mention_end = end
    if party:
        mention_end = end + len(f" ({party})")
    add_person(ctx, sink, ctx.text[start:end], party, start, mention_end, rule, CONF_PATTERN)


def _after_title(ctx: Context, sink: FactSink, title_start: int, title_end: int) -> None:
    """'<title> Name': the name right after the title, on the same line. Any first word
    will do, unless the title is the apposition of a name before it ('Eva Ek, samordnare
    Okänd Grupp'), when the words after it may be anything."""
    text = ctx.text
    gap = 1
    # "Kommunens fastighetschef, Eva Ek, informerade": an owner's title, the name in commas
    owned = _OWNED_TITLE.search(text, max(0, title_start - 30), title_start) is not None
    officer = _BODY_TITLE.search(text, max(0, title_start - 40), title_start) is not None
    if text.startswith(", ", title_end) and (spoken_title(text, title_start) or owned or officer):
        gap = 2  # "säger landshövding, Eva Ek"
    elif text.startswith(" heter ", title_end):
        gap = 7  # "Kommunens nya kommundirektör heter Eva Ek"
    elif text.startswith(" är ", title_end) and opens_sentence(ctx, title_start):
        gap = 4  # "Projektledare är Eva Ek"
    elif not text.startswith(" ", title_end):
        return
    else:
        gap = _past_organisation(ctx, title_end) or gap
    words = name_words(text, title_end + gap)
    if not words:
        return
    end = words[-1][1]
    closed = text.startswith(",", end) or (officer and plausible_name(text, words))
    if gap == 2 and not spoken_title(text, title_start) and not closed:
        return  # an officer's name needs a known given name when no comma closes it
    party = _PARTY.match(text, end)
    loose = not apposed(text, title_start)
    if plausible_name(text, words, party=party is not None, loose=loose):
        p = party.group("party").upper() if party else None
        _add(ctx, sink, words[0][0], end, p, "person.title_prefix")


_AT = re.compile(r" (?:i|på|vid|för) ")


def _past_organisation(ctx: Context, title_end: int) -> int:
    """'landshövdingen i Kalmar län Peter Sandwall': the gap from the title to a name
    after the organisation the page names right after it (0 for none)."""
    m = _AT.match(ctx.text, title_end)
    held = next((a for a in ctx.actors if m and a.start == m.end()), None)
    if held is None or not ctx.text.startswith(" ", held.end):
        return 0
    return held.end + 1 - title_end


def _before_title(ctx: Context, sink: FactSink, title_start: int) -> None:
    """'Name (P), <title>' and 'Name som är <title>': the name right before the title."""
    text = ctx.text
    lo = max(0, title_start - 90)
    m = _NAME_BEFORE.search(text, lo, title_start)  # also "Bo Bok, kommunstyrelsens <title>"
    if m is None:
        return
    for word in re.finditer(r"\S+", m.group("name")):
        words = name_words(text, m.start("name") + word.start())
        if words and words[-1][1] == m.end("name") and plausible_name(text, words):
            end = m.end("name")
            _add(ctx, sink, words[0][0], end, m.group("party"), "person.title_apposition")
            return


# "Regeringen har utsett Eva Ek till landshövding", "anställa Bo Berg som generaldirektör":
# an appointment names the person before the title it gives.
_APPOINTED = re.compile(
    rf"(?<![\wåäö]){APPOINTED}\s+{APPOINTER}(?P<name>{NAME})\s+(?:till|som)\s+(?:nya?\s+)?$",
    re.I,
)


# "Från och med 1 mars är Eva Ek ny socialchef": the copula before the name, "ny" after it.
_INVERTED = re.compile(rf"(?<![\wåäö])(?:är|blir|blev)\s+(?P<name>{NAME})\s+nya?\s+$")


# "tillträdde Eva Ek jobbet som generaldirektör", "förlänga Eva Eks förordnande som <title>":
# the post held, named between the person and the title.
_POST = re.compile(
    rf"(?<![\wåäö])(?P<name>{NAME})\s+(?P<post>{POST})"
    r"\s+som\s+(?:nya?\s+)?$"
)


def _appointed(ctx: Context, sink: FactSink, title_start: int) -> None:
    """'utsett Name till <title>', 'anställa Name som <title>', 'är Name ny <title>',
    'Name(s) förordnande som <title>'."""
    lo = max(0, title_start - 90)
    m = _APPOINTED.search(ctx.text, lo, title_start) or _INVERTED.search(ctx.text, lo, title_start)
    end = m.end("name") if m else 0
    if m is None and (m := _POST.search(ctx.text, lo, title_start)) is not None:
        end = m.end("name")
        if m.group("post") == "förordnande" and m.group("name").endswith("s"):
            end -= 1  # "Eva Eks förordnande": the genitive's s is not the name's
    if m is None:
        return
    words = name_words(ctx.text, m.start("name"))
    if words and words[-1][1] == m.end("name") and plausible_name(ctx.text, words, loose=True):
        _add(ctx, sink, words[0][0], end, None, "person.appointed")


def title_persons(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for head_start, head_end in head_words(text):
        title = _TITLE_ENDING.search(text, max(0, head_start - 60), head_end)
        if title is None or FORMER.search(text, max(0, title.start() - 20), title.start()):
            continue
        _after_title(ctx, sink, title.start(), title.end())
        _before_title(ctx, sink, title.start())
        _appointed(ctx, sink, title.start())
    ctx.persons.sort(key=lambda p: (p.start, p.end))

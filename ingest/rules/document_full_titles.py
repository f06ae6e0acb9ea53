"""A document's full title: the name a page gives it in quotes or brackets, or its title
line's subtitle.

Why: pages name a document by its kind noun in the text ("en ny regional kulturplan")
and give its real title once: quoted after "med namnet", "som heter" or "kallad"
("... med namnet "Kultur i en nyskapande kunskapsregion - Region Xs kulturplan
2019-2022""), or on the page's title line with a subtitle after a dash ("Regional
överenskommelse - mottagning, etablering, integration", "Kultur att växa i -
Kulturplan X län 2022"). Readers, and other portals linking to the document, know it by
that title.

Rules: a quoted name of up to twenty words right after a mention, introduced by
"med namnet|titeln|rubriken", "som heter|kallas" or "kallad|kallat", is the document's
title; on the page's first line, a mention that fills the line up to a dash, or from a
dash to the line's end, takes the whole line as its title, when the other side is a few
words with no full stop and no organisation alone ("Kulturplan - Region X" is an owner,
not a title). A quote the mention opens ("godkände fullmäktige "Handlingsplan psykisk
hälsa 2018-2020"") and a bracketed name of three words or more with a document noun right
after it ("kulturplan (Kultur att växa i - Kulturplan X län 2022)") are its title too; a
period that ends the title is the document's.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.regex_guard import compile_guarded
from ingest.rules.document_groups import Group
from ingest.rules.document_words import NOUNS

__all__ = ["full_titles"]

_QUOTED = compile_guarded(
    r"[ \t]*,?[ \t]*(?:med[ \t]+(?:namnet|titeln|rubriken)|som[ \t]+(?:heter|kallas)|"
    r"kallad|kallat)[ \t]*:?[ \t]*[\"”“](?P<name>[^\"”“\n]{3,160}?)[.]?[\"”“]"
)
_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+")
# "godkände fullmäktige ”Handlingsplan psykisk hälsa 2018-2020”": the mention opens a quote.
_OPEN_QUOTE = re.compile(r"[\"”“«][ \t]*$")
_CLOSED = re.compile(r"(?P<name>[^\"”“»\n]{3,160}?)[.]?[\"”“»]")
# "Region Xs nya kulturplan (Kultur att växa i - Kulturplan X län 2022)": its name.
_BRACKETED = re.compile(r"[ \t]*\((?P<name>[A-ZÅÄÖ][^()\n]{8,160})\)")
_DOCUMENT_WORD = re.compile("(?i)(?:" + "|".join(NOUNS) + r")(?:en|n|et|erna|na)?\b")
_END_PERIOD = re.compile(r"((?:19|20)\d{2})[ \t]*[-\u2013][ \t]*((?:19|20)\d{2})$")
_MAX_TITLE_WORDS = 20
_MAX_SIDE_WORDS = 10


def _quoted_name(ctx: Context, start: int, end: int) -> str | None:
    """The quoted name right after the mention, or inside it (a mention read with its
    name: "en ny kulturplan med namnet "X 2019-2022"")."""
    m = _QUOTED.search(ctx.text, start, min(len(ctx.text), end + 200))
    if m is None or m.start() > end:
        return None
    name = " ".join(m.group("name").split()).rstrip(" .")
    return name if 1 <= len(name.split()) <= _MAX_TITLE_WORDS else None


def _enclosing_name(ctx: Context, start: int, end: int) -> str | None:
    """A quoted title the mention opens, or a bracketed name right after the mention."""
    if _OPEN_QUOTE.search(ctx.text, max(0, start - 2), start):
        m = _CLOSED.match(ctx.text, start)
        if m is not None and m.end("name") >= end:
            return " ".join(m.group("name").split()).rstrip(" .")
    m = _BRACKETED.match(ctx.text, end)
    if m is not None and len(m.group("name").split()) >= 3:
        name = " ".join(m.group("name").split())
        return name if _DOCUMENT_WORD.search(name) else None
    return None


def _title_line(ctx: Context) -> tuple[int, int] | None:
    m = re.search(r"\S[^\n]*", ctx.text)
    return (m.start(), m.start() + len(m.group(0).rstrip())) if m else None


def _with_subtitle(ctx: Context, line: tuple[int, int], start: int, end: int) -> str | None:
    """The whole title line, when the mention fills one side of its dash."""
    text = ctx.text[line[0] : line[1]]
    dashes = list(_DASH.finditer(text))
    if len(dashes) != 1 or text.rstrip().endswith((".", "!", "?", ":")):
        return None
    dash = dashes[0]
    a, b = start - line[0], end - line[0]
    if a == 0 and b == dash.start():
        other = (line[0] + dash.end(), line[1])
    elif a == dash.end() and b == len(text):
        other = (line[0], line[0] + dash.start())
    else:
        return None
    side = ctx.text[other[0] : other[1]]
    if not 1 <= len(side.split()) <= _MAX_SIDE_WORDS:
        return None
    if any(x.start <= other[0] and other[1] <= x.end for x in ctx.actors):
        return None  # "Kulturplan - Region X": the owner, not a subtitle
    return " ".join(text.split())


def full_titles(ctx: Context, groups: list[Group]) -> None:
    """Give each group the full title the page states for it, if it states one."""
    line = _title_line(ctx)
    for g in groups:
        for hit in g.hits:
            name = _quoted_name(ctx, hit.start, hit.end) or _enclosing_name(ctx, hit.start, hit.end)
            if name is None and line is not None and line[0] <= hit.start < line[1]:
                name = _with_subtitle(ctx, line, hit.start, hit.end)
            if name is not None:
                g.title, g.named = name, True
                years = _END_PERIOD.search(name)
                if g.period is None and years:  # "... 2018-2020": the title's period
                    g.period = (int(years.group(1)), int(years.group(2)))
                break

"""Initiatives known by name: national and EU programmes and methods, and Leader and
Interreg areas.

Why a list: a page names "Klimatklivet", "Viable Cities" or "Huskurage" bare, with no
"projektet" or quotes to mark a name, yet they recur on pages of every municipality and
region. The list (gazetteers/programmes.csv) holds names that go by themselves; an alias
("Covenant of Mayors", "LONA") is a mention of its canonical name.

- initiative.known_programme: a listed name or alias, as written (case included), with
  a genitive "s" allowed ("Klimatklivets"); a long one-word definite name also in lower
  case ("en del av kultursamverkansmodellen").
- initiative.programme_area: "Leader Kustland 2023", "Interreg Aurora": a Leader or
  Interreg area by its capitalised name (and a year that belongs to it).
"""

from __future__ import annotations

import re
from functools import cache

from ingest.context import Context
from ingest.language.gazetteer import programmes
from ingest.language.regex_guard import compile_guarded

__all__ = ["is_known_programme", "programme_names"]

Found = tuple[int, int, str, str]  # start, end, name, rule
_LONG = 10  # a one-word name this long is no common word, whatever its case

_AREA_HEADS = ("Leader", "Interreg")
_AREA = compile_guarded(
    rf"(?<![\wåäöÅÄÖ-])(?P<name>(?:{'|'.join(_AREA_HEADS)})\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+"
    r"(?:[ \t]+[A-ZÅÄÖ][\wåäöÅÄÖ-]+){0,2}(?:[ \t]+20\d\d)?)(?![\wåäöÅÄÖ-])"
)


@cache
def _forms() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """One pattern per listed name or alias, with the form itself (a substring test skips
    the pattern on most pages) and the canonical name it mentions."""
    out: list[tuple[str, re.Pattern[str], str]] = []
    for name, aliases in programmes():
        # "en del av kultursamverkansmodellen": a long one-word definite name in lower case
        # too ("grannsamverkan" in lower case is the method, no programme)
        named = " " not in name and len(name) >= _LONG and name.endswith(("en", "et"))
        lower = [name[0].lower() + name[1:]] if named else []
        for form in (name, *aliases, *lower):
            pattern = re.compile(rf"(?<![\wåäöÅÄÖ-]){re.escape(form)}(?=s?(?![\wåäöÅÄÖ-]))")
            out.append((form, pattern, name))
    return tuple(out)


def is_known_programme(name: str) -> bool:
    """A listed programme's own name: its canonical form, never extended by a subtitle
    (but "Leader - Utveckling Hälsingebygden" names a Leader area)."""
    return name not in _AREA_HEADS and any(canonical == name for _, _, canonical in _forms())


def programme_names(ctx: Context) -> list[Found]:
    """Known programmes and Leader or Interreg areas the page names."""
    areas: list[Found] = []
    for m in _AREA.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        areas.append((m.start(), m.end(), name, "initiative.programme_area"))
    found: list[Found] = []
    for form, pattern, name in _forms():
        if form not in ctx.text:
            continue
        for m in pattern.finditer(ctx.text):
            # "Leader Kustlandet 2023": the area, not the bare programme it opens with
            if not any(a[0] <= m.start() and m.end() < a[1] for a in areas):
                found.append((m.start(), m.end(), name, "initiative.known_programme"))
    return found + areas

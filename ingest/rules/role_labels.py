"""A title used as a label before a name: "Handläggare: Eva Ek", "Sekreterare: Bo Berg".

Why apart: case papers and minutes head each item with labelled fields ("Dnr: ...
Handläggare: Eva Ek Dokument: ..."), often run together on one line by the PDF
reader. The label is the person's title and the colon says a name follows, so the
name needs no known given name; it ends at the next label ("Dokument:").

- role.labelled_title: the title's organisation is chosen by ingest.rules.role_owner (a
  meeting officer's is the meeting's body, a handläggare's the page's owner), else it is
  the body whose name alone heads the label's block of lines ("Kommunfullmäktige" over
  "Antal ledamöter: 45" and "Ordförande: Eva Ek").
A government page's fact box sets "Ansvariga statsråd" on its own line over the name.
The label must be capitalised, one word (or a deputy's "Vice ordförande") and a title
(ingest.rules.role_titles), so that
"Ansvarig: handläggare på Vuxenenheten" names no one; a meeting's "Sekreterare:",
"Justerare:" or member lists someone present, who holds no role by the gold's convention.
A name followed by its own title ("Handläggare: Eva Ek, beredskapssamordnare") is left to
the apposition rule.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import role_link
from ingest.rules.role_owner import resolve
from ingest.rules.role_titles import base_title, is_title, name_words, plausible_name

CONF_LABEL = 0.75

# "Vice ordförande:", "Förste vice ordförande:": the chair's deputies, two or three words
_LABEL = compile_guarded(
    r"(?<![\wåäöÅÄÖ-])(?:(?P<title>(?:(?:Förste|Andre|Första|Andra)\s+vice|Vice)\s+[a-zåäö-]+"
    r"|[A-ZÅÄÖ][a-zåäö-]+):[ \t]*"
    # a government page's fact box: "Ansvariga statsråd" over the minister's name
    r"|^[ \t]*Ansvarig[at]?[ \t]+(?P<box>statsråd|minister)[ \t]*\n[ \t]*)",
    re.M,
)


# A meeting's secretary, checker or member is listed as present, not given a role.
_PRESENT_ONLY = frozenset({"sekreterare", "justerare", "ledamot", "ledamöter", "ersättare"})
_APPOSED = re.compile(r",[ \t]*(?P<title>[\wåäöÅÄÖ-]+)[ \t]*(?:$|[\n.,;])", re.M)


def _own_title_after(text: str, end: int) -> bool:
    """The name is followed by its own title after a comma, which the apposition rule
    reads."""
    m = _APPOSED.match(text, end)
    return m is not None and is_title(m["title"])


def _block_head(ctx: Context, at: int) -> str | None:
    """The body a block of fact lines is headed by: "Kommunfullmäktige" over "Antal
    ledamöter: 45" and "Ordförande: Eva Ek" (a blank line ends a block)."""
    block = ctx.text.rfind("\n\n", 0, at)
    start = 0 if block < 0 else block + 2
    line_end = ctx.text.find("\n", start, at)
    if line_end < 0:
        return None
    head = ctx.text[start:line_end]
    lead = start + len(head) - len(head.lstrip())
    actor = next((a for a in ctx.actors if a.start == lead and not a.anaphoric), None)
    if actor is None or ctx.text[actor.end : line_end].strip():
        return None
    return actor.node_id


def labelled_titles(ctx: Context, sink: FactSink) -> list[tuple[int, int]]:
    """Link each labelled person to the label's title; returns the spans read."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    for m in _LABEL.finditer(text):
        label = "title" if m.group("title") else "box"
        if not is_title(m.group(label)) or m.group(label).lower() in _PRESENT_ONLY:
            continue
        words = name_words(text, m.end())
        if not plausible_name(text, words, loose=True):
            continue
        start, end = words[0][0], words[-1][1]
        if _own_title_after(text, end):
            continue  # "Handläggare: Eva Ek, beredskapssamordnare": the apposition's title
        person = next((p for p in ctx.persons if p.start == start), None)
        if person is None:
            person = add_person(
                ctx, sink, text[start:end], None, start, end, "person.labelled_title", CONF_PATTERN
            )
        if person is None:
            continue
        title = base_title(m.group(label))
        t_start, t_end = m.start(label), m.end(label)
        org = resolve(ctx, sink, t_start, t_end, title, genitive=None, listed=True)
        org = org or _block_head(ctx, t_start)
        if role_link(
            ctx, sink, person, org, title, "role.labelled_title", CONF_LABEL, t_start, end
        ):
            spans.append((t_start, end))
    ctx.persons.sort(key=lambda p: (p.start, p.end))
    return spans

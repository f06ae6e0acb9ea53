"""A page that sets out one measure of a programme, as measure registers publish them.

Why: municipal environment and climate programmes are often followed up measure by
measure, one page each (invented example: "Cykelvägar till skolor" / "Åtgärd 3.2" /
"Åtgärdsstatus:" / "Pågår" / "Bygga säkra cykelvägar till alla skolor senast 2026" /
"Ansvarig organisation" / "• Tekniska nämnden"). The page is the measure: no list or
"Aktivitet:" label introduces it, and its responsible body stands under a heading of
its own.

Rule list.activities.measure_page: a page whose opening lines hold a measure's code
line ("Åtgärd A21. 2.2. 10", "Åtgärd 3.2") or its status field ("Åtgärdsstatus:") ->
the first line after them that states something (five words or more, no field label)
is an Activity. It has no document: the page's headline names what the measure works
on, not the programme it belongs to.

Rule list.responsible.measure_page: on such a page, "Ansvarig organisation" ("Ansvarig
nämnd", "Ansvarig förvaltning", "Ansvarig") as a heading line, the bodies on the lines
under it (bulleted or not), or after its colon on the same line -> RESPONSIBLE_FOR.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.list_items import add_activity
from ingest.rules.responsible_parties import link_responsible

__all__ = ["extract_measure_page"]

# How far into the page the measure's code or status must stand.
_OPENING_CHARS = 800
_CODE_WORDS = r"Åtgärd[ \t]+[A-ZÅÄÖ]{0,3}\d[\d. ]{0,15}"  # "Åtgärd A21. 2.2. 10"
_CODE = re.compile(rf"^[ \t]*{_CODE_WORDS}[ \t]*$", re.M)
_MARKER = re.compile(rf"^[ \t]*(?:{_CODE_WORDS}|Åtgärdsstatus[ \t]*:[^\n]*)[ \t]*$", re.M)
_LINE = re.compile(r"[^\n]+")
_MIN_WORDS = 5
# (the field's name alone on its line, or with a colon: "Ansvarig utgivare: X" is none)
_RESPONSIBLE = re.compile(
    r"^[ \t]*Ansvarig[a]?(?:[ \t]+(?:organisation(?:er)?|nämnd(?:er)?|förvaltning(?:ar)?"
    r"|enhet(?:er)?))?[ \t]*(?::[ \t]*(?P<who>[^\n]*?))?[ \t]*$",
    re.M,
)
_BULLET = re.compile(r"[ \t]*(?:[•\u2022\u25cf\u25aa*\-\u2013][ \t]*)?")
_MAX_BODY_WORDS = 6


def extract_measure_page(ctx: Context, sink: FactSink) -> None:
    markers = list(_MARKER.finditer(ctx.text, 0, min(len(ctx.text), _OPENING_CHARS)))
    codes = _CODE.findall(ctx.text)
    if not markers or len(codes) > 1:
        return  # several measures' codes: a list of measures, not one measure's page
    description = _description(ctx, markers[-1].end())
    if description is None:
        return
    text = ctx.text[description.start : description.end]
    activity_id = add_activity(
        ctx, sink, None, description, text, description.start, "list.activities.measure_page"
    )
    if activity_id is None:
        return
    for head in _RESPONSIBLE.finditer(ctx.text, description.end):
        for who in _bodies(ctx, head):
            link_responsible(
                ctx, sink, activity_id, head.start(), who, "list.responsible.measure_page"
            )


def _description(ctx: Context, start: int) -> Span | None:
    for line in _LINE.finditer(ctx.text, start):
        said = line.group(0).strip()
        if len(said.split()) >= _MIN_WORDS and not said.endswith(":"):
            lead = len(line.group(0)) - len(line.group(0).lstrip())
            end = line.start() + lead + len(said.rstrip("."))
            return Span(line.start() + lead, end)
    return None


def _bodies(ctx: Context, head: re.Match[str]) -> list[Span]:
    """The bodies a responsibility heading names: after its colon, else on the short
    lines right under it up to a blank line."""
    if head.group("who"):
        return [Span(head.start("who"), head.end("who"))]
    found: list[Span] = []
    pos = head.end() + 1
    for line in _LINE.finditer(ctx.text, pos):
        if line.start() != pos:
            break  # a blank line ends the field
        bullet = _BULLET.match(line.group(0))
        lead = bullet.end() if bullet else 0
        said = line.group(0)[lead:].strip()
        if not said or len(said.split()) > _MAX_BODY_WORDS or said.endswith(":"):
            break
        found.append(Span(line.start() + lead, line.start() + lead + len(said)))
        pos = line.end() + 1
    return found

"""The municipality of a municipal page that never names it in full.

Why: a copy of minutes or a committee's news often names its municipality only as
a place ("Sessionssalen, kommunhuset i Hultsfred", "kommunstyrelsens sammanträde i
Örnsköldsvik"), yet its committees need the municipality for their ids.

Rule actor.municipality.seat: when the page has no municipality yet (no site, none
named in full), speaks of a municipal body or office (kommunstyrelse,
kommunfullmäktige, kommunhus, kommunchef ...), and names exactly one municipality
as a place after "i" ("i Hultsfred"), in the town hall's address ("Gamla
kommunhuset, Åtvidaberg") or in the minutes' venue field ("Plats Kumla Folkets Hus"),
that is the page's municipality.

Rule actor.municipality.venue: on minutes, the venue field names a place of one
municipality among its parts ("Plats: Lokal Bäcken, kommunförvaltningen, Älvsbyn"):
that municipality is the page's, whatever others the minutes name more often (a joint
service "med Piteå kommun"). A seat named otherwise
than its municipality counts as the municipality ("Kommunkontoret, Kisa" is Kinda's;
ingest/gazetteers/seats.csv).

Rule actor.municipality.headline: a national body's local page headed by a municipality's
name and a dash ("Dorotea - medborgarlöften" on the police's site), which speaks of
"kommunen" and names no municipality in full, is about that municipality.
"""

from __future__ import annotations

import re

from graph.nodes import Level
from ingest.context import ActorHit, Context, level_of
from ingest.facts import FactSink
from ingest.language.gazetteer import Municipality, municipality_by_name, municipality_by_seat
from ingest.rules.actor_hits import municipality_hit
from ingest.rules.decision_page import minutes_page
from ingest.rules.page_head import head_lines

__all__ = ["headline_hits", "seat_hits", "venue_hits"]

CONF_SEAT = 0.7
_VENUE_RULE = "actor.municipality.venue"
_HEAD_CHARS = 600  # the minutes' head

_MUNICIPAL_WORD = re.compile(
    r"\b[Kk]ommun(?:styrelse|fullmäktige|hus|chef|direktör|kansli|ledningskontor|kontor)", re.I
)
# "i Hultsfred", or an address "Gamla kommunhuset, Åtvidaberg"; not a county: "i Kalmar
# län" names no municipality.
_IN_PLACE = re.compile(
    # "Stadshuset, sessionssalen, Ludvika": the room between the hall and the town
    r"(?:(?<![\w-])i|(?<![\w-])(?:[Kk]ommunhuset|[Ss]tadshuset|[Kk]ommunkontoret),"
    r"(?:\s+[a-zåäö]+,)?)"
    r"\s+(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\b(?!\s+läns?\b)"
)
# A minutes' venue field: "Plats Kumla Folkets Hus", "Plats och tid Gruesalen Bjuv, ...":
# the town opens the field or follows the room's name before a comma.
_VENUE = re.compile(
    r"\bPlats(?:\s+och\s+tid)?\s*:?\s+(?:[A-ZÅÄÖ][\wåäö]+\s+(?=[A-ZÅÄÖ][a-zåäö]+,))?"
    r"(?P<place>[A-ZÅÄÖ][a-zåäö]+)\b(?!\s+läns?\b)"
)


def seat_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """The one municipality named as a place on a municipal page without one."""
    if (
        ctx.publisher_municipality
        or ctx.site is not None
        or any(a.municipality_code for a in ctx.actors)
    ):
        return []
    if not _MUNICIPAL_WORD.search(ctx.text):
        return []
    found: list[tuple[int, int, Municipality]] = []
    for m in [*_IN_PLACE.finditer(ctx.text), *_VENUE.finditer(ctx.text)]:
        place = m.group("place")
        muni = municipality_by_name(place) or municipality_by_seat(place)
        taken = any(a.start < m.end() and m.start("place") < a.end for a in ctx.actors)
        if muni is not None and not taken:
            found.append((m.start("place"), m.end("place"), muni))
    if len({muni.code for _, _, muni in found}) != 1:
        return []
    muni = found[0][2]
    hits: list[ActorHit] = []
    for start, end, _ in found:
        hit = municipality_hit(sink, muni, (start, end), "actor.municipality.seat", CONF_SEAT)
        if hit is not None:
            hits.append(hit)
    return hits


_HEADLINE_PLACE = re.compile(
    r"[ \t]*(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]+[\u2013-][ \t]+\S"
)
_KOMMUNEN = re.compile(r"\b[Kk]ommun(?:en|ens)?\b")


def headline_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """The municipality a national body's local page is headed by."""
    site = ctx.site
    if (
        site is None
        or level_of(site.kind) is not Level.NATIONAL
        or any(a.municipality_code for a in ctx.actors)
        or not _KOMMUNEN.search(ctx.text)
    ):
        return []
    lines = head_lines(ctx, 1)
    m = _HEADLINE_PLACE.match(ctx.text, lines[0].start(), lines[0].end()) if lines else None
    muni = municipality_by_name(m.group("place")) if m else None
    if m is None or muni is None:
        return []
    span = (m.start("place"), m.end("place"))
    hit = municipality_hit(sink, muni, span, "actor.municipality.headline", CONF_SEAT)
    return [hit] if hit is not None else []


# The venue field's text: after "Plats" up to the next label or line.
_VENUE_FIELD = re.compile(
    r"\bPlats(?:\s+och\s+tid)?\s*:?\s+(?P<field>[^\n]{1,90}?)"
    r"(?=\s+(?:Tid|Beslutande|Ledamöter|Närvarande|Övriga|Juster\w*|Sekreterare)\b|\n|$)"
)
_PLACE = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\b(?!\s+läns?\b)")


def _venue_places(ctx: Context) -> list[tuple[int, int, Municipality]]:
    """The municipalities named in the minutes' venue field, where they are named (an
    event's "Plats: Folkets hus, Kumla" on another page names only where it is held)."""
    if ctx.site is not None or not minutes_page(ctx):
        return []
    field = _VENUE_FIELD.search(ctx.text[:_HEAD_CHARS])
    if field is None:
        return []
    found: list[tuple[int, int, Municipality]] = []
    for m in _PLACE.finditer(ctx.text, field.start("field"), field.end("field")):
        muni = municipality_by_name(m.group()) or municipality_by_seat(m.group())
        if muni is not None:
            found.append((m.start(), m.end(), muni))
    return found if len({muni.code for _, _, muni in found}) == 1 else []


def venue_hits(ctx: Context, sink: FactSink) -> tuple[str | None, list[ActorHit]]:
    """The kommunkod of the one municipality a minutes' venue field names, and that
    municipality as an actor where the venue names it (unless one is read there)."""
    found = _venue_places(ctx)
    if not found:
        return None, []
    start, end, muni = found[0]
    taken = any(a.start < end and start < a.end for a in ctx.actors)
    hit = None if taken else municipality_hit(sink, muni, (start, end), _VENUE_RULE, CONF_SEAT)
    return muni.code, [hit] if hit is not None else []

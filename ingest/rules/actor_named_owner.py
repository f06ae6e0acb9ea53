"""The owner a body is named with: "Kommunstyrelsen i Umeå kommun", "Kommunfullmäktige
i Umeå", "Regionstyrelsen i Region Västerbotten", "Socialnämnden inom Kramfors kommun".

Why: news name a committee with its municipality or region after "i"; that owner, not
the page's, is whose body it is. Given to the page's municipality, another
municipality's board would merge with the page's own. The named owner is no actor of
its own in that phrase: the body's hit covers it, so that "Kommunstyrelsen i Umeå
kommun beslutade" is the board's decision, not the municipality's; the owner keeps
its mention (a bare place name gets one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, fold, municipality_by_name
from ingest.rules.actor_hits import municipality_hit

__all__ = ["NamedOwner", "line_municipality", "line_owner", "named_owner"]

_CONF_PLACE = 0.8
_TAIL = re.compile(r"\s+(?:i|inom)\s+")
# Up to three capitalised words ("Upplands Väsby", "Östra Göinge", "Malung-Sälen"),
# then perhaps "kommun" or "län".
_PLACE = re.compile(
    r"(?P<name>[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2})(?:\s+(?P<tail>kommun|län)\b)?"
)
_REGION_NAMES = ("region", "landsting")
# "Samhällsavdelningen på Naturvårdsverket", "enheten för miljöanalys vid Länsstyrelsen X".
_UNIT_TAIL = re.compile(r"\s+(?:på|vid|hos|inom|i)\s+")
_UNIT_HEADS = ("avdelningen", "enheten", "sektionen", "kontoret", "kansliet", "staben")
_UNIT_OWNERS = (OrganizationKind.AGENCY, OrganizationKind.COUNTY_BOARD)


@dataclass(frozen=True, slots=True)
class NamedOwner:
    """("kommun", kommunkod) or ("region", länskod); where the phrase ends; the owner's hit."""

    owner: tuple[str, str]
    end: int
    hit: ActorHit | None


def named_owner(
    ctx: Context, sink: FactSink, name: str, end: int, start: int | None = None
) -> NamedOwner | None:
    """The municipality or region named right after a body ending at `end`, or the
    agency or county board named right after a unit ("Samhällsavdelningen på X")."""
    unit_owner = _unit_owner(ctx, name, end, start)
    if unit_owner is not None:
        return unit_owner
    tail = _TAIL.match(ctx.text, end)
    if tail is None:
        return None
    at = tail.end()
    regional = fold(name).startswith(_REGION_NAMES)
    hit = next((a for a in ctx.actors if a.start == at), None)
    if hit is not None:
        if hit.kind is OrganizationKind.REGION and hit.county_code:
            return NamedOwner(("region", hit.county_code), hit.end, hit)
        if hit.kind is OrganizationKind.MUNICIPALITY and hit.municipality_code and not regional:
            return NamedOwner(("kommun", hit.municipality_code), hit.end, hit)
        return None
    return _place(ctx, sink, at, regional)


# "säger Kjell Norman, chef för landsbygdsenheten": a unit named as where one works.
_WORKS_AT = re.compile(r"\b(?:[a-zåäö]*chef|ansvarig|handläggare|samordnare)\s+(?:för|på|vid)\s+$")


def _unit_owner(ctx: Context, name: str, end: int, start: int | None) -> NamedOwner | None:
    """An agency's or a county board's unit, named with it (or on its own site as where a
    person works): its id extends the owner's
    (Organization:nationell:naturvardsverket:samhallsavdelningen). The owner keeps its
    own mention and actor."""
    if not fold(name).endswith(_UNIT_HEADS):
        return None
    tail = _UNIT_TAIL.match(ctx.text, end)
    # "chef för landsbygdsenheten" on a county board's or an agency's own site: its unit.
    site = ctx.site_actor() if tail is None and ctx.publisher_municipality is None else None
    works = start is not None and _WORKS_AT.search(ctx.text, max(0, start - 40), start)
    if site is not None and site.kind in _UNIT_OWNERS and works:
        _, scope, key = site.node_id.split(":", 2)
        return NamedOwner((scope, key), end, None)
    hit = next((a for a in ctx.actors if a.start == tail.end()), None) if tail else None
    if hit is None or hit.anaphoric or hit.kind not in _UNIT_OWNERS:
        return None
    _, scope, key = hit.node_id.split(":", 2)
    return NamedOwner((scope, key), end, None)


def _place(ctx: Context, sink: FactSink, at: int, regional: bool) -> NamedOwner | None:
    """A bare place name: a municipality's ("i Umeå"), or a county's for a region's body
    ("Regionstyrelsen i Västerbotten")."""
    m = _PLACE.match(ctx.text, at)
    if m is None or any(a.start < m.end() and at < a.end for a in ctx.actors):
        return None
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        place = " ".join(words[:n])
        stop = at + len(place) if n < len(words) else m.end()
        if regional:
            county = county_by_name(place)
            if county is not None and m["tail"] != "kommun":
                return NamedOwner(("region", county.code), stop, None)
            continue
        muni = municipality_by_name(place)
        if muni is not None and m["tail"] != "län":
            hit = municipality_hit(sink, muni, (at, stop), "actor.body.named_owner", _CONF_PLACE)
            return NamedOwner(("kommun", muni.code), stop, hit) if hit else None
    return None


# A list line that opens with a municipality, then its person and their title:
# "- Flens kommun - Eva Ek (M), kommunstyrelsens ordförande".
_LINE_LEAD = re.compile(r"[ \t]*(?:[-\u2013\u2014•*·]|\d{1,2}[.)])?[ \t]*")


def line_municipality(ctx: Context, start: int) -> str | None:
    """The kommunkod of the municipality the line holding `start` opens with, if any."""
    line_start = ctx.text.rfind("\n", 0, start) + 1
    lead = _LINE_LEAD.match(ctx.text, line_start)
    at = lead.end() if lead else line_start
    opener = next((a for a in ctx.actors if a.start == at and at < start), None)
    if opener is None or opener.anaphoric or opener.kind is not OrganizationKind.MUNICIPALITY:
        return None
    return opener.municipality_code


def sentence_municipality(ctx: Context, start: int) -> str | None:
    """The kommunkod of the municipality named last before `start` in its sentence, on a
    page of no municipality's own site ("deltog Östersunds kommun med A, kommunstyrelsens
    ordförande"): on a municipality's site its bodies are its own, whoever else it names."""
    site = ctx.site
    sentence = ctx.sentence_of(start)
    if sentence is None or (site is not None and site.kind is OrganizationKind.MUNICIPALITY):
        return None
    named = [
        a
        for a in ctx.actors
        if sentence.start <= a.start
        and a.end <= start
        and not a.anaphoric
        and a.kind is OrganizationKind.MUNICIPALITY
    ]
    return named[-1].municipality_code if named else None


def line_owner(ctx: Context, start: int, owner: tuple[str, str] | None) -> tuple[str, str] | None:
    """A municipal body's owner: the municipality its line opens with, if any (the body
    named later on that line is that municipality's), else the one named before it in its
    sentence, else `owner`."""
    if owner is None or owner[0] != "kommun":
        return owner
    code = line_municipality(ctx, start) or sentence_municipality(ctx, start)
    return ("kommun", code) if code else owner

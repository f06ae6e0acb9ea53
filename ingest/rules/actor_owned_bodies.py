"""Bodies named with their owner: "Region Västerbottens kulturberedning",
"Länsstyrelsens naturvårdsenhet", "Enheten för landsbygd och tillväxt på
Länsstyrelsen Dalarna".

Why: a body of a region or a county board is often named through its owner, in the
genitive with the body's indefinite form, or followed by "på/vid/inom <owner>". The
owner says whose body it is, so no page publisher is needed. Runs after the other
actor rules, so that the owner (named in full or as a bare "Länsstyrelsens") is known.

Rules:
- actor.body.owner_genitive: "<owner>s <x>nämnd|styrelse|beredning|utskott|förvaltning|
  avdelning|enhet|kontor|kansli|fullmäktige" -> the body in its definite form
  ("Kulturberedningen", "Förbundsfullmäktige"), with a leading "regionala|kommunala|
  gemensamma" ("Regionala utvecklingsnämnden").
- actor.body.site_unit: on a county board's own site, the unit a person works in
  ("enhetschef vid enheten för samhälle och kulturmiljö").
- actor.body.owner_located: "<X>enheten|avdelningen|sektionen" or "Enheten|Avdelningen|
  Sektionen för <x> (och <y>)" followed by "på|vid|inom <owner>", or on a contact card's
  line by the owner's name itself ("Enheten för X Länsstyrelsen Y").
The owner is a municipality, a region or a county board; the body's id extends the
owner's scope (Organization:region:24:kulturberedningen,
Organization:lansstyrelse:24:naturvardsenheten).
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_bodies import CONF_COMMITTEE, body_kind
from ingest.rules.actor_hits import body_hit

__all__ = ["definite_name", "owned_body_hits"]

# Indefinite head -> definite ending.
_DEFINITE = {
    "nämnd": "nämnden",
    "styrelse": "styrelsen",
    "beredning": "beredningen",
    "utskott": "utskottet",
    "förvaltning": "förvaltningen",
    "avdelning": "avdelningen",
    "enhet": "enheten",
    "kontor": "kontoret",
    "kansli": "kansliet",
    "fullmäktige": "fullmäktige",  # "Region Västerbottens förbundsfullmäktige"
}


def definite_name(body: str, head: str) -> str:
    """A body named in the indefinite as it names itself: ("kultur- och bildningsnämnd",
    "nämnd") -> "Kultur- och bildningsnämnden"."""
    name = " ".join(body.split())
    name = name[: -len(head)] + _DEFINITE[head]
    return name[0].upper() + name[1:]


# A contact card's line: "Enheten för landsbygd och tillväxt(,) Länsstyrelsen Gävleborg".
OWNER_JUXTAPOSED = r"[ \t]*,?[ \t]+(?=(?:Länsstyrelsen|Region)\s)"
_GENITIVE_BODY = re.compile(
    # "Region Västerbottens regionala utvecklingsnämnd": the adjective is part of its name
    r"s\s+(?P<body>(?:(?:regionala|kommunala|gemensamma)\s+)?"
    r"(?:[a-zåäö]+-\s*och\s+)?[a-zåäö]{3,}(?P<head>" + "|".join(_DEFINITE) + r"))(?![\wåäö-])"
)
# An item may open with its adjective: "Enheten för hållbar utveckling".
_ITEM = r"(?:[a-zåäö]+(?:bar|ig|lig|isk|iv|al|ell|ad|ande|ende)[at]?\s+)?[a-zåäö]+"
_UNIT = compile_guarded(
    r"(?<![\w-])(?P<body>(?:Enheten|Avdelningen|Sektionen|Förvaltningen)\s+för\s+"
    + _ITEM
    + r"(?:(?:,\s+|\s+och\s+)"
    + _ITEM
    + r")*|[A-ZÅÄÖ][a-zåäö]{3,}(?:enheten|avdelningen|sektionen))"
    rf"(?:\s+(?:på|vid|inom)\s+|{OWNER_JUXTAPOSED})"
)
# "medvetenheten", "enigheten": an adjective's -het noun, not a unit (see actor_bodies).
_NOT_A_UNIT = re.compile(r"[^aeiouyåäösrn-]enhet(?:en)?$")
_OWNER_KINDS = {
    OrganizationKind.MUNICIPALITY: "kommun",
    OrganizationKind.REGION: "region",
    OrganizationKind.COUNTY_BOARD: "lansstyrelse",
}


def _scope(owner: ActorHit) -> tuple[str, str] | None:
    prefix = _OWNER_KINDS.get(owner.kind)
    code = owner.node_id.rsplit(":", 1)[-1]
    if prefix is None or not code.isdigit():
        return None
    return prefix, code


def _hit(
    sink: FactSink, owner: ActorHit, start: int, end: int, name: str, rule: str
) -> ActorHit | None:
    scope = _scope(owner)
    if scope is None:
        return None
    prefix, code = scope
    unit = rule.endswith(("located", "site_unit"))  # an enhet, avdelning or sektion
    kind = OrganizationKind.ADMINISTRATION if unit else body_kind(name)
    org = Organization(id=ids.body_id(prefix, code, name), name=name, kind=kind)
    return body_hit(sink, org, (start, end), rule, CONF_COMMITTEE, scope)


def _free(ctx: Context, start: int, end: int) -> bool:
    return not any(a.start < end and start < a.end for a in ctx.actors)


def owned_body_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Bodies named through their owner, outside the organisations already found."""
    hits: list[ActorHit] = []
    by_end = {a.end: a for a in ctx.actors if a.kind in _OWNER_KINDS}
    for a in ctx.actors:  # the owner's genitive "s" may be part of its hit or not
        if a.kind in _OWNER_KINDS and ctx.text[a.start : a.end].endswith("s"):
            by_end.setdefault(a.end - 1, a)
    for end, owner in sorted(by_end.items()):
        m = _GENITIVE_BODY.match(ctx.text, end)
        if m is None or _NOT_A_UNIT.search(m.group("body")):
            continue
        start, stop = m.start("body"), m.end("body")
        if not _free(ctx, start, stop):
            continue
        name = definite_name(m.group("body"), m.group("head"))
        found = _hit(sink, owner, start, stop, name, "actor.body.owner_genitive")
        if found is not None:
            hits.append(found)
    by_start = {a.start: a for a in ctx.actors if a.kind in _OWNER_KINDS}
    for m in _UNIT.finditer(ctx.text):
        at = by_start.get(m.end())
        start, stop = m.start("body"), m.end("body")
        if at is None or _NOT_A_UNIT.search(m.group("body")) or not _free(ctx, start, stop):
            continue
        name = " ".join(m.group("body").split())
        found = _hit(sink, at, start, stop, name, "actor.body.owner_located")
        if found is not None:
            hits.append(found)
    return hits + _site_units(ctx, sink)


# "enhetschef vid enheten för samhälle och kulturmiljö" on a county board's site.
_WORKS_IN_UNIT = re.compile(
    r"\b[a-zåäö]*(?:chef|ansvarig|handläggare|samordnare|strateg)\s+(?:för|på|vid|inom)\s+"
    r"(?P<body>enheten\s+för\s+[a-zåäö]+(?:(?:,\s+|\s+och\s+)[a-zåäö]+)*"
    r"|[a-zåäö]{3,}(?:enheten|avdelningen|sektionen))\b"
)


def _site_units(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """A unit where a person on a county board's own site works: the board's unit
    (actor.body.site_unit)."""
    site = ctx.site_actor()
    if site is None or site.kind is not OrganizationKind.COUNTY_BOARD:
        return []
    hits: list[ActorHit] = []
    for m in _WORKS_IN_UNIT.finditer(ctx.text):
        start, stop = m.start("body"), m.end("body")
        if _NOT_A_UNIT.search(m.group("body")) or not _free(ctx, start, stop):
            continue
        name = " ".join(m.group("body").split())
        name = name[:1].upper() + name[1:]
        found = _hit(sink, site, start, stop, name, "actor.body.site_unit")
        if found is not None:
            hits.append(found)
    return hits

"""The councils and boards by their common abbreviations: "KF", "KS", "RF", "RS".

Why: decision lists and minutes write "KF beslutade att höja avgifterna", "KF avslog
motionen", "Antaget av: KF" without ever defining the letters; a page that defines them
("Kommunfullmäktige (KF)") is read by the acronym rule of ingest.rules.actor_bodies.

Rule actor.body.abbreviation: on a page with a municipality, "KF", "KS" and "KSAU" (also
written "Kf", "kf", "Ks", "ks": "Ks ordförande Eva Ek", "överlämnas till ks") are its
Kommunfullmäktige, Kommunstyrelsen and its arbetsutskott; on a page with a home county
and no municipality, "RF" and "RS" are the region's Regionfullmäktige and
Regionstyrelsen. Not in a case number or a paragraph reference ("Dnr KS 2015/0259", "KS
107/16", "KF § 117", "KS/2017:499"), where the letters file a matter rather than name who
acts.

Rule actor.body.paragraph_code: minutes that number their items by the body's letters
("Ks 17 Dnr 2018-000020 ...", "Ks 18 ...", "KS § 153") name the body whose minutes they
are, at least twice with the same letters; `paragraph_body` gives it to the meeting rules
(ingest.rules.role_page_bodies), so that a copy whose heading was lost still seats its
chair ("Maria Ek, C, ordförande") on that body.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_hits import body_hit

__all__ = ["abbreviation_hits", "paragraph_body"]

CONF_ABBREVIATION = 0.7
_MUNICIPAL = {
    "KF": "Kommunfullmäktige",
    "KS": "Kommunstyrelsen",
    "KSAU": "Kommunstyrelsens arbetsutskott",
}
_REGIONAL = {"RF": "Regionfullmäktige", "RS": "Regionstyrelsen"}
_LETTERS = compile_guarded(
    r"(?<![\w/-])(?P<abbr>KSAU|Ksau|ksau|KF|KS|RF|RS|Kf|Ks|kf|ks)"
    r"(?![\w/-])"
)
# "Dnr KS 2015/0259", "KS 107/16", "KF § 117", "KS/2017:499", "KF:s": a file reference.
_REFERENCE_AFTER = re.compile(r"\s*(?:§|\d|/|:|,\s*§)")
_BY_BEFORE = re.compile(r"\bav:?\s*$", re.I)
_REFERENCE_BEFORE = re.compile(r"(?:\bDnr\.?|\bdiarienummer)\s*$", re.I)
# "Ks 17", "KS § 153": an item's number, not a case's ("KS 107/16", "KS 2015/0259").
_PARAGRAPH_AFTER = re.compile(r"\s+(?:§\s*)?\d{1,3}\b(?![/:.-]\d)")


def _paragraph_codes(ctx: Context) -> list[re.Match[str]]:
    """The letters that number at least two items, all with the same letters."""
    found = [
        m
        for m in _LETTERS.finditer(ctx.text)
        if _PARAGRAPH_AFTER.match(ctx.text, m.end())
        and not _REFERENCE_BEFORE.search(ctx.text, max(0, m.start() - 15), m.start())
    ]
    letters = {m["abbr"].upper() for m in found}
    return found if len(found) >= 2 and len(letters) == 1 else []


def paragraph_body(ctx: Context) -> str | None:
    """The body whose letters number the page's items ("Ks 17", "Ks 18")."""
    codes = _paragraph_codes(ctx)
    spans = {(m.start(), m.end()) for m in codes}
    return next((a.node_id for a in ctx.actors if (a.start, a.end) in spans), None)


def abbreviation_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    if ctx.publisher_municipality:
        names, owner = _MUNICIPAL, ("kommun", ctx.publisher_municipality)
    elif ctx.home_county:
        names, owner = _REGIONAL, ("region", ctx.home_county)
    else:
        return []
    hits: list[ActorHit] = []
    items = {m.start() for m in _paragraph_codes(ctx)}
    for m in _LETTERS.finditer(ctx.text):
        name = names.get(m["abbr"].upper())
        by = _BY_BEFORE.search(ctx.text, max(0, m.start() - 15), m.start()) or m.start() in items
        if name is None or (_REFERENCE_AFTER.match(ctx.text, m.end()) and not by):
            continue  # "Antaget av: KF § 65": the adopter, its paragraph after it
        if _REFERENCE_BEFORE.search(ctx.text, max(0, m.start() - 15), m.start()):
            continue
        if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            continue
        org = Organization(id=ids.body_id(*owner, name), name=name, kind=OrganizationKind.COMMITTEE)
        span = (m.start(), m.end())
        rule = "actor.body.paragraph_code" if m.start() in items else "actor.body.abbreviation"
        hit = body_hit(sink, org, span, rule, CONF_ABBREVIATION, owner)
        if hit is not None:
            hits.append(hit)
    return hits

"""Bodies of the page's municipality or region named by a head and its remit.

Rules:
- actor.body.remit: "Utskottet för personal, kompetensförsörjning och utbildning",
  "Beredningen för hållbar utveckling", "enheten för hållbar utveckling", "Styrelsen för
  folktandvården" ("styrelsen för Närhälsan" on a region's site), "förvaltningen för
  regional utveckling": a body's head
  noun, "för" and a remit of lower-case words (a coordinated list allowed), ending
  before a preposition, verb or punctuation that is no part of it. The head may be a
  capitalised compound ("Fokusberedningen för folkhälsa") or, capitalised or after
  "ordförande|ledamot i", indefinite ("nämnd för arbetsmarknad och näringsliv"), or a
  board's committee ("kommunstyrelsens utskott för tillväxt och hållbar utveckling").
- actor.body.unit_named: "Staben Hållbar utveckling": a unit's head and its capitalised
  name (adjective and noun).
- actor.body.town_committee: "Torshälla stads nämnd": a committee named by a town
  within the municipality.
The owner is the page's municipality or region (ingest.rules.actor_bodies.body_owner);
a name followed by "på|vid|inom <owner>" is left to ingest.rules.actor_owned_bodies, and
on an agency's or the government's site no such body is the page's.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import municipality_by_name
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_bodies import CONF_COMMITTEE, body_kind, body_owner
from ingest.rules.actor_hits import body_hit
from ingest.rules.actor_owned_bodies import OWNER_JUXTAPOSED

__all__ = ["named_body_hits"]

# Words that end a remit: prepositions, articles, auxiliaries, conjunctions.
_STOP = (
    r"(?:i|på|av|att|med|som|till|om|den|det|de|en|ett|under|från|inom|vid|är|har|ska|"
    r"kommer|hos|och|samt|eller|men|för|efter|inför|mot|kan|var|blir|tog|hade|där|när)"
)
# A body named next in a list of bodies is no word of a remit ("kommittén för
# rättighetsfrågor, hälso- och sjukvårdsutskottet").
_BODY_WORD = r"[a-zåäö]*(?:nämnden|styrelsen|utskottet|kommittén|förvaltningen|beredningen)\b"
_WORD = rf"(?!{_STOP}\b)(?!{_BODY_WORD})[a-zåäö][a-zåäö]+(?:-(?=\s+och\b))?"
# An item is a noun, or an adjective and its noun: "hållbar utveckling", "fysisk planering".
# A neuter adjective before a verbal noun: "livslångt lärande", "hållbart byggande".
_ADJECTIVE = (
    rf"(?!{_STOP}\b)(?:nya?\b|nytt\b|[a-zåäö]+(?:bar|lig|ig|isk|al|ell|iv|är|ande|ende|ad|ade|a)"
    r"|[a-zåäö]+t(?=\s+[a-zåäö]+[ae]nde\b))"
)
_ITEM = rf"(?:{_ADJECTIVE}\s+)?{_WORD}"
_PROCEDURE = (
    r"(?:beslut|beredning|yttrande|kännedom|handläggning|åtgärd|information|besvarande|"
    r"avgörande|behandling|granskning|verkställighet|prövning|utredning)"
)
_REMIT = compile_guarded(
    r"(?<![\w-])(?P<head>[Uu]tskottet|[Bb]eredningen|[Ee]nheten|[Aa]vdelningen|[Nn]ämnden|"
    r"[Kk]ommittén|[Ss]ekretariatet|[Kk]ontoret|[Ss]taben|[Ff]örvaltningen|"
    # a region's boards: "Styrelsen för folktandvården" (in lower case only on a region's
    # site: elsewhere "styrelsen för" may be any company's board in prose)
    r"[Ss]tyrelsen|"
    # a capitalised compound head ("Fokusberedningen för folkhälsa"), or the indefinite
    # head a role names ("ordförande i nämnd för arbetsmarknad och näringsliv")
    r"[A-ZÅÄÖ][a-zåäö]{2,}(?:beredningen|utskottet|nämnden|kommittén)|"
    r"(?<=ordförande i )(?:[Nn]ämnd|[Bb]eredning|[Uu]tskott)|"
    r"(?<=ledamot i )(?:[Nn]ämnd|[Bb]eredning|[Uu]tskott)|Nämnd|Beredning|Utskott|"
    # a board's or council's committee named by its remit: "kommunstyrelsens utskott för
    # tillväxt", "regionstyrelsens beredning för folkhälsa"
    r"(?:[Kk]ommun|[Rr]egion)(?:styrelsens|fullmäktiges)\s+(?:utskott|beredning))\s+för\s+"
    # "skickades till Samhällsservicenämnden för beslut": a procedure, not a remit
    rf"(?!(?:fortsatt\s+|vidare\s+)?{_PROCEDURE}\b)(?P<remit>(?:{_ITEM}(?:(?:,\s+{_ITEM})*\s+och\s+{_ITEM})?"
    # a region's board over a service it names: "styrelsen för Närhälsan"
    r"|(?<=tyrelsen för )[A-ZÅÄÖ][a-zåäö]{3,}(?:n|t|na)(?=[\s,.;:]))"
    # "Beredningen för översiktsplan 2050": the year of the plan it works on
    r"(?:\s+(?:19|20)\d\d)?)(?![\w-])"
)
# "Staben Hållbar utveckling", "Enheten Social hållbarhet": a unit's head and its own
# capitalised name (an adjective and its noun, so no verb is taken into the name).
_UNIT_NAMED = compile_guarded(
    r"(?<![\w-])(?:Staben|Enheten|Avdelningen|Sektionen|Kansliet)\s+"
    r"[A-ZÅÄÖ][a-zåäö]+(?:bar|lig|ig|isk|al|ell|iv)\s+[a-zåäö]{4,}(?![\w-])"
)
_TOWN = compile_guarded(r"(?<![\w-])(?P<town>[A-ZÅÄÖ][a-zåäö]+) stads nämnd(?P<gen>s)?\b")
_OBJECT_AFTER = re.compile(r"\s+av\s")
# A lower-case noun right after the name: the name was a genitive.
_NOUN_AFTER = re.compile(rf"\s+(?!{_STOP}\b)[a-zåäö]{{3,}}\b")
_OWNED_AFTER = re.compile(rf"\s+(?:på|vid|inom)\s+[A-ZÅÄÖ]|{OWNER_JUXTAPOSED}")


def _page_body(
    ctx: Context, sink: FactSink, start: int, end: int, name: str, rule: str
) -> ActorHit | None:
    owner = body_owner(ctx, name, ctx.publisher_municipality)
    if owner is None:
        return None
    scope, code = owner
    kind = body_kind(name.split()[0])  # the head: "Enheten för ..." is an administration
    org = Organization(id=ids.body_id(scope, code, name), name=name, kind=kind)
    return body_hit(sink, org, (start, end), rule, CONF_COMMITTEE, owner)


_BOARD_OWNED = re.compile(r"\S+(?:styrelsens|fullmäktiges)\s+(?P<head>\w+)\s+(?P<remit>för\s.*)")
_SHORT = re.compile(r"(?P<head>\w+?)(?:en|et)\s+(?P<remit>för\s.*)")


def _owned_forms(
    found: list[tuple[int, int, str, str]],
) -> list[tuple[int, int, str, str]]:
    """'Beredningen för X' after 'Regionstyrelsens beredning för X' on the page is that
    body, under the full name (a board's committee shortened to its head and remit)."""
    full: dict[tuple[str, str], str] = {}
    for _, _, name, _ in found:
        if (m := _BOARD_OWNED.fullmatch(name)) is not None:
            full[(m.group("head").lower(), m.group("remit"))] = name
    out: list[tuple[int, int, str, str]] = []
    for start, end, name, rule in found:
        short = _SHORT.fullmatch(name)
        key = (short.group("head").lower(), short.group("remit")) if short else None
        out.append((start, end, full.get(key, name) if key else name, rule))
    return out


def named_body_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Bodies named by their remit or their town, outside the organisations found."""
    site = ctx.site
    if site is not None and site.kind not in (
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.REGION,
    ):
        return []
    found: list[tuple[int, int, str, str]] = []
    on_region = site is not None and site.kind is OrganizationKind.REGION
    for m in _REMIT.finditer(ctx.text):
        if _OWNED_AFTER.match(ctx.text, m.end()):
            continue
        if m.group("head") == "styrelsen" and not on_region:
            continue
        if " " not in m.group("remit") and _OBJECT_AFTER.match(ctx.text, m.end()):
            continue  # "tillförs avdelningen för inköp av bil": a purpose, no remit
        name = " ".join(m.group(0).split())
        if name.endswith("s") and _NOUN_AFTER.match(ctx.text, m.end()):
            name = name[:-1]  # "styrelsen för fastighet, stöd och services ambitioner"
        found.append((m.start(), m.end(), name[0].upper() + name[1:], "actor.body.remit"))
    for m in _UNIT_NAMED.finditer(ctx.text):
        found.append((m.start(), m.end(), " ".join(m.group(0).split()), "actor.body.unit_named"))
    for m in _TOWN.finditer(ctx.text):
        town = municipality_by_name(m.group("town"))
        if town is not None and town.code != ctx.publisher_municipality:
            continue  # another municipality's, not a town's committee
        name = m.group(0).removesuffix("s") if m.group("gen") else m.group(0)
        found.append((m.start(), m.end(), name, "actor.body.town_committee"))
    hits: list[ActorHit] = []
    for start, end, name, rule in _owned_forms(found):
        if any(a.start < end and start < a.end for a in (*ctx.actors, *hits)):
            continue
        hit = _page_body(ctx, sink, start, end, name, rule)
        if hit is not None:
            hits.append(hit)
    return hits

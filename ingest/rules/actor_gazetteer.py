"""Organisations the gazetteers know, found by the spaCy EntityRuler built from them.

Rules: actor.municipality.gazetteer, actor.county_board.gazetteer,
actor.region.gazetteer, actor.municipal_association.gazetteer,
actor.national.gazetteer. The gazetteer also knows "Borås Stad" / "Malmö stad"
(the municipality, with the form as an alias) and "Dalarnas kommunförbund"
(named as written). A lower-case national name after "lokala"/"kommunala" ("det
lokala brottsförebyggande rådet") or an article ("hur det brottsförebyggande rådet
fungerat") is a local namesake, not the national body; a
one-word name in lower case ("formas") is a common word unless its head is an
authority's ("skolverket"). A municipality's name that opens a company's ("Mora
Kommun Energi AB") is the company's (ingest.rules.other_orgs); an organisation named
only in image captions or photo credits is not the page's
(ingest.rules.actor_captions).
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language import nlp
from ingest.language.gazetteer import (
    county_association_by_code,
    county_by_code,
    fold,
    municipality_by_code,
    municipality_by_name,
    national_bodies,
    region_by_code,
)
from ingest.rules.actor_captions import in_caption_block

__all__ = [
    "CONF_GAZETTEER",
    "KIND_KEY",
    "found_org",
    "gazetteer_hits",
    "gazetteer_org",
    "site_organisation",
]

CONF_GAZETTEER = 0.95
CONF_SITE_BODY = 0.7  # the site's organisation, quoted where the page names its body

_LOCAL_ADJECTIVES = frozenset({"lokala", "lokalt", "kommunala", "kommunalt", "regionala"})
_ARTICLES = frozenset({"det", "den", "vårt", "ert", "kommunens"})
# Heads of authority names, which stay names in lower case ("försäkringskassan").
_AGENCY_HEAD = re.compile(
    r"(?:myndigheten|verket|kassan|inspektionen|rådet|nämnden|styrelsen|kollegiet|institutet"
    r"|förmedlingen|ombudsmannen|väsendet|domstolen|departementet|kansliet|regeringen"
    r"|riksdagen|polisen|tullen|banken)s?$"
)
_KIND_OF = {
    nlp.MUNICIPALITY: OrganizationKind.MUNICIPALITY,
    nlp.COUNTY_BOARD: OrganizationKind.COUNTY_BOARD,
    nlp.REGION: OrganizationKind.REGION,
    nlp.MUNICIPAL_ASSOCIATION: OrganizationKind.MUNICIPAL_ASSOCIATION,
}
# An organisation kind -> the EntityRuler kind key that finds it in the gazetteer.
KIND_KEY = {kind: key for key, kind in _KIND_OF.items()}


def gazetteer_org(kind_key: str, key: str) -> tuple[Organization, str | None] | None:
    """The node for an EntityRuler hit, with its county code."""
    if kind_key == nlp.NATIONAL:
        body = next((b for b in national_bodies() if b.key == key), None)
        if body is None:
            return None
        org = Organization(
            id=ids.national_body_id(body.key),
            name=body.name,
            kind=body.kind,
            aliases=sorted(body.aliases),
        )
        return org, None
    if kind_key == nlp.MUNICIPALITY:
        m = municipality_by_code(key)
        if m is None:
            return None
        org = Organization(
            id=ids.municipality_id(m.code),
            name=m.official_name,
            kind=OrganizationKind.MUNICIPALITY,
            code=m.code,
        )
        return org, m.county_code
    county = county_by_code(key)
    if county is None:
        return None
    kind = _KIND_OF[kind_key]
    if kind is OrganizationKind.COUNTY_BOARD:
        org = Organization(
            id=ids.county_board_id(county.code),
            name=f"Länsstyrelsen {county.short_name}",
            kind=kind,
            code=county.code,
            aliases=[f"Länsstyrelsen i {county.name}"],
        )
    elif kind is OrganizationKind.REGION:
        region = region_by_code(county.code)
        name = region.name if region else f"Region {county.short_name}"
        org = ids.region_organization(county.code, name)
    else:
        own = county_association_by_code(county.code)
        org = Organization(
            id=ids.municipal_association_id(county.code),
            name=own.name if own else f"Kommunförbundet {county.short_name}",
            kind=kind,
            code=county.code,
        )
    return org, county.code


def _own_name_as_written(code: str | None, surface: str) -> str | None:
    """'Storsthlms' -> 'Storsthlm': a listed name of a county's association (not an
    acronym) in the page's form, without a genitive s."""
    own = county_association_by_code(code)
    for label in (own.name, *own.aliases) if own else ():
        if not label.isupper() and surface in (label, f"{label}s"):
            return label
    return None


_COUNTY_WORD = re.compile(r"[ \t]+[Ll]än(?![\w-])")
# A company's name that opens with a municipality's or region's ("Mora Kommun
# Fastighets AB", "Mora Kommuns Energi AB"): its own capitalised words, then the legal form.
_COMPANY_AHEAD = re.compile(r"s?(?:[ \t]+[A-ZÅÄÖ][\wåäö&-]*){1,3}[ \t]+AB\b")


def _company_name_ahead(ctx: Context, end: int) -> bool:
    return _COMPANY_AHEAD.match(ctx.text, end) is not None


def _as_written(org: Organization, surface: str) -> Organization:
    """'Dalarnas kommunförbund' is named as the page writes it (the association's own
    form of name), with the 'Kommunförbundet X' form as an alias; 'Borås Stad' keeps
    the municipality's official name and gets the form as an alias."""
    surface = " ".join(surface.split())
    if org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION:
        own = _own_name_as_written(org.code, surface)
        if own is None and fold(surface).startswith("kommunförbundet "):
            own = surface.removesuffix("s")  # "Kommunförbundet Norrbotten(s)", as written
        if own is not None:
            aliases = sorted({*org.aliases, org.name} - {own})
            return dataclasses.replace(org, name=own, aliases=aliases)
    if org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION and fold(surface).endswith(
        ("kommunförbund", "kommunförbunds")
    ):
        name = surface.removesuffix("s") if surface.endswith("förbunds") else surface
        return dataclasses.replace(org, name=name, aliases=sorted({*org.aliases, org.name}))
    if org.kind is OrganizationKind.MUNICIPALITY and fold(surface).endswith(" stad"):
        return dataclasses.replace(org, aliases=sorted({*org.aliases, surface}))
    return org


def _local_namesake(ctx: Context, start: int, surface: str) -> bool:
    """'det lokala brottsförebyggande rådet' is a local council, not Brå; so are "lokala
    Brottsförebyggande rådet" and "Brottsförebyggande rådet i Hedemora"."""
    if not surface[:1].islower() and not surface.endswith(" rådet"):
        return False
    town = _IN_PLACE.match(ctx.text, start + len(surface))
    if surface.endswith(" rådet") and town and municipality_by_name(town.group("place")):
        return True
    before = ctx.text[max(0, start - 20) : start].split()
    if not before:
        return False
    # "hur det brottsförebyggande rådet fungerat": a proper name takes no article
    return before[-1].lower() in _LOCAL_ADJECTIVES or (
        surface[:1].islower() and before[-1].lower() in _ARTICLES
    )


_IN_PLACE = re.compile(r"\s+i\s+(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)\b")


def _common_word(surface: str) -> bool:
    """'formas' (is formed) in lower case is a verb, not Formas: a one-word name written
    in lower case counts only if its head says it is an authority ("skolverket")."""
    return surface.islower() and " " not in surface and not _AGENCY_HEAD.search(surface)


_SIZE_BEFORE = re.compile(r"\d\s?\Z")
_NUMBER_AFTER = re.compile(r"\s*\(?\d")
_WEBSITE = re.compile(r"\s+(?:webbplats|webbsida|hemsida|webb)(?:en)?\b")


def gazetteer_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """The EntityRuler's organisations, each mentioned in the sink. One named only in
    image captions or photo credits, or an agency only as a website's owner, is left out
    (ingest.rules.actor_captions)."""
    hits: list[ActorHit] = []
    captioned = {e.start_char for e in ctx.doc.ents if in_caption_block(ctx, e.start_char)}
    # "Läs mer på SMHI:s webbplats": an agency named only as a website's owner
    captioned |= {
        e.start_char
        for e in ctx.doc.ents
        if e.ent_id_.startswith(nlp.NATIONAL) and _WEBSITE.match(ctx.text, e.end_char)
    }
    outside = {e.ent_id_ for e in ctx.doc.ents if e.start_char not in captioned}
    for ent in ctx.doc.ents:
        kind_key, _, key = ent.ent_id_.partition("|")
        found = gazetteer_org(kind_key, key)
        if found is None or (ent.start_char in captioned and ent.ent_id_ not in outside):
            continue
        if _company_name_ahead(ctx, ent.end_char):
            continue  # "X Kommun Fastighets AB": the company, not the municipality
        if kind_key == nlp.NATIONAL and (
            _local_namesake(ctx, ent.start_char, ent.text)
            or _common_word(ent.text)
            or (
                ent.text.isupper()
                and _SIZE_BEFORE.search(ctx.text, max(0, ent.start_char - 3), ent.start_char)
            )
            or (ent.text == "Sida" and _NUMBER_AFTER.match(ctx.text, ent.end_char))
        ):
            continue  # "(PDF, 660 KB)", "Sida 33(46)": a file's size, a page's number
        org, county_code = found
        end = ent.end_char
        county_word = _COUNTY_WORD.match(ctx.text, end)
        if org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION and county_word:
            # "Kommunförbundet Kalmar län": the association's name as written, "län" too
            end = county_word.end()
            surface = " ".join(ctx.text[ent.start_char : end].split())
            org = dataclasses.replace(org, name=surface, aliases=sorted({*org.aliases, org.name}))
        else:
            org = _as_written(org, ent.text)
        rule = f"actor.{kind_key.lower()}.gazetteer"
        if sink.mention(org, ent.start_char, end, rule, CONF_GAZETTEER):
            hits.append(
                ActorHit(
                    start=ent.start_char,
                    end=end,
                    node_id=org.id,
                    kind=org.kind,
                    name=org.name,
                    county_code=county_code,
                    municipality_code=org.code
                    if org.kind is OrganizationKind.MUNICIPALITY
                    else None,
                )
            )
    return hits


def found_org(target: ActorHit, ctx: Context) -> Organization:
    """The gazetteer node for a home-county organisation not yet on the page."""
    found = gazetteer_org(KIND_KEY[target.kind], target.county_code or "")
    assert found is not None
    return found[0]


def site_organisation(ctx: Context) -> Organization | None:
    """The node of the organisation whose site the page is on, from the gazetteers."""
    site = ctx.site_actor()
    if site is None:
        return None
    if site.kind is OrganizationKind.MUNICIPALITY:
        found = gazetteer_org(nlp.MUNICIPALITY, site.municipality_code or "")
    elif site.kind in (OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD):
        found = gazetteer_org(KIND_KEY[site.kind], site.county_code or "")
    else:
        found = gazetteer_org(nlp.NATIONAL, site.node_id.rsplit(":", 1)[-1])
    return found[0] if found is not None and found[0].id == site.node_id else None


def mention_site_at_body(
    ctx: Context, sink: FactSink, start: int, end: int, rule: str = "actor.site_owner.body"
) -> str | None:
    """The site's organisation, mentioned at [start, end) where the page names one of its
    bodies (rule actor.site_owner.body) or a title held there (actor.site_owner.title); its
    id, or None when the gazetteers lack it or the quote is refused."""
    org = site_organisation(ctx)
    if org is None or not sink.mention(org, start, end, rule, CONF_SITE_BODY):
        return None
    return org.id

"""Organisations that only a role phrase names, added so the role has somewhere to go.

Why: a role attaches to the organisation named with it, and sometimes the role
phrase is the only place the page names it:
- actor.title_place: "länsråd i Östergötland" names that county's board, "regionråd i
  Dalarna" its region, and so does a county named before the title in its sentence
  ("För Örebro län Landshövding X");
- actor.site_by_title: a title that implies the kind of the site's own organisation
  ("biträdande regiondirektör" on a region's site, "landsbygdsminister" on a
  ministry's) names that organisation, when the page never names it otherwise;
- actor.title_parliament: "riksdagsledamot" names the Riksdag, whose member it is;
- actor.title_home: "landshövding X" on a page that names no county board names the
  home county's board, which its governor heads;
- actor.title_unit: "handläggare Klimatmålsenheten" on a national body's, county board's
  or region's site (or a copy whose masthead names one) names a unit of that body
  (PART_OF it, relation.part_of.title_unit); a municipality's units are read by
  ingest.rules.extract_actors.
- actor.chief_unit: "avdelningschef för Samhällsbyggnad och miljöskydd på Länsstyrelsen
  X": a unit head's title names its unit by the title's first element ("Avdelningen för
  samhällsbyggnad och miljöskydd"), PART_OF the organisation after "på|vid|inom" or
  else the page's owner (relation.part_of.chief_unit).
Each is a mention quoting the words that name it: the role phrase, or the unit's name.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.gazetteer import (
    County,
    counties,
    county_by_name,
    municipality_by_code,
    national_bodies,
    region_by_code,
)
from ingest.rules.role_common import page_owner

CONF_TITLE_ORG = 0.75

_COUNTY_WORDS = re.compile(r"([A-ZÅÄÖ][a-zåäö]+)(?: ([A-ZÅÄÖ][a-zåäö]+))?(?: län\b)?")
# Sites whose units a title names: their ids extend the site's own.
_UNIT_OWNERS = (
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.REGION,
)
_UNIT = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:enheten|avdelningen|sektionen|byrån|staben|kansliet)(?![\wåäö-])"
)


def _county_org(kind: OrganizationKind, code: str) -> Organization:
    short = next((c.short_name for c in counties() if c.code == code), code)
    if kind is OrganizationKind.COUNTY_BOARD:
        return Organization(
            id=ids.county_board_id(code), name=f"Länsstyrelsen {short}", kind=kind, code=code
        )
    region = region_by_code(code)
    return ids.region_organization(code, region.name if region else f"Region {short}")


def county_named(
    ctx: Context, sink: FactSink, kind: OrganizationKind, phrase_start: int, pos: int
) -> str | None:
    """The county board (region) of the county named at `pos`, after a county-level title
    starting at `phrase_start`: 'länsråd i Östergötland'."""
    found = _county_at(ctx, pos)
    return _county_mention(sink, kind, found, phrase_start) if found else None


def _county_at(ctx: Context, pos: int) -> tuple[County, int] | None:
    """The county named at `pos` ("Örebro län", "Västra Götalands", "Dalarna"), longest
    form first, and where its name ends."""
    m = _COUNTY_WORDS.match(ctx.text, pos)
    if m is None:
        return None
    forms = [m.group(0), m.group(1)]
    if m.group(2):
        forms.insert(1, f"{m.group(1)} {m.group(2)}")
    for form in forms:
        county = county_by_name(form)
        if county is not None:
            return county, pos + len(form)
    return None


def _county_mention(
    sink: FactSink, kind: OrganizationKind, found: tuple[County, int], start: int
) -> str | None:
    """The county's board (region), mentioned by the words from `start` to its name's end."""
    county, end = found
    org = _county_org(kind, county.code)
    if org.id in sink.nodes or sink.mention(org, start, end, "actor.title_place", CONF_TITLE_ORG):
        return org.id
    return None


# "För Örebro län Landshövding X", "Forum för folkhälsa i Västerbotten ... landshövding X"
_COUNTY_LEAD = re.compile(r"\b(?:[Ii]|[Ff]ör)\s+(?=[A-ZÅÄÖ])")


def county_before(
    ctx: Context, sink: FactSink, kind: OrganizationKind, start: int, title_start: int
) -> str | None:
    """The county board (region) of the last county the text from `start` names before a
    county-level title ("För Örebro län Landshövding X"), the words naming it its mention."""
    for lead in reversed(list(_COUNTY_LEAD.finditer(ctx.text, start, title_start))):
        found = _county_at(ctx, lead.end())
        if found is not None:
            return _county_mention(sink, kind, found, lead.end())
    return None


def _site_org(ctx: Context) -> Organization | None:
    site = ctx.site
    if site is None:
        return None
    kind, key = site.kind, site.key
    if kind in (OrganizationKind.COUNTY_BOARD, OrganizationKind.REGION):
        return _county_org(kind, key)
    if kind is OrganizationKind.MUNICIPALITY:
        m = municipality_by_code(key)
        name = m.official_name if m else key
        return Organization(id=ids.municipality_id(key), name=name, kind=kind, code=key)
    body = next((b for b in national_bodies() if b.key == key), None)
    if body is None:
        return None
    return Organization(id=ids.national_body_id(key), name=body.name, kind=kind)


def site_by_title(
    ctx: Context, sink: FactSink, kind: OrganizationKind, start: int, end: int
) -> str | None:
    """The site's own organisation, when the title at [start, end) implies its kind."""
    org = _site_org(ctx)
    if org is None or org.kind is not kind:
        return None
    if org.id in sink.nodes or sink.mention(org, start, end, "actor.site_by_title", CONF_TITLE_ORG):
        return org.id
    return None


def home_county_body(
    ctx: Context,
    sink: FactSink,
    start: int,
    end: int,
    kind: OrganizationKind = OrganizationKind.COUNTY_BOARD,
) -> str | None:
    """The home county's board, for a landshövding on a page that names no board (a
    county's governor heads its county board); with `kind` REGION, the home county's region,
    for a regionråd or landstingsråd on a page that names no region."""
    named = any(a.kind is kind for a in ctx.actors)
    if not ctx.home_county or named:
        return None
    org = _county_org(kind, ctx.home_county)
    if org.id in sink.nodes or sink.mention(org, start, end, "actor.title_home", CONF_TITLE_ORG):
        return org.id
    return None


# A member of parliament: the title names the Riksdag it serves.
_PARLIAMENT_TITLE = re.compile(r"riksdags(?:ledamot|man|kvinna)")


def parliament(ctx: Context, sink: FactSink, start: int, end: int, title: str) -> str | None:
    """The Riksdag, for a member's title at [start, end) ("riksdagsledamöterna X och Y")."""
    if not _PARLIAMENT_TITLE.search(title.casefold()):
        return None
    return _titled_body(sink, "riksdagen", start, end, "actor.title_parliament")


def government(sink: FactSink, start: int, end: int) -> str | None:
    """The government, for a minister's title at [start, end) on a page that does not
    name it ("besökte civilminister X"): a minister is a member of the government."""
    return _titled_body(sink, "regeringen", start, end, "actor.title_government")


def _titled_body(sink: FactSink, key: str, start: int, end: int, rule: str) -> str | None:
    body = next((b for b in national_bodies() if b.key == key), None)
    if body is None:
        return None
    org = Organization(id=ids.national_body_id(body.key), name=body.name, kind=body.kind)
    if org.id in sink.nodes or sink.mention(org, start, end, rule, CONF_TITLE_ORG):
        return org.id
    return None


def title_unit(ctx: Context, sink: FactSink, title_start: int, pos: int) -> str | None:
    """A unit of the national body, county board or region whose site it is, named
    right after a title ("handläggare Klimatmålsenheten", "kommunikatör
    Naturvårdsenheten")."""
    m = _UNIT.match(ctx.text, pos)
    site = ctx.site_actor()
    # On a page from no known site (a newsroom copy), its masthead's organisation.
    owner_id = site.node_id if site is not None else page_owner(ctx)
    node = sink.nodes.get(owner_id) if owner_id else None
    if m is None or not isinstance(node, Organization) or node.kind not in _UNIT_OWNERS:
        return None
    _, owner, key = node.id.split(":", 2)  # Organization:lansstyrelse:24
    unit = Organization(
        id=ids.body_id(owner, key, m.group(0)),
        name=m.group(0),
        kind=OrganizationKind.ADMINISTRATION,
    )
    if not sink.mention(unit, m.start(), m.end(), "actor.title_unit", CONF_TITLE_ORG):
        return None
    sink.link(
        LinkType.PART_OF,
        unit.id,
        node.id,
        title_start,
        m.end(),
        "relation.part_of.title_unit",
        CONF_TITLE_ORG,
    )
    return unit.id


# "avdelningschef för Samhällsbyggnad och miljöskydd på <org>": the unit is named by the
# title's first element and the capitalised area after "för".
_CHIEF = re.compile(r"(?P<unit>avdelning|enhet|sektion|byrå)s?chef", re.I)
_CHIEF_AREA = re.compile(
    r"\s+för\s+(?P<area>[A-ZÅÄÖ][a-zåäö]+-?(?:\s+(?:och|[a-zåäö][a-zåäö-]+)){0,4}?)"
    r"(?=\s*[,.;:]|\s+(?:på|vid|inom|hos)\s+|\s*$)"
)
_UNIT_NOUN = {"avdelning": "Avdelningen", "enhet": "Enheten", "sektion": "Sektionen"}


def chief_unit(
    ctx: Context, sink: FactSink, start: int, end: int, title: str, owner_at: int | None
) -> str | None:
    """The unit a unit head's title at [start, end) names, PART_OF the organisation that
    starts at owner_at (or the page's owner)."""
    head = _CHIEF.fullmatch(title)
    m = _CHIEF_AREA.match(ctx.text, end)
    if head is None or m is None:
        return None
    owner_id = next((a.node_id for a in ctx.actors if a.start == owner_at), None)
    owner_id = owner_id or page_owner(ctx)
    node = sink.nodes.get(owner_id) if owner_id else None
    if not isinstance(node, Organization) or node.id.count(":") != 2:
        return None  # no owner, or the owner is itself a unit
    noun = _UNIT_NOUN.get(head.group("unit").lower(), "Byrån")
    area = " ".join(m.group("area").replace("- och", " och").split())
    name = f"{noun} för {area[0].lower()}{area[1:]}"
    _, owner, key = node.id.split(":", 2)
    unit = Organization(
        id=ids.body_id(owner, key, name), name=name, kind=OrganizationKind.ADMINISTRATION
    )
    if not sink.mention(unit, m.start("area"), m.end("area"), "actor.chief_unit", CONF_TITLE_ORG):
        return None
    rule = "relation.part_of.chief_unit"
    sink.link(LinkType.PART_OF, unit.id, node.id, start, m.end(), rule, CONF_TITLE_ORG)
    return unit.id

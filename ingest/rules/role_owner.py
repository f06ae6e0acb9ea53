"""Which organisation an open role title belongs to.

Why an order: a role attaches to the organisation named with it, never to one
named later on the page. In turn:
1. an organisation's genitive in or right before the title ("regionstyrelsens
   ordförande", "Region Hallands regiondirektör");
2. an organisation right after it ("i|på|för|... (den nya) <org>", ", <org>"; after a
   police title a municipality is where the police serve: "kommunpolis i X kommun"), a
   county after a county-level title ("länsråd i Östergötland": that county's board), or
   a delegation's ("deltog Östersunds kommun med A, kommunalråd": role_delegations);
3. the organisation the title itself implies (a landshövding or länsråd serves a
   county board (the page's one named with the title or before it), a minister the
   ministry whose site it is, else the government; a riksdagsledamot the Riksdag; a
   regionråd the region, a kommunalråd the municipality, a police title the police);
4. a meeting officer's or member's role (ordförande, sekreterare, ledamot) belongs to
   the organisation a heading right above names alone; on minutes, a meeting notice or
   a committee's decision page, to the body whose meeting it is; on a news item, to the
   one body it says decided ("Utskottet för X beslutade ...") or whose meeting it
   reports; else to the one committee the page's address names
   (ingest.rules.role_page_bodies);
5. otherwise the page's owner: the site's organisation when the page names it, or,
   on a page from no known site, its municipality when that is unambiguous.
read_title splits an organisation's genitive off a title phrase and resolves the rest.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import municipality_by_name
from ingest.rules.actor_police_areas import police_of
from ingest.rules.role_common import (
    MUNICIPAL_ONLY_ROLES,
    actor_at,
    chaired_body,
    county_board_site,
    genitive_part,
    page_owner,
    publisher_id,
    site_owner,
    unique_of_kind,
)
from ingest.rules.role_companies import COMPANY_HEAD, company_before
from ingest.rules.role_delegations import delegation_org
from ingest.rules.role_orgs import (
    chief_unit,
    county_before,
    county_named,
    government,
    home_county_body,
    parliament,
    site_by_title,
    title_unit,
)
from ingest.rules.role_page_bodies import (
    deciding_body,
    heading_body,
    is_minutes,
    meeting_body,
    officers_body,
    reported,
    subject_body,
    url_body,
)
from ingest.rules.role_titles import MEETING_ROLE, TITLE, base_title, is_given_name, is_title

_PREPOSITION = re.compile(r"\s+(?:i|på|vid|för|inom|hos|från)\s+(?:(?:den|det)\s+nya\s+)?")
_COMMA = re.compile(r",\s+")
# "för <Area> på <org>": where a unit head's unit belongs
_CHIEF_OWNER = re.compile(r"\s+för\s+[A-ZÅÄÖ][^,.;:\n]{0,60}?\s+(?:på|vid|inom|hos)\s+")
_CAPITAL = re.compile(r"[A-ZÅÄÖ]")
_AT_NAMED = re.compile(r"\s+(?:på|vid|hos)\s+[A-ZÅÄÖ]")
_AND_TITLE = re.compile(r"\s+och\s+(?P<title>[a-zåäö-]{3,})(?=\s+(?:i|på|vid|för|inom|hos)\s)")
UNKNOWN = ""  # org_after: an organisation is named, but not one the page's actors know
_COUNTY_KINDS = (OrganizationKind.COUNTY_BOARD, OrganizationKind.REGION)


_POLICE = re.compile(r"polis|\blpo\b")
_IMPLIED: tuple[tuple[re.Pattern[str], OrganizationKind], ...] = (
    (re.compile(r"landshövding|länsråd|länsöverdirektör"), OrganizationKind.COUNTY_BOARD),
    (re.compile(r"minister|statsråd|statssekreterare"), OrganizationKind.GOVERNMENT),
    # A landsting is a region under its former name: "landstingsråd", "landstingsdirektör".
    (
        re.compile(r"regionråd|regiondirektör|landstingsråd|landstingsdirektör"),
        OrganizationKind.REGION,
    ),
    (re.compile("|".join(MUNICIPAL_ONLY_ROLES)), OrganizationKind.MUNICIPALITY),
    (_POLICE, OrganizationKind.AGENCY),  # "LPO-chef": local police
)
# Owners a page may have besides a municipality: with one named, "the page's
# municipality" is no longer clear.
_OTHER_OWNERS = (
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.REGION,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
)


def _actor_at(ctx: Context, start: int, sink: FactSink | None = None) -> ActorHit | None:
    """The organisation named at `start`; a bare "Länsstyrelsen" or "Regionen" only where
    the page itself places it in a county ("samordnare vid Länsstyrelsen" on a page about
    Jämtlands län), never as the one other county's board the page names."""
    for a in ctx.actors:
        if a.start != start:
            continue
        if not a.anaphoric:
            return a
        if sink is not None and a.kind in _COUNTY_KINDS and _placed(sink, a):
            return a
    return None


_PLACED_RULES = frozenset(
    {
        "actor.anaphora.county_in_sentence",
        "actor.anaphora.county_on_page",
        "actor.anaphora.home_county",
    }
)


def _placed(sink: FactSink, actor: ActorHit) -> bool:
    return any(
        m.node_id == actor.node_id
        and m.evidence.start == actor.start
        and m.evidence.rule in _PLACED_RULES
        for m in sink.mentions.values()
    )


_BODY_KINDS = (OrganizationKind.COMMITTEE, OrganizationKind.ADMINISTRATION)


def genitive_before(ctx: Context, start: int) -> ActorHit | None:
    """'Region Hallands regiondirektör': an organisation's genitive right before a title."""
    # "BUN:s ordförande": an acronym's genitive after a colon
    colon = ctx.text.endswith(":s ", 0, start)
    at = start - 3 if colon else start - 1
    actor = next((a for a in ctx.actors if a.end == at), None)
    if actor is None:
        return county_board_site(ctx, start)
    # "nämndens ordförande": a bare body referred back to is the body it stands for
    referred = actor is not None and actor.anaphoric and actor.kind not in _BODY_KINDS
    if actor is None or referred or not (colon or ctx.text[actor.end - 1] == "s"):
        return None
    return actor if colon or ctx.text[actor.end : start] == " " else None


def org_after(
    ctx: Context, sink: FactSink, start: int, end: int, title: str, *, listed: bool = False
) -> str | None:
    """An organisation right after the title at [start, end): 'i Socialtjänsten', ',
    Alingsås kommun', a county after a county-level title ('länsråd i Östergötland'), or
    a unit of the site's national body ('handläggare Klimatmålsenheten') or one a unit
    head's title names ('avdelningschef för X på <org>'); after "på|vid|hos" a capitalised
    name no rule read is a workplace the page's actors do not know (UNKNOWN), or a place."""
    area = _CHIEF_OWNER.match(ctx.text, end)
    unit = chief_unit(ctx, sink, start, end, title, area.end() if area else None)
    if unit is not None:
        return unit
    both = _AND_TITLE.match(ctx.text, end)
    if both is not None and is_title(both.group("title")) and implied_kind(title) is None:
        # "generaldirektör och chef för MSB": the organisation of the coordinated title (not
        # "kommunalråd och ordförande i nämnden": a kommunalråd's is the municipality)
        return org_after(ctx, sink, start, both.end(), title, listed=listed)
    for joiner in (_PREPOSITION, _COMMA):
        m = joiner.match(ctx.text, end)
        if m is None:
            continue
        actor = _actor_at(ctx, m.end(), sink)
        if actor is not None:
            part, known = genitive_part(ctx, actor)
            if part:  # "ordförande i Region Xs kulturberedning": the part's role
                return known.node_id if known is not None else UNKNOWN
            if actor.kind is OrganizationKind.MUNICIPALITY and _POLICE.search(title.casefold()):
                return police_of(sink, title) or actor.node_id
            return actor.node_id
        kind = implied_kind(title)
        if joiner is _PREPOSITION and kind is not None and kind in _COUNTY_KINDS:
            return county_named(ctx, sink, kind, start, m.end())
        read = any(a.start == m.end() for a in ctx.actors)  # "vid Länsstyrelsen": a reference
        if joiner is _PREPOSITION and _AT_NAMED.match(ctx.text, end) and not read:
            # "vice vd på Västsvenska Handelskammaren": a workplace no rule read, or a place
            return _place_after(ctx, sink, m.end(), title)
    if ctx.text.startswith(" ", end):
        actor = _actor_at(ctx, end + 1, sink)
        # "chef Socialtjänsten", "ordförande Skånes Kommuner": a unit, or any body by name.
        if actor is not None and (
            actor.kind is OrganizationKind.ADMINISTRATION or not actor.anaphoric
        ):
            return actor.node_id
        unit = title_unit(ctx, sink, start, end + 1)
        if unit is not None:
            return unit
        # "samordnare Okänd Grupp": an organisation the page's actors do not know;
        # "programdirektör Social välfärd": an area of the page owner's own work.
        named = listed or any(p.start == end + 1 for p in ctx.persons)
        if _CAPITAL.match(ctx.text, end + 1) and not named and not _own_area(ctx.text, end + 1):
            return _place_after(ctx, sink, end + 1, title)
    return None


_PLACE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?(?![\wåäö-])")


def _place_after(ctx: Context, sink: FactSink, pos: int, title: str) -> str | None:
    """'LPO-chef Mora', 'miljöchef Sala': a municipality's name after a title says where
    the job is: a title that implies its organisation keeps it (None), else the
    municipality when the page names it; any other capitalised word is an organisation
    the page's actors do not know (UNKNOWN)."""
    m = _PLACE.match(ctx.text, pos)
    place = municipality_by_name(m.group(0)) if m is not None else None
    if place is None:
        return UNKNOWN
    if implied_kind(title) is not None:
        return None
    found = ids.municipality_id(place.code)
    return found if found in sink.nodes else UNKNOWN


# Heads of a national agency: the agency named with the title or before it in its
# sentence ("Skolverkets ledning, med den nya generaldirektören X"), never the
# government whose press release names them.
_AGENCY_HEAD = re.compile(r"generaldirektör|(?<!läns)överdirektör|myndighetschef|rikspolischef")


def _agency_headed(ctx: Context, sink: FactSink, start: int, end: int) -> str | None:
    sentence = ctx.sentence_of(start)
    lo = sentence.start if sentence is not None else max(0, start - 300)
    named = [
        a
        for a in ctx.actors
        if a.kind is OrganizationKind.AGENCY and lo <= a.start < start and not a.anaphoric
    ]
    if named:
        return named[-1].node_id
    return site_by_title(ctx, sink, OrganizationKind.AGENCY, start, end)


# A unit named by its area after a title, as organisations name their own: one capitalised
# word, then lower-case ones to the clause's end ("Social välfärd", "Vuxen och arbete").
_AREA_UNIT = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+(?:och[ \t]+)?[a-zåäö]{3,}){1,3}(?=[ \t]*(?:[.,;\n]|$))"
)


def _own_area(text: str, pos: int) -> bool:
    m = _AREA_UNIT.match(text, pos)
    return m is not None and not is_given_name(m.group(0).split()[0])


def implied_kind(title: str) -> OrganizationKind | None:
    folded = title.casefold()
    return next((kind for pattern, kind in _IMPLIED if pattern.search(folded)), None)


def implied(ctx: Context, sink: FactSink, start: int, end: int, title: str) -> str | None:
    """The organisation the title at [start, end) implies: the page's one of that kind, or
    the site's own organisation when it is of that kind."""
    if _AGENCY_HEAD.search(title.casefold()):
        return _agency_headed(ctx, sink, start, end) or UNKNOWN
    member = parliament(ctx, sink, start, end, title)
    if member is not None:
        return member
    chaired = chaired_body(ctx, title)  # "kommunstyrelseordförande": that body's chair
    if chaired is not None:
        return chaired
    kind = implied_kind(title)
    if kind is None:
        return None
    if kind is OrganizationKind.AGENCY:  # a police title: the police, when on the page
        return police_of(sink, title)
    if kind is OrganizationKind.GOVERNMENT:
        # a minister serves the government, on a ministry's own site too (the settled
        # convention; 113 of the 116 ministers' roles in the gold)
        found = government(sink, start, end)
    elif kind is OrganizationKind.MUNICIPALITY:
        found = ctx.publisher_id()
        found = found if found in sink.nodes else None
    else:  # the page's one named with the title or before it, not one named later
        sentence = ctx.sentence_of(start)
        found = unique_of_kind(ctx, sink, kind, sentence.end if sentence else end)
        if found is None and sentence is not None:  # "För Örebro län Landshövding X"
            found = county_before(ctx, sink, kind, sentence.start, start)
    found = found or site_by_title(ctx, sink, kind, start, end)
    governor = kind is OrganizationKind.COUNTY_BOARD and "landshövding" in title.casefold()
    if found is None and (governor or kind is OrganizationKind.REGION):
        found = home_county_body(ctx, sink, start, end, kind)  # the home county's
    if found is None and kind in (OrganizationKind.COUNTY_BOARD, OrganizationKind.REGION):
        return UNKNOWN  # a county's head, but no board named: not the site's (Regeringen)
    return found


_NAMED_AFTER = re.compile(r"\s+(?:i|för|vid)\s+[a-zåäö]")  # an owner no rule read as one


def default_owner(ctx: Context, sink: FactSink, title: str, at: tuple[int, int]) -> str | None:
    """The page's owner: the site's organisation, quoted at the title `at` when the page
    names neither it nor its bodies (never for a police title: the police is no
    municipality's or region's); on a page from no known site, a
    masthead naming one organisation, else the page's municipality when no county board,
    region or national body is named besides it."""
    if "polis" in title:
        return None
    if ctx.site_actor() is not None:
        return site_owner(ctx, sink, at)
    found = page_owner(ctx)
    if found is None or found not in sink.nodes:
        return None
    if found == publisher_id(ctx) and any(a.kind in _OTHER_OWNERS for a in ctx.actors):
        return None
    return found


def resolve(
    ctx: Context,
    sink: FactSink,
    start: int,
    end: int,
    title: str,
    *,
    genitive: str | None,
    listed: bool = False,
) -> str | None:
    """The organisation of the title at [start, end) (see the module's order); `listed`:
    in a list of people, where a capitalised word after a title is the next name."""
    if genitive is not None:
        return genitive
    before = genitive_before(ctx, start)
    if before is not None:
        return before.node_id
    after = org_after(ctx, sink, start, end, title, listed=listed)
    if after is not None:
        return after or None
    if (delegation := delegation_org(ctx, start)) is not None:  # "deltog X kommun med A, ..."
        return delegation.node_id
    found = implied(ctx, sink, start, end, title)
    if found is not None:
        return found or None  # UNKNOWN: an agency's head, but no agency named
    if MEETING_ROLE.fullmatch(title):
        # a chair or secretary of no named body: the meeting's
        # "ordförande i miljö- och energiuskottet": a body the page names, read as none,
        # is no heading's or address's
        named = _NAMED_AFTER.match(ctx.text, end) is not None
        headed = (
            None
            if named
            else (officers_body(ctx, start) or heading_body(ctx, start) or subject_body(ctx, start))
        )
        if headed is not None:
            return headed
        met = meeting_body(ctx) if is_minutes(ctx) else deciding_body(ctx) or reported(ctx, start)
        return met or (None if named else url_body(ctx))
    if COMPANY_HEAD.fullmatch(title.casefold().strip()):
        return company_before(ctx, sink, start)
    return default_owner(ctx, sink, title, (start, end))


def _split_genitive(ctx: Context, start: int, title: str) -> tuple[str | None, str]:
    """'regionstyrelsens ordförande' -> (regionstyrelsen's id, 'ordförande')."""
    first = title.split()[0]
    actor = actor_at(ctx, start, start + len(first))
    if actor is not None and first.endswith("s"):  # also "kommunens": the page's own
        rest = title[len(first) :].strip()  # "kommunstyrelsens nya ordförande": a new holder
        return actor.node_id, re.sub(r"^nya?\s+", "", rest, flags=re.I)
    return None, title


def read_title(
    ctx: Context, sink: FactSink, start: int, end: int, qualifier: str = ""
) -> tuple[str | None, str]:
    """The organisation and the base title of the title phrase at [start, end), with the
    words after it that say its area or topic ("chef polisområde Västerbotten")."""
    genitive, rest = _split_genitive(ctx, start, ctx.text[start:end])
    if not re.fullmatch(TITLE, rest, re.I):
        return None, ""  # a genitive that names no organisation: "Hallands ordförande"
    title = base_title(f"{rest} {qualifier}" if qualifier else rest)
    if qualifier:
        end += 1 + len(qualifier)
    return resolve(ctx, sink, start, end, title, genitive=genitive), title

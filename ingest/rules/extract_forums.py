"""Forums: named groups where organisations meet ("Regional ledningsgrupp").

A forum has no official code, so its id is its name within a scope (see
ingest.ids.forum_id): the page's county (``lan:NN``) when the forum works at
county level, else the page's municipality (``kommun:NNNN``).

Rules:
- actor.forum.named: a capitalised, indefinite group name with a qualifier,
  such as "Regional ledningsgrupp", "Operativ samverkansgrupp",
  "Lokal styrgrupp" (a definite "styrgruppen" is too generic to name one).
  The name takes a "mot <topic>" complement ("Regional ledningsgrupp mot våld")
  and a county name after it ("Regionalt kvinnofridsråd Gävleborg"); a council
  head must be a compound ("kvinnofridsråd", not "råd" alone), an acronym's too
  ("Regionalt ANDTS-råd").
- actor.forum.definite_place: a definite council or group followed by a county's
  name, "Barnrättsrådet Kronoberg" (scope: that county).
- actor.forum.local_council: "Brottsförebyggande rådet i Hedemora" (that municipality's),
  "Lokala brottsförebyggande rådet", "det lokala
  brottsförebyggande rådet", "ett lokalt brottsförebyggande råd" (scope: the page's
  municipality).
- actor.forum.regional: "det regionala kompetensrådet" -> "Regionala
  kompetensrådet", "det regionala ANDT-nätverket" (scope: the home county).
- actor.forum.definite_topic: a definite council, network, group or partnership named by
  its topic, "Strategiska rådet mot våld", "Länsnätverket för samordnare mot våld",
  "Rådet för trygghet och folkhälsa" (scope as for named forums).
- actor.forum.kommunens: "kommunens folkhälsoråd" -> "Folkhälsorådet" (scope: the
  page's municipality).
- actor.forum.described_group: "Styrgruppen består av ...", "Arbetsgruppen ska driva ...",
  "Styrgruppens syfte är ...": a sentence opening with a definite group that says what it
  is or does; every mention of that group on the page (scope: the county on a county
  board's or region's page, else as for named forums).
- actor.forum.group_owner: "Livsstil Kronobergs ledningsgrupp" when the page also
  names "Livsstil Kronoberg" on its own: the group's name takes the owner's words,
  the owner is a forum too, and the group is PART_OF it
  (relation.part_of.forum_group).
- the scope is regional when the name says so (Regional, Läns-) or when the
  paragraph the forum is listed in is about regional or county-wide work.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import counties, county_by_name, municipality_by_name
from ingest.language.regex_guard import compile_guarded
from ingest.rules.forum_topics import topic_forums

CONF_FORUM = 0.8

_HEADS = (
    "ledningsgrupp",
    "samverkansgrupp",
    "styrgrupp",
    "samverkansråd",
    "arbetsgrupp",
    "referensgrupp",
    "samordningsgrupp",
    "beredningsgrupp",
)
_TOPIC = (
    r"(?:\s+mot\s+(?:mäns\s+våld\s+mot\s+kvinnor|våld(?:\s+i\s+nära\s+relationer)?"
    r"|[a-zåäö]+våld|heder[a-zåäö]*|brott[a-zåäö]*|narkotika))?"
)
_COUNTY_NAMES = "|".join(
    sorted((re.escape(c.short_name) for c in counties()), key=len, reverse=True)
)
_FORUM = compile_guarded(
    # Not a name and a title: "Torbjörn Falk och kommunalråd Per Lawén".
    r"(?<![\w-])(?P<name>(?P<qualifier>[A-ZÅÄÖ][a-zåäö]+)\s+(?:(?!och\b|samt\b)[a-zåäö]+\s+)?"
    r"(?:[a-zåäö]*(?:"
    + "|".join(_HEADS)
    + r")|(?!(?:kommunal|region|landstings|läns|stats|oppositions|sam)råd\b)[a-zåäö]{3,}råd|"
    # "Regionalt ANDTS-råd": an acronym compound of a council or group head.
    + r"[A-ZÅÄÖ]{2,}-[a-zåäö]*(?:råd|nätverk|grupp))"
    + _TOPIC
    + rf"(?:\s+(?:{_COUNTY_NAMES}))?)(?![\wåäö])"
)
# "Klimatrådet Uppsala län", "Integrationsrådet för Kalmar län": the county in the name
_DEFINITE_PLACE = compile_guarded(
    rf"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]{{3,}}(?:rådet|gruppen|nätverket)\s+(?:för\s+)?"
    rf"(?P<county>{_COUNTY_NAMES})(?:\s+län)?)(?![\wåäö])"
)
_LOCAL_COUNCIL = re.compile(
    # "lokala Brottsförebyggande rådet": the adjective's word capitalised as Brå's is
    r"(?<![\w-])(?P<name>(?:[Ll]okala|[Kk]ommunala)\s+[a-zåäöA-ZÅÄÖ][a-zåäö]+\s+rådet)(?![\wåäö])"
)
# "Brottsförebyggande rådet i Hedemora (kommun)": a council named by its municipality.
_COUNCIL_IN_TOWN = compile_guarded(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]{3,}\s+rådet\s+i\s+"
    r"(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?))(?:\s+kommun)?(?![\wåäö])"
)
# "ett lokalt brottsförebyggande råd": the same council indefinite (a participle in -ande,
# which does not inflect, so the definite name is known).
_LOCAL_COUNCIL_INDEFINITE = compile_guarded(
    r"(?<![\w-])[Ee]tt\s+(?:lokalt|kommunalt)\s+(?P<topic>[a-zåäö]{4,}ande)\s+råd(?![\wåäö])"
)
_NAMED_AFTER = re.compile(r"\s*,\s*[A-ZÅÄÖ]")
# "det regionala kompetensrådet", "det regionala ANDT-nätverket": a definite adjective
# and a definite council or network compound.
_REGIONAL_COUNCIL = re.compile(
    r"\b[Dd]et\s+(?P<name>[Rr]egionala\s+(?:[a-zåäö]{3,}|[A-ZÅÄÖ]{2,}-[a-zåäö]*)"
    r"(?:rådet|partnerskapet|nätverket))(?![\wåäö])"
)
# "Strategiska rådet mot våld", "Länsnätverket för samordnare mot våld": a definite council,
# network or group named by its topic.
_DEFINITE_TOPIC = compile_guarded(
    # "Målgruppen för projektet": the people a project is for, no group that meets
    r"(?<![\w-])(?P<name>(?:(?:(?P<adj>[A-ZÅÄÖ][a-zåäö]+a)\s+[a-zåäö]*|(?!Målgrupp)[A-ZÅÄÖ][a-zåäö]{2,})"
    # "Rådet för trygghet och folkhälsa": the head alone, capitalised, names one too
    r"(?:rådet|nätverket|gruppen|partnerskapet)|Rådet|Nätverket)\s+(?:mot|för)\s+[a-zåäö]{3,}"
    r"(?:\s+(?:mot|för|och|i)\s+[a-zåäö]{3,}){0,2})"
    r"(?=\s*[,.;:)]|\s+(?:leder|har|är|var|ska|består|träffas|beslutar|arbetar|samordnar|som|"
    r"där|med)\b)"
)
# "Styrgruppen består av ...", "Arbetsgruppen ska driva ...", "Styrgruppens syfte är ...":
# a sentence that opens with a definite group and says what it is or does describes the
# group of the page's work; a bare "styrgruppen" elsewhere names no particular one.
_GROUP_WORDS = r"(?:Styr|Arbets|Referens|Samverkans|Lednings|Projekt|Samordnings|Berednings)"
_DESCRIBED_GROUP = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))[^\S\n]*(?P<name>{_GROUP_WORDS}gruppen)"
    r"(?:\s+(?:består|bestämmer|finns|ansvarar|leds|bereder|förbereder|arbetar|sammanträder|"
    r"fattar|följer|utgörs|driver)\b|s\s+(?:syfte|uppgift|uppdrag|roll)\b|"
    # "ska driva ..." is a remit; "ska (också) träffas" says nothing of whose group it is
    r"\s+ska(?:ll)?\s+(?!(?:också\s+|även\s+)?(?:träffas|mötas|ses)\b))",
    re.M,
)
_KOMMUNENS = re.compile(
    r"\b[Kk]ommunens\s+(?P<name>[a-zåäö]{3,}(?:råd|grupp))(?P<definite>et|en)?(?![\wåäö])"
)
_REGIONAL_QUALIFIER = re.compile(r"^(?:Regional|Regionala|Regionalt|Läns\w*)$")
_REGIONAL_CONTEXT = re.compile(r"\b(?:regional\w*|länsgemensam\w*|i\s+länet|länets)\b", re.I)
_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*\n?)+")
# One or two capitalised words right before a genitive qualifier: "Livsstil Kronobergs".
_OWNER_WORDS = re.compile(r"(?:[A-ZÅÄÖ][\wåäö-]+\s+){1,2}$")
_DETERMINERS = ("En", "Ett", "Den", "Det", "Denna", "Detta", "Vår", "Varje")


def _paragraph_of(text: str, offset: int) -> tuple[int, int]:
    for p in _PARAGRAPH.finditer(text):
        if p.start() <= offset < p.end():
            return p.start(), p.end()
    return offset, offset


def _scope(ctx: Context, regional: bool) -> ids.Scope | None:
    if regional and ctx.home_county:
        return ids.county_scope(ctx.home_county)
    if ctx.publisher_municipality:
        return ids.municipality_scope(ctx.publisher_municipality)
    return ids.county_scope(ctx.home_county) if ctx.home_county else None


def extract_forums(ctx: Context, sink: FactSink) -> None:
    found = [m for m in _FORUM.finditer(ctx.text) if m.group("qualifier") not in _DETERMINERS]
    by_paragraph: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in found:
        by_paragraph.setdefault(_paragraph_of(ctx.text, m.start()), []).append(m)
    hits: list[ActorHit] = []
    for (p_start, p_end), matches in by_paragraph.items():
        # The sentence introducing a list ("i följande forum:") counts as its context.
        intro_start = ctx.text.rfind("\n\n", 0, max(p_start - 2, 0))
        context = ctx.text[max(intro_start, 0) : p_end]
        regional = any(_REGIONAL_QUALIFIER.match(m.group("qualifier")) for m in matches) or bool(
            _REGIONAL_CONTEXT.search(context)
        )
        scope = _scope(ctx, regional)
        if scope is None:
            continue
        for m in matches:
            if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
                continue
            owner = _group_owner(ctx, m)
            start = owner[0].start() if owner else m.start("name")
            name = " ".join(ctx.text[start : m.end("name")].split())
            hit = _forum(sink, scope, name, start, m.end("name"), "actor.forum.named")
            if hit:
                hits.append(hit)
            if hit and owner:
                hits += _owner_forums(ctx, sink, scope, hit, owner[1])
    ctx.actors = sorted([*ctx.actors, *hits], key=lambda a: (a.start, a.end))
    ctx.actors = sorted([*ctx.actors, *_definite_forums(ctx, sink)], key=lambda a: (a.start, a.end))
    ctx.actors = sorted([*ctx.actors, *topic_forums(ctx, sink)], key=lambda a: (a.start, a.end))


def _group_owner(ctx: Context, m: re.Match[str]) -> tuple[re.Match[str], str] | None:
    """'Livsstil Kronobergs ledningsgrupp': the group of a collaboration the page also
    names on its own ("Livsstil Kronoberg"): (the owner's words before the
    qualifier, the owner's name)."""
    qualifier = m.group("qualifier")
    if not qualifier.endswith("s") or len(qualifier) < 4:
        return None
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    before = _OWNER_WORDS.search(ctx.text, line_start, m.start())
    if before is None:
        return None
    owner = " ".join([*before.group(0).split(), qualifier[:-1]])
    if not re.search(rf"(?<![\w-]){re.escape(owner)}(?![\wåäö])", ctx.text):
        return None
    return before, owner


def _owner_forums(
    ctx: Context, sink: FactSink, scope: ids.Scope, group: ActorHit, owner: str
) -> list[ActorHit]:
    """The owner forum at each of its own mentions; the group is PART_OF it."""
    hits: list[ActorHit] = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(owner)}(?![\wåäö])", ctx.text):
        if any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            continue
        hit = _forum(sink, scope, owner, m.start(), m.end(), "actor.forum.group_owner")
        if hit:
            hits.append(hit)
    sentence = ctx.sentence_of(group.start)
    if hits and sentence is not None:
        sink.link(
            LinkType.PART_OF,
            group.node_id,
            hits[0].node_id,
            sentence.start,
            sentence.end,
            "relation.part_of.forum_group",
            CONF_FORUM,
        )
    return hits


def _forum(
    sink: FactSink, scope: ids.Scope, name: str, start: int, end: int, rule: str
) -> ActorHit | None:
    org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
    if sink.mention(org, start, end, rule, CONF_FORUM):
        return ActorHit(start, end, org.id, org.kind, name)
    return None


_COUNTY_KINDS = (OrganizationKind.COUNTY_BOARD, OrganizationKind.REGION)


def _county_publisher(ctx: Context) -> bool:
    """On a county board's or a region's page (its site, or its name heading the page), a
    council works county-wide."""
    if ctx.site is not None:
        return ctx.site.kind in _COUNTY_KINDS
    first_line = ctx.text.find("\n")
    first = ctx.actors[0] if ctx.actors else None
    return (
        first is not None
        and first.kind in _COUNTY_KINDS
        and not ctx.text[: first.start].strip()
        and (first_line < 0 or first.end <= first_line)
    )


def _definite_forums(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Councils named in the definite form: with a county, local, or "kommunens"."""
    found: list[tuple[int, int, str, ids.Scope | None, str]] = []
    for m in _DEFINITE_PLACE.finditer(ctx.text):
        county = county_by_name(m.group("county"))
        scope = ids.county_scope(county.code) if county else None
        found.append((m.start(), m.end(), m.group("name"), scope, "actor.forum.definite_place"))
    local = (
        ids.municipality_scope(ctx.publisher_municipality) if ctx.publisher_municipality else None
    )
    for m in _LOCAL_COUNCIL.finditer(ctx.text):
        name = m.group("name")
        found.append(
            (
                m.start(),
                m.end(),
                name[0].upper() + name[1:].lower(),
                local,
                "actor.forum.local_council",
            )
        )
    for m in _COUNCIL_IN_TOWN.finditer(ctx.text):
        town = municipality_by_name(m.group("place"))
        if town is not None:
            scope = ids.municipality_scope(town.code)
            found.append((m.start(), m.end(), m.group("name"), scope, "actor.forum.local_council"))
    for m in _LOCAL_COUNCIL_INDEFINITE.finditer(ctx.text):
        if _NAMED_AFTER.match(ctx.text, m.end()):
            continue  # "ett lokalt brottsförebyggande råd, Rådet för trygghet": its name
        name = f"Lokala {m.group('topic')} rådet"
        found.append((m.start(), m.end(), name, local, "actor.forum.local_council"))
    regional = ids.county_scope(ctx.home_county) if ctx.home_county else None
    for m in _REGIONAL_COUNCIL.finditer(ctx.text):
        name = m.group("name")
        found.append(
            (m.start("name"), m.end(), name[0].upper() + name[1:], regional, "actor.forum.regional")
        )
    for m in _DEFINITE_TOPIC.finditer(ctx.text):
        if m.group("adj") in _DETERMINERS:
            continue
        p_start, p_end = _paragraph_of(ctx.text, m.start())
        county_wide = (
            _county_publisher(ctx)
            or m.group("name").startswith(("Läns", "Regional"))
            or bool(_REGIONAL_CONTEXT.search(ctx.text, p_start, p_end))
        )
        scope = _scope(ctx, county_wide)
        found.append((m.start(), m.end(), m.group("name"), scope, "actor.forum.definite_topic"))
    described = {m.group("name") for m in _DESCRIBED_GROUP.finditer(ctx.text)}
    if described:
        scope = _scope(ctx, _county_publisher(ctx))
        words = "|".join(sorted(n[:-2] for n in described))
        for m in re.finditer(rf"(?<![\w-])(?i:{words})en(?![\wåäö])", ctx.text):
            name = m.group(0)[0].upper() + m.group(0)[1:].lower()
            found.append((m.start(), m.end(), name, scope, "actor.forum.described_group"))
    for m in _KOMMUNENS.finditer(ctx.text):
        head = m.group("name")
        name = head[0].upper() + head[1:] + ("et" if head.endswith("råd") else "en")
        found.append((m.start("name"), m.end(), name, local, "actor.forum.kommunens"))
    hits: list[ActorHit] = []
    for start, end, name, scope, rule in found:
        if scope is None or any(a.start < end and start < a.end for a in ctx.actors + hits):
            continue
        hit = _forum(sink, scope, " ".join(name.split()), start, end, rule)
        if hit:
            hits.append(hit)
    return hits

"""Organisations: gazetteer entities, committees, and bare back-references.

Rules (the rule name is stored on every mention):
- actor.municipality.gazetteer, actor.county_board.gazetteer,
  actor.region.gazetteer, actor.municipal_association.gazetteer,
  actor.national.gazetteer: the spaCy EntityRuler built from the gazetteers.
- actor.committee.coordinated ("Bistånds-, arbetsmarknads- och sociala
  servicenämnden"), actor.committee.compound ("Välfärdsnämnden"),
  actor.committee.acronym ("BAS-nämnden"), actor.committee.board
  ("Kommunstyrelsen", "Kommunfullmäktige"), actor.committee.known_alias (a
  committees.csv alias such as "BAS"). A committee needs the page's
  municipality, otherwise it cannot be given an id and is dropped.
- actor.committee.adjective: "Sociala omsorgsnämnden", "Tekniska nämnden" (a
  fixed list of adjectives that start committee names).
- actor.municipality.coordinated_genitive ("Hudiksvalls, Bollnäs och Ljusdals
  kommuner") and actor.municipality.enumerated ("länets kommuner - Alvesta,
  Lessebo och Växjö"): every item must be a municipality, or none is taken.
  They are added after the page's municipality is chosen.
- The gazetteer also knows "Borås Stad" / "Malmö stad" (the municipality, with
  the form as an alias) and "Dalarnas kommunförbund" (named as written). A
  lower-case national name after "lokala"/"kommunala" ("det lokala
  brottsförebyggande rådet") is a local namesake, not the national body.
- actor.anaphora.bare_name: "Länsstyrelsen", "Kommunförbundet", "Regionen"
  alone, when exactly one organisation of that kind is named on the page.

The page's municipality (publisher) is the municipality named most often,
if there is a single such one; the home county is its county, or else the
one county all county-level organisations on the page belong to.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from graph.nodes import Organization, OrganizationKind
from ingest import ids, nlp
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.gazetteer import (
    Municipality,
    county_by_code,
    fold,
    known_committees,
    municipality_by_code,
    municipality_by_name,
    national_bodies,
    region_by_code,
)

CONF_GAZETTEER = 0.95
CONF_COMMITTEE = 0.85
CONF_ANAPHORA = 0.7

_BODY_HEADS = (
    r"(?:nämnden|styrelsen|fullmäktige|utskottet|kommittén|beredningen|"
    r"förvaltningen|avdelningen|enheten|kontoret)"
)
_ADMINISTRATION_HEADS = ("förvaltningen", "avdelningen", "enheten", "kontoret", "socialtjänsten")
# Not a body of the page's municipality: the county board, a company's board.
_NOT_OWN = ("läns", "bolags", "förbunds")
_REGION_BODY = ("region",)
# The page's editor is no actor: "Sidansvarig: Kommunikationsavdelningen".
_EDITOR_LINE = re.compile(r"\s*(?:Sidansvarig|Dokumentansvarig|Sidan\s+ansvarar)\b", re.I)
_COMMITTEE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "actor.committee.coordinated",
        re.compile(
            r"\b[A-ZÅÄÖ][a-zåäö]+-,\s+(?:[A-Za-zÅÄÖåäö]+-,\s+)*[A-Za-zÅÄÖåäö]+-\s+och\s+"
            r"(?:[a-zåäö]+\s+)?[A-Za-zÅÄÖåäö]*nämnden(?:s)?\b"
        ),
    ),
    (
        "actor.committee.pair",
        re.compile(r"\b[A-ZÅÄÖa-zåäö][a-zåäö]+-\s+och\s+[a-zåäö]+nämnden(?:s)?\b"),
    ),
    # "Sociala omsorgsnämnden", "Tekniska nämnden": a fixed adjective starts the name.
    (
        "actor.committee.adjective",
        re.compile(
            r"\b(?:[Ss]ociala|[Tt]ekniska|[Gg]emensamma|[Kk]ulturella)\s+[a-zåäö]*nämnden(?:s)?\b"
        ),
    ),
    ("actor.committee.compound", re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+nämnden(?:s)?\b")),
    # Generic committee names in running text: "socialnämnden", "omsorgsnämnden".
    ("actor.committee.generic", re.compile(r"\b[a-zåäö]{3,}nämnden(?:s)?\b")),
    ("actor.committee.acronym", re.compile(r"\b[A-ZÅÄÖ]{2,}-nämnden(?:s)?\b")),
    # Any body by its productive head: "Miljö- och byggnadsförvaltningen", "HR-avdelningen",
    # "Kommunledningskontoret", "regionstyrelsen", "Arbetsutskottet", "Socialtjänsten".
    (
        "actor.body.pair",
        re.compile(rf"\b[A-ZÅÄÖa-zåäö][a-zåäö]+-\s+och\s+[a-zåäö]+{_BODY_HEADS}s?\b"),
    ),
    (
        "actor.body.compound",
        re.compile(rf"\b(?:[A-ZÅÄÖ]{{2,}}-|[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}){_BODY_HEADS}s?\b"),
    ),
    ("actor.body.socialtjanst", re.compile(r"\b[Ss]ocialtjänsten(?:s)?\b")),
    # "Fullmäktige" alone: the council of the page's municipality or region.
    ("actor.body.bare_fullmaktige", re.compile(r"(?<![\w-])[Ff]ullmäktige(?:s)?\b")),
    ("actor.body.regional", re.compile(r"\b[Rr]egionala\s+[a-zåäö]*nämnden(?:s)?\b")),
    (
        "actor.body.board_committee",
        re.compile(r"\b(?:[Kk]ommun|[Rr]egion)styrelsens\s+[a-zåäö]*utskott(?:et)?\b"),
    ),
    (
        "actor.committee.board",
        re.compile(r"\b(?:kommunstyrelsen|kommunfullmäktige)s?\b", re.I),
    ),
]
# "<committee> (BAS)": an acronym the page defines for the committee just named.
_DEFINED_ACRONYM = re.compile(r"\s*\((?P<acr>[A-ZÅÄÖ]{2,6})\)")
_ACRONYM_HEAD = re.compile(r"^(?P<acr>[A-ZÅÄÖ]{2,6})-nämnden$")
# "nämnden" alone refers back to the committee named last.
_NAMNDEN = re.compile(r"(?<![\w-])[Nn]ämnden(?:s)?\b")
_LOCAL_ADJECTIVES = frozenset({"lokala", "lokalt", "kommunala", "kommunalt", "regionala"})
_BARE = {
    "[Ll]änsstyrelsen": OrganizationKind.COUNTY_BOARD,
    "Kommunförbundet": OrganizationKind.MUNICIPAL_ASSOCIATION,
    "[Rr]egionen": OrganizationKind.REGION,
}
# "kommunen", "Kommunens": the page's own municipality, on its site or when it is the
# only municipality the page is about.
_KOMMUNEN = re.compile(r"\b[Kk]ommunen(?:s)?\b")
_KIND_OF = {
    nlp.MUNICIPALITY: OrganizationKind.MUNICIPALITY,
    nlp.COUNTY_BOARD: OrganizationKind.COUNTY_BOARD,
    nlp.REGION: OrganizationKind.REGION,
    nlp.MUNICIPAL_ASSOCIATION: OrganizationKind.MUNICIPAL_ASSOCIATION,
}


def _gazetteer_org(kind_key: str, key: str) -> tuple[Organization, str | None] | None:
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
        org = Organization(
            id=ids.region_id(county.code),
            name=region.name if region else f"Region {county.short_name}",
            kind=kind,
            code=county.code,
        )
    else:
        org = Organization(
            id=ids.municipal_association_id(county.code),
            name=f"Kommunförbundet {county.short_name}",
            kind=kind,
            code=county.code,
        )
    return org, county.code


def _as_written(org: Organization, surface: str) -> Organization:
    """'Dalarnas kommunförbund' is named as the page writes it (the association's own
    form of name), with the 'Kommunförbundet X' form as an alias; 'Borås Stad' keeps
    the municipality's official name and gets the form as an alias."""
    surface = " ".join(surface.split())
    if org.kind is OrganizationKind.MUNICIPAL_ASSOCIATION and fold(surface).endswith(
        ("kommunförbund", "kommunförbunds")
    ):
        name = surface.removesuffix("s") if surface.endswith("förbunds") else surface
        return dataclasses.replace(org, name=name, aliases=sorted({*org.aliases, org.name}))
    if org.kind is OrganizationKind.MUNICIPALITY and fold(surface).endswith(" stad"):
        return dataclasses.replace(org, aliases=sorted({*org.aliases, surface}))
    return org


def _local_namesake(ctx: Context, start: int, surface: str) -> bool:
    """'det lokala brottsförebyggande rådet' is a local council, not Brå."""
    if not surface[:1].islower():
        return False
    before = ctx.text[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _LOCAL_ADJECTIVES


def _gazetteer_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    hits: list[ActorHit] = []
    for ent in ctx.doc.ents:
        kind_key, _, key = ent.ent_id_.partition("|")
        found = _gazetteer_org(kind_key, key)
        if found is None:
            continue
        if kind_key == nlp.NATIONAL and _local_namesake(ctx, ent.start_char, ent.text):
            continue
        org, county_code = found
        org = _as_written(org, ent.text)
        rule = f"actor.{kind_key.lower()}.gazetteer"
        if sink.mention(org, ent.start_char, ent.end_char, rule, CONF_GAZETTEER):
            hits.append(
                ActorHit(
                    start=ent.start_char,
                    end=ent.end_char,
                    node_id=org.id,
                    kind=org.kind,
                    name=org.name,
                    county_code=county_code,
                    municipality_code=org.code if kind_key == nlp.MUNICIPALITY else None,
                )
            )
    return hits


def _publisher(hits: list[ActorHit]) -> str | None:
    counts = Counter(h.municipality_code for h in hits if h.municipality_code)
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _home_county(hits: list[ActorHit], publisher: str | None) -> str | None:
    if publisher:
        m = municipality_by_code(publisher)
        return m.county_code if m else None
    regional = {
        h.county_code for h in hits if h.county_code and h.kind is not OrganizationKind.MUNICIPALITY
    }
    return regional.pop() if len(regional) == 1 else None


def canonical_committee(surface: str, kommunkod: str | None) -> tuple[str, list[str]]:
    """Canonical committee name and its known aliases ('BAS-nämnden' -> full name)."""
    name = _base_form(surface)
    if fold(name) == "fullmäktige":
        return ("Kommunfullmäktige" if kommunkod else "Regionfullmäktige"), []
    if fold(name) == "arbetsutskottet":  # a board's committee: the executive board's
        return (
            "Kommunstyrelsens arbetsutskott" if kommunkod else "Regionstyrelsens arbetsutskott"
        ), []
    for known in known_committees():
        if known.municipality_code != kommunkod:
            continue
        if fold(name) in {fold(n) for n in (known.name, *known.aliases)}:
            return known.name, sorted(known.aliases)
    return name, []


def _base_form(surface: str) -> str:
    """'Välfärdsnämndens' -> 'Välfärdsnämnden'; first letter upper-cased."""
    name = " ".join(surface.split())
    if name.endswith("s") and name[:-1].endswith(("fullmäktige", *_DEFINITE_HEADS)):
        name = name[:-1]
    return name[0].upper() + name[1:]


_DEFINITE_HEADS = (
    "nämnden",
    "styrelsen",
    "utskottet",
    "kommittén",
    "beredningen",
    *_ADMINISTRATION_HEADS,
)


def body_kind(name: str) -> OrganizationKind:
    """A förvaltning, avdelning, enhet, kontor or socialtjänsten is an administration;
    a nämnd, styrelse, fullmäktige, utskott, kommitté or beredning is a committee."""
    folded = fold(name)
    if folded.endswith(_ADMINISTRATION_HEADS):
        return OrganizationKind.ADMINISTRATION
    return OrganizationKind.COMMITTEE


def initials(name: str) -> set[str]:
    """Acronyms a committee name can have: 'Bistånds-, arbetsmarknads- och sociala
    servicenämnden' -> {'BAS', 'BASS'} (initials without or with the last word)."""
    words = [w for w in re.findall(r"[A-Za-zÅÄÖåäö]+", name) if w.lower() not in ("och", "samt")]
    letters = [w[0].upper() for w in words]
    return {"".join(letters[:-1]), "".join(letters)} if len(letters) > 1 else set()


def _committee_candidates(ctx: Context, kommunkod: str | None) -> list[tuple[int, int, str]]:
    rules = list(_COMMITTEE_RULES)
    for known in known_committees():
        if known.municipality_code == kommunkod:
            for alias in (known.name, *known.aliases):
                rules.append(
                    ("actor.committee.known_alias", re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"))
                )
    found: list[tuple[int, int, str]] = []
    for rule, pattern in rules:
        found.extend(
            (m.start(), m.end(), rule)
            for m in pattern.finditer(ctx.text)
            if not _EDITOR_LINE.match(ctx.text, ctx.text.rfind("\n", 0, m.start()) + 1)
        )
    # Longest match wins where committee patterns overlap each other or an entity.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken = [(h.start, h.end) for h in ctx.actors]
    chosen: list[tuple[int, int, str]] = []
    for start, end, rule in found:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, rule))
    return sorted(chosen)


def _page_acronyms(ctx: Context, full_names: dict[str, tuple[int, int]]) -> dict[str, str]:
    """Acronym -> committee name, from "(BAS)" right after a name, or from initials."""
    acronyms: dict[str, str] = {}
    for name, (_, end) in full_names.items():
        m = _DEFINED_ACRONYM.match(ctx.text, end)
        if m:
            acronyms[m.group("acr")] = name
    for name in full_names:
        for acr in initials(name):
            if len(acr) >= 2:
                acronyms.setdefault(acr, name)
    return acronyms


def _committee_hits(ctx: Context, sink: FactSink, kommunkod: str | None) -> list[ActorHit]:
    found = _committee_candidates(ctx, kommunkod)
    # Full names first, so an acronym ("BAS-nämnden") can be mapped to one of them.
    names: dict[str, tuple[int, int]] = {}
    for start, end, rule in found:
        if rule != "actor.committee.acronym":
            name, _ = canonical_committee(ctx.text[start:end], kommunkod)
            names.setdefault(name, (start, end))
    acronyms = _page_acronyms(ctx, names)
    used = {
        h.group("acr")
        for s, e, r in found
        if r == "actor.committee.acronym" and (h := _ACRONYM_HEAD.match(_base_form(ctx.text[s:e])))
    }
    defined = {
        m.group("acr") for _, e in names.values() if (m := _DEFINED_ACRONYM.match(ctx.text, e))
    }
    for bare in sorted((used | defined) & set(acronyms)):  # bare "BAS" the page defines or uses
        for m in re.finditer(rf"(?<![\w-]){bare}(?![\w-])", ctx.text):
            if not any(s <= m.start() < e for s, e, _ in found) and not any(
                a.start <= m.start() < a.end for a in ctx.actors
            ):
                found.append((m.start(), m.end(), "actor.committee.page_acronym"))
    aliases_of: dict[str, set[str]] = {}
    resolved: list[tuple[int, int, str, str]] = []
    for start, end, rule in sorted(found):
        surface = ctx.text[start:end]
        name, known_aliases = canonical_committee(surface, kommunkod)
        head = _ACRONYM_HEAD.match(name)
        acr: str | None = None
        if head:
            acr = head.group("acr")
        elif rule.endswith("page_acronym"):
            acr = surface
        if acr and acr in acronyms and not known_aliases:
            name = acronyms[acr]
        aliases = aliases_of.setdefault(name, set(known_aliases))
        if fold(name) != fold(_base_form(surface)):
            aliases.add(_base_form(surface))
        resolved.append((start, end, rule, name))
    hits: list[ActorHit] = []
    for start, end, rule, name in resolved:
        owner = _body_owner(ctx, name, kommunkod)
        if owner is None:
            continue
        scope, code = owner
        org = Organization(
            id=ids.body_id(scope, code, name),
            name=name,
            kind=body_kind(name),
            aliases=sorted(aliases_of[name]),
        )
        if sink.mention(org, start, end, rule, CONF_COMMITTEE):
            municipal = scope == "kommun"
            hits.append(
                ActorHit(
                    start,
                    end,
                    org.id,
                    org.kind,
                    org.name,
                    county_code=None if municipal else code,
                    municipality_code=code if municipal else None,
                )
            )
    return hits


def _body_owner(ctx: Context, name: str, kommunkod: str | None) -> tuple[str, str] | None:
    """Whose body a name is: ("kommun", kommunkod) or ("region", länskod); None if
    neither can be told (no guessed ids) or it is another kind of organisation's."""
    folded = fold(name)
    if folded.startswith(_NOT_OWN):
        return None
    region_site = ctx.site is not None and ctx.site.kind is OrganizationKind.REGION
    if folded.startswith(_REGION_BODY) or (region_site and kommunkod is None):
        return ("region", ctx.home_county) if ctx.home_county else None
    return ("kommun", kommunkod) if kommunkod else None


def _namnden_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """'beslut i nämnden' -> the committee named last before it."""
    hits: list[ActorHit] = []
    for m in _NAMNDEN.finditer(ctx.text):
        if any(a.start <= m.start() < a.end for a in ctx.actors):
            continue
        before = [
            a
            for a in ctx.actors
            if a.end <= m.start() and a.kind is OrganizationKind.COMMITTEE and "nämnd" in a.name
        ]
        if not before:
            continue
        target = before[-1]
        node = sink.nodes[target.node_id]
        if sink.mention(node, m.start(), m.end(), "actor.anaphora.namnden", CONF_ANAPHORA):
            hits.append(
                ActorHit(
                    m.start(),
                    m.end(),
                    target.node_id,
                    target.kind,
                    target.name,
                    municipality_code=target.municipality_code,
                    anaphoric=True,
                )
            )
    return hits


_KIND_KEY = {kind: key for key, kind in _KIND_OF.items()}


def found_org(target: ActorHit, ctx: Context) -> Organization:
    """The gazetteer node for a home-county organisation not yet on the page."""
    found = _gazetteer_org(_KIND_KEY[target.kind], target.county_code or "")
    assert found is not None
    return found[0]


def _kommunen_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    code = ctx.publisher_municipality
    m = municipality_by_code(code) if code else None
    if m is None:
        return []
    org = Organization(
        id=ids.municipality_id(m.code),
        name=m.official_name,
        kind=OrganizationKind.MUNICIPALITY,
        code=m.code,
    )
    hits: list[ActorHit] = []
    for found in _KOMMUNEN.finditer(ctx.text):
        if any(a.start <= found.start() < a.end for a in ctx.actors):
            continue
        if sink.mention(org, found.start(), found.end(), "actor.anaphora.kommunen", CONF_ANAPHORA):
            hits.append(
                ActorHit(
                    found.start(),
                    found.end(),
                    org.id,
                    org.kind,
                    org.name,
                    county_code=m.county_code,
                    municipality_code=m.code,
                    anaphoric=True,
                )
            )
    return hits


def _bare_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    hits = _kommunen_hits(ctx, sink)
    for word, kind in _BARE.items():
        candidates = {a.node_id: a for a in ctx.actors if a.kind is kind and not a.anaphoric}
        site = ctx.site_actor()
        if site is not None and site.kind is kind:
            candidates = {site.node_id: site}  # its own site: "länsstyrelsen" is this one
        rule = "actor.anaphora.bare_name"
        if not candidates and ctx.home_county:
            # Nothing of this kind named in full: the home county's one, if the page has one.
            found = _gazetteer_org(_KIND_KEY[kind], ctx.home_county)
            if found is not None:
                org = found[0]
                candidates = {
                    org.id: ActorHit(0, 0, org.id, kind, org.name, county_code=ctx.home_county)
                }
                rule = "actor.anaphora.home_county"
        if len(candidates) != 1:
            continue
        target = next(iter(candidates.values()))
        for m in re.finditer(rf"\b{word}(?:s)?\b", ctx.text):
            if any(a.start <= m.start() < a.end for a in ctx.actors):
                continue  # part of a full name already matched
            node = sink.nodes.get(target.node_id) or found_org(target, ctx)
            if sink.mention(node, m.start(), m.end(), rule, CONF_ANAPHORA):
                hits.append(
                    ActorHit(
                        m.start(),
                        m.end(),
                        target.node_id,
                        kind,
                        target.name,
                        county_code=target.county_code,
                        anaphoric=True,
                    )
                )
    return hits


_PLACE = r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?"
_PLACE_LIST = rf"{_PLACE}(?:,\s+{_PLACE})*\s+och\s+{_PLACE}"
_LIST_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Hudiksvalls, Bollnäs, Söderhamns och Ljusdals kommuner"
    (
        "actor.municipality.coordinated_genitive",
        re.compile(rf"(?<![\w-])(?P<list>{_PLACE_LIST})\s+kommuner(?:na)?\b"),
    ),
    # "länets åtta kommuner (dash) Alvesta, Lessebo, ... och Älmhult"
    (
        "actor.municipality.enumerated",
        re.compile(rf"\bkommuner(?:na)?\s*[\u2013:-]\s*(?P<list>{_PLACE_LIST})(?![\w-])"),
    ),
]


def _municipality_named(word: str) -> Municipality | None:
    """'Bollnäs', 'Hudiksvalls' (genitive) -> the municipality."""
    found = municipality_by_name(word)
    if found is None and word.endswith("s"):
        found = municipality_by_name(word[:-1])
    return found


def _list_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Municipalities named in a coordinated list; all items must be municipalities."""
    hits: list[ActorHit] = []
    for rule, pattern in _LIST_RULES:
        for m in pattern.finditer(ctx.text):
            items = list(re.finditer(_PLACE, m.group("list")))
            found = [_municipality_named(i.group(0)) for i in items]
            if len(items) < 2 or any(f is None for f in found):
                continue
            base = m.start("list")
            for item, muni in zip(items, found, strict=True):
                assert muni is not None
                start, end = base + item.start(), base + item.end()
                if any(a.start < end and start < a.end for a in ctx.actors):
                    continue
                org = Organization(
                    id=ids.municipality_id(muni.code),
                    name=muni.official_name,
                    kind=OrganizationKind.MUNICIPALITY,
                    code=muni.code,
                )
                if sink.mention(org, start, end, rule, CONF_COMMITTEE):
                    hits.append(
                        ActorHit(
                            start,
                            end,
                            org.id,
                            org.kind,
                            org.name,
                            county_code=muni.county_code,
                            municipality_code=muni.code,
                        )
                    )
    return hits


def extract_actors(ctx: Context, sink: FactSink) -> None:
    ctx.actors = _gazetteer_hits(ctx, sink)
    site = ctx.site
    if site is not None and site.kind is OrganizationKind.MUNICIPALITY:
        ctx.publisher_municipality = site.key  # its own site: whatever else it names
    else:
        ctx.publisher_municipality = _publisher(ctx.actors)
    ctx.home_county = _home_county(ctx.actors, ctx.publisher_municipality)
    if site is not None and site.kind in (OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD):
        ctx.home_county = site.key
    # List items are added after the publisher is chosen: a list names others.
    ctx.actors = sorted([*ctx.actors, *_list_hits(ctx, sink)], key=lambda a: (a.start, a.end))
    if ctx.publisher_municipality or ctx.home_county:
        ctx.actors += _committee_hits(ctx, sink, ctx.publisher_municipality)
        ctx.actors.sort(key=lambda a: (a.start, a.end))
        ctx.actors += _namnden_hits(ctx, sink)
    ctx.actors += _bare_hits(ctx, sink)
    ctx.actors.sort(key=lambda a: (a.start, a.end))

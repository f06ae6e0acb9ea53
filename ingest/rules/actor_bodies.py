"""Committees and other bodies of the page's municipality or region, by their names.

Rules: actor.committee.coordinated ("Bistånds-, arbetsmarknads- och sociala
servicenämnden"), actor.committee.compound ("Välfärdsnämnden"),
actor.committee.acronym ("BAS-nämnden"), actor.committee.board
("Kommunstyrelsen", "Kommunfullmäktige"), actor.committee.known_alias (a
committees.csv alias such as "BAS"), actor.committee.adjective ("Sociala
omsorgsnämnden", "Tekniska nämnden": a fixed list of adjectives that start
committee names), actor.committee.page_acronym (a bare "BAS" the page defines
or uses), and actor.body.* (förvaltning, avdelning, enhet, kontor, kansli,
utskott, "Fullmäktige" alone; "kommunstyrelsens allmänna utskott" and
"Socialnämndens arbetsutskott" whole; a bare "arbetsutskottet" or "AU" is the
arbetsutskott of the board the page names most often). A body needs the page's
municipality (or, for a region's body, its home county), else it is dropped, unless it
is named with its owner ("Kommunstyrelsen i Umeå", ingest.rules.actor_named_owner). A
committee for what only a region does ("Norra hälso- och sjukvårdsnämnden",
"patientnämnden") is the home region's on any page.
"""

from __future__ import annotations

import re
from collections import Counter

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import fold, known_committees
from ingest.rules.actor_acronyms import DEFINED_ACRONYM, head_initials, initials, page_acronyms
from ingest.rules.actor_body_filters import no_body
from ingest.rules.actor_body_patterns import COMMITTEE_RULES
from ingest.rules.actor_hits import body_hit
from ingest.rules.actor_named_owner import line_owner, named_owner, sentence_municipality
from ingest.rules.actor_work_committee import is_bare_work_committee, named_work_committee_board
from ingest.rules.document_spelling import one_edit

__all__ = [
    "CONF_COMMITTEE",
    "body_kind",
    "body_owner",
    "canonical_committee",
    "committee_hits",
    "initials",
]

CONF_COMMITTEE = 0.85

_ADMINISTRATION_HEADS = (
    "förvaltningen",
    "avdelningen",
    "enheten",
    "kontoret",
    "kansliet",
    "kansli",
    "staben",
    "förvaltning",
    "socialtjänsten",
)
# Not a body of the page's municipality: the county board, a company's board, the
# government offices ("Regeringskansliet"), the Chancellor of Justice's office.
_GOTLAND = "0980"
_NOT_OWN = ("läns", "lans", "bolags", "förbunds", "regerings", "riks", "justitie")
_REGION_BODY = ("region", "landsting")
# Fields only a region has a committee for: "Hälso- och sjukvårdsnämnden", "nämnden för
# folkhälsa och primärvård" on a municipal page are the home region's (Gotland aside).
_REGION_FIELD = re.compile(
    r"(?:^|\s)(?:hälso-\s*och\s+sjukvårds|patient|tandvårds)nämnd"
    r"|\bför\s.*\b(?:primärvård|habilitering|folktandvård|sjukvård)"
)
_ACRONYM_HEAD = re.compile(r"^(?P<acr>[A-ZÅÄÖ]{2,6})-nämnden$")


def canonical_committee(
    surface: str, kommunkod: str | None, board: str | None = None
) -> tuple[str, list[str]]:
    """Canonical committee name and its known aliases ('BAS-nämnden' -> full name).

    A bare "arbetsutskottet" or "AU" is the page's ``board``'s, else the executive
    board's."""
    name = _base_form(surface)
    # Gotland, a municipality with a region's tasks, names its bodies as a region does.
    municipal = kommunkod is not None and kommunkod != _GOTLAND
    if fold(name) == "fullmäktige":
        return ("Kommunfullmäktige" if municipal else "Regionfullmäktige"), []
    if fold(name) in ("arbetsutskottet", "au"):  # a board's committee
        if board is not None:
            return f"{board}s arbetsutskott", []
        return (
            "Kommunstyrelsens arbetsutskott" if municipal else "Regionstyrelsens arbetsutskott"
        ), []
    for known in known_committees():
        if known.municipality_code != kommunkod:
            continue
        if fold(name) in {fold(n) for n in (known.name, *known.aliases)}:
            return known.name, sorted(known.aliases)
    return name, []


def _base_form(surface: str) -> str:
    """'Välfärdsnämndens' -> 'Välfärdsnämnden'; first letter upper-cased; a board's
    committee keeps its genitive ("kommunstyrelsen arbetsutskott" as minutes write it)."""
    if surface.isupper():  # a minutes' header: "OMSORGSSTYRELSEN"
        surface = surface.capitalize()
    name = re.sub(r"^(\w+styrelsen)\s+(?=\S*utskott)", r"\1s ", " ".join(surface.split()))
    name = re.sub(r"(?<=[a-zåäö])-och\s", "- och ", name)  # "Kultur-och bildningsnämnden"
    name = re.sub(r"(?<=[a-zåäö])-(?=[a-zåäö])", "", name)  # "kommun-styrelsen", broken
    # "trafik och samhällsutvecklingsnämnden": the first part's hyphen, left out
    name = re.sub(r"^(\w+)\s+och\s+(?=\w+(?:nämnd|styrelse|förvaltning)\w*$)", r"\1- och ", name)
    name = re.sub(r"^([Rr]egion)s(?=styrelse|fullmäktige)", r"\1", name)  # a misspelling
    if name.endswith("s") and name[:-1].lower().endswith(("fullmäktige", *_DEFINITE_HEADS)):
        name = name[:-1]
    if name.lower().endswith("styrelse"):  # "måndagens kommunstyrelse": the board
        name += "n"
    # "regional(a) utvecklingsnämnd" is the region's "Regionala utvecklingsnämnden"
    name = re.sub(r"^[Rr]egionala?\s+([a-zåäö]+(?:nämnd|förvaltning))$", r"Regionala \1en", name)
    name = name[0].upper() + name[1:]
    if name.endswith(" revisorer"):  # "Kommunens revisorer", "Region Dalarnas revisorer"
        return "Revisorerna"
    # "Kommnfullmäktige", "Socialsnämnden": a standard body misspelt by one letter
    folded = name.lower()
    return next((b for low, b in _STANDARD_BODIES.items() if one_edit(folded, low)), name)


_STANDARD_BODIES = {
    name.lower(): name
    for name in (
        "Kommunfullmäktige",
        "Kommunstyrelsen",
        "Regionfullmäktige",
        "Regionstyrelsen",
        "Socialnämnden",
        "Byggnadsnämnden",
        "Miljönämnden",
        "Kulturnämnden",
        "Utbildningsnämnden",
        "Valnämnden",
        "Överförmyndarnämnden",
        "Samhällsbyggnadsnämnden",
    )
}


_DEFINITE_HEADS = (
    "nämnden",
    "styrelsen",
    "utskottet",
    "kommittén",
    "beredningen",
    "direktionen",
    *_ADMINISTRATION_HEADS,
)


def body_kind(name: str) -> OrganizationKind:
    """A förvaltning, avdelning, enhet, kontor or socialtjänsten is an administration;
    a nämnd, styrelse, fullmäktige, utskott, kommitté or beredning is a committee."""
    if fold(name).endswith(_ADMINISTRATION_HEADS):
        return OrganizationKind.ADMINISTRATION
    return OrganizationKind.COMMITTEE


def _committee_candidates(ctx: Context, kommunkod: str | None) -> list[tuple[int, int, str]]:
    rules = list(COMMITTEE_RULES)
    for known in known_committees():
        if known.municipality_code == kommunkod:
            for alias in (known.name, *known.aliases):
                rules.append(
                    ("actor.committee.known_alias", re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"))
                )
    # "Direktionen" alone is a region's board only on the region's own site (Region
    # Dalarna's); elsewhere it is a federation's (ingest.rules.decision_associations).
    site = ctx.site_actor()
    if site is None or site.kind is not OrganizationKind.REGION:
        rules = [r for r in rules if r[0] != "actor.body.direktion"]
    found: list[tuple[int, int, str]] = []
    for rule, pattern in rules:
        found.extend(
            (m.start(), m.end(), rule)
            for m in pattern.finditer(ctx.text)
            if not no_body(ctx.text, m)
        )
    # Longest match wins where committee patterns overlap each other or an entity.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken = [(h.start, h.end) for h in ctx.actors]
    chosen: list[tuple[int, int, str]] = []
    for start, end, rule in found:
        if rule == "actor.body.named_kansli":  # holds the region's own name
            if not any(start < e and s < end for s, e, _ in chosen):
                chosen.append((start, end, rule))
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, rule))
    return sorted(chosen)


def committee_hits(ctx: Context, sink: FactSink, kommunkod: str | None) -> list[ActorHit]:
    """Committees and bodies named on the page, outside the organisations already found."""
    found = _committee_candidates(ctx, kommunkod)
    # Full names first, so an acronym ("BAS-nämnden") can be mapped to one of them.
    names: dict[str, tuple[int, int]] = {}
    for start, end, rule in found:
        if rule != "actor.committee.acronym":
            name, _ = canonical_committee(ctx.text[start:end], kommunkod)
            names.setdefault(name, (start, end))
    board = _main_board(ctx, found, kommunkod)
    acronyms = page_acronyms(ctx, names)
    used = {
        h.group("acr")
        for s, e, r in found
        if r == "actor.committee.acronym" and (h := _ACRONYM_HEAD.match(_base_form(ctx.text[s:e])))
    }
    defined = {
        m.group("acr") for _, e in names.values() if (m := DEFINED_ACRONYM.match(ctx.text, e))
    }
    # A head's initials of three letters or more ("RUN", "KFN") stand for the body bare.
    headed = {a for n in names if (a := head_initials(n)) is not None and len(a) >= 3}
    for bare in sorted((used | defined | headed) & set(acronyms)):  # "BAS" defined or used
        for m in re.finditer(rf"(?<![\w-]){bare}(?![\w-])", ctx.text):
            if not any(s <= m.start() < e for s, e, _ in found) and not any(
                a.start <= m.start() < a.end for a in ctx.actors
            ):
                found.append((m.start(), m.end(), "actor.committee.page_acronym"))
    aliases_of: dict[str, set[str]] = {}
    resolved: list[tuple[int, int, str, str]] = []
    # "Regionala utvecklingsnämnden ... Utvecklingsnämnden beslutade": on a region's page
    # the short form is the same committee.
    regional = {fold(n.split(" ", 1)[1]): n for n in names if n.startswith("Regionala ")}
    for start, end, rule in sorted(found):
        surface = ctx.text[start:end]
        name, known_aliases = canonical_committee(surface, kommunkod, board)
        if kommunkod is None:
            name = regional.get(fold(name), name)
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
    # The region named inside "Region Blekinges kansli" is no actor of its own there.
    named = [(s, e) for s, e, r, _ in resolved if r == "actor.body.named_kansli"]
    ctx.actors = [a for a in ctx.actors if not any(s <= a.start and a.end <= e for s, e in named)]
    hits: list[ActorHit] = []
    owners: list[ActorHit] = []  # named with a body: no actors of their own there
    for start, end, rule, name in resolved:
        own = not fold(name).startswith(_NOT_OWN)
        tail = named_owner(ctx, sink, name, end, start) if own else None
        owner = tail.owner if tail else line_owner(ctx, start, body_owner(ctx, name, kommunkod))
        if owner is None and tail is None and (near := sentence_municipality(ctx, start)):
            owner = body_owner(ctx, name, near)  # a page of two municipalities: the one named
        if owner is None:
            continue
        if tail is not None:
            end = tail.end
            owners.extend([tail.hit] if tail.hit else [])
        scope, code = owner
        org = Organization(
            id=ids.body_id(scope, code, name),
            name=name,
            kind=body_kind(name),
            aliases=sorted(aliases_of[name]),
        )
        hit = body_hit(sink, org, (start, end), rule, CONF_COMMITTEE, owner)
        if hit is not None:
            hits.append(hit)
    ctx.actors = [a for a in ctx.actors if a not in owners]
    return hits


def _main_board(
    ctx: Context, found: list[tuple[int, int, str]], kommunkod: str | None
) -> str | None:
    """The board of the one arbetsutskott the page names in full, else the nämnd or
    styrelse it names most often (the one whose minutes they are); on a tie, the
    executive board if it is among the first; None if none is named."""
    counts: Counter[str] = Counter()
    for start, end, _ in found:
        name, _aliases = canonical_committee(ctx.text[start:end], kommunkod)
        if fold(name).endswith(("nämnden", "styrelsen")):
            counts[name] += 1
    named = named_work_committee_board(
        canonical_committee(ctx.text[start:end], kommunkod)[0]
        for start, end, _ in found
        if not is_bare_work_committee(_base_form(ctx.text[start:end]))
    )
    if named is not None:  # a bare "Arbetsutskottet" is the one named in full
        return named
    ranked = counts.most_common()
    if not ranked:
        return None
    tied = [n for n, c in ranked if c == ranked[0][1]]
    if len(tied) == 1:
        return tied[0]
    executive = [n for n in tied if fold(n) in ("kommunstyrelsen", "regionstyrelsen")]
    return executive[0] if executive else None


def body_owner(ctx: Context, name: str, kommunkod: str | None) -> tuple[str, str] | None:
    """Whose body a name is: ("kommun", kommunkod) or ("region", länskod); None if
    neither can be told (no guessed ids) or it is another kind of organisation's."""
    folded = fold(name)
    if folded.startswith(_NOT_OWN):
        return None
    region_site = ctx.site is not None and ctx.site.kind is OrganizationKind.REGION
    if kommunkod is None and ctx.site is None and not folded.startswith("kommun"):
        # A page that names its region and no municipality: the region's body.
        region_site = any(
            a.kind is OrganizationKind.REGION and a.county_code == ctx.home_county
            for a in ctx.actors
        )
    # On a region's own site a body is the region's, whatever municipality it names.
    own_region = region_site and not folded.startswith("kommun")
    field = _REGION_FIELD.search(folded) is not None and kommunkod != _GOTLAND
    if (
        folded.startswith(_REGION_BODY)
        or field
        or (region_site and (kommunkod is None or own_region))
    ):
        return ("region", ctx.home_county) if ctx.home_county else None
    return ("kommun", kommunkod) if kommunkod else None

"""Id rules for everything the extractor creates (all via graph.ids.make_id).

Ids are built only from stable keys, never from the page or the order of
mentions, so the same fact read from any page in any order gets the same id:

- municipality:   ("kommun", kommunkod)                -> Organization:kommun:2282
- county board:   ("lansstyrelse", länskod)             -> Organization:lansstyrelse:22
  ("Länsstyrelsen Västernorrland" and "Länsstyrelsen i Västernorrlands län"
  both resolve to länskod 22 through the gazetteer)
- region:         ("region", länskod)                   -> Organization:region:22
- Kommunförbundet X: ("kommunforbund", länskod)         -> Organization:kommunforbund:22
- committee:      ("kommun", kommunkod, canonical name) -> Organization:kommun:2282:valfardsnamnden
  (aliases such as "BAS-nämnden" are mapped to the canonical name first)
- national body:  ("nationell", gazetteer key)          -> Organization:nationell:skr
- person:         ("person", full name)                 -> Person:person:peter-carlstedt
- forum:          ("forum", *scope, name)
  -> Organization:forum:lan:22:regional-ledningsgrupp
- initiative:     (canonical name)                      -> Initiative:resurscentrum-mot-vald
- decision:       (deciding body key, date, summary)
  -> Decision:kommun-2282-valfardsnamnden:2024-02-22:medverka-i-...
- goal, activity: (owning document key, first words of the text)
  -> Goal:regional-action-plan-lan-22-2022-2026:effektivare-brottsbekampning
- document:       (level, kind, *scope, period)         ->
  Document:regional:action-plan:lan:22:2022-2026
  where scope is ("se",) for national documents, ("lan", länskod) for
  regional ones, ("kommun", kommunkod) or ("kommun", kommunkod, committee) for
  municipal ones; the period "YYYY-YYYY", or, when the page gives none, the
  normalised title (Document:municipal:strategy:kommun:1489:klimatstrategi).
  Title wording, articles and anaphora ("Den regionala handlingsplanen") do
  not enter the id, so every way of naming the same plan meets in one node.

make_id slugs every part (lower-case ASCII), so "Välfärdsnämnden" becomes
"valfardsnamnden".
"""

from __future__ import annotations

from graph.ids import make_id
from graph.nodes import DocumentKind, Level, Organization, OrganizationKind

Scope = tuple[str, ...]


def municipality_id(kommunkod: str) -> str:
    return make_id("Organization", "kommun", kommunkod)


def county_board_id(lanskod: str) -> str:
    return make_id("Organization", "lansstyrelse", lanskod)


# Gotland has no region: its municipality, "Region Gotland", carries the regional tasks,
# so the county's regional bodies are the municipality's.
REGIONAL_MUNICIPALITY = {"09": "0980"}


def region_id(lanskod: str) -> str:
    kommun = REGIONAL_MUNICIPALITY.get(lanskod)
    return municipality_id(kommun) if kommun else make_id("Organization", "region", lanskod)


def region_organization(lanskod: str, name: str) -> Organization:
    """A region's node: Region Gotland is its municipality, with that kind and code."""
    kommun = REGIONAL_MUNICIPALITY.get(lanskod)
    if kommun is not None:
        kind = OrganizationKind.MUNICIPALITY
        return Organization(id=municipality_id(kommun), name=name, kind=kind, code=kommun)
    region = OrganizationKind.REGION
    return Organization(id=region_id(lanskod), name=name, kind=region, code=lanskod)


def municipal_association_id(lanskod: str) -> str:
    return make_id("Organization", "kommunforbund", lanskod)


def committee_id(kommunkod: str, canonical_name: str) -> str:
    return make_id("Organization", "kommun", kommunkod, canonical_name)


def body_id(owner: str, code: str, canonical_name: str) -> str:
    """A municipality's or region's own body: ("kommun", "2282", "Välfärdsnämnden") ->
    Organization:kommun:2282:valfardsnamnden; ("region", "14", "Regionstyrelsen")."""
    if owner == "region" and code in REGIONAL_MUNICIPALITY:
        owner, code = "kommun", REGIONAL_MUNICIPALITY[code]
    return make_id("Organization", owner, code, canonical_name)


def national_body_id(key: str) -> str:
    return make_id("Organization", "nationell", key)


def person_id(name: str) -> str:
    return make_id("Person", "person", name)


def municipality_scope(kommunkod: str) -> Scope:
    return ("kommun", kommunkod)


def committee_scope(kommunkod: str, canonical_name: str) -> Scope:
    return ("kommun", kommunkod, canonical_name)


def county_scope(lanskod: str) -> Scope:
    return ("lan", lanskod)


NATIONAL_SCOPE: Scope = ("se",)


def document_id(
    level: Level,
    kind: DocumentKind,
    scope: Scope,
    period: tuple[int, int] | None,
    title: str = "",
    topic: str = "",
) -> str:
    """With a period, the period and the topic of the document's compound ("kultur" in
    "Kulturprogram") tell documents of one kind and scope apart: a municipality's culture
    and sports programmes of one term of office never meet. Without one, the normalised
    title does."""
    if period:
        return make_id(
            "Document", level.value, kind.value, *scope, topic, f"{period[0]}-{period[1]}"
        )
    return make_id("Document", level.value, kind.value, *scope, title_key(title))


def title_key(title: str) -> str:
    """A title without its owner in brackets and without the level adjectives before its
    noun, lower case: 'Regional strategi för suicidprevention (Region Dalarna)' ->
    'strategi för suicidprevention'; 'Plan för aktörer av kommunal verksamhet' keeps its
    topic's adjective."""
    words = title.split(" (")[0].split()
    while words and words[0].lower() in _LEVEL_ADJECTIVES:
        words = words[1:]
    return " ".join(words).lower()


_LEVEL_ADJECTIVES = frozenset({"regional", "nationell", "kommunal"})


def forum_id(scope: Scope, name: str) -> str:
    """A forum: Organization:forum:lan:22:regional-ledningsgrupp."""
    return make_id("Organization", "forum", *scope, name)


def other_org_id(name: str) -> str:
    """Any other named organisation (a company, an association): Organization:org:vastkom."""
    return make_id("Organization", "org", name)


def other_organization(name: str, kind: OrganizationKind = OrganizationKind.OTHER) -> Organization:
    """Any other named organisation's node, by its name (see other_org_id)."""
    return Organization(id=other_org_id(name), name=name, kind=kind)


def initiative_id(name: str) -> str:
    """A project or centre, by its canonical name: Initiative:resurscentrum-mot-vald."""
    return make_id("Initiative", name)


def decision_id(body_id: str, day: str | None, summary: str) -> str:
    """A decision, from the deciding body, its date and what was decided."""
    return make_id("Decision", body_id.partition(":")[2], day or "", _key_words(summary))


def goal_id(owner_id: str, text: str) -> str:
    return make_id("Goal", owner_id.partition(":")[2], _key_words(text))


def activity_id(owner_id: str, description: str) -> str:
    return make_id("Activity", owner_id.partition(":")[2], _key_words(description))


def _key_words(text: str, limit: int = 12) -> str:
    """The first words of a text, enough to tell two goals or activities apart."""
    return " ".join(text.split()[:limit])

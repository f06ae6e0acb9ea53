"""One node per document: a group of mentions, its scope, title and id.

A new document needs a scope for its id (see ingest.ids): national -> Sweden,
regional -> the owner's county or the page's home county, municipal -> the
owner municipality or committee. Without one it is dropped: no guessed ids.
A document adopted or owned by kommunfullmäktige or kommunstyrelsen is the
municipality's; by another nämnd, that committee's.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field, replace

from graph.nodes import Document, DocumentKind, Level, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit, level_of
from ingest.facts import FactSink
from ingest.rules.document_cand import Cand
from ingest.rules.document_words import (
    BARE_NOUNS,
    COUNCILS,
    LEVEL_ADJECTIVE,
    TARGET_YEAR,
    compound_topic,
)

CONF_NEW = 0.9
CONF_ANAPHORA = 0.75
# A title's closing quotation mark with no opening one is the quote's end, not the title's.
_QUOTES = '"”»'


def make_title(
    kind_word: str,
    level: Level | None,
    prefix: bool,
    topic: str | None,
    period: tuple[int, int] | None,
    owner: ActorHit | None,
    desc: str = "",
    year: str = "",
) -> str:
    """'Regional strategi för ... 2018-2021', 'Flerårig handlingsplan (Kommunstyrelsen)',
    'Folkhälsoplan 2016'."""
    noun = f"{desc.lower()} {kind_word}" if desc else kind_word
    noun = f"{noun} {year}" if year and not period else noun
    if prefix:
        head = "Läns" + kind_word
    elif level in (Level.REGIONAL, Level.NATIONAL):
        head = f"{LEVEL_ADJECTIVE[level]} {noun}"
    else:
        head = noun[0].upper() + noun[1:]
    parts = [head]
    if topic:
        parts.append(" ".join(topic.split()))
    if period:
        parts.append(f"{period[0]}-{period[1]}")
    title = " ".join(parts)
    if not topic and not period and not year and owner is not None:
        title += f" ({owner.name})"
    return title


def _filled(owner: ActorHit) -> ActorHit:
    """An anaphoric hit ("Nämnden") may come without the codes its body's id states
    (Organization:region:22:...): read them from the id."""
    if owner.county_code or owner.municipality_code:
        return owner
    parts = owner.node_id.split(":")
    if len(parts) > 3 and parts[1] == "region":
        return replace(owner, county_code=parts[2])
    if len(parts) > 3 and parts[1] == "kommun":
        return replace(owner, municipality_code=parts[2])
    return owner


def owner_level(owner: ActorHit) -> Level | None:
    """The level an owner acts at; a region's own committee (regionstyrelsen) is regional,
    a forum acts where its id says (Organization:forum:kommun:1446:folkhalsoradet)."""
    owner = _filled(owner)
    if owner.county_code and not owner.municipality_code and owner.kind in _BODIES:
        return Level.REGIONAL
    if owner.kind is OrganizationKind.FORUM:
        return _forum_scope(owner)[0]
    return level_of(owner.kind)


def _forum_scope(owner: ActorHit) -> tuple[Level | None, str | None]:
    parts = owner.node_id.split(":")
    if len(parts) > 3 and parts[2] == "kommun":
        return Level.MUNICIPAL, parts[3]
    if len(parts) > 3 and parts[2] == "lan":
        return Level.REGIONAL, parts[3]
    return None, None


_BODIES = (OrganizationKind.COMMITTEE, OrganizationKind.ADMINISTRATION)


def _scope(level: Level, owner: ActorHit | None, ctx: Context) -> ids.Scope | None:
    owner = _filled(owner) if owner is not None else None
    if level is Level.NATIONAL:
        return ids.NATIONAL_SCOPE
    if owner is not None and owner.kind is OrganizationKind.FORUM:
        forum_level, code = _forum_scope(owner)
        if forum_level is not level or code is None:
            return None
        return ids.county_scope(code) if level is Level.REGIONAL else ids.municipality_scope(code)
    if level is Level.REGIONAL:
        county = owner.county_code if owner and owner_level(owner) is Level.REGIONAL else None
        county = county or ctx.home_county
        return ids.county_scope(county) if county else None
    if owner is None or owner.municipality_code is None:
        return None
    if owner.kind is OrganizationKind.COMMITTEE and owner.name.lower() not in COUNCILS:
        return ids.committee_scope(owner.municipality_code, owner.name)
    return ids.municipality_scope(owner.municipality_code)


@dataclass
class Group:
    kind: DocumentKind
    level: Level | None
    owner: ActorHit | None
    genitive: bool
    period: tuple[int, int] | None
    title: str
    topic: str | None
    hits: list[DocumentHit] = field(default_factory=list)
    predecessor: bool = False  # "den tidigare ...", "Ersätter: ...": never an antecedent
    word: str = ""  # the document noun as written: "klimatstrategi", "riktlinjer"
    named: bool = False  # its title is the document's name ("Värmlandsstrategin", quoted)
    headline: bool = False  # first named in the page's headline
    section: bool = False  # ... a heading below prose: a section's, not the page's
    guessed: bool = False  # its owner is only the latest body named before it
    specific: bool = False  # named, or picked out by its topic ("den strategi för X som")
    listed: bool = False  # an item of a list of documents ("program för X, program för Y")
    county: str | None = None  # "Sörmlandsstrategin": named on a county, the county's
    place: str | None = None  # "plan för Blekinge län": for a county, whoever owns it

    def effective_level(self) -> Level | None:
        return self.level or (owner_level(self.owner) if self.owner else None)

    def scope(self, ctx: Context) -> tuple[Level, ids.Scope] | None:
        # Named by no owner on an organisation's own site: that organisation's document.
        # Not the site's; nor that of an owner with no level of its own (a
        # regionförbund revising "Sörmlandsstrategin").
        if (
            self.county
            and self.level in (None, Level.REGIONAL)
            and (self.owner is None or owner_level(self.owner) in (None, Level.REGIONAL))
        ):
            return Level.REGIONAL, ids.county_scope(self.county)
        if self.place and self.level in (None, Level.REGIONAL):
            return Level.REGIONAL, ids.county_scope(self.place)
        owner = self.owner or ctx.site_actor()
        level = self.level or (owner_level(owner) if owner else None)
        if level is None and self.owner is not None and not self.genitive:
            # made by an organisation with no level of its own ("Brandkåren X har tagit fram
            # ett handlingsprogram"), on a page about the site's: the site's scope
            owner = ctx.site_actor()
            level = owner_level(owner) if owner else None
        if level is None:
            return None
        scope = _scope(level, owner, ctx)
        site = ctx.site_actor() if scope is None and self.owner and not self.genitive else None
        if site is not None:
            # a signer or maker with no scope of its own ("chef för lokalpolisområde X
            # undertecknade ett medborgarlöfte"): the site's document, as without an owner
            level = self.level or owner_level(site) or level
            scope = _scope(level, site, ctx)
        return (level, scope) if scope else None

    def last_scope(self, ctx: Context) -> tuple[Level, ids.Scope] | None:
        """The scope, else, for a document no other mention placed, that of the one
        municipality a page on no organisation's site is from (a press release service, a
        copy of minutes), as its own site would give."""
        found = self.scope(ctx)
        page = ctx.publisher_actor() if ctx.site is None else None
        if found is not None or page is None or self.owner is not None or self.predecessor:
            return found
        level = self.level or owner_level(page)
        scope = _scope(level, page, ctx) if level is not None else None
        return (level, scope) if level is not None and scope else None


def join_groups(target: Group, other: Group) -> None:
    """One document named twice: the first mention's node, with all either states."""
    # A capitalised title with its topic beats a longer description in running text
    # ("Regional strategi för X i Y län" over "den regionala strategin om ...").
    titled = opened_by_title(target) and bool(target.topic) and not opened_by_title(other)
    target.hits.extend(other.hits)
    if target.owner is None and target.level is None:  # the scope the other one has
        target.owner, target.level, target.genitive = other.owner, other.level, other.genitive
    if target.period is None and other.period is not None:
        target.period = other.period
    # "en ny klimatstrategi för länet" ... "Klimatstrategi för X län": the county either names
    target.place = target.place or other.place
    # A list item met by a bare mention first ("Ny översiktsplan" ... "för stad respektive
    # landsbygd"): the group is that item, told apart from the list's other items.
    target.specific = target.specific or other.listed
    title = target.title
    # A compound names its topic in the noun ("Regional utvecklingsstrategi"); a later
    # bare noun's description ("en strategi för länets utveckling") does not rename it.
    restated = _restates_compound(target, other)
    if len(other.topic or "") > len(target.topic or "") and not (titled or restated):
        target.topic, title = other.topic, other.title
    # A compound's wording beats the bare noun's, unless the bare one is the page's
    # headline (a section's heading under prose names it loosely: "Strategi för X").
    if target.word.lower() in BARE_NOUNS and other.word.lower() not in BARE_NOUNS:
        # (an adjective qualifies the bare noun as well: "Drogpolitiskt program 2004-2007")
        plain = title.lower().startswith(target.word.lower())
        target.word = other.word
        if not (target.headline and target.topic and not target.section) and plain:
            title = other.title
    if _definite_of(target.title, other.title) and not target.named:
        title = other.title  # "Konstpolicyn" in a list, "Konstpolicy" as its heading
    if _place_named(other.title, title) and not target.named:
        title = other.title  # "Livsmedelsstrategi" ... "Kalmar läns livsmedelsstrategi"
    if title.lower() == target.word.lower() and _year_named(other.title, title):
        title = other.title  # "Nytt cykelprogram" ... "cykelprogram 2030": the year names it
    if other.named or not target.named:  # a name beats any wording
        target.title, target.named = (
            (other.title if other.named else title),
            target.named or other.named,
        )


def _year_named(title: str, base: str) -> bool:
    """'Cykelprogram 2030' is 'Cykelprogram' named by its target year."""
    m = TARGET_YEAR.search(title)
    return m is not None and title[: m.start()].lower() == base.lower()


# "Kalmar läns ", "Västmanlands ", "Luleå kommuns ": a place's genitive opening a title.
_PLACE_GENITIVE = re.compile(
    r"(?:[A-ZÅÄÖ][\wåäö-]+\s+)*(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:läns|kommuns)|[A-ZÅÄÖ][\wåäö-]+s)\s+"
)


def _place_named(title: str, base: str) -> bool:
    """'Kalmar läns livsmedelsstrategi' is 'Livsmedelsstrategi' named by its place."""
    m = _PLACE_GENITIVE.match(title)
    return m is not None and title[m.end() :].lower() == base.lower()


def _definite_of(title: str, base: str) -> bool:
    """'Konstpolicyn' is the definite form of the title 'Konstpolicy'."""
    t, b = title.lower(), base.lower()
    return " " not in t and t != b and t.startswith(b) and t[len(b) :] in ("n", "en", "et", "na")


def _restates_compound(target: Group, other: Group) -> bool:
    """ "en strategi för länets utveckling" after "Regional utvecklingsstrategi": a bare,
    uncapitalised noun whose topic restates the compound's first part ("ANDT-strategin"
    restates nothing of "strategi för alkohol, ...", which names it in full)."""
    word = target.word.lower()
    if word in BARE_NOUNS or other.word.lower() not in BARE_NOUNS or opened_by_title(other):
        return False
    stem = word[:5]
    return len(word) > 8 and any(w.lower().startswith(stem) for w in (other.topic or "").split())


def opened_by_title(g: Group) -> bool:
    """Its first mention is a title (document.titled)."""
    return bool(g.hits) and g.hits[0].rule == "document.titled"


def _period_topics(scoped: list[tuple[Group, tuple[Level, ids.Scope]]]) -> dict[int, str]:
    """Each group's topic for its id (ids.document_id): its compound's, or, for a bare
    noun of the same kind, scope and period, the one topic the page names it by
    ("Kulturplan 2024-2027 ... planen för 2024-2027" is one document)."""
    own = {id(g): compound_topic(g.word) if g.period else "" for g, _ in scoped}
    named: dict[tuple[object, ...], set[str]] = {}
    for g, (level, scope) in scoped:
        if g.period and own[id(g)]:
            named.setdefault((level, g.kind, scope, g.period), set()).add(own[id(g)])
    for g, (level, scope) in scoped:
        found = named.get((level, g.kind, scope, g.period), set())
        titled = g.named or opened_by_title(g)  # "Regional handlingsplan 2022-2026" is its name
        if g.period and not own[id(g)] and not titled and len(found) == 1:
            own[id(g)] = next(iter(found))
    return own


def emit(ctx: Context, sink: FactSink, groups: list[Group]) -> list[DocumentHit]:
    out: list[DocumentHit] = []
    made: list[tuple[Group, str, Level, ids.Scope]] = []
    scoped_groups = [
        (g, s)
        for g in groups
        if g.hits and (s := g.last_scope(ctx)) is not None and not _bare_national(g, s[0])
    ]
    topics = _period_topics(scoped_groups)
    for g, (level, scope) in scoped_groups:
        if " mellan " not in g.title or g.period:  # an agreement titled by its parties
            g.title = _retitle(g)
        node_id = ids.document_id(level, g.kind, scope, g.period, g.title, topics[id(g)])
        made.append((g, node_id, level, scope))
    # Two groups of one id: a capitalised title with its topic names it, not a longer
    # description in running text (the sink would keep the longest).
    titles = {i: g.title for g, i, _, _ in reversed(made) if opened_by_title(g) and g.topic}
    for g, node_id, level, _ in made:
        g.title = titles.get(node_id, g.title)
        if g.title[-1:] in _QUOTES and not any(q in g.title[:-1] for q in _QUOTES):
            g.title = g.title[:-1].rstrip()  # "Riktlinjer för X” , antagna ...": the quote's end
        document = Document(
            id=node_id,
            title=g.title,
            kind=g.kind,
            normalised_title=g.title.lower(),
            level=level,
            period_start=g.period[0] if g.period else None,
            period_end=g.period[1] if g.period else None,
        )
        for h in g.hits:
            conf = CONF_NEW if h.new else CONF_ANAPHORA
            if sink.mention(document, h.start, h.end, h.rule, conf):
                out.append(dataclasses.replace(h, document=document))
    return sorted(out, key=lambda d: (d.start, d.end))


# Documents the law asks of each municipality: on a national page, named alone, the kind
# an agency advises municipalities on ("Att ta fram en energiplan"), never the country's.
_MUNICIPAL_KINDS = frozenset(
    {"översiktsplan", "energiplan", "avfallsplan", "trafikplan", "vattentjänstplan", "va-plan"}
)


def _bare_national(g: Group, level: Level) -> bool:
    """ "en gemensam strategi" on an agency's page names a kind: a national document is
    named by more than its kind noun, or has an owner or a period."""
    bare = g.owner is None and g.period is None
    kind = g.title.casefold() in BARE_NOUNS or g.title.casefold() in _MUNICIPAL_KINDS
    return level is Level.NATIONAL and bare and kind


def _retitle(g: Group) -> str:
    """Add the period learnt from a later mention to the title, if missing; a
    predecessor without one or a name (a target year names it: "Översiktsplan 2030", and so
    does a capitalised title: "ersätter Trafikplan för X") is "Tidigare ...", so that it
    never meets its successor."""
    named = g.named or opened_by_title(g) or TARGET_YEAR.search(g.title) is not None
    if g.predecessor and not (g.period or named) and not g.title.startswith("Tidigare "):
        return f"Tidigare {g.title[:1].lower()}{g.title[1:]}"
    if g.period and f"{g.period[0]}-{g.period[1]}" not in g.title:
        base = re.sub(r"\s(?:19|20)\d{2}$", "", g.title.split(" (")[0])
        return f"{base} {g.period[0]}-{g.period[1]}"
    return g.title


def new_rule(genitive: bool, titled: bool, det: str, period: tuple[int, int] | None) -> str:
    if genitive:
        return "document.genitive_owner"
    if titled:
        return "document.titled"
    if det in ("en", "ett"):
        return "document.indefinite"
    return "document.with_period" if period else "document.national"


def placeholder(kind: DocumentKind, level: Level | None) -> Document:
    # Stands for "some document of this kind" until resolved; never stored.
    return Document(id="", title="", kind=kind, normalised_title="", level=level)


def shortened(c: Cand, ante: Group | None) -> bool:
    """An indefinite mention that repeats the document before by its compound and the
    opening of its topic ("anta hållbarhetslöften för minskad klimatpåverkan" after
    "hållbarhetslöften för minskad klimatpåverkan och hållbar utveckling")."""
    if ante is None or not c.topic or not ante.topic or c.period or c.word != ante.word:
        return False
    return f"{ante.topic} ".startswith(f"{c.topic} ")


def named_again(c: Cand, ante: Group | None) -> bool:
    """A bare compound with a target year ("bostadsförsörjningsprogram 2030") after the
    same compound without one ("Nytt bostadsförsörjningsprogram"): the same document,
    which the year names. Adds the mention to `ante`; False when it is not one."""
    if ante is None or not (c.naked and c.year) or c.definite or c.predecessor:
        return False
    if ante.word.lower() != c.word.lower() or ante.period is not None:
        return False
    if ante.title.lower() == ante.word.lower():
        ante.title = f"{ante.title} {c.year}"
    ante.hits.append(
        DocumentHit(c.start, c.end, placeholder(c.kind, c.level), "document.anaphora", False)
    )
    return True

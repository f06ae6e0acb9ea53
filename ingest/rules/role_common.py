"""What every role rule shares: which organisation a role belongs to, and the link.

Why one place: the person rules (fixed frames, contact entries, attendance lists,
open titles) all decide between the organisation named with a role, the one the
role word itself implies (a landshövding heads a county board) and the page's
owner, and all write the same HOLDS_ROLE link, dated as of the page.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, PersonHit
from ingest.facts import FactSink
from ingest.language.segment import line_end
from ingest.rules.actor_gazetteer import mention_site_at_body
from ingest.rules.actor_police_areas import police_of
from ingest.rules.page_head import person_in_caption

CONF_ROLE = 0.85
CONF_ROLE_PUBLISHER = 0.6

# Titles held only at a municipality ("borgarråd", "stadsdirektör": a city's own words).
MUNICIPAL_ONLY_ROLES = (
    "kommundirektör",
    "kommunalråd",
    "kommunchef",
    "borgarråd",
    "stadsdirektör",
)
# Phone numbers without a dash ("073 305 29 13", "0705584339") that the sink's check
# lets through: a role's quote never carries one.
_PHONE_LIKE = re.compile(r"(?<!\d)(?:\+46\s?|0)\d{1,3}[\s-]?\d{2,3}(?:[\s-]?\d{2}){1,3}(?!\d)")
# An acting holder's marker: the settled convention records the title without it
# ("t.f. kommunchef", "tillförordnad pressekreterare" -> "kommunchef", "pressekreterare").
_ACTING = re.compile(r"(?:t\.\s?f\.?|tf\.?|tillförordna(?:d|de|t)|vikarierande)\s+(?=\w)", re.I)


# "bygg-och bostadshandläggare": a suspended first part written without its space.
_SUSPENDED = re.compile(r"(?<=\w-)(?=(?:och|eller|samt)\s)")


def plain_title(role: str) -> str:
    """The title without an acting holder's marker before it, a suspended first part
    spaced as written correctly ("bygg-och bostadshandläggare" -> "bygg- och ...")."""
    m = _ACTING.match(role.strip())
    role = role.strip()[m.end() :] if m else role
    if _COUNCIL_MEMBER.fullmatch(role.strip()):
        return "ledamot"  # the council is the role's organisation (chaired_body)
    return _WEAK_ANSVARIG.sub("ansvarig", _SUSPENDED.sub(" ", role))


# "Fullmäktigeledamoten X": a member of the council, titled as its members are.
_COUNCIL_MEMBER = re.compile(r"(?:kommun|region)?fullmäktigeledam(?:ot|oten|öter|öterna)", re.I)


# "kommunens informationsansvarige X": the adjective's weak form after a genitive.
_WEAK_ANSVARIG = re.compile(r"(?<=\w)ansvarige\b")


def actor_at(ctx: Context, start: int, end: int | None = None) -> ActorHit | None:
    """The organisation named from `start` (and to `end`, when given)."""
    return next((a for a in ctx.actors if a.start == start and (end is None or a.end == end)), None)


# "Region Västerbottens kulturberedning": an organisation's genitive, then a part of it.
_GENITIVE_PART = re.compile(r"[ \t]+(?P<part>[a-zåäö][\wåäö-]+)")


def genitive_part(ctx: Context, actor: ActorHit) -> tuple[bool, ActorHit | None]:
    """Whether the organisation named at `actor` is a genitive before a part of it
    ("ordförande i Region Xs kulturberedning": the role is the part's), and the part's
    own hit when the page knows it."""
    if not ctx.text[actor.start : actor.end].endswith("s"):
        return False, None
    m = _GENITIVE_PART.match(ctx.text, actor.end)
    if m is None:
        return False, None
    return True, actor_at(ctx, m.start("part"))


def person_at(ctx: Context, start: int) -> PersonHit | None:
    return next((p for p in ctx.persons if p.start == start), None)


def publisher_id(ctx: Context) -> str | None:
    """The page's municipality, if it has one."""
    return ids.municipality_id(ctx.publisher_municipality) if ctx.publisher_municipality else None


def unique_of_kind(
    ctx: Context, sink: FactSink, kind: OrganizationKind, upto: int | None = None
) -> str | None:
    """The one organisation of this kind on the page (named before `upto`, when given),
    or the home county's if mentioned."""
    named = {a.node_id for a in ctx.actors if a.kind is kind and (upto is None or a.start < upto)}
    if len(named) == 1:
        return named.pop()
    # The home county is the site's, or only guessed from the boards the page names:
    # a guess names none before `upto`.
    if not named and ctx.home_county and (upto is None or ctx.site is not None):
        home = (
            ids.county_board_id(ctx.home_county)
            if kind is OrganizationKind.COUNTY_BOARD
            else ids.region_id(ctx.home_county)
        )
        return home if home in sink.nodes else None
    return None


def implied_org(ctx: Context, sink: FactSink, title: str, upto: int | None = None) -> str | None:
    """The organisation a role word itself names (a county board or region: the page's
    one named before `upto`, when given): a landshövding heads the county board,
    a kommundirektör serves the page's municipality, a lokalpolisområdeschef or a
    länspolismästare the police,
    "regionstyrelsens ordförande" the region (regional committees have no id rule)."""
    folded = title.casefold()
    if re.search(r"\blandshövding\b", folded):
        return unique_of_kind(ctx, sink, OrganizationKind.COUNTY_BOARD, upto)
    if re.search(r"\b(?:regionstyrelsens|regionfullmäktiges)\s+ordförande\b", folded) or (
        "regiondirektör" in folded
    ):
        return unique_of_kind(ctx, sink, OrganizationKind.REGION, upto)
    if re.search(rf"\b(?:{'|'.join(MUNICIPAL_ONLY_ROLES)})\b", folded):
        return publisher_id(ctx)
    # "länspolismästare", "regionpolischef": the police's too
    if re.search(r"(?:polisområdes|polis)chef\b|polismästare\b|\bkommunpolis\b", folded):
        return police_of(sink, folded)
    return None


_COUNTYS = re.compile(r"\b[Ll]änets\s+$")


def county_board_site(ctx: Context, title_start: int) -> ActorHit | None:
    """'länets ANDT-samordnare' on a county board's page: the board's post."""
    site = ctx.site_actor()
    if site is None or site.kind is not OrganizationKind.COUNTY_BOARD:
        return None
    return site if _COUNTYS.search(ctx.text, max(0, title_start - 8), title_start) else None


def site_owner(ctx: Context, sink: FactSink, at: tuple[int, int] | None = None) -> str | None:
    """The organisation whose site the page is on, when the page names it or one of its
    bodies ("Barn- och utbildningsnämnden" on the municipality's site); else, given `at`, the
    span of a title the page's own staff hold ("folkhälsostrategen Eva Ek" on a page that
    never names its municipality), quoted there."""
    site = ctx.site_actor()
    if site is None:
        return None
    if site.node_id in sink.nodes:
        return site.node_id
    # Its body named: the organisation is quoted where its body is, as the part-of rule does.
    body = next(
        (m for m in sink.mentions.values() if m.node_id.startswith(f"{site.node_id}:")), None
    )
    if body is None:
        return mention_site_at_body(ctx, sink, *at, "actor.site_owner.title") if at else None
    return mention_site_at_body(ctx, sink, body.evidence.start, body.evidence.end)


def page_owner(ctx: Context) -> str | None:
    """The organisation whose page it is: a masthead line near the top that is exactly
    one organisation's name ("Länsstyrelsen Gävleborg"), or a field of a wire service's
    byline that is ("... | Region Norrbotten | Pressmeddelande"), else the page's
    municipality."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", ctx.text)][:3]
    for line in lines:
        # a whole line, or a field of a wire service's byline ("3.12.2025 09:00 | Region
        # Norrbotten | Pressmeddelande")
        for field in re.finditer(r"[^|]+", line.group(0)):
            start = (
                line.start() + field.start() + len(field.group(0)) - len(field.group(0).lstrip())
            )
            end = line.start() + field.start() + len(field.group(0).rstrip())
            actor = actor_at(ctx, start, end)
            if actor is not None and not actor.anaphoric:
                return actor.node_id
    return publisher_id(ctx) or _presented(ctx) or _speaking_association(ctx)


# "Länsstyrelsen är en statlig myndighet som ...": a press release's closing lines
# present its sender.
_PRESENTS = re.compile(
    r"[ \t]+är[ \t]+(?:en|ett)[ \t]+(?:[a-zåäö]+[ \t]+){0,2}"
    r"(?:myndighet|förvaltningsmyndighet|organisation)\b"
)


def _presented(ctx: Context) -> str | None:
    """The one organisation a sentence opening with its name presents as the sender."""
    text = ctx.text
    openings = {
        s.start + len(text[s.start : s.end]) - len(text[s.start : s.end].lstrip())
        for s in ctx.sentences
    }
    found = {a.node_id for a in ctx.actors if a.start in openings and _PRESENTS.match(text, a.end)}
    return found.pop() if len(found) == 1 else None


# "förbundets första styrelsemöte": an association's own page calls it just "förbundet".
_BARE_ASSOCIATION = re.compile(r"(?<![\wåäö-])[Ff]örbunde(?:t|ts)(?![\wåäö])")


def _speaking_association(ctx: Context) -> str | None:
    """The one association the page names, when the page calls an association just
    "förbundet": its own news, as a municipal association's site writes it."""
    named = {
        a.node_id
        for a in ctx.actors
        if a.kind is OrganizationKind.MUNICIPAL_ASSOCIATION and not a.anaphoric
    }
    if len(named) != 1 or _BARE_ASSOCIATION.search(ctx.text) is None:
        return None
    return named.pop()


def same_municipality(ctx: Context, committee: ActorHit | None, start: int, end: int) -> bool:
    """'i Växjö kommun' after a committee's role: the place is the committee's municipality."""
    place = actor_at(ctx, start, end)
    return bool(
        committee
        and place
        and place.kind is OrganizationKind.MUNICIPALITY
        and place.municipality_code == committee.municipality_code
    )


# An attendance line ends with the items the person was present for.
_ATTENDING = re.compile(r",?\s*§§?\s*\d+(?:\s*[-\u2013,]\s*\d+)*\s*$")


def role_link(
    ctx: Context,
    sink: FactSink,
    person: PersonHit,
    org_id: str | None,
    role: str,
    rule: str,
    conf: float,
    start: int | None = None,
    end: int | None = None,
    *,
    fallback: tuple[int, int] | None = None,
) -> bool:
    """HOLDS_ROLE person -> org with the title as stated (first letter upper-cased), quoting
    [start, end) or else the person's sentence, dated as of the page's publication. When
    that quote is refused (it holds a phone number or an e-mail address), the `fallback`
    span is quoted: just the name and the title."""
    role = plain_title(role)
    if org_id is None or not role or person_in_caption(ctx, person.start):
        return False  # a caption's people are not annotated
    if _ATTENDING.search(ctx.text, person.start, line_end(ctx.text, person.start)):
        return False  # "Eva Ek, fritidschef § 142-143": present for those items, as staff
    spans: list[tuple[int, int]] = []
    if start is not None and end is not None:
        spans.append((start, end))
    else:
        sentence = ctx.sentence_of(person.start)
        if sentence is not None:
            spans.append((sentence.start, sentence.end))
    if fallback is not None:
        spans.append(fallback)
    spans = [(s, e) for s, e in spans if not _PHONE_LIKE.search(ctx.text, s, e)]
    day, precision = ctx.published_day()  # a role is stated as of the page's date
    return any(
        sink.link(
            LinkType.HOLDS_ROLE,
            person.node_id,
            org_id,
            s,
            e,
            rule,
            conf,
            title=role[0].upper() + role[1:],
            date=day,
            date_precision=precision,
        )
        for s, e in spans
    )


# "kommunstyrelseordförande", "nämndordförande": a chair named by the body chaired;
# "fullmäktigeledamöterna": members named by their body.
_CHAIR_OF = re.compile(
    r"(?P<body>[a-zåäö-]+?)(?:s)?(?:ordförande|ledamot(?:en)?|ledamöter(?:na)?)$"
)


def chaired_body(ctx: Context, title: str) -> str | None:
    """The page's body whose name the title's compound opens with ("Ny
    kommunstyrelseordförande": its Kommunstyrelsen), when the page names one."""
    m = _CHAIR_OF.search(title.casefold().split()[-1]) if title.split() else None
    if m is None or len(m["body"]) < 5:
        return None
    stem = m["body"]
    # "fullmäktige-" names the page's Kommunfullmäktige (or Regionfullmäktige) too.
    found = [
        a
        for a in ctx.actors
        if not a.anaphoric
        and (
            a.name.casefold().startswith(stem)
            or (stem == "fullmäktige" and a.name.casefold().endswith(stem))
        )
    ]
    return found[0].node_id if len({a.node_id for a in found}) == 1 else None

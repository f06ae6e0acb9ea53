"""A synthetic Sweden for the national benchmark (bench.national), source by source.

Every municipality has three committees (PART_OF it) and, for each of four policy
topics and three terms of office (2015-2018, 2019-2022, 2023-2026), a steering
document: adopted by the topic's committee, revising the previous term's version,
implementing the county's regional plan, with goals and activities that the committee
is responsible for. Minutes record the committees' decisions (DECIDED, CONCERNS) and
the people in their roles each term (chairs are re-elected once, then replaced); news
pages say that the municipality signed its county's regional plans and name the hubs
(the county board, a national agency, the regional plans). Each county board issues
and follows up a regional plan per topic and term, implementing the national strategy
that the government issues and an agency coordinates. Every link and every node has
evidence: a sentence of the source that states it.

The fraction takes whole counties, the measured county (MEASURED_COUNTY) first, then
the others by code, until that share of the 290 municipalities is reached; so the
measured county's part of the graph is the same at every size, and a smaller graph's
sources are the first ones of a larger graph's (the sizes of a growth run are
prefixes of one sequence). At 1.0 there are 9,254 sources.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bench.national_text import SourceBuilder
from graph.edges import LinkType, SourceFacts
from graph.ids import make_id
from graph.nodes import (
    Activity,
    Decision,
    Document,
    DocumentKind,
    Goal,
    Level,
    Organization,
    OrganizationKind,
    Person,
)
from ingest.language.gazetteer import County, Municipality, counties, municipalities

MEASURED_COUNTY = "22"
TERMS = ((2015, 2018), (2019, 2022), (2023, 2026))
GOALS, ACTIVITIES = 4, 12
NEWS_PER_MUNICIPALITY = 7
PARTIES = ("S", "M", "C", "V", "KD", "L", "MP", "SD")
FIRST_NAMES = ("Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Eva", "Johan")
SURNAMES = ("Berg", "Lind", "Holm", "Ek", "Strand", "Nord", "Sjö", "Dal")


@dataclass(frozen=True)
class Topic:
    key: str
    kind: DocumentKind
    title: str  # of a municipal document; the regional and national ones add to it
    committee: int  # index into COMMITTEES: who adopts it and answers for its activities
    agency: str


COMMITTEES = ("Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden")
TOPICS = (
    Topic(
        "vald",
        DocumentKind.ACTION_PLAN,
        "Handlingsplan mot våld i nära relationer",
        1,
        "Socialstyrelsen",
    ),
    Topic("folkhalsa", DocumentKind.PROGRAMME, "Folkhälsoprogram", 0, "Folkhälsomyndigheten"),
    Topic(
        "kris",
        DocumentKind.PLAN,
        "Plan för krisberedskap",
        0,
        "Myndigheten för samhällsskydd och beredskap",
    ),
    Topic(
        "barn",
        DocumentKind.GUIDELINE,
        "Riktlinjer för arbetet med barn och unga",
        2,
        "Barnombudsmannen",
    ),
)
GOVERNMENT = Organization(
    id=make_id("Organization", "nationell", "regeringen"),
    name="Regeringen",
    kind=OrganizationKind.GOVERNMENT,
)


def agency(topic: Topic) -> Organization:
    return Organization(
        id=make_id("Organization", "nationell", topic.agency),
        name=topic.agency,
        kind=OrganizationKind.AGENCY,
    )


@cache
def county_order() -> tuple[County, ...]:
    """Counties in the order a growing graph takes them: the measured one first."""
    rest = sorted((c for c in counties() if c.code != MEASURED_COUNTY), key=lambda c: c.code)
    return (next(c for c in counties() if c.code == MEASURED_COUNTY), *rest)


@cache
def municipalities_of(county: str) -> tuple[Municipality, ...]:
    return tuple(sorted((m for m in municipalities() if m.county_code == county), key=_code))


def _code(m: Municipality) -> str:
    return m.code


def counties_at(fraction: float) -> tuple[County, ...]:
    """The counties of a graph at this fraction of the country (whole counties)."""
    if not 0 < fraction <= 1:
        raise ValueError(f"a fraction is in (0, 1], not {fraction}")
    wanted = fraction * len(municipalities())
    taken: list[County] = []
    size = 0
    for county in county_order():
        more = size + len(municipalities_of(county.code))
        if taken and abs(more - wanted) >= abs(size - wanted):
            break  # a county more would take the graph further from the fraction
        taken.append(county)
        size = more
    return tuple(taken)


def municipality(m: Municipality) -> Organization:
    return Organization(
        id=make_id("Organization", "kommun", m.code),
        name=m.official_name,
        kind=OrganizationKind.MUNICIPALITY,
        code=m.code,
    )


def committee(m: Municipality, n: int) -> Organization:
    return Organization(
        id=make_id("Organization", "kommun", m.code, COMMITTEES[n]),
        name=f"{COMMITTEES[n]} i {m.official_name}",
        kind=OrganizationKind.COMMITTEE,
    )


def board(county: County) -> Organization:
    return Organization(
        id=make_id("Organization", "lansstyrelse", county.code),
        name=f"Länsstyrelsen i {county.name}",
        kind=OrganizationKind.COUNTY_BOARD,
        code=county.code,
    )


def _period(term: int) -> tuple[int, int]:
    return TERMS[term]


def national_document(topic: Topic, term: int) -> Document:
    start, end = _period(term)
    title = f"Nationell strategi: {topic.title.lower()} {start}-{end}"
    return Document(
        id=make_id("Document", "national", "strategy", topic.key, f"{start}-{end}"),
        title=title,
        normalised_title=title.lower(),
        kind=DocumentKind.STRATEGY,
        level=Level.NATIONAL,
        period_start=start,
        period_end=end,
    )


def regional_document(county: County, topic: Topic, term: int) -> Document:
    start, end = _period(term)
    title = f"Regional {topic.title.lower()} för {county.name} {start}-{end}"
    return Document(
        id=make_id("Document", "regional", topic.kind, "lan", county.code, topic.key, str(start)),
        title=title,
        normalised_title=title.lower(),
        kind=topic.kind,
        level=Level.REGIONAL,
        period_start=start,
        period_end=end,
        adopted_on=f"{start}-02-15",
    )


def adoption_date(m: Municipality, t: int, term: int) -> str:
    day = 1 + (int(m.code) + 7 * t) % 27
    return f"{_period(term)[0] + 1}-{1 + (int(m.code) + t) % 12:02d}-{day:02d}"


def municipal_document(m: Municipality, t: int, term: int) -> Document:
    topic = TOPICS[t]
    start, end = _period(term)
    title = f"{topic.title} {m.official_name} {start}-{end}"
    return Document(
        id=make_id("Document", "municipal", topic.kind, "kommun", m.code, topic.key, str(start)),
        title=title,
        normalised_title=title.lower(),
        kind=topic.kind,
        level=Level.MUNICIPAL,
        period_start=start,
        period_end=end,
        adopted_on=adoption_date(m, t, term),
    )


def person(m: Municipality, n: int, seat: str, term: int) -> Person:
    """The holder of a seat in a committee for a term: chairs serve two terms."""
    generation = term // 2 if seat == "ordförande" else term
    key = int(m.code) * 31 + n * 7 + generation * 3 + len(seat)
    return Person(
        id=make_id("Person", m.code, COMMITTEES[n], seat, str(generation)),
        name=f"{FIRST_NAMES[key % 8]} {SURNAMES[(key // 8) % 8]}-{m.code}{n}{term}",
        party=PARTIES[key % len(PARTIES)],
    )


SEATS = ("ordförande", "vice ordförande", "ledamot")


def national_sources() -> Iterator[SourceFacts]:
    for t, topic in enumerate(TOPICS):
        for term in range(len(TERMS)):
            doc = national_document(topic, term)
            s = SourceBuilder(f"https://example.se/regeringen/{topic.key}/{term}", "2015-01-10")
            at = s.say(f"{GOVERNMENT.name} beslutade {doc.title}.", GOVERNMENT, doc)
            s.link(LinkType.ISSUED, GOVERNMENT, doc, at, date=f"{_period(term)[0]}-01-10")
            if term:
                older = national_document(topic, term - 1)
                s.link(LinkType.REVISES, doc, older, s.say(f"Den ersätter {older.title}.", older))
            body = agency(topic)
            s.link(LinkType.COORDINATES, body, doc, s.say(f"{body.name} samordnar.", body))
            for n in range(GOALS):
                goal = Goal(id=make_id("Goal", doc.id, str(n)), text=f"Nationellt mål {n} ({t})")
                s.link(LinkType.HAS_GOAL, doc, goal, s.say(f"Mål {n}: {goal.text}.", goal))
            yield s.facts()


def regional_sources(county: County) -> Iterator[SourceFacts]:
    owner = board(county)
    for topic in TOPICS:
        for term in range(len(TERMS)):
            doc = regional_document(county, topic, term)
            uri = f"https://example.se/lan/{county.code}/{topic.key}/{term}"
            s = SourceBuilder(uri, f"{_period(term)[0]}-03-01")
            at = s.say(f"{owner.name} fastställde {doc.title}.", owner, doc)
            s.link(LinkType.ISSUED, owner, doc, at, date=doc.adopted_on)
            s.link(LinkType.FOLLOWS_UP, owner, doc, s.say(f"{owner.name} följer upp planen."))
            national = national_document(topic, term)
            at = s.say(f"Den genomför {national.title}.", national)
            s.link(LinkType.IMPLEMENTS, doc, national, at)
            if term:
                older = regional_document(county, topic, term - 1)
                s.link(LinkType.REVISES, doc, older, s.say(f"Den ersätter {older.title}.", older))
            body = agency(topic)
            s.link(LinkType.COORDINATES, body, doc, s.say(f"{body.name} stöder arbetet.", body))
            for n in range(GOALS):
                goal = Goal(id=make_id("Goal", doc.id, str(n)), text=f"Regionalt mål {n}")
                s.link(LinkType.HAS_GOAL, doc, goal, s.say(f"Mål {n}: {goal.text}.", goal))
            for n in range(ACTIVITIES // 2):
                act = Activity(id=make_id("Activity", doc.id, str(n)), description=f"Insats {n}")
                at = s.say(f"Insats {n}: {act.description}; {owner.name} ansvarar.", act)
                s.link(LinkType.HAS_ACTIVITY, doc, act, at)
                s.link(LinkType.RESPONSIBLE_FOR, owner, act, at)
            yield s.facts()


def plan_source(county: County, m: Municipality, t: int, term: int) -> SourceFacts:
    """A municipality's steering document for one topic and term."""
    topic, muni = TOPICS[t], municipality(m)
    body = committee(m, topic.committee)
    doc = municipal_document(m, t, term)
    s = SourceBuilder(f"https://example.se/kommun/{m.code}/{topic.key}/{term}", doc.adopted_on)
    at = s.say(f"{body.name} antog {doc.title} den {doc.adopted_on}.", body, doc)
    s.link(LinkType.ADOPTED, body, doc, at, date=doc.adopted_on)
    s.link(LinkType.PART_OF, body, muni, s.say(f"Nämnden hör till {muni.name}.", muni))
    if term:
        older = municipal_document(m, t, term - 1)
        s.link(LinkType.REVISES, doc, older, s.say(f"Den ersätter {older.title}.", older))
    regional = regional_document(county, topic, term)
    s.link(LinkType.IMPLEMENTS, doc, regional, s.say(f"Den genomför {regional.title}.", regional))
    s.say(f"{topic.agency} har bidragit med kunskapsstöd.", agency(topic))
    for n in range(GOALS):
        goal = Goal(id=make_id("Goal", doc.id, str(n)), text=f"Mål {n} för {topic.key}")
        at = s.say(f"Mål {n} för {muni.name}: {goal.text}.", goal, muni)
        s.link(LinkType.HAS_GOAL, doc, goal, at)
    for n in range(ACTIVITIES):
        act = Activity(id=make_id("Activity", doc.id, str(n)), description=f"Aktivitet {n}")
        sentence = f"{doc.title}, aktivitet {n}: {act.description}. Ansvarig: {body.name}."
        at = s.say(sentence, act, doc, body)
        s.link(LinkType.HAS_ACTIVITY, doc, act, at)
        s.link(LinkType.RESPONSIBLE_FOR, body, act, at, title="förvaltningschef")
    return s.facts()


def minutes_source(m: Municipality, n: int, term: int) -> SourceFacts:
    """A committee's minutes early in a term: who sits in it, and what it decided."""
    body, muni = committee(m, n), municipality(m)
    start = _period(term)[0]
    s = SourceBuilder(f"https://example.se/kommun/{m.code}/protokoll/{n}/{term}", f"{start}-02-01")
    at = s.say(f"Protokoll för {body.name}, {muni.name}.", body, muni)
    s.link(LinkType.PART_OF, body, muni, at)
    for seat in SEATS:
        holder = person(m, n, seat, term)
        at = s.say(f"Närvarande: {holder.name} ({holder.party}), {seat}.", holder)
        s.link(LinkType.HOLDS_ROLE, holder, body, at, date=f"{start}-01-01", title=seat)
    items = [t for t, topic in enumerate(TOPICS) if topic.committee == n]
    for i, t in enumerate(items):
        doc = municipal_document(m, t, term)
        decision = Decision(
            id=make_id("Decision", body.id, doc.id),
            summary=f"Beslut att anta {doc.title}",
            date=doc.adopted_on,
        )
        at = s.say(f"§ {i + 1} Nämnden beslutade att anta {doc.title}.", decision, doc)
        s.link(LinkType.DECIDED, body, decision, at, date=doc.adopted_on)
        s.link(LinkType.CONCERNS, decision, doc, at)
    for i in range(3):
        decision = Decision(
            id=make_id("Decision", body.id, str(start), str(i)),
            summary=f"Övrigt ärende {i} {start}",
            date=f"{start}-02-01",
        )
        at = s.say(f"§ {len(items) + i + 1} Nämnden beslutade i ärende {i}.", decision)
        s.link(LinkType.DECIDED, body, decision, at, date=f"{start}-02-01")
    return s.facts()


def signing_source(county: County, m: Municipality, term: int) -> SourceFacts:
    """A news page: the municipality signed the county's regional plans of a term."""
    muni, owner = municipality(m), board(county)
    start = _period(term)[0]
    s = SourceBuilder(f"https://example.se/kommun/{m.code}/nyheter/avtal-{term}", f"{start}-04-01")
    s.say(f"{muni.name} och {owner.name} har kommit överens.", muni, owner)
    for t, topic in enumerate(TOPICS):
        regional = regional_document(county, topic, term)
        at = s.say(f"{muni.name} undertecknade {regional.title}.", regional)
        s.link(LinkType.SIGNED, muni, regional, at, date=f"{start}-03-{10 + t:02d}")
    return s.facts()


def news_source(county: County, m: Municipality, k: int) -> SourceFacts:
    """A news page naming hubs and a committee chair."""
    muni, owner = municipality(m), board(county)
    term, t = k % len(TERMS), k % len(TOPICS)
    topic = TOPICS[t]
    body = committee(m, topic.committee)
    chair = person(m, topic.committee, SEATS[0], term)
    day = f"{_period(term)[0] + 1}-{1 + k:02d}-15"
    s = SourceBuilder(f"https://example.se/kommun/{m.code}/nyheter/{k}", day)
    s.say(f"{muni.name} arbetar vidare med {topic.title.lower()}.", muni)
    at = s.say(f"{chair.name}, ordförande i {body.name}, berättar om arbetet.", chair, body)
    s.link(LinkType.HOLDS_ROLE, chair, body, at, date=day, title=SEATS[0])
    s.say(f"{owner.name} och {topic.agency} följer arbetet.", owner, agency(topic))
    regional = regional_document(county, topic, term)
    s.say(f"Arbetet följer {regional.title}.", regional)
    return s.facts()


def county_sources(county: County) -> Iterator[SourceFacts]:
    """A county's sources, term by term, as a crawl of its sites would find them."""
    yield from regional_sources(county)
    places = municipalities_of(county.code)
    for term in range(len(TERMS)):
        for m in places:
            for n in range(len(COMMITTEES)):
                yield minutes_source(m, n, term)
            for t in range(len(TOPICS)):
                yield plan_source(county, m, t, term)
            yield signing_source(county, m, term)
    for m in places:
        for k in range(NEWS_PER_MUNICIPALITY):
            yield news_source(county, m, k)


def national_graph(fraction: float) -> Iterator[SourceFacts]:
    """Every source of the graph at this fraction, in writing order."""
    yield from national_sources()
    for county in counties_at(fraction):
        yield from county_sources(county)


def source_count(fraction: float) -> int:
    per_county = len(TOPICS) * len(TERMS)
    per_municipality = len(TERMS) * (len(COMMITTEES) + len(TOPICS) + 1) + NEWS_PER_MUNICIPALITY
    return per_county + sum(
        per_county + per_municipality * len(municipalities_of(c.code))
        for c in counties_at(fraction)
    )

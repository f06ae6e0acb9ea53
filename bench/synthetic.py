"""Synthetic sources with a national shape, for the write benchmarks.

Source number i belongs to municipality i mod 290 (by kommunkod) and so to its
county. It names the hubs a real page names (its municipality, the county board,
the county's regional plan, a national agency) and a document of its own with
goals and activities, so a hub is named by more and more sources as the store
grows, as in the country:

- the municipality ADOPTED the source's document, which REVISES the document of
  the municipality's previous source and IMPLEMENTS the regional plan;
- the municipality SIGNED the regional plan, which the county board FOLLOWS_UP;
- the document HAS_GOAL two goals and HAS_ACTIVITY three activities, each with a
  committee of the municipality RESPONSIBLE_FOR it (the committee PART_OF the
  municipality), and a person HOLDS_ROLE in the committee;
- the national agency COORDINATES the document.

Every fact has evidence: a sentence of the source's text.
"""

from __future__ import annotations

from functools import cache

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import (
    Activity,
    DatePrecision,
    Document,
    DocumentKind,
    DomainNode,
    Goal,
    Level,
    Organization,
    OrganizationKind,
    Person,
    Source,
)
from ingest.language.gazetteer import municipalities

AGENCY = Organization(
    id=make_id("Organization", "nationell", "socialstyrelsen"),
    name="Socialstyrelsen",
    kind=OrganizationKind.AGENCY,
)


@cache
def _municipalities() -> list[tuple[str, str]]:
    return sorted((m.code, m.official_name) for m in municipalities())


class _Text:
    """A source's text, sentence by sentence, with the evidence of each sentence."""

    def __init__(self, source_id: str) -> None:
        self.source_id = source_id
        self.sentences: list[str] = []
        self.starts: list[int] = []
        self.length = 0

    def say(self, sentence: str) -> int:
        self.starts.append(self.length + (1 if self.sentences else 0))
        self.length = self.starts[-1] + len(sentence)
        self.sentences.append(sentence)
        return len(self.sentences) - 1

    def evidence(self, at: int, rule: str) -> Evidence:
        s = self.sentences[at]
        return Evidence(self.source_id, self.starts[at], self.starts[at] + len(s), s, rule, 0.9)


def _document(code: str, name: str, n: int) -> Document:
    return Document(
        id=make_id("Document", "municipal", "action_plan", "kommun", code, f"v{n}"),
        title=f"Handlingsplan mot våld i nära relationer {name}, version {n}",
        normalised_title=f"handlingsplan mot våld i nära relationer {name.lower()} version {n}",
        kind=DocumentKind.ACTION_PLAN,
        level=Level.MUNICIPAL,
        period_start=2000 + n % 25,
        period_end=2003 + n % 25,
    )


def national_source(i: int) -> SourceFacts:
    """The facts of synthetic source number i (deterministic)."""
    places = _municipalities()
    code, name = places[i % len(places)]
    version = i // len(places)
    county = code[:2]
    uri = f"https://example.se/kommun/{code}/sida-{i}"
    source_id = make_id("Source", digest(uri))
    text = _Text(source_id)
    nodes: dict[str, DomainNode] = {}
    mentions: list[Mention] = []
    links: list[Link] = []

    def say(sentence: str, *named: DomainNode) -> int:
        at = text.say(sentence)
        for node in named:
            nodes[node.id] = node
            mentions.append(Mention(node.id, text.evidence(at, "synthetic.mention")))
        return at

    def link(type_: LinkType, a: DomainNode, b: DomainNode, at: int, **kw: str) -> None:
        date = kw.get("date")
        links.append(
            Link(
                type_,
                a.id,
                b.id,
                text.evidence(at, f"synthetic.{type_.lower()}"),
                date=date,
                date_precision=DatePrecision.DAY if date else None,
                title=kw.get("title"),
            )
        )

    muni = Organization(
        id=make_id("Organization", "kommun", code),
        name=name,
        kind=OrganizationKind.MUNICIPALITY,
        code=code,
    )
    board = Organization(
        id=make_id("Organization", "lansstyrelse", county),
        name=f"Länsstyrelsen i län {county}",
        kind=OrganizationKind.COUNTY_BOARD,
        code=county,
    )
    regional = Document(
        id=make_id("Document", "regional", "action_plan", "lan", county, "2022-2026"),
        title=f"Regional handlingsplan län {county} 2022-2026",
        normalised_title=f"regional handlingsplan län {county} 2022-2026",
        kind=DocumentKind.ACTION_PLAN,
        level=Level.REGIONAL,
        period_start=2022,
        period_end=2026,
    )
    committee = Organization(
        id=make_id("Organization", "kommun", code, "socialnamnden"),
        name=f"Socialnämnden i {name}",
        kind=OrganizationKind.COMMITTEE,
    )
    doc = _document(code, name, version)
    at = say(f"{name} antog {doc.title} den 1 mars 2023.", muni, doc)
    link(LinkType.ADOPTED, muni, doc, at, date="2023-03-01")
    if version:
        previous = _document(code, name, version - 1)
        link(LinkType.REVISES, doc, previous, say(f"Den ersätter {previous.title}.", previous))
    at = say(f"{name} undertecknade {regional.title}.", regional)
    link(LinkType.SIGNED, muni, regional, at, date="2022-03-22")
    link(LinkType.IMPLEMENTS, doc, regional, at)
    link(LinkType.FOLLOWS_UP, board, regional, say(f"{board.name} följer upp planen.", board))
    link(LinkType.COORDINATES, AGENCY, doc, say(f"{AGENCY.name} samordnar arbetet.", AGENCY))
    link(LinkType.PART_OF, committee, muni, say(f"{committee.name} hör till {name}.", committee))
    chair = Person(id=make_id("Person", "ordforande", code, str(version)), name=f"Ordf {code}")
    at = say(f"{chair.name} är ordförande i {committee.name}.", chair)
    link(LinkType.HOLDS_ROLE, chair, committee, at, date="2023-01-01", title="ordförande")
    for n in range(2):
        goal = Goal(id=make_id("Goal", doc.id, str(n)), text=f"Mål {n} för {doc.title}")
        link(LinkType.HAS_GOAL, doc, goal, say(f"Mål {n}: {goal.text}.", goal))
    for n in range(3):
        activity = Activity(id=make_id("Activity", doc.id, str(n)), description=f"Insats {n}")
        at = say(f"Aktivitet {n}: {activity.description}, {committee.name} ansvarar.", activity)
        link(LinkType.HAS_ACTIVITY, doc, activity, at)
        link(LinkType.RESPONSIBLE_FOR, committee, activity, at)
    body = " ".join(text.sentences)
    source = Source(
        id=source_id,
        uri=uri,
        sha256=digest("sha", body),
        media_type="text/plain",
        text=body,
        published_on="2023-06-01",
    )
    return SourceFacts(source=source, nodes=list(nodes.values()), mentions=mentions, links=links)


def relationships(facts: SourceFacts) -> int:
    """Relationships a source writes: its links and its mentions."""
    return len(facts.links) + len(facts.mentions)

"""A larger, generated graph: every municipality of Västra Götaland (county 14, 49
municipalities) with a pattern of documents, signatures, decisions, activities and
officials that the tests can predict from the municipality's position alone.

Municipality number i (0-based, by kommunkod):
- signs the regional plan, unless i % 5 == 0;
- adopts a riktlinje, when i % 2 == 0, else a rutin;
- signs an avtal (agreement) with the county board;
- has a handlingsplan adopted by its socialnämnd, when i % 3 == 0, with three
  activities the socialnämnd is responsible for, a decision about it, and two
  people stated as the socialnämnd's chair: one before adoption, one after.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import (
    Activity,
    DatePrecision,
    Decision,
    Document,
    DocumentKind,
    DomainNode,
    Level,
    Organization,
    OrganizationKind,
    Person,
    Source,
)
from ingest.language.gazetteer import municipalities

COUNTY = "14"
REGION = Organization(
    id=make_id("Organization", "lansstyrelse", COUNTY),
    name="Länsstyrelsen Västra Götaland",
    kind=OrganizationKind.COUNTY_BOARD,
    code=COUNTY,
)
STRATEGY = Document(
    id=make_id("Document", "regional", "strategy", "lan", COUNTY, "2018-2021"),
    title="Regional strategi Västra Götaland 2018-2021",
    normalised_title="regional strategi västra götaland 2018-2021",
    kind=DocumentKind.STRATEGY,
    level=Level.REGIONAL,
    period_start=2018,
    period_end=2021,
)
PLAN = Document(
    id=make_id("Document", "regional", "action_plan", "lan", COUNTY, "2022-2026"),
    title="Regional handlingsplan Västra Götaland 2022-2026",
    normalised_title="regional handlingsplan västra götaland 2022-2026",
    kind=DocumentKind.ACTION_PLAN,
    level=Level.REGIONAL,
    period_start=2022,
    period_end=2026,
)
ADOPTED_ON = "2023-05-10"  # every local handlingsplan
CHAIR_BEFORE, CHAIR_AFTER = "2022-11-01", "2024-02-01"


@dataclass
class _Writer:
    """Builds one source's text sentence by sentence, with evidence at each sentence."""

    uri: str
    published_on: str
    sentences: list[str] = field(default_factory=list)
    nodes: dict[str, DomainNode] = field(default_factory=dict)
    mentions: list[tuple[str, int]] = field(default_factory=list)
    links: list[tuple[LinkType, str, str, int, str | None, str | None]] = field(
        default_factory=list
    )

    def say(self, sentence: str, *named: DomainNode) -> int:
        self.sentences.append(sentence)
        for node in named:
            self.nodes[node.id] = node
            self.mentions.append((node.id, len(self.sentences) - 1))
        return len(self.sentences) - 1

    def link(
        self,
        type_: LinkType,
        a: DomainNode,
        b: DomainNode,
        at: int,
        date: str | None = None,
        title: str | None = None,
    ) -> None:
        self.links.append((type_, a.id, b.id, at, date, title))

    def facts(self) -> SourceFacts:
        text = " ".join(self.sentences)
        starts, pos = [], 0
        for s in self.sentences:
            starts.append(pos)
            pos += len(s) + 1
        source = Source(
            id=make_id("Source", digest(self.uri)),
            uri=self.uri,
            sha256=digest("sha", text),
            media_type="text/plain",
            text=text,
            published_on=self.published_on,
        )

        def ev(i: int, rule: str) -> Evidence:
            s = self.sentences[i]
            return Evidence(source.id, starts[i], starts[i] + len(s), s, rule, 0.9)

        return SourceFacts(
            source=source,
            nodes=list(self.nodes.values()),
            mentions=[Mention(n, ev(i, "generated.mention")) for n, i in self.mentions],
            links=[
                Link(
                    t,
                    a,
                    b,
                    ev(i, f"generated.{t.lower()}"),
                    date=d,
                    date_precision=DatePrecision.DAY if d else None,
                    title=title,
                )
                for t, a, b, i, d, title in self.links
            ],
        )


def municipality_names() -> list[tuple[str, str]]:
    """(kommunkod, official name) of the county's municipalities, by code."""
    found = sorted((m for m in municipalities() if m.county_code == COUNTY), key=lambda m: m.code)
    return [(m.code, m.official_name) for m in found]


def regional_facts() -> SourceFacts:
    w = _Writer("https://example.se/vg/regional-handlingsplan", "2022-04-01")
    at = w.say(f"{PLAN.title} ersätter {STRATEGY.title}.", PLAN, STRATEGY)
    w.link(LinkType.REVISES, PLAN, STRATEGY, at)
    at = w.say(f"{REGION.name} följer upp {PLAN.title}.", REGION)
    w.link(LinkType.FOLLOWS_UP, REGION, PLAN, at)
    return w.facts()


def municipality_facts(i: int, code: str, name: str) -> SourceFacts:
    muni = Organization(
        id=make_id("Organization", "kommun", code),
        name=name,
        kind=OrganizationKind.MUNICIPALITY,
        code=code,
    )
    w = _Writer(f"https://example.se/kommun/{code}", "2024-03-01")
    w.say(f"{name} arbetar mot våld i nära relationer.", muni)
    if i % 5:
        at = w.say(f"{name} undertecknade {PLAN.title} den 22 mars 2022.", PLAN)
        w.link(LinkType.SIGNED, muni, PLAN, at, "2022-03-22")
    if i % 2 == 0:
        guideline = Document(
            id=make_id("Document", "municipal", "guideline", "kommun", code),
            title=f"Riktlinje mot våld i nära relationer, {name}",
            normalised_title=f"riktlinje mot våld i nära relationer, {name.lower()}",
            kind=DocumentKind.GUIDELINE,
            level=Level.MUNICIPAL,
        )
        at = w.say(f"Kommunfullmäktige i {name} antog {guideline.title} 2021.", guideline)
        w.link(LinkType.ADOPTED, muni, guideline, at, "2021-06-01")
    else:
        routine = Document(
            id=make_id("Document", "municipal", "routine", "kommun", code),
            title=f"Rutin vid våld i nära relationer, {name}",
            normalised_title=f"rutin vid våld i nära relationer, {name.lower()}",
            kind=DocumentKind.ROUTINE,
            level=Level.MUNICIPAL,
        )
        at = w.say(f"{name} antog {routine.title} 2020.", routine)
        w.link(LinkType.ADOPTED, muni, routine, at, "2020-09-01")
    agreement = Document(
        id=make_id("Document", "municipal", "agreement", "kommun", code),
        title=f"Avtal om samverkan mot våld, {name}",
        normalised_title=f"avtal om samverkan mot våld, {name.lower()}",
        kind=DocumentKind.AGREEMENT,
        level=Level.MUNICIPAL,
    )
    at = w.say(f"{name} och {REGION.name} undertecknade {agreement.title}.", agreement, REGION)
    w.link(LinkType.SIGNED, muni, agreement, at, "2022-09-01")
    w.link(LinkType.SIGNED, REGION, agreement, at, "2022-09-01")
    if i % 3 == 0:
        _local_plan(w, muni, code, name)
    return w.facts()


def _local_plan(w: _Writer, muni: Organization, code: str, name: str) -> None:
    board = Organization(
        id=make_id("Organization", "kommun", code, "socialnamnden"),
        name=f"Socialnämnden i {name}",
        kind=OrganizationKind.COMMITTEE,
    )
    plan = Document(
        id=make_id("Document", "municipal", "action_plan", "kommun", code, "2023-2026"),
        title=f"Handlingsplan mot våld {name} 2023-2026",
        normalised_title=f"handlingsplan mot våld {name.lower()} 2023-2026",
        kind=DocumentKind.ACTION_PLAN,
        level=Level.MUNICIPAL,
        period_start=2023,
        period_end=2026,
        adopted_on=ADOPTED_ON,
        adopted_precision=DatePrecision.DAY,
    )
    at = w.say(f"{board.name} hör till {name}.", board)
    w.link(LinkType.PART_OF, board, muni, at)
    at = w.say(f"{board.name} antog {plan.title} den 10 maj 2023.", plan)
    w.link(LinkType.ADOPTED, board, plan, at, ADOPTED_ON)
    w.link(LinkType.IMPLEMENTS, plan, PLAN, w.say(f"Planen genomför {PLAN.title}.", PLAN))
    decision = Decision(
        id=make_id("Decision", code, ADOPTED_ON, "handlingsplan"),
        summary=f"Anta {plan.title}",
        date=ADOPTED_ON,
        date_precision=DatePrecision.DAY,
    )
    at = w.say(f"{board.name} beslutade den 10 maj 2023 att anta planen.", decision)
    w.link(LinkType.DECIDED, board, decision, at, ADOPTED_ON)
    w.link(LinkType.CONCERNS, decision, plan, at)
    for n in range(1, 4):
        activity = Activity(
            id=make_id("Activity", code, str(n)),
            description=f"Aktivitet {n} i {name}",
            timeframe=str(2023 + n),
        )
        at = w.say(f"Aktivitet {n} i {name}: {board.name} ansvarar.", activity)
        w.link(LinkType.HAS_ACTIVITY, plan, activity, at)
        w.link(LinkType.RESPONSIBLE_FOR, board, activity, at)
    for when, who in ((CHAIR_BEFORE, "Anna"), (CHAIR_AFTER, "Bertil")):
        person = Person(id=make_id("Person", who, code), name=f"{who} Nilsson {code}")
        at = w.say(f"{person.name} är ordförande i {board.name}.", person)
        w.link(LinkType.HOLDS_ROLE, person, board, at, when, "ordförande")


def county_graph() -> list[SourceFacts]:
    """The regional source first, then one source per municipality."""
    return [regional_facts()] + [
        municipality_facts(i, code, name) for i, (code, name) in enumerate(municipality_names())
    ]

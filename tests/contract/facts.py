"""Hand-made facts for the store contract: small, so each assertion can be checked by eye."""

from __future__ import annotations

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import (
    DatePrecision,
    Document,
    DocumentKind,
    DomainNode,
    Level,
    Organization,
    OrganizationKind,
    Source,
)

TEXT_A = (
    "Planen 2022-2026 undertecknades av Ankeby kommun den 1 mars 2022. "
    "Planen är en revidering av Strategin 2018-2021."
)
TEXT_B = "Ankeby kommun antog Riktlinjen mot våld."

PLAN = Document(
    id=make_id("Document", "regional", "action_plan", "2022-2026"),
    title="Regional handlingsplan 2022-2026",
    normalised_title="regional handlingsplan 2022-2026",
    kind=DocumentKind.ACTION_PLAN,
    level=Level.REGIONAL,
    period_start=2022,
    period_end=2026,
)
STRATEGY = Document(
    id=make_id("Document", "regional", "strategy", "2018-2021"),
    title="Regional strategi 2018-2021",
    normalised_title="regional strategi 2018-2021",
    kind=DocumentKind.STRATEGY,
    level=Level.REGIONAL,
    period_start=2018,
    period_end=2021,
)
GUIDELINE = Document(
    id=make_id("Document", "municipal", "guideline", "9999", "vald"),
    title="Riktlinje mot våld",
    normalised_title="riktlinje mot våld",
    kind=DocumentKind.GUIDELINE,
    level=Level.MUNICIPAL,
)
ANKEBY = Organization(
    id=make_id("Organization", "kommun", "9999"),
    name="Ankeby kommun",
    kind=OrganizationKind.MUNICIPALITY,
    code="9999",
    aliases=["Ankeby"],
)


def source(uri: str, text: str, published_on: str | None = "2022-06-28") -> Source:
    return Source(
        id=make_id("Source", digest(uri)),
        uri=uri,
        sha256=digest("sha", text),
        media_type="text/plain",
        text=text,
        published_on=published_on,
    )


def evidence(src: Source, quote: str, rule: str = "test.rule") -> Evidence:
    start = src.text.index(quote)
    return Evidence(src.id, start, start + len(quote), quote, rule, 0.9)


def facts_a(text: str = TEXT_A) -> SourceFacts:
    """Ankeby signed the plan, which revises the strategy."""
    src = source("file:///a.txt", text)
    signed = "Planen 2022-2026 undertecknades av Ankeby kommun den 1 mars 2022."
    revises = "Planen är en revidering av Strategin 2018-2021."
    nodes: list[DomainNode] = [PLAN, STRATEGY, ANKEBY]
    mentions = [
        Mention(PLAN.id, evidence(src, "Planen 2022-2026")),
        Mention(STRATEGY.id, evidence(src, "Strategin 2018-2021")),
        Mention(ANKEBY.id, evidence(src, "Ankeby kommun")),
    ]
    links = [
        Link(
            LinkType.SIGNED,
            ANKEBY.id,
            PLAN.id,
            evidence(src, signed, "test.signed"),
            date="2022-03-01",
            date_precision=DatePrecision.DAY,
        ),
        Link(LinkType.REVISES, PLAN.id, STRATEGY.id, evidence(src, revises, "test.revises")),
    ]
    return SourceFacts(source=src, nodes=nodes, mentions=mentions, links=links)


def facts_b() -> SourceFacts:
    """Ankeby adopted its guideline (a second source naming the same organisation)."""
    src = source("file:///b.txt", TEXT_B, published_on="2016-11-24")
    quote = "Ankeby kommun antog Riktlinjen mot våld."
    return SourceFacts(
        source=src,
        nodes=[ANKEBY, GUIDELINE],
        mentions=[
            Mention(ANKEBY.id, evidence(src, "Ankeby kommun")),
            Mention(GUIDELINE.id, evidence(src, "Riktlinjen mot våld")),
        ],
        links=[
            Link(
                LinkType.ADOPTED,
                ANKEBY.id,
                GUIDELINE.id,
                evidence(src, quote, "test.adopted"),
                date="2016-10-01",
                date_precision=DatePrecision.MONTH,
            )
        ],
    )

"""What every extraction component reads: the page, parsed once.

Why one object: the spaCy doc, the sentence spans and the resolved dates are
computed once per source and shared, and the hits found by earlier components
(actors, persons, documents) are what later relation rules connect.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from spacy.tokens import Doc

from graph.nodes import DatePrecision, Document, Level, OrganizationKind
from ingest.ids import county_board_id, municipality_id, national_body_id, region_id
from ingest.language.date_versions import stated_dates
from ingest.language.dates import DateMention
from ingest.language.gazetteer import municipality_by_code
from ingest.language.hit_index import hits_within  # by start, in O(log n): see there
from ingest.language.nlp import pipeline
from ingest.language.segment import Span, sentence_at, sentences
from ingest.language.sites import SiteOwner


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An organisation named at [start, end)."""

    start: int
    end: int
    node_id: str
    kind: OrganizationKind
    name: str
    county_code: str | None = None
    municipality_code: str | None = None
    anaphoric: bool = False


@dataclass(frozen=True, slots=True)
class PersonHit:
    start: int
    end: int
    node_id: str
    name: str


@dataclass(frozen=True, slots=True)
class DocumentHit:
    """A document named at [start, end); `new` is an indefinite or titled mention."""

    start: int
    end: int
    document: Document
    rule: str
    new: bool
    owner: ActorHit | None = None
    genitive_owner: bool = False  # "regeringens nationella strategi"

    @property
    def node_id(self) -> str:
        return self.document.id


@dataclass(frozen=True, slots=True)
class InitiativeHit:
    """A project or centre named (or referred back to) at [start, end)."""

    start: int
    end: int
    node_id: str
    name: str
    anaphoric: bool = False


@dataclass(frozen=True, slots=True)
class DecisionHit:
    """A decision stated in the sentence at [start, end), taken by body_id."""

    start: int
    end: int
    node_id: str
    body_id: str


@dataclass
class Context:
    text: str
    doc: Doc
    sentences: list[Span]
    published: date | None
    dates: list[DateMention]
    actors: list[ActorHit] = field(default_factory=list)
    persons: list[PersonHit] = field(default_factory=list)
    documents: list[DocumentHit] = field(default_factory=list)
    initiatives: list[InitiativeHit] = field(default_factory=list)
    decisions: list[DecisionHit] = field(default_factory=list)
    site: SiteOwner | None = None  # whose web site the page is on, from its URL
    url_path: str = ""  # the page URL's path, lowercased: it may name the page's committee
    publisher_municipality: str | None = None  # kommunkod of the page's municipality
    home_county: str | None = None  # länskod the page is about ("i länet")
    # Line starts, for rules that look back for a heading line without rescanning the text.
    _line_starts: list[int] | None = None
    # The page's main document, once the documents are final (ingest.rules.extract_lists).
    main_document_memo: tuple[int, int, DocumentHit | None] | None = None
    # The page's first lines below its site chrome (ingest.rules.page_head.head_lines).
    head_memo: list[re.Match[str]] | None = None

    @classmethod
    def build(
        cls, text: str, published: date | None, site: SiteOwner | None = None, url: str = ""
    ) -> Context:
        return cls(
            text=text,
            doc=pipeline()(text),
            sentences=sentences(text),
            published=published,
            dates=stated_dates(text, published),
            site=site,
            url_path=urlsplit(url).path.lower(),
        )

    def sentence_of(self, start: int) -> Span | None:
        return sentence_at(self.sentences, start)

    def sentence_index(self, sentence: Span) -> int:
        """Position of a sentence of this page in `sentences`, by bisection."""
        return bisect.bisect_left(self.sentences, sentence.start, key=lambda s: s.start)

    def line_starts(self) -> list[int]:
        """Offsets where the page's lines start (computed once)."""
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in re.finditer(r"\n", self.text))]
        return self._line_starts

    def actors_in(self, span: Span) -> list[ActorHit]:
        return hits_within(self, "actors", self.actors, span.start, span.end)

    def documents_in(self, span: Span) -> list[DocumentHit]:
        return hits_within(self, "documents", self.documents, span.start, span.end)

    def initiatives_in(self, span: Span) -> list[InitiativeHit]:
        return hits_within(self, "initiatives", self.initiatives, span.start, span.end)

    def publisher_id(self) -> str | None:
        """The page's municipality ("vi", "kommunen" on its own pages)."""
        if self.publisher_municipality is None:
            return None
        return municipality_id(self.publisher_municipality)

    def site_actor(self) -> ActorHit | None:
        """The organisation whose site the page is on, as an unplaced actor."""
        site = self.site
        if site is None:
            return None
        kind = site.kind
        if kind is OrganizationKind.MUNICIPALITY:
            return _municipality_actor(site.key)
        if kind is OrganizationKind.REGION:
            return ActorHit(0, 0, region_id(site.key), kind, "regionen", site.key, None, True)
        if kind is OrganizationKind.COUNTY_BOARD:
            node_id = county_board_id(site.key)
            return ActorHit(0, 0, node_id, kind, "länsstyrelsen", site.key, None, True)
        return ActorHit(0, 0, national_body_id(site.key), kind, site.key, None, None, True)

    def publisher_actor(self) -> ActorHit | None:
        """The page's municipality (its site's, or the one a page on no organisation's site
        is found to be from), as an unplaced actor."""
        if self.publisher_municipality is None:
            return None
        return _municipality_actor(self.publisher_municipality)

    def published_day(self) -> tuple[str | None, DatePrecision | None]:
        """The page's publication date as a link date (DAY precision), if dated."""
        if self.published is None:
            return None, None
        return self.published.isoformat(), DatePrecision.DAY

    def dates_in(self, span: Span) -> list[DateMention]:
        found = hits_within(self, "dates", self.dates, span.start, span.end)
        return [d for d in found if d.resolved]


def _municipality_actor(code: str) -> ActorHit:
    """A municipality as an unplaced actor ("kommunen"), with its county."""
    m = municipality_by_code(code)
    county = m.county_code if m else None
    kind = OrganizationKind.MUNICIPALITY
    return ActorHit(0, 0, municipality_id(code), kind, "kommunen", county, code, True)


def level_of(kind: OrganizationKind) -> Level | None:
    """The level of government an organisation acts at."""
    if kind in (
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.COMMITTEE,
        OrganizationKind.ADMINISTRATION,
    ):
        return Level.MUNICIPAL
    if kind in (
        OrganizationKind.COUNTY_BOARD,
        OrganizationKind.REGION,
        OrganizationKind.MUNICIPAL_ASSOCIATION,
    ):
        return Level.REGIONAL
    if kind in (
        OrganizationKind.AGENCY,
        OrganizationKind.GOVERNMENT,
        OrganizationKind.NATIONAL_ASSOCIATION,
    ):
        return Level.NATIONAL
    return None

"""A synthetic source built sentence by sentence, each fact with its sentence as evidence."""

from __future__ import annotations

from graph.edges import Evidence, Link, LinkType, Mention, SourceFacts
from graph.ids import digest, make_id
from graph.nodes import DatePrecision, DomainNode, Source


class SourceBuilder:
    """Sentences of one source; what they name becomes its nodes, mentions and links."""

    def __init__(self, uri: str, published_on: str | None) -> None:
        self.uri = uri
        self.published_on = published_on
        self.source_id = make_id("Source", digest(uri))
        self._sentences: list[str] = []
        self._starts: list[int] = []
        self._length = 0
        self._nodes: dict[str, DomainNode] = {}
        self._mentions: list[Mention] = []
        self._links: list[Link] = []

    def _evidence(self, at: int, rule: str) -> Evidence:
        quote = self._sentences[at]
        start = self._starts[at]
        return Evidence(self.source_id, start, start + len(quote), quote, rule, 0.9)

    def say(self, sentence: str, *named: DomainNode) -> int:
        """Add a sentence naming these nodes (each gets a mention); its index."""
        start = self._length + (1 if self._sentences else 0)
        self._starts.append(start)
        self._sentences.append(sentence)
        self._length = start + len(sentence)
        at = len(self._sentences) - 1
        for node in named:
            self._nodes.setdefault(node.id, node)
            self._mentions.append(Mention(node.id, self._evidence(at, "national.mention")))
        return at

    def link(
        self,
        type_: LinkType,
        a: DomainNode,
        b: DomainNode,
        at: int,
        *,
        date: str | None = None,
        title: str | None = None,
    ) -> None:
        """A link stated by sentence ``at``; both ends must have been named."""
        self._links.append(
            Link(
                type_,
                a.id,
                b.id,
                self._evidence(at, f"national.{type_.lower()}"),
                date=date,
                date_precision=DatePrecision.DAY if date else None,
                title=title,
            )
        )

    def facts(self) -> SourceFacts:
        text = " ".join(self._sentences)
        source = Source(
            id=self.source_id,
            uri=self.uri,
            sha256=digest("sha256", text),
            media_type="text/html",
            text=text,
            published_on=self.published_on,
        )
        return SourceFacts(source, list(self._nodes.values()), self._mentions, self._links)

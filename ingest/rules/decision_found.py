"""What the decision passes that reorder, merge or date found decisions see of one."""

from __future__ import annotations

from typing import Protocol, TypeVar

from graph.nodes import Decision
from ingest.context import ActorHit
from ingest.language.segment import Span

__all__ = ["F", "FoundDecision"]


class FoundDecision(Protocol):
    """A decision found in a sentence, with the body that made it and its evidence."""

    @property
    def decision(self) -> Decision: ...
    @property
    def body(self) -> ActorHit | None: ...
    @property
    def evidence(self) -> Span: ...
    @property
    def rule(self) -> str: ...


F = TypeVar("F", bound=FoundDecision)

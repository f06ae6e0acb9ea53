"""Keep only the people the mission needs: those the page gives a role.

Why: a person is stored only when the text gives them a role in an
organisation, a decision or an activity (HOLDS_ROLE, RESPONSIBLE_FOR or any
other link). Names in attendance lists, image captions or quotes without a
title are personal data the graph has no use for, so they are dropped with
their mentions before anything is written.

A page's editor ("Sidansvarig: Name") and a contact named only as the contact
("Kontaktperson", "Presskontakt") hold no role in any steering chain: their
HOLDS_ROLE links are dropped first, and then, unless another link names them,
the people themselves. A contact entry that states a role ("Name, samordnare")
keeps it. The organisations such lines name are left alone: they may still
identify the page's publisher.
"""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import NodeLabel
from ingest.facts import FactSink

__all__ = ["CONTACT_TITLES", "drop_roleless_persons"]

# Titles that say who edits a page or answers questions about it, not a role held in an
# organisation (lower case).
CONTACT_TITLES = frozenset(
    {
        "sidansvarig",
        "sidredaktör",
        "webbredaktör",
        "webbansvarig",
        "redaktör",
        "ansvarig utgivare",
        "kontakt",
        "kontaktperson",
        "presskontakt",
        "presskontakter",
    }
)
_EDITOR_RULES = ("role.sidansvarig",)


def _contact_only(title: str | None, rule: str) -> bool:
    label = (title or "").strip().rstrip(":").lower()
    return rule.startswith(_EDITOR_RULES) or label in CONTACT_TITLES


def drop_roleless_persons(sink: FactSink) -> None:
    """Drop page-editor and contact-only roles, then every person no link names."""
    for key, link in list(sink.links.items()):
        if link.type is LinkType.HOLDS_ROLE and _contact_only(link.title, link.evidence.rule):
            del sink.links[key]
    linked = {x.from_id for x in sink.links.values()} | {x.to_id for x in sink.links.values()}
    roleless = {
        node_id
        for node_id, node in sink.nodes.items()
        if node.label is NodeLabel.PERSON and node_id not in linked
    }
    sink.drop(roleless)

"""A node's properties, rebuilt from what the sources that still name it state.

Each source's write records the properties it gives each node it names. A node's
properties are then those statements merged in write order (a later write wins a
property two sources state differently), so a property that no remaining source
states is gone: a page re-ingested without its adoption sentence leaves no
`adopted_on` behind. Stores written before statements were recorded cannot know
who stated what; a node named by such a source keeps its stored properties as the
base, until that source is ingested again (`stratgraph ingest --force`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from graph.nodes import DomainNode, NodeLabel, PropValue, to_record


def stated_props(nodes: Iterable[DomainNode]) -> dict[str, str]:
    """Node id -> what this source states about it, as JSON (sorted keys: byte-stable)."""
    found: dict[str, str] = {}
    for node in nodes:
        record = to_record(node)
        found[record.id] = json.dumps(record.props, sort_keys=True, ensure_ascii=False)
    return found


def rebuilt(
    current: Mapping[str, Any], stated: Iterable[str], *, unrecorded: bool
) -> dict[str, PropValue]:
    """The properties of a node: its statements (JSON, oldest first) merged, on top of
    its stored ones only when some source that names it has no recorded statement."""
    props: dict[str, PropValue] = dict(current) if unrecorded else {}
    for text in stated:
        props.update(json.loads(text))
    return props


def rebuildable(label: str) -> bool:
    """Source nodes are not rebuilt: a source alone states its own properties."""
    return NodeLabel(label) is not NodeLabel.SOURCE

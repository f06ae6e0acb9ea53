"""Which county (SCB länskod) a node belongs to, from its code or id."""

from __future__ import annotations

import re

from graph.nodes import NodeRecord

# Ids carry the code of their scope: kommun:2282, lansstyrelse:22, lan:22, region:22, ...
_SCOPE = re.compile(r":(?:kommun|lan|lansstyrelse|region|kommunforbund):(\d{2})(\d{2})?(?::|$)")


def county_of(record: NodeRecord) -> str | None:
    """The two-digit county code: from the official code, else from the id's scope."""
    code = record.props.get("code")
    if isinstance(code, str) and code.isdigit() and len(code) in (2, 4):
        return code[:2]
    match = _SCOPE.search(record.id)
    return match.group(1) if match else None


_MUNICIPALITY = re.compile(r":kommun:(\d{4})(?::|$)")


def municipality_of(record: NodeRecord) -> str | None:
    """The four-digit kommunkod of a municipality, its committees and its documents."""
    code = record.props.get("code")
    if isinstance(code, str) and code.isdigit() and len(code) == 4:
        return code
    match = _MUNICIPALITY.search(record.id)
    return match.group(1) if match else None

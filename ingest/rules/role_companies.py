"""Whose a company head's title is: a company's head serves a company, not a public body.

Why: "Malungshem AB, genom VD Jonas Larsson" names the company before the title; no
municipality, region or agency has a vd, so the page's owner is no default for it.
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.role_common import site_owner

__all__ = ["COMPANY_HEAD", "company_before"]

# A company's head: no municipality, region or agency has one.
COMPANY_HEAD = re.compile(r"vd|verkställande\s+direktör|bolagets\s+vd")
_COMPANY_KINDS = (OrganizationKind.OTHER, OrganizationKind.MUNICIPAL_ASSOCIATION)


def company_before(ctx: Context, sink: FactSink, start: int) -> str | None:
    """'Malungshem AB, genom VD Jonas Larsson': the company named just before the title on
    its line, else the site's own when that is no public body; else none."""
    line = ctx.text.rfind("\n", 0, start) + 1
    near = [a for a in ctx.actors if max(line, start - 80) <= a.start and a.end <= start]
    if near:
        node = sink.nodes.get(near[-1].node_id)
        return near[-1].node_id if getattr(node, "kind", None) in _COMPANY_KINDS else None
    own = site_owner(ctx, sink) if ctx.site_actor() is not None else None
    node = sink.nodes.get(own) if own else None
    return own if getattr(node, "kind", None) in _COMPANY_KINDS else None

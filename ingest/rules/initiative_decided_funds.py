"""FUNDS from a decision to grant money to an initiative.

Why: council and committee pages report funding as a decision ("Nämnden beslutade att
bevilja medel till förstudien X", "Kommunstyrelsen anvisar 200 000 kronor till projektet
X"), so the funder is the body that decided, not a subject next to a funding verb.

Rule initiative.funds.decided: a Decision that CONCERNS an Initiative, when the text of
its CONCERNS evidence grants money (bevilja, medfinansiera, finansiera, anvisa, avsätta,
tilldela; or "medel|kronor|bidrag" with "till") -> every body that DECIDED it FUNDS the
initiative, unless the sentence names a funder itself. Runs after decisions and their
concerns are read.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Decision, Initiative
from ingest.context import Context
from ingest.facts import FactSink

__all__ = ["decided_funding"]

CONF_DECIDED_FUNDS = 0.7

_GRANTS = re.compile(
    r"\b(?:bevilja\w*|(?:med|sam)?finansier\w*|anvisa\w*|avsätt\w*|avsatt\w*|tilldela\w*)\b"
    r"|\b(?:medel|kronor|bidrag|stöd)\s+till\b",
    re.I,
)


def decided_funding(ctx: Context, sink: FactSink) -> None:
    links = list(sink.links.values())
    deciders: dict[str, list[str]] = {}
    for k in links:
        if k.type is LinkType.DECIDED:
            deciders.setdefault(k.to_id, []).append(k.from_id)
    funded = {(k.from_id, k.to_id) for k in links if k.type is LinkType.FUNDS}
    # A funder the sentence names itself ("Region Uppsala kommer att medfinansiera ...")
    # is the one; the deciding body adds nothing there.
    named = [(k.to_id, k.evidence.start) for k in links if k.type is LinkType.FUNDS]
    for k in links:
        if k.type is not LinkType.CONCERNS:
            continue
        decision, initiative = sink.nodes.get(k.from_id), sink.nodes.get(k.to_id)
        if not isinstance(decision, Decision) or not isinstance(initiative, Initiative):
            continue
        if not _GRANTS.search(ctx.text, k.evidence.start, k.evidence.end):
            continue
        sentence = ctx.sentence_of(k.evidence.start)
        if sentence is not None and any(
            to == k.to_id and sentence.start <= at < sentence.end for to, at in named
        ):
            continue
        for body in deciders.get(k.from_id, []):
            if (body, k.to_id) in funded:
                continue
            funded.add((body, k.to_id))
            sink.link(
                LinkType.FUNDS,
                body,
                k.to_id,
                k.evidence.start,
                k.evidence.end,
                "initiative.funds.decided",
                CONF_DECIDED_FUNDS,
            )

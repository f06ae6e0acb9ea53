"""What a named party of an agreement undertakes, listed as bullets.

Why: agreement pages set out each party's commitments as a bullet list under
"<party> åtar sig att:" ("Kommunen förbinder sig att:"), or with the verb first
("Genom avtalet åtar sig Regionen att:"). What a party undertakes is what the
agreement will do, and the party is the one responsible for it.

Rule list.activities.commitment_list: each item is an Activity of the agreement
(the document the intro names, else the page's only agreement), and the party,
an organisation named as the subject right before or right after the verb, is
RESPONSIBLE_FOR it (list.responsible.commitment). A party that is no named
organisation ("aktörerna", "parterna") gives no list: which body undertakes it is
unknown. Commitments in running text are ingest.rules.labelled_activities'.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList
from ingest.rules.list_items import CONF_RESPONSIBLE, add_activity
from ingest.rules.main_document import list_owner

__all__ = ["commitment_list"]

# "... åtar sig att:" / "förbinder sig (därmed) att:" closing the intro line.
_COMMITS = re.compile(r"\b(?:åtar|förbinder)\s+sig\b(?P<after>[^.!?:]*?)\batt\s*:\s*$", re.I)


def _party(ctx: Context, intro: Span, verb: re.Match[str]) -> ActorHit | None:
    """The organisation that is the clause's subject: the last one before the verb with
    nothing but space between, or the one right after "sig" (verb-second order)."""
    line_start = max(intro.start, ctx.text.rfind(".", intro.start, verb.start()) + 1)
    for actor in reversed(ctx.actors_in(Span(line_start, verb.start()))):
        if not ctx.text[actor.end : verb.start()].strip():
            return actor
    after = verb.start("after")
    for actor in ctx.actors_in(Span(after, verb.end())):
        if not ctx.text[after : actor.start].strip():
            return actor
    return None


def _agreement(ctx: Context, intro: Span, cue: int) -> DocumentHit | None:
    owner = list_owner(ctx, intro, cue)
    if owner is not None and owner.document.kind is DocumentKind.AGREEMENT:
        return owner
    agreements = [d for d in ctx.documents if d.document.kind is DocumentKind.AGREEMENT]
    return agreements[0] if len({d.node_id for d in agreements}) == 1 else None


def commitment_list(ctx: Context, sink: FactSink, lst: BulletList) -> None:
    """Read lst as a party's commitments if its intro closes with "... åtar sig att:"."""
    verb = _COMMITS.search(ctx.text, lst.intro.start, lst.intro.end)
    if verb is None:
        return
    party = _party(ctx, lst.intro, verb)
    owner = _agreement(ctx, lst.intro, verb.start())
    if party is None or owner is None:
        return
    for item in lst.items:
        activity_id = add_activity(
            ctx,
            sink,
            owner,
            Span(item.start, item.end),
            item.text,
            lst.intro.start,
            "list.activities.commitment_list",
        )
        if activity_id is None:
            continue
        sink.link(
            LinkType.RESPONSIBLE_FOR,
            party.node_id,
            activity_id,
            lst.intro.start,
            item.end,
            "list.responsible.commitment",
            CONF_RESPONSIBLE,
        )

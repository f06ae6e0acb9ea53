"""Agreements by their parties: "en överenskommelse mellan A och B" is titled by its
parties; "A och B skrev under en överenskommelse" is scoped by its signers."""

from __future__ import annotations

from graph.nodes import Level
from ingest.context import ActorHit, Context, DocumentHit, level_of
from ingest.language.segment import Span
from ingest.rules.document_cand import Cand
from ingest.rules.document_groups import Group, placeholder
from ingest.rules.document_owners import (
    page_municipality,
    parties_after,
    party_owner,
    signers_after,
)
from ingest.rules.document_words import BARE_NOUNS

__all__ = ["agreement_between", "agreement_owner"]


def agreement_between(ctx: Context, c: Cand, start: int, sentence: Span) -> Group | None:
    """'en överenskommelse mellan A och B': a document titled and scoped by its parties
    (a regional party if any)."""
    parties = parties_after(ctx, c.end, sentence.end)
    if not parties:
        return None
    owner = party_owner(parties, ctx.site_actor())
    noun = c.word if c.word.lower() not in BARE_NOUNS else "överenskommelse"
    title = f"{noun[:1].upper()}{noun[1:].lower()} mellan " + " och ".join(p.name for p in parties)
    g = Group(c.kind, c.level, owner, False, c.period, title, None, word=c.word)
    rule = "document.agreement_parties"
    g.hits.append(
        DocumentHit(start, parties[-1].end, placeholder(c.kind, c.level), rule, True, owner, False)
    )
    return g


def agreement_owner(
    ctx: Context, c: Cand, sentence: Span, owner: ActorHit | None, genitive: bool
) -> tuple[ActorHit | None, bool]:
    """The owner of an agreement named without its parties: its signers ("A och B skrev
    under en överenskommelse"), else on a national body's page the page's municipality,
    the agreement's lowest-level party ("medborgarlöften" on the police's page); and
    whether signers gave it."""
    signers = [a for a in ctx.actors if sentence.start <= a.start and a.end <= c.start]
    # From the noun: a period read further on ("som A och B tecknade för 2019-2022") may
    # have carried the candidate's end past the relative clause.
    signers = signers_after(ctx, min(c.end, c.start + len(c.word)), sentence.end) or signers
    if signers and not genitive:
        return party_owner(signers, ctx.site_actor()), True
    site = ctx.site_actor()
    if owner is None and site is not None and level_of(site.kind) is Level.NATIONAL:
        return page_municipality(ctx), False
    return owner, False

"""Links between the organisations and documents found earlier, from fixed frames.

Each rule reads one sentence (or, for a pronoun, the sentence before it too)
and quotes exactly that; when the wording does not fit, nothing is linked. The
rules live one relation family per module (their docstrings list them):
ingest.rules.relations_revises, relations_signed, relations_adopted,
relations_complements, relations_issued, relations_implements and
relations_part_of. This module runs them in a fixed order, because a later rule
skips a pair an earlier one already linked.
"""

from __future__ import annotations

from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.adoption_by_head import adopted_by_head
from ingest.rules.agreement_holders import agreement_holders
from ingest.rules.consultation_drafts import for_consultation
from ingest.rules.implements_plan_for import implements_plan_for
from ingest.rules.issued_behind import issued_behind
from ingest.rules.issued_work import issued_work
from ingest.rules.relations_adopted import adopted, adopted_clause, adopted_meta
from ingest.rules.relations_complements import complements, complements_more
from ingest.rules.relations_implements import implements
from ingest.rules.relations_issued import issued, issued_more
from ingest.rules.relations_part_of import part_of
from ingest.rules.relations_revises import (
    revises,
    revises_meta,
    revises_more,
    revises_predecessor,
    revises_relative,
)
from ingest.rules.relations_signed import (
    agreement_signed,
    signatory_count,
    signed,
    signed_on_behalf,
    signed_under,
    signers_listed,
)
from ingest.rules.signing_clauses import signing_clauses
from ingest.rules.signing_dates import date_signings

__all__ = ["extract_relations"]


def extract_relations(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        actors = ctx.actors_in(sentence)
        revises(ctx, sink, sentence, docs)
        signed(ctx, sink, sentence, docs, actors)
        drafted = for_consultation(ctx.text[sentence.start : sentence.end])
        if not drafted:  # a draft approved for consultation is not adopted
            adopted(ctx, sink, sentence, docs, actors)
        complements(ctx, sink, sentence, docs, actors)
        issued(ctx, sink, sentence, docs, actors)
        agreement_signed(ctx, sink, sentence, docs, actors)
        signatory_count(ctx, sink, sentence, docs)
        implements(ctx, sink, sentence, docs, actors)
        if not drafted:
            adopted_clause(ctx, sink, sentence, docs)
            adopted_by_head(ctx, sink, sentence, docs)
        revises_more(ctx, sink, sentence, docs)
        revises_relative(ctx, sink, sentence, docs)
        complements_more(ctx, sink, sentence, docs)
        issued_more(ctx, sink, sentence, docs, actors)
        signed_under(ctx, sink, sentence, docs, actors)
        signers_listed(ctx, sink, sentence, actors)
        signed_on_behalf(ctx, sink, sentence, docs, actors)
        signing_clauses(ctx, sink, sentence, docs)
        agreement_holders(ctx, sink, sentence, docs)
        issued_work(ctx, sink, sentence, docs)
        issued_behind(ctx, sink, sentence, docs)
    date_signings(ctx, sink)  # "Löftet skrevs under den 3 maj": the signers' day
    revises_meta(ctx, sink)
    revises_predecessor(ctx, sink)
    adopted_meta(ctx, sink)
    implements_plan_for(ctx, sink)  # "Handlingsplan för näringslivsstrategin"
    part_of(ctx, sink)

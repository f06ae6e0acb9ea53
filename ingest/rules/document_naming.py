"""The naming passes over a page's documents, after their mentions have met: which
loose namings are one named document, and the title each document is known by.

Why one place: the passes depend on their order (a heading's loose naming folds into
the body's titled document before a quoted name or a subtitle gives the final title),
and ingest.rules.extract_documents only needs the result.
"""

from __future__ import annotations

from ingest.context import Context
from ingest.rules.document_aliases import fold_called_documents
from ingest.rules.document_full_titles import full_titles
from ingest.rules.document_groups import Group
from ingest.rules.document_heading import fold_described_documents, fold_head_documents
from ingest.rules.document_names import add_name_mentions

__all__ = ["name_documents"]


def name_documents(ctx: Context, groups: list[Group]) -> list[Group]:
    groups = fold_head_documents(ctx, groups)  # "Handlingsplan för X" over "program för X"
    groups = fold_described_documents(ctx, groups)  # "nytt X-program" and its name
    groups = fold_called_documents(ctx, groups)  # "X, även kallad Dalastrategin"
    add_name_mentions(ctx, groups)  # "Växtplats Blekinge består av ..."
    full_titles(ctx, groups)  # a quoted name, a title line's subtitle
    return groups

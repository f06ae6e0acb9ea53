"""A document the page's head names loosely, and its body names exactly.

Why: a landing page's heading or breadcrumb often names its document by topic and a
generic noun ("Handlingsplan för bostadsförsörjning", "Bostadsförsörjningsplan") while
the text gives its exact title and period ("handlingsprogram för bostadsförsörjning
2014-2030"). The heading's wording makes no document of its own: when every new
mention of a document without a period stands on the page's heading lines (first lines
without a full stop), and exactly one body document with a period is about the same
topic, the head's mentions are the body document's.

A described mention and its name: "Regeringen presenterar nytt brottsförebyggande
program" and "regeringens brottsförebyggande program Tillsammans mot brott" are one
document. A document without a name or period whose every new mention is an
adjective and noun that one named document of its kind is introduced with folds
into it.

A compound named loosely (no owner, level or period) on a page that names one national
document of that compound is that document (fold_national_namesakes).
"""

from __future__ import annotations

from graph.nodes import Level
from graph.text_match import stem_text, stems
from ingest.context import Context
from ingest.rules.document_groups import Group
from ingest.rules.document_words import ADJECTIVES, LEVEL_WORDS, NOUNS, is_compound
from ingest.rules.page_head import in_headline

__all__ = [
    "fold_described_documents",
    "fold_head_documents",
    "fold_national_namesakes",
    "only_in_head",
]

_SMALL = frozenset({"för", "mot", "om", "vid", "i", "och", "av", "till", "kring", "inom"})


def _topic_words(g: Group) -> frozenset[str]:
    """The topic's content words, or a compound's first part ("bostadsförsörjnings|plan"),
    stemmed."""
    if g.topic:
        return frozenset(stems(" ".join(w for w in g.topic.split() if w.lower() not in _SMALL)))
    word = g.word.lower()
    for noun in sorted(NOUNS, key=len, reverse=True):
        if word.endswith(noun) and len(word) > len(noun) + 3:
            return frozenset(stems(word[: -len(noun)].rstrip("-").removesuffix("s")))
    return frozenset()


def _in_head(ctx: Context, g: Group) -> bool:
    """Every new mention stands on one of the page's first lines that reads as a heading
    or breadcrumb (no full stop at its end)."""
    new = [h for h in g.hits if h.new]
    return bool(new) and all(in_headline(ctx, h.start) for h in new)


def only_in_head(ctx: Context, g: Group) -> bool:
    """Named only on the page's heading lines: the body has not introduced it yet."""
    return _in_head(ctx, g)


def fold_head_documents(ctx: Context, groups: list[Group]) -> list[Group]:
    body = [g for g in groups if g.period and not g.predecessor and not _in_head(ctx, g)]
    kept: list[Group] = []
    for g in groups:
        words = _topic_words(g)
        if g.period is not None or g.named or not words or not _in_head(ctx, g):
            kept.append(g)
            continue
        same = [b for b in body if b is not g and words <= _topic_words(b)]
        if len(same) != 1:
            kept.append(g)
            continue
        same[0].hits.extend(g.hits)
    for g in kept:
        g.hits.sort(key=lambda h: h.start)
    return fold_national_namesakes(kept)


# Words that say nothing of which document it is: articles, age and level.
_PLAIN = frozenset({"en", "ett", "den", "det", "de", *ADJECTIVES, *LEVEL_WORDS})


def _description(ctx: Context, start: int, end: int) -> str:
    """The mention's stems without its article, age and level words."""
    words = ctx.text[start:end].lower().split()
    while words and words[0] in _PLAIN:
        words.pop(0)
    return stem_text(" ".join(words))


def fold_described_documents(ctx: Context, groups: list[Group]) -> list[Group]:
    named = [g for g in groups if g.named and not g.predecessor]
    kept: list[Group] = []
    for g in groups:
        new = [h for h in g.hits if h.new]
        said = [_description(ctx, h.start, h.end) for h in new]
        if (
            g.named
            or g.period
            or g.predecessor
            or not said
            or any(len(d.split()) < 2 for d in said)
        ):
            kept.append(g)
            continue
        same = [
            b
            for b in named
            if b.kind is g.kind
            and b.scope(ctx) in (None, g.scope(ctx))
            and all(
                any(f" {d} " in f" {stem_text(ctx.text[h.start : h.end])} " for h in b.hits)
                for d in said
            )
        ]
        if len(same) != 1:
            kept.append(g)
            continue
        same[0].hits.extend(g.hits)
    for g in kept:
        g.hits.sort(key=lambda h: h.start)
    return fold_national_namesakes(kept)


def fold_national_namesakes(groups: list[Group]) -> list[Group]:
    """A compound named with no owner, level or period ("Livsmedelsstrategi" heading a
    county board's page, "Livsmedelsstrategin ska bidra till:") on a page that names
    one national document of that compound ("den svenska livsmedelsstrategin") is that
    document: the site's own would carry its place, level or owner."""
    national = [g for g in groups if g.level is Level.NATIONAL and not g.predecessor]
    kept: list[Group] = []
    for g in groups:
        same = [n for n in national if n is not g and n.word.lower() == g.word.lower()]
        loose = g.owner is None and g.level is None and g.period is None and not g.named
        # a bare noun ("strategin") may be any document's
        if not loose or g.predecessor or not is_compound(g.word) or len(same) != 1:
            kept.append(g)
            continue
        same[0].hits.extend(g.hits)
        same[0].hits.sort(key=lambda h: h.start)
    return kept

"""document.former: the predecessor a page names only as such.

Why apart from ingest.rules.document_newness: a predecessor is made after every other
document of the page is known, from the mentions the new ones left over.

"Den gamla strategin", "Tidigare strategi" with no period is the
predecessor of the page's document of that kind: a node of its own in that document's
scope, titled "Tidigare <its noun>" (with the topic the mention states), so that it never
meets the new one; only when its own sentence says it is replaced, revised or built on
("Avtalet ersätter tidigare avtal"): "Tidigare översiktsplan är från 1990" only dates.
"""

from __future__ import annotations

import re

from graph.nodes import Document
from ingest.context import DocumentHit
from ingest.rules.document_cand import Cand
from ingest.rules.document_groups import Group
from ingest.rules.document_words import is_compound, refers_to

__all__ = ["REVISION_CUE", "former_documents"]


# A sentence that says a document is replaced, revised or built on: "ersätter",
# "revideras", "komplettera den befintliga planen", "Utgångspunkten har varit ...".
REVISION_CUE = re.compile(
    r"\b(?:ersätt\w*|ersatt\w*|revider\w*|revision\w*|uppdater\w*|förny\w*|avlös\w*|"
    r"kompletter\w*|ändr\w*|juster\w*|översyn\w*|se\s+över|"
    r"utgångspunkt\w*|utgå\w*\s+från|bygg\w*\s+på)",
    re.I,
)


def former_documents(
    groups: list[Group], former: list[Cand], revised: frozenset[int] = frozenset()
) -> list[Group]:
    """One predecessor node per kind, for the predecessor mentions without a period;
    a node only for a mention in ``revised`` (starts of mentions whose sentence says
    the predecessor is replaced or revised)."""
    made: list[Group] = []
    for c in former:
        known = next((g for g in [*groups, *made] if g.kind is c.kind and g.predecessor), None)
        topic, end = c.definite_topic or ("", c.end)
        hit = DocumentHit(c.start, end, _placeholder(c), "document.former", False)
        if known is not None:
            known.hits.append(hit)
            continue
        if c.start not in revised:
            continue
        current = next(
            (
                g
                for g in reversed(groups)
                if g.kind is c.kind
                and g.hits
                and g.hits[0].start < c.start
                and refers_to(c.word, g.word)
            ),
            None,
        )
        if current is None and is_compound(c.word):
            # "Programmet ersätter miljöpolicyn från 2012": a compound names the replaced
            # document, of another kind than any named before it
            g = Group(c.kind, c.level, None, False, None, c.word[:1].upper() + c.word[1:], None)
            g.word, g.predecessor, g.named = c.word, True, True
            g.hits.append(hit)
            made.append(g)
            continue
        if current is None:
            continue
        word = current.word or c.word
        # "den befintliga handlingsplanen mot våld": its own noun and topic name it.
        title = f"Tidigare {c.word.lower()} {topic}" if topic else f"Tidigare {word.lower()}"
        if c.since and not topic:  # "översiktsplanen från 2010"
            title = f"{word[:1].upper()}{word[1:].lower()} från {c.since}"
        g = Group(c.kind, current.level, current.owner, False, None, title, topic or None)
        g.word, g.predecessor = word, True
        g.hits.append(hit)
        made.append(g)
    return made


def _placeholder(c: Cand) -> Document:
    return Document(id="", title="", kind=c.kind, normalised_title="", level=c.level)

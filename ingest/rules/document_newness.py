"""Whether a mention introduces a document, and the predecessor a page names only as such.

Beyond an indefinite article, a title, a period or an owner's genitive (read in
ingest.rules.extract_documents), a mention introduces a document when:
- it is definite, has a topic, and no document of its kind is named before it
  ("Vidare godkändes riktlinjerna för tillgänglighetsbidrag");
- it is national and refers back to nothing: the country has one such document
  ("det nationella handlingsprogrammets vision"); so is a definite regional one with
  its topic ("den regionala strategin för att motverka våld" on a municipality's page);
- it is in a headline, which drops articles ("Regeringen presenterar handlingsplan
  för hållbar regional utveckling");
- a body adopts it without an article ("Fullmäktige antog strategisk plan för ...");
- a draft names it: "förslag till policy för medborgardialog", "Remiss - Policy för X";
- an article picks it out by what follows, without the noun's definite ending ("den
  strategi för digitalisering som ska gälla till 2025").
A document "tillhörande" another shares its owner and level. A bare "plan" with none
of these is no document ("en plan för var sitt pilotprojekt").

document.former: "Den gamla strategin", "Tidigare strategi" with no period is the
predecessor of the page's document of that kind: one node of its own, in that
document's scope, titled "Tidigare <its noun>" ("Tidigare handlingsplan mot våld" when
the mention states its topic), so that it never meets the new one.
"""

from __future__ import annotations

import re

from graph.nodes import Document, DocumentKind, Level
from ingest.context import ActorHit, DocumentHit
from ingest.rules.document_cand import Cand
from ingest.rules.document_groups import Group
from ingest.rules.document_words import ACTION_PLAN_HEADS, BARE_NOUNS, is_compound, refers_to

__all__ = ["belonging_to", "former_documents", "introduces", "kind_only", "vague"]


def introduces(c: Cand, ante: Group | None, adopter: ActorHit | None, kind_named: bool) -> bool:
    if c.predecessor:
        return False
    if c.restrictive:  # "den strategi för digitalisering som ska gälla till 2025"
        return True
    if c.definite and c.definite_topic and not kind_named:
        c.topic, c.end = c.definite_topic  # the topic is the document's, the mention spans it
        return True
    if c.level is Level.NATIONAL and ante is None:
        return True
    if c.level is Level.REGIONAL and ante is None and c.definite and c.definite_topic:
        c.topic, c.end = c.definite_topic  # "den regionala planen för X" on a local page
        return True
    if c.headline:  # a headline drops the article: "Regeringen presenterar handlingsplan för X"
        return True
    if c.proposed and (c.topic or c.desc or c.year or not c.naked or is_compound(c.word)):
        return True  # "förslag till kulturplan", "Remiss - Policy för reklam i ..."
    return adopter is not None and not c.det and not c.definite and bool(c.topic or c.desc)


def belonging_to(groups: list[Group], c: Cand, sentence_start: int) -> Group | None:
    """'en regional strategi med tillhörande åtgärdsplan': the document named before it in
    the sentence, whose owner and level the belonging one shares."""
    return next(
        (g for g in reversed(groups) if any(sentence_start <= h.start < c.start for h in g.hits)),
        None,
    )


def vague(c: Cand, adopter: ActorHit | None) -> bool:
    """A bare "plan" ("en plan för var sitt pilotprojekt", "ny plan mot våld", "en
    långsiktig plan") names a plan, not a document, unless a title, period, level or
    name makes it one, or a body adopts it with its adjective ("antog strategisk plan")."""
    named = c.titled or c.period or c.level or c.name or (c.desc and adopter is not None)
    return c.word.lower() == "plan" and not named


# Nouns whose first part names the genre, not a topic: "ett åtgärdsprogram" says no more
# of itself than "ett program".
_GENRE_WORDS = frozenset({*BARE_NOUNS, *ACTION_PLAN_HEADS, "åtgärdsprogram", "handlingsprogram"})


# A document still to be made: the mention is the subject of a modal ("en handlingsplan
# ska kopplas till ...") or what a text is the basis for ("underlag för ett åtgärdsprogram").
_MODAL_AFTER = re.compile(r"\s+(?:ska|skall|kommer\s+att|behöver|bör|måste)\b")
_BASIS_BEFORE = re.compile(r"\b(?:underlag|grund|grunden|utgångspunkt)\s+(?:för|till)\s+$", re.I)


def kind_only(c: Cand, actor: ActorHit | None, before: str, after: str) -> bool:
    """An indefinite genre noun with nothing of its own, said of a document still to be
    made ("en handlingsplan ska kopplas till strategin", "underlag för ett gemensamt
    åtgärdsprogram"), names a kind, not a document: no topic, period, level or name,
    and no body in its sentence that makes or adopts it ("Nämnden kompletterar den med
    en handlingsplan"). An existing one stays: "En handlingsplan finns sedan 2016"."""
    if c.det not in ("en", "ett") or c.definite or c.word.lower() not in _GENRE_WORDS:
        return False
    # An agreement's parties may follow: "En överenskommelse mellan A och B".
    if actor is not None or c.kind is DocumentKind.AGREEMENT:
        return False
    said = c.topic or c.period or c.level or c.name or c.year or c.titled or c.proper
    if said or c.restrictive or c.proposed or c.headline or c.fresh or c.belongs:
        return False
    article = re.search(r"(?:en|ett)\s+(?:[\wåäö-]+\s+)?$", before, re.I)
    ahead = before[: article.start()] if article else before
    return bool(_MODAL_AFTER.match(after) or _BASIS_BEFORE.search(ahead))


def former_documents(groups: list[Group], former: list[Cand]) -> list[Group]:
    """One predecessor node per kind, for the predecessor mentions without a period."""
    made: list[Group] = []
    for c in former:
        known = next((g for g in [*groups, *made] if g.kind is c.kind and g.predecessor), None)
        topic, end = c.definite_topic or ("", c.end)
        hit = DocumentHit(c.start, end, _placeholder(c), "document.former", False)
        if known is not None:
            known.hits.append(hit)
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
        if current is None:
            continue
        word = current.word or c.word
        # "den befintliga handlingsplanen mot våld": its own noun and topic name it.
        title = f"Tidigare {c.word.lower()} {topic}" if topic else f"Tidigare {word.lower()}"
        g = Group(c.kind, current.level, current.owner, False, None, title, topic or None)
        g.word, g.predecessor = word, True
        g.hits.append(hit)
        made.append(g)
    return made


def _placeholder(c: Cand) -> Document:
    return Document(id="", title="", kind=c.kind, normalised_title="", level=c.level)

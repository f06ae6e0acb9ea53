"""Whether two document mentions can be one document: "planen" and any plan, an
adjective a title carries, two titles opening with adjectives of their own."""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import DocumentHit
from ingest.rules.document_cand import Cand
from ingest.rules.document_groups import Group, make_title, opened_by_title, placeholder
from ingest.rules.document_words import (
    BARE_NOUNS,
    DESCRIPTIVE,
    TARGET_YEAR,
    compound_topic,
    indefinite,
    is_compound,
)


def plan_of(anaphor: str, word: str) -> bool:
    """'Planen' refers back to any plan: a "handlingsplan" or "åtgärdsplan" too."""
    return anaphor.lower() == "plan" and word.lower().endswith("plan")


def _titled(g: Group) -> bool:
    return any(h.rule == "document.titled" for h in g.hits)


def _stem(adjective: str) -> str:
    return adjective.lower().removesuffix("t").removesuffix("a").removesuffix("e")


def carries(group: Group, desc: str) -> bool:
    """Whether the group's title or topic has the adjective ("fritidspolitisk(t/a)")."""
    return _stem(desc) in f"{group.title} {group.topic or ''}".lower()


# Adjectives of level or age say nothing of what a document is about.
_PLAIN = frozenset(
    {"regional", "nationell", "kommunal", "lokal", "ny", "gemensam", "tidigar", "föreliggand"}
    | {"gälland", "befintlig", "nuvarand", "aktuell", "antagn", "reviderad", "uppdaterad"}
    | {"förnyad"}
)
# Adjectives that say how broad or long a document is, not which one: "en övergripande
# strategi" and "strategin" may be one.
_BROAD = frozenset({"övergripand", "sammanhålland", "samlad", "strategisk", "långsiktig"})
_ADJECTIVE = re.compile(DESCRIPTIVE)


def heads_differ(a: Group, b: Group) -> bool:
    """'Genomförandeplan 2019' and 'Regional handlingsplan ... 2019-2021': two titles
    whose nouns are not one the other's head ("strategi" and "klimatstrategi" may be
    one) name two documents."""
    words = [g.word.lower() for g in (a, b)]
    # Both as titles: "en ny handlingsplan och åtgärdsplan mot X" is one document.
    if not all(words) or not all(_titled(g) for g in (a, b)):
        return False
    return not (words[0].endswith(words[1]) or words[1].endswith(words[0]))


def compounds_differ(a: Group, b: Group) -> bool:
    """'Vindbruksplanen' and 'Översiktsplan för X': two compounds on two topics, neither
    holding the other's ("bostadsprogrammet" may be the "bostadsförsörjningsprogram")."""
    words = [g.word.lower() for g in (a, b)]
    topics = [compound_topic(w) for w in words]
    if not all(topics) or topics[0] == topics[1]:
        return False
    return topics[0] not in words[1] and topics[1] not in words[0]


def modifiers_differ(a: Group, b: Group) -> bool:
    """'Folkhälsopolitiskt program ...' and 'Fritidspolitiskt program': each title opens
    with an adjective of its own before the noun, and the two differ."""
    first = [g.title.split()[0].lower() if g.title.split() else "" for g in (a, b)]
    nouns = [g.word.lower().rstrip("aen") for g in (a, b) if g.word]
    if any(not f or f in BARE_NOUNS or any(f.startswith(n) for n in nouns) for f in first):
        return False  # a title that opens with its noun ("Agendan", "Strategi för X")
    stems = [_stem(f) for f in first]
    return not set(stems) & _PLAIN and stems[0] != stems[1]


def another_described(a: Group, b: Group) -> bool:
    """'en ny samverkansöverenskommelse' ... 'en operativ samverkansöverenskommelse': of two
    documents the page introduces with "en", one whose title opens with an adjective of
    its own (none of level, age or breadth) is another than one whose title opens with
    the noun."""
    if not all(g.hits and g.hits[0].rule == "document.indefinite" for g in (a, b)):
        return False
    for x, y in ((a, b), (b, a)):
        words, other = x.title.split(), y.title.split()
        if len(words) < 2 or not other:
            continue
        first, noun = words[0].lower(), y.word.lower().rstrip("aen")
        if not _ADJECTIVE.fullmatch(first) or _stem(first) in _PLAIN | _BROAD:
            continue
        if not noun or first.startswith(x.word.lower().rstrip("aen")) or carries(y, first):
            continue
        if other[0].lower().startswith(noun):
            return True
    return False


def told_apart(a: Group, b: Group) -> bool:
    """Two mentions the page tells apart: two names, two target years ("Översiktsplan
    2030", "Översiktsplan 2050"), a deepened plan and another ("fördjupad översiktsplan för
    X" is a plan of its own, never the comprehensive plan it deepens), two opening
    adjectives, an adjective of its own, two heads, two compounds on two topics."""
    named = a.specific and b.specific and a.title != b.title
    years = (m := TARGET_YEAR.search(b.title)) is not None and other_year(a.title, m["year"])
    deepened = len({"fördjup" in g.title.lower() for g in (a, b)}) == 2
    return (
        named
        or years
        or deepened
        or modifiers_differ(a, b)
        or another_described(a, b)
        or heads_differ(a, b)
        or compounds_differ(a, b)
        or parties_titled_apart(a, b)
    )


def parties_titled_apart(a: Group, b: Group) -> bool:
    """'gemensamma medborgarlöften för 2017' ... 'Överenskommelse mellan Luleå kommun och
    polisen': an agreement titled by its parties is no other compound's agreement."""
    for x, y in ((a, b), (b, a)):
        word, other = x.word.lower(), y.word.lower()
        titled = any(h.rule == "document.agreement_parties" for h in x.hits)
        if titled and word and other and other not in BARE_NOUNS and not other.endswith(word):
            return not any(h.rule == "document.agreement_parties" for h in y.hits)
    return False


def repeated(
    groups: list[Group], kind: DocumentKind, topic: str | None, period: tuple[int, int] | None
) -> Group | None:
    """'Inom ramen för handlingsplan för psykisk hälsa 2018-2022' after 'X läns
    handlingsplan för psykisk hälsa 2018 - 2022': a bare mention repeating an earlier
    document's kind, topic and period is that document, whoever the sentence names."""
    if not topic or period is None:
        return None
    said = " ".join(topic.lower().split())
    return next(
        (
            g
            for g in groups
            if g.kind is kind
            and not g.predecessor
            and g.period == period
            and " ".join((g.topic or "").lower().split()) == said
        ),
        None,
    )


def other_year(title: str, year: str) -> bool:
    """'Översiktsplan 2050' against a later 'Översiktsplan 2030': the title ends in
    another target year, so the two are two plans."""
    m = TARGET_YEAR.search(title)
    return m is not None and m["year"] != year


def one_of(groups: list[Group]) -> Group | None:
    """The one document several mentions of a kind name: "kommunens riktlinjer för
    bostadsförsörjningen" and "Riktlinjer för bostadsförsörjningen 2019-2028" share their
    topic and differ at most by one period, so "Riktlinjerna" before them refers to it."""
    if len(groups) == 1:
        return groups[0]
    topics = {(g.topic or "").lower() for g in groups}
    periods = {g.period for g in groups if g.period}
    if len(topics) != 1 or "" in topics or len(periods) > 1 or any(g.predecessor for g in groups):
        return None
    return next((g for g in groups if g.period), groups[0])


def untitled(g: Group, word: str, topic: str) -> bool:
    """A document named so far by its noun alone ("en handlingsplan"), whose later
    definite mention with a topic ("Handlingsplanen för X") is its fuller name; or by its
    compound alone ("besöksnäringsstrategin"), whose later "strategin för hållbar turism och
    växande besöksnäring" restates the compound's topic in full."""
    if g.topic or g.named or g.predecessor or g.listed:
        return False
    if g.word.lower() not in BARE_NOUNS:
        stem = compound_topic(g.word).rstrip("s")[:6]
        full = indefinite(word.lower()) in BARE_NOUNS
        return bool(stem) and full and topic.startswith("för ") and stem in topic.lower()
    plain = make_title(g.word, g.level, False, None, g.period, None)
    same = word.lower().startswith(g.word.lower())  # "Handlingsplanen", "handlingsplan"
    return same and g.title.split(" (")[0] == plain and topic.startswith(("för ", "mot "))


def titled_again(groups: list[Group], c: Cand) -> bool:
    """'Regional transportplan' (the page's title) ... 'har ansvar för att upprätta en
    regional transportplan': a mention of the titled document's own compound, with no
    topic or period of its own, is that document, even where it speaks of making one.
    True when it was added to it."""
    if c.topic or c.period or not is_compound(c.word):
        return False
    same = [
        g
        for g in groups
        if opened_by_title(g) and g.word.lower() == c.word.lower() and not g.predecessor
    ]
    if len(same) != 1:
        return False
    hit = DocumentHit(c.start, c.end, placeholder(c.kind, c.level), "document.anaphora", False)
    same[0].hits.append(hit)
    return True

"""Municipalities named in a coordinated list.

Rules: actor.municipality.coordinated_genitive ("Hudiksvalls, Bollnäs och
Ljusdals kommuner", and loosely in the singular, "Vårgårda, Lerum och Alingsås
kommun") and actor.municipality.enumerated ("länets kommuner -
Alvesta, Lessebo och Växjö", "ägarkommunerna (Ekby, Lundby och Åby)", "V6-kommunerna
(Ekby, Lundby, Åby)"; neither in a
locative phrase: "gränsar till Ekby och Lundby kommuner", "i fyra kommuner: ..."
name places, but "en gemensam nämnd i Ekby, Lundby och Åbys kommuner" the
municipalities), actor.municipality.apposition ("kommunerna Borås,
Alingsås och Vårgårda", also "orterna ..."), actor.municipality.bare_list (three or
more bare names, or four by commas alone, in a sentence that speaks of municipalities
or of taking part, "deltar: Strängnäs, Nynäshamn, Tanum och Burlöv", not right after a place
preposition: "kontor i Luleå, Umeå och Kiruna" names places): every item
must be a municipality, or none is taken; enumerated after its head noun ("följande
kommuner: ...") three must be (a neighbour country's are left out).

Rule actor.municipality.publisher_pair: a joint page names its municipality and a
partner bare ("Ekby och Lundby har beslutat", "Ekby och Lundbys arbete"): a pair of
bare names, one the page's own municipality, not after a place preposition, names
both municipalities.
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import Municipality, municipality_by_name
from ingest.rules.actor_bodies import CONF_COMMITTEE
from ingest.rules.actor_hits import municipality_hit

__all__ = ["list_hits"]

_PLACE = r"[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?"
_PLACE_RE = re.compile(_PLACE)
# A sentence's capitalised first word before a list: "Både Sävsjö och Eksjö kommun".
_LEAD_WORDS = frozenset({"Både", "Även", "Också", "Dessutom", "Såväl", "Bland", "För", "Hos"})
_PLACE_LIST = rf"{_PLACE}(?:,\s+{_PLACE})*\s+och\s+{_PLACE}"
_LIST_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "Hudiksvalls, Bollnäs, Söderhamns och Ljusdals kommuner"
    (
        "actor.municipality.coordinated_genitive",
        re.compile(rf"(?<![\w-])(?P<list>{_PLACE_LIST})\s+kommun(?:er|erna)?\b"),
    ),
    # "länets åtta kommuner (dash) Alvesta, Lessebo, ... och Älmhult", "de största
    # ägarkommunerna (Ekby, Lundby och Åby)": any compound of "kommuner", list after a
    # dash, colon or parenthesis.
    (
        "actor.municipality.enumerated",
        re.compile(
            rf"(?<![\w-])[a-zåäö]*kommuner(?:na)?\s*(?:[\u2013:-]|\()\s*"
            rf"(?P<list>{_PLACE_LIST})(?![\w-])"
        ),
    ),
    # "V6-kommunerna (Skara, Lidköping, Vara, Essunga)": a bracketed list of commas only,
    # after a compound of "kommuner" that may hold a hyphen.
    (
        "actor.municipality.enumerated",
        re.compile(
            rf"(?<![\w-])(?:[\wÅÄÖåäö]+-)?[a-zåäö]*kommuner(?:na)?\s*\(\s*"
            rf"(?P<list>{_PLACE}(?:,\s+{_PLACE}){{2,}})\s*\)"
        ),
    ),
    # "kommunerna Borås, Alingsås och Vårgårda": the list in apposition, no dash.
    (
        "actor.municipality.apposition",
        # "kommunerna i Gnosjöregionen, Gislaved, Gnosjö och Värnamo": after their area
        re.compile(
            rf"\b(?:[Kk]ommunerna|[Oo]rterna)\s+(?:(?:i|inom)\s+{_PLACE},\s+)?"
            rf"(?P<list>{_PLACE_LIST})(?![\w-])"
        ),
    ),
    # Three or more bare names: "Strängnäs, Nynäshamn, Tanum och Burlöv", or four or more
    # by commas alone: "Eskilstuna, Flen, Gnesta, Katrineholm".
    (
        "actor.municipality.bare_list",
        re.compile(
            rf"(?<![\w-])(?P<list>{_PLACE}(?:,\s+{_PLACE}){{1,}}\s+och\s+{_PLACE}"
            rf"|{_PLACE}(?:,\s+{_PLACE}){{3,}})(?![\w-])"
        ),
    ),
]
# A place preposition before a list makes its names places, not municipalities.
_PLACE_WORD = re.compile(
    r"(?:i|från|till|på|vid|mot|mellan|genom|utanför|nära|runt|inom|kring|via|om|över"
    r"|norr|söder|öster|väster|bor|född)",
    re.I,
)


# Locative words before a list or its head noun ("gränsar till Ekby och Lundby kommuner",
# "saknas i fyra kommuner: ..."): the names are places. "mellan" and "från" name parties
# too ("samarbete mellan ...", "representanter från ...").
_LOCATIVE = re.compile(
    _PLACE_WORD.pattern.replace("|mellan", "").replace("|från", "").replace("|inom", ""),
    re.I,
)
# Determiners and numerals inside the head's noun phrase: "i fyra kommuner".
_NP_WORD = re.compile(
    r"(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|alla|samtliga|några|flera"
    r"|de|dessa|följande|[a-zåäö]+s)",
    re.I,
)

# Words before a list that make its names parties, not places.
_PARTY_CUE = re.compile(
    r"\bkommun\w*|\b(?:deltar|deltog|medverkar|medverkade|ingår|ingick|samverkar|"
    r"undertecknade|undertecknat)\b|\b(?:är|var)\s+med\b|\b(?:skrev|skrivit)\s+under\b",
    re.I,
)


def _located(ctx: Context, rule: str, start: int, list_start: int) -> bool:
    """A coordinated or enumerated list in a locative phrase names places: the word
    before the list ("till Ekby och Lundby kommuner"), or before the head's noun phrase
    ("i fyra kommuner: Ekby, ...")."""
    if rule.endswith("coordinated_genitive"):
        # "gränsar till Ekby och Lundby kommuner" names places; "en gemensam nämnd i Ekby,
        # Lundby och Åbys kommuner" the municipalities that share it.
        before = ctx.text[max(0, list_start - 30) : list_start].split()
        last = before[-1].lower() if before else ""
        return last not in ("i", "inom") and _LOCATIVE.fullmatch(last) is not None
    if not rule.endswith("enumerated"):
        return False
    before = ctx.text[max(0, start - 60) : start].split()
    while before and _NP_WORD.fullmatch(before[-1]) and not _LOCATIVE.fullmatch(before[-1]):
        before.pop()
    return bool(before) and _LOCATIVE.fullmatch(before[-1]) is not None


def _municipality_named(word: str) -> Municipality | None:
    """'Bollnäs', 'Hudiksvalls' (genitive) -> the municipality."""
    found = municipality_by_name(word)
    if found is None and word.endswith("s"):
        found = municipality_by_name(word[:-1])
    return found


# "samverkansprojekt mellan Ekby, Lundby och Åby": parties between whom something is shared;
# "tillsammans med Ekby, Lundby och Åby", "i samverkan med ...": partners.
_SHARED_BETWEEN = re.compile(
    r"(?:(?:projekt|samarbete|samverkan|avtal|överenskommelse|partnerskap)\w*\s+mellan"
    r"|tillsammans\s+med|i\s+(?:samverkan|samarbete)\s+med)\s+$",
    re.I,
)


def _names_parties(ctx: Context, start: int, count: int) -> bool:
    """A bare list names municipalities when it has three items, no place preposition
    comes right before it (but "samarbete mellan", "tillsammans med" name parties), and
    its sentence speaks of municipalities or taking part."""
    before = ctx.text[max(0, start - 30) : start].split()
    if count >= 3 and _SHARED_BETWEEN.search(ctx.text, max(0, start - 60), start):
        return True
    if count < 3 or (before and _PLACE_WORD.fullmatch(before[-1])):
        return False
    sentence = ctx.sentence_of(start)
    lead = ctx.text[sentence.start if sentence else max(0, start - 200) : start]
    return _PARTY_CUE.search(lead) is not None


_PAIR = re.compile(rf"(?<![\w-])(?P<a>{_PLACE}) och (?P<b>{_PLACE})(?![\w-])(?! kommun)")


def _pair_hits(ctx: Context, sink: FactSink, taken: list[ActorHit]) -> list[ActorHit]:
    """'Ekby och Lundby' on Ekby's page: both are municipalities."""
    hits: list[ActorHit] = []
    own = ctx.publisher_municipality
    if own is None:
        return hits
    for m in _PAIR.finditer(ctx.text):
        found = [_municipality_named(m.group(g)) for g in ("a", "b")]
        codes = [f.code for f in found if f is not None]
        if len(codes) != 2 or own not in codes or codes[0] == codes[1]:
            continue
        before = ctx.text[max(0, m.start() - 30) : m.start()].split()
        if before and _PLACE_WORD.fullmatch(before[-1]):
            continue
        for group, muni in zip(("a", "b"), found, strict=True):
            assert muni is not None
            start, end = m.start(group), m.end(group)
            if any(a.start < end and start < a.end for a in (*taken, *hits)):
                continue
            rule = "actor.municipality.publisher_pair"
            hit = municipality_hit(sink, muni, (start, end), rule, CONF_COMMITTEE)
            if hit is not None:
                hits.append(hit)
    return hits


def list_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Municipalities named in a coordinated list; all items must be municipalities."""
    hits: list[ActorHit] = []
    placed: list[tuple[int, int]] = []  # lists read as places: no later rule takes them
    for rule, pattern in _LIST_RULES:
        for m in pattern.finditer(ctx.text):
            if any(s < m.end() and m.start() < e for s, e in placed):
                continue
            items = list(_PLACE_RE.finditer(m.group("list")))
            first = items[0].group(0) if items else ""
            if first.split(" ")[0] in _LEAD_WORDS and not _municipality_named(first):
                # "Både Sävsjö och Eksjö kommun": a sentence's capitalised first word
                second = _PLACE_RE.match(m.group("list"), first.index(" ") + 1)
                items[0] = second if second is not None else items[0]
            found = [_municipality_named(i.group(0)) for i in items]
            known = sum(f is not None for f in found)
            # enumerated after its head noun ("följande kommuner: ..."), a list may hold a
            # neighbour country's municipalities too: the Swedish ones (three or more) are
            # taken ("Kommunerna Tranås, Gränna och Aneby" in apposition takes none)
            headed = rule.endswith("enumerated")
            if len(items) < 2 or known < (3 if headed else len(items)):
                continue
            if rule.endswith("bare_list") and not _names_parties(ctx, m.start(), len(items)):
                continue
            if _located(ctx, rule, m.start(), m.start("list")):
                placed.append((m.start(), m.end()))
                continue
            base = m.start("list")
            for item, muni in zip(items, found, strict=True):
                if muni is None:
                    continue
                start, end = base + item.start(), base + item.end()
                if any(a.start < end and start < a.end for a in (*ctx.actors, *hits)):
                    continue
                hit = municipality_hit(sink, muni, (start, end), rule, CONF_COMMITTEE)
                if hit is not None:
                    hits.append(hit)
    return [*hits, *_pair_hits(ctx, sink, [*ctx.actors, *hits])]

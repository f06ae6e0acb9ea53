"""Organisations outside the gazetteers, told by what the page says they do or are.

Why: pages name companies, associations and partnerships whose names carry no head
word ("Gävle Hamn", "Akademi Norr", "Energikontor Väst", "Business Region Göteborg",
"Västkom"). What makes them organisations is the sentence around the name.

Rules (kind other; id `Organization:org:<slug of the name>`), each on a name of
capitalised words that is no person (first-name gazetteer), no municipality or
county alone and no country:
- actor.other.board_of: "<Name>s styrelse|vd|ledning|ägare" ("Gävle Hamns styrelse").
- actor.other.role_at: "<title> på|vid|hos <Name>" ("förbundschef på Akademi Norr").
- actor.other.member_of: "medlem(mar|skap) i <Name>".
- actor.other.listed: a name that follows (",", "och", "samt", "/") an organisation
  already found, in a list ("Västra Götalandsregionen, Energikontor Väst,
  Länsstyrelsen ... samt"); the name must end where the list item ends, and must
  not open with a place ("socialförvaltningen, Vilhelmina Underskrift"), nor stand in a
  site's path ("Region Värmland / Nyhetsarkiv / ..."); also a name
  that comes before one in a list a comma or "bland annat" opens ("bland annat Testa
  Hjälpen, Rädda Barnen och ..."; "med företagare, Ekby Forum och Företagarna").
- actor.other.sum_item: an item of a list of sums under an intro that shares out money
  ("... fördelas enligt följande: • Filmregion Sydost 200 000 kronor.").
An acronym the page defines after an organisation's name ("... Kommunalteknikförbund
(ÖSK)") is that organisation (actor.other.page_acronym). No name that looks like a
person's (a title before or in it, a surname's ending) is taken.
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, first_names, municipality_by_name, on_place
from ingest.language.regex_guard import compile_guarded
from ingest.rules.role_titles import PARTY, TITLE_RE

__all__ = ["signal_hits"]

CONF_SIGNAL = 0.65

# A capitalised word, or two joined by a suspended hyphen ("Industri- och Handelskammaren");
# never one that ends in the hyphen, which the next word would complete.
_WORD = (
    r"(?:[A-ZÅÄÖ][\wåäöé&-]*[\wåäöé&]|[A-ZÅÄÖ])"
    r"(?:-[ ](?:och|eller)[ ][\wåäöé&-]*[\wåäöé&])?"
)
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,4}}"
_BOARD_OF = compile_guarded(rf"(?<![\w-])(?P<name>{_NAME})s\s+(?:styrelse|vd|ledning|ägare)\b")
_ROLE_AT = re.compile(
    rf"\b(?:VD|[a-zåäö]*(?:chef|direktör|ordförande|strateg|samordnare|handläggare|ledare|"
    rf"ansvarig|sekreterare|koordinator|rådgivare|controller|vd|utredare|specialist|expert|"
    rf"analytiker|kommunikatör))\s+(?:på|vid|hos)\s+"
    rf"(?P<name>{_NAME})(?![\w-])"
)
_MEMBER_OF = compile_guarded(rf"\bmedlem(?:mar|skap)?\s+i\s+(?P<name>{_NAME})(?![\w-])")
# A list separator between two items, and the end of an item.
_SEP = r"[ \t]*(?:,|\bsamt\b|\boch\b|/)[ \t]*"
_AFTER = re.compile(
    rf"s?{_SEP}(?:[a-zåäö]+/)?(?P<name>{_NAME})(?=[ \t]*(?:[,.;:/)]|och\b|samt\b|$))"
    # the list's last item, "och" before it, of two words or more ("Delregionala nämnden"
    # is no name): a verb or a relative clause may follow
    rf"|s?[ \t]+och[ \t]+(?P<last>{_WORD}(?:[ ]{_WORD}){{1,4}})(?=[ \t]+[a-zåäö])"
)
# More of the list after an item: a name that opens with a place is one of its items.
_MORE = re.compile(r"[ \t]*(?:,|och\b|samt\b)")
_BODY_WORD = re.compile(
    r"(?:rådet|gruppen|nätverket|partnerskapet|styrelsen|nämnden|fullmäktige|förvaltningen"
    r"|kontoret|enheten|avdelningen|utskottet|beredningen)s?$"
)
_ACRONYM = re.compile(r"\s*\(([A-ZÅÄÖ]{2,6})\)")
_SURNAME = re.compile(r"(?:son|ström|qvist|kvist|gren|berg|lund|dahl|holm|stedt|sjö|ling)$")
_COUNTRIES = frozenset({"Sverige", "Norge", "Danmark", "Finland", "Europa", "Norden", "EU"})
# Words that begin a sentence or a heading, not a name.
_NOT_NAME = frozenset({"Den", "Det", "De", "En", "Ett", "Vi", "Han", "Hon", "Här", "Där"})


def _person_like(ctx: Context, start: int, words: list[str]) -> bool:
    """'lokalpolisområdeschef Karl Berg': a title before the name, a title in it, or a
    surname's ending ('-sson', '-ström') after one other word."""
    before = ctx.text[max(0, start - 40) : start].split()
    if before and TITLE_RE.fullmatch(before[-1]):
        return True
    if any(TITLE_RE.fullmatch(w) for w in words):
        return True
    return len(words) == 2 and _SURNAME.search(words[1]) is not None


def _is_name(name: str) -> bool:
    words = name.split()
    if any(_BODY_WORD.search(w) for w in words):
        return False  # "Trästadsnätverket Kommunstyrelsen": bodies and forums have rules
    if words[0] in _NOT_NAME or words[0] in _COUNTRIES or words[0] in first_names():
        return False
    if len(words) == 1 and (municipality_by_name(name) or county_by_name(name)):
        return False
    return not (len(words) == 2 and words[1] in ("kommun", "stad", "län", "region"))


def _starts_sentence(ctx: Context, start: int) -> bool:
    before = ctx.text[max(0, start - 3) : start].rstrip(" \t")
    sentence = ctx.sentence_of(start)
    opening = sentence is None or not ctx.text[sentence.start : start].strip()
    return opening or not before or before[-1] in ".!?:\n"


def _candidates(ctx: Context) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for rule, pattern in (
        ("actor.other.board_of", _BOARD_OF),
        ("actor.other.role_at", _ROLE_AT),
        ("actor.other.member_of", _MEMBER_OF),
    ):
        found += [(m.start("name"), m.end("name"), rule) for m in pattern.finditer(ctx.text)]
    return found


# "• Filmregion Sydost 200 000 kronor.": a list of sums under an intro that shares out
# money ("... ska stödet fördelas enligt följande:"); each item names its recipient.
_SUM_ITEM = re.compile(
    r"^[ \t]*(?:[-•*\u2013]|\d{1,2}[.)])[ \t]*"
    r"(?P<name>[A-ZÅÄÖ][\wåäöé&-]*(?:[ ][\wÅÄÖåäöé&-]+){0,4}?)[ \t]+"
    r"\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \t]*(?:kronor|kr|tkr|mkr|miljoner(?:[ \t]+kronor)?)"
    r"\.?[ \t]*$",
    re.M,
)
_BULLET = re.compile(r"[ \t]*(?:[-•*\u2013]|\d{1,2}[.)])")
# the money given to others, not costs shared out ("Kostnaderna fördelas så här:")
_SHARING = re.compile(r"\b(?:tilldela\w*|bevilja\w*|stöd\w*|\w*bidrag\w*|medel)\b", re.I)
_INTRO_REACH = 300


def _sum_items(ctx: Context) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    first = last_end = 0  # where the current run of items starts, the last one ends
    for m in _SUM_ITEM.finditer(ctx.text):
        gap = [x for x in ctx.text[last_end : m.start()].split("\n") if x.strip()]
        if last_end == 0 or not all(_BULLET.match(x) for x in gap):
            first = m.start()  # a new list (other bullets may stand between its items)
        last_end = m.end()
        intro = ctx.text[max(0, first - _INTRO_REACH) : first].rstrip()
        if intro.endswith(":") and _SHARING.search(intro, max(0, len(intro) - 200)):
            found.append((m.start("name"), m.end("name"), "actor.other.sum_item"))
    return found


# A minutes' head's field names: what follows them is people, not the organisation.
_FIELD = re.compile(
    r"\b(?:Beslutande|Närvarande|Ledamöter|Ersättare|Justerare|Sekreterare|Underskrifter|"
    r"Paragrafer|Plats|Tid)\b"
)


def _breadcrumb(text: str, at: int) -> bool:
    """Whether the line at `at` is a site's path: two or more " / " between its items."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text.count(" / ", start, end if end >= 0 else len(text)) >= 2


def _place(word: str) -> bool:
    """A municipality or county, or its genitive ("i Bengtsfors, Dals-Eds och Åmåls
    kommuner": places before their common noun, no organisations of their own); not a cut
    compound's first part ("Mark- och miljödomstolen")."""
    return not word.endswith("-") and on_place(word)


def _listed(ctx: Context, anchors: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names that follow an organisation in a list, and the names after those."""
    found: list[tuple[int, int, str]] = []
    todo = list(anchors)
    seen = set(anchors)
    # "följande kommuner: Mora, Leksand, Röros och Os": after a municipality, a lone word
    # is a place (a neighbour country's municipality), no organisation
    towns = {a.end for a in ctx.actors if a.kind is OrganizationKind.MUNICIPALITY}
    while todo:
        _, end = todo.pop()
        after = _AFTER.match(ctx.text, end)
        if after is None:
            continue
        group = "name" if after.group("name") else "last"
        span = (after.start(group), after.end(group))
        if _breadcrumb(ctx.text, span[0]):
            continue  # "Region Värmland / Nyhetsarkiv / ...": a site's path, no list
        words = after.group(group).split()
        if len(words) == 1 and end in towns:
            continue
        if _place(words[0]) and not (len(words) >= 3 and _MORE.match(ctx.text, span[1])):
            continue  # "socialförvaltningen, Vilhelmina Underskrift": a place, then a word
        if _FIELD.search(after.group(group)):
            continue  # "Vilhelmina kommun, Stadshuset Beslutande Eva Ek": a minutes' head
        if ctx.text[end - 1] == "s" and _GENITIVE_HEAD.match(ctx.text, span[1] - 1):
            span = (span[0], span[1] - 1)  # "kommunens och Tillväxt Motalas åtgärdsplan"
        if span not in seen:
            seen.add(span)
            todo.append(span)
            found.append((*span, "actor.other.listed"))
    return found


# A name that ends right before a list separator and a found organisation, after a
# comma or a word that opens a list of examples.
_BEFORE = compile_guarded(
    rf"(?:,|\bbland\s+annat|\bbl\.\s?a\.|\bsåsom|\bexempelvis|\btill\s+exempel|\bt\.\s?ex\.)"
    rf"[ \t]+(?P<name>{_NAME}){_SEP}$"
)

_GENITIVE_HEAD = re.compile(r"s[ \t]+(?!och\b|samt\b|eller\b)[a-zåäö]")
_PARTY = re.compile(PARTY)


def _listed_before(ctx: Context, anchors: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names that come before an organisation in a list, and the names before those."""
    found: list[tuple[int, int, str]] = []
    todo = list(anchors)
    seen = set(anchors)
    while todo:
        start, end = todo.pop()
        if any(_GENITIVE_HEAD.match(ctx.text, at) for at in (end - 1, end)):
            continue  # "Eva Ek, S, kommunstyrelsens ordförande": a genitive is no list item
        lo = max(0, start - 120)
        before = _BEFORE.search(ctx.text[lo:start])
        if before is None:
            continue
        span = (lo + before.start("name"), lo + before.end("name"))
        first = before.group("name").split()[0]
        if _place(first) or span in seen:
            continue
        if _PARTY.fullmatch(before.group("name")):
            continue
        seen.add(span)
        todo.append(span)
        found.append((*span, "actor.other.listed_before"))
    return found


def _defined_acronyms(ctx: Context) -> dict[str, ActorHit]:
    """Acronyms the page defines in brackets right after an organisation's name."""
    found: dict[str, ActorHit] = {}
    for a in ctx.actors:
        m = _ACRONYM.match(ctx.text, a.end)
        if m is not None:
            found.setdefault(m.group(1), a)
    return found


def signal_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Organisations named with a signal of organisation-hood, outside those found."""
    hits: list[ActorHit] = []
    anchors = [(a.start, a.end) for a in ctx.actors]
    defined = _defined_acronyms(ctx)
    for start, end, rule in sorted(
        {*_candidates(ctx), *_listed(ctx, anchors), *_listed_before(ctx, anchors), *_sum_items(ctx)}
    ):
        name = " ".join(ctx.text[start:end].split())
        known = defined.get(name)
        if known is not None:  # "ÖSK" after "Östra Smålands Kommunalteknikförbund (ÖSK)"
            node = sink.nodes.get(known.node_id)
            if isinstance(node, Organization) and sink.mention(
                node, start, end, "actor.other.page_acronym", CONF_SIGNAL
            ):
                hits.append(ActorHit(start, end, node.id, node.kind, node.name))
            continue
        if len(name.split()) == 1 and _starts_sentence(ctx, start):
            continue  # "Kommunerna och Region X": a capital that only opens the sentence
        if (
            not _is_name(name)
            or _person_like(ctx, start, name.split())
            or any(a.start < end and start < a.end for a in (*ctx.actors, *hits))
        ):
            continue
        org = ids.other_organization(name)
        if sink.mention(org, start, end, rule, CONF_SIGNAL):
            hits.append(ActorHit(start, end, org.id, org.kind, org.name))
    return hits

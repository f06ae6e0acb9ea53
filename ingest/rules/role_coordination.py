"""Titles coordinated with "och": two roles of one person, one role of several persons.

Why apart from the single-title rules (ingest.rules.extract_roles): there a title belongs
to the one name next to it; Swedish coordinates both ways:
- role.coordinated_title: "Eva Ek (C), kommunalråd och ordförande i miljönämnden" --
  the second title is Eva Ek's too, with the organisation named after it; the first,
  when no other rule read it, is held at its own organisation (the page's);
- role.plural_title: "kommunalråden Eva Ek (S) och Bo Berg (M)", "kommunens energi- och
  klimatstrateger Eva Ek och Bo Berg" -- a plural title, definite or not, regular or not
  ("-råden", "-arna", "-erna", "-er", "-ar", "ordförandena", "ledamöterna"), is held by
  each name of the list after it, at the organisation whose genitive precedes it;
- role.respective: "Eva Ek (MP) och Bo Berg (S) - ordförande respektive vice ordförande
  i X" -- each name holds its title, at the organisation named after the second;
- role.plural_apposition: "Eva Ek och Bo Berg, fritidskonsulenter, presenterade" -- a
  plural title set after two or more coordinated names is each one's ("..., båda
  handläggare på X" too).
The organisation of each title is chosen by ingest.rules.role_owner.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.person_names import CONF_PATTERN, add_party, add_person
from ingest.rules.role_common import actor_at, role_link
from ingest.rules.role_owner import read_title, resolve
from ingest.rules.role_titles import (
    NAME,
    NOT_NAME,
    PARTY,
    TITLE,
    base_title,
    is_title,
    name_words,
    plausible_name,
)

CONF_COORDINATED = 0.75

# ", kommunalråd[ i Mora] och ordförande[ i ...]": the first title may name its place.
_COORDINATED = re.compile(
    rf"(?:\s*\({PARTY}\))?,\s+(?P<first>(?:\S+s\s+)?{TITLE})"
    r"(?P<place>\s+(?:i|för|på|vid|inom)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){0,3}?)?"
    # "... i kommunstyrelsen och tillika ordförande i kommunfullmäktige"
    r"\s+(?:och|samt)(?:\s+(?:tillika|även|också))?"
    rf"\s+(?P<second>(?:\S+s\s+)?{TITLE})(?=[\s,.;:)!?]|$)",
    re.I,
)
_ENDINGS = ("råden", "männen", "män", "arna", "erna", "ena", "er", "ar")
_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü-]+")
# The plural title, its first part coordinated ("energi- och klimatstrateger"), after an
# organisation's genitive ("länsstyrelsens").
_PLURAL = re.compile(
    r"(?<![\wåäö-])(?P<gen>[A-ZÅÄÖa-zåäö]+s\s+)?"
    r"(?P<word>(?:[a-zåäö]+-\s+(?:och|&|eller|samt)\s+)?"
    r"[a-zåäö-]+(?:råden|männen|män|arna|erna|ena|er|ar))$",
    re.I,
)
# Plural endings and the singular they come from. Definite: kommunalråden -> kommunalråd,
# samordnarna -> samordnare, landshövdingarna -> landshövding, cheferna -> chef,
# tjänstemännen -> tjänsteman, ministrarna -> minister, ordförandena -> ordförande.
# Indefinite: strateger -> strateg, landshövdingar -> landshövding, ministrar -> minister,
# tjänstemän -> tjänsteman. Irregular: ledamöter(na) -> ledamot. (A plural the same as its
# singular, "samordnare", says nothing of how many hold it.)
_PLURALS = (
    ("råden", "råd"),
    ("männen", "man"),
    ("män", "man"),
    ("ledamöterna", "ledamot"),
    ("ledamöter", "ledamot"),
    ("strarna", "ster"),
    ("strar", "ster"),
    ("arna", "are"),
    ("arna", ""),
    ("erna", ""),
    ("ena", "e"),
    ("er", ""),
    ("ar", ""),
)
# Attendance headings of minutes: the people listed after them hold no stated role.
_ATTENDANCE_BEFORE = re.compile(
    r"(?:[Nn]ärvarande|[Bb]eslutande|[Tt]jänstgörande|Övriga|Ersättare)\s+$"
)
# The party between a name and the next one, as typed: "(SD)", "(C )", "(mp)".
_JOIN = re.compile(rf"(?:\s*\(\s?(?P<party>(?i:{PARTY}))\s?\))?(?:,\s+|\s+och\s+|\s+samt\s+)")


def singular(word: str) -> str | None:
    """The singular title of a plural definite one: 'kommunalråden' -> 'kommunalråd'."""
    low = word.lower()
    for plural, single in _PLURALS:
        if low.endswith(plural):
            base = low[: -len(plural)] + single
            if is_title(base) and not base.endswith(("en", "et")):
                return base
    return None


def _name_at(text: str, pos: int) -> bool:
    return text.startswith(" ", pos) and bool(name_words(text, pos + 1))


def _has_role(sink: FactSink, person: PersonHit) -> bool:
    return any(
        x.type is LinkType.HOLDS_ROLE and x.from_id == person.node_id for x in sink.links.values()
    )


def _second_title(ctx: Context, sink: FactSink, person: PersonHit) -> None:
    m = _COORDINATED.match(ctx.text, person.end)
    if m is None or _name_at(ctx.text, m.end("second")):
        return  # "..., samordnare och chef Bo Berg": the second title is Bo Berg's
    org, title = read_title(ctx, sink, m.start("second"), m.end("second"))
    rule = "role.coordinated_title"
    if not _has_role(sink, person):
        # "Eva Ek (C), regionråd och ordförande i X": the first title is held at its own
        # organisation (the page's region), not at the one named with the second; "vice
        # ordförande i KS och ordförande i KF": at the one named with it.
        first_org, first = read_title(ctx, sink, m.start("first"), m.end("first"))
        role_link(
            ctx, sink, person, first_org, first, rule, CONF_COORDINATED,
            fallback=(person.start, m.end("first")),
        )  # fmt: skip
    role_link(
        ctx, sink, person, org, title, rule, CONF_COORDINATED, fallback=(person.start, m.end())
    )


def _person(ctx: Context, sink: FactSink, pos: int) -> PersonHit | None:
    """The person named at `pos` (any first word: a title or a list says a name follows)."""
    text = ctx.text
    words = name_words(text, pos)
    if not plausible_name(text, words, loose=True):
        return None
    start, end = words[0][0], words[-1][1]
    hit = next((p for p in ctx.persons if p.start == start), None)
    if hit is None:
        rule = "person.plural_title"
        hit = add_person(ctx, sink, text[start:end], None, start, end, rule, CONF_PATTERN)
    return hit


def _listed(ctx: Context, sink: FactSink, pos: int) -> list[PersonHit]:
    """The persons named from `pos` on: "Eva Ek (S), Bo Berg (M) och Cia Ceder"."""
    out: list[PersonHit] = []
    while (hit := _person(ctx, sink, pos)) is not None:
        out.append(hit)
        join = _JOIN.match(ctx.text, hit.end)
        if join is None:
            break
        if join.group("party") and hit.end == hit.start + len(hit.name):
            # "Eva Ek (C ), ...": a party the name matcher did not read as typed
            add_party(ctx, sink, hit, join.group("party").upper(), join.end("party"))
        pos = join.end()
    return out


def _plural_titles(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for w in _WORD.finditer(text):
        # A word scan and str.endswith first: cheaper than a regex at every position.
        if not w.group(0).endswith(_ENDINGS) or not text.startswith(" ", w.end()):
            continue
        if w.group(0) in NOT_NAME or _ATTENDANCE_BEFORE.search(
            text, max(0, w.start() - 30), w.start()
        ):
            continue  # "Närvarande ledamöter Eva Ek (S), ...": a minutes' attendance list
        base = singular(w.group(0))
        m = _PLURAL.search(text, max(0, w.start() - 40), w.end()) if base else None
        if m is None or base is None:
            continue
        persons = _listed(ctx, sink, m.end() + 1)
        if len(persons) < 2:
            continue
        start, end = m.start("word"), m.end("word")
        genitive = None
        if m.group("gen"):  # "kommunstyrelsens vice ordförandena": that committee's
            gen_end = m.start("gen") + len(m.group("gen").rstrip())
            # A bare "länsstyrelsens" too: it names the page's own board where that is clear.
            actor = actor_at(ctx, m.start("gen"), gen_end)
            if actor is not None:
                genitive, start = actor.node_id, m.start("gen")
        # "energi- och klimatstrateger" -> "energi- och klimatstrateg"
        title = " ".join([*text[m.start("word") : w.start()].split(), base])
        org = resolve(ctx, sink, m.start("word"), end, title, genitive=genitive)
        for p in persons:
            role_link(ctx, sink, p, org, title, "role.plural_title", CONF_COORDINATED, start, p.end)


# ", fritidskonsulenter," after the last name of a list
# (", båda naturskyddshandläggare på X": "båda" marks a title whose plural is its singular)
_APPOSED_PLURAL = re.compile(
    r",\s+(?P<both>(?:båda|bägge)\s+)?(?P<word>[a-zåäö-]{4,})"
    r"(?=\s*[,.;:]|\s+(?:i|på|vid|för|hos)\s)"
)
_SEP = r",\s+|\s+och\s+|\s+samt\s+"
_NAME_JOIN = re.compile(_SEP)
_NAME_LIST = re.compile(rf"(?<![\wåäö]){NAME}(?:(?:{_SEP}){NAME})+$")


def _plural_appositions(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for m in _APPOSED_PLURAL.finditer(text):
        word = m.group("word")
        base = singular(word) if word.endswith(_ENDINGS) else None
        if base is None and m.group("both") and is_title(word):
            base = word
        if base is None:
            continue
        names = _NAME_LIST.search(text, max(0, m.start() - 160), m.start())
        if names is None or _ATTENDANCE_BEFORE.search(
            text, max(0, names.start() - 30), names.start()
        ):
            continue
        joins = _NAME_JOIN.finditer(names.group(0))
        starts = [names.start(), *(names.start() + j.end() for j in joins)]
        listed = [_person(ctx, sink, at) for at in starts]
        persons = [p for p in listed if p is not None]
        if len(persons) < 2:
            continue
        org = resolve(ctx, sink, m.start("word"), m.end("word"), base, genitive=None)
        for p in persons:
            role_link(
                ctx, sink, p, org, base, "role.plural_apposition", CONF_COORDINATED,
                p.start, m.end("word"),
            )  # fmt: skip


# "ordförande respektive vice ordförande i beredningen": two titles, one per name before
_RESPECTIVE = re.compile(
    rf"(?<![\wåäö-])(?P<first>{TITLE})\s+respektive\s+(?P<second>{TITLE})(?=[\s,.;:)!?]|$)",
    re.I,
)
# Between the second name and the titles: its party, a dash or comma, a few verb words
# ("Eva Ek (S) och Bo Berg (M) - ordförande respektive ...", ", s, har varit ledamot ...").
_NAMES_PARTY = rf"(?:\s*\(\s?(?i:{PARTY})\s?\)|,\s+(?i:{PARTY}),)?"  # "(S)" or ", s,"
_BEFORE_TITLES = re.compile(
    rf"{_NAMES_PARTY}\s*[,\u2013-]?\s*"
    r"(?:(?:är|var|blir|blev|har|hade|fram|till|varit|omväljs|omvaldes|valdes|väljs|som|nu)\s+){0,5}$"
)
_PAIR_JOIN = re.compile(rf"{_NAMES_PARTY}\s+och\s+$")


def _respective_titles(ctx: Context, sink: FactSink) -> None:
    """role.respective: "A (MP) och B (S) - ordförande respektive vice ordförande i X": A
    holds the first title, B the second, both at the organisation named after them."""
    text = ctx.text
    at = text.find(" respektive ")
    while at != -1:  # (a word scan first: the title pattern is costly at every position)
        m = _RESPECTIVE.search(text, max(0, at - 60), at + 80)
        at = text.find(" respektive ", at + 1)
        if m is None:
            continue
        before = [p for p in ctx.persons if p.end <= m.start() and m.start() - p.end < 60]
        second = before[-1] if before else None
        if second is None or not _BEFORE_TITLES.fullmatch(text, second.end, m.start()):
            continue
        first = next(
            (p for p in reversed(ctx.persons) if p.end <= second.start
             and _PAIR_JOIN.fullmatch(text, p.end, second.start)),
            None,
        )  # fmt: skip
        if first is None:
            continue
        org, title2 = read_title(ctx, sink, m.start("second"), m.end("second"))
        title1 = base_title(m.group("first"))
        rule = "role.respective"
        role_link(ctx, sink, first, org, title1, rule, CONF_COORDINATED, first.start, m.end())
        role_link(ctx, sink, second, org, title2, rule, CONF_COORDINATED, first.start, m.end())


def coordinated_roles(ctx: Context, sink: FactSink) -> None:
    for person in list(ctx.persons):
        _second_title(ctx, sink, person)
    _respective_titles(ctx, sink)
    _plural_titles(ctx, sink)
    _plural_appositions(ctx, sink)
    ctx.persons.sort(key=lambda p: (p.start, p.end))

"""A document presented under a name of its own: "Växtplats Blekinge beslutad som ny
utvecklingsstrategi", "fullmäktige har fastställt Växtplats Blekinge som länets nya
regionala utvecklingsstrategi".

Why: a strategy or programme is often known by a brand name, and the page then speaks
of it by that name alone ("Växtplats Blekinge består av fyra utvecklingsområden").
Rules:

- the name frame: a capitalised name (one or more capitalised words or years), then an
  adoption participle ("beslutad", "antagen", "fastställd", "godkänd") or preceded by an
  adoption verb ("antog", "har fastställt"), then "som" and the document noun phrase
  ("som [länets] ny(a) [regionala] utvecklingsstrategi"): the document is titled by
  its name;
- the heading frame: a line that opens with a name of two or more words, then a dash and
  the document noun phrase ("Vårt Gotland 2040 - regional utvecklingsstrategi"); one word
  before the dash is a matter's label ("Remiss - ..."), no name;
- the year-name frames: a name that a year ends set after a document noun ("den
  regionala utvecklingsstrategin Vårt Gotland 2040", "strategin, Gröna Kronoberg 2025,";
  not when a dash subtitle follows), or opening the sentence whose predicate states the
  document ("Gröna Kronoberg 2025 är Kronobergs läns regionala utvecklingsstrategi");
- the place frame: a capitalised noun without an article, then a place's or an area's
  name and perhaps a year or a period ("Affärsplan Västmanland och Kompetensplan
  Västmanland", "Utvecklingsplan Moholm", "Destinationsstrategi Roslagen 2030"): the
  noun and the place are the title, so two such plans of one page are two documents;
- a predicate naming such a document again ("Växtplats Blekinge är länets gemensamma
  färdplan") is no document of its own;
- every other occurrence of the name on the page is a mention of the document
  (rule document.name, see ingest.rules.extract_documents).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.context import Context, DocumentHit
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.language.regex_guard import compile_guarded
from ingest.rules.document_groups import Group, placeholder
from ingest.rules.document_phrases import is_place

__all__ = [
    "add_name_mentions",
    "frame_name",
    "named_subject",
    "noun_name",
    "page_names",
    "place_title",
    "restated",
]

# ("Jämtland/Härjedalen 2030": two places joined by a slash are one word of a name)
_WORD = r"[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:/[A-ZÅÄÖ][\wåäöÅÄÖ-]+)?"
# A name's later words: capitalised, a year, or "län" ("Vårt Kalmar län 2035").
_LATER = rf"(?:{_WORD}|län|(?:19|20)\d{{2}})"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+{_LATER}){{0,3}})"
_PARTICIPLE = (
    r"(?:har\s+|hade\s+)?(?:beslutad|beslutats|beslutades|antagen|antaget|antagits|antogs|"
    r"fastställd|fastställt|fastställts|fastställdes|godkänd|godkänt|godkänts|godkändes|"
    r"klubbad|klubbats|klubbades)"
)
_VERB = (
    r"(?:antog|antagit|fastställde|fastställt|godkände|godkänt|klubbade|klubbat|"
    r"beslutade\s+om|beslutat\s+om)"
)
# What may stand between "som" and the document phrase's own words: a genitive owner.
_SOM = r"\s+som\s+(?:[\wåäöÅÄÖ-]+s\s+)?"
_AFTER_PARTICIPLE = compile_guarded(rf"(?<![\wåäöÅÄÖ-]){_NAME}\s+{_PARTICIPLE}{_SOM}")
_AFTER_VERB = re.compile(rf"\b{_VERB}\s+{_NAME}{_SOM}")
# "Vårt Gotland 2040 - regional utvecklingsstrategi": a heading names the document before
# a dash, its kind after it.
# One word is a matter's label, no name ("Remiss - Digital agenda", "Budgetuppdrag - ...").
_HEADING_DASH = compile_guarded(
    rf"(?:^|(?<=\n))[ \t]*(?=\S+[ \t]+[A-ZÅÄÖ0-9]){_NAME}[ \t]+[\u2013-][ \t]+"
)
# "Nu lanserar Länsstyrelsen Hållbara Västerbotten - åtgärdsprogram med ...": mid-sentence,
# a name of two words or more before an en dash, the document's kind after it.
_MID_DASH = re.compile(rf"(?<=[ \t]){_NAME}[ \t]+\u2013[ \t]+")
_ARTICLE = re.compile(r"(?:en|ett)\s", re.I)
# Words that open a sentence and are no name: "Den beslutades som ...".
_NOT_NAMES = frozenset(
    {"Den", "Det", "De", "Denna", "Detta", "Dessa", "Nu", "Här", "Där", "Då", "Vi", "Hon",
     "Han", "Man", "Som", "Och", "Men", "I", "Under", "Efter", "Planen", "Strategin",
     # a form's field after the title: "VA-PLAN Fastställd av Kommunfullmäktige 2015-09-24"
     "Fastställd", "Fastställt", "Antagen", "Antaget", "Reviderad", "Reviderat", "Godkänd",
     "Godkänt", "Beslutad", "Beslutat", "Gäller", "Giltig", "Upprättad", "Upprättat",
     "Datum", "Version", "Pdf", "Handläggare", "Dnr", "Diarienummer"}
)  # fmt: skip


def _not_a_name(name: str) -> bool:
    return name.split()[0] in _NOT_NAMES


_COPULA = re.compile(r"\s+(?:är|blir|utgör)\s+(?:en\s+|ett\s+)?(?:[\wåäöÅÄÖ-]+s\s+)?")


def _valid(ctx: Context, name: str, start: int) -> bool:
    if _not_a_name(name):
        return False
    end = start + len(name)
    return not any(a.start < end and start < a.end for a in ctx.actors)


# "Det öppna Skåne 2030": an article, an adjective, a place and a year is a name.
_ADJECTIVE_NAME = re.compile(r"(?:Det|Den)\s+[a-zåäö]+[ae]\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:19|20)\d{2}")


def _year_valid(ctx: Context, name: str, start: int) -> bool:
    """A name a year ends, set after a document noun, may hold a place or a body's word
    ("Översiktsplanen Kommunen Ystad 2030"), but is no organisation and its year ("den
    nya strategin Region Gävleborg 2023 tog fram": the maker, then when)."""
    if _not_a_name(name) and not _ADJECTIVE_NAME.fullmatch(name):
        return False
    end = start + len(name.rsplit(maxsplit=1)[0])
    return not any(a.start <= start and end <= a.end for a in ctx.actors)


# A name that ends in a year: "Gröna Kronoberg 2025", "Vårt Gotland 2040", also with an
# adjective inside ("Det öppna Skåne 2030") when a capitalised word stands before the year.
_YEAR_NAME = (
    rf"(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|län)){{0,2}}[ \t]+(?:19|20)\d{{2}}"
    rf"|{_WORD}[ \t]+[a-zåäö]+[ae][ \t]+{_WORD}[ \t]+(?:19|20)\d{{2}})"
)
# "Gröna Kronoberg 2025 är Kronobergs läns regionala utvecklingsstrategi": the sentence's
# subject names the document its predicate states.
_COPULA_NAME = re.compile(
    rf"\s*{_YEAR_NAME}\s+(?:är|blir|utgör)\s+(?:(?:en|ett|den|det)\s+)?"
    r"(?:[A-ZÅÄÖ]?[\wåäö-]+s\s+){0,2}(?:(?:nya?|gemensamma)\s+)?$"
)
# "den regionala utvecklingsstrategin Vårt Gotland 2040", "strategin, Gröna Kronoberg
# 2025, är": a compound's name set after it, when a year ends the name.
# A dash-set subtitle after it makes the whole line its title ("Västmanland 2035 - en
# klimatstrategi för länet"), not the name alone.
_NOUN_YEAR_NAME = re.compile(
    rf"(?:[ \t]*,)?[ \t]+{_YEAR_NAME}(?![\wåäöÅÄÖ-])(?![ \t]*[\u2013\u2014-][ \t])"
)


def frame_name(ctx: Context, sentence_start: int, phrase_start: int) -> tuple[str, int] | None:
    """The name a frame gives the document phrase starting at phrase_start, and where
    the name starts."""
    lead = ctx.text[max(sentence_start, phrase_start - 160) : phrase_start]
    offset = phrase_start - len(lead)
    copula = _COPULA_NAME.match(ctx.text, sentence_start, phrase_start)
    if copula is not None and _valid(ctx, copula.group("name"), copula.start("name")):
        return copula.group("name"), copula.start("name")
    for rx in (_AFTER_PARTICIPLE, _AFTER_VERB, _HEADING_DASH, _MID_DASH):
        for m in rx.finditer(lead):
            name, at = m.group("name"), m.start("name")
            if rx is _MID_DASH and _ARTICLE.match(ctx.text, phrase_start):
                continue  # "Västmanland 2035 - en klimatstrategi för länet": one title
            if rx is _MID_DASH:
                # "Länsstyrelsen i Västerbotten Hållbara Västerbotten -": the place the
                # "i" before it opens is the organisation's, not the name's
                first, _, rest = name.partition(" ")
                if lead[:at].endswith(" i ") and rest and is_place(first):
                    name, at = rest, at + len(first) + 1
                if " " not in name:
                    continue  # one word is a matter's label ("Remiss - plan för ...")
            if m.end() == len(lead) and _valid(ctx, name, offset + at):
                return name, offset + at
    return None


def page_names(ctx: Context) -> frozenset[str]:
    """The names the page's frames give documents."""
    return _page_names(ctx.text, id(ctx), tuple((a.start, a.end) for a in ctx.actors))


@lru_cache(maxsize=8)
def _page_names(text: str, _key: int, actors: tuple[tuple[int, int], ...]) -> frozenset[str]:
    found: set[str] = set()
    for rx in (_AFTER_PARTICIPLE, _AFTER_VERB, _HEADING_DASH):
        for m in rx.finditer(text):
            start, name = m.start("name"), m.group("name")
            end = start + len(name)
            if _not_a_name(name) or any(s < end and start < e for s, e in actors):
                continue
            found.add(name)
    return frozenset(found)


def named_subject(ctx: Context, sentence_start: int, phrase_start: int) -> bool:
    """'Växtplats Blekinge är länets gemensamma färdplan': the sentence opens with a
    document's name and the phrase at phrase_start is its predicate."""
    lead = ctx.text[sentence_start:phrase_start].lstrip()
    at = phrase_start - len(lead)
    for name in page_names(ctx):
        if lead.startswith(name) and _COPULA.fullmatch(ctx.text, at + len(name), phrase_start):
            return True
    return False


# "Den är också en genomförandeplan för ...", "..., som är den regionala strategin för":
# a predicate on a pronoun or in a relative clause names its subject again.
_RESTATED = re.compile(
    r"(?:^\s*(?:Den|Det|Denna|Detta)|\bsom)\s+(?:är|utgör)\s+(?:också\s+|även\s+|därmed\s+)?$"
)


def restated(ctx: Context, sentence_start: int, phrase_start: int) -> bool:
    return bool(_RESTATED.search(ctx.text[sentence_start:phrase_start]))


# "Planen Norrland 2040, N2040, som är den regionala strategin för ...": a bare
# definite noun, then the document's name; a predicate after it says its level and kind.
_NOUN_NAME = re.compile(rf"[ \t]+{_NAME}(?=\s*(?:,|\(|som\b))")
_NAME_KIND = re.compile(
    r"(?:\s*,\s*[A-ZÅÄÖ0-9-]{2,12})?\s*,?\s*som\s+(?:är|utgör)\s+(?:den|det)\s+"
    r"(?:(?P<level>[a-zåäö]+)\s+)?(?P<noun>[a-zåäö]*(?:strategi|plan|program|policy))"
    r"(?:n|en|et|met)?\b"
)


# "anta utvecklingsstrategin En attraktiv region för alla.": a title in sentence case.
_SENTENCE_NAME = re.compile(
    r"[ \t]+(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:[ \t]+[\wåäöÅÄÖ-]+){1,9}?)"
    r"(?=[ \t]*(?:[.,;:(]|som\b|$))",
    re.M,
)


def _heading_title(ctx: Context, end: int, limit: int) -> tuple[str, int, str, str] | None:
    """A sentence-case name after a definite document noun that the page also sets as a
    line of its own (its heading): the document's title."""
    m = _SENTENCE_NAME.match(ctx.text, end, limit)
    if m is None or not _valid(ctx, m.group("name"), m.start("name")):
        return None
    alone = re.compile(rf"^[ \t]*{re.escape(m.group('name'))}[ \t]*$", re.M)
    return (m.group("name"), m.end(), "", "") if alone.search(ctx.text) else None


def place_year(name: str) -> bool:
    """'Skellefteå 2030': a place and a year, no name of its own; the noun before it is
    part of the title ("Utvecklingsstrategi Skellefteå 2030")."""
    words = re.sub(r"[ \t]+(?:19|20)\d{2}$", "", name)
    # the whole of it a place ("Ale Framåt 2030" is a name that opens with one)
    return words != name and all(
        county_by_name(part) or municipality_by_name(part) for part in words.split("/")
    )


def noun_name(
    ctx: Context, end: int, limit: int, *, bare: bool = True, year_only: bool = False
) -> tuple[str, int, str, str] | None:
    """The name set after a definite noun ending at ``end``, where it ends, and the level
    word and noun of a predicate naming its kind ("" when none). After a compound
    ("utvecklingsstrategin"), only a name the page also sets as its heading or one a year
    ends; after an article ("den nya strategin Vårt Gotland 2040"), only the latter."""
    if year_only:
        y = _NOUN_YEAR_NAME.match(ctx.text, end, limit)
        valid = y is not None and _year_valid(ctx, y.group("name"), y.start("name"))
        return (y.group("name"), y.end(), "", "") if y is not None and valid else None
    m = _NOUN_NAME.match(ctx.text, end, limit) if bare else None
    if m is None:
        m = _NOUN_YEAR_NAME.match(ctx.text, end, limit)
        if m is not None and not _year_valid(ctx, m.group("name"), m.start("name")):
            m = None
    if m is None:
        return _heading_title(ctx, end, limit)
    name = m.group("name")
    if not re.search(r"\d{4}$", name) and not _valid(ctx, name, m.start("name")):
        return None  # a body's name ("Planen Kommunstyrelsen ..."), unless a year ends it
    kind = _NAME_KIND.match(ctx.text, m.end(), limit)
    level = (kind.group("level") or "") if kind else ""
    return name, m.end(), level, kind.group("noun") if kind else ""


# One or two capitalised words, then perhaps a year or a period; not a body or a region
# ("Planen Kommunstyrelsen ...", "Kulturplan Region X" is read as a region's plan).
_PLACE_TITLE = re.compile(
    r"[ \t]+(?P<name>(?!Region\b)[A-ZÅÄÖ][^\W\d_A-Z]+(?:[ \t]+[A-ZÅÄÖ][^\W\d_A-Z]+)?"
    r"(?:[ \t]+(?:19|20)\d{2}(?:[ \t]*[\u2013-][ \t]*(?:19|20)\d{2})?)?)(?![\wåäöÅÄÖ-])"
    r"(?![ \t]+(?:[A-ZÅÄÖ]|\d|kommuns?\b|län\b))"  # a longer name: read as before
    r"(?!:)"  # a label ("Medborgarlöfte Eskilstuna Bild: Polisen", an image's caption)
)


# ("KF antar Riktlinje Informationssäkerhet och upphäver ...": the sentence goes on)
_GOES_ON = re.compile(r"[ \t]+(?!(?:och|samt|som)\b)[a-zåäö]")


def place_title(
    ctx: Context, end: int, limit: int, *, bare: bool = False
) -> tuple[str, int] | None:
    """The place set right after a titled document noun ending at ``end`` (`bare`: a
    generic noun such as "Policy", no compound), and where it ends: the noun and it are
    the document's name."""
    m = _PLACE_TITLE.match(ctx.text, end, limit)
    if m is None or _not_a_name(m.group("name")):
        return None
    words = re.sub(r"[ \t]+(?:19|20)\d{2}.*$", "", m.group("name"))
    # a bare noun with a word that is no place and no year, going on in lower case, names a
    # kind in a list of kinds with descriptions ("Policy Vår hållning ...", "Strategi
    # Avgörande vägval ..."); a line of its own names a document ("• Handlingsplan Måns Ols")
    generic = bare and words == m.group("name") and _GOES_ON.match(ctx.text, m.end()) is not None
    if not (is_place(words) or (not generic and _valid(ctx, words, m.start("name")))):
        return None  # a body's name ("Översiktsplan Kommunstyrelsen föreslår")
    return m.group("name"), m.end()


def add_name_mentions(ctx: Context, groups: list[Group]) -> None:
    """Every other occurrence of a named document's name: a mention of it."""
    taken = [(h.start, h.end) for g in groups for h in g.hits]
    for g in groups:
        name = g.title
        if not g.named or len(name) < 4:
            continue
        pattern = re.compile(rf"(?<![\wåäöÅÄÖ-]){re.escape(name)}(?![\wåäöÅÄÖ-])")
        for m in pattern.finditer(ctx.text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g.hits.append(
                DocumentHit(
                    m.start(), m.end(), placeholder(g.kind, g.level), "document.name", False
                )
            )
            taken.append((m.start(), m.end()))

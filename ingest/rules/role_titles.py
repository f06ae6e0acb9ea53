"""What a role title and a person's name look like, without a fixed list of titles.

Why productive heads: Swedish titles are compounds whose last part says what the
job is (miljöstrateg, IFO-chef, folkhälsosamordnare, landsbygdsminister), so an
open list of heads recognises titles no list could enumerate. A title may start
with qualifiers ("tf", "biträdande", "1:e vice"), coordinate its first part
("justitie- och migrationsminister") and name two jobs ("kommunchef/personalchef").

A name is two or three capitalised words, none a place's name, a surname particle
allowed before the last ("Boris von Uexküll"); where nothing but the
words themselves says it is a name, its first word must be a known given name
(gazetteers/first_names.txt); where the context does (right after a title, in an
attendance list), its first word need only not be a noun's definite form, so that
"chef Folktandvården Karlsborg" names no one.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ingest.language.gazetteer import counties, first_names, given_name, municipalities
from ingest.rules.role_title_heads import TITLE_HEADS

_HEAD = "(?:" + "|".join(TITLE_HEADS) + ")"
# "-ansvarig" only as a compound ("kommunikationsansvarig"); never the page's editor.
_ANSVARIG = r"(?!sid|webb|dokument|innehålls|fakta)[a-zåäö]{3,}ansvarige?"
QUALIFIER = (
    r"(?:tf\.?|t\.f\.|tillförordnad|tillförordnat|vikarierande|biträdande|ställföreträdande|vice|"
    r"(?:förste|första|andre|andra)\s+vice|\d:[ae]\s+vice|\de\s+vice|administrativ|strategisk|ansvarig|nyvald|"
    r"internationell|nationell|regional|kommunal|lokal|operativ|senior|särskild|verkställande|politisk|medicinskt\s+ansvarig|"
    # A compound participle names the field: "brottsförebyggande samordnare".
    r"[a-zåäö]{4,}(?:förebyggande|främjande|stödjande|ansvariga?)|"
    # A compound adjective names the field: "folkhälsopolitisk strateg".
    r"[a-zåäö]{3,}(?:politisk|strategisk|medicinsk|vetenskaplig|juridisk|ekonomisk|teknisk))"
)
_WORD_END = r"(?![\wåäöéü-])"
_SIMPLE = rf"(?:[A-ZÅÄÖa-zåäö]+-)?(?:[a-zåäö]*{_HEAD}(?:en|n|et)?|{_ANSVARIG})"
TITLE = (
    # "folkhälso-, sjukvårds- och idrottsminister": any number of suspended first parts.
    rf"(?<![\wåäöéü-])(?:{QUALIFIER}\s+){{0,2}}"
    # "bygg-och bostadshandläggare": the space after the hyphen left out.
    rf"(?:(?:[a-zåäö]+-,\s+){{0,3}}[a-zåäö]+-\s*(?:och|&|eller|samt)\s+)?"
    rf"{_SIMPLE}(?:/{_SIMPLE})?{_WORD_END}"
)
TITLE_RE = re.compile(TITLE, re.I)
_WORD_RE = re.compile(r"[A-Za-zÅÄÖåäöéü-]+")
# Roles of a meeting's own officers and members: on minutes they belong to the meeting's body.
MEETING_ROLE = re.compile(r"(?:\S+\s+)*(?:vice\s+)?(?:ordförande|sekreterare|ledamot)", re.I)
# Not a held role: "förre landshövding X", "tidigare kommunchef X".
FORMER = re.compile(r"(?:förre|förra|tidigare|före\s+detta|f\.d\.|avgående|avgångne)\s+$", re.I)
# What joins a name to its title after it, besides a comma: "Eva Ek, som är samordnare",
# "Eva Ek är ny socialchef", "Eva Ek (S) valdes till ordförande".
LINKING_VERB = (
    # "Eva Ek är också ersättare i regionstyrelsen": an adverb after the verb
    r"(?:,?\s+som\s+(?:är|var|arbetar\s+som)|\s+är(?:\s+(?:också|även|dessutom|numera))?|"
    # "valdes (igen) till": an aside between the verb and its role
    r"(?:,?\s+som)?\s+(?:valdes|väljs|har\s+valts|utsågs|utses|har\s+utsetts|utnämns|utnämndes"
    r"|har\s+utnämnts)(?:\s+\([a-zåäö ]+\))?\s+till|"
    r"\s+(?:blir|blev)|"
    # "Eva Ek anställs som direktör", "Det blir Eva Ek som anställs som direktör"
    r"(?:\s+som)?\s+(?:har\s+)?(?:anställs|anställts|rekryteras|rekryterats|tillträtt|tillträder"
    # "Eva Ek går in som tillförordnad socialchef": stepping into the post; "fortsätter
    # som ordförande", "tar över som", "kvarstår som": the post held on or taken over
    r"|går\s+in|gick\s+in|gått\s+in|fortsätter|fortsatte|kvarstår|kvarstod|tar\s+över"
    r"|tog\s+över|har\s+tagit\s+över)"
    r"\s+som"
    # an election list's line: "Eva Ek (L) som ny ledamot i bildningsnämnden efter ..."
    r"|\s+som(?=\s+nya?\s)"
    # "Eva Ek (L) ersätter Bo Berg (M) som ledamot i": the one who takes the seat
    r"|\s+(?:ersätter|efterträder)\s+[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+){1,2}(?:\s*\([A-Za-zÅÄÖåäö]{1,5}\))?"
    r"\s+som)"
    r"\s+(?:nya?\s+|nyvalda?\s+)?"
)
# Verbs of appointing someone to a job: "utsett Eva Ek till", "anställa Bo Berg som".
APPOINTED = (
    r"(?:utse|utser|utsåg|utsett|utnämna|utnämner|utnämnde|utnämnt|anställa|anställer|"
    r"anställde|anställt|förordna|förordnar|förordnade|förordnat|rekrytera|rekryterar|"
    r"rekryterade|rekryterat)"
)

# A title may name its area: "chef polisområde Västerbotten", "chef lokalpolisområde Mora".
AREA = r"(?P<area>\s+[a-zåäö]*(?:område|distrikt)\s+[A-ZÅÄÖ][a-zåäö]+)?"
# "beslutade att utse Eva Ek (C) till ordförande i ...": an election names the role after "till".
# "utsåg regeringen Eva Ek till landshövding": the appointing body between verb and name.
APPOINTER = r"(?:(?:regeringen|[a-zåäö]*(?:styrelsen|nämnden|fullmäktige))\s+)?"
_ELECTED_BEFORE = re.compile(
    rf"(?<![\wåäö])(?:{APPOINTED}|välja|väljer|valde|valt|nominera|nominerade)\s+{APPOINTER}"
    # "utsett tidigare länsrådet Eva Ek till landshövding": a former post before the name
    r"(?:(?:tidigare|förra|förre|före\s+detta)\s+[a-zåäö-]+\s+)?$",
    re.I,
)
# ("förordna Eva Ek, chefsjurist på Länsstyrelsen, som vikarierande länsråd": her present
# post in commas between)
_TITLE_AFTER_TILL = re.compile(
    r"(?:,\s+[^,\n]{3,80}?,)?"
    rf"\s+(?:till|som)\s+(?:nya?\s+)?(?P<title>(?:\S+s\s+)?{TITLE}){AREA}(?=[\s,.;:)!?]|$)",
    re.I,
)
# "Från och med 1 mars är Eva Ek ny socialchef i ...": a copula before the name.
_COPULA_BEFORE = re.compile(r"(?<![\wåäö])(?:är|blir|blev)\s+$", re.I)
_TITLE_AFTER_NEW = re.compile(rf"\s+nya?\s+(?P<title>{TITLE}){AREA}(?=[\s,.;:)!?]|$)", re.I)


# "tillträdde Eva Ek jobbet som generaldirektör", "Eva Eks förordnande som rektor": the post.
POST = (
    r"(?:förordnande|jobbet|tjänsten|posten|uppdraget"
    # "tillträder Eva Ek sitt uppdrag som landshövding"
    r"|(?:sitt|sin)\s+(?:uppdrag|jobb|tjänst|post|förordnande))"
)
_TITLE_AFTER_POST = re.compile(
    rf"s?\s+{POST}\s+som\s+(?:nya?\s+)?"
    rf"(?P<title>{TITLE}){AREA}(?=[\s,.;:)!?]|$)",
    re.I,
)


def title_after_verb(text: str, start: int, pos: int) -> re.Match[str] | None:
    """The title an election, an inverted copula or a named post gives the name at
    [start, pos): "utse Eva Ek (C) till ordförande i ...", "är Eva Ek ny socialchef i ...",
    "Eva Eks förordnande som generaldirektör"."""
    if post := _TITLE_AFTER_POST.match(text, pos):
        return post
    if _ELECTED_BEFORE.search(text, max(0, start - 30), start):
        return _TITLE_AFTER_TILL.match(text, pos)
    if _COPULA_BEFORE.search(text, max(0, start - 12), start):
        return _TITLE_AFTER_NEW.match(text, pos)
    return None


# "säger landshövding, Eva Ek": after a speech verb a comma may part a title from the name.
SPOKEN_BEFORE = re.compile(
    r"(?<![\wåäö])(?:säger|sade|sa|berättar|berättade|menar|konstaterar|enligt)\s+$", re.I
)
_DEFINITE_ENDINGS = ("en", "et", "erna", "arna", "orna")
# A long noun's derivational ending ("Uppföljning Rutin" in a flattened heading): no name.
_NOUN_ENDINGS = ("ning", "het", "else", "tion", "ande", "ende", "itet")
_DEFINITE = re.compile(rf"(?P<base>{_HEAD})(?:en|n|et)$", re.I)

NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
NAME_WORD_RE = re.compile(NAME_WORD)
# Lower-case particles of surnames: "Boris von Uexküll", "Eva af Testsson", "Ana de Prova".
PARTICLE = r"(?:von|af|de|van|der|den|du|da|di|la|le|zu)(?: (?:der|den|de|la))?"
_PARTICLE_RE = re.compile(rf"{PARTICLE} (?=[A-ZÅÄÖÉ])")
# A name of two or three capitalised words, a particle allowed before the last one.
NAME = rf"{NAME_WORD}(?: {NAME_WORD})?(?: {PARTICLE})? {NAME_WORD}"
# A body in the genitive, a pair name too: "kommunstyrelsens", "kultur- och fritidsnämndens".
GENITIVE_BODY = r"(?:[\wåäöÅÄÖ]+-\s+och\s+)?\S+s"
NAME_RE = re.compile(NAME)
# Party abbreviations after a name or a title: today's parties and Folkpartiet's "FP".
PARTY = r"(?:S|M|C|L|KD|V|MP|SD|FP)"
# "kommunalråd i opposition (S)": the side a title is held on, before the party
SIDE = r"(?:\s+i\s+(?:oppositionen|opposition|majoriteten))?"
_APPOSED = re.compile(rf"{NAME_WORD}(?: \({PARTY}\))?,\s+$")
# Capitalised words of minutes and page furniture that end a name, never part of it.
NOT_NAME = frozenset(
    {
        "Beslutande",
        "För",
        "Närvarande",
        "Ledamöter",
        "Ersättare",
        "Tjänstgörande",
        "Övriga",
        "Utses",
        "Justerare",
        "Justerande",
        "Justering",
        "Protokollförare",
        "Underskrift",
        "Ledamot",
        "Närvarorätt",
        "Justeringens",
        "Paragraf",
        "Paragrafer",
        "Underskrifter",
        "Sekreterare",
        "Ordförande",
        "Plats",
        "Tid",
        "Förhindrade",
        "Frånvarande",
        "Kommunhuset",
        "Stadshuset",
        "Telefon",
        "Tel",
        "Mobil",
        "Mejl",
        "Epost",
        "Foto",
        "Bild",
        # a case file's header fields ("Handläggare Tjänsteskrivelse Diarienummer Eva Ek")
        "Tjänsteskrivelse",
        "Diarienummer",
        "Datum",
        # a speech verb opening the line after a quote ("Säger Eva Ek, projektledare")
        "Säger",
        "Berättar",
        "Konstaterar",
    }
)


@cache
def _places() -> frozenset[str]:
    """Municipality and county names: "Karlsborg" after a title is a place, not a name."""
    return (
        frozenset([m.name for m in municipalities()] + [c.short_name for c in counties()])
        - first_names()
    )


@lru_cache(maxsize=4)
def head_words(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the words that end in a title head: where to look for whole titles. (A
    word scan and str.endswith: a regex over every position costs ten times as much;
    kept for the last pages, as several rules scan the same text.)"""
    heads = (*TITLE_HEADS, "ansvarig", "ansvarige")
    out: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0).lower()
        if (
            word.endswith(heads)
            or (word.endswith("n") and word[:-1].endswith(heads))
            or (word.endswith(("en", "et")) and word[:-2].endswith(heads))
        ):
            out.append((m.start(), m.end()))
    return tuple(out)


def is_title(text: str) -> bool:
    return TITLE_RE.fullmatch(text) is not None


def base_title(title: str) -> str:
    """'Regionrådet' -> 'regionråd'; spaces normalised; lower case unless an acronym
    ("IFO-chef", "ANDTS-samordnare")."""
    words = " ".join(title.split()).split(" ")
    if words[-1].lower() == "ordf":
        words[-1] = "ordförande"
    words = [f"{w[0]}:e" if re.fullmatch(r"\de", w) else w for w in words]  # "1e vice"
    last = words[-1]
    m = _DEFINITE.search(last)
    if m and not last.lower().endswith(TITLE_HEADS):
        words[-1] = last[: m.start()] + m.group("base")
    out = " ".join(words)
    first = out.split("-")[0].split()[0]
    if first.isupper() and len(first) > 1:
        return out
    return out.lower()


_PLURAL_NOUN = re.compile(r"(?:arna|erna|orna|ningen)$")


def name_words(text: str, start: int) -> list[tuple[int, int]]:
    """The capitalised words of a name starting at `start`: two, or three when the third
    is neither minutes furniture, a title, a label ("Dokument:"), nor the given name of
    the next person; a particle may stand before the last ("Boris von Uexküll")."""
    words: list[tuple[int, int]] = []
    pos = start
    particle_read = False
    while len(words) < 3:
        after_particle = False
        if words and not particle_read:
            particle = _PARTICLE_RE.match(text, pos)
            if particle is not None:
                pos, particle_read, after_particle = particle.end(), True, True
        m = NAME_WORD_RE.match(text, pos)
        if m is None or (m.end() < len(text) and re.match(r"[\wåäöéü]", text[m.end()])):
            break
        if len(words) == 2 and text.startswith(":", m.end()):
            break  # "Linda Ek Dokument: ...": the next label, not a surname
        word = m.group(0)
        if word in NOT_NAME or is_title(word):
            break
        if len(words) == 2 and given_name(word) and not after_particle:
            break  # "Magnus Fällström Kathrin Thomas": a new name starts
        if len(words) == 2 and (_PLURAL_NOUN.search(word) or text.startswith(" &", m.end())):
            break  # "VD Eva Ek Redovisningarna ...", "Eva Ek Vatten & Avfall AB": no surname
        words.append((m.start(), m.end()))
        if after_particle or not text.startswith(" ", m.end()):
            break  # the surname after a particle ends the name
        pos = m.end() + 1
    return words if len(words) >= 2 else []


def plausible_name(
    text: str, words: list[tuple[int, int]], *, party: bool = False, loose: bool = False
) -> bool:
    """A name whose first word is a known given name. With its party stated, any first
    word will do; `loose` (where the context says a name follows, as after a title) any
    but a long noun's definite form ("Folktandvården", "Kommunen"; a short "Maren" or
    "Karen" is a given name). A municipality's or county's name is a surname only after
    a known given name ("Anna Lund", "Per Berg"), never in "chef Folktandvården Karlsborg"."""
    if len(words) < 2:
        return False
    tokens = [text[s:e] for s, e in words]
    given = is_given_name(tokens[0])
    places = _places()
    if tokens[0] in places or (not given and any(t in places for t in tokens)):
        return False
    if party or given:
        return True
    first = tokens[0]
    return loose and not (len(first) >= 8 and first.endswith((*_DEFINITE_ENDINGS, *_NOUN_ENDINGS)))


def apposed(text: str, title_start: int) -> bool:
    """True when the title at `title_start` follows "Name, " or "Name (P), ": it is that
    name's apposition, and the capitalised words after it need not be a name."""
    return _APPOSED.search(text, max(0, title_start - 40), title_start) is not None


def is_given_name(word: str) -> bool:
    """A known given name, or a double one whose first part is ("Lars-Gunnar",
    "Anna-Caren")."""
    names = first_names()
    parts = word.split("-")
    return word in names or (
        len(parts) > 1 and parts[0] in names and all(p[:1].isupper() for p in parts)
    )


def spoken_title(text: str, title_start: int) -> bool:
    """True when a speech verb stands right before the title at `title_start`."""
    return SPOKEN_BEFORE.search(text, max(0, title_start - 20), title_start) is not None

"""The document vocabulary: the nouns that name a steering document, and the level words.

Why one place: the mention, list and kinds rules read the same nouns, and a compound's
head decides its kind ("klimatstrategi" -> strategy)."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.nodes import DocumentKind, Level
from ingest.language.gazetteer import counties, county_by_name, municipality_by_name, regions
from ingest.rules.actor_body_patterns import BODY_HEADS

NOUNS: dict[str, DocumentKind] = {
    "strategi": DocumentKind.STRATEGY,
    "handlingsplan": DocumentKind.ACTION_PLAN,
    "riktlinjer": DocumentKind.GUIDELINE,
    "riktlinje": DocumentKind.GUIDELINE,
    "rutin": DocumentKind.ROUTINE,
    "program": DocumentKind.PROGRAMME,
    "policy": DocumentKind.POLICY,
    "överenskommelse": DocumentKind.AGREEMENT,
    "avsiktsförklaring": DocumentKind.AGREEMENT,
    "avtal": DocumentKind.AGREEMENT,
    "kontrakt": DocumentKind.AGREEMENT,
    "löfte": DocumentKind.AGREEMENT,
    "deklaration": DocumentKind.AGREEMENT,
    "agenda": DocumentKind.STRATEGY,
    "plan": DocumentKind.PLAN,
}
# Nouns that name a steering document only in some compounds, or bare only when they
# refer back: "samverkansavtal", "klimatkontrakt" and "medborgarlöfte" are agreements,
# "hyresavtal", "hyreskontrakt" and "vallöfte" are not ("barnlöfte", "elektrifieringslöfte"
# are a municipality's and a county's pledges); "avtalet", "löftet" refer to one
# named before. A bare "agenda" needs an adjective ("Digital agenda", "den nationella
# agendan"): "Agenda 2030" is the UN's, "högt på agendan" an idiom.
RESTRICTED: dict[str, tuple[str, ...]] = {
    # "ett så kallat intentionsavtal", "ett utvecklingsavtal för åren 2015-2018"
    "avtal": (
        "samverkans",
        "samarbets",
        "partnerskaps",
        "borgmästar",
        "intentions",
        "utvecklings",
        "klimat",
    ),
    # "Klimatkontrakt 2030" binds a municipality and the state; "hyreskontrakt" no one.
    "kontrakt": ("klimat",),
    "löfte": ("medborgar", "klimat", "hållbarhets", "barn", "elektrifierings"),
    # "CEMR-deklarationen", "Demokratideklarationen": a declaration signed as a
    # commitment; an "inkomstdeklaration" or "energideklaration" is none.
    "deklaration": ("cemr", "demokrati", "jämställdhets", "mångfalds", "barnrätts", "klimat"),
    "agenda": (),
}
# A compound's head decides its kind; these -plan compounds are action plans.
ACTION_PLAN_HEADS = ("handlingsplan", "åtgärdsplan", "aktivitetsplan", "genomförandeplan")
# A title ending in a target year ("Översiktsplan 2050"): the year names the document.
TARGET_YEAR = re.compile(r"\s(?P<year>(?:19|20)\d{2})$")
# Adjectives that make a bare "plan" a financial one ("resultat- och ekonomisk plan").
NOT_DOCUMENT_ADJECTIVES = ("ekonomisk", "finansiell")


def kind_of(word: str) -> DocumentKind:
    """The kind a document noun or compound names, by its head: 'klimatstrategi' ->
    strategy, 'åtgärdsplan' -> action plan, 'översiktsplan' -> plan."""
    folded = word.lower()
    if folded.endswith(ACTION_PLAN_HEADS):
        return DocumentKind.ACTION_PLAN
    for noun, kind in NOUNS.items():
        if folded.endswith(noun):
            return kind
    raise ValueError(f"not a document noun: {word!r}")


# A compound's first part that says whose document it is ("Kommunplan", "Regionplan").
_OWNER_PREFIXES = frozenset(
    {"läns", "region", "regional", "kommun", "kommunal", "riks", "national", "nationell"}
)
# A compound's first part that says whose or what sort of document, not what about:
# "Länsplan", "Åtgärdsprogram", "Medborgarlöfte" and a region's "utvecklingsstrategi"
# (its one strategy, also named on the county: "Dalastrategin") name no topic.
_NO_TOPIC = frozenset(
    _OWNER_PREFIXES
    | {"åtgärds", "handlings", "aktivitets", "genomförande", "verksamhets", "utvecklings"}
    # "samverkans-", "medborgar-" say what kind of agreement; "klimat-" and "hållbarhets-"
    # (klimatkontrakt, klimatlöfte, hållbarhetslöfte) are topics.
    | {p for prefixes in RESTRICTED.values() for p in prefixes} - {"klimat", "hållbarhets"}
)


@lru_cache(maxsize=4096)  # a pure function of the word, asked for every pair of mentions
def compound_topic(word: str) -> str:
    """The topic a document compound names before its head, for the ids of documents
    with a period: 'Kulturprogram' -> 'kultur', 'ANDT-strategi' -> 'andt',
    'länstransportplan' -> 'transport', 'Regionplan' and 'handlingsplan' -> ''."""
    first = word.split(" ")[0].lower()
    head = kind_noun(first)
    if not head:
        return ""
    prefix = first[: len(first) - len(head)].rstrip("-")
    if prefix.startswith("läns") and prefix != "läns":
        prefix = prefix[4:]
    return "" if prefix in _NO_TOPIC or _place(prefix) else prefix


def owner_prefixed(word: str) -> bool:
    """'Kommunplan', 'Regionplan': a compound whose first part says whose document it is,
    not what it is about ("utvecklingsstrategi" says what about)."""
    first = word.split(" ")[0].lower()
    head = kind_noun(first)
    prefix = first[: len(first) - len(head)].rstrip("-") if head else ""
    return prefix in _OWNER_PREFIXES


@lru_cache(maxsize=4096)
def _place(prefix: str) -> bool:
    """A compound named on its place, not a topic: "Dalastrategin", "Sörmlandsstrategin",
    "Umeåplanen"."""
    for part in (prefix, prefix.removesuffix("s")):
        if municipality_by_name(part) is not None or _county_named(part) is not None:
            return True
        if len(part) >= 4 and any(c.short_name.lower().startswith(part) for c in counties()):
            return True  # "Dala" for Dalarna
    return False


# A county's short form as the first part of a compound: "Dalastrategin" is Dalarna's.
_COMPOUND_FORMS = {"dala": "20"}


def _county_named(part: str) -> str | None:
    """The county a place word names: its own name, its region's ("Sörmland", as in
    "Region Sörmland"), or its compound form ("Dala-")."""
    if part in _COMPOUND_FORMS:
        return _COMPOUND_FORMS[part]
    county = county_by_name(part)
    if county is not None:
        return county.code
    for region in regions():
        if any(n.lower() == f"region {part}" for n in (region.name, *region.aliases)):
            return region.county_code
    return None


def kind_noun(word: str) -> str:
    """The document noun a compound ends in: 'klimatstrategi' -> 'strategi'."""
    folded = word.lower()
    return next((n for n in (*ACTION_PLAN_HEADS, *NOUNS) if folded.endswith(n)), "")


def named_county(name: str, word: str) -> str | None:
    """The county a document's name is on ("Sörmlandsstrategin" -> 04), if its first
    part is a county's name and no municipality's."""
    head = kind_noun(word)
    folded = name.lower()
    cut = folded.find(head) if head else -1
    if cut <= 0:
        return None
    place = folded[:cut].rstrip("-")
    for part in (place, place.removesuffix("s")):
        if municipality_by_name(part) is not None:
            return None
        code = _county_named(part)
        if code is not None:
            return code
    return None


LEVEL_WORDS: dict[str, Level] = {
    "regional": Level.REGIONAL,
    "regionala": Level.REGIONAL,
    "regionalt": Level.REGIONAL,
    "länsgemensam": Level.REGIONAL,
    "länsgemensamma": Level.REGIONAL,
    "nationell": Level.NATIONAL,
    "nationella": Level.NATIONAL,
    "nationellt": Level.NATIONAL,
    "kommunal": Level.MUNICIPAL,
    "kommunala": Level.MUNICIPAL,
    # "lokal plan för suicidprevention": the municipality's, never the county's plan
    "lokal": Level.MUNICIPAL,
    "lokala": Level.MUNICIPAL,
}
# A document adopted or owned by the council or executive board is the municipality's.
COUNCILS = ("kommunfullmäktige", "kommunstyrelsen")
LEVEL_ADJECTIVE = {
    Level.REGIONAL: "Regional",
    Level.NATIONAL: "Nationell",
    Level.MUNICIPAL: "Kommunal",
}

ADJECTIVES = ("ny", "nya", "nytt", "gemensam", "gemensamma", "gemensamt")
# "antar föreslaget handlingsprogram", "godkänna upprättad plan": a decision's wording that
# points at the document before it, as a definite form would.
REFERRING_PARTICIPLES = (
    *("föreslagen", "föreslaget", "föreslagna", "upprättad", "upprättat", "upprättade"),
    *("bifogad", "bifogat", "bifogade"),
)
# Words that say a document is the current one, not what it is: never part of a title.
CURRENT_ADJECTIVES = (
    "befintlig",
    "befintliga",
    "befintligt",
    "nuvarande",
    "gällande",
    "kommande",
    "aktuell",
    "aktuella",
    *REFERRING_PARTICIPLES,
    "reviderad",
    "reviderat",
    "reviderade",
    "uppdaterad",
    "uppdaterat",
    "uppdaterade",
    "aktualiserad",  # "med aktualiserad utvecklingsstrategi": brought up to date
    "aktualiserat",
    "aktualiserade",
    "preliminär",  # "En preliminär kulturplan remissbehandlades": the draft of one
    "preliminärt",
    "preliminära",
    "tillhörande",
    "beslutad",
    "beslutade",
    # "en omarbetad klimatstrategi", "en framtagen handlingsplan": reworked, drawn up
    *("omarbetad", "omarbetat", "omarbetade", "framtagen", "framtaget", "framtagna"),
)
NEW_ADJECTIVES = ("ny", "nya", "nytt")
# "den befintliga planen": on a page about a new one, the one it replaces.
EXISTING_ADJECTIVES = ("befintlig", "befintliga", "befintligt", "nuvarande")
PREDECESSOR_ADJECTIVES = ("tidigare", "förra", "gamla")
# A descriptive adjective by its ending: "flerårig", "suicidpreventiva", "digital",
# "klimatpolitiska", "strategisk", "övergripande", "samlade" ("här", "där" are not, nor
# an assembly: "antog kommunfullmäktige klimatstrategin").
DESCRIPTIVE = (
    r"(?!(?:här|där|när|var|vår|alla|andra|olika|egna|hela|samma|enligt|kallad[et]?|[a-zåäö]*bär"
    # "A och B undertecknade krishanteringsstrategi": a headline's verb, no adjective
    r"|[a-zåäö]*fullmäktige|(?:under)?tecknad[et]?|signerad[et]?|beslutad[et]?"
    # "ett flertal klimatlöften": a count of documents, no adjective of one
    r"|flertal|fåtal|antal)\b)"
    r"[a-zåäö]{2,}(?:ig|lig|isk|iv|al|ell|är|ös|ad|ande|ende)(?:a|t|e)?"
)


def title_adjective(word: str, noun: str) -> str:
    """An adjective as a title gives it, agreeing with the noun in its base form:
    'suicidpreventiva' + strategi -> 'suicidpreventiv', 'kulturpolitiska' + program ->
    'kulturpolitiskt', 'fleråriga' + riktlinjer -> 'fleråriga'."""
    folded = word.lower()
    if noun.lower().endswith("riktlinjer") or folded.endswith(("ande", "ende")):
        return folded
    stem = folded
    if stem.endswith(("ade", "a")) or (stem.endswith("t") and not stem.endswith(("tt", "st"))):
        stem = stem[:-1]
    if noun.lower().endswith("program") and not stem.endswith(("d", "t")):
        return stem + "t"
    return stem


# The nouns alone: "strategin", "planen", "riktlinjerna" may name any compound's document.
BARE_NOUNS = (
    *(
        n
        for n in NOUNS
        if n not in ("avsiktsförklaring", "kontrakt", "löfte", "deklaration", "agenda")
    ),
    "handlingsplan",
)


def restricted_ok(
    word: str, noun: str, *, definite: bool, predecessor: bool, desc: bool, titled: bool = False
) -> bool:
    """Whether a mention of a RESTRICTED noun names a steering document (`titled`: it is
    capitalised mid-sentence, as "antog Deklaration om folkhälsa i Östergötland")."""
    folded, head = word.lower(), noun.lower()
    if head not in RESTRICTED:
        return True
    if head == "deklaration" and folded == head and titled:
        return True
    prefix = folded[: len(folded) - len(head)].rstrip("-")
    if prefix:
        return prefix in RESTRICTED[head]
    if head == "agenda":
        return desc or definite
    return definite or predecessor


def is_compound(word: str) -> bool:
    """A compound names its own kind of document ("klimatstrategi", "medborgarlöfte");
    a bare noun ("strategin", "agendan", "avtalet") may refer to any."""
    folded = word.lower()
    return folded not in BARE_NOUNS and folded not in RESTRICTED


def refers_to(anaphor: str, word: str) -> bool:
    """Whether a definite mention ("löftet", "agendan", "kulturstrategin") may name a
    document written `word`: a restricted noun only its own compounds; a compound on one
    topic no compound on another ("kulturstrategin" is no "klimatstrategi"); any other
    bare noun any of its kind."""
    head, target = anaphor.lower(), word.lower()
    if head in RESTRICTED:
        return target.endswith(head)
    # "energi- och klimatstrategi", "biblioteks- och kulturplan": the last compound's topic
    topic = compound_topic(indefinite(head.split()[-1]))
    other = compound_topic(indefinite(target.split()[-1]))
    # "översiktsplanen" is no "utvecklingsplan" or "handlingsplan" ("delprogrammet" is a
    # part of the programme named before: the same node)
    own = _prefix(head)
    if topic and not other and own != "del" and _prefix(target.split()[-1]) not in ("", own):
        return False
    return not (topic and other and topic != other and topic not in target)


def prefix_carried(anaphor: str, word: str, title: str) -> bool:
    """Whether a compound mention's own first part ("utvecklingsstrategin") fits a document
    written as a bare noun (`word` "agenda", "strategi"): its title must carry that part
    ("Strategi för regional utveckling"), else the compound names another document (a
    regional digital agenda is no "utvecklingsstrategi")."""
    own = _prefix(anaphor)
    if not own or own == "del" or _prefix(word.split()[-1]):
        return True
    if anaphor[: len(own)].rstrip("-").isupper():
        return True  # "ANDT-strategin": an acronym of a topic written out in the title
    return own.rstrip("s")[:6] in title.lower()


def _prefix(word: str) -> str:
    """What stands before a compound's head: 'utvecklingsplan' -> 'utvecklings'."""
    first = indefinite(word.lower())
    head = kind_noun(first)
    return first[: len(first) - len(head)].rstrip("-") if head else ""


def indefinite(word: str) -> str:
    """'va-strategin' -> 'va-strategi', 'kulturprogrammet' -> 'kulturprogram'."""
    for ending in ("met", "en", "et", "n", "t"):
        if word.endswith(ending) and kind_noun(word[: -len(ending)]):
            return word[: -len(ending)]
    return word


def name_may_refer(word: str) -> bool:
    """Whether a county's named document ("Värmlandsstrategin 2014-2020") may be a later
    naming of one written `word`: a bare noun or a regional development strategy, not a
    compound on another topic ("Region Värmlands folkhälsostrategi")."""
    return not compound_topic(word) or "utveckling" in word.lower()


# Words that open a noun phrase but no title: determiners and the adjectives above.
_TITLE_STOP = frozenset(
    (
        "en",
        "ett",
        "den",
        "det",
        "de",
        "nästa",
        *ADJECTIVES,
        *PREDECESSOR_ADJECTIVES,
        *CURRENT_ADJECTIVES,
    )
)
_CAPITAL_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,}")
_OPENERS = ("\n", ":", "\u2013", "-", "\u2022", "\u25cf", "\u25aa", "*")  # a line, item, clause


# A body's word ("Kommunfullmäktige", "Miljönämnden") or a municipality's: no title's.
_BODY_WORD = re.compile(rf"[a-zåäö-]*(?:{BODY_HEADS}|kommun)")


def title_word(text: str, word: str, start: int, limit: int) -> bool:
    """A capitalised word right before a document noun, where no sentence or line starts,
    that is no genitive ("Kronobergs"), place, determiner or level word: the first word
    of the document's title ("godkände Smart specialiseringsstrategi")."""
    if not _CAPITAL_WORD.fullmatch(word) or word.endswith("s"):
        return False
    folded = word.lower()
    if folded in LEVEL_WORDS or folded in _TITLE_STOP or _BODY_WORD.fullmatch(folded):
        return False  # "antog Kommunfullmäktige Klimatstrategi ...": the verb's subject
    before = text[limit:start]
    if not before.strip() or before.rstrip(" \t").endswith(_OPENERS):
        return False
    previous = before.split()[-1]
    if previous[:1].isupper() and before.strip() != previous:
        return False  # "Morgan Johansson program": a name's last part
    return not (county_by_name(word) or municipality_by_name(word))

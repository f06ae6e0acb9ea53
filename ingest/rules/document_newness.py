"""Whether a mention introduces a document, and the predecessor a page names only as such.

Beyond an indefinite article, a title, a period or an owner's genitive (read in
ingest.rules.extract_documents), a mention introduces a document when:
- it is definite, has a topic, and no document of its kind is named before it
  ("Vidare godkändes riktlinjerna för tillgänglighetsbidrag");
- it is national and refers back to nothing: the country has one such document
  ("det nationella handlingsprogrammets vision"); so is a definite regional one with its
  topic, even after a local plan ("den länsgemensamma handlingsplanen för suicidprevention");
- it is in a headline, which drops articles ("Regeringen presenterar handlingsplan
  för hållbar regional utveckling");
- a body adopts it without an article ("Fullmäktige antog strategisk plan för ..."), or
  with a describing adjective when none of its kind came before ("Den nya kulturpolitiska
  strategin antogs av kommunfullmäktige");
- a draft names it: "förslag till policy för medborgardialog", "Remiss - Policy för X";
- an article picks it out by what follows, without the noun's definite ending ("den
  strategi för digitalisering som ska gälla till 2025").
A document "tillhörande" another shares its owner and level; a bare "plan" is none.
A predecessor named only as such is ingest.rules.document_former's.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind, Level
from ingest.context import ActorHit
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.rules.document_cand import Cand
from ingest.rules.document_groups import Group
from ingest.rules.document_words import (
    ACTION_PLAN_HEADS,
    BARE_NOUNS,
    is_compound,
    kind_noun,
)

__all__ = [
    "belonging_to",
    "describes_only",
    "introduces",
    "kind_heading",
    "kind_only",
    "still_to_make",
    "task_item",
    "vague",
    "working_paper",
]


def introduces(c: Cand, ante: Group | None, adopter: ActorHit | None, kind_named: bool) -> bool:
    if c.predecessor:
        return False
    if c.restrictive:  # "den strategi för digitalisering som ska gälla till 2025"
        return True
    if c.listed and c.topic and (ante is None or ante.topic != c.topic):
        return True  # "Havsplaner för A, B och C": each item's plan is one of its own
    if c.definite and c.definite_topic and not kind_named:
        c.topic, c.end = c.definite_topic  # the topic is the document's, the mention spans it
        return True
    if c.level is Level.NATIONAL and ante is None:
        return True
    if _another_national(c, ante):
        return True
    if c.level is Level.REGIONAL and ante is None and c.definite and c.definite_topic:
        c.topic, c.end = c.definite_topic  # "den regionala planen för X" on a local page
        return True
    local = ante is None or ante.effective_level() is Level.MUNICIPAL
    if c.definite and c.topic and c.level is Level.REGIONAL and local:
        return True  # "den länsgemensamma handlingsplanen för X" after a local plan
    if _own_regional_compound(c, ante):
        return True
    if c.owned and c.topic and not c.det:  # "Västernorrlands kompetensråds plan för X"
        return True
    if c.headline:  # a headline drops the article: "Regeringen presenterar handlingsplan för X"
        return True
    if c.proposed and (c.topic or c.desc or c.year or not c.naked or is_compound(c.word)):
        return True  # "förslag till kulturplan", "Remiss - Policy för reklam i ..."
    if c.definite and c.desc and ante is None and adopter is not None and not kind_named:
        return True
    # "beslutade att anta klimatstrategi": minutes drop the article before a compound
    # that no mention before names
    named = bool(c.topic or c.desc) or (ante is None and is_compound(c.word))
    return adopter is not None and not c.det and not c.definite and named


def _another_national(c: Cand, ante: Group | None) -> bool:
    """'den nationella strategin för X' after 'Sveriges livsmedelsstrategi': a definite
    national mention on a topic the document before does not carry is another document
    (a compound's first part counts: 'den nationella digitaliseringsstrategin för X')."""
    topic = c.topic or (c.definite_topic[0] if c.definite_topic else None)
    if not (c.level is Level.NATIONAL and c.definite and topic and ante is not None):
        return False
    if _shares_topic(ante, f"{topic} {c.word if is_compound(c.word) else ''}"):
        return False
    c.topic, c.end = c.definite_topic or (topic, c.end)
    return True


def _shares_topic(group: Group, topic: str) -> bool:
    """Whether a word of the topic (by its first six letters) is in the group's naming; a
    group named by no topic of its own ("en ny nationell strategi") may be any."""
    if not (group.topic or is_compound(group.word)):
        return True
    named = f"{group.title} {group.topic or ''} {group.word}".lower()
    words = [w[:6] for w in re.findall(r"[a-zåäö]{5,}", topic.lower())]
    return not words or any(w in named for w in words)


def _own_regional_compound(c: Cand, ante: Group | None) -> bool:
    """'Den regionala utvecklingsstrategin' on a page about a 'specialiseringsstrategi':
    a definite regional compound names its own document (every region has one) unless
    the page names a document of that compound, or of a place's ("Sörmlandsstrategin")."""
    if not (c.definite and c.level is Level.REGIONAL and is_compound(c.word)):
        return False
    if c.det not in ("den", "det", "") or ante is None or not is_compound(ante.word):
        return False
    word, other = c.word.lower(), ante.word.lower()
    prefix = other[: len(other) - len(kind_noun(other))].rstrip("s-")
    return word != other and not (county_by_name(prefix) or municipality_by_name(prefix))


def belonging_to(groups: list[Group], c: Cand, sentence_start: int) -> Group | None:
    """'en regional strategi med tillhörande åtgärdsplan': the document named before it in
    the sentence, whose owner and level the belonging one shares."""
    return next(
        (g for g in reversed(groups) if any(sentence_start <= h.start < c.start for h in g.hits)),
        None,
    )


def vague(c: Cand, adopter: ActorHit | None, *, genitive: bool = False) -> bool:
    """A bare "plan" ("en plan för var sitt pilotprojekt", "ny plan mot våld", "en
    långsiktig plan") names a plan, not a document, unless a title, period, level or
    name makes it one, or a body adopts it with its adjective ("antog strategisk plan") or
    its topic ("beslutade att godkänna plan för krisberedskap"), or a body owns it in the
    genitive ("kommunfullmäktiges plan för klimatanpassning"), or it is a strategic plan
    for something ("en strategisk plan för transportomställningen")."""
    named = c.titled or c.period or c.level or c.name or (c.desc and adopter is not None)
    named = named or bool((c.owned or genitive) and c.topic)
    # "en strategisk plan för transportomställningen": a kind of plan and what it is for.
    named = named or bool(c.desc and c.topic and c.desc.lower().startswith("strategisk"))
    named = named or bool(adopter is not None and c.topic and not c.definite)
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
    en handlingsplan"). An existing one stays: "En handlingsplan finns sedan 2016".
    So does any noun defined at the opening of its sentence ("En översiktsplan är ett
    strategiskt dokument", "Vad är en översiktsplan?"): what such a document is."""
    if _defined(c, before, after):
        return True
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


# "En översiktsplan är ett strategiskt dokument som ...", "Vad är en översiktsplan?"
_DEFINING = re.compile(r"\s*(?:(?:är|innebär)\s+(?:en|ett)\s|\?)", re.I)
_DEFINED_LEAD = re.compile(r"\W*(?:vad\s+är\s+)?", re.I)


def _defined(c: Cand, before: str, after: str) -> bool:
    if c.det not in ("en", "ett") or c.definite or not _DEFINED_LEAD.fullmatch(before):
        return False
    said = c.topic or c.period or c.level or c.name or c.year or c.titled or c.proper
    return not said and _DEFINING.match(after) is not None


_HOW = re.compile(r"(?:för|om|kring)\s+(?:hur|vad|vilka|vilken|vilket|när)\s", re.I)


# "presenterar X nu en färdplan för hur ...", "har tagit fram en plan för hur ...": a
# finished document handed over or made is one, whatever its topic says it does.
_PRESENTED = re.compile(
    r"\b(?:presenterar|presenterade|lanserar|lanserade|publicerar|publicerade|släpper|"
    r"släppte|antog|fastställde|(?:har|hade)\s+(?:tagit\s+fram|antagit|fastställt|"
    r"presenterat|lanserat|publicerat))\b[^.,;:]{0,60}$",
    re.I,
)


def describes_only(c: Cand, before: str = "") -> bool:
    """'en rutin för hur man tar fram kalkyler', 'en gemensam strategi för hur länet ska
    utvecklas': a question for a topic says what such a document does, naming none; a
    title, period, level or name would make it one, and so would a verb presenting it."""
    said = c.titled or c.period or c.level or c.name or c.year or c.proper or c.definite
    said = said or bool(_PRESENTED.search(before))
    return not said and bool(c.topic and _HOW.match(c.topic.strip()))


# "är skyldiga att ingå en gemensam överenskommelse om ...", "planerar att upprätta en
# överenskommelse": an infinitive that would make the document names none yet.
_TO_MAKE = re.compile(
    r"(?:\batt\s+(?:ingå|upprätta|teckna|sluta)"
    # "förbinder sig att anta en integrerad strategi": a commitment's product, none yet
    r"|\b(?:förbinder|förband|förbundit|åtar|åtog|åtagit)\s+sig\s+att\s+(?:anta|ta\s+fram))"
    r"\s+(?:(?:en|ett)\s+)?(?:[a-zåäö]+\s+)?$",
    re.I,
)


# "har det saknats en gemensam strategi för X", "det finns ingen plan för": a document
# said to be missing names none.
_LACKING = re.compile(
    r"\b(?:saknas|saknades|saknats|saknar|saknat|avsaknad\s+av|finns\s+(?:det\s+)?(?:ingen|"
    r"inget|inte\s+någon|inte\s+något))(?:\s+det)?\s+(?:(?:en|ett|någon|något)\s+)?"
    r"(?:[a-zåäö]+\s+)?$",
    re.I,
)


# "Skånes livsmedelsstrategi är en gemensam utvecklingsstrategi för mat", "Vad är en
# översiktsplan?": an indefinite predicate of a document says what it is, naming no other
# ("Grunden är en avsiktsförklaring för ..." names one: its subject is no document).
# (The candidate's span may hold its article.)
_PREDICATE = re.compile(
    r"(?:\b[\w-]*(?:strategi|plan|program|policy|riktlinje|agenda|dokument|överenskommelse"
    r"|avsiktsförklaring|avtal|löfte|kontrakt|deklaration)\w*|\b[Vv]ad)"
    # not "är en förstärkning av nuvarande samverkansöverenskommelse": a document it builds on
    r"\s+(?:[\w-]+\s+)?(?:är|var|blir)\s+(?:(?:en|ett)\s+(?:(?!(?:av|till|för|om|med|mot|på)\s)"
    r"[a-zåäö-]+\s+){0,2})?$",
    re.I,
)


def still_to_make(c: Cand, before: str, found: list[Cand] | None = None, text: str = "") -> bool:
    """An agreement, routine or plan someone is to enter into or draw up, or one said to
    be missing, with no title, period or name of its own, is no document yet; nor is
    the product of a commission on a page titled by a document of its kind, nor an
    indefinite predicate ("X är en långsiktig tillväxtstrategi")."""
    if c.titled or c.period or c.name or c.proper or c.definite:
        return False
    near = before[-80:]
    if _COMMISSIONED.search(near) and any(_titles_page(o, c, text) for o in found or ()):
        return True
    return bool(
        _TO_MAKE.search(near)
        or _LACKING.search(near)
        or _EVERY_ONE.search(near)
        or _PREDICATE.search(near)
    )


# "fick i (regerings)uppdrag att ta fram en strategi för X": what a commission asks for.
# On a page whose title or heading names a document of that kind (a publication's page:
# "Strategi för X 2018-2023", "Publikationstyp: Strategi"), that is the commission's
# product; the commission's wording names no other document.
_COMMISSIONED = re.compile(
    r"[a-zåäö]*uppdrag(?:et)?\s+(?:om\s+)?att\s+(?:ta\s+fram|utarbeta|arbeta\s+fram)\s+"
    r"(?:(?:en|ett)\s+(?:[a-zåäö]+\s+)?)?$",
    re.I,
)
_PUBLICATION_TYPE = re.compile(r"Publikationstyp:\s*$")


def _titles_page(other: Cand, c: Cand, text: str) -> bool:
    if other is c or other.kind is not c.kind or other.predecessor or other.det:
        return False
    return other.heading or bool(_PUBLICATION_TYPE.search(text, 0, other.start))


# "• Upprätta plan för X", "1. Ta fram en plan för Y": an item of a list of tasks opens
# with the making verb; the document is still to be made (a capitalised verb is read as
# the start of a title, so the mention may begin with it).
_ITEM_MARK = r"[ \t]*(?:[•*\u2013-][ \t]*|\d{1,2}[.)][ \t]*)?"
_MAKING = r"(?:Upprätta|Ta\s+fram|Utarbeta|Arbeta\s+fram)\s+"
_TASK_ITEM = re.compile(_ITEM_MARK + _MAKING + r"(?:(?:en|ett)\s+)?(?:[a-zåäö]+\s+)?")
_TASK_TITLE = re.compile(_MAKING)
_MARK_ONLY = re.compile(_ITEM_MARK)


def task_item(text: str, start: int) -> bool:
    """The mention is the object of the making verb that opens a line (a task)."""
    line = text.rfind("\n", 0, start) + 1
    if _TASK_ITEM.fullmatch(text, line, start):
        return True
    return bool(_MARK_ONLY.fullmatch(text, line, start) and _TASK_TITLE.match(text, start))


# "Alla län ska enligt lag ha en strategi för ...": what every body of a kind must have
# is the kind of document, not one of them.
_EVERY_ONE = re.compile(
    r"\b(?:alla|varje|samtliga)\s+[a-zåäö]+\s+(?:ska|skall|måste|bör)\b[^.;:]{0,40}?"
    r"\b(?:ha|ta\s+fram|anta|upprätta)\s+(?:(?:en|ett)\s+(?:[a-zåäö]+\s+)?)?$",
    re.I,
)


# "för varje elev", "för projektet", "för dagen": a person's, a project's or an event's
# working paper, not a steering document; so is an "individuell" plan.
_WORKING = re.compile(
    r"(?:för|till)\s+(?:varje|var\s+och\s+en|den\s+enskild[ea]?|projektet|dagen|helgen|"
    r"kvällen|veckan|mötet|konferensen|seminariet|evenemanget|festivalen|resan)\b",
    re.I,
)


def working_paper(c: Cand) -> bool:
    """'en handlingsplan för varje elev', 'kommunikationsplan för projektet', 'Programmet
    för dagen', 'en individuell plan': no steering document."""
    if c.titled or c.period or c.name or c.proper:
        return False
    return bool(c.topic and _WORKING.match(c.topic.strip())) or c.desc.lower().startswith(
        "individuell"
    )


def kind_heading(c: Cand, found: list[Cand]) -> bool:
    """A page's heading that is a bare compound ("Näringslivsprogram") names a kind of
    document when the text speaks of that word only in the plural ("flera nya
    näringslivsprogram"); one it refers back to ("bostadsförsörjningsprogrammet") is
    the page's document."""
    if not c.heading or c.topic or c.period or c.name or c.year or c.proper:
        return False
    word = c.word.lower()
    later = [o for o in found if o.start > c.start and o.word.lower() == word]
    return bool(later) and all(o.plural for o in later)

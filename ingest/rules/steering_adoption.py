"""Whether a decision's words adopt a steering document: an ADOPTED link, not a Decision.

Why: "antog en ny miljöpolicy", "att folkhälsoplan 2016 godkänns", "Planen, som
fastställdes av nämnden, ..." adopt a document; a decision is anything else a body
decides. The verb, the document noun and what stands between them ("med underrubriken
...", "§ 12") tell which, and a document another body owns ("regionens strategi") or
one only backed ("ställde sig bakom") is no adoption of the body's own.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.adoption_backref import (
    REFERENCE_PASSIVE,
    pronoun_after,
    pronoun_before,
    referred_document,
    referred_object,
)
from ingest.rules.consultation_drafts import for_consultation
from ingest.rules.decision_page import annex_page
from ingest.rules.document_owners import LOCATIVE, PLACE_KINDS
from ingest.rules.document_stoplist import NOT_DOCUMENTS
from ingest.rules.main_document import main_document

__all__ = [
    "ADOPTS_ANNEX",
    "ASSENT",
    "BACKING",
    "DOCUMENT_ASIDE",
    "adopts_steering_document",
    "backs_others_document",
    "object_gap_ok",
    "opens_with_document",
    "owned_by_another",
    "steering_noun",
    "steering_stem",
]


_STEERING = re.compile(
    r"(?P<stem>\w*(?:strategi|plan|program|policy|riktlinjer?|rutin))"
    r"(?:n|en|er|erna|et|met|na|ar|arna)?",
    re.I,
)
# The noun of a council's yes: "Bifall för ks förslag om riktlinjer", "bifall till ett nytt
# program".
ASSENT = r"bifall\s+(?:till|för)"
_ADOPT_VERB = re.compile(
    # "Under kommunfullmäktige 13 maj beslutades den nya strategin": an inverted subject;
    # "Förslaget till reviderade riktlinjer": the adjective, no adoption.
    r"\b(?:(?:beslutades|beslöts)(?!\s+(?:att|om)\b)|"
    r"anta|antar|antog|antogs|antas|antagit|antagits|"
    r"fastställa|fastställer|fastställde|"
    r"fastställdes|fastställs|fastställt|godkänna|godkänner|godkände|godkändes|godkänns|"
    r"godkänt|revidera|reviderar|(?<!till\s)(?<!den\s)(?<!det\s)(?<!de\s)reviderade|reviderades|klubbade|klubbat|klubbades|klubbats|klubbad|(?:fattat|fattade|tog|tagit)\s+(?:(?!beslut\b)[\w-]+\s+){0,4}?beslut\s+om|"
    r"(?:beslut(?:a|ar|ade|at|ades)|beslöts?)\s+(?:(?!att\b)[\w-]+\s+){0,4}?(?:om|angående)|"
    r"ställ(?:a|de|er)\s+sig\s+(?:[\w-]+\s+){0,2}?bakom|bifalla|biföll|bifaller|bifallit|"
    rf"{ASSENT}|sa(?:de)?\s+(?:(?:också|även)\s+)?ja\s+till|"
    # "röstades igenom", "gav regionala utvecklingsnämnden grönt ljus för den nya planen"
    r"röst(?:ade|ades|at|ats)\s+igenom|"
    r"(?:gav|ger|gett|givit)\s+(?:[\w-]+\s+){0,3}?(?:grönt\s+ljus|klartecken)\s+(?:till|för))\b",
    re.I,
)
_OPEN_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab]\s*$")
_SOM_BEFORE = re.compile(r",?\s+som\s+(?:[\w-]+\s+){1,4}?", re.I)
_PASSIVE = re.compile(
    r"\s*(?:\(?\d{4}\)?\s+)?(?:antas|antogs|fastställs|fastställes|fastställdes|godkänns|"
    r"godkännes|godkändes|revideras|reviderades|beslutades|klubbades|röstades\s+igenom)\b",
    re.I,
)
# "Ny planeringsstrategi för X i enlighet med Y beslutades.": a long subject, the passive last.
# Not the verb of a relative clause ("de mål som antogs av X ska uppnås"), nor one with
# more to say after its agent.
_FINAL_PASSIVE = re.compile(
    r"(?<!\bsom)\s(?:antogs|fastställdes|godkändes|reviderades|beslutades|beslöts)"
    r"(?:\s+(?:av|i|på|vid)(?:\s+(?!(?:ska|skall|kan|kommer|och|som|att)\b)[\w-]+){1,5})?"
    r"\s*[.!]?\s*$",
    re.I,
)
# "Programmet, som gäller för åren 2024-2026, beslutades av ...": a relative clause aside.
_RELATIVE_ASIDE = re.compile(r"\s*,\s+som\s+[^,.;:\n]{3,80},")
_RELATIVE_PASSIVE = re.compile(
    r",?\s+som\s+(?:\w+\s+){0,4}?(?:antogs|antagits|fastställdes|fastställts|godkändes|"
    r"reviderades|beslutades|beslutats|antog|fastställde|godkände|reviderade)\b",
    re.I,
)
_PRONOUN_PASSIVE = re.compile(
    r"\b(?:det|den|de|dessa)\s+(?:\w+\s+)?(?:antogs|fastställdes|reviderades)\b", re.I
)
# What may stand between the verb and its object's head noun: articles, possessives,
# adjectives, a name ("det framtagna Tillväxt- och näringslivsprogrammet").
# ("anta regionens gemensamma yttrande över länsplanen": a statement on it, no adoption)
_OBJECT_GAP = re.compile(
    r"^\s*(?:(?!(?:för|av|om|till|i|med|på|över|från|att|som|och)\b)[\w\u2013-]+\s+){0,4}$",
    re.I,
)
# After a final verb, the proposal for the document: "fastställde det utskickade förslaget
# till lokalplan", "Bifall för ks förslag om riktlinjer" adopt it; "godkänt förslag till
# kulturplan" (to send on) does not.
_PROPOSAL_GAP = re.compile(
    r"^\s*(?:(?!(?:för|av|om|till|i|med|på|från|att|som|och)\b)[\w\u2013-]+\s+){0,3}?"
    r"(?:förslag(?:et|en)?\s+(?:till|om)|utkast(?:et)?\s+till)\s+"
    r"(?:(?:ny|nytt|nya|reviderad|reviderat|reviderade)\s+)?[\"\u201c\u201d\u00ab]?$",
    re.I,
)
# Approving a revision of a document adopts the document as revised: "godkänna
# revidering av det övergripande <document>", "antog en uppdaterad version av <document>".
_REVISION_GAP = re.compile(
    r"^\s*(?:(?:en\s+)?revidering(?:en)?|(?:en|den)\s+(?:[\w-]+\s+)?(?:reviderade?|uppdaterade?"
    r"|förnyade?|nya|ny)\s+version(?:en)?"
    # "antar beslutsdelen av Bostadsförsörjningsplan 2021-2025": a part of the document
    r"|(?:besluts|strategi|plan|mål)?del(?:en|arna)?)\s+av\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# Council's yes is final too: "Kommunfullmäktige sa ja till förslagen till X och Y".
_FINAL_VERB = re.compile(
    r"\b(?:fastställ(?:a|er|de|t)|anta|antar|antog|antagit"
    rf"|(?<=fullmäktige\s)sa(?:de)?\s+ja\s+till|\b{ASSENT}(?:\s+[\wåäö]+)?"
    # "I februari antog kommunfullmäktige beredningens förslag till ...": inverted
    r"|\b(?:antog|fastställde)\s+(?:kommun|region)?fullmäktige)\s*$",
    re.I,
)
_PROPOSED = re.compile(
    r"\bföresl(?:å|år|og|agit)\b|\bförslag(?:et)?\s+till\s+(?:kommun|region)?fullmäktige", re.I
)
_WORD = re.compile(r"[\wåäöÅÄÖ-]+")


def steering_noun(word: str) -> bool:
    """'miljöpolicy', 'Strategin', 'riktlinjerna', 'Värmlandsstrategin': a steering
    document's noun, in any form; not 'detaljplan' or 'tidplan'."""
    return steering_stem(word) is not None


# Convention: a body that "ställer sig bakom" its own document adopts it; backing
# another organisation's ("kompetensrådets plan", the owner in the genitive) is a
# decision that concerns it.
BACKING = re.compile(r"ställ(?:de|er|t)\s+sig\s+(?:[\w-]+\s+){0,2}?bakom", re.I)
_NEXT_WORDS = re.compile(r"\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_OWN_GENITIVES = frozenset(
    {"kommunens", "regionens", "länets", "nämndens", "styrelsens", "förbundets", "dess"}
)


def backs_others_document(text: str, verb_start: int, verb_end: int) -> bool:
    """'ställde sig bakom Västernorrlands kompetensråds plan ...': the verb backs a
    document another organisation owns (a genitive owner before its steering noun)."""
    if not BACKING.fullmatch(text, verb_start, verb_end):
        return False
    m = _NEXT_WORDS.match(text, verb_end)
    words = m.group(1).split() if m else []
    noun = next((i for i, w in enumerate(words) if steering_noun(w)), None)
    if not noun:
        return False
    owner = words[noun - 1].lower()
    return len(owner) > 3 and owner.endswith("s") and owner not in _OWN_GENITIVES


_GENITIVE_BEFORE = re.compile(r"(?P<owner>[\w-]{4,}s)\s+$")


def owned_by_another(ctx: Context, node_id: str) -> bool:
    """The page names the document with a genitive owner ("kompetensrådets plan"), so
    'ställde sig bakom planen' backs another organisation's document."""
    for hit in ctx.documents:
        if hit.node_id != node_id:
            continue
        m = _GENITIVE_BEFORE.search(ctx.text, max(0, hit.start - 40), hit.start)
        if m and m["owner"].lower() not in _OWN_GENITIVES:
            return True
    return False


def steering_stem(word: str) -> str | None:
    """The steering noun's form without its ending, lower-cased ('Kulturplanen' ->
    'kulturplan'), or None when the word is no steering noun."""
    m = _STEERING.fullmatch(word.strip("-"))
    if m is None or m["stem"].lower() in NOT_DOCUMENTS:
        return None
    return m["stem"].lower()


_DATE_LEAD = re.compile(r"\b(?:i|den|under)\s+$", re.I)
_PARAGRAPH_REF = re.compile(r"\s*,?\s*§\s*\d+\s*,?\s*")


def object_gap_ok(ctx: Context, start: int, end: int) -> bool:
    """Only articles, adjectives and dates ("fastställde i går en ...") in [start, end)."""
    text = ctx.text[start:end]
    for found in reversed([d for d in ctx.dates if start <= d.start and d.end <= end]):
        head = _DATE_LEAD.sub("", text[: found.start - start])  # "i maj 2022", "den 3 mars"
        text = head + text[found.end - start :]
    text = _PARAGRAPH_REF.sub(" ", text)  # "fastställde nämnden i maj 2022, § 81, <doc>"
    text = _OPEN_QUOTE.sub(" ", text)  # "fastställa ”Plan för ...”": a quoted title
    # "Tillväxt- och näringslivsprogrammet", "Krisberedskap- och kriskommunikationsplan":
    # a shared compound part is one word (the gap may end inside the compound).
    joined = re.sub(r"-\s+och\s+", "-och- ", text)
    if _OBJECT_GAP.match(joined) or _REVISION_GAP.match(text):
        return True
    final = _FINAL_VERB.search(ctx.text, max(0, start - 40), start)
    return bool(final and _PROPOSAL_GAP.match(joined))


def opens_with_document(ctx: Context, start: int, end: int) -> bool:
    """The words from start up to `end` open with a steering document: a document the
    page names, or a steering noun, behind at most a few articles and adjectives."""
    for doc in ctx.documents_in(Span(start, end)):
        if object_gap_ok(ctx, start, doc.start):
            return True
    for word in _WORD.finditer(ctx.text, start, end):
        if not object_gap_ok(ctx, start, word.start()):
            if _in_date(ctx, word.start()):
                continue  # "i maj 2022": the gap is whole once the date is
            return False
        if steering_noun(word.group()):
            return True
    return False


def _in_date(ctx: Context, at: int) -> bool:
    """`at` is inside a date or on the word that leads it ("i maj 2022")."""
    for d in ctx.dates:
        if d.start <= at < d.end or (
            at < d.start and _DATE_LEAD.search(ctx.text, at, d.start) and d.start - at <= 6
        ):
            return True
    return False


_LEAD = re.compile(r"[\W\d]*(?:att\s+)?", re.I)


def _after_subject(ctx: Context, start: int, end: int) -> int:
    """Past an inverted subject: "fastställde Länsstyrelsen i X län <object>"."""
    for actor in ctx.actors_in(Span(start, end)):
        if not ctx.text[start : actor.start].strip():
            return actor.end
        break
    return start


# An aside between a document and its verb: "<doc> med underrubriken ”...” antogs".
DOCUMENT_ASIDE = (
    r"(?:\s*,?\s*(?:med\s+(?:underrubriken|undertiteln|rubriken|titeln|namnet)\s+)?"
    r"[\"”“«][^\"”“»\n]{1,120}[\"”“»]\s*,?|\s*\([^()\n]{1,80}\)\s*,?)?"
)
_ASIDE = re.compile(DOCUMENT_ASIDE, re.I)


# "<doc> reviderades under 2022 och antogs av ...": another passive of the same subject first.
_COORDINATED = re.compile(
    r"\s+(?:har\s+)?[a-zåäö]{4,}(?:des|tes|ts|ats)\b[^.,;:()\n]{0,50}?\s+och\b", re.I
)


def _passive_after(ctx: Context, start: int, end: int) -> bool:
    """A passive adoption verb right after start (past an aside, or another passive of
    the same subject), or after a relative 'som'."""
    start = m.end() if (m := _ASIDE.match(ctx.text, start, end)) else start
    start = m.end() if (m := _RELATIVE_ASIDE.match(ctx.text, start, end)) else start
    if (m := LOCATIVE.match(ctx.text, start, end)) and (
        place := next((a for a in ctx.actors if a.start == m.end()), None)
    ):
        start = place.end if place.kind in PLACE_KINDS else start  # "X i Gotlands kommun"
    if (m := _COORDINATED.match(ctx.text, start, end)) and _PASSIVE.match(ctx.text, m.end(), end):
        return True
    return bool(
        _PASSIVE.match(ctx.text, start, end) or _RELATIVE_PASSIVE.match(ctx.text, start, end)
    )


# "Målsättning för X fastställes enligt bilaga till denna paragraf", "att anta programmet
# enligt bilaga": on a page that is that annex (ingest.rules.decision_page.ANNEX), the
# adoption of the page's document.
ADOPTS_ANNEX = re.compile(
    r"\b(?:fastställ(?:es|s|des|a)|ant(?:as|ages|ogs|a)|godkänn(?:es|s|a)|godkändes)\s+"
    r"(?:[\w-]+\s+){0,6}?enligt\s+bilaga",
    re.I,
)


# A page's dated fact line in the subjectless past: "Antogs av kommunfullmäktige 8 december
# 2015." (undated, under an item's heading, it is that item's decision: "Antogs av KF.")
_SUBJECTLESS = re.compile(r"\W*(?:Antogs|Fastställdes|Godkändes|Reviderades)\s+(?:av|i)\s")


def adopts_steering_document(ctx: Context, start: int, end: int) -> bool:
    """The clause [start, end) adopts a steering document ("godkänna strategi för ...",
    "att folkhälsoplan 2016 godkänns", "beslutade om Strategin för ...", "policyn, som
    antogs av ..."), or on an annex page the page's document ("fastställes enligt
    bilaga"), and does not propose it to another body."""
    text = ctx.text[start:end]
    if _PROPOSED.search(text) or for_consultation(text):
        return False  # proposed to another body, or approved as a draft to circulate
    if _SUBJECTLESS.match(text) and ctx.dates_in(Span(start, end)) and main_document(ctx):
        return True  # "Antogs av kommunfullmäktige 8 december 2015.": the page's document
    if ADOPTS_ANNEX.search(text) and annex_page(ctx):
        return True
    for verb in _ADOPT_VERB.finditer(ctx.text, start, end):
        if backs_others_document(ctx.text, verb.start(), verb.end()):
            continue
        after = _after_subject(ctx, verb.end(), end)
        if opens_with_document(ctx, after, end) or pronoun_after(ctx, Span(start, end), after):
            return True  # "antog den nya planen", "antog den i juni"
        if referred_object(ctx, Span(start, end), after):
            return True  # "anta det nya förslaget": the document proposed
        # "agendan som regionstyrelsen på onsdagen ställde sig bakom": its relative clause
        for doc in ctx.documents_in(Span(start, verb.start())):
            if _SOM_BEFORE.fullmatch(ctx.text, doc.end, verb.start()):
                return True
    if _PRONOUN_PASSIVE.search(text):
        return True  # "sedan det antogs 1997": a document referred back to
    for verb in REFERENCE_PASSIVE.finditer(ctx.text, start, end):
        if referred_document(ctx, Span(start, end), verb.start()):
            return True  # "Förslaget antogs av fullmäktige": the document proposed
        if pronoun_after(ctx, Span(start, end), verb.end()):
            return True  # "i november antogs den av regionfullmäktige"
        if pronoun_before(ctx, Span(start, end), verb.start()):
            return True  # "Den klubbades av regionfullmäktige i går": the one just named
    # Passive, the document as subject: "(att) folkhälsoplan 2016 godkänns",
    # "Handlingsplanen för 2023-2026 antogs av ...", "... folkhälsopolicy, som antogs".
    for doc in ctx.documents_in(Span(start, end)):
        if _passive_after(ctx, doc.end, end):
            return True
    lead = _LEAD.match(ctx.text, start, end)
    subject = lead.end() if lead else start
    opening = True  # still within the clause's first noun phrase
    for word in _WORD.finditer(ctx.text, start, end):
        if not steering_noun(word.group()):
            opening = opening and (
                word.start() < subject or object_gap_ok(ctx, subject, word.end() + 1)
            )
            continue
        if _RELATIVE_PASSIVE.match(ctx.text, word.end(), end):
            return True
        if opening and (
            _PASSIVE.match(ctx.text, word.end(), end)
            or _FINAL_PASSIVE.search(ctx.text, word.end(), end)
        ):
            return True
        opening = False
    return False

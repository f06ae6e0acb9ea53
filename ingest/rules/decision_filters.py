"""What is not a decision taken, though it has a decision's words.

Why: minutes and news around a decision carry its procedure and its background in
the same vocabulary. "Förslag till beslut", "Yrkanden", "Reservation" head what was
proposed or claimed, not decided; "Motionären yrkar ...", "Förslagen innebär att
... förlängs", "Interpellationen besvarades av ordföranden", "Länsstyrelsen kommer
att inbjuda", "har i uppdrag" (a standing mandate) and "beslutat om tre nya uppdrag",
"beslutade i flera frågor" or "har gett ett tiotal myndigheter i uppdrag" (a summary of
the items that follow) are not decisions either, nor is a decision denied ("är ej
beslutade"), a report due ("X ska redovisa uppdraget ..."), the chair's procedure, a
decision only expected or a clause that does not state it as taken
(ingest.rules.decision_unstated). Whether the words adopt a steering document instead is
ingest.rules.steering_adoption's question.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import Context
from ingest.language.date_words import MONTHS
from ingest.language.regex_guard import compile_guarded
from ingest.rules.decision_counts import counts_decisions
from ingest.rules.document_words import kind_of
from ingest.rules.steering_adoption import steering_noun, steering_stem

__all__ = [
    "by_proposal_only",
    "decision_marker_end",
    "earlier_version",
    "habitual",
    "housekeeping",
    "not_taken",
    "passive_lead_end",
    "procedural",
]

# Minutes' structure words at the head of a sentence.
_PROCEDURAL = re.compile(
    r"^[\W\d]*(?:följande\s+)?(?:förslag\s+till\s+beslut|yrkande\w*|beslutsunderlag|ärendebeskrivning"
    r"|protokollsanteckning\w*|reservation\w*|dagordning|föredragningslista\w*"
    r"|beslutsgång\w*|propositionsordning|omröstning\w*|handlingar\s+i\s+ärendet"
    r"|expedieras|bilagor|motivering|sammanfattning|bakgrund"
    # "Anmälningarna läggs till handlingarna": reports of delegated decisions, not decisions
    r"|anmälningar(?:na)?|anmälda\s+delegationsbeslut|delegationsbeslut(?:en)?|meddelanden(?:a)?"
    # "Föregående mötesprotokoll ... läggs till handlingarna": the last meeting's record
    r"|föregående\s+(?:mötes|sammanträdes)?protokoll"
    # the minutes' notice block: "Datum då anslaget sätts upp", "... tas ned"
    r"|datum\s+då\s+anslaget"
    # "att tacka förslagsställaren för ett initiativ": a courtesy beside the decision
    r"|(?:att\s+)?tacka\s+(?:förslagsställaren|förslagsställarna|motionären|motionärerna))\b",
    re.I,
)
# "... Beslut Förslag till kommunfullmäktige Motionen avslås": what follows the marker
# in a run-on minutes line is the decision.
# "Beslut från Tekniska nämnden: Att ge ...": the line's label names the body.
_MARKER = re.compile(
    r"(?:\b\w+s\s+)?(?<!till )\b[Bb]eslut(?:ar)?\b\s*:?\s*"
    r"(?:[Ff]örslag\s+till\s+(?:kommun|region)?fullmäktige\s*:?\s*)?(?=[A-ZÅÄÖ1-9])"
    r"|^\W*[Bb]eslut\s+(?:från|i|av)\s+[^:.\n]{3,60}?:\s*(?=\w)",
)
_NOT_TAKEN = re.compile(
    r"\byrka[rnd]\w*|\bmotionär\w*|\binterpellation\w*|\bföreslås\b"
    # a member's motion: "Eva Ek (C) har i en motion föreslagit att kommunstyrelsen ..."
    r"|\bi\s+(?:en\s+)?motion\s+(?:\w+\s+)?(?:föreslagit|föreslår|föreslog|yrkat)\b"
    # ... or a member's proposal at the meeting: "Per Holm (KD) föreslår att ..."
    r"|\((?:[A-ZÅÄÖ]{1,3}|[a-zåäö]{1,2})\)\s+(?:föreslår|föreslog)\b"
    # an office's or party's proposal as content: "Stadskontorets förslag är att ..."
    r"|^\W*[\w-]+s\s+förslag\s+(?:är|var)\s+att\b"
    # a document's contents: "Planen innehåller mål och uppdrag till nämnderna"
    r"|\b(?:innehåller|omfattar|rymmer|består\s+av)\s+(?:[\w,-]+\s+){0,10}?uppdrag\s+(?:till|åt)\b"
    # a note for the minutes: "Till protokollet förs att ..."
    r"|^\W*till\s+protokollet\s+(?:förs|antecknas)\b"
    r"|^\W*(?:förslag(?:et|en)?|promemorian|remissen|motionen|utredningen|skrivelsen)\s+"
    r"(?:\w+\s+){0,2}?(?:innebär|syftar|föreslår|går\s+ut\s+på|var\s+att|är\s+att)\b"
    r"|\bkommer\s+(?:att\s+|därför\s+att\s+)?(?:\w+\s+)?(?:få|ges|inbjuda|besluta|fatta|ta)\b"
    # a step to come in the passive: "Det kommer sedan skickas ut på remiss"
    r"|\bkommer\s+(?:att\s+)?(?:sedan|därefter)\s+(?:att\s+)?[a-zåäö]{3,}as\b"
    # ("Regeringen har idag gett X i uppdrag": a task given, an adverb before the verb)
    # ("Under 2019 har regeringen lämnat i uppdrag till X": the subject inverted between)
    r"|\bhar\s+(?:(?!(?:fått|getts|givits|gett|givit|lämnat)\b)\w+\s+){0,3}?i\s+uppdrag\b"
    r"|\bhar\s+(?:till\s+uppgift|som\s+uppdrag)\b"
    # "har under åren 2016-2019 haft i uppdrag att": a mandate held, not given
    r"|\b(?:har|hade)\s+(?:[\w\u2013-]+\s+){0,5}?haft\s+i\s+uppdrag\b"
    # a relative clause's adoption: "den handlingsplan som A, B och C nu har antagit"
    # (not an opening "Som stöd för X har fullmäktige antagit ...")
    r"|(?<=[\w,]\s)som\s+(?:[\w-]+,?\s+){1,14}?(?:(?:nu|också|även)\s+)?(?:har\s+|hade\s+)?"
    r"antagit\b"
    # the condition of the decision before: "Beslutet gäller under förutsättning att ..."
    r"|^\W*(?:beslutet|detta|det)\s+(?:\w+\s+)?(?:gäller|sker|tas)\s+(?:\w+\s+)?"
    r"(?:under\s+(?:den\s+)?förutsättning|på\s+villkor)\b"
    # a decision denied: "Dessa exempel och förslag är ej beslutade."
    r"|\b(?:ej|inte|icke)\s+(?:\w+\s+)?(?:beslutad|beslutade|beslutat|fastställd|fastställda"
    r"|antagen|antagna|antaget|godkänd|godkända|godkänt)\b"
    # ... or a passive act that did not happen: "Avtalet godkändes inte av en kommun."
    r"|\b(?:godkändes|antogs|beslutades|fastställdes|beviljades|bifölls)\s+(?:inte|ej)\b"
    # the meeting's own procedure anywhere in the sentence: "... och föredragningslistan
    # godkändes"; what a body decided as a relative clause ("det arbete som nämnden
    # beslutat"); the lead of the items below ("föreslår att X beslutar följande:")
    r"|\b(?:föredragningslista|dagordning)(?:n|en)?\s+(?:godkändes|godkänns|fastställdes)\b"
    r"|\bsom\s+(?:[\wåäö-]+\s+){1,3}?(?:har\s+)?beslutat\s*[.!]?\s*$"
    r"|\bbeslut(?:ar|ade)\s+(?:bl\.?\s?a\.?\s+|bland\s+annat\s+)?(?:om\s+)?följande\b"
    # "beslutade regionstyrelsen att göra följande satsningar:": the items are the acts
    r"|\bbeslut(?:ar|ade)\s+(?:[\wåäö-]+\s+){0,3}?att\s+(?:göra|vidta|genomföra)\s+följande\s"
    r"[^:]*:\s*$"
    # a mandate, not an act: "Nämnden beslutar om vilka prioriteringsgrunder som ska gälla"
    r"|\bbeslutar\s+(?:\w+\s+)?om\s+(?:vilka|vilken|vilket|hur|vad|när)\b"
    # who decides such things: "Det är riksdagen som beslutar om länsstyrelsernas verksamhet"
    # ("Det är medlemmarna, länets kommuner och landsting, som utser ledamöter")
    r"|^\W*det\s+är\s+(?:[\w-]+,?\s+){1,8}?som\s+(?:\w+\s+)?(?:beslutar|fattar\s+beslut|"
    r"fastställer|utser|väljer|tillsätter)\b"
    # a report due, not a decision: "Myndigheten ska redovisa uppdraget den 1 mars 2019."
    r"|^\W*(?:[\w-]+\s+){1,3}?ska(?:ll)?\s+(?:\w+\s+)?(?:redovisa|rapportera|återrapportera)\b"
    # What the measures are: "Åtgärderna i planen är till stor del uppdrag till myndigheter"
    r"|\b(?:är|var|utgörs\s+av)\s+(?:\w+\s+){0,3}?uppdrag\s+(?:till|åt)\b"
    r"|\bbesvara(?:s|des)\s+av\s+(?!(?:kommun|region)?fullmäktige)\w+s?\s+"
    r"(?:ordförande|\w*råd|\w*direktör|\w*chef)\b"
    # Information given of another's act: "X informerade även om att Y har utsett ..."
    r"|\binformera(?:de|r|t)\s+(?:även\s+|också\s+)?om\s+att\b"
    # A total broken down: "Av dessa avsätts 5 043 miljoner till regionerna"
    r"|^\W*av\s+(?:dessa|detta|dem|summan|beloppet|pengarna|medlen)\s"
    # ... or summed up: "Totalt beviljades 59 miljoner kronor av nämnden"
    r"|^\W*(?:totalt|sammanlagt|sammantaget)\s+(?:sett\s+)?(?:\w+\s+){0,2}?"
    r"(?:beviljades|beviljas|tilldelades|fördelades|avsattes|beslutades)\b"
    # ... or tallied over a period: "Under programperioden har hittills beviljats 132 Mkr",
    # "Sedan 2008 har X fördelat 5,7 miljarder kronor till 1836 projekt"
    r"|\b(?:hittills|under\s+(?:hela\s+)?(?:program|projekt)?perioden|sedan\s+(?:år\s+)?"
    r"(?:19|20)\d\d)\s+(?:[\w,-]+\s+){0,8}?"
    r"(?:beviljats|beviljades|fördelats|tilldelats|beviljat|fördelat|tilldelat)\b"
    # What a law lays down: "I kommunallagen 6 kap 6 § fastställs att nämnderna ska ..."
    r"|^\W*(?:i|enligt)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:lagen|förordningen|balken)\b",
    re.I,
)
# The chair's procedure: "Ordföranden frågar om nämnden bifaller förslaget och finner att
# så är fallet", "ställer proposition på ...": how a decision was reached, not one.
_CHAIR = re.compile(
    r"\bfrågar\s+om\b|\bställer\s+(?:\w+\s+){0,2}?(?:frågan|proposition\w*)\b|\bfinner\s+att\b"
    # the meeting's own housekeeping: "Eva Ek (S) utses att justera protokollet"
    r"|\butses\s+(?:att\s+)?(?:till\s+)?justera\w*\b|\bjusteras\s+(?:den|\d)",
    re.I,
)
# "Fullmäktige utser A och B att jämte ordföranden justera dagens protokoll".
_CHECKERS = re.compile(r"\batt\s+(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?protokoll")


def housekeeping(line: str) -> bool:
    """The meeting's choice of who checks its minutes: no decision the page reports."""
    return _CHECKERS.search(line) is not None


# Questions answered by an official: "Frågor om strategin besvaras av planeringsdirektör X";
# a question referred on ("skickade vidare frågan till X") is a decision.
# "i uppdrag att utreda frågan om X" is a task on a question, a decision.
_QUESTION = compile_guarded(
    # ("beslutade att återremittera frågan": sent back, a decision)
    r"^\W*frågor?\b|(?<!vidare\s)(?<!utreda\s)(?<!analysera\s)(?<!belysa\s)(?<!över\s)"
    r"(?<!återremittera\s)(?<!bordlägga\s)"
    r"\bfrågan\b(?!\s+vidare\b)",
    re.I,
)


# "Regionfullmäktige beslutade enligt regionstyrelsens förslag (med ett tillägg av X).":
# what was decided is in the proposal, stated elsewhere, not in the sentence.
_BY_PROPOSAL_ONLY = re.compile(
    r"\W*(?:[\w-]+\s+){0,4}?(?:beslut\w*|beslöt)\s+(?:\w+\s+){0,2}?"
    r"(?:enligt(?:\s+med)?|i\s+enlighet\s+med)\s+(?:[\w:-]+\s+){0,3}?förslag(?:et|en)?"
    r"(?:\s+till\s+beslut)?(?:\s+med\s+(?:\w+\s+)?(?:tillägg|ändring\w*|justering\w*)"
    r"(?:\s+(?:av|från)\s+[^.;:]*)?)?"
    # "..., vilket återges i avsnitt 2.1", "efter votering 7 - 6", ", yrkande från MP avslogs"
    r"(?:,?\s+(?:vilket|som|efter\s+votering)\b[^;:]*|,\s+yrkande[^;:]*)?\W*",
    re.I,
)
# "Detta beslutades på kommunfullmäktige den 25 september", "Det bifölls och lämnas
# vidare": the act of the sentence before, told again by a pronoun.
_PRONOUN_ACT = re.compile(
    r"\W*(?:Detta|Det)\s+(?:beslutades|beslöts|bifölls|godkändes|antogs|fastställdes|klubbades)\b"
    r"(?!\s+(?:\w+\s+){0,6}?(?:att|om)\b)",  # "Det beslutades (även) att ...": expletive
    re.I,
)


# "ett uppdrag som regionfullmäktige beslutade om i höstas": only when, not what;
# "områden som gruppen har beslutat att arbeta vidare med": the object left before;
# "... går upp till kommunfullmäktige för beslut 12 juni.": a day, and nothing decided.
_NOTHING_STATED = re.compile(
    r"\W*(?:i|under)\s+(?:höstas|våras|somras|vintras|fjol|går)\W*"
    r"|\W*(?:[\wåäö-]+\s+){1,3}(?:med|om|för|på|till|av|åt|kring)\W*"
    # "Kommunfullmäktige beslutar om detta den 2 maj 2024.": what, said before; a day
    rf"|\W*(?:(?:detta|det|dessa|frågan|ärendet)\s+)?(?:den\s+)?\d{{1,2}}(?::[ea])?\s+"
    rf"(?:{'|'.join(MONTHS)})(?:\s+(?:19|20)\d{{2}})?\W*",
    re.I,
)


def by_proposal_only(text: str) -> bool:
    """The whole text says only that a body decided as proposed, that "this" was
    decided, or when."""
    return bool(
        _BY_PROPOSAL_ONLY.fullmatch(text)
        or _PRONOUN_ACT.match(text)
        or _NOTHING_STATED.fullmatch(text)
    )


_CUT_SHORT_WORDS = 3


def cut_short(text: str, end: int, summary: str) -> bool:
    """A short decision in a last sentence the page's text breaks off ("beslutat att
    bevilja s", "beslutar uppdra till ar"): what was decided is not on the page."""
    page = text.rstrip()
    broken = page[-1:] not in '.!?)"”:'
    return broken and end >= len(page) and len(summary.split()) <= _CUT_SHORT_WORDS


def procedural(text: str) -> bool:
    """A sentence headed by a minutes' structure word, with no decision marker after it."""
    return bool(_PROCEDURAL.match(text)) and _MARKER.search(text) is None


# "(MP) lämnade ett eget förslag till länsplan. Detta avslogs.": a party's amendment
# voted down is how the meeting went, not one of its decisions.
_VOTED_DOWN = re.compile(
    r"\W*(?:detta|dessa|det|de|yrkandet|yrkandena|förslaget)\s+(?:avslogs|röstades\s+ned)\W*$", re.I
)
_AMENDMENT = re.compile(
    r"^\W*\((?:[A-ZÅÄÖ]{1,3}|-)\)|\byrka(?:de|nde|nden|ndet)\b|\btilläggsyrkande", re.I
)


def rejected_amendment(ctx: Context, index: int) -> bool:
    """A short "Detta avslogs." after a party's amendment or a yrkande, or both in one."""
    sentence = ctx.sentences[index]
    text = ctx.text[sentence.start : sentence.end]
    tail = re.search(r"[^.!?]*[.!?]?\s*$", text)
    if tail is None or not _VOTED_DOWN.fullmatch(tail.group(0)):
        return False
    if _AMENDMENT.search(text[: tail.start()]):
        return True
    if index == 0:
        return False
    before = ctx.sentences[index - 1]
    return bool(_AMENDMENT.search(ctx.text[before.start : before.end]))


def decision_marker_end(text: str) -> int:
    """Where the decision starts after the last 'Beslut' marker of a run-on line, or 0."""
    last = 0
    for m in _MARKER.finditer(text):
        last = m.end()
    return last


# "Vidare beslutades att ge ...": the lead of a passive decision, not what was decided.
# "På nämndens möte den 21 februari beslutades bland annat att Förskolan X utökas": a
# fronted meeting, and a proper noun may open what was decided.
_PASSIVE_LEAD = re.compile(
    r"(?:(?:på|vid|under)\s+[^.;:\n]{3,80}?\s+(?=beslutades|beslöts))?"
    r"(?:(?:vidare|dessutom|därutöver|därtill|slutligen|även|också)\s+)?(?:beslutades|beslöts)"
    r"\s+(?:det\s+)?(?:(?:också|även|dessutom|bland\s+annat)\s+)?att\s+(?=\w)",
    re.I,
)


def passive_lead_end(text: str, start: int) -> int:
    """Past a passive decision's lead ("Vidare beslutades att") at `start`, else `start`."""
    m = _PASSIVE_LEAD.match(text, start)
    return m.end() if m else start


# "Gällande bostadsförsörjningsprogram antogs 2017", "Nuvarande strategi ... beslutades
# våren 2018": the adoption of the version a new one follows, stated as background.
_EARLIER = re.compile(
    r"\W*(?:(?:den|det|de)\s+)?(?P<age>gällande|nuvarande|tidigare|förra|föregående"
    r"|hittillsvarande|befintlig[at]?)\s+(?P<noun>[\w-]+)",
    re.I,
)
_IN_FORCE = frozenset({"gällande", "nuvarande", "befintlig", "befintliga", "befintligt"})
_PAST_ADOPTION = re.compile(
    r"\b(?:antogs|beslutades|fastställdes|godkändes|antagits|beslutats|fastställts)\b", re.I
)


def _earlier(text: str) -> re.Match[str] | None:
    m = _EARLIER.match(text)
    return m if m and steering_noun(m["noun"]) and _PAST_ADOPTION.search(text, m.end()) else None


def earlier_version(text: str) -> bool:
    """The sentence opens with an earlier or current version of a steering document and
    tells when it was adopted."""
    return _earlier(text) is not None


# A newer version the page names: "ny handlingsplan", "förslag till", "ersätter", "revidera".
_NEWER = re.compile(
    r"\b(?:ny|nya|nytt|reviderad|reviderade|reviderat|uppdaterad|uppdaterade|förnyad)\s+"
    r"(?:[\w-]+\s+)?(?P<noun>[\w-]*(?:strategi|plan|program|policy|riktlinje|agenda"
    r"|överenskommelse)\w*)"
    r"|\bförslag(?:et)?\s+till\b|\bersätt|\brevider",
    re.I,
)


def version_in_force(sentence: str, page: str) -> bool:
    """'Gällande handlingsprogram antogs ... 2019' on a page that names no newer version of
    that kind of document ("Nya riktlinjer tas fram" is none of the programme's): the
    version in force is the page's own document."""
    m = _earlier(sentence)
    if m is None or m["age"].lower() not in _IN_FORCE:
        return False
    kind = _kind(m["noun"])
    return not any(
        kind is None or newer["noun"] is None or _kind(newer["noun"]) in (kind, None)
        for newer in _NEWER.finditer(page)
    )


def _kind(word: str) -> DocumentKind | None:
    """The kind a steering noun in any form names ('bostadsförsörjningsprogrammet')."""
    stem = steering_stem(word)
    try:
        return kind_of(stem) if stem else None
    except ValueError:
        return None


# The page's guidance to its reader: "Här läser du om några av de ärenden som
# beslutades ...", "Hela protokollet finns på webbplatsen så fort det är godkänt".
_PAGE_GUIDE = re.compile(
    r"^\W*(?:(?:på\s+(?:den\s+här|denna)\s+sidan\s+|här\s+)(?:kan\s+du|hittar\s+du|finns)"
    r"|läs\s+(?:mer|hela))\b"
    # the process in general: "Därefter föreslår kommunstyrelsen hur fullmäktige bör ..."
    r"|\bföreslår\s+(?:[\w-]+\s+){1,3}?(?:hur|vad|vilka|vilket)\s"
    r"|\bprotokoll\w*\s+(?:[\w-]+\s+){0,4}?finns\b"
    # what the page or its minutes hold: "Snabbprotokollet innehåller kortfattad ..."
    r"|^\W*(?:snabb)?protokoll(?:et)?\s+innehåller\b"
    # a later step at the council: "Ärendets utgång fastställs i kommunfullmäktige 22 april"
    r"|\b(?:fastställs|avgörs|beslutas)\s+(?:slutligt\s+|slutligen\s+|sedan\s+)?(?:i|av)\s+"
    r"(?:kommun|region)?fullmäktige\b"
    r"|\bså\s+(?:fort|snart)\s+(?:det|protokollet)\s+är\s+(?:justerat|godkänt)",
    re.I,
)


# A habit, no act: "Regeringen beslutar vart fjärde år om en nationell plan", "Ett stort
# antal myndigheter får varje år i uppdrag av regeringen att ...".
_HABIT = compile_guarded(
    r"\b(?:beslutar|fastställer|antar|godkänner|utser|får|ger|ges|tilldelas|beslutas|fastställs"
    r"|antas|godkänns|revideras|utses)\s+(?:\w+\s+){0,2}?"
    r"(?:vart\s+\w+\s+år|varje\s+år|årligen)\b",
    re.I,
)


# "Tillväxtverket följer årligen upp X, på uppdrag av regeringen": a standing mandate.
_STANDING = compile_guarded(r"\b(?:årligen|varje\s+år|löpande|kontinuerligt|regelbundet)\b", re.I)
_ON_BEHALF = re.compile(r"\bpå\s+uppdrag\s+av\b", re.I)


def habitual(text: str) -> bool:
    """A decision the text says is taken again and again, none taken here; or work done
    over and over on someone's behalf."""
    if _HABIT.search(text) is not None:
        return True
    return bool(_STANDING.search(text) and _ON_BEHALF.search(text))


# A minutes' notice field ("Datum när anslaget sätts upp") or a document's date line
# ("Beslutat den 28 april 2022 (dnr 511-60517-2020)."): no decision stated.
_FIELD_LINE = re.compile(
    r"anslaget\s+(?:sätts\s+upp|tas\s+ned)|^\W*beslutad?e?t?\s+(?:den\s+)?\d[\d\s\w()/.-]*$",
    re.I,
)


def not_taken(text: str) -> bool:
    """Text that states no decision taken: a claim, a proposal's content, a future step,
    a standing mandate, a summary count of decisions, an answered question, the chair's
    procedure, the page's guidance to its reader."""
    return bool(
        _NOT_TAKEN.search(text)
        or _QUESTION.search(text)
        or _CHAIR.search(text)
        or counts_decisions(text)
        or earlier_version(text)
        or _PAGE_GUIDE.search(text)
        or housekeeping(text)
        or habitual(text)
        or _FIELD_LINE.search(text.strip()) is not None
    )


# "Arbetet behöver utgå från ... tydliga uppdrag": a need stated before the cue, no decision;

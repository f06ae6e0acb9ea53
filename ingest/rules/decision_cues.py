"""The words that state a decision taken, as decision lists, minutes and news use them.

Why a module of its own: the decision rules (ingest.rules.decision_verbs,
ingest.rules.decision_items) share one list of cues, and it grows with each genre:
council verbs ("godkände", "avslogs"), tasks ("får i uppdrag", "Regeringen uppdrar
åt länsstyrelserna att", "fick regeringens uppdrag att"), grants ("har beviljat 2
miljoner kronor", "har beviljats upp till 4,5 miljoner kronor"), the s-passive of
older minutes ("godkännes") and a vote's outcome ("röstades igenom", "klubbades").
"""

from __future__ import annotations

import re

from graph.nodes import OrganizationKind
from ingest.context import Context
from ingest.language.numbers import AMOUNT
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.role_titles import is_title

__all__ = [
    "CUE",
    "DECIDED_AFTER_BODY",
    "GRANT_VERB",
    "PERMIT",
    "SUM",
    "background_task",
    "grant_to_organisation",
    "has_cue",
    "made_by",
    "officials_propose",
    "verb_before_body",
]

# A sum received: "får 16 miljoner kronor", "fick ytterligare 2,5 miljoner".
MONEY_GIVEN = (
    r"\s+(?:(?:också|även|nu|därför|ytterligare|totalt|sammanlagt|drygt|knappt|cirka)\s+){0,2}"
    + AMOUNT
    + r"\s*(?:miljoner|miljarder|mnkr|mkr|tkr|kronor)\b"
    # "Av summan får 5 miljoner gå till ...": a modal "may", no money received
    r"(?!\s+(?:kronor\s+)?(?:gå|användas|läggas|fördelas|avsättas)\b)"
)
MONEY_RECEIVED = r"(?:får|fick)" + MONEY_GIVEN
_GOVERNMENT_ACTS = r"(?:ändrar|förlänger|tillsätter|utser|förstärker|inrättar|tillför|avsätter)\b"
CUE = compile_guarded(
    r"\b(?:beslutade|beslöt|har\s+beslutat|beslutat|beslutar\s+(?:(?:också|även)\s+)?(?:att|:)|"
    r"beslutades|beslutet\s+blev(?=\s+att\b)|godkände|"
    # "Regionstyrelsen ställer sig bakom X", "rådet har ställt sig bakom": a deciding
    # body's endorsement (anyone else's, "Alla partier ställer sig bakom", is none)
    r"(?:(?<=styrelsen\s)|(?<=fullmäktige\s)|(?<=nämnden\s)|(?<=rådet\s)|(?<=rådet\shar\s)"
    r"|(?<=styrelsen\shar\s))ställ(?:er|de|t)\s+sig\s+bakom|"
    # "Nu säljs två tomter för en krona efter beslut i kommunfullmäktige": an outcome the
    # page ties to a deciding body's decision (its body: decision_bodies.explicit_body)
    r"(?:efter|enligt)\s+(?:ett\s+)?beslut\s+(?:i|av)\s+(?=[\wåäö-]*(?:fullmäktige|styrelsen|"
    r"nämnden|utskottet)\b)|"
    # right after a deciding body: the group it sets up ("Kommunstyrelsen har inrättat en
    # styrgrupp för X") and its statement ("har yttrat sig till kraftbolaget om X")
    r"(?:(?<=styrelsen\s)|(?<=fullmäktige\s)|(?<=nämnden\s)|(?<=styrelsen\shar\s)"
    r"|(?<=fullmäktige\shar\s)|(?<=nämnden\shar\s))"
    r"(?:(?:inrättade|inrättat|tillsatte|tillsatt)\b|yttra(?:de|t|r)\s+sig\s+(?=(?:till|över|om)\b)"
    # "Kommunfullmäktige har tagit del av uppföljningen": a report noted in the minutes
    r"|(?:tog|tagit)\s+(?:också\s+|även\s+)?del\s+av\b)|"
    r"godkändes|godkänns|godkänt|godkänner(?!\s+(?:du|ni)\b)|avslogs|avslås|avslog|bifölls|bifalls|biföll|bifallit|"
    r"besvarades|besvaras|anses\s+besvara(?:d|t|de)|antogs(?=\s+(?:\w+\s+){0,2}?av\b)|"
    # "Ny taxa för bygglov antogs och gäller från 1 juli.": a passive closing its clause
    r"antogs(?=\s*[.,;]|\s+och\s)|"
    # "... analysen antogs vid sammanträdet", "antogs på mötet": the meeting the page
    # reports on is the agent
    r"antogs(?=\s+(?:vid|på|under)\s+(?:dagens\s+|kvällens\s+)?(?:sammanträdet|mötet)\b)|"
    # A zoning plan is no steering document: adopting one is a decision, "Kommunfullmäktige
    # antog detaljplanen för X", "På kommunfullmäktige den 17 juni antogs detaljplanen för X"
    r"antogs(?=\s+(?:\w+\s+){0,2}?detaljplan)|"
    r"(?:(?<=fullmäktige\s)|(?<=styrelsen\s)|(?<=nämnden\s)|(?<=utskottet\s))"
    r"(?:antog|har\s+antagit)(?=\s+(?:\w+\s+)?detaljplan)|"
    # "antog regionstyrelsens arbetsutskott ett remissförslag till X": a draft to circulate
    # is approved, the document itself not adopted (ingest.rules.consultation_drafts)
    r"(?:antog|(?:har|hade)\s+(?:\w+\s+)?antagit)(?=\s+(?:[\w-]+\s+){0,4}?(?:remiss|samråds"
    r"|gransknings)(?:förslag|version|utgåva|handling)\w*)|"
    # "antog en ny grafisk profil": adopting what is no steering document is a decision
    # (a steering document's is an adoption: ingest.rules.steering_adoption).
    # The kind word ends its word: "programdirektivet" is no programme.
    r"(?:antog|(?:har|hade)\s+(?:\w+\s+)?antagit)(?![^.;:]{0,120}?(?:(?:strategi|plan|program|"
    r"policy|riktlinje)(?:n|en|et|er|erna|ar|arna|na|met|men|s)?\b|deklaration|agenda|"
    r"förklaring|regler|satsning|[\"”“]))|"
    # "fick i uppdrag", "har i regeringsuppdrag att" (the compound names the giver).
    # Words between are the task's adjectives ("i särskilt uppdrag"), not a noun phrase
    # ("I listan Aktuella uppdrag hittar du ...").
    r"i\s+(?:(?:nytt|särskilt|ytterligare|extra|fortsatt|gemensamt)\s+){0,2}?"
    r"(?:regerings)?uppdrag(?!\s+av\b)|"
    # "redovisa sitt uppdrag till regeringen": one's own task reported, no task given
    r"(?<!sitt\s)(?<!sina\s)(?<!dess\s)(?<!deras\s)(?<!vårt\s)uppdrag\s+(?:till|åt)|"
    r"(?:på|i)\s+uppdrag\s+av|fått\s+(?:\w+\s+){0,2}?(?:regerings)?uppdrag|" + MONEY_RECEIVED + r"|"
    # "Länsstyrelserna får 10 miljoner kronor för att ...": money given, its giver unnamed
    # "MUCF får också uppdrag att stödja ...": a task given, without "i"
    r"(?:får|fick)\s+(?:(?:också|även|nu|därför)\s+)?(?:ett\s+)?(?:nytt\s+)?uppdrag(?=\s+att\b)|"
    # The definite task: "har fått uppdraget från regeringen att", "gett X uppdraget att".
    r"(?:fått|får|fick|gett|givit|gav|ger|tilldelat|tilldelade)"
    r"\s+(?!(?:oss|er|mig|dig|dem|sig)\b)(?:[\w-]+\s+){0,5}?"
    r"uppdraget(?=\s+(?:att|från|av)\b)|"
    # A task given: "Regeringen uppdrar åt länsstyrelserna att", "fick regeringens uppdrag att".
    r"(?:uppdrar|uppdrog|uppdragit)\s+(?:(?:även|också|vidare|dessutom|därtill)\s+)?(?:åt|till)|(?:fick|får)\s+(?!dess\b|vars\b|hans\b)\w+s\s+uppdrag(?=\s+att\b)|"
    # A standing "har regeringens uppdrag att" is a decision when it asks for a document.
    r"(?:har|hade)\s+(?!dess\b|vars\b|hans\b)\w+s\s+uppdrag(?=\s+att\s+(?:ta\s+fram|arbeta\s+fram|"
    r"utarbeta|utforma|revidera|uppdatera)\b)|"
    # "Nämnden tog beslut om att ...", "fattade kommunfullmäktige i Tierp beslut om att"
    # "fattade vid sitt sammanträde den 26 februari beslut om att": a meeting between
    # "fattade ... ett beslut om ett tillfälligt stopp", "tog under 2018 beslut att förlänga"
    r"(?:tog|tagit|fattade|fattat)\s+(?:[\w-]+\s+){0,7}?(?:ett\s+)?beslut\s+"
    r"(?:om\s+att|att|om(?=\s+(?:ett|en)\s))|"
    # The passive: "beslut fattades att uppdatera ...", "fattades beslutet att ...".
    r"beslut(?:et)?\s+(?:fattades|togs)\s+(?:även\s+|också\s+|dessutom\s+)?(?:om\s+)?att|"
    # "Det togs också inriktningsbeslut om investering i ...": a compound's decision too;
    # a plain "togs beslut om strategin" adopts it (ingest.rules.steering_adoption).
    r"(?:fattades|togs)\s+(?:även\s+|också\s+)?(?:beslut(?:et)?\s+(?:om\s+)?att|"
    r"[a-zåäö]+beslut(?:et)?\s+(?:(?:om\s+)?att|om(?=\s+[a-zåäö])))|"
    # The government's own release in the present: "Regeringen ändrar uppdraget till X",
    # "Nu förlänger regeringen ...": its act, decided that day.
    r"(?:(?<=[Rr]egeringen\s)|(?<=[Rr]egeringen\snu\s))"
    + _GOVERNMENT_ACTS
    + r"|"
    + _GOVERNMENT_ACTS
    + r"(?=\s+(?:nu\s+|i\s+dag\s+|idag\s+)?regeringen\b)|"
    # A sum handed out or added in the present: "HaV fördelar i år totalt 400 miljoner
    # kronor till länsstyrelserna", "Insatserna i länen förstärks med 20 miljoner kronor".
    r"fördelar(?=(?:\s+i\s+år)?" + MONEY_GIVEN + r")|förstärks\s+med(?=" + MONEY_GIVEN + r")|"
    r"fastställde|fastställdes|fastställs|(?:har|hade)\s+fastställt|(?:har|hade)\s+godkänts|"
    # A board's answer to a motion or question; a sum allotted in the present or set by
    # "anvisa"; rules revised ("Stadens regler har reviderats"; a steering document's
    # revision is an adoption: ingest.rules.steering_adoption)
    r"besvarade(?=\s+(?:[\wåäö-]+\s+){0,2}?(?:motion|medborgarförslag|e-förslag|interpellation"
    r"|fråga))|anslår(?=\s+(?:\w+\s+){0,3}?\d)|anvisa(?:r|de|t)(?=\s+(?:\w+\s+){0,3}?(?:\d"
    r"|kronor\b))|(?:har|hade)\s+reviderats|fastslog|fastslogs|fastslagit|anslog|anslogs|anslagit|anslagits|anslås|förlängs|förlängdes|förlängde|(?:har|hade)\s+förlängts|beviljade|beviljas|"
    r"beviljades|beviljat|beviljats|avsätts|avsattes|tilldelas|tilldelades|fördelat|fördelade|"
    # "Regeringen har avsatt 1,3 miljarder kronor för ...": a sum set aside
    r"(?:avsatte|(?:har|hade)\s+(?:\w+\s+)?avsatt)(?=" + MONEY_GIVEN + r")|"
    # A body's proposal to another body, in any tense and with its own "beslut" between:
    # "föreslår att regionstyrelsen ...", "föreslog i sitt beslut att fullmäktige ...".
    r"föresl(?:år|og|agit)\s+(?:(?:även|också|i\s+sitt\s+beslut)\s+)?(?:att\s+)?"
    r"[\w-]*(?:fullmäktige|styrelsen|nämnden)|föreslår\s+(?:[\w-]+\s+){1,3}?besluta\b|"
    r"(?:går|gick|skickas|skickades|sänds|sändes)\s+(?:\w+\s+){0,5}?på\s+remiss|"
    # "Nu skickar vi ut förslaget på remiss": the act in the active voice
    r"(?:skickar|skickade|sänder|sände)\s+(?:\w+\s+){0,2}?ut\s+(?:\w+\s+){0,4}?på\s+remiss|"
    # A referral: "skickade (även) vidare frågan till Räddningstjänsten".
    r"skicka(?:de|des|r)\s+(?:\w+\s+){0,2}?vidare\s+(?:\w+\s+){0,2}?till|"
    # A referral for decision or preparation: "Förslag om X skickades till Y för beredning".
    # "Motionen lämnades till kommunstyrelsen (ks) för beredning".
    r"(?:skickades|skickas|(?:över)?lämnades|(?:över)?lämnas|remitterades|remitteras)"
    r"\s+(?:också\s+|även\s+)?till\s+(?:[\w-]+\s+(?:\([\w-]+\)\s+)?){1,3}?för\s+(?:vidare\s+)?"
    r"(?:beslut|beredning|handläggning|yttrande|besvarande|prövning|utredning)|"
    # "Motionen remitteras till kommunstyrelsen.": a referral without its purpose.
    r"remitter(?:as|ades)\s+till\s+[\w-]+(?:nämnden|styrelsen|fullmäktige|utskottet)(?=\s*[.\n])|"
    # "En motion om X bordlades.": the matter waits for a later meeting.
    r"(?<!ärenden )(?:bordlades|bordläggs)|"
    r"(?:läggs|lades)\s+till\s+handlingarna|tillstyrker|tillstyrkte|tillstyrktes|(?:har|hade)\s+tillstyrkt|avstyrker|avstyrkte|avstyrktes|"
    r"bifaller|avslår|återremitteras|återremitterades|återremitterade|antecknas|"
    # "Motionen om X ansågs besvarad": the council's answer to a motion
    r"(?:anses|ansågs|anser)\s+(?:[\w,()-]+\s+){0,8}?(?:vara\s+)?besvara[dt]e?\b|"
    # "Motionen anses därmed delvis bifallen": the council's answer, in the minutes' words
    r"(?:anses|ansågs)\s+(?:därmed\s+)?(?:delvis\s+)?(?:bifall(?:en|et)|avslag(?:en|et))\b|"
    # "Regionstyrelsen anser att motionen därmed är besvarad", "anser motionen besvarad"
    r"(?:anser|ansåg)\s+(?:att\s+)?(?:[\w,()-]+\s+){0,6}?(?:(?:är|vara)\s+)?besvarad|"
    # Present and past forms news use: "Regionstyrelsen beviljar 650 000 kronor",
    # "upphävde beslutet", "yttrade sig över remissen".
    # "Länsstyrelsen upphäver Kristianstads kommuns beslut om ...": another's decision set aside
    r"beviljar|upphäver(?=\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+beslut\b)|upphävde|upphävdes|upphävs|"
    r"beslöts|"
    r"yttra(?:de|r)\s+sig\s+över|lämna(?:de|r)\s+(?:ett\s+)?(?:yttrande|remissvar)|tackade\s+ja\s+till|"
    # "Kommunfullmäktige sa på måndagen ja till medborgarförslaget", "har sagt nej till X"
    r"(?:säger|sa|sade|har\s+(?:också\s+|även\s+)?sagt)(?=\s+(?:[\wåäö]+\s+){0,2}?(?:ja|nej)\s+till\b)|"
    # A go-ahead: "gav klartecken till att bygga", "ger positivt planbesked för bostäder".
    r"(?:gav|ger|har\s+gett|har\s+givit)\s+(?:\w+\s+){0,2}?(?:klartecken|grönt\s+ljus|planbesked)|"
    r"(?:har\s+)?avsatt(?:e)?(?=\s+(?:\w+\s+){0,3}?(?:kronor|miljoner|mnkr|tkr|medel))|"
    # An appointment in the present, the passive or by election: "utser X till ordförande".
    r"utser|tillsätter|valde(?=\s+(?:\w+\s+){1,4}?till\b)(?!\s+att\s+ställa\s+sin\s+plats)|"
    # Backing: a decision on what is no steering document (that is an adoption).
    r"ställ(?:de|er)\s+sig\s+(?:[\w-]+\s+){0,2}?bakom|"
    # "ställde sig positiv till förslaget", "valde att avslå motionen"
    r"ställ(?:de|er)\s+sig\s+positiva?\s+till|valde\s+att\s+(?:avslå|bifalla|godkänna|anta|avstå)|"
    # The older s-passive of minutes: "Dagordningen godkännes", "Målen fastställes".
    r"godkännes|fastställes|bifalles|avslåes|beviljes|lägges\s+till\s+handlingarna|"
    # The vote's outcome: "Budgeten röstades igenom", "Taxan klubbades", "Planen fick bifall".
    # ("röstades majoritetens förslag igenom": the particle after the subject)
    r"röstades\s+(?:[\wåäö-]+\s+){0,6}?igenom\b|klubbades|har\s+klubbats|"
    r"fick\s+(?:fullt\s+|enhälligt\s+)?bifall|"
    # the gavel in the active: "I måndags klubbade fullmäktige budgeten"
    r"klubbade|har\s+klubbat|"
    # The vote's outcome as an answer: "Det blev även ja till X".
    r"blev\s+(?:det\s+)?(?:också\s+|även\s+)?(?:ja|nej)\s+till|"
    # ... or as the body's own: "Kommunstyrelsen sa ja till strategin".
    r"(?:sa|sade)\s+(?:(?:också|även|därmed)\s+)?(?:ja|nej)\s+till|"
    r"(?<=[Dd]et\s)(?:valdes|utsågs|tillsattes)|"
    # An appointment: "Regeringen har utsett X till särskild utredare", "har tillsatt en grupp".
    r"(?:har|hade)\s+(?:(?:i\s*dag|idag|även|också|nu)\s+){0,3}(?:utsett|tillsatt)|utsåg|"
    # "Till ny ersättare i kommunstyrelsen utses Eva Ek (S)": the appointment in the passive
    r"(?<=\s)utses(?=\s+(?-i:[A-ZÅÄÖ]\w+\s+){1,2}?(?-i:[A-ZÅÄÖ]\w+))|"
    # A task in the passive: "Med svaren uppdrogs även till kommunchefen att ...".
    r"uppdr(?:ogs|as)\s+(?:även\s+|också\s+)?(?:till|åt)|"
    # An election, the office its subject: "Igår valdes också regionfullmäktiges presidium".
    r"valdes\s+(?:även\s+|också\s+|dessutom\s+)?(?:(?:ett|en)\s+)?(?:(?:ny|nytt|nya)\s+)?"
    r"(?:[\w-]+s\s+)?(?:presidium|presidiet|styrelse|ordförande)|"
    # ... or the person elected: "valdes Carina Sätterman till ny ordförande i X" (a
    # resignation, "valde att ställa sin plats till förfogande", is none).
    r"valdes(?=\s+(?-i:[A-ZÅÄÖ]\w+\s+){1,3}?till\s+(?:ny\s+|nytt\s+)?(?:\w+\s+)?(?:ordförande|presidium))|"
    # ... or named before with a party: "Eva Ek (S) valdes till ny ordförande", "Bo Berg
    # (M) som valdes till vice ordförande"
    r"(?<=\)\s)(?:som\s+)?valdes(?=\s+till\s+(?:ny\s+|nytt\s+)?(?:\w+\s+){0,2}?ordförande))\b",
    re.I,
)
# Grants need their sum: "har fördelat 50 miljoner kronor", not "fördelade sig på", and
# "har beviljats 4 miljoner kronor", not "projekten som har beviljats".
GRANT_VERB = re.compile(
    r"\b(?:fördela(?:t|de)|bevilja(?:t|ts)|anslog|anslogs|anslagits?|anslås)\b", re.I
)
# "statsbidrag", "föreningsbidragen": a grant's compounds name money too.
SUM = re.compile(r"\b(?:kronor|miljoner|mnkr|tkr|medel|\w*bidrag(?:et|en)?)\b", re.I)
# A permit or a discharge granted in the active ("har beviljat bygglov för", "beviljade
# ansvarsfrihet") is a decision without a sum; "som har beviljats bygglov" is background.
PERMIT = re.compile(
    r"\bbevilja(?:t|de)\s+(?:[\w-]+\s+){0,2}?(?:bygglov|rivningslov|marklov|tillstånd|dispens"
    r"|ansvarsfrihet|förhandsbesked)\b",
    re.I,
)


def has_cue(ctx: Context, span: Span) -> bool:
    """The span has a decision verb ("godkände", "får i uppdrag", ...)."""
    return CUE.search(ctx.text, span.start, span.end) is not None


_STANDING = re.compile(r"(?:har|hade)\s", re.I)
# (after a word: a sentence's opening "Som stöd för X har ..." is no relative clause)
_RELATIVE = re.compile(r"(?<=[\w,]\s)som\b(?:(?!\b(?:och|men)\b)[^.;])*$", re.I)


# "Det är regionutvecklingsnämnden som i dag har beslutat att ...": a cleft sentence on
# the body is what the sentence says, not background ("Det är några områden som gruppen
# har beslutat att ...", a cleft on the object, is).
_CLEFT = re.compile(
    r"\s*(?:Det|Nu)\s+(?:är|var)\s+[^,.;:]{1,80}?\s+(?P<som>som)\b"
    r"(?=(?:\s+(?:i\s+dag|idag|i\s+går|igår|nu|också|även|redan|tidigare))*\s+$)",
    re.I,
)


def background_task(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """'ett program, som kommunen har regeringens uppdrag att utarbeta': a standing task
    named in a relative clause is background, not the page's decision."""
    lead = _RELATIVE.search(ctx.text, sentence.start, cue.start())
    if lead is not None:
        cleft = _CLEFT.match(ctx.text, sentence.start, cue.start())
        if cleft is not None and cleft.start("som") == lead.start():
            return False
    return bool(_STANDING.match(cue.group()) and lead)


# "Planen är framtagen av en styrgrupp på uppdrag av Kommunstyrelsen": who made a thing
# and for whom, a description of it, not a decision the page reports.
_MADE_BY = re.compile(
    r"\b(?:framtagen|framtaget|framtagna|framtagits|tagits\s+fram|tagit\s+fram|utarbetad|"
    r"utarbetat|utarbetade|utarbetats|skriven|skrivet|skrivits|gjord|gjort|gjorts|genomförd|"
    r"genomfört|genomförts|"
    # "Arbetet sker på uppdrag av regeringen": work going on for a body, no task given here
    r"sker|skedde|görs|bedrivs|utförs|pågår)\s+(?:[\w-]+\s+){0,6}?$",
    re.I,
)


# "Strategin styr X och samordnas av Region Y på uppdrag av regeringen": a standing
# mandate told in the present, no decision.
_MANDATE = re.compile(
    r"\b(?:samordnas|samordnar|leds|leder|drivs|driver|styr|styrs|ansvarar|arbetar)\b", re.I
)
# "Region X har, på uppdrag av regeringen, ansvaret för ...": the mandate, no decision.
_RESPONSIBLE_AFTER = re.compile(r"\bansvar(?:et)?\s+för\b", re.I)


def made_by(ctx: Context, start: int, cue_start: int, end: int) -> bool:
    """'<thing> är framtagen av X på uppdrag av Y' (the text from `start` up to the cue):
    how a thing was made, or a standing mandate (up to the sentence's `end`), not a task
    the page reports being given."""
    return bool(
        _MADE_BY.search(ctx.text, start, cue_start)
        or _MANDATE.search(ctx.text, start, cue_start)
        or _RESPONSIBLE_AFTER.search(ctx.text, cue_start, end)
    )


# "betalar ut beviljade bidrag", "de beslutade insatserna", "när vi har ett beslutat
# kulturprogram": the participle, no act.
_ATTRIBUTIVE = re.compile(
    r"\b(?:ut|de|dessa|redan|sina|sitt|våra|alla|tidigare|ett|en|vårt|vår|"
    # "utifrån beslutade ramar", "enligt beslutad plan", "inom beslutad budget"
    r"utifrån|enligt|inom|mot|den|det|sin)\s+$",
    re.I,
)
# "ansvarsområden, beslutat politiskt program": a list item's participle (a supine has
# "har" before it, or stands last in its clause: "som regeringen beslutat")
_LISTED = re.compile(r",\s+$")
_SUPINE_PARTICIPLES = ("beslutat", "beslutad", "beviljat")
_PARTICIPLES = ("beviljade", "beslutade", "fördelade", "beslutat", "beslutad", "beviljat")
_NOUN_AFTER = re.compile(r"\s+(?!att\b|om\b)[a-zåäö]")


def attributive(ctx: Context, cue: re.Match[str]) -> bool:
    """The cue is a participle before its noun ("betalar ut beviljade bidrag")."""
    word = cue.group().lower()
    before = max(0, cue.start() - 15)
    lead = _ATTRIBUTIVE.search(ctx.text, before, cue.start()) is not None or (
        word in _SUPINE_PARTICIPLES and _LISTED.search(ctx.text, before, cue.start()) is not None
    )
    return word in _PARTICIPLES and lead and _NOUN_AFTER.match(ctx.text, cue.end()) is not None


_ACTIVE_GRANT = re.compile(r"bevilja(?:t|de)$", re.I)


def grant_to_organisation(ctx: Context, cue: re.Match[str]) -> bool:
    """'X har beviljat Länsstyrelsen 1,2 miljoner kronor': money to an organisation is its
    funding (a FUNDS link), not a decision on a matter; 'har beviljat fortsatt arbete ...
    med 19,8 miljoner kronor' is one."""
    if not _ACTIVE_GRANT.search(cue.group()):
        return False
    after = ctx.actors_in(Span(cue.end(), cue.end() + 80))
    return bool(after) and not ctx.text[cue.end() : after[0].start].strip()


def officials_propose(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """'Förvaltningen föreslår nämnden besluta ...', "Enheten föreslår att utskottet lämnar
    yttrande": officials' proposal, no decision."""
    verb = cue if cue.group().lower().startswith("föreslår") else None
    if verb is None:
        verb = _PROPOSES.search(ctx.text, sentence.start, cue.start())
    if verb is None:
        return False
    before = ctx.actors_in(Span(sentence.start, verb.start()))
    return bool(before) and before[-1].kind is OrganizationKind.ADMINISTRATION


_PROPOSES = re.compile(r"\bföreslår\s+att\b", re.I)
# "Kommundirektören har utsett en arbetsgrupp": an official's own act, no body's decision.
_OFFICIAL_SUBJECT = re.compile(r"\W*(?P<title>[A-ZÅÄÖ][a-zåäö]{4,}?)(?:en|n)\s+(?:har\s+|hade\s+)?")


def official_acts(ctx: Context, sentence: Span, cue: re.Match[str]) -> bool:
    """The clause's subject is an official by title (not a chair): "Förvaltningschefen har
    beslutat", "Kommundirektören har utsett en arbetsgrupp"."""
    m = _OFFICIAL_SUBJECT.fullmatch(ctx.text, sentence.start, cue.start())
    if m is None or ctx.actors_in(Span(m.start(), m.end())):
        return False  # "Barnombudsmannen får 3,7 miljoner": an agency by its title
    title = m["title"].lower()
    return is_title(title) and not title.endswith("ordförande")


# "Gävle Hamns styrelse beslutade": a company's board decides for it. "Kommunfullmäktige
# fattade den 18 september beslut om att": the noun's verb, with its "om att" clause only.
# Up to the noun after "fattade|tog": a date, an inverted subject ("fattade bland annat
# beslut om att A, B och C" is a lead over a list, read elsewhere).
_UP_TO_NOUN = r"(?:(?!bland\b|bl\b)[\w-]+\s+){0,7}?beslut\s+"
DECIDED_AFTER_BODY = re.compile(
    # "Länsstyrelsen har med stöd av 7 kap 4 § miljöbalken den 11 september 2018 beslutat
    # om": the grounds and the day between "har" and its participle
    # (a year or a § among them: "har i dag beslutat att ge X i uppdrag" leads its tasks)
    r"(?:s\s+styrelse)?\s+(?:\w+\s+){0,2}?(?:har\s+(?=[^.]{0,90}?(?:§|(?:19|20)\d\d\s))"
    r"(?:(?!att\b|som\b)[\w§-]+\s+){1,14}?(?=beslutat\b))?(?:(?:beslutat|beslutade|beslöt|beslutar"
    # "så bestämde kommunstyrelsen att senarelägga taxan": the plain word for it
    r"|bestämde(?=\s+att\b)|bestämt(?=\s+att\b))\s*:?\s+|(?:fattade|fattat|tog|tagit)\s+"
    + _UP_TO_NOUN
    + r"(?=om\s+att\b))"
)
_DECIDED_BEFORE_BODY = re.compile(r"\b(?:beslutade|beslutar|beslöt|bestämde|fattade|tog)\s+$")
_TOOK_AFTER = re.compile(r"\s+" + _UP_TO_NOUN + r"om\s+att\b")
_ATT_AFTER = re.compile(r"\s+att\b")


def verb_before_body(text: str, start: int, body_start: int, body_end: int) -> int | None:
    """Where the decision verb right before a body starts ("beslutade regionstyrelsen",
    "fattade kommunfullmäktige i Tierp beslut om att", "beslutar kommunfullmäktige att");
    "tog|fattade <body>" decides only with its noun ("tog regionstyrelsen del av" does
    not)."""
    m = _DECIDED_BEFORE_BODY.search(text, start, body_start)
    if m is None or m.end() != body_start:
        return None
    if m.group().startswith("bestämde") and _ATT_AFTER.match(text, body_end) is None:
        return None  # "bestämde kommunstyrelsen att": a decision with its clause only
    if not m.group().startswith("be") and _TOOK_AFTER.match(text, body_end) is None:
        return None
    if m.group().startswith("beslutar") and _ATT_AFTER.match(text, body_end) is None:
        return None  # "beslutar Kulturrådet om statsbidrag": a standing task, not one taken
    return m.start()

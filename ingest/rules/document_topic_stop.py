"""Where a document's topic ends: the sentence goes on about the document.

Why apart from ingest.rules.document_phrases: one long pattern of the verbs, participles
and phrases that follow a title ("... för X antogs i maj", "... på remiss"), which the
topic reader, the form-name reader and the candidate reader all stop at.
"""

from __future__ import annotations

import re

from ingest.language.date_words import MONTHS

__all__ = ["TOPIC_STOP"]

# A topic ends where the sentence goes on about the document: "... antagen av KF".
_HEADS = "(?:strategi|plan|program|policy|riktlinje)"
TOPIC_STOP = re.compile(
    r"\s+(?:antagen|antaget|antogs|antas|beslutad|beslutades|fastställd|fastställdes|"
    r"växt|vuxit|är|var|har|hade|ska|skall|kommer|blir|blev|gäller|gällde|som|där|vilket|"
    r"vill|kan|bör|måste|"  # "... för Knivsta kommun och vill hämta in synpunkter"
    r"minst|senast|årligen|"  # "riktlinjer för bostadspolitiken minst en gång varje ..."
    r"godkänd|godkändes|tas|togs|godkänns|avslås|bifalls|föreslås|remitteras|återremitteras|"
    r"noteras|beslutas|upprättas|fastställs|revideras|uppdateras|utarbetas|följs|"
    # a supine or participle of making or adopting: "... för X tagits fram", "antagits"
    r"tagits|tagit|arbetats|utarbetats|antagits|beslutats|fastställts|godkänts|reviderats|"
    r"uppdaterats|framtagen|framtaget|framtagna|"
    # a headline's verb: "Ny strategi för suicidprevention ger stöd ..."
    r"ger|gav|tar|visar|pekar|lyfter|håller|höll|innebär|beskriver|innehåller|omfattar|skapar|"
    r"stärker|bidrar|syftar|sätter|klar|klart|klara|presenteras|presenterades|klubbad|klubbades|"
    r"styr|styrs|utgår|bygger|anger|tydliggör|konkretiserar|kompletterar|ersätter|ersatte|"
    r"fokuserar|handlar|behandlar|riktar|löper|sträcker|täcker|utgör|finns|fanns|"
    r"ingår|ingick|"  # "... där en strategi för att fasa ut fossila bränslen ingår"
    # when it applies: "Policyn för inköp trädde i kraft den 1 januari"
    r"trädde|träder|började|börjar|upphör|upphörde|startade|startar|"
    # a present passive of what the document holds: "I Plan för X listas mål och ..."
    r"listas|beskrivs|anges|redovisas|framgår|återfinns|samlas|sammanfattas|lyfts|"
    r"konkretiseras|tydliggörs|preciseras|formuleras|fastslås)\b"
    # a headline's state: "Program för livsmedelsstrategin på gång", "... på remiss"
    r"|\s+på\s+(?:gång|remiss|väg)\b"
    # a subtitle after a dash typed without its space: "... i Östergötland- Avsiktsförklaring"
    r"|(?<=\w)-\s+(?=[A-ZÅÄÖ])"
    # any preterite passive: "... för trygghet reviderades i maj", "uppdaterades"
    r"|\s+[a-zåäö]{4,}(?:ades|des)\b"
    # where and when it was decided: "... i Ale kommun vid sitt sammanträde"
    r"|\s+(?:vid|på|under)\s+(?:sitt|sina|dagens|gårdagens|mötet|sammanträdet)\b"
    # a present-tense verb with its object or an adverb: "... 2021-2030 styr arbetet"
    r"|\s+[a-zåäö]{2,}(?:ar|er|ör|yr)\s+(?:den|det|dessa|sig|också|även|nu|därmed|"
    r"[a-zåäö]{3,}(?:et|na))\b"
    # "I ett förslag till strategi för Värmland så lyfter länsstyrelsen fram ...": the
    # resumptive "så" (or "då") before the main clause's verb.
    r"|\s+(?:så|då)\s+[a-zåäö]{2,}(?:ar|er|ör|yr|ade|de|te)\b"
    # "... för Västerviks kommunkoncern Expedieras till:": the minutes' dispatch line.
    r"|\s+(?:[Ee]xpedieras|[Ee]xpedierat|[Bb]eslutet\s+skickas)\b"
    # "... hållbarhet Kommunfullmäktiges beslut": a flattened minutes heading follows.
    r"|(?<=[a-zåäö])\s+[A-ZÅÄÖ][a-zåäö]+s\s+(?:beslut|protokoll|sammanträde)\b"
    # "... för kompetensförsörjning och diskuterade det ...", "... och översänt det": a
    # second past-tense or supine predicate.
    r"|\s+och\s+[a-zåäö]{3,}(?:ade|de|te|at|it|nt|tt)\s+(?:det|den|de|en|ett|om|sig|att|även|"
    r"också)\b"
    # "... för länets utveckling och det ingår i ...": "och" with a subject pronoun opens
    # a main clause; "genom så kallade X" says how the document is carried out.
    r"|\s+och\s+(?:det|vi|man|hon|han|jag)\s+[a-zåäö]+"
    r"|\s+genom\s"
    # "miljöprogrammet för X med de fyra fokusområdena A, B": what it holds, not its topic
    r"|\s+med\s+(?:de|dess|sina|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s"
    # "Riktlinjer för X även benämnt Y": the document's other name follows.
    r"|,?\s+(?:även|också|numera)\s+(?:så\s+)?(?:kallad[et]?|benämn(?:d|t|da))\b"
    # "... för Lunds kommun samt att översända det ...": a second infinitive clause; "...
    # för Mora kommun samt en reviderad taxa": a second object.
    r"|\s+(?:samt|och)\s+att\s|\s+samt\s+(?:en|ett)\s"
    # "utgår från strategin för X och från regionens plan": a second object of the verb.
    r"|\s+(?:samt|och)\s+(?:även\s+|också\s+)?(?:från|utifrån|på|ur)\s"
    # "Ny strategi mot våld - och pengar till ...": a headline's dash ends the topic.
    r"|\s+[\u2013-]\s"
    # "förslaget till översiktsplan för Gotland för samråd och ...": what the draft is sent
    # out for is the decision's purpose, not the document's topic.
    r"|\s+för\s+(?:samråd|granskning|remiss|yttrande|kännedom|beslut|antagande|fastställelse)\b"
    # "Riktlinje för kommunal service i maj", "... den 3 juni": when, not what about.
    r"|\s+(?:i|under|den\s+\d{1,2})\s+(?:" + "|".join(MONTHS) + r")\b"
    # "... för mat och" at a line's end: a conjunction ends no title.
    r"|\s+(?:och|samt|eller)\s*$"
    # "program för social hållbarhet och program för trygghet": a second document.
    # ("... för Flen och Kulturplan för Flen": a capitalised one too; "... stad 2021 samt
    # ett aktualiserat livskvalitetsprogram").
    r"|\s+(?:och|samt)\s+(?:en\s+|ett\s+)?(?:[a-zåäö]+\s+)?(?:[A-ZÅÄÖ]?[a-zåäö]*"
    + _HEADS
    + "|"
    + _HEADS.title()
    + r")(?:er|n|en|et)?\b"
    # "... enligt alkohollagen Karlshamns kommuns riktlinjer för tillsyn": a flattened
    # contents list names the next document by its owner's genitive.
    r"|(?<=[a-zåäö])\s+(?:[A-ZÅÄÖ][a-zåäö]+\s+(?:kommuns|stads|läns)|Region\s+[A-ZÅÄÖ][a-zåäö]+s)\s+"
    r"(?:[a-zåäö]+\s+)?[a-zåäö]*"
    + _HEADS
    # ... or a section's capitalised heading: "... enligt alkohollagen Utdrag ur Handbok".
    + r"|(?<=[a-zåäö])\s+(?:Utdrag|Bilaga|Bilagor|Innehåll|Sammanfattning|Inledning|Bakgrund|"
    r"Referenser|Referenslista)\b"
)

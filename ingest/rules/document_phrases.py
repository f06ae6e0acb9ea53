"""What follows a document noun: its topic, its period and a quoted name.

- a topic: "för arbetet mot ...", "mot våld i nära relationer", "vid misstanke om
  ..."; it stops before a verb ("... antagen av KF", "... ger stöd") and before a
  second document ("program för A och program för B"). After "plan" or "program",
  and after a compound that already says what it is about ("klimatanpassningsstrategi
  för att se ..."), "för att" states a purpose, not a topic; after a compound that names
  a kind ("aktivitetsplan", "handlingsprogram", "färdplan") it is the title's; an
  agreement's other party is its topic ("avsiktsförklaring med Skavsta flygplats");
- a period right after the noun or its topic ("2022-2026", "för perioden 2025-2028",
  "för åren 2021 - 2030"), or later in the clause ("gäller (för perioden) 2022-2026",
  "är giltig under perioden 2025-2026", "med giltighetstid 2018-2021", "i kommunen för åren
  2022-2025"); for the page's title, a
  "Giltighetstid: 2021-2024" line in the header block;
- a name in quotation marks right after the noun ("utvecklingsstrategin ”Det Öppna
  Skåne 2030”", 'program: "Tillsammans mot brott"').

A topic never runs into a link's accessibility label, which a page's text often glues
to the link's last word ("... för skolväsendetlänk till annan webbplats", "... för
Ekby Pdf, 2.1 MB, öppnas i nytt fönster").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.nodes import DocumentKind
from ingest.context import Context
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.rules.document_topic_stop import TOPIC_STOP
from ingest.rules.document_words import ACTION_PLAN_HEADS, DESCRIPTIVE, kind_of

# Any dash between the years (hyphen, non-breaking hyphen U+2011, figure dash, en and em
# dash, minus sign) or a slash; the second year may be short ("2021-30"), but not the month
# of a date ("senast 2011-12-31").
DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_YEARS = (
    r"(?P<y1>(?:19|20)\d{2})\s*(?:[" + DASH + r"]|/)\s*"
    r"(?P<y2>(?:19|20)\d{2}|\d{2}(?![" + DASH + r"/]\d))\b"
)
YEARS = re.compile(_YEARS)
# After a noun "till" joins the years too ("2023 till 2025"), or a PDF's lost dash ("2018 2020")
_YEARS_AFTER = _YEARS.replace(
    r"|/)", r"|/|\s+till\s+(?=(?:19|20)\d{2})|[ \t](?=(?:19|20)\d{2}\b(?![" + DASH + r"])))", 1
)
# A topic never runs across a table cell's "|".
_PERIOD_AFTER = re.compile(
    r"(?P<topic>\s+(?:för|mot|om|vid|kring|inom|med)\s+(?!(?:åren|perioden)\s)[^\d.,;:()|\n][^.;:()|\n]*?)?"
    # "strategi för alkohol-, ... och tobakspolitiken (ANDT) 2016-2020": its acronym between
    r"(?:\s*\([A-ZÅÄÖ]{2,8}\))?"
    # "Ungdomspolitiskt handlingsprogram (2018 - 2020)": the period may stand in brackets
    # ... or with the acronym the page names it by: "utvecklingsstrategi (RUS 2018-2030)"
    r"\s+(?:för\s+)?(?:(?:åren|perioden)\s+)?(?P<br>\((?:[A-ZÅÄÖ]{2,8}\s+)?)?"
    + _YEARS_AFTER
    + r"(?(br)\))"
)
# "Folkhälsoplan med folkhälsopolitiska mål - En god ... 2012-2015": a "med" title runs
# to its period; one with a clause ("med tillägget att en skola ska ...") is no title.
_WITH_CLAUSE = re.compile(
    r"\s+med\s.*?\b(?:att|ska|skall|som|strategi|plan|program|policy|riktlinje)", re.I
)
# "Kulturplan Kronoberg 2022-2024", "Regional biblioteksplan Västra Götaland 2020-2023":
# a place's name between the noun and its period.
_PLACE_PERIOD = re.compile(
    r"(?P<place>\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?(?:\s+(?:län|kommun))?)\s+" + _YEARS
)
_WORD_PERIOD = re.compile(r"\s+(?P<word>[A-ZÅÄÖa-zåäö][a-zåäö]{3,})\s+" + _YEARS)
# "Regionplan och budget 2022-2024": the plan's period after the budget it comes with
_WITH_BUDGET = re.compile(r"\s+(?:och|med)\s+budget\s+" + _YEARS)
_NOT_TOPIC = frozenset({"under", "från", "till", "mellan", "inför", "sedan", "efter", "åren"})
# An acronym's genitive ("för MSB:s stöd till ...") carries its colon inside the topic;
# "riktlinjer gällande otillbörlig påverkan" names its topic as "för" does.
_TOPIC_AFTER = re.compile(
    r"\s+(?P<topic>(?:mot|för|om|vid|kring|inom|gällande|avseende|angående)\s+"
    # "integrationsplan för antagande i fullmäktige": the errand, no topic; "policy vid
    # sitt sammanträde": where it was decided
    r"(?!(?:antagande|beslut|godkännande|fastställande|kännedom|yttrande|remiss)\b)"
    r"(?!(?<=vid\s)(?:sitt|sina|dagens|gårdagens|mötet|sammanträdet)\b)"
    r"[^\d.,;:()|\n](?:[^.,;:()|\n]|:(?=s\b))*?)"
    r"(?=[.,;|]|:(?!s\b)|\s*\(|\s+(?:som|och\s+vi|i\s+(?:19|20)\d{2}|Dnr|Diarienummer)\b|$"
    # the receiver of a hand-over: "lämnat en handlingsplan för X till regeringen"
    r"|\s+till\s+(?:regeringen|riksdagen|(?i:kommun|region)(?:fullmäktige|styrelsen)|"
    r"[A-ZÅÄÖ][a-zåäö]+departementet)\b"
    # a case number ("... kommun KS-2010/298"), a form's label in capitals ("ANTAGET AV:")
    r"|\s+[A-ZÅÄÖ]{2,6}[- ]?(?:19|20)\d{2}/\d|\s+[A-ZÅÄÖ]{2,}(?:\s+[A-ZÅÄÖ]{2,})*:"
    # a case file's next field: "... för år 2014 Förslag till beslut"; a cover's masthead
    # in capitals ("... fossila bränslen HUDDINGE KOMMUN AUGUSTI 2010")
    r"|\s+(?:Förslag|FÖRSLAG)\s+till\s+(?:beslut|BESLUT)|\s+[A-ZÅÄÖ]{3,}\s+[A-ZÅÄÖ]{3,}\b"
    # minutes' next item in a flattened list: "... för Säters kommun Ks 212 Utökad ..."
    r"|\s+(?:§|Ks|KS|Kf|KF|Rs|RS|Rf|RF|Ksau|KSAU|Au|AU)\s*\d{1,4}\b)"
)
# "..., narkotika, dopning och tobak": the rest of a listed topic after its first item.
# "... i Uppsala län": the place such a topic ends on; "... och kommersiell service": an
# adjective before the last item's noun.
_LIST_REST = re.compile(
    r"(?:,\s*[\wåäö-]+(?:\s+[\wåäö-]+)?){1,6}\s+(?:och|samt)\s+(?:"
    + DESCRIPTIVE
    + r"\s+(?=[a-zåäö]))?[\wåäö-]+"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:län|kommun))?)?"
)
# "för en god, jämlik och jämställd hälsa i X": adjectives listed before their one noun.
_ARTICLE_ADJECTIVE = re.compile(r"\b(?:en|ett)\s+[a-zåäö]+$")
_ADJECTIVES_REST = re.compile(
    r"(?:,\s*[a-zåäö]+){1,5}\s+(?:och|samt)\s+[a-zåäö]+\s+[a-zåäö][\wåäö-]+"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:län|kommun))?)?"
)
# "en färdplan för hur X ska kunna bli ...": an embedded question runs to its clause's
# end; its first finite verb is its own, not the sentence's.
_QUESTION = re.compile(r"(?:för|om|kring)\s+(?:hur|vad|var|när|vilka|vilken|vilket)\s", re.I)
_QUESTION_VERB = re.compile(r"\s+(?:ska|skall|kommer|kan|är|har|blir)")
# "... och gäller för perioden 2022-2025": the period of the document named before.
_VALID_FOR = re.compile(
    # the finite verb or, after a modal ("ska gälla", "ska omfatta"), the infinitive
    r"[^.;:]{0,120}?\b(?:gäll(?:er|a)\s+(?:för\s+|under\s+)?(?:perioden\s+)?|för\s+(?:perioden|åren)\s+|"
    r"(?:är\s+)?giltig\s+(?:för|under)\s+(?:perioden\s+|åren\s+)?|"
    r"med\s+giltighetstid(?:en)?\s+(?:för\s+|under\s+)?|"
    # "Agendan avser perioden 2015-2020", "sträcker sig över åren 2016-2020"
    r"(?:avse(?:r)?|omfatta(?:r)?|sträcker\s+sig\s+över|löper\s+över)\s+(?:perioden|åren)\s+)"
    + _YEARS
)
_SOM = re.compile(r"\bsom\b")
# "Giltighetstid: 2021-2024" in a document's header block.
META_PERIOD = re.compile(r"^(?:Giltighetstid|Giltig|Gäller|Period):?\s+" + _YEARS, re.M)
# "strategi, "Vårt Gotland 2040"": a comma may set the name off as an apposition.
_QUOTED = re.compile(r"\s*[:,]?\s*[\"”“«](?P<name>[A-ZÅÄÖ][^\"”“»\n]{2,80}?)[\"”“»]")


# A link's file-type label ("Strategi för X (pdf, 2 MB)"). Its accessibility label
# ("länk till annan webbplats") is blanked before the rules run (ingest.language.link_labels).
LINK_LABEL = re.compile(r"\s+\(?pdf\b", re.I)


def cut_link_label(topic: str | None) -> str | None:
    """The topic without a link label and what follows it."""
    if topic is None:
        return None
    m = LINK_LABEL.search(topic)
    return topic if m is None else topic[: m.start()].rstrip(" ,")


@dataclass(frozen=True, slots=True)
class After:
    topic: str | None
    period: tuple[int, int] | None
    end: int


def _years(m: re.Match[str]) -> tuple[int, int] | None:
    return span_years(m)


def span_years(m: re.Match[str]) -> tuple[int, int] | None:
    """The period a match of YEARS states: "2021-30" is 2021-2030; none if it runs back."""
    y1, y2 = int(m.group("y1")), m.group("y2")
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    return (y1, end) if y1 <= end else None


def read_after(
    ctx: Context,
    noun_end: int,
    limit: int,
    word: str,
    *,
    compound: bool,
    with_topic: bool,
    titled: bool = False,
) -> After:
    """The topic and period right after a document noun ending at noun_end. Only a title
    keeps a "med" phrase ("Folkhälsoplan med folkhälsopolitiska mål ... 2012-2015"); "en
    handlingsplan med åtgärder för 2025-2027" keeps only its period."""
    rest = ctx.text[noun_end:limit]
    pm = _PERIOD_AFTER.match(rest)
    if pm and _WITH_CLAUSE.match(pm.group("topic") or ""):
        pm = None  # "Lokalplan med ... tillägget att en skola ska ...": no title
    budget = _WITH_BUDGET.match(rest) if pm is None else None
    if budget and _years(budget):
        return After(None, _years(budget), noun_end + budget.end())
    if pm is None:
        place = _PLACE_PERIOD.match(rest)
        if place and is_place(place.group("place")) and _years(place):
            return After(None, _years(place), noun_end + place.end())
        # "Policy folkhälsa 2017-2021": a bare noun's one-word topic before its period
        named = _WORD_PERIOD.match(rest) if not compound else None
        # not a verb: "Programmet gäller 2023-2030" names no topic "gäller"
        verb = named is not None and TOPIC_STOP.match(" " + named.group("word").lower())
        if named and named.group("word").lower() not in _NOT_TOPIC and not verb and _years(named):
            return After(named.group("word"), _years(named), noun_end + named.end())
    if pm and _years(pm):
        topic = _stop_topic(cut_link_label(pm.group("topic")), titled)
        if topic and not titled and re.match(r"\s*med\s", topic):
            topic = None
        return After(topic, _years(pm), noun_end + pm.end())
    if not with_topic:
        return After(None, None, noun_end)
    party = _WITH_PARTY.match(rest) if kind_of(word) is DocumentKind.AGREEMENT else None
    if party is not None:
        # "avsiktsförklaring med Skavsta flygplats": titled by its party, the mention still
        # ending at its noun, so that the party stays a signer the signing rules can read
        return After(" ".join(party.group("topic").split()), None, noun_end)
    return _topic_after(ctx, noun_end, limit, word, compound)


# An agreement's one other party: "samarbetsavtal med Nässjö kommun (om ...)"; a list of
# parties ("med Polisen och Bollnäs kommun") titles none.
_WITH_PARTY = re.compile(
    r"\s+(?P<topic>med\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:[A-ZÅÄÖ][\wåäö-]*|kommun|län|flygplats"
    r"|universitet|högskola|AB)){0,3})(?=\s+(?:om|för|kring|gällande|i|som)\b|[.;:]|\s*$)"
)


_DANGLING = re.compile(r"\s+(?:och|samt|eller)$")  # a conjunction the stop left behind


def _stop_topic(topic: str | None, titled: bool) -> str | None:
    """'för Ale kommun som gäller 2025-2030': the topic ends where the sentence goes on
    about the document; the period after it is still the document's. A title's dash
    opens its subtitle ("... mål - En god och jämlik hälsa ...")."""
    stops = TOPIC_STOP.finditer(topic) if topic else iter(())
    stop = next((x for x in stops if not (titled and x.group(0).strip() in tuple(DASH))), None)
    if topic is None or stop is None:
        return topic
    kept = _DANGLING.sub("", topic[: stop.start()])
    return kept if len(kept.split()) >= 2 else None


def is_place(words: str) -> bool:
    """A county's or municipality's name, with or without "län"/"kommun" after it."""
    parts = words.split()
    if parts[-1] in ("län", "kommun"):
        parts = parts[:-1]
    return any(county_by_name(n) or municipality_by_name(n) for n in (" ".join(parts), parts[0]))


def topic_after(ctx: Context, noun_end: int, limit: int, word: str, compound: bool) -> After:
    """The topic right after a document noun, without a period."""
    return _topic_after(ctx, noun_end, limit, word, compound)


# "Fördjupad översiktsplan Åsbygden, antagande", "fördjupad översiktsplan, Älvområdet, i
# Krokom": a deepened plan is named by the area it deepens, written bare after the noun.
_DEEPENED = re.compile(r"[Ff]ördjupad\s+$")
_AREA_AFTER = re.compile(
    r",?\s+(?P<topic>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?=\s*[,.(]|\s*$)"
)


def _topic_after(ctx: Context, noun_end: int, limit: int, word: str, compound: bool) -> After:
    rest = ctx.text[noun_end:limit]
    tm = _TOPIC_AFTER.match(rest)
    if tm is None:
        start = noun_end - len(word)
        area = _AREA_AFTER.match(rest) if word.lower() == "översiktsplan" else None
        if area and _DEEPENED.search(ctx.text, max(0, start - 12), start):
            return After(area.group("topic"), None, noun_end + area.end())
        return After(None, None, noun_end)
    topic: str | None = tm.group("topic")
    end = noun_end + tm.end()
    listed = _LIST_REST.match(ctx.text, end, limit)
    if topic and _ARTICLE_ADJECTIVE.search(topic):
        listed = _ADJECTIVES_REST.match(ctx.text, end, limit) or listed
    if listed and topic:  # "mot alkohol, narkotika, dopning och tobak"
        topic, end = topic + listed.group(0), listed.end()
    topic, end = _clean_topic(topic, noun_end, end, word, compound)
    return After(topic, None, end)


# Compounds that name a kind, not a topic: their purpose is their title ("Handlings- och
# aktivitetsplan för att förebygga självmord", "Färdplan för att fortsätta digitalisera").
_KIND_COMPOUNDS = (*ACTION_PLAN_HEADS, "handlingsprogram", "åtgärdsprogram", "färdplan")


def _clean_topic(
    topic: str | None, start: int, end: int, word: str, compound: bool
) -> tuple[str | None, int]:
    """A topic stops before a verb ("... antagen av KF"); after a bare "plan" or
    "program", or a compound with a topic of its own, a purpose ("en plan för att ...",
    "klimatanpassningsstrategi för att se ...") names no topic."""
    if topic is None:
        return None, end
    label = LINK_LABEL.search(topic)
    if label:  # "för skolväsendetlänk till annan webbplats"
        end -= len(topic) - label.start()
        topic = topic[: label.start()]
    stripped = topic.strip()
    if len(stripped.split()) < 2:  # only the preposition is left
        return None, start
    topical = compound and not word.lower().endswith(_KIND_COMPOUNDS)
    if (word.lower() in ("plan", "program") or topical) and re.match(r"för\s+att\b", stripped):
        return None, start
    stop = TOPIC_STOP.search(topic)
    if stop and _QUESTION.match(stripped) and _QUESTION_VERB.fullmatch(stop.group(0)):
        stop = TOPIC_STOP.search(topic, stop.end())  # the question's own verb: read on
    if not re.match(r"(?:för|mot)\s+att\b", stripped):  # no purpose's own verbs
        task = _NEXT_TASK.search(topic)
        stop = task if task and (stop is None or task.start() < stop.start()) else stop
    if stop:
        kept = _DANGLING.sub("", topic[: stop.start()].strip())  # "... kommun och vill"
        if len(kept.split()) < 2:  # only the preposition is left
            return None, start
        return kept, end - (len(topic) - stop.start())
    return stripped, end


# "riktlinjer för informationssäkerhet och stödja pågående arbete med X": a second task's
# infinitive ends the noun phrase's topic.
_NEXT_TASK = re.compile(
    r"\s+(?:och|samt)\s+(?:stödja|stötta|utveckla|stärka|öka|främja|sprida|genomföra|"
    r"säkerställa|förbättra|minska|skapa|verka|bidra|ta\s+fram|arbeta)\b"
)


def valid_for(
    ctx: Context, end: int, limit: int, mention: re.Pattern[str]
) -> tuple[int, int] | None:
    """'... och gäller för perioden 2022-2025' after a mention, with no other document
    named in between."""
    vm = _VALID_FOR.match(ctx.text, end, limit)
    if vm is None or mention.search(ctx.text, end, vm.start("y1")):
        return None
    # "Planen utgår från de åtgärder som togs fram för åren 2021-2024": the period of
    # another noun's relative clause; the mention's own one opens right after it.
    gap = ctx.text[end : vm.start("y1")].lstrip(" ,")
    other = _SOM.search(gap, 1) if gap.startswith("som ") else _SOM.search(gap)
    return None if other is not None else _years(vm)


def meta_period(ctx: Context, limit: int) -> tuple[int, int] | None:
    hm = META_PERIOD.search(ctx.text, 0, limit)
    return _years(hm) if hm else None


def quoted_name(ctx: Context, end: int, limit: int) -> tuple[str, int] | None:
    """A name in quotation marks right after a document noun, and where it ends."""
    qm = _QUOTED.match(ctx.text, end, limit + 1)
    if qm is None:
        return None
    name = " ".join(qm.group("name").split())
    if "," in ctx.text[end : qm.start("name")] and _longer_title(ctx.text, name):
        return None  # "strategin, "X"" where the page titles it "X - en strategi för Y"
    return name, qm.end()


def _longer_title(text: str, name: str) -> bool:
    """Whether the page gives the name a subtitle ("X - en klimatstrategi för Y")."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return re.search(words + r"\s*[-\u2013:]\s+\w", text) is not None


# "Satsningar på X, en ny medieplan för biblioteken och höjning av Y": an item of a list
# whose last item "och" adds.
_LIST_ITEM = re.compile(r"\S,\s+$")
_AND_ITEM = re.compile(r"\s+(?:och|samt)\s+")


def listed_topic(
    ctx: Context, sentence_start: int, start: int, topic: str, end: int
) -> tuple[str | None, int]:
    """A topic (ending at ``end``) of a document listed after a comma ends before the
    "och" that adds the list's last item."""
    if not _LIST_ITEM.search(ctx.text, sentence_start, start):
        return topic, end
    cut = _AND_ITEM.search(topic)
    if cut is None or "," in topic:
        return topic, end
    kept = topic[: cut.start()]
    if len(kept.split()) < 2:
        return None, end - len(topic)
    return kept, end - (len(topic) - cut.start())

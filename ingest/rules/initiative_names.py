"""Initiative names: projects, centres, web sites, courses, found where the page marks a name.

An initiative has no official code; its id is its canonical name (see
ingest.ids.initiative_id), so "Resurscentrum mot våld" on any page meets in one node.

- initiative.named_centre: a capitalised centre name with its topic,
  "Resurscentrum mot våld", "Kunskapscentrum om ...".
- initiative.satsning: a named effort compound, "Kvinnofridssatsningen", or indefinite as
  a heading ("Kvinnofridssatsning" alone at a line's start); canonical in the definite
  form. An indefinite one in running text ("för gemensam folkhälsosatsning") names none.
- initiative.named_site: "en hemsida - Västernorrland mot våld -".
- initiative.produced: "tagit fram en webbkurs om våld" -> "Webbkurs om våld".
- initiative.known_name: every later occurrence of a found name.
- initiative.anaphora: "resurscentret", a bare capitalised "Resurscentrum":
  the latest initiative whose name starts with the same head word.
- initiative.named_after_noun: a capitalised name after a generic noun,
  "projektet Trygga X-nätter", "nätverket X mot heder", "utvecklingsarbetet Y", "förstudie
  X", "mötesplats X"; it ends where the page names it shorter elsewhere, and a descriptive
  name ("projektet Strategisk satsning på tech-sektorn i Uppsala med 3 miljoner") runs on
  to a hard stop (see initiative_name_prefix).
- initiative.named_centre also takes "Barnahus <Place>", a centre compound or "-plattform"
  and a place ("Kvinnofridscentrum Jämtland", "Kompetensplattform Västra Götaland").
- initiative.quoted_after_noun: a quoted name after a generic noun, 'projektet
  "Hållbar arbetspendling"'.
- initiative.capital_pair: a level adjective and a definite noun both capitalised where
  no sentence starts, "Det Nationella Kompetensteamet", "den Nationella Stödtelefonen";
  the capitalised noun alone ("Kompetensteamet") is then a mention of it.
- initiative.named_after_noun also reads the noun opening a sentence ("Projektet X ..."),
  its compounds ("EU-projektet X"), an owner's "Region Xs projekt SIKT" and "Dig.2020".
- Any name runs on over its acronym in brackets and its subtitle after a dash
  (ingest.rules.initiative_name_ends); its short form later on names the same node.
- initiative.period_heading: "2022 - 2024: <Name>" alone on its line, the period set on
  the node (not when its head noun names a document or body).
- initiative.apposition: "den metodik, <Name>, som ...".
- initiative.work_at: "samordnar (även) arbetet vid <Name>" (one capitalised word, no place).
- initiative.named_after_noun also reads an indefinite project compound heading a list
  line ("• Ramprojekt X (RUN/73/2018)"), a subtitle before a case reference ("X - Y
  (RUN/1/2021)"), what a "projektledare för" leads, and "och" after a cut compound
  ("energi- och klimatrådgivning"); not a capitalised noun inside a sentence (itself a
  name: "i Trästadsnätverket Kommunstyrelsen beslutar") nor a network joined as a member
  ("medlemskap i nätverket X": an organisation).
- initiative.named_compound: a capitalised effort compound inside a sentence,
  "planen för Digitaliseringsprojektet", "den så kallade Landsbygdspotten".
- initiative.defined: a capitalised name inside a sentence that "handlar om / är en
  satsning / ett projekt / nätverk / samarbete / initiativ / plattform", or has one in
  apposition ("Dialog för Gotland, en nystartad plattform"), unless a word of it names a
  body or document ("Samordningsförbundet X, som är ett samarbete mellan").
- initiative.grant_item, .grant_row, .grant_heading (ingest.rules.initiative_grant_*): the
  items of a grant list, the rows with owners, numbered headings over their grants.
- initiative.joined_programme: a development or training programme with its topic that
  someone takes part in ("medverkan i X:s utvecklingsprogram för ett bättre Y"), named
  as written without the owner's genitive.
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import Initiative
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.rules.initiative_called import called_names
from ingest.rules.initiative_grant_headings import grant_names
from ingest.rules.initiative_grant_rows import GRANT_ROW_RULE
from ingest.rules.initiative_links import mention_initiative
from ingest.rules.initiative_name_ends import to_acronym, to_subtitle, without_acronym
from ingest.rules.initiative_name_prefix import descriptive_extent, known_prefix
from ingest.rules.initiative_programmes import is_known_programme, programme_names

CONF_NAME = 0.85
CONF_ANAPHORA = 0.7

_TOPIC_WORD = (
    r"(?!(?:som|ska|har|är|var|kommer|blir|med|där|vilket|samt|i|på|för|att|under|efter|"
    r"genom|från|till|av|vid|när|inom|utan|enligt|eftersom|medan|men)\b)[a-zåäö]+"
)
_TOPIC = rf"(?:mot|för|om)\s+{_TOPIC_WORD}(?:\s+{_TOPIC_WORD}){{0,6}}"
_CENTRE_HEADS = (
    "Resurscentrum",
    "Resurscenter",
    "Kunskapscentrum",
    "Kompetenscentrum",
    "Kunskapscenter",
    "Stödcentrum",
)
_NAMED_HEAD = re.compile(r"(?<![\w-])(?P<name>Barnahus\s+[A-ZÅÄÖ][a-zåäö]+)\b")
# A name word has two letters or is a capital ("Service Z") or a version ("2.0"), no "s";
# a plus may end the name ("Framtidsverkstad Uppsala+").
_NAME_WORD = r"(?:\d+(?:\.\d+)+\b|[\wåäöÅÄÖ][\wåäöÅÄÖ-]+|[A-ZÅÄÖ0-9])"
# The noun may open the sentence ("Projektet X") or be a compound ("EU-projektet X").
_AFTER_NOUN = re.compile(
    r"(?<![\w-])(?P<noun>(?:[\wåäöÅÄÖ]+-)?[\wåäöÅÄÖ]*?(?i:projektet|nätverket|utvecklingsarbetet|"
    r"satsningen|samarbetet|initiativet|kampanjen|förstudien|förstudie|mötesplatsen|mötesplats)"
    r"|(?<=[a-zåäö]s[ ])projekt"  # "Region Västerbottens projekt SIKT": an owner's project
    r"|\b(?:sitt|sina|vårt|deras)[ ]projekt"  # "har fått 46 100 kr för sitt projekt X"
    # "projektledare för Kompetensarena X": what a project leader leads is a project
    r"|\b[Pp]rojektledare\s+(?:för|i|inom)"
    r"|^[ \t]*(?:[•*\-\u2013][ \t]+)?"  # "• Ramprojekt X (RUN/73/2018)": a list line's
    r"[A-ZÅÄÖ][a-zåäö]+projekt)(?:[ \t]+|[ \t]*\n[ \t]*)"  # not across a blank line
    rf"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\.\d+)?(?:\s+{_NAME_WORD}){{0,4}}?\+?"
    # "X - Laddbara mil med Y (RUN/551/2021)": a subtitle before a case reference
    rf"(?:\s+-\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+{_NAME_WORD}){{0,4}}?(?=\s*\())?)"
    # "energi- och klimatrådgivning": "och" after a cut compound goes on with the name
    r"(?=\s*[,.;:(\u2013]|(?<!-)\s+(?:som|där|och|samt|eller|i|för|att|hålls|startar|startade|får|ska|"
    r"vill|kan|är|var|har|hade|drivs|leds|samordnas|finansieras|genomförs|pågår|syftar|handlar|"
    r"omfattar|riktar|kommer|under|med|mellan|inom|på|till|vid|tillsammans|"
    r"[a-zåäö]+(?<!pl)(?:ats|its))\b|\s*$"  # "X skapats": a participle ends it
    # "projektet X 2.0 1,5 miljoner kronor": a sum after the name ends it
    r"|\s+\d[\d ,]*\s+(?:miljoner|miljon|kronor|kr|tkr|mnkr)\b)",
    re.M,
)
# "Kvinnofridscentrum Jämtland", "Kompetensplattform Västra Götaland": a centre or
# platform named by its place (a county or municipality).
_PLACE_CENTRE = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]{3,}(?:centrum|center|plattform)\s+"
    r"(?P<place>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?))\b"
)
# "2022 - 2024: Regionala strukturer för validering": an effort listed under its period,
# alone on its line (agencies' lists of "Insatser", "Projekt").
_PERIOD_HEADING = re.compile(
    r"^[ \t]*(?P<y1>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<y2>(?:19|20)\d\d)\s*:\s*"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[\wåäöÅÄÖ-]+){1,7})[ \t]*$",
    re.M,
)
# "inom ramen för den metodik, Effektiv samordning trygghet, som ...": a method's name in
# apposition between commas.
_APPOSITION = re.compile(
    r"\b(?:metodik|metodiken|metoden|modellen|arbetsmodellen|konceptet|arbetssättet),\s+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){1,5}),\s+som\b"
)
# "Vi samordnar även arbetet vid Øresunddirekt": a capitalised one-word name the work is at.
_WORK_AT = re.compile(
    r"\b(?:samordnar|leder|driver)\s+(?:även\s+|också\s+)?arbetet\s+(?:vid|i|inom)\s+"
    r"(?P<name>[^\W\d_][\w-]{3,})(?=\s*[;:,.(]|\s+(?:som|och)\b)"
)
# "projektet ”Hållbar arbetspendling”": a quoted name after the generic noun.
_QUOTED_AFTER_NOUN = re.compile(
    r"\b(?:[a-zåäö]*projektet|projekt|nätverket|utvecklingsarbetet|satsningen|"
    r"samarbetet|initiativet|kampanjen)\s+[\"”“«](?P<name>[A-ZÅÄÖ][^\"”“»\n]{2,90}?)[\"”“»]"
)
_CENTRE = re.compile(rf"(?<![\w-])(?P<name>(?:{'|'.join(_CENTRE_HEADS)})\s+{_TOPIC})")
_SATSNING = re.compile(r"(?<![\w-])(?P<name>[A-ZÅÄÖa-zåäö][a-zåäö]{3,}satsning)(?P<def>en)?\b")
_SITE = re.compile(
    r"\b(?:hemsida|hemsidan|webbplats|webbplatsen|webbsida|sajt)\s*[\u2013-]\s*"
    r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ ]{2,60}?)\s*[\u2013-]"
)
_PRODUCED = re.compile(
    r"\b(?:tagit|tog|tagits)\s+fram\s+(?:en|ett)\s+"
    rf"(?P<name>(?:webbkurs|webbutbildning|e-utbildning|utbildning|kampanj|film)\s+{_TOPIC})"
)
_TRAILING = re.compile(r"(?:\s+(?:och|samt))+$")
# "Det Nationella Kompetensteamet", "den Nationella Stödtelefonen": a level adjective and a
# definite noun, both capitalised where the sentence does not start, is a proper name.
_CAPITAL_PAIR = re.compile(
    r"(?:\b[Dd](?:et|en)\s+|(?<=[a-zåäö,])\s)"
    r"(?P<name>(?:Nationella|Regionala|Lokala|Gemensamma)\s+(?P<head>[A-ZÅÄÖ][a-zåäö]{3,}(?:et|en|na)))\b"
)
# Nouns that name documents or bodies, never an initiative.
_NOT_HEADS = re.compile(
    r"(?:strategi|plan|program|policy|riktlinj|rutin|överenskommels|nämnd|styrels|"
    r"myndighet|förvaltning|kommun|region|råd|förbund|bolag)[a-zåäö]*$",
    re.I,
)


# "ansöka om medlemskap i nätverket X": a network one joins is an organisation.
_MEMBERSHIP = re.compile(r"\b(?:medlemskap|medlem|medlemmar)\s+i\s+(?:[\wåäö]+\s+)?$", re.I)
# "planen för Digitaliseringsprojektet", "den så kallade Landsbygdspotten": a capitalised
# effort compound inside a sentence is a proper name.
_NAMED_COMPOUND = re.compile(
    r"(?<=[a-zåäö,]\s)(?P<name>[A-ZÅÄÖ][a-zåäö]{3,}(?:projektet|potten|fonden))\b"
)


# "kommunens medverkan i Svenskt Näringslivs utvecklingsprogram för ett bättre
# företagsklimat": a programme one takes part in is an effort, not a steering document.
_JOINED_PROGRAMME = re.compile(
    r"\b(?:deltar|delta|deltaga|deltagande|medverkan|medverkar|medverka)\s+i\s+"
    r"(?:[A-ZÅÄÖ][\wåäö]*\s+){0,2}?(?:[A-ZÅÄÖ][\wåäö]*s\s+)?"
    r"(?P<name>[a-zåäö]*(?:utvecklings|utbildnings|ledarskaps|tränings|mentors)program"
    r"\s+(?:för|om|mot|inom)\s+(?!att\b)[a-zåäö][\wåäö]*(?:\s+[a-zåäö][\wåäö]*){0,5}?)"
    r"(?=\s*[.,;:!?]|\s+(?:som|där|och|under|tillsammans)\b)"
)


# "... och Ljusning Syd som handlar om en satsning på ...": a name defined as an effort.
_DEFINED = re.compile(  # also in apposition: "Dialog för Gotland, en nystartad plattform"
    r"(?<=[a-zåäö,]\s)(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:(?:för|mot|om)\s+)?[A-ZÅÄÖ][\wåäö-]+){0,3})"
    r"(?:,?\s+som\s+(?:handlar\s+om|är)|,)\s+(?:en|ett)\s+(?:[a-zåäö]+\s+){0,2}?"
    r"(?:satsning|projekt|nätverk|samarbete|initiativ|plattform)\b"
)


def _not_after_noun(ctx: Context, m: re.Match[str]) -> bool:
    """The noun is itself a name ("Ansökan om medlemskap i Trästadsnätverket Kommunstyrelsen
    beslutar"), or names a network joined as a member."""
    noun = m.group("noun").strip(" \t•*-\u2013")
    if noun[0].isupper() and "-" not in noun and not noun.endswith("projekt"):
        before = ctx.text[max(0, m.start("noun") - 2) : m.start("noun")]
        if before.strip() and before.strip()[-1] not in ".!?:":
            return True
    line_start = ctx.text.rfind("\n", 0, m.start("noun")) + 1
    return bool(_MEMBERSHIP.search(ctx.text, line_start, m.start("noun")))


def _name(raw: str) -> str:
    name = _TRAILING.sub("", " ".join(raw.split()))
    return name[0].upper() + name[1:]


_QUOTED_RULES = frozenset(
    {"initiative.quoted_after_noun", "initiative.quoted_noun", "initiative.called", GRANT_ROW_RULE}
)


def _add(
    ctx: Context, sink: FactSink, name: str, start: int, end: int, rule: str, conf: float
) -> InitiativeHit | None:
    # A quoted name (or a grant row's) may hold a place ("”Digitala kommuner i Kalmar län”").
    inside = rule in _QUOTED_RULES
    if any(
        a.start < end and start < a.end and not (inside and start <= a.start and a.end <= end)
        for a in ctx.actors
    ):
        return None
    anaphoric = rule == "initiative.anaphora"
    return mention_initiative(sink, name, start, end, rule, conf, anaphoric=anaphoric)


def _place(words: str) -> str | None:
    """The longest leading county or municipality name in words ("Västra Götaland")."""
    parts = words.split()
    for n in range(len(parts), 0, -1):
        candidate = " ".join(parts[:n])
        if county_by_name(candidate) or municipality_by_name(candidate):
            return candidate
    return None


def named_initiatives(ctx: Context, sink: FactSink) -> list[InitiativeHit]:
    found: list[tuple[int, int, str, str]] = []
    aliases: dict[str, str] = {}  # "Nationella kompetensteamet" -> "Kompetensteamet"
    periods: dict[str, tuple[int, int]] = {}  # the period a heading lists the effort under
    for m in _CENTRE.finditer(ctx.text):
        name = _name(m.group("name"))
        found.append((m.start(), m.start() + len(name), name, "initiative.named_centre"))
    for m in _NAMED_HEAD.finditer(ctx.text):
        found.append((m.start(), m.end(), m.group("name"), "initiative.named_centre"))
    for m in _AFTER_NOUN.finditer(ctx.text):
        full = " ".join(m.group("name").split())
        name = known_prefix(ctx.text, full, m.start("name"))
        end = m.start("name") + len(name)
        if name == full:  # the page names no shorter form: a descriptive name runs on
            name, end = descriptive_extent(ctx.text, name, m.start("name"), m.end("name"))
        if name.split()[0] in ("Projekt", "Projektet") or _not_after_noun(ctx, m):
            continue
        found.append((m.start("name"), end, name, "initiative.named_after_noun"))
    for m in _DEFINED.finditer(ctx.text):
        before = ctx.text[max(0, m.start() - 40) : m.start()].split()
        whole = not before or not before[-1][0].isupper()  # not the tail of a longer name
        if whole and not any(_NOT_HEADS.search(w) for w in m.group("name").split()):
            found.append((m.start("name"), m.end("name"), m.group("name"), "initiative.defined"))
    for m in _JOINED_PROGRAMME.finditer(ctx.text):
        found.append(
            (m.start("name"), m.end("name"), m.group("name"), "initiative.joined_programme")
        )
    for m in _NAMED_COMPOUND.finditer(ctx.text):
        found.append((m.start(), m.end(), m.group("name"), "initiative.named_compound"))
    for m in _PLACE_CENTRE.finditer(ctx.text):
        place = _place(m.group("place"))
        if place:
            end = m.start("place") + len(place)
            name = ctx.text[m.start() : end]
            found.append((m.start(), end, " ".join(name.split()), "initiative.named_centre"))
    for m in _PERIOD_HEADING.finditer(ctx.text):
        # its head noun is no document's or body's ("Regionala" is an adjective)
        words = [w for w in m.group("name").split()[:2] if not w.endswith("a")]
        if not any(_NOT_HEADS.search(w) for w in words):
            name = m.group("name")
            periods[name] = (int(m.group("y1")), int(m.group("y2")))
            found.append((m.start("name"), m.end("name"), name, "initiative.period_heading"))
    for m in _APPOSITION.finditer(ctx.text):
        found.append((m.start("name"), m.end("name"), m.group("name"), "initiative.apposition"))
    for m in _WORK_AT.finditer(ctx.text):
        name = m.group("name")
        if name[0].isupper() and not _place(name):
            found.append((m.start("name"), m.end("name"), name, "initiative.work_at"))
    for m in _QUOTED_AFTER_NOUN.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        found.append((m.start("name"), m.end("name"), name, "initiative.quoted_after_noun"))
    for m in _SATSNING.finditer(ctx.text):
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        if m.group("def") or not ctx.text[line_start : m.start()].strip(" \t•*-"):
            found.append((m.start(), m.end(), _name(m.group("name")) + "en", "initiative.satsning"))
    for m in _CAPITAL_PAIR.finditer(ctx.text):
        if _NOT_HEADS.search(m.group("head")):
            continue
        words = m.group("name").split()
        name = f"{words[0]} {words[1].lower()}"
        found.append((m.start("name"), m.end("name"), name, "initiative.capital_pair"))
        aliases[name] = m.group("head")
    for m in _SITE.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        found.append((m.start("name"), m.start("name") + len(name), name, "initiative.named_site"))
    for m in _PRODUCED.finditer(ctx.text):
        name = _name(m.group("name"))
        found.append((m.start("name"), m.start("name") + len(name), name, "initiative.produced"))
    found.extend(called_names(ctx) + programme_names(ctx) + grant_names(ctx))
    hits: list[InitiativeHit] = []
    for start, end, name, rule in sorted(found):
        if any(h.start < end and start < h.end for h in hits):
            continue
        short = without_acronym(name)
        if short:
            name, aliases[short[0]] = short
        extended = to_acronym(ctx.text, name, end)
        if extended:
            name, end, aliases[extended[0]] = extended
        # the subtitle is the name's, if no actor's and no listed programme's name
        sub = None if is_known_programme(name) else to_subtitle(ctx.text, name, end)
        hit = _add(ctx, sink, sub[0], start, sub[1], rule, CONF_NAME) if sub else None
        if sub and hit:
            name, end, aliases[sub[0]] = sub[0], sub[1], name
        # "SAM är ett treårigt projekt" after "SAM - Stärkt Attraktionskraft ...": that one
        name = next((full for full, short in aliases.items() if short == name), name)
        hit = hit or _add(ctx, sink, name, start, end, rule, CONF_NAME)
        if hit:
            hits.append(hit)
            node = sink.nodes[hit.node_id]
            if rule == "initiative.period_heading" and isinstance(node, Initiative):
                y1, y2 = periods[name]
                sink.nodes[node.id] = dataclasses.replace(node, period_start=y1, period_end=y2)
    names = {h.name for h in hits}
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text, re.I):
            if not any(h.start < m.end() and m.start() < h.end for h in hits):
                hit = _add(ctx, sink, name, m.start(), m.end(), "initiative.known_name", CONF_NAME)
                if hit:
                    hits.append(hit)
        head = aliases.get(name)
        # "Kompetensteamet", "Kompetensteamets": the name's noun; "ADAS": its acronym
        for m in (
            re.finditer(rf"(?<![\w-]){re.escape(head)}(?=s?(?![\w-]))", ctx.text) if head else ()
        ):
            if not any(h.start < m.end() and m.start() < h.end for h in hits):
                hit = _add(
                    ctx, sink, name, m.start(), m.end(), "initiative.anaphora", CONF_ANAPHORA
                )
                if hit:
                    hits.append(hit)
    return sorted(hits, key=lambda h: (h.start, h.end))


def initiative_anaphora(
    ctx: Context, sink: FactSink, named: list[InitiativeHit]
) -> list[InitiativeHit]:
    hits: list[InitiativeHit] = []
    heads = {h.name.split()[0] for h in named}
    for head in sorted(heads):
        stem = head.lower()[:-2] if head.endswith("um") else head.lower()
        # "resurscentret", "resurscentrumet", or a bare capitalised "Resurscentrum"
        pattern = re.compile(
            rf"(?<![\w-])(?:{re.escape(stem)}(?:ret|umet|et)|{re.escape(head)}(?!\s+(?:mot|för|om)\b))"
            r"(?![\w-])",
            re.I if head.endswith("um") else 0,
        )
        for m in pattern.finditer(ctx.text):
            surface = m.group(0)
            if surface == head.lower():
                continue  # "ett resurscentrum": any centre, not this one
            if any(h.start <= m.start() < h.end for h in named):
                continue
            earlier = [h for h in named if h.end <= m.start() and h.name.split()[0] == head]
            if not earlier:
                continue
            node = sink.nodes[earlier[-1].node_id]
            assert isinstance(node, Initiative)
            if sink.mention(node, m.start(), m.end(), "initiative.anaphora", CONF_ANAPHORA):
                hits.append(InitiativeHit(m.start(), m.end(), node.id, node.name, anaphoric=True))
    return hits

"""Initiatives: projects, centres, web sites, courses -- and who takes part, funds, coordinates.

An initiative has no official code; its id is its canonical name (see
ingest.ids.initiative_id), so "Resurscentrum mot våld" on any page meets in
one node. Names are found only where the page marks them as names:

- initiative.named_centre: a capitalised centre name with its topic,
  "Resurscentrum mot våld", "Kunskapscentrum om ...".
- initiative.satsning: a named effort compound, "Kvinnofridssatsning(en)";
  canonical in the definite form ("Kvinnofridssatsningen").
- initiative.named_site: "en hemsida - Västernorrland mot våld -".
- initiative.produced: "tagit fram en webbkurs om våld" -> "Webbkurs om våld".
- initiative.known_name: every later occurrence of a found name.
- initiative.anaphora: "resurscentret", a bare capitalised "Resurscentrum":
  the latest initiative whose name starts with the same head word.

Relations (each quotes its sentence):
- initiative.participates.medverka: "(vi|<org>) ... medverka|delta i <initiative>"
  ("vi" is the page's municipality).
- initiative.participates.mellan: "<initiative> är resultatet av ett projekt
  mellan A, B och C" -> every organisation after "mellan".
- initiative.participates.i_samverkan_med: "<org> har i samverkan med A och B
  tagit fram <initiative>" -> the subject and the partners.
- initiative.participates.tillsammans_med / initiative.funds.samfinansierad:
  "<org A> har ett uppdrag att tillsammans med <org B> ..." followed by
  "samfinansierad" -> both take part in (and fund) the initiative the page
  is about (named in its title line).
- initiative.funds.var_finansiering: "vår medverkan och finansiering" ->
  the page's municipality FUNDS the latest initiative.
- initiative.funds.finansierar: "<org> (med)finansierar <initiative>".
- initiative.period.financing: "Medfinansieringen gäller 2024-2026" -> the
  latest initiative's period (set on the node, the clause as its evidence).
- initiative.coordinates.tillhora: "<initiative> (ska|kommer) tillhöra <org>",
  "<org> samordnar|driver|leder <initiative>".
- initiative.named_after_noun: a capitalised name after a generic noun,
  "projektet Trygga X-nätter", "nätverket X mot heder", "utvecklingsarbetet Y".
- initiative.named_centre also takes "Barnahus <Place>".
- initiative.participates.tillsammans_med_i: "<org> deltar tillsammans med A,
  B och C i <initiative>" -> the subject and every partner named.
- initiative.participates.i_deltar: "I <initiative>/projektet deltar (bland
  annat) A, B och C" -> each.
- initiative.coordinates.som_samordnas: "<initiative>, som samordnas|leds|drivs
  av <org>"; initiative.coordinates.samordnar_verksamheten: "<org> (är
  värdkommun och) samordnar verksamheten|projektet|nätverket" -> the latest
  initiative.
- initiative.funds.finansieras_av: "<initiative>/Verksamheten finansieras
  (gemensamt) av A och B" ("de sex kommunerna": the six municipalities listed
  just before) -> each FUNDS.
- initiative.funds.bidrar_med: "<org> bidrar med 200 000 kronor" -> the latest
  initiative; initiative.funds.far_fran: "Projektet får 350 000 kronor från
  <org>"; initiative.funds.beviljat: "<org> har beviljat ... kronor ...
  Pengarna går till <initiative>".
- initiative.period.drivs: "<initiative> drivs 2025-2027" -> its period.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from graph.edges import LinkType
from graph.nodes import Initiative, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, InitiativeHit
from ingest.facts import FactSink
from ingest.segment import Span

CONF_NAME = 0.85
CONF_ANAPHORA = 0.7
CONF_RELATION = 0.8
CONF_PAGE = 0.6

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
_NAME_WORD = r"[\wåäöÅÄÖ][\wåäöÅÄÖ-]*"
_AFTER_NOUN = re.compile(
    r"\b(?:projektet|nätverket|utvecklingsarbetet|utvecklingsprojektet|satsningen|samarbetet|"
    r"initiativet|kampanjen)\s+"
    rf"(?P<name>[A-ZÅÄÖ]{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}?)"
    r"(?=\s*[,.;:]|\s+(?:som|där|och|i|för|hålls|startar|får|ska|är|har|drivs|under)\b|\s*$)",
    re.M,
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

_MEDVERKA = re.compile(
    r"\b(?:medverka|medverkar|delta|deltar|ingå|ingår)\s+i\s+(?:det\s+|den\s+)?(?:\w+\s+)?$"
)
_MELLAN = re.compile(
    r"\b(?:projekt|utvecklingsprojekt|samarbete|samverkan|samverkansprojekt)\s+mellan\b"
)
_I_SAMVERKAN = re.compile(r"\bi\s+samverkan\s+med\b")
_TILLSAMMANS = re.compile(r"\b(?:uppdrag\s+att\s+)?tillsammans\s+med\s+$")
_SAMFINANSIERAD = re.compile(
    r"\b(?:samfinansierad|samfinansierat|samfinansierade|medfinansierad)\b"
)
_VAR_FINANSIERING = re.compile(r"\b[Vv]år\s+(?:\w+\s+och\s+)?(?:med)?finansiering\b")
_FINANSIERAR = re.compile(r"^\s+(?:\w+\s+)?(?:med|sam)?finansierar\s+(?:\w+\s+)?$")
_PERIOD = re.compile(
    r"\b(?:[Mm]ed|[Ss]am)?[Ff]inansieringen\s+(?:gäller|löper|avser)\s+(?:för\s+)?(?:åren\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_TILLHORA = re.compile(
    r"^\s+(?:ska\s+|kommer\s+(?:att\s+)?)?(?:tillhöra|tillhör|organiseras\s+(?:under|inom)|"
    r"drivas\s+av|drivs\s+av|ägas\s+av|ägs\s+av)\s+$"
)
_COORD_VERB = re.compile(r"^\s+(?:samordnar|driver|leder)\s+(?:det\s+|den\s+)?(?:\w+\s+)?$")


_SUBJECT_GAP = re.compile(
    r"^\s+(?:ska\s+|kommer\s+att\s+|vill\s+|har\s+valt\s+att\s+|fortsätter\s+att\s+)?$"
)
_KOMMUNEN = re.compile(
    r"(?:^|\s)(?:[Kk]ommunen|[Vv]i)\s+(?:ska\s+|kommer\s+att\s+|vill\s+|väljer\s+att\s+)?$"
)
_DELTAR_TILLSAMMANS = re.compile(
    r"^\s+(?:ska\s+)?(?:deltar|medverkar|delta|medverka)\s+(?:också\s+|även\s+)?tillsammans\s+med\s+"
)
_I_INI_DELTAR = re.compile(
    r"\s+(?:deltar|medverkar|ingår)\s+(?:bland\s+annat\s+|också\s+|även\s+)?"
)
_ANAPHOR_NOUN = re.compile(
    r"\b(?:[Vv]erksamheten|[Pp]rojektet|[Nn]ätverket|[Ss]atsningen|[Ss]amarbetet|[Ii]nitiativet)\b"
)
_SOM_SAMORDNAS = re.compile(r"^,?\s+som\s+(?:samordnas|leds|drivs)\s+(?:\w+\s+)?av\s+$")
_SAMORDNAR_VERKSAMHETEN = re.compile(
    r"\s+(?:är\s+\w+\s+och\s+)?(?:samordnar|leder|driver)\s+(?:verksamheten|projektet|"
    r"nätverket|satsningen|samarbetet|arbetet\s+i\s+(?:projektet|nätverket))\b"
)
_FINANSIERAS_AV = re.compile(r"\s+(?:finansieras|bekostas|samfinansieras)\s+(?:\w+\s+)?av\s+")
_AMOUNT = r"\d[\d\s,]*(?:\s*(?:miljoner|miljon|mnkr|tkr))?\s*(?:kronor|kr)\b"
_BIDRAR_MED = re.compile(rf"\s+(?:bidrar|bidrog|går\s+in)\s+med\s+{_AMOUNT}")
_FAR_FRAN = re.compile(
    rf"\s+(?:får|fick|har\s+fått|beviljas|har\s+beviljats)\s+{_AMOUNT}\s+(?:i\s+\w+\s+)?"
    r"(?:från|av)\s+$"
)
_BEVILJAT = re.compile(rf"\s+(?:har\s+)?(?:beviljat|beviljade|beviljar)\s+[^.]{{0,60}}?{_AMOUNT}")
_PENGARNA = re.compile(
    r"^\s*(?:Pengarna|Medlen|Bidraget|Anslaget)\s+(?:går|gick|ska\s+gå)\s+till\b"
)
_DRIVS_PERIOD = re.compile(
    r"\s+(?:drivs|pågår|löper|genomförs)\s+(?:under\s+)?(?:åren\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_NUMBERS = {
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
}
_DE_N_KOMMUNERNA = re.compile(
    r"\b[Dd]e\s+(?P<n>" + "|".join(_NUMBERS) + r")\s+(?:kommunerna|medlemskommunerna)\b"
)


def _name(raw: str) -> str:
    name = _TRAILING.sub("", " ".join(raw.split()))
    return name[0].upper() + name[1:]


def _add(
    ctx: Context, sink: FactSink, name: str, start: int, end: int, rule: str, conf: float
) -> InitiativeHit | None:
    node = sink.nodes.get(ids.initiative_id(name))
    initiative = node if isinstance(node, Initiative) else None
    initiative = initiative or Initiative(id=ids.initiative_id(name), name=name)
    if any(a.start < end and start < a.end for a in ctx.actors):
        return None
    if not sink.mention(initiative, start, end, rule, conf):
        return None
    return InitiativeHit(start, end, initiative.id, name, anaphoric=rule == "initiative.anaphora")


def _named(ctx: Context, sink: FactSink) -> list[InitiativeHit]:
    found: list[tuple[int, int, str, str]] = []
    for m in _CENTRE.finditer(ctx.text):
        name = _name(m.group("name"))
        found.append((m.start(), m.start() + len(name), name, "initiative.named_centre"))
    for m in _NAMED_HEAD.finditer(ctx.text):
        found.append((m.start(), m.end(), m.group("name"), "initiative.named_centre"))
    for m in _AFTER_NOUN.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        if name.split()[0] in ("Projekt", "Projektet"):
            continue
        found.append(
            (m.start("name"), m.start("name") + len(name), name, "initiative.named_after_noun")
        )
    for m in _SATSNING.finditer(ctx.text):
        found.append((m.start(), m.end(), _name(m.group("name")) + "en", "initiative.satsning"))
    for m in _SITE.finditer(ctx.text):
        name = " ".join(m.group("name").split())
        found.append((m.start("name"), m.start("name") + len(name), name, "initiative.named_site"))
    for m in _PRODUCED.finditer(ctx.text):
        name = _name(m.group("name"))
        found.append((m.start("name"), m.start("name") + len(name), name, "initiative.produced"))
    hits: list[InitiativeHit] = []
    for start, end, name, rule in sorted(found):
        if any(h.start < end and start < h.end for h in hits):
            continue
        hit = _add(ctx, sink, name, start, end, rule, CONF_NAME)
        if hit:
            hits.append(hit)
    names = {h.name for h in hits}
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", ctx.text, re.I):
            if not any(h.start < m.end() and m.start() < h.end for h in hits):
                hit = _add(ctx, sink, name, m.start(), m.end(), "initiative.known_name", CONF_NAME)
                if hit:
                    hits.append(hit)
    return sorted(hits, key=lambda h: (h.start, h.end))


def _anaphora(ctx: Context, sink: FactSink, named: list[InitiativeHit]) -> list[InitiativeHit]:
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


def _link(
    sink: FactSink,
    type_: LinkType,
    actor_id: str | None,
    initiative: InitiativeHit,
    span: Span,
    rule: str,
    conf: float = CONF_RELATION,
) -> None:
    if actor_id:
        sink.link(type_, actor_id, initiative.node_id, span.start, span.end, rule, conf)


def _latest(ctx: Context, before: int) -> InitiativeHit | None:
    earlier = [i for i in ctx.initiatives if i.start < before]
    return earlier[-1] if earlier else None


def _participation(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    initiatives = ctx.initiatives_in(sentence)
    actors = ctx.actors_in(sentence)
    for ini in initiatives:
        prefix = text[sentence.start : ini.start]
        m = _MEDVERKA.search(prefix)
        if m:
            verb_at = sentence.start + m.start()
            subject = [
                a for a in actors if a.end <= verb_at and _SUBJECT_GAP.match(text[a.end : verb_at])
            ]
            if subject:
                actor_id: str | None = subject[-1].node_id
            elif _KOMMUNEN.search(prefix[: m.start()]) or re.search(
                r"\b[Vv]i\b", prefix[: m.start()]
            ):
                actor_id = ctx.publisher_id()  # "vi", "kommunen" on a municipality's own page
            else:
                actor_id = None
            _link(
                sink,
                LinkType.PARTICIPATES_IN,
                actor_id,
                ini,
                sentence,
                "initiative.participates.medverka",
            )
    mellan = _MELLAN.search(text, sentence.start, sentence.end)
    if mellan and initiatives:
        ini = initiatives[0]
        for actor in actors:
            if actor.start > mellan.end():
                _link(
                    sink,
                    LinkType.PARTICIPATES_IN,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.participates.mellan",
                )
    samverkan = _I_SAMVERKAN.search(text, sentence.start, sentence.end)
    if samverkan:
        for ini in initiatives:
            if ini.start < samverkan.end():
                continue
            for actor in actors:
                if actor.end <= ini.start:
                    _link(
                        sink,
                        LinkType.PARTICIPATES_IN,
                        actor.node_id,
                        ini,
                        sentence,
                        "initiative.participates.i_samverkan_med",
                    )


def _together(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """ "<org> deltar tillsammans med A och B i <initiative>"; "I <initiative> deltar A, B"."""
    text = ctx.text
    actors = ctx.actors_in(sentence)
    for ini in ctx.initiatives_in(sentence):
        for subject in actors:
            m = _DELTAR_TILLSAMMANS.match(text[subject.end : ini.start])
            if m is None or not re.search(r"\si\s+(?:\w+\s+)?$", text[subject.end : ini.start]):
                continue
            partners = [
                a for a in actors if subject.end + m.end() <= a.start and a.end <= ini.start
            ]
            for actor in [subject, *partners]:
                _link(
                    sink,
                    LinkType.PARTICIPATES_IN,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.participates.tillsammans_med_i",
                )
    opener = re.match(r"\s*I\s+", text[sentence.start : sentence.end])
    if opener is None:
        return
    after_i = sentence.start + opener.end()
    target = next((i for i in ctx.initiatives_in(sentence) if i.start == after_i), None)
    noun = _ANAPHOR_NOUN.match(text, after_i, sentence.end)
    end = target.end if target else (noun.end() if noun else None)
    if end is None:
        return
    target = target or _latest(ctx, sentence.start)
    verb = _I_INI_DELTAR.match(text, end, sentence.end)
    if target is None or verb is None:
        return
    for actor in actors:
        if actor.start >= verb.end() and not actor.anaphoric:
            _link(
                sink,
                LinkType.PARTICIPATES_IN,
                actor.node_id,
                target,
                sentence,
                "initiative.participates.i_deltar",
            )


def _subject_initiative(ctx: Context, sentence: Span) -> tuple[InitiativeHit, int] | None:
    """The initiative a sentence opens with (named, or "Verksamheten"/"Projektet") and its end."""
    lead = re.match(r"\s*", ctx.text[sentence.start : sentence.end])
    at = sentence.start + (lead.end() if lead else 0)
    named = next((i for i in ctx.initiatives_in(sentence) if i.start == at), None)
    if named:
        return named, named.end
    noun = _ANAPHOR_NOUN.match(ctx.text, at, sentence.end)
    latest = _latest(ctx, sentence.start)
    if noun and latest:
        return latest, noun.end()
    return None


def _group_anaphor(ctx: Context, sentence: Span, start: int, end: int) -> list[ActorHit]:
    """ "de sex kommunerna": the municipalities of the latest earlier sentence naming that many."""
    m = _DE_N_KOMMUNERNA.search(ctx.text, start, end)
    if m is None:
        return []
    wanted = _NUMBERS[m.group("n")]
    earlier = [s for s in ctx.sentences if s.end <= sentence.start][-3:]
    for previous in reversed(earlier):
        found = _unique(
            [a for a in ctx.actors_in(previous) if a.kind is OrganizationKind.MUNICIPALITY]
        )
        if len(found) == wanted:
            return found
    return []


def _unique(actors: list[ActorHit]) -> list[ActorHit]:
    seen: set[str] = set()
    out: list[ActorHit] = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out


def _money(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    text = ctx.text
    subject = _subject_initiative(ctx, sentence)
    if subject is not None:
        ini, end = subject
        m = _FINANSIERAS_AV.match(text, end, sentence.end)
        if m:
            funders = [a for a in ctx.actors_in(sentence) if a.start >= m.end()]
            funders += _group_anaphor(ctx, sentence, m.end(), sentence.end)
            for actor in _unique(funders):
                _link(
                    sink,
                    LinkType.FUNDS,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.funds.finansieras_av",
                )
        for actor in ctx.actors_in(sentence):
            if actor.start > end and _FAR_FRAN.fullmatch(text[end : actor.start]):
                _link(
                    sink, LinkType.FUNDS, actor.node_id, ini, sentence, "initiative.funds.far_fran"
                )
        period = _DRIVS_PERIOD.match(text, end, sentence.end)
        node = sink.nodes.get(ini.node_id)
        if period and isinstance(node, Initiative) and not ini.anaphoric:
            y1, y2 = int(period.group("y1")), int(period.group("y2"))
            if y1 <= y2:
                sink.nodes[node.id] = dataclasses.replace(node, period_start=y1, period_end=y2)
                sink.mention(
                    sink.nodes[node.id],
                    ini.start,
                    period.end(),
                    "initiative.period.drivs",
                    CONF_RELATION,
                )
    for ini in ctx.initiatives_in(sentence):
        som = re.compile(r",?\s+som").match(text, ini.end, sentence.end)
        m = _FINANSIERAS_AV.match(text, som.end(), sentence.end) if som else None
        if m:
            funders = [a for a in ctx.actors_in(sentence) if a.start >= m.end()]
            for actor in _unique(funders):
                _link(
                    sink,
                    LinkType.FUNDS,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.funds.finansieras_av",
                )
    for actor in ctx.actors_in(sentence):
        if _BIDRAR_MED.match(text, actor.end, sentence.end):
            latest = _latest(ctx, sentence.start)
            if latest:
                _link(
                    sink,
                    LinkType.FUNDS,
                    actor.node_id,
                    latest,
                    sentence,
                    "initiative.funds.bidrar_med",
                )
        if _BEVILJAT.match(text, actor.end, sentence.end) and index + 1 < len(ctx.sentences):
            following = ctx.sentences[index + 1]
            if _PENGARNA.match(text[following.start : following.end]):
                target = next(iter(ctx.initiatives_in(following)), None)
                if target:
                    _link(
                        sink,
                        LinkType.FUNDS,
                        actor.node_id,
                        target,
                        Span(sentence.start, following.end),
                        "initiative.funds.beviljat",
                    )


def _coordinated_by(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    actors = ctx.actors_in(sentence)
    for ini in ctx.initiatives_in(sentence):
        for actor in actors:
            if actor.start > ini.end and _SOM_SAMORDNAS.match(text[ini.end : actor.start]):
                _link(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.coordinates.som_samordnas",
                )
    for actor in actors:
        if _SAMORDNAR_VERKSAMHETEN.match(text, actor.end, sentence.end):
            latest = _latest(ctx, sentence.start)
            if latest and not ctx.documents_in(sentence):
                _link(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    latest,
                    sentence,
                    "initiative.coordinates.samordnar_verksamheten",
                )


def _page_topic(ctx: Context) -> InitiativeHit | None:
    """The initiative named in the page's first line (its title), if any."""
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None:
        return None
    return next((i for i in ctx.initiatives if first.contains(i.start, i.end)), None)


def _joint_mandate(ctx: Context, sink: FactSink) -> None:
    topic = _page_topic(ctx)
    if topic is None:
        return
    for index, sentence in enumerate(ctx.sentences):
        actors = ctx.actors_in(sentence)
        for a, b in itertools.pairwise(actors):
            if a.anaphoric or b.anaphoric:
                continue
            if not _TILLSAMMANS.search(ctx.text[a.end : b.start]):
                continue
            for actor in (a, b):
                _link(
                    sink,
                    LinkType.PARTICIPATES_IN,
                    actor.node_id,
                    topic,
                    sentence,
                    "initiative.participates.tillsammans_med",
                    CONF_PAGE,
                )
            following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
            if following and _SAMFINANSIERAD.search(ctx.text, following.start, following.end):
                span = Span(sentence.start, following.end)
                for actor in (a, b):
                    _link(
                        sink,
                        LinkType.FUNDS,
                        actor.node_id,
                        topic,
                        span,
                        "initiative.funds.samfinansierad",
                        CONF_PAGE,
                    )


def _funding(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    if _VAR_FINANSIERING.search(text, sentence.start, sentence.end):
        ini = _latest(ctx, sentence.end)
        if ini:
            _link(
                sink,
                LinkType.FUNDS,
                ctx.publisher_id(),
                ini,
                sentence,
                "initiative.funds.var_finansiering",
            )
    for actor in ctx.actors_in(sentence):
        for ini in ctx.initiatives_in(sentence):
            if ini.start > actor.end and _FINANSIERAR.match(text[actor.end : ini.start]):
                _link(
                    sink,
                    LinkType.FUNDS,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.funds.finansierar",
                )
    period = _PERIOD.search(text, sentence.start, sentence.end)
    if period:
        ini = _latest(ctx, sentence.end)
        y1, y2 = int(period.group("y1")), int(period.group("y2"))
        node = sink.nodes.get(ini.node_id) if ini else None
        if isinstance(node, Initiative) and y1 <= y2:
            sink.nodes[node.id] = dataclasses.replace(node, period_start=y1, period_end=y2)
            sink.mention(
                sink.nodes[node.id],
                period.start(),
                period.end(),
                "initiative.period.financing",
                CONF_RELATION,
            )


def _coordination(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    for ini in ctx.initiatives_in(sentence):
        for actor in ctx.actors_in(sentence):
            if actor.start > ini.end and _TILLHORA.match(text[ini.end : actor.start]):
                _link(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.coordinates.tillhora",
                )
            if ini.start > actor.end and _COORD_VERB.match(text[actor.end : ini.start]):
                _link(
                    sink,
                    LinkType.COORDINATES,
                    actor.node_id,
                    ini,
                    sentence,
                    "initiative.coordinates.tillhora",
                )


def extract_initiatives(ctx: Context, sink: FactSink) -> None:
    named = _named(ctx, sink)
    ctx.initiatives = sorted([*named, *_anaphora(ctx, sink, named)], key=lambda h: (h.start, h.end))
    for index, sentence in enumerate(ctx.sentences):
        _participation(ctx, sink, sentence)
        _funding(ctx, sink, sentence)
        _coordination(ctx, sink, sentence)
        _together(ctx, sink, sentence)
        _money(ctx, sink, index, sentence)
        _coordinated_by(ctx, sink, sentence)
    _joint_mandate(ctx, sink)


__all__ = ["ActorHit", "extract_initiatives"]

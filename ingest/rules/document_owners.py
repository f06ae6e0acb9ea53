"""Who owns, adopted or made a document, from the words right around its mention.

- an owner: a genitive right before it ("Region Skånes folkhälsopolicy";
  "kommunens" = the page's municipality), else the latest organisation earlier
  in the sentence;
- the adopter: "antogs av", "som socialnämnden antog", "<org> fastställde planen";
- a maker: "som <org> tog fram|ska ta fram";
- the body in an "Antagen av" / "Beslutad av:" line near the top (the title's owner);
- an agreement's parties: "en överenskommelse mellan A och B", "en avsiktsförklaring
  som A, B och C undertecknat".
"""

from __future__ import annotations

import re

from graph.nodes import Level, OrganizationKind
from ingest.context import ActorHit, Context, level_of
from ingest.ids import municipality_id
from ingest.language.date_words import MONTHS
from ingest.rules.document_phrases import YEARS, span_years
from ingest.rules.page_head import top_lines


def owner_before(ctx: Context, start: int, sentence_start: int) -> tuple[ActorHit | None, bool]:
    """The organisation that owns the document: a genitive right before it, else
    the latest organisation earlier in the same sentence."""
    before = [a for a in ctx.actors if sentence_start <= a.start and a.end <= start]
    if not before:
        return None, False
    last = before[-1]
    gap = ctx.text[last.end : start]
    genitive = ctx.text[last.start : last.end].endswith("s") and bool(_OWNED_GAP.fullmatch(gap))
    if genitive:
        return last, True
    # "har länsstyrelsen, på uppdrag av regeringen, tagit fram en strategi": who gave the
    # assignment does not own what the subject makes.
    owners = [
        a for a in before if not _COMMISSIONER.search(ctx.text, max(0, a.start - 30), a.start)
    ]
    return (owners[-1] if owners else None), False


_COMMISSIONER = re.compile(r"\b(?:på\s+|i\s+)?uppdrag\s+(?:av|från)\s+$")


# "Skolplanen i Gotlands kommun": the document's place, then what is said of it.
LOCATIVE = re.compile(r"\s+(?:i|inom)\s+")
_PLACE_OF = re.compile(r"\s+(?:i|inom|för)\s+")
PLACE_KINDS = frozenset(
    {OrganizationKind.MUNICIPALITY, OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD}
)
# "<doc>, som antogs av <org>" / "<doc> fastställdes av|i <org>" / ", antagen av <org>"
# A case number may stand between: "Handlingsplan för X (KS/2011:325) antagen av"; so may
# another passive of the same subject: "<doc> reviderades under 2022 och antogs av".
_MONTH = "(?:" + "|".join(MONTHS) + ")"
# A title's own year may stand after its hit: "Kommunplan 2023 som fastställdes av".
_OWN_YEAR = r"(?:\s+(?:för\s+)?(?:år\s+)?\d{4})?"
ADOPTED_BY = re.compile(
    r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??" + _OWN_YEAR + r"(?:\s*\([^()\n]{1,40}\))?"
    # "Kulturplan 2019-2022, ”Kultur i en ...”, har idag antagits av": a quoted subtitle
    r"(?:\s*,\s*[\"”“«][^\"”“»\n]{2,80}[\"”“»](?=\s*,))?"
    r"(?:[\"”»]\s*)?,?\s+(?:som\s+)?"  # past a closing quote: "”X” , antaget av"
    # "X med åtgärdsprogram togs av": a companion document named without an article
    r"(?:med\s+(?:tillhörande\s+)?[a-zåäö-]*(?:program|plan|planer)\s+)?"
    r"(?:(?:har\s+)?[a-zåäö]{4,}(?:des|tes|ts|ats)\b[^.,;:()\n]{0,50}?\s+och\s+)?"
    # "Programmet är fastställt i kommunfullmäktige": the state after the act
    r"(?:har\s+(?:i\s*dag\s+|nu\s+)?|är\s+(?:nu\s+)?)?"
    r"(?:antogs|antagits|fastställdes|fastställts|beslutades|beslutats|antagen|antaget|fastställd|fastställt"
    r"|antagna|fastställda|beslutad|beslutat|godkänt"
    # "togs av fullmäktige 23 februari 2009"
    r"|godkändes|godkänts|godkänd|reviderades|reviderats|röstades\s+igenom|klubbades|togs)"
    # "antogs den 27 juni 2022 av", "antogs i juni i": the day between verb and agent
    r"(?:\s+(?:den\s+)?\d{1,2}\s+"
    + _MONTH
    + r"(?:\s+\d{4})?|\s+i\s+"
    + _MONTH
    + r"(?:\s+\d{4})?|\s+\d{4}-\d{2}-\d{2}|\s+(?:enhälligt|formellt|också|även)"
    # "antogs hösten 2015 av", "antogs 2019 av": a season or a year
    r"|\s+(?:(?:under\s+)?(?:våren|sommaren|hösten|vintern)\s+)?(?:år\s+)?(?:19|20)\d{2})?"
    # "beslutades i regionfullmäktige juni 2021", "röstades igenom på kommunfullmäktige": the
    # assembly where it was decided; "beslutats av både A och B": two adopters
    r"\s+(?:av|i|på)\s+(?:både\s+)?$"
)
# "<doc>, som <org> antog" (the organisation follows)
SOM_ORG = re.compile(r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??" + _OWN_YEAR + r",?\s+som\s+$")
_ADOPT_VERBS = r"(?:antog|antagit|fastställde|fastställt|godkände|godkänt|reviderade|reviderat)"
# ("som A och B nu har antagit": a word of time between)
_ORG_ADOPTS = re.compile(r"\s+(?:nu\s+|i\s*dag\s+)?(?:har\s+)?(?:nu\s+)?" + _ADOPT_VERBS + r"\b")
_LIST_GAP = re.compile(r"\s*(?:,|\s(?:och|samt))\s+")


def _list_end(ctx: Context, actor: ActorHit, limit: int) -> int:
    """Where the organisations listed from `actor` on end ("A, B och C antog")."""
    end = actor.end
    for nxt in ctx.actors:
        if nxt.start < end or nxt.start > limit:
            continue
        if not _LIST_GAP.fullmatch(ctx.text, end, nxt.start):
            break
        end = nxt.end
    return end


# "<org> antog|fastställde [den 27 januari] <doc>"
# ("godkänt förslag till Cykelplan ... och översänt det": a proposal sent on, no adoption)
_ADOPTS_BEFORE = re.compile(
    r"^\s+(?:har\s+)?(?!godkän\w*\s+(?:\w+\s+){0,2}förslag)(?:"
    + _ADOPT_VERBS
    # "Kommunstyrelsen beslutade att anta handlingsplan för X": the infinitive after a decision
    # (or "beslutade 2013-08-26 att godkänna inriktningen i X", its day between)
    + r"|(?:beslutade|beslutat|beslöt)\s+(?:[\wåäö-]+\s+){0,3}?att\s+"
    r"(?:anta|fastställa|godkänna|revidera)"
    # "Kommunfullmäktige har beslutat om en strategisk plan": a document decided on
    # (right before it: not "beslutade om att ta fram en plan")
    r"|(?:beslutade|beslutat|beslöt)\s+om(?=\s*$))\b"
    # "beslutade att anta förslaget till yttrande på <doc>": a statement on it, no adoption
    r"(?![^.;:,]*\b(?:yttrande|remissvar|remissyttrande|svar)(?:t|et|n)?\s+(?:på|över|om)\b)"
    r"[^.;:,]{0,30}$"
)
# "kommunens första bostadsförsörjningsprogram", "regeringens första klimatpolitiska
# handlingsplan": an adjective of order or time may stand between the genitive and its
# document.
# Any definite adjective may too ("kommunens hållbara tillväxtstrategi", "regionens
# strategiska plan"), up to two of them; "kommunens arbete" is a noun, no adjective.
_ORDER = (
    r"(?:(?:första|nya|egna|nuvarande|gällande|senaste|reviderade|uppdaterade"
    r"|[a-zåäö]{3,}(?:a|ande|ende))\s+){0,2}"
)
_OWNED_GAP = re.compile(rf"\s*{_ORDER}")
KOMMUNENS = re.compile(rf"\b[Kk]ommunens\s+{_ORDER}$")


_PLACES = (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION, OrganizationKind.COUNTY_BOARD)
_TOPIC_PLACE = re.compile(r"\s(?:för|i)\s+$")


def named_after(ctx: Context, end: int, limit: int) -> ActorHit | None:
    """The municipality or region a title names after its noun or at its topic's end:
    "Kulturplan Vaggeryds kommun", "plan för idrott i Ale kommun" (``end`` is where the
    mention, its topic included, ends)."""
    for a in ctx.actors:
        if a.start > limit:
            break
        if a.kind not in _PLACES or a.anaphoric:
            continue
        if end <= a.start and not ctx.text[end : a.start].strip(" \t"):
            return a  # right after the noun, on its line
        if a.end == end and _TOPIC_PLACE.search(ctx.text, max(0, a.start - 6), a.start):
            return a  # the topic's last words
    return None


_PLACE_YEARS = re.compile(r"[ \t]+" + YEARS.pattern + r"(?![\d-])")


def years_after_place(ctx: Context, place: ActorHit) -> tuple[int, int] | None:
    """The period right after the place a title names: "Kulturplan Vaggeryds kommun
    2020-2023", "Alkohol- och drogpolitiskt program Danderyds kommun 2004-2007"."""
    m = _PLACE_YEARS.match(ctx.text, place.end)
    return span_years(m) if m is not None else None


# "En samlad strategi för ... 2022-2025, regeringen Länk till annan webbplats.": a link's
# text names its document, then who issued it; nothing but a link label or a full stop
# follows on the line.
_ISSUER_GAP = re.compile(r"[ \t]*,[ \t]*")
_LINE_REST = re.compile(
    r"[ \t]*(?:[.;]?[ \t]*$|(?:länk\s+till\s+(?:en\s+)?(?:annan|extern)\s+webbplats|"
    r"öppnas\s+i\s+(?:ett\s+)?nytt|\(?pdf\b|extern\s+länk))",
    re.I | re.M,
)


def issuer_after(ctx: Context, end: int, limit: int) -> ActorHit | None:
    """The organisation a link's text names after the document's title: ", regeringen"."""
    actor = next((a for a in ctx.actors if end <= a.start <= limit), None)
    if actor is None or not _ISSUER_GAP.fullmatch(ctx.text, end, actor.start):
        return None
    return actor if _LINE_REST.match(ctx.text, actor.end) else None


def page_municipality(ctx: Context) -> ActorHit | None:
    """The page's municipality, as an owner named nowhere on the page."""
    code = ctx.publisher_municipality
    if code is None:
        return None
    node = municipality_id(code)
    return ActorHit(0, 0, node, OrganizationKind.MUNICIPALITY, "kommunen", None, code, True)


def kommunens(ctx: Context, sentence_start: int, start: int) -> ActorHit | None:
    """'kommunens program': the page's municipality, as a genitive owner."""
    code = ctx.publisher_municipality
    km = KOMMUNENS.search(ctx.text, sentence_start, start) if code else None
    if km is None or code is None:
        return None
    return ActorHit(
        km.start(),
        km.end(),
        municipality_id(code),
        OrganizationKind.MUNICIPALITY,
        "kommunen",
        municipality_code=code,
        anaphoric=True,
    )


# "Värmlandsstrategin, den framtidsplan och riktning för Värmland som antogs av": the
# document's definite description in apposition, up to its relative clause.
_DESCRIBED = re.compile(r",\s+(?:den|det)(?:\s+[a-zåäöA-ZÅÄÖ-]+){1,8}?(?=\s+som\s)")


def adopter_after(ctx: Context, end: int, limit: int) -> ActorHit | None:
    """The organisation a passive or relative clause right after a document names as adopter
    (past the document's place: "Skolplanen i Gotlands kommun antogs av ...")."""
    described = _DESCRIBED.match(ctx.text, end, limit)
    end = described.end() if described else end  # "X, den framtidsplan ... som antogs av"
    for actor in ctx.actors:
        if actor.start < end or actor.start > limit:
            continue
        gap = ctx.text[end : actor.start]
        if _PLACE_OF.fullmatch(gap) and actor.kind in PLACE_KINDS:
            end = actor.end  # "Kulturprogrammet för Ljusdals kommun antogs av ..."
            continue
        if ADOPTED_BY.match(gap):
            return _owned_body(ctx, actor)
        if SOM_ORG.match(gap) and _ORG_ADOPTS.match(ctx.text, _list_end(ctx, actor, limit), limit):
            return actor
        return None  # only the first organisation after the document counts
    return None


def _owned_body(ctx: Context, actor: ActorHit) -> ActorHit:
    """'av Region Stockholms kulturnämnd': the body the genitive owns, not its owner."""
    if not ctx.text[actor.start : actor.end].endswith("s"):
        return actor
    return next((a for a in ctx.actors if a.start == actor.end + 1), actor)


_ORG_MAKES = re.compile(
    r"\s+(?:har\s+|ska\s+)?(?:tog\s+fram|tagit\s+fram|ta\s+fram|utarbetade|utarbetat|"
    r"antog|antagit|fastställde|fastställt)\b"
)


# "I alkoholhandlingsplanen föreslår regeringen att ...": its author speaks in it
_IN_DOC = re.compile(r"\s*I[ \t]+(?:(?:den|det|de)[ \t]+)?")
_SPEAKS = re.compile(
    r"\s+(?:föreslår|föreslog|anger|angav|skriver|konstaterar|framhåller|betonar|slår\s+fast)"
    r"\s+$"
)


def owner_after(ctx: Context, end: int, limit: int, opening: str = "") -> ActorHit | None:
    """'<doc>[,] som <org> tog fram|ska ta fram|antog': the organisation that made it;
    'I <doc> föreslår <org> att': its author (`opening`: its sentence's words before it)."""
    actor = next((a for a in ctx.actors if end <= a.start <= limit), None)
    if actor is None:
        return None
    if SOM_ORG.match(ctx.text[end : actor.start]) and _ORG_MAKES.match(ctx.text, actor.end, limit):
        return actor
    if _IN_DOC.fullmatch(opening) and _SPEAKS.fullmatch(ctx.text, end, actor.start):
        return actor
    return None


def adopter_before(ctx: Context, start: int, sentence_start: int) -> ActorHit | None:
    """'<org> antog|fastställde [date] <doc>': the organisation adopting the document."""
    before = [a for a in ctx.actors if sentence_start <= a.start and a.end <= start]
    if not before:
        return None
    gap = ctx.text[before[-1].end : start]
    if _ADOPTS_BEFORE.match(gap) or _AT_MEETING_PASSIVE.match(gap):
        return before[-1]
    # "fastställde nämnden i maj 2022, § 81, riktlinjer för ...": the subject inverted,
    # a time or § between (with none between, relation.adopted.antog reads it)
    inverted = _VERB_BEFORE.search(ctx.text, sentence_start, before[-1].start)
    if inverted and gap.strip() and _INVERTED_GAP.match(gap):
        return before[-1]
    return None


_VERB_BEFORE = re.compile(r"\b" + _ADOPT_VERBS + r"\s+$")
# "På kommunfullmäktiges möte antogs också riktlinjer ...": the meeting's body adopted it.
_AT_MEETING_PASSIVE = re.compile(
    r"^s?\s+(?:möte|sammanträde)\w*\s+(?:[\wåäö]+\s+){0,3}?"
    r"(?:antogs|fastställdes|godkändes|klubbades)\s+(?:också\s+|även\s+|dessutom\s+)?$"
)
# Between an inverted subject and its object: a time and a § reference.
_INVERTED_GAP = re.compile(r"^(?:\s+(?:den|i|under)\s+[\w ]{1,25}?)?(?:,?\s*§\s*\d+)?,?\s+$")


# Also after a passive signing: "en överenskommelse har tecknats mellan A och B".
_MELLAN = re.compile(
    r"\s+(?:(?:(?:har|hade)\s+)?(?:under)?tecknats\s+|(?:under)?tecknades\s+|"
    r"(?:har\s+)?(?:skrivits|skrevs)\s+under\s+)?mellan\s+"
)
_PARTY_SEP = re.compile(r"(?:\s*,\s*|\s+och\s+|\s+samt\s+)")


def parties_after(ctx: Context, after: int, sentence_end: int) -> list[ActorHit]:
    """'överenskommelse mellan A och B': the organisations named right after 'mellan'."""
    m = _MELLAN.match(ctx.text, after, sentence_end)
    if m is None:
        return []
    parties: list[ActorHit] = []
    pos = m.end()
    while True:
        actor = next((a for a in ctx.actors if a.start == pos), None)
        if actor is None:
            break
        parties.append(actor)
        sep = _PARTY_SEP.match(ctx.text, actor.end, sentence_end)
        if sep is None:
            break
        pos = sep.end()
    return parties if len(parties) >= 2 else []


_SOM = re.compile(r"[^.;:]{0,120}?\bsom\s")
_SIGNED = re.compile(
    r"\b(?:undertecknat|undertecknade|skrivit\s+under|skrev\s+under|tecknat|tecknade|ingått|ingick|"
    r"ställt\s+sig\s+bakom|ställde\s+sig\s+bakom)\b"
)


def signers_after(ctx: Context, end: int, sentence_end: int) -> list[ActorHit]:
    """'en avsiktsförklaring ... som alla länets kommuner, regionen och länsstyrelsen
    undertecknat': the organisations between "som" and the signing verb."""
    som = _SOM.match(ctx.text, end, sentence_end)
    verb = _SIGNED.search(ctx.text, som.end(), sentence_end) if som else None
    if som is None or verb is None:
        return []
    return [a for a in ctx.actors if som.end() <= a.start and a.end <= verb.start()]


def party_owner(parties: list[ActorHit], site: ActorHit | None = None) -> ActorHit:
    """The party that gives an agreement its scope: a regional one if any, else a
    municipal one, else the first; of several at that level, the site's owner if one."""
    for level in (Level.REGIONAL, Level.MUNICIPAL):
        local = [p for p in parties if level_of(p.kind) is level]
        own = [p for p in local if site is not None and p.node_id == site.node_id]
        if local:
            return (own or local)[0]
    return parties[0]


_META_OWNER = re.compile(
    r"^(?:Antagen|Antaget|Beslutad|Beslutat|Fastställd|Fastställt)\s+av:?\s+", re.M
)


def meta_owner_line(ctx: Context) -> tuple[re.Match[str], ActorHit] | None:
    """'Antagen av arbetsmarknads- och socialnämnden 2022-10-19' / 'Beslutad av: Socialnämnden'."""
    lines = top_lines(ctx)
    limit = lines[-1].end() if lines else 0
    for m in _META_OWNER.finditer(ctx.text, 0, limit):
        actor = next((a for a in ctx.actors if a.start == m.end()), None)
        if actor is not None:
            return m, actor
    return None


def meta_owner(ctx: Context) -> ActorHit | None:
    found = meta_owner_line(ctx)
    return found[1] if found else None


def owned_before(ctx: Context, start: int) -> bool:
    """An organisation's genitive right before: "Ekerö kommuns riktlinjer"."""
    return any(
        a.end <= start
        and a.end > start - 40
        and not ctx.text[a.end : start].strip()
        and ctx.text[a.start : a.end].endswith("s")
        for a in ctx.actors
    )


# "samverkan med polisen": a body governed by a preposition is no sentence subject.
_GOVERNED = re.compile(r"\b(?:med|mellan|hos|till|från|mot|för|och|samt)\s+$", re.I)


def foreign_guess(ctx: Context, owner: ActorHit | None) -> bool:
    """A national body that is only the latest one in the sentence, governed by a
    preposition ("ett avtal om samarbete med polisen samt en handlingsplan"),
    owns nothing on a local or regional site: the site's own document is meant."""
    site = ctx.site_actor()
    if owner is None or site is None or level_of(site.kind) is Level.NATIONAL:
        return False
    if level_of(owner.kind) is not Level.NATIONAL:
        return False
    return bool(_GOVERNED.search(ctx.text, max(0, owner.start - 12), owner.start))

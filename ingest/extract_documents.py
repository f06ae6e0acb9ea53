"""Steering documents named on a page, and what "den regionala handlingsplanen" refers to.

A mention is a document noun (strategi, handlingsplan, riktlinje, rutin,
program, policy, överenskommelse) with what the sentence says around it: a
level adjective ("regional", "nationella"), the "läns-" compound, a topic
("för arbetet mot ...", "mot våld i nära relationer"), a period ("2022-2026")
and an owner (the organisation before it in the sentence, or a genitive such
as "regeringens"). Rules:

- document.titled: a capitalised title ("Regional strategi för ... 2018-2021")
- document.indefinite: "en/ett ..." introduces a document
- document.genitive_owner: "regeringens nationella strategi"
- document.with_period: any other mention carrying a period
- document.national: a bare national-level mention ("nationella strategin" excluded)
- document.titled also takes a capitalised mention opening one of the page's
  first lines (its title); its owner is then the body in an "Antagen av" /
  "Beslutad av:" line near the top.
- document.agreement_parties: "en överenskommelse mellan A och B": an agreement,
  titled by its parties and scoped by a regional party if any
- document.anaphora: a definite mention ("Den regionala handlingsplanen",
  "handlingsplanen", "riktlinjen") resolved to the latest earlier document of
  the same kind (and level, if stated), or to the only such document on the
  page; unresolved ones are dropped.

- document.series: a predecessor named without an owner ("en reviderad version av
  riktlinjen för 2019-2021", "Ersätter: Rutin ... 2018-2020", "ersätter den tidigare
  för 2020-2023") belongs to the same series (level, scope) as the document it
  is the predecessor of.
- document.relative_owner: "den länsgemensamma rutinen ..., som Kommunförbundet X tog
  fram" names a document of its own, owned by that organisation.

How mentions of one document meet (each mention may add what it states):
- a period: right after the noun, "gäller (för perioden) 2022-2026", "för perioden
  2025-2028", or a "Giltighetstid: 2021-2024" line in the header block for the
  title; a definite mention with a period ("Handlingsplanen för 2023-2026") joins
  the latest earlier document of its kind that has none, unless a predecessor cue
  ("ersätter", "är en revidering av", "Ersätter:", "tidigare/förra/gamla") says it is
  an older one;
- an owner: a genitive ("Region Skånes folkhälsopolicy"; "kommunens" = the page's
  municipality, for scope only), the adopter ("antogs av", "som socialnämnden
  antog", "<org> fastställde planen"), a maker ("som <org> tog fram|ska ta fram").
  A document adopted by kommunfullmäktige or kommunstyrelsen is the municipality's;
  by another nämnd, that committee's;
- compound nouns count ("folkhälsopolicy", "ANDTS-policy",
  "samverkansöverenskommelse"), and "planen" refers back to an action plan;
- an agreement that parties sign ("A och B skrev under en överenskommelse") is scoped
  by a regional party, else a municipal one;
- anaphora prefers the document the text is about (one that opens a sentence);
- mentions on running page headers/footers ("Kommun | Titel | Sida 2") are skipped.

A new document needs a scope for its id (see ingest.ids): national -> Sweden,
regional -> the owner's county or the page's home county, municipal -> the
owner municipality or committee. Without one it is dropped: no guessed ids.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from graph.nodes import Document, DocumentKind, Level, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit, level_of
from ingest.document_coref import merge_coreferent
from ingest.facts import FactSink

CONF_NEW = 0.9
CONF_ANAPHORA = 0.75

NOUNS: dict[str, DocumentKind] = {
    "strategi": DocumentKind.STRATEGY,
    "handlingsplan": DocumentKind.ACTION_PLAN,
    "riktlinjer": DocumentKind.GUIDELINE,
    "riktlinje": DocumentKind.GUIDELINE,
    "rutin": DocumentKind.ROUTINE,
    "program": DocumentKind.PROGRAMME,
    "policy": DocumentKind.POLICY,
    "överenskommelse": DocumentKind.AGREEMENT,
    "plan": DocumentKind.PLAN,
}
# A compound's head decides its kind; these -plan compounds are action plans.
ACTION_PLAN_HEADS = ("handlingsplan", "åtgärdsplan", "aktivitetsplan", "genomförandeplan")
# Compounds on a document noun that name no steering document.
NOT_DOCUMENTS = frozenset(
    {
        "detaljplan",
        "tidplan",
        "tidsplan",
        "projektplan",
        "byggplan",
        "grundplan",
        "tv-program",
        "dataprogram",
        "radioprogram",
        "valprogram",
        "partiprogram",
        "kursplan",
        "läroplan",
        "betalningsplan",
        "avbetalningsplan",
    }
)


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
}
# A document adopted or owned by the council or executive board is the municipality's.
COUNCILS = ("kommunfullmäktige", "kommunstyrelsen")
_ADJECTIVE = {Level.REGIONAL: "Regional", Level.NATIONAL: "Nationell", Level.MUNICIPAL: "Kommunal"}

ADJECTIVES = ("ny", "nya", "nytt", "gemensam", "gemensamma", "gemensamt")
PREDECESSOR_ADJECTIVES = ("tidigare", "förra", "gamla")
_MENTION = re.compile(
    r"(?<![\wåäöÅÄÖ-])"
    r"(?:(?P<det>[Ee]n|[Ee]tt|[Dd]en|[Dd]et)\s+)?"
    r"(?:(?P<adj>" + "|".join(ADJECTIVES + PREDECESSOR_ADJECTIVES) + r")\s+)?"
    r"(?:(?P<level>" + "|".join(LEVEL_WORDS) + r")\s+)?"
    r"(?P<prefix>läns)?(?P<compound>(?:[a-zåäö]{2,}-\s+och\s+)?(?:[a-zåäö]{2,}-|[a-zåäö]{2,}?))?"
    r"(?P<noun>" + "|".join(NOUNS) + r")(?P<definite>en|n|et|met|na)?\b",
    re.I,
)
# A topic never runs across a table cell's "|".
_PERIOD_AFTER = re.compile(
    r"(?P<topic>\s+(?:för|mot|om|vid)\s+[^\d.,;:()|\n][^.;:()|\n]*?)?"
    r"\s+(?:för\s+)?(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_TOPIC_AFTER = re.compile(
    r"\s+(?P<topic>(?:mot|för|om|vid)\s+[^\d.,;:()|\n][^.,;:()|\n]*?)"
    r"(?=[.,;:|]|\s+(?:som|och\s+vi|i\s+(?:19|20)\d{2})\b|$)"
)


# "..., narkotika, dopning och tobak": the rest of a listed topic after its first item.
_LIST_REST = re.compile(r"(?:,\s*[\wåäö-]+(?:\s+[\wåäö-]+)?){1,6}\s+(?:och|samt)\s+[\wåäö-]+")
# A topic ends where the sentence goes on about the document: "... antagen av KF".
_TOPIC_STOP = re.compile(
    r"\s+(?:antagen|antaget|antogs|antas|beslutad|beslutades|fastställd|fastställdes|"
    r"växt|vuxit|är|har|hade|ska|skall|kommer|blir|blev|gäller|gällde|som|där|vilket|"
    r"godkänd|godkändes|tas|togs)\b"
    # "program för social hållbarhet och program för trygghet": a second document.
    r"|\s+och\s+(?:en\s+|ett\s+)?[a-zåäö]*(?:strategi|plan|program|policy|riktlinje)(?:er|n|en|et)?\b"
)


def _name(ctx: Context, m: re.Match[str], sentence_start: int, word: str) -> str:
    """'Värmlandsstrategin' mid-sentence: a capitalised definite compound is a name."""
    surface = m.group(0)
    if (
        m.group("definite")
        and not m.group("det")
        and surface[:1].isupper()
        and word.lower() not in _BARE_NOUNS
        and ctx.text[sentence_start : m.start()].strip()
    ):
        return surface
    return ""


_COORDINATED = re.compile(r"\s+(?:och|samt)\s+")


def _clean_topic(topic: str | None, start: int, end: int, word: str) -> tuple[str | None, int]:
    """A topic stops before a verb ("... antagen av KF"); after a bare "plan" or
    "program", a purpose ("en plan för att ...") names no document's topic."""
    if topic is None:
        return None, end
    stripped = topic.strip()
    if word.lower() in ("plan", "program") and re.match(r"för\s+att\b", stripped):
        return None, start
    stop = _TOPIC_STOP.search(topic)
    if stop:
        kept = topic[: stop.start()].strip()
        if len(kept.split()) < 2:  # only the preposition is left
            return None, start
        return kept, end - (len(topic) - stop.start())
    return stripped, end


def _title(
    kind_word: str,
    level: Level | None,
    prefix: bool,
    topic: str | None,
    period: tuple[int, int] | None,
    owner: ActorHit | None,
) -> str:
    if prefix:
        head = "Läns" + kind_word
    elif level in (Level.REGIONAL, Level.NATIONAL):
        head = f"{_ADJECTIVE[level]} {kind_word}"
    else:
        head = kind_word[0].upper() + kind_word[1:]
    parts = [head]
    if topic:
        parts.append(" ".join(topic.split()))
    if period:
        parts.append(f"{period[0]}-{period[1]}")
    title = " ".join(parts)
    if not topic and not period and owner is not None:
        title += f" ({owner.name})"
    return title


def _scope(level: Level, owner: ActorHit | None, ctx: Context) -> ids.Scope | None:
    if level is Level.NATIONAL:
        return ids.NATIONAL_SCOPE
    if level is Level.REGIONAL:
        county = owner.county_code if owner and level_of(owner.kind) is Level.REGIONAL else None
        county = county or ctx.home_county
        return ids.county_scope(county) if county else None
    if owner is None or owner.municipality_code is None:
        return None
    if owner.kind is OrganizationKind.COMMITTEE and owner.name.lower() not in COUNCILS:
        return ids.committee_scope(owner.municipality_code, owner.name)
    return ids.municipality_scope(owner.municipality_code)


def _owner(ctx: Context, start: int, sentence_start: int) -> tuple[ActorHit | None, bool]:
    """The organisation that owns the document: a genitive right before it, else
    the latest organisation earlier in the same sentence."""
    before = [a for a in ctx.actors if sentence_start <= a.start and a.end <= start]
    if not before:
        return None, False
    last = before[-1]
    gap = ctx.text[last.end : start]
    genitive = ctx.text[last.start : last.end].endswith("s") and gap.strip() == ""
    return last, genitive


_YEARS = r"(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
# "... och gäller för perioden 2022-2025": the period of the document named before.
_VALID_FOR = re.compile(
    r"[^.;:]{0,120}?\b(?:gäller\s+(?:för\s+|under\s+)?(?:perioden\s+)?|för\s+perioden\s+)" + _YEARS
)
# "Giltighetstid: 2021-2024" in a document's header block.
_META_PERIOD = re.compile(r"^(?:Giltighetstid|Giltig|Gäller|Period):?\s+" + _YEARS, re.M)
# "ersätter den tidigare för 2020-2023": a predecessor named without its noun.
_ELLIPTIC = re.compile(
    r"\bersätter\s+(?P<m>(?:den|det)\s+(?:tidigare|förra|gamla)\s+(?:för\s+)?" + _YEARS + ")"
)
# "<doc>, som antogs av <org>" / "<doc> fastställdes av <org>" / ", antagen av <org>"
ADOPTED_BY = re.compile(
    r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??,?\s+(?:som\s+)?(?:har\s+)?"
    r"(?:antogs|antagits|fastställdes|fastställts|beslutades|antagen|antaget|fastställd|fastställt)"
    r"\s+av\s+$"
)
# "<doc>, som <org> antog" (the organisation follows)
_SOM_ORG = re.compile(r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??,?\s+som\s+$")
_ORG_ADOPTS = re.compile(r"\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\b")
# "<org> antog|fastställde [den 27 januari] <doc>"
_ADOPTS_BEFORE = re.compile(
    r"^\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\b[^.;:,]{0,30}$"
)
# "ersätter [den tidigare]", "är en revidering av", "Ersätter:": what follows is older.
_PREDECESSOR_CUE = re.compile(
    r"(?:\bersätter|\brevidering\s+av|\breviderad\s+version\s+av|Ersätter:)\s*"
    r"(?:den\s+|det\s+)?$"
)
_KOMMUNENS = re.compile(r"\b[Kk]ommunens\s+$")


def adopter_after(ctx: Context, end: int, limit: int) -> ActorHit | None:
    """The organisation a passive or relative clause right after a document names as adopter."""
    for actor in ctx.actors:
        if actor.start < end or actor.start > limit:
            continue
        gap = ctx.text[end : actor.start]
        if ADOPTED_BY.match(gap):
            return actor
        if _SOM_ORG.match(gap) and _ORG_ADOPTS.match(ctx.text, actor.end, limit):
            return actor
        return None  # only the first organisation after the document counts
    return None


_ORG_MAKES = re.compile(
    r"\s+(?:har\s+|ska\s+)?(?:tog\s+fram|tagit\s+fram|ta\s+fram|utarbetade|utarbetat|"
    r"antog|antagit|fastställde|fastställt)\b"
)


def owner_after(ctx: Context, end: int, limit: int) -> ActorHit | None:
    """'<doc>[,] som <org> tog fram|ska ta fram|antog': the organisation that made it."""
    actor = next((a for a in ctx.actors if end <= a.start <= limit), None)
    if actor is None:
        return None
    if _SOM_ORG.match(ctx.text[end : actor.start]) and _ORG_MAKES.match(ctx.text, actor.end, limit):
        return actor
    return None


def adopter_before(ctx: Context, start: int, sentence_start: int) -> ActorHit | None:
    """'<org> antog|fastställde [date] <doc>': the organisation adopting the document."""
    before = [a for a in ctx.actors if sentence_start <= a.start and a.end <= start]
    if before and _ADOPTS_BEFORE.match(ctx.text[before[-1].end : start]):
        return before[-1]
    return None


@dataclass
class _Cand:
    start: int
    end: int
    kind: DocumentKind
    word: str
    level: Level | None
    prefix: bool
    topic: str | None
    period: tuple[int, int] | None
    det: str
    definite: bool
    predecessor: bool
    heading: bool
    titled: bool
    name: str = ""  # a capitalised definite compound mid-sentence is a name: "Värmlandsstrategin"


@dataclass
class _Group:
    kind: DocumentKind
    level: Level | None
    owner: ActorHit | None
    genitive: bool
    period: tuple[int, int] | None
    title: str
    topic: str | None
    hits: list[DocumentHit] = field(default_factory=list)
    predecessor: bool = False  # "den tidigare ...", "Ersätter: ...": never an antecedent
    word: str = ""  # the document noun as written: "klimatstrategi", "riktlinjer"

    def effective_level(self) -> Level | None:
        return self.level or (level_of(self.owner.kind) if self.owner else None)

    def scope(self, ctx: Context) -> tuple[Level, ids.Scope] | None:
        # Named by no owner on an organisation's own site: that organisation's document.
        owner = self.owner or ctx.site_actor()
        level = self.level or (level_of(owner.kind) if owner else None)
        if level is None:
            return None
        scope = _scope(level, owner, ctx)
        return (level, scope) if scope else None


def _candidates(ctx: Context) -> list[_Cand]:
    found: list[_Cand] = []
    for sentence in ctx.sentences:
        for m in _MENTION.finditer(ctx.text, sentence.start, sentence.end):
            word = (m.group("compound") or "") + m.group("noun")
            if _in_page_footer(ctx, m.start()) or word.lower() in NOT_DOCUMENTS:
                continue
            rest = ctx.text[m.end() : sentence.end]
            level = LEVEL_WORDS.get((m.group("level") or "").lower())
            if m.group("prefix"):
                level = Level.REGIONAL
            topic: str | None = None
            period: tuple[int, int] | None = None
            end = m.end()
            pm = _PERIOD_AFTER.match(rest)
            if pm:
                y1, y2 = int(pm.group("y1")), int(pm.group("y2"))
                if y1 <= y2:
                    period = (y1, y2)
                    topic = pm.group("topic")
                    end = m.end() + pm.end()
            if period is None and (not m.group("definite") or level is not None):
                tm = _TOPIC_AFTER.match(rest)
                if tm:
                    topic = tm.group("topic")
                    end = m.end() + tm.end()
                    listed = _LIST_REST.match(ctx.text, end, sentence.end)
                    if listed:  # "mot alkohol, narkotika, dopning och tobak"
                        topic, end = topic + listed.group(0), listed.end()
                    topic, end = _clean_topic(topic, m.end(), end, word)
            if word.lower() in ("plan", "program") and not (topic or period or m.group("definite")):
                continue  # "en plan för att ...": no document named
            det = (m.group("det") or "").lower()
            if not det and found and _COORDINATED.fullmatch(ctx.text, found[-1].end, m.start()):
                det = "en"  # "... och program för trygghet": as new as the one before it
            definite = bool(m.group("definite"))
            heading = (
                _is_heading(ctx, m.start()) and not det and not definite and not m.group("adj")
            )
            if period is None:
                vm = _VALID_FOR.match(ctx.text, end, sentence.end)
                if vm and not _MENTION.search(ctx.text, end, vm.start("y1")):
                    period = (int(vm.group("y1")), int(vm.group("y2")))
                if heading and period is None:
                    hm = _META_PERIOD.search(ctx.text, 0, _top_end(ctx))
                    period = (int(hm.group("y1")), int(hm.group("y2"))) if hm else None
            if period and period[0] > period[1]:
                period = None
            titled = (
                m.group(0)[0].isupper()
                and not m.group("adj")
                and not det
                and not definite
                and (level is not None or heading)
            )
            found.append(
                _Cand(
                    m.start(),
                    end,
                    kind_of(word),
                    word,
                    level,
                    bool(m.group("prefix")),
                    topic.strip() if topic else None,
                    period,
                    det,
                    definite or det in ("den", "det"),
                    (m.group("adj") or "").lower() in PREDECESSOR_ADJECTIVES
                    or bool(_PREDECESSOR_CUE.search(ctx.text, sentence.start, m.start())),
                    heading,
                    titled,
                    _name(ctx, m, sentence.start, word),
                )
            )
        for p in _PLAN_ANAPHOR.finditer(ctx.text, sentence.start, sentence.end):
            found.append(
                _Cand(
                    p.start(),
                    p.end(),
                    DocumentKind.ACTION_PLAN,
                    "handlingsplan",
                    None,
                    False,
                    None,
                    None,
                    "den",
                    True,
                    False,
                    False,
                    False,
                )
            )
        for e in _ELLIPTIC.finditer(ctx.text, sentence.start, sentence.end):
            subject = [c for c in found if sentence.start <= c.start and c.end <= e.start()]
            if subject:
                y1, y2 = int(e.group("y1")), int(e.group("y2"))
                s = subject[0]
                found.append(
                    _Cand(
                        e.start("m"),
                        e.end("m"),
                        s.kind,
                        s.word.lower(),
                        s.level,
                        False,
                        None,
                        (y1, y2),
                        "den",
                        True,
                        True,
                        False,
                        False,
                    )
                )
    return sorted(found, key=lambda c: c.start)


# "planen" / "den nya planen" on its own refers back to an action plan.
_PLAN_ANAPHOR = re.compile(r"(?<![\wåäöÅÄÖ-])(?:[Dd]en\s+nya\s+)?[Pp]lanen\b")
# "Kiruna kommun | Rutin vid ... | Sida 2 av 5": a running page header or footer.
_PAGE_FOOTER = re.compile(r"\|[^\n|]*\|\s*Sida\s+\d+[^\n]*$|\|\s*Sida\s+\d+[^\n]*$", re.M)


def _opens_sentence(ctx: Context, pos: int) -> bool:
    sentence = ctx.sentence_of(pos)
    return sentence is not None and ctx.text[sentence.start : pos].strip() == ""


def _in_page_footer(ctx: Context, pos: int) -> bool:
    line_start = ctx.text.rfind("\n", 0, pos) + 1
    line_end = ctx.text.find("\n", pos)
    line = ctx.text[line_start : line_end if line_end >= 0 else len(ctx.text)]
    return bool(_PAGE_FOOTER.search(line))


def _top_end(ctx: Context) -> int:
    lines = _top_lines(ctx)
    return lines[-1].end() if lines else 0


def extract_documents(ctx: Context, sink: FactSink) -> None:
    groups: list[_Group] = []
    pending: list[tuple[_Cand, ActorHit | None]] = []

    def latest(c: _Cand) -> _Group | None:
        fits = [
            g
            for g in groups
            if g.kind is c.kind
            and (c.level is None or g.effective_level() in (None, c.level))
            and g.hits
            and g.hits[0].start < c.start
            and not g.predecessor
        ]
        # Prefer the document the text is about: one named as a subject (opening a
        # sentence or the page's title) over one only named in passing.
        topical = [g for g in fits if any(_opens_sentence(ctx, h.start) for h in g.hits)]
        pool = topical or fits
        return max(pool, key=lambda g: g.hits[-1].start) if pool else None

    for c in _candidates(ctx):
        sentence = ctx.sentence_of(c.start)
        if sentence is None:
            continue
        owner, genitive = _owner(ctx, c.start, sentence.start)
        start = owner.start if owner and genitive else c.start
        if not genitive and ctx.publisher_municipality:
            km = _KOMMUNENS.search(ctx.text, sentence.start, c.start)
            if km:
                code = ctx.publisher_municipality
                owner = ActorHit(
                    km.start(),
                    km.end(),
                    ids.municipality_id(code),
                    OrganizationKind.MUNICIPALITY,
                    "kommunen",
                    municipality_code=code,
                    anaphoric=True,
                )
                genitive, start = True, km.start()
        if c.heading and owner is None:
            owner = _meta_owner(ctx)
        adopter = adopter_after(ctx, c.end, sentence.end) or adopter_before(
            ctx, c.start, sentence.start
        )
        national = c.level is Level.NATIONAL and not c.det and not c.definite
        maker = owner_after(ctx, c.end, sentence.end)
        if maker is not None and (owner is None or not genitive):
            owner, genitive = maker, False
        is_new = c.det in ("en", "ett") or c.titled or genitive or c.period or national
        # A compound names its document ("Bostadsförsörjningsprogrammet", "översiktsplanen",
        # "Värmlandsstrategin"): the first such mention is the document itself.
        compound = c.word.lower() not in _BARE_NOUNS and not c.predecessor
        is_new = is_new or bool(compound and latest(c) is None)
        # "den länsgemensamma rutinen ..., som Kommunförbundet X tog fram": a document of
        # its own when no earlier document of that kind and level is around.
        is_new = is_new or bool(c.definite and c.level and maker and latest(c) is None)
        if not is_new:
            if c.definite and not c.predecessor:
                pending.append((c, adopter))
            continue
        if c.kind is DocumentKind.AGREEMENT:
            parties = _parties(ctx, c.end, sentence.end)
            if parties:
                owner, genitive = _party_owner(parties), False
                title = "Överenskommelse mellan " + " och ".join(p.name for p in parties)
                hit_end = parties[-1].end
                g = _Group(c.kind, c.level, owner, False, c.period, title, None)
                g.hits.append(
                    DocumentHit(
                        start,
                        hit_end,
                        _placeholder(c.kind, c.level),
                        "document.agreement_parties",
                        True,
                        owner,
                        False,
                    )
                )
                groups.append(g)
                continue
            signers = [a for a in ctx.actors if sentence.start <= a.start and a.end <= c.start]
            if signers and not genitive:
                owner = _party_owner(signers)  # "A och B skrev under en överenskommelse"
        scope_owner = adopter if adopter and not genitive else owner
        if adopter and genitive and owner and owner.anaphoric:
            scope_owner = adopter
        named_owner = owner if owner and not owner.anaphoric else None
        g = _Group(c.kind, c.level, scope_owner, genitive, c.period, "", c.topic, word=c.word)
        g.title = c.name or _title(c.word, c.level, c.prefix, c.topic, c.period, named_owner)
        rule = _new_rule(genitive, c.titled, c.det, c.period)
        if maker is not None and owner is maker and rule == "document.national" and not national:
            rule = "document.relative_owner"
        hit = DocumentHit(start, c.end, _placeholder(c.kind, c.level), rule, True, owner, genitive)
        g.predecessor = c.predecessor
        ante = latest(c)
        if (
            c.definite
            and c.period
            and not c.predecessor
            and ante is not None
            and ante.period is None
            and (g.scope(ctx) is None or ante.scope(ctx) in (None, g.scope(ctx)))
        ):
            ante.period = c.period  # "en ny handlingsplan ... Handlingsplanen för 2023-2026"
            if ante.scope(ctx) is None:
                ante.owner, ante.level = g.owner, ante.level or g.level
            ante.hits.append(dataclasses.replace(hit, rule="document.anaphora", new=False))
            continue
        if g.scope(ctx) is None:
            if (c.definite or c.predecessor) and c.period and ante is not None:
                if not c.predecessor and ante.period in (None, c.period):
                    ante.period = c.period
                    ante.hits.append(dataclasses.replace(hit, rule="document.anaphora", new=False))
                    continue
                # The series' scope: from the antecedent, or from the latest earlier
                # document of the kind that has one ("Ny ANDTS-policy" in a headline has none).
                scoped = next(
                    (x for x in reversed(groups) if x.kind is g.kind and x.scope(ctx) is not None),
                    ante,
                )
                g.level, g.owner = scoped.level, scoped.owner
                g.hits.append(dataclasses.replace(hit, rule="document.series", new=True))
                groups.append(g)
                continue
            same = next(
                (
                    x
                    for x in groups
                    if x.kind is c.kind
                    and x.topic
                    and x.topic == c.topic
                    and c.period in (None, x.period)
                    and not c.predecessor
                ),
                None,
            )
            if same is not None:
                same.hits.append(hit)
                continue
        g.hits.append(hit)
        groups.append(g)
    # Definite mentions: the latest earlier document of the kind, or the only one.
    for c, adopter in pending:
        ante = latest(c)
        if ante is None:
            kinds = [g for g in groups if g.kind is c.kind and g.scope(ctx) is not None]
            ante = kinds[0] if len(kinds) == 1 else None
        if ante is None:
            continue
        if adopter is not None and ante.scope(ctx) is None:
            ante.owner = adopter  # "Kommunstyrelsen fastställde planen": now it has an owner
        ante.hits.append(
            DocumentHit(c.start, c.end, _placeholder(c.kind, c.level), "document.anaphora", False)
        )
    _pronoun_periods(ctx, groups)
    groups = merge_coreferent(groups, lambda g: g.scope(ctx), _BARE_NOUNS, _join)
    ctx.documents = _emit(ctx, sink, groups)


# "Den gäller mellan åren 2017 till 2020.": the period of the document named just before.
_PRONOUN_PERIOD = re.compile(
    r"\s*(?:Den|Det|De|Dessa)\s+(?:gäller|sträcker\s+sig|omfattar)\s+"
    r"(?:för\s+|under\s+|mellan\s+)?(?:perioden\s+|åren\s+)?"
    r"(?P<y1>(?:19|20)\d{2})\s*(?:[-\u2013]|till|och)\s*(?P<y2>(?:19|20)\d{2})\b"
)


def _pronoun_periods(ctx: Context, groups: list[_Group]) -> None:
    for sentence in ctx.sentences:
        m = _PRONOUN_PERIOD.match(ctx.text, sentence.start, sentence.end)
        if m is None:
            continue

        def last_before(g: _Group, start: int = sentence.start) -> int:
            return max((h.end for h in g.hits if h.end <= start), default=-1)

        before = [g for g in groups if last_before(g) >= 0]
        if not before:
            continue
        latest = max(before, key=last_before)
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if latest.period is None and not latest.predecessor and y1 <= y2:
            latest.period = (y1, y2)


# The nouns alone: "strategin", "planen", "riktlinjerna" may name any compound's document.
_BARE_NOUNS = (*NOUNS, "handlingsplan")


def _join(target: _Group, other: _Group) -> None:
    """One document named twice: the first mention's node, with all either states."""
    target.hits.extend(other.hits)
    if target.owner is None and target.level is None:  # the scope the other one has
        target.owner, target.level, target.genitive = other.owner, other.level, other.genitive
    if target.period is None and other.period is not None:
        target.period = other.period
    if len(other.topic or "") > len(target.topic or ""):
        target.topic, target.title = other.topic, other.title
    if target.word.lower() in _BARE_NOUNS and other.word.lower() not in _BARE_NOUNS:
        target.word, target.title = other.word, other.title


def _emit(ctx: Context, sink: FactSink, groups: list[_Group]) -> list[DocumentHit]:
    out: list[DocumentHit] = []
    for g in groups:
        scoped = g.scope(ctx)
        if scoped is None or not g.hits:
            continue
        level, scope = scoped
        if not g.title.startswith("Överenskommelse mellan"):
            g.title = _retitle(g)
        document = Document(
            id=ids.document_id(level, g.kind, scope, g.period, g.title),
            title=g.title,
            kind=g.kind,
            normalised_title=g.title.lower(),
            level=level,
            period_start=g.period[0] if g.period else None,
            period_end=g.period[1] if g.period else None,
        )
        for h in g.hits:
            conf = CONF_NEW if h.new else CONF_ANAPHORA
            if sink.mention(document, h.start, h.end, h.rule, conf):
                out.append(dataclasses.replace(h, document=document))
    return sorted(out, key=lambda d: (d.start, d.end))


def _retitle(g: _Group) -> str:
    """Add the period learnt from a later mention to the title, if missing."""
    if g.period and f"{g.period[0]}-{g.period[1]}" not in g.title:
        base = g.title.split(" (")[0]
        return f"{base} {g.period[0]}-{g.period[1]}"
    return g.title


_MELLAN = re.compile(r"\s+mellan\s+")
_PARTY_SEP = re.compile(r"(?:\s*,\s*|\s+och\s+|\s+samt\s+)")


def _parties(ctx: Context, after: int, sentence_end: int) -> list[ActorHit]:
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


def _party_owner(parties: list[ActorHit]) -> ActorHit:
    """The party that gives an agreement its scope: a regional one if any, else a
    municipal one, else the first."""
    for level in (Level.REGIONAL, Level.MUNICIPAL):
        local = [p for p in parties if level_of(p.kind) is level]
        if local:
            return local[0]
    return parties[0]


_META_OWNER = re.compile(
    r"^(?:Antagen|Antaget|Beslutad|Beslutat|Fastställd|Fastställt)\s+av:?\s+", re.M
)
HEAD_LINES = 8


def _top_lines(ctx: Context) -> list[re.Match[str]]:
    return list(itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", ctx.text), HEAD_LINES))


def _is_heading(ctx: Context, start: int) -> bool:
    """A title: the mention opens one of the page's first lines, which ends without a full stop."""
    for line in _top_lines(ctx):
        text = line.group(0)
        if line.start() + len(text) - len(text.lstrip()) == start:
            return not text.rstrip().endswith((".", ":"))
    return False


def meta_owner_line(ctx: Context) -> tuple[re.Match[str], ActorHit] | None:
    """'Antagen av arbetsmarknads- och socialnämnden 2022-10-19' / 'Beslutad av: Socialnämnden'."""
    lines = _top_lines(ctx)
    limit = lines[-1].end() if lines else 0
    for m in _META_OWNER.finditer(ctx.text, 0, limit):
        actor = next((a for a in ctx.actors if a.start == m.end()), None)
        if actor is not None:
            return m, actor
    return None


def _meta_owner(ctx: Context) -> ActorHit | None:
    found = meta_owner_line(ctx)
    return found[1] if found else None


def _new_rule(genitive: bool, titled: bool, det: str, period: tuple[int, int] | None) -> str:
    if genitive:
        return "document.genitive_owner"
    if titled:
        return "document.titled"
    if det in ("en", "ett"):
        return "document.indefinite"
    return "document.with_period" if period else "document.national"


def _placeholder(kind: DocumentKind, level: Level | None) -> Document:
    # Stands for "some document of this kind" until resolved; never stored.
    return Document(id="", title="", kind=kind, normalised_title="", level=level)

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

A new document needs a scope for its id (see ingest.ids): national -> Sweden,
regional -> the owner's county or the page's home county, municipal -> the
owner municipality or committee. Without one it is dropped: no guessed ids.
"""

from __future__ import annotations

import re

from graph.nodes import Document, DocumentKind, Level, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit, level_of
from ingest.facts import FactSink

CONF_NEW = 0.9
CONF_ANAPHORA = 0.75

NOUNS: dict[str, DocumentKind] = {
    "strategi": DocumentKind.STRATEGY,
    "handlingsplan": DocumentKind.ACTION_PLAN,
    "riktlinje": DocumentKind.GUIDELINE,
    "rutin": DocumentKind.ROUTINE,
    "program": DocumentKind.PROGRAMME,
    "policy": DocumentKind.POLICY,
    "överenskommelse": DocumentKind.AGREEMENT,
}
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
_ADJECTIVE = {Level.REGIONAL: "Regional", Level.NATIONAL: "Nationell", Level.MUNICIPAL: "Kommunal"}

_MENTION = re.compile(
    r"(?<![\wåäöÅÄÖ-])"
    r"(?:(?P<det>[Ee]n|[Ee]tt|[Dd]en|[Dd]et)\s+)?"
    r"(?:(?P<level>" + "|".join(LEVEL_WORDS) + r")\s+)?"
    r"(?P<prefix>läns)?(?P<noun>" + "|".join(NOUNS) + r")(?P<definite>en|n|et)?\b",
    re.I,
)
_PERIOD_AFTER = re.compile(
    r"(?P<topic>\s+(?:för|mot)\s+[^\d.,;:()\n][^.,;:()\n]*?)?"
    r"\s+(?:för\s+)?(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b"
)
_TOPIC_AFTER = re.compile(
    r"\s+(?P<topic>mot\s+[^.,;:()\n]+?)(?=[.,;:]|\s+(?:som|och\s+vi|i\s+(?:19|20)\d{2})\b|$)"
)


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
    if owner.kind is OrganizationKind.COMMITTEE:
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


def _candidates(
    ctx: Context,
) -> list[tuple[re.Match[str], Level | None, str | None, tuple[int, int] | None, int]]:
    found = []
    for sentence in ctx.sentences:
        for m in _MENTION.finditer(ctx.text, sentence.start, sentence.end):
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
            if period is None and not m.group("definite"):
                tm = _TOPIC_AFTER.match(rest)
                if tm:
                    topic = tm.group("topic")
                    end = m.end() + tm.end()
            found.append((m, level, topic.strip() if topic else None, period, end))
    return found


def extract_documents(ctx: Context, sink: FactSink) -> None:
    hits: list[DocumentHit] = []
    for m, level, topic, period, end in _candidates(ctx):
        sentence = ctx.sentence_of(m.start())
        if sentence is None:
            continue
        kind = NOUNS[m.group("noun").lower()]
        det = (m.group("det") or "").lower()
        owner, genitive = _owner(ctx, m.start(), sentence.start)
        definite = bool(m.group("definite"))
        heading = _is_heading(ctx, m.start()) and not det and not definite
        titled = (
            m.group(0)[0].isupper() and not det and not definite and (level is not None or heading)
        )
        if heading and owner is None:
            owner = _meta_owner(ctx)
        national = level is Level.NATIONAL and not det and not definite
        is_new = det in ("en", "ett") or titled or genitive or period is not None or national
        if not is_new:
            if definite or det in ("den", "det"):
                hits.append(
                    DocumentHit(
                        m.start(), end, _placeholder(kind, level), "document.anaphora", False
                    )
                )
            continue
        parties = _parties(ctx, m.end(), sentence.end) if kind is DocumentKind.AGREEMENT else []
        if parties:
            owner, genitive = _party_owner(parties), False
            level = level or level_of(owner.kind)
            end = parties[-1].end
        if level is None and owner is not None:
            level = level_of(owner.kind)
        if level is None:
            continue
        scope = _scope(level, owner, ctx)
        if scope is None:
            continue
        named_owner = owner if owner and (genitive or level_of(owner.kind) is level) else None
        title = _title(
            m.group("noun").lower(), level, bool(m.group("prefix")), topic, period, named_owner
        )
        if parties:
            title = "Överenskommelse mellan " + " och ".join(p.name for p in parties)
            rule_override: str | None = "document.agreement_parties"
        else:
            rule_override = None
        start = owner.start if owner and genitive else m.start()
        document = Document(
            id=ids.document_id(level, kind, scope, period),
            title=title,
            kind=kind,
            normalised_title=title.lower(),
            level=level,
            period_start=period[0] if period else None,
            period_end=period[1] if period else None,
        )
        rule = rule_override or _new_rule(genitive, titled, det, period)
        if sink.mention(document, start, end, rule, CONF_NEW):
            hits.append(DocumentHit(start, end, document, rule, True, owner, genitive))
    ctx.documents = _resolve(hits, sink)


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
    """The party that gives an agreement its scope: a regional one if any, else the first."""
    regional = [p for p in parties if level_of(p.kind) is Level.REGIONAL]
    return regional[0] if regional else parties[0]


_META_OWNER = re.compile(
    r"^(?:Antagen|Antaget|Beslutad|Beslutat|Fastställd|Fastställt)\s+av:?\s+", re.M
)
HEAD_LINES = 8


def _top_lines(ctx: Context) -> list[re.Match[str]]:
    return list(re.finditer(r"[^\n]*\S[^\n]*", ctx.text))[:HEAD_LINES]


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


def _resolve(hits: list[DocumentHit], sink: FactSink) -> list[DocumentHit]:
    new = [h for h in hits if h.new]
    resolved = list(new)
    for h in hits:
        if h.new:
            continue

        def fits(c: DocumentHit, h: DocumentHit = h) -> bool:
            same_level = h.document.level is None or c.document.level is h.document.level
            return c.document.kind is h.document.kind and same_level

        earlier = [c for c in new if c.start < h.start and fits(c)]
        target: DocumentHit | None = earlier[-1] if earlier else None
        if target is None:
            later = {c.node_id: c for c in new if fits(c)}
            target = next(iter(later.values())) if len(later) == 1 else None
        if target is None:
            continue
        if sink.mention(target.document, h.start, h.end, "document.anaphora", CONF_ANAPHORA):
            resolved.append(
                DocumentHit(
                    h.start, h.end, target.document, "document.anaphora", False, target.owner
                )
            )
    return sorted(resolved, key=lambda d: (d.start, d.end))

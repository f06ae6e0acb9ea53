"""Bulleted lists: a document's goals and activities, and who is responsible.

A list is a run of bullet lines ("•", "-", "*", "-", "1.") under an
introducing line. What the intro names decides what the items are:

- list.goals: the intro speaks of mål / målsättningar ("Fyra målsättningar
  2022-2026") -> one Goal per item, document -HAS_GOAL-> goal. The owning
  document is the one whose period the intro repeats, else one the intro
  names, else the document named last before the list.
- list.activities: the intro speaks of aktiviteter / åtgärder / insatser and
  ends in ":" or "exempelvis", "bland annat", "följande" -> one Activity per
  item, document -HAS_ACTIVITY-> activity (owner chosen the same way).
- list.goals.fastställts_i: "de fyra målsättningarna som fastställts i <doc>"
  -> that document HAS_GOAL the listed goals too, and the list's own document
  (if another) IMPLEMENTS it (relation.implements.shared_goals).
- list.responsible.role_in_org: "Varje verksamhetschef inom BAS har ansvar för
  att samordna genomförandet av de aktiviteter ..." -> the organisation
  RESPONSIBLE_FOR each activity of the list before it, the role as the title.
- list.responsible.org: "<org> ansvarar för|har ansvar för ... aktiviteterna".
- list.activities also takes a heading line ("Aktiviteter 2024-2025 (urval)",
  "3. Arbetsgång") over the list, and numbered steps ("3.1 ...") under a
  numbered heading ("3. Arbetsgång"): a change of marker starts a new list.
- list.responsible.ansvarig: "<item>. Ansvarig: <who>" on the item's line (or
  alone on the next line) -> each organisation named RESPONSIBLE_FOR the
  activity; a role ("Ansvarig: enhetschef hemtjänst") gives the organisation
  stated with it ("handläggare på <nämnd>") or else the publishing
  municipality, with the role as the title. A unit after the role ("på
  Vuxenenheten") has no node and is left out of the title.
- list.table.activities / list.table.responsible: a pipe table whose header
  has an Aktivitet/Åtgärd/Insats column (and optionally an Ansvarig column);
  one Activity per row, responsibility as above; a Tidplan/Tidsplan/Tid/När
  column gives the activity's timeframe as written ("Hösten 2023", "Löpande").
- list.goals.inline: a line "Övergripande mål: <goal>." -> one Goal.
- Owner of goals and activities: a document whose period the intro repeats,
  else one the intro names, else (unless the intro names another kind of
  document) the page's main document: its title document, else the first
  newly introduced document not owned by a genitive ("Region X:s program"),
  preferring the publishing municipality's level. Without an owner the goals
  and activities are still recorded, with no HAS_GOAL / HAS_ACTIVITY link.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from graph.edges import LinkType
from graph.nodes import Activity, Goal, Level
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit
from ingest.extract_documents import NOUNS, kind_of
from ingest.facts import FactSink
from ingest.nlp import ROLE_WORDS
from ingest.segment import Span

CONF_ITEM = 0.8
CONF_RESPONSIBLE = 0.75
CONF_ROLE = 0.65

_BULLET = re.compile(
    r"^[ \t]*(?P<marker>[•\*\-\u2013·▪◦]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)[ \t]+"
    r"(?P<item>\S[^\n]*?)[ \t]*$",
    re.M,
)
GOAL_INTRO = re.compile(
    r"\b(?:mål|målen|målsättning(?:ar|arna)?|delmål|prioriteringar(?:na)?"
    r"|(?:strategiska|prioriterade|viktiga)\s+områden(?:a)?"
    r"|[a-zåäö]*(?:mål|fokus|insats|styrke|utvecklings|tematiska\s)områden(?:a)?)\b",
    re.I,
)
_ACTIVITY_INTRO = re.compile(r"\b(?:aktiviteter|åtgärder|insatser)\b", re.I)
_STRONG_ACTIVITY_INTRO = re.compile(
    r"(?:\bföljande\s+(?:aktiviteter|åtgärder|insatser)\b|\b(?:aktiviteter|åtgärder|insatser)\s*:\s*$)",
    re.I,
)
_ACTIVITY_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:aktiviteter|åtgärder|insatser|arbetsgång(?:en)?)\b"
    r"[^.:!?\n]{0,40}$",
    re.I,
)
_LIST_OPENER = re.compile(r"(?::|\bexempelvis|\bbland\s+annat|\bföljande|\bt\.\s?ex\.?)\s*$", re.I)
_PERIOD = re.compile(r"\b(?P<y1>(?:19|20)\d{2})\s*[-\u2013]\s*(?P<y2>(?:19|20)\d{2})\b")
_SET_IN = re.compile(
    r"\b(?:målsättningarna|målen)\s+som\s+(?:har\s+)?(?:fastställts|fastställdes|anges|"
    r"slagits\s+fast|finns)\s+i\s+"
)
_ROLE_IN_ORG = re.compile(
    rf"\b(?:[Vv]arje\s+|[Vv]ar\s+|[Ee]n\s+)?(?P<role>{'|'.join(ROLE_WORDS)})\s+(?:inom|i|på|vid)\s+$"
)
_HAS_RESPONSIBILITY = re.compile(
    r"\s+(?:har|bär)\s+(?:det\s+|ett\s+)?(?:övergripande\s+)?ansvar(?:et)?\s+för\b|\s+ansvarar\s+för\b"
)
_ABOUT_ACTIVITIES = re.compile(r"\b(?:aktivitet\w*|åtgärd\w*)\b")
_ANSVARIG = re.compile(r"(?:^|[.;,]?\s+|\()(?P<label>[Aa]nsvarig[a]?|[Aa]nsvar)\s*:\s*")
_ANSVARIG_LINE = re.compile(r"^[ \t]*[Aa]nsvarig[a]?\s*:\s*(?P<who>\S[^\n]*?)[ \t.]*$", re.M)
# A role noun: one of the known roles or a compound ending in a role word.
_ROLE_HEAD = re.compile(
    rf"^(?:{'|'.join(ROLE_WORDS)}|[a-zåäöé-]*(?:chef|handläggare|samordnare|strateg|ledare|"
    r"sekreterare|direktör|kurator|koordinator|utvecklare|ombud|handledare|controller))$",
    re.I,
)
_UNIT_AFTER_ROLE = re.compile(r"\s+(?:på|vid|inom|i)\s+")
_INLINE_GOAL = re.compile(
    r"^[ \t]*(?:[ÖöO]vergripande\s+mål|[Hh]uvudmål|[Mm]ålet|[Mm]ål)\s*:\s*"
    r"(?P<goal>\S[^\n]*?)[ \t.]*$",
    re.M,
)
_TABLE_ROW = re.compile(r"^[^|\n]*\S[^\n]*\|[^\n]*\S[^\n]*$|^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
_RULE_CELL = re.compile(r":?-{2,}:?")
_ACTIVITY_COLUMN = re.compile(r"^(?:aktivitet(?:er)?|åtgärd(?:er)?|insats(?:er)?)$", re.I)
_RESPONSIBLE_COLUMN = re.compile(r"^(?:ansvarig[a]?|ansvar)$", re.I)
_TIME_COLUMN = re.compile(r"^(?:tidplan|tidsplan|tid|när)\??$", re.I)
_DOC_NOUN = re.compile(r"(?<![\wåäöÅÄÖ-])(?P<noun>" + "|".join(NOUNS) + r")(?:en|n|et)?\b", re.I)


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    text: str
    resp: Span | None = None  # "Ansvarig: <who>" for this item


@dataclass(frozen=True, slots=True)
class BulletList:
    intro: Span
    items: list[_Item]
    end: int


def _marker_kind(marker: str) -> str:
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", marker):
        return "sub"
    return "num" if marker[0].isdigit() else "sym"


def _item(text: str, start: int, raw: str) -> _Item:
    """An item, with a trailing "Ansvarig: X" split off into `resp`."""
    m = _ANSVARIG.search(raw)
    if m is None or m.start() == 0:
        return _Item(start, start + len(raw), raw.rstrip(" .;"))
    who_start = start + m.end()
    who = raw[m.end() :].rstrip(" .;)")
    desc = raw[: m.start()].rstrip(" .;(")
    resp = Span(who_start, who_start + len(who)) if who else None
    return _Item(start, start + len(desc), desc, resp)


def bullet_lists(text: str) -> list[BulletList]:
    lists: list[BulletList] = []
    current: list[_Item] = []
    last_end = -1
    kind = ""
    for m in _BULLET.finditer(text):
        between = text[last_end : m.start()] if current else ""
        resp_line = _ANSVARIG_LINE.fullmatch(between.strip("\n")) if between.strip() else None
        if resp_line and current and current[-1].resp is None:
            offset = last_end + between.index(resp_line.group(0))
            who = resp_line.group("who")
            who_start = offset + resp_line.start("who")
            current[-1] = _Item(
                current[-1].start,
                current[-1].end,
                current[-1].text,
                Span(who_start, who_start + len(who)),
            )
        elif current and (between.strip() or _marker_kind(m.group("marker")) != kind):
            lists.extend(_close(text, current))
            current = []
        kind = _marker_kind(m.group("marker"))
        current.append(_item(text, m.start("item"), m.group("item")))
        last_end = m.end()
    if current:
        lists.extend(_close(text, current))
    return lists


def _close(text: str, items: list[_Item]) -> list[BulletList]:
    before = text[: items[0].start].rstrip()
    before = before[: before.rfind("\n")] if "\n" in before else ""
    before = before.rstrip()
    line_start = before.rfind("\n") + 1
    if not before[line_start:].strip():
        return []
    end = max(i.resp.end if i.resp else i.end for i in items)
    return [BulletList(Span(line_start, len(before)), items, end)]


def _title_document(ctx: Context) -> DocumentHit | None:
    """The document a page is about: one named on its own line among the first lines."""
    # Lazily: callers ask once per sentence, and a long PDF has thousands of lines.
    lines = itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", ctx.text), 6)
    for line in lines:
        opening = line.start() + (len(line.group(0)) - len(line.group(0).lstrip()))
        # Only the documents on this line, found by bisection: callers ask per sentence.
        for d in ctx.documents_in(Span(line.start(), line.end())):
            if d.new and d.start == opening:
                return d
    return None


def main_document(ctx: Context) -> DocumentHit | None:
    """The document the page is about: its title document, else the first one introduced.

    A document introduced through another body's genitive ("Region X:s program")
    is what the page's document builds on, not the page's own."""
    key = (id(ctx.documents), len(ctx.documents))
    memo = ctx.main_document_memo
    if memo is not None and memo[:2] == key:
        return memo[2]  # asked once per list and per decision: computed once per page
    found = _main_document(ctx)
    ctx.main_document_memo = (*key, found)
    return found


def _main_document(ctx: Context) -> DocumentHit | None:
    title = _title_document(ctx)
    if title is not None:
        return title
    new = [d for d in ctx.documents if d.new and not d.genitive_owner]
    if ctx.publisher_municipality is not None:
        own = [d for d in new if d.document.level is Level.MUNICIPAL]
        new = own or new
    return new[0] if new else None


def page_document(ctx: Context, hit: DocumentHit) -> DocumentHit:
    """A bare definite "Handlingsplanen" / "policyn" means the page's own document.

    Resolving it to the latest earlier document of its kind would pick the
    predecessor the page has just said the new one replaces."""
    if hit.new or not _DOC_NOUN.fullmatch(ctx.text[hit.start : hit.end]):
        return hit
    main = main_document(ctx)
    if main is None or main.document.kind is not hit.document.kind or main.start > hit.start:
        return hit
    return DocumentHit(hit.start, hit.end, main.document, hit.rule, False, main.owner)


def list_owner(ctx: Context, intro: Span) -> DocumentHit | None:
    """The document a list's intro (or an inline list's sentence) belongs to."""
    text = ctx.text[intro.start : intro.end]
    period = _PERIOD.search(text)
    if period:
        y1, y2 = int(period.group("y1")), int(period.group("y2"))
        dated = [
            d for d in ctx.documents if (d.document.period_start, d.document.period_end) == (y1, y2)
        ]
        if len({d.node_id for d in dated}) == 1:
            return dated[0]
    named = ctx.documents_in(intro)
    main = main_document(ctx)
    if named:
        return page_document(ctx, named[-1])
    noun = _DOC_NOUN.search(text)
    if main is None or main.start >= intro.start:
        return None
    if noun and kind_of(noun.group("noun")) is not main.document.kind:
        return None  # "Handlingsplanen har tre mål" on a page whose main document is a policy
    return main


def _owner_key(ctx: Context, owner: DocumentHit | None) -> str:
    """What goal and activity ids hang on: the owning document, else the page."""
    return owner.node_id if owner else ctx.publisher_id() or "Page:unowned"


def add_goal(
    ctx: Context,
    sink: FactSink,
    owner: DocumentHit | None,
    item: Span,
    text: str,
    link_from: int,
    rule: str,
) -> str | None:
    goal = Goal(id=ids.goal_id(_owner_key(ctx, owner), text), text=text)
    if not sink.mention(goal, item.start, item.end, rule, CONF_ITEM):
        return None
    if owner is not None:
        sink.link(LinkType.HAS_GOAL, owner.node_id, goal.id, link_from, item.end, rule, CONF_ITEM)
    return goal.id


def _goals(ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit | None) -> list[str]:
    goal_ids: list[str] = []
    for item in lst.items:
        goal_id = add_goal(
            ctx, sink, owner, Span(item.start, item.end), item.text, lst.intro.start, "list.goals"
        )
        if goal_id:
            goal_ids.append(goal_id)
    return goal_ids


def _inline_goals(ctx: Context, sink: FactSink) -> None:
    for m in _INLINE_GOAL.finditer(ctx.text):
        span = Span(m.start("goal"), m.end("goal"))
        add_goal(
            ctx, sink, list_owner(ctx, span), span, m.group("goal"), m.start(), "list.goals.inline"
        )


def _activity(
    ctx: Context,
    sink: FactSink,
    owner: DocumentHit | None,
    span: Span,
    text: str,
    link_from: int,
    rule: str,
    timeframe: str | None = None,
) -> str | None:
    activity = Activity(
        id=ids.activity_id(_owner_key(ctx, owner), text), description=text, timeframe=timeframe
    )
    if not sink.mention(activity, span.start, span.end, rule, CONF_ITEM):
        return None
    if owner is not None:
        sink.link(
            LinkType.HAS_ACTIVITY, owner.node_id, activity.id, link_from, span.end, rule, CONF_ITEM
        )
    return activity.id


def _activities(
    ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit | None
) -> list[str]:
    activity_ids: list[str] = []
    for item in lst.items:
        span = Span(item.start, item.end)
        activity_id = _activity(
            ctx, sink, owner, span, item.text, lst.intro.start, "list.activities"
        )
        if activity_id is None:
            continue
        activity_ids.append(activity_id)
        if item.resp is not None:
            _ansvarig(ctx, sink, activity_id, item.start, item.resp, "list.responsible.ansvarig")
    return activity_ids


def responsible_parties(ctx: Context, who: Span) -> list[tuple[str, str | None]]:
    """(organisation id, role title) for the text after "Ansvarig:".

    Organisations named there are responsible themselves ("Utbildningsnämnden",
    "Arbetsmarknads- och socialnämnden, Kriminalvården"); a role is responsible
    for the organisation named with it ("handläggare på Socialnämnden"), else
    for the publishing municipality. Anything else ("den som får kännedom")
    gives nothing."""
    text = ctx.text[who.start : who.end]
    actors = [a for a in ctx.actors_in(who) if not a.anaphoric]
    first = re.match(r"[\wåäöÅÄÖé-]+", text)
    if first is None:
        return []
    if not _ROLE_HEAD.match(first.group(0)):
        if actors and actors[0].start == who.start:
            return [(a.node_id, None) for a in _unique(actors)]
        return []
    unit = _UNIT_AFTER_ROLE.search(text)
    title = text[: unit.start()] if unit else text
    title = " ".join(title.split()).rstrip(" .,;").lower()
    if unit is not None:
        after = [a for a in actors if a.start == who.start + unit.end()]
        if after:
            return [(after[0].node_id, title)]
    if actors:
        return []  # a role and an organisation in some other shape: not read
    publisher = ctx.publisher_id()
    return [(publisher, title)] if publisher else []


def _unique(actors: list[ActorHit]) -> list[ActorHit]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out


def _ansvarig(
    ctx: Context, sink: FactSink, activity_id: str, line_start: int, who: Span, rule: str
) -> None:
    for org_id, title in responsible_parties(ctx, who):
        sink.link(
            LinkType.RESPONSIBLE_FOR,
            org_id,
            activity_id,
            line_start,
            who.end,
            rule,
            CONF_RESPONSIBLE if title is None else CONF_ROLE,
            title=title,
        )


def _cells(line: str, line_start: int) -> list[Span]:
    """The cells of a table row; a Markdown row's outer pipes ("| a | b |") open no cell."""
    spans: list[Span] = []
    body = line.rstrip()
    if body.endswith("|"):
        body = body[:-1]
    offset = 0
    if body.lstrip().startswith("|"):
        offset = body.index("|") + 1
        body = body[offset:]
    for cell in body.split("|"):
        stripped = cell.strip()
        start = line_start + offset + (cell.index(stripped) if stripped else 0)
        spans.append(Span(start, start + len(stripped)))
        offset += len(cell) + 1
    return spans


def _tables(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    rows = list(_TABLE_ROW.finditer(text))
    index = 0
    while index < len(rows):
        header = rows[index]
        cells = _cells(header.group(0), header.start())
        names = [text[c.start : c.end] for c in cells]
        act_col = next((i for i, n in enumerate(names) if _ACTIVITY_COLUMN.match(n)), None)
        index += 1
        if act_col is None:
            continue
        resp_col = next((i for i, n in enumerate(names) if _RESPONSIBLE_COLUMN.match(n)), None)
        time_col = next((i for i, n in enumerate(names) if _TIME_COLUMN.match(n)), None)
        owner = list_owner(ctx, Span(header.start(), header.end()))
        previous_end = header.end()
        while index < len(rows) and text[previous_end : rows[index].start()] == "\n":
            row = rows[index]
            row_cells = _cells(row.group(0), row.start())
            previous_end = row.end()
            index += 1
            if len(row_cells) != len(cells):
                break
            if all(_RULE_CELL.fullmatch(text[c.start : c.end]) for c in row_cells):
                continue  # the |---|---| line under a Markdown header
            what = row_cells[act_col]
            description = text[what.start : what.end].rstrip(" .;")
            if not description:
                continue
            when = row_cells[time_col] if time_col is not None else None
            timeframe = " ".join(text[when.start : when.end].split()) if when else ""
            activity_id = _activity(
                ctx,
                sink,
                owner,
                Span(what.start, what.start + len(description)),
                description,
                header.start(),
                "list.table.activities",
                timeframe or None,
            )
            if (
                activity_id
                and resp_col is not None
                and row_cells[resp_col].end > row_cells[resp_col].start
            ):
                _ansvarig(
                    ctx,
                    sink,
                    activity_id,
                    row.start(),
                    row_cells[resp_col],
                    "list.table.responsible",
                )


def _goal_sources(
    ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit, goal_ids: list[str]
) -> None:
    for m in _SET_IN.finditer(ctx.text, lst.end):
        sentence = ctx.sentence_of(m.start())
        if sentence is None:
            continue
        source = next(
            (
                d
                for d in ctx.documents_in(sentence)
                if d.start >= m.end() or (d.genitive_owner and d.end > m.end())
            ),
            None,
        )
        if source is None:
            continue
        for goal_id in goal_ids:
            sink.link(
                LinkType.HAS_GOAL,
                source.node_id,
                goal_id,
                sentence.start,
                sentence.end,
                "list.goals.fastställts_i",
                CONF_ITEM,
            )
        if source.node_id != owner.node_id:
            sink.link(
                LinkType.IMPLEMENTS,
                owner.node_id,
                source.node_id,
                sentence.start,
                sentence.end,
                "relation.implements.shared_goals",
                CONF_RESPONSIBLE,
            )
        return


def _responsible(ctx: Context, sink: FactSink, lst: BulletList, activity_ids: list[str]) -> None:
    following = [s for s in ctx.sentences if s.start >= lst.end][:3]
    for sentence in following:
        if not _ABOUT_ACTIVITIES.search(ctx.text, sentence.start, sentence.end):
            continue
        for actor in ctx.actors_in(sentence):
            if not _HAS_RESPONSIBILITY.match(ctx.text, actor.end, sentence.end):
                continue
            role = _ROLE_IN_ORG.search(ctx.text[sentence.start : actor.start])
            title = role.group("role").lower() if role else None
            if role is None and actor.start != sentence.start:
                continue  # the organisation must be the subject
            rule = "list.responsible.role_in_org" if role else "list.responsible.org"
            for activity_id in activity_ids:
                sink.link(
                    LinkType.RESPONSIBLE_FOR,
                    actor.node_id,
                    activity_id,
                    sentence.start,
                    sentence.end,
                    rule,
                    CONF_RESPONSIBLE,
                    title=title[0].upper() + title[1:] if title else None,
                )
        return


def _list_kind(intro: str) -> str | None:
    if _ACTIVITY_HEADING.match(intro) or _STRONG_ACTIVITY_INTRO.search(intro):
        return "activities"
    if GOAL_INTRO.search(intro):
        return "goals"
    if _ACTIVITY_INTRO.search(intro) and _LIST_OPENER.search(intro):
        return "activities"
    return None


def extract_lists(ctx: Context, sink: FactSink) -> None:
    for lst in bullet_lists(ctx.text):
        kind = _list_kind(ctx.text[lst.intro.start : lst.intro.end])
        if kind is None:
            continue
        owner = list_owner(ctx, lst.intro)
        if kind == "goals":
            goal_ids = _goals(ctx, sink, lst, owner)
            if owner is not None:
                _goal_sources(ctx, sink, lst, owner, goal_ids)
        else:
            _responsible(ctx, sink, lst, _activities(ctx, sink, lst, owner))
    _inline_goals(ctx, sink)
    _tables(ctx, sink)

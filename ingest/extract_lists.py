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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.edges import LinkType
from graph.nodes import Activity, Goal
from ingest import ids
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.nlp import ROLE_WORDS
from ingest.segment import Span

CONF_ITEM = 0.8
CONF_RESPONSIBLE = 0.75

_BULLET = re.compile(
    r"^[ \t]*(?:[•\*\-\u2013·▪◦]|\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?)[ \t]+(?P<item>\S[^\n]*?)[ \t]*$",
    re.M,
)
_GOAL_INTRO = re.compile(r"\b(?:mål|målen|målsättning(?:ar|arna)?|målområden|delmål)\b", re.I)
_ACTIVITY_INTRO = re.compile(r"\b(?:aktiviteter|åtgärder|insatser)\b", re.I)
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


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class BulletList:
    intro: Span
    items: list[_Item]
    end: int


def bullet_lists(text: str) -> list[BulletList]:
    lists: list[BulletList] = []
    current: list[_Item] = []
    last_end = -1
    for m in _BULLET.finditer(text):
        if current and text[last_end : m.start()].strip():
            lists.extend(_close(text, current))
            current = []
        item = m.group("item")
        start = m.start("item")
        current.append(_Item(start, start + len(item), item.rstrip(" .;")))
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
    return [BulletList(Span(line_start, len(before)), items, items[-1].end)]


def _owner(ctx: Context, lst: BulletList) -> DocumentHit | None:
    intro = ctx.text[lst.intro.start : lst.intro.end]
    period = _PERIOD.search(intro)
    if period:
        y1, y2 = int(period.group("y1")), int(period.group("y2"))
        dated = [
            d for d in ctx.documents if (d.document.period_start, d.document.period_end) == (y1, y2)
        ]
        if len({d.node_id for d in dated}) == 1:
            return dated[0]
    named = ctx.documents_in(lst.intro)
    if named:
        return named[-1]
    title = _title_document(ctx)
    if title is not None and title.start < lst.intro.start:
        return title
    earlier = [d for d in ctx.documents if d.end <= lst.intro.start]
    return earlier[-1] if earlier else None


def _title_document(ctx: Context) -> DocumentHit | None:
    """The document a page is about: one named on its own line among the first lines."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", ctx.text)][:6]
    for line in lines:
        for d in ctx.documents:
            if d.new and d.start == line.start() + (
                len(line.group(0)) - len(line.group(0).lstrip())
            ):
                return d
    return None


def _goals(ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit) -> list[str]:
    goal_ids: list[str] = []
    for item in lst.items:
        goal = Goal(id=ids.goal_id(owner.node_id, item.text), text=item.text)
        if sink.mention(goal, item.start, item.end, "list.goals", CONF_ITEM):
            sink.link(
                LinkType.HAS_GOAL,
                owner.node_id,
                goal.id,
                lst.intro.start,
                item.end,
                "list.goals",
                CONF_ITEM,
            )
            goal_ids.append(goal.id)
    return goal_ids


def _activities(ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit) -> list[str]:
    activity_ids: list[str] = []
    for item in lst.items:
        activity = Activity(id=ids.activity_id(owner.node_id, item.text), description=item.text)
        if sink.mention(activity, item.start, item.end, "list.activities", CONF_ITEM):
            sink.link(
                LinkType.HAS_ACTIVITY,
                owner.node_id,
                activity.id,
                lst.intro.start,
                item.end,
                "list.activities",
                CONF_ITEM,
            )
            activity_ids.append(activity.id)
    return activity_ids


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


def extract_lists(ctx: Context, sink: FactSink) -> None:
    for lst in bullet_lists(ctx.text):
        intro = ctx.text[lst.intro.start : lst.intro.end]
        owner = _owner(ctx, lst)
        if owner is None:
            continue
        if _GOAL_INTRO.search(intro):
            goal_ids = _goals(ctx, sink, lst, owner)
            _goal_sources(ctx, sink, lst, owner, goal_ids)
        elif _ACTIVITY_INTRO.search(intro) and _LIST_OPENER.search(intro):
            _responsible(ctx, sink, lst, _activities(ctx, sink, lst, owner))

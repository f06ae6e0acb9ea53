"""Goal and activity nodes, each linked from the document that owns it.

Their ids hang on the owning document, else on the page's publisher: without
an owner the goals and activities are still recorded, with no HAS_GOAL /
HAS_ACTIVITY link.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Activity, Goal
from ingest import ids
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span, strip_span

CONF_ITEM = 0.8
CONF_RESPONSIBLE = 0.75
CONF_ROLE = 0.65

# "..., förklarar Anna Berg (S)", '...", fortsätter hon': a reporting clause (speech verb
# before its subject) makes the text someone's quoted words, not a document's goal.
_REPORTED = re.compile(
    r"[,\"”]\s*(?:säger|sade|sa|menar|berättar|konstaterar|avslutar|fortsätter|förklarar|"
    r"betonar|understryker|poängterar|framhåller|påpekar|tycker|anser)\s+"
    r"(?:[A-ZÅÄÖ]|han\b|hon\b|de\b)"
)


# A quote's first word cut off on its own line (a dash, then "Som"): no item of a list.
_FUNCTION_WORDS = frozenset(
    {"som", "det", "den", "de", "vi", "jag", "att", "och", "men", "så", "när", "där", "här"}
    | {"nu", "han", "hon", "man", "du", "ni"}
)


def quoted_speech(text: str) -> bool:
    """Someone's quoted words, tagged with who said them."""
    return _REPORTED.search(text) is not None


def _no_item(text: str) -> bool:
    """Quoted speech, or a lone function word: no goal or activity of a list."""
    return quoted_speech(text) or text.strip(" .,\u2013-").lower() in _FUNCTION_WORDS


def _names_organisation(ctx: Context, item: Span) -> bool:
    """The item is an organisation's name and nothing more ("• Kollektivtrafiknämnden"
    under "Nämnder som bidrar till målet:"): who works for a goal, no goal."""
    said = strip_span(ctx.text, item.start, item.end)
    return any(
        a.start <= said.start and said.end <= a.end + 1 and not a.anaphoric for a in ctx.actors
    )


def owner_key(ctx: Context, owner: DocumentHit | None) -> str:
    """What goal and activity ids hang on: the owning document, else the page."""
    return owner.node_id if owner else ctx.publisher_id() or "Page:unowned"


# "Målet är att den under hösten ska beslutas i kommunfullmäktige": when the document is
# to be adopted, a target of the work on it, not a goal it sets.
_PROCESS_AIM = re.compile(
    r"(?:den|det|de|planen|strategin|programmet|policyn|dokumentet)\s+(?:[^.!?]{0,40}\s)?"
    r"(?:ska|skall|kommer\s+att)\s+(?:kunna\s+)?(?:beslutas|antas|fastställas|godkännas"
    r"|behandlas|vara\s+(?:klar|färdig|antagen|beslutad))\b",
    re.I,
)


def add_goal(
    ctx: Context,
    sink: FactSink,
    owner: DocumentHit | None,
    item: Span,
    text: str,
    link_from: int,
    rule: str,
    link_to: int | None = None,
) -> str | None:
    text = " ".join(text.split())  # a line's wrap or a table's padding inside the item
    if _no_item(text) or _names_organisation(ctx, item) or _PROCESS_AIM.match(text):
        return None
    goal = Goal(id=ids.goal_id(owner_key(ctx, owner), text), text=text)
    if not sink.mention(goal, item.start, item.end, rule, CONF_ITEM):
        return None
    if owner is not None:
        end = item.end if link_to is None else link_to
        sink.link(LinkType.HAS_GOAL, owner.node_id, goal.id, link_from, end, rule, CONF_ITEM)
    return goal.id


def add_activity(
    ctx: Context,
    sink: FactSink,
    owner: DocumentHit | None,
    span: Span,
    text: str,
    link_from: int,
    rule: str,
    timeframe: str | None = None,
) -> str | None:
    text = " ".join(text.split())
    if _no_item(text):
        return None
    activity = Activity(
        id=ids.activity_id(owner_key(ctx, owner), text), description=text, timeframe=timeframe
    )
    if not sink.mention(activity, span.start, span.end, rule, CONF_ITEM):
        return None
    if owner is not None:
        sink.link(
            LinkType.HAS_ACTIVITY, owner.node_id, activity.id, link_from, span.end, rule, CONF_ITEM
        )
    return activity.id


def clause_end(ctx: Context, start: int, end: int) -> int:
    """`end`, before the sentence's closing punctuation and space (never before `start`)."""
    while end > start and ctx.text[end - 1] in ".!? \n\t":
        end -= 1
    return end


def split_at(
    ctx: Context, start: int, end: int, sep: re.Pattern[str], lead: re.Pattern[str] | None = None
) -> list[Span]:
    """The non-empty parts of text[start:end] between matches of sep, each without its
    leading whitespace and, when given, a leading match of lead ("ett", "en")."""
    spans: list[Span] = []
    pos = start
    for m in [*sep.finditer(ctx.text, start, end), None]:
        s, e = pos, m.start() if m else end
        while s < e and ctx.text[s].isspace():
            s += 1
        skipped = lead.match(ctx.text, s, e) if lead is not None else None
        if skipped is not None:
            s = skipped.end()
        if s < e:
            spans.append(Span(s, e))
        if m is None:
            break
        pos = m.end()
    return spans


# "Alla nationella mål är inte aktuella här": no goal stated. "Målet är att tydliggöra vår
# bostadspolitik", "... att ge en övergripande bild av läget": what the document itself
# does, not what it aims at.
_NOT_AIMED = re.compile(
    r"(?:inte|ej)\b|(?:tydliggöra|redogöra|beskriva|sammanfatta|presentera)\s"
    r"|ge\s+en\s+(?:[a-zåäö]+\s+)?(?:bild|överblick|beskrivning)\b",
    re.I,
)


def not_aimed(goal: str) -> bool:
    """A "målet är att ..." complement that states no goal (see _NOT_AIMED)."""
    return _NOT_AIMED.match(goal) is not None

"""What a named party of an agreement undertakes, listed as bullets.

Why: agreement pages set out each party's commitments as a bullet list under
"<party> åtar sig att:" ("Kommunen förbinder sig att:"), or with the verb first
("Genom avtalet åtar sig Regionen att:"); the intro may be the list's first bullet.
What a party undertakes is what the agreement will do, and the party is the one
responsible for it.

Rule list.activities.commitment_list: each item is an Activity of the agreement
(the document the intro names, else the page's only agreement), and the parties,
the organisations named as the subject right before or right after the verb ("Polisen
och kommunen åtar sig att:", "I löftet framgår att kommer Polisen och X kommun att:"),
are RESPONSIBLE_FOR it (list.responsible.commitment); "lovar kommunerna att:" names every
municipality of the page, when it names several. A party that is no named
organisation ("aktörerna", "parterna") gives no list: which body undertakes it is
unknown. Commitments in running text are ingest.rules.labelled_activities'.

The same holds under a heading line that is a party's genitive and a measure noun
("Polisens åtaganden:", "Kommunens aktiviteter"), or the party and "ska" or "lovar"
("Kommunen ska"); under "Gemensamma åtaganden:" every party so headed on the page is
responsible.

Rule list.responsible.promised: an activity list whose intro points back ("Detta ska
åstadkommas genom bland annat följande aktiviteter:") to a sentence in which organisations
promise ("Polis och kommun lovar att tillsammans arbeta för ...") -> each of them is
RESPONSIBLE_FOR every item.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DocumentKind, OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList
from ingest.rules.clause_parts import coordinated
from ingest.rules.list_items import CONF_RESPONSIBLE, add_activity
from ingest.rules.main_document import list_owner

__all__ = [
    "commitment_list",
    "only_agreement",
    "responsible",
    "responsible_promised",
    "subject_parties",
]

# "... åtar sig att:" / "förbinder sig (därmed) att:" / a pledge's "lovar att:" closing the
# intro line; "kommer|lovar <parties> att:" with the parties after the verb (an agreement's
# list of what they will do).
_COMMITS = re.compile(
    r"\b(?:(?:åtar|förbinder)\s+sig|lovar|kommer(?=\s+[A-ZÅÄÖ]))\b(?P<after>[^.!?:]*?)\batt\s*:\s*$"
    # "... vad polisen och kommunen lovar att åstadkomma tillsammans.": what the pledge's
    # list below sets out
    r"|\blovar\s+att\s+(?:åstadkomma|genomföra|göra)(?:\s+tillsammans)?\s*[.:]\s*$",
    re.I,
)


# "Polis och kommun lovar att tillsammans arbeta för ... Detta ska åstadkommas genom bland
# annat följande aktiviteter:": an intro that points back to the sentence before it, in
# which the parties promise what the list then sets out.
_BACK = re.compile(
    r"\s*(?:Detta|Det)\s+(?:ska|skall|kommer\s+att)\s+(?:\w+\s+)?(?:åstadkommas|ske|göras|"
    r"uppnås|nås|genomföras)\s+(?:genom|med|via)\b[^.!?]*:\s*$"
)
_PROMISE = re.compile(r"\b(?:lovar|åtar\s+sig|förbinder\s+sig|har\s+kommit\s+överens)\b")


# "Polisens åtaganden:", "Kommunens aktiviteter" over a list: the party's own measures;
# "Gemensamma åtaganden:" over one: every such party's.
# A heading "Kommunen ska" / "Polisen lovar att:" over the list: the same.
_OWN_HEADING = re.compile(
    r"[^\S\n]*(?P<whose>\S[^\n]{0,60}?)(?:s\s+(?:åtaganden|löften|aktiviteter|åtgärder|insatser)"
    r"|\s+(?:ska|skall|lovar(?:\s+att)?))[^\S\n]*:?[^\S\n]*$"
)
_JOINT_HEADING = re.compile(
    r"[^\S\n]*(?:Gemensamma|Våra\s+gemensamma)\s+(?:åtaganden|löften|aktiviteter|åtgärder|"
    r"insatser)[^\S\n]*:?[^\S\n]*$"
)


def _last_line(ctx: Context, intro: Span) -> Span:
    end = intro.end
    while end > intro.start and ctx.text[end - 1] in " \t\n":
        end -= 1
    return Span(max(intro.start, ctx.text.rfind("\n", intro.start, end) + 1), end)


def _heading_party(ctx: Context, line: Span) -> ActorHit | None:
    """The one organisation whose genitive is all of a heading line before its noun."""
    m = _OWN_HEADING.match(ctx.text, line.start, line.end)
    if m is None:
        return None
    actors = ctx.actors_in(Span(m.start("whose"), m.end("whose") + 1))
    if len(actors) != 1 or ctx.text[m.start("whose") : actors[0].start].strip():
        return None
    return actors[0] if actors[0].end in (m.end("whose"), m.end("whose") + 1) else None


def heading_parties(ctx: Context, lst: BulletList) -> list[ActorHit]:
    """Who carries a list under "<party>s åtaganden:" (that party) or "Gemensamma
    åtaganden:" (every party the page heads a list of its own with)."""
    line = _last_line(ctx, lst.intro)
    party = _heading_party(ctx, line)
    if party is not None:
        return [party]
    if not _JOINT_HEADING.match(ctx.text, line.start, line.end):
        return []
    parties: dict[str, ActorHit] = {}
    for m in re.finditer(r"[^\n]+", ctx.text):
        found = _heading_party(ctx, Span(m.start(), m.end()))
        if found is not None:
            parties.setdefault(found.node_id, found)
    return list(parties.values()) if len(parties) >= 2 else []


def _promised_before(ctx: Context, intro: Span) -> tuple[Span, list[ActorHit]] | None:
    """The sentence before an intro that points back, and the parties that promise in it."""
    last = ctx.sentence_of(max(intro.end - 2, intro.start))
    if last is None or not _BACK.match(ctx.text, last.start, intro.end):
        return None
    index = ctx.sentence_index(last)
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    verb = _PROMISE.search(ctx.text, before.start, before.end)
    parties = subject_parties(ctx, before.start, verb.start()) if verb else []
    return (Span(before.start, last.end), parties) if parties else None


def responsible_promised(
    ctx: Context, sink: FactSink, lst: BulletList, activity_ids: list[str]
) -> None:
    """The parties that promise in the sentence before an intro that points back to it
    are RESPONSIBLE_FOR each listed activity (list.responsible.promised)."""
    promised = _promised_before(ctx, lst.intro) if activity_ids else None
    if promised is None:
        return
    cited, parties = promised
    for activity_id in activity_ids:
        responsible(sink, parties, activity_id, cited, "list.responsible.promised")


def _parties(ctx: Context, intro: Span, verb: re.Match[str]) -> list[ActorHit]:
    """The organisations that are the clause's subject: those right before the verb with
    nothing but space or list separators between, or those right after it (verb-second
    order, "kommer Polisen och kommunen att")."""
    before = subject_parties(ctx, intro.start, verb.start())
    if before:
        return before
    after = verb.start("after")
    span = Span(after, verb.end())
    following = ctx.actors_in(span)
    if following and not ctx.text[after : following[0].start].strip():
        return [following[0], *coordinated(ctx, following[0], span, forward=True)]
    plural = _KOMMUNERNA.search(ctx.text, intro.start, verb.end())
    return _municipalities(ctx) if plural else []


# "Under samma tidsperiod lovar kommunerna att:": the municipalities the page names (a
# pledge of several, "de tre kommunerna Stenungsund, Orust och Tjörn").
_KOMMUNERNA = re.compile(r"\b[Kk]ommunerna\s+(?:lovar|åtar|förbinder|att\b)")


def _municipalities(ctx: Context) -> list[ActorHit]:
    """The municipalities the page names, when it names more than one."""
    found: dict[str, ActorHit] = {}
    for a in ctx.actors:
        if a.kind is OrganizationKind.MUNICIPALITY and not a.anaphoric:
            found.setdefault(a.node_id, a)
    return list(found.values()) if len(found) > 1 else []


def subject_parties(ctx: Context, start: int, verb: int) -> list[ActorHit]:
    """The organisations right before the verb at `verb` in the clause from `start` on,
    nothing but space or list separators between ("Polisen och X kommun förbinder sig")."""
    line_start = max(start, ctx.text.rfind(".", start, verb) + 1)
    span = Span(line_start, verb)
    before = ctx.actors_in(span)
    if before and not ctx.text[before[-1].end : verb].strip():
        return [*coordinated(ctx, before[-1], span, forward=False), before[-1]]
    return []


def only_agreement(ctx: Context) -> DocumentHit | None:
    """The one agreement a page names, whom "denna överenskommelse" points to."""
    agreements = [d for d in ctx.documents if d.document.kind is DocumentKind.AGREEMENT]
    return agreements[0] if len({d.node_id for d in agreements}) == 1 else None


def responsible(
    sink: FactSink,
    parties: list[ActorHit],
    activity_id: str,
    cited: Span,
    rule: str = "list.responsible.commitment",
) -> None:
    """Each committing party RESPONSIBLE_FOR the activity, cited by the commitment."""
    for party in parties:
        sink.link(
            LinkType.RESPONSIBLE_FOR,
            party.node_id,
            activity_id,
            cited.start,
            cited.end,
            rule,
            CONF_RESPONSIBLE,
        )


def _agreement(ctx: Context, intro: Span, cue: int) -> DocumentHit | None:
    owner = list_owner(ctx, intro, cue)
    if owner is not None and owner.document.kind is DocumentKind.AGREEMENT:
        return owner
    return only_agreement(ctx)


def commitment_list(ctx: Context, sink: FactSink, lst: BulletList) -> bool:
    """Read lst as a party's commitments if its intro closes with "... åtar sig att:".
    True when it names one."""
    intro, items = lst.intro, lst.items
    verb = _COMMITS.search(ctx.text, intro.start, intro.end)
    if verb is None and items:  # "• Polisen och kommunen åtar sig att:" as the first bullet
        intro, items = Span(items[0].start, items[0].end), items[1:]
        verb = _COMMITS.search(ctx.text, intro.start, intro.end)
    if verb is None:
        intro, items = lst.intro, lst.items
        parties = heading_parties(ctx, lst)
        owner = _agreement(ctx, intro, intro.start) if parties else None
        if owner is None:
            return False
    else:
        parties = _parties(ctx, intro, verb)
        owner = _agreement(ctx, intro, verb.start())
    if not parties or owner is None:
        return True  # a commitment with no named party or agreement: still no plan's list
    for item in items:
        activity_id = add_activity(
            ctx,
            sink,
            owner,
            Span(item.start, item.end),
            item.text,
            intro.start,
            "list.activities.commitment_list",
        )
        if activity_id is None:
            continue
        # "• Polisen ska genomföra ...": an item opening with its own subject names who
        own = ctx.actors_in(Span(item.start, item.end))
        if own and not ctx.text[item.start : own[0].start].strip(" \t•*-\u2013"):
            own = [own[0], *coordinated(ctx, own[0], Span(item.start, item.end), forward=True)]
        else:
            own = parties
        responsible(sink, own, activity_id, Span(intro.start, item.end))
    return True

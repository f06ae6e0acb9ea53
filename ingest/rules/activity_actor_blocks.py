"""Activities set out by who carries them: a line naming only organisations, then their tasks.

Why: assignment overviews and action plans on the web lay out who does what as blocks,
not tables: a line "Vinnova och Formas", then the line or the bullets of what they do,
then the next organisation's line ("Uppdrag inom livsmedelsstrategin" pages, regional
action plans). A reader takes each task as the plan's activity, carried out by the
organisations above it.

Rule list.activities.actor_blocks: at least two blocks, each a line that holds nothing
but organisations (joined by commas, "och", "samt") followed by task lines (a bullet each,
or short lines not closed by a full stop; an intro ending in ":" is skipped) up to the
next such line -> one Activity per task, of the page's document, each organisation of
the block RESPONSIBLE_FOR it (list.responsible.actor_blocks); the document is the one
the text names, else the one a heading right above the blocks names. A short line right
before the next organisation line, once the block has a task, is a heading ("Konsument
och marknad"), not a task. With no document on the page, nothing is read.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.list_items import add_activity
from ingest.rules.main_document import list_owner, page_document

__all__ = ["extract_actor_blocks"]

CONF_BLOCK = 0.7

_JOIN = compile_guarded(r"\s*(?:,|\boch\b|\bsamt\b|&)\s*")
_BULLET = re.compile(r"[ \t]*[•\-\u2013*][ \t]+")
_MAX_TASK_WORDS = 14
_MIN_BLOCKS = 2
_HEADING_REACH = 120  # characters from a heading's document to the first block
_CARRIERS = frozenset(
    {
        OrganizationKind.AGENCY,
        OrganizationKind.REGION,
        OrganizationKind.MUNICIPALITY,
        OrganizationKind.COUNTY_BOARD,
        OrganizationKind.COMMITTEE,
        OrganizationKind.ADMINISTRATION,
        OrganizationKind.MUNICIPAL_ASSOCIATION,
        OrganizationKind.NATIONAL_ASSOCIATION,
        OrganizationKind.OTHER,
    }
)


def _lines(ctx: Context) -> list[Span]:
    """The page's non-blank lines, from the context's line starts."""
    starts = ctx.line_starts()
    ends = [start - 1 for start in starts[1:]] + [len(ctx.text)]
    return [Span(a, b) for a, b in zip(starts, ends, strict=True) if ctx.text[a:b].strip()]


def _actors_only(ctx: Context, line: Span) -> list[ActorHit]:
    """The organisations a line holds, when it holds nothing else."""
    actors = [a for a in ctx.actors_in(line) if a.kind in _CARRIERS]
    if not actors:
        return []
    rest = ctx.text[line.start : line.end]
    for a in reversed(actors):
        rest = rest[: a.start - line.start] + "," + rest[a.end - line.start :]
    left = _JOIN.sub(" ", rest).split()
    # One more carrier the gazetteers do not know ("..., Livsmedelsverket och
    # Länsstyrelserna") still makes the line a list of carriers.
    if not left or (len(actors) >= 2 and len(left) == 1 and left[0][:1].isupper()):
        return actors
    return []


def _task(ctx: Context, line: Span) -> Span | None:
    text = ctx.text[line.start : line.end]
    bullet = _BULLET.match(text)
    start = line.start + (bullet.end() if bullet else len(text) - len(text.lstrip()))
    body = ctx.text[start : line.end].rstrip()
    words = body.split()
    if not body or body.endswith(":") or not 2 <= len(words) <= _MAX_TASK_WORDS:
        return None
    if not any(_COMMON.fullmatch(w) for w in words[1:]):
        return None  # a name ("Jönköpings Kristna"), as in a list of signatories
    return Span(start, start + len(body))


# A common word of a task: lower case, not a joining word.
_COMMON = re.compile(r"(?!(?:och|samt|för|av|i|på)\b)[a-zåäö][a-zåäö-]{2,}[.,]?")


_Block = tuple[Span, list[ActorHit], list[Span]]


def _blocks(ctx: Context) -> list[list[_Block]]:
    """Runs of blocks, each block right after the one before (a heading line may stand
    between): a lone organisation line over a caption is no run."""
    lines = _lines(ctx)
    heads = {i: found for i, line in enumerate(lines) if (found := _actors_only(ctx, line))}
    runs: list[list[_Block]] = []
    last_end = -2
    for i, actors in heads.items():
        tasks: list[Span] = []
        end = i
        for j in range(i + 1, len(lines)):
            if j in heads:
                break
            bulleted = _BULLET.match(ctx.text, lines[j].start) is not None
            said = ctx.text[lines[j].start : lines[j].end].rstrip()
            if tasks and not bulleted and j + 1 in heads:
                end = j  # a heading before the next organisation's line
                break
            # A sentence of its own ("Bild: två hus.") is running text, not a task line.
            task = None if not bulleted and said.endswith(".") else _task(ctx, lines[j])
            end = j
            if task is None:
                if not bulleted and not said.endswith(":"):
                    end = -2  # running text: the blocks are over
                    break
                continue  # an intro ("Try Swedish exportprogram:") or an unread bullet
            tasks.append(task)
        if not tasks:
            last_end = -2
            continue
        block = (lines[i], actors, tasks)
        if runs and last_end >= 0 and i == last_end + 1:
            runs[-1].append(block)
        else:
            runs.append([block])
        last_end = end
    return [run for run in runs if len(run) >= _MIN_BLOCKS]


def extract_actor_blocks(ctx: Context, sink: FactSink) -> None:
    if "\n" not in ctx.text or not ctx.documents:
        return
    for run in _blocks(ctx):
        _read_run(ctx, sink, run)


def _read_run(ctx: Context, sink: FactSink, blocks: list[_Block]) -> None:
    first = blocks[0][0]
    owner = list_owner(ctx, Span(first.start, first.end))
    if owner is None:
        # "Uppdrag inom livsmedelsstrategin" over the blocks: the heading's document.
        named = [d for d in ctx.documents if first.start - _HEADING_REACH <= d.end <= first.start]
        owner = page_document(ctx, named[-1]) if named else None
    if owner is None:
        return
    for head, actors, tasks in blocks:
        for task in tasks:
            text = ctx.text[task.start : task.end]
            rule = "list.activities.actor_blocks"
            activity = add_activity(ctx, sink, owner, task, text, head.start, rule)
            if activity is None:
                continue
            for actor in actors:
                sink.link(
                    LinkType.RESPONSIBLE_FOR,
                    actor.node_id,
                    activity,
                    head.start,
                    task.end,
                    "list.responsible.actor_blocks",
                    CONF_BLOCK,
                )

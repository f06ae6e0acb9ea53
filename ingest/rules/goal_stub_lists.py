"""Goal lists under a subject that breaks off at "ska": "Programmet bryts ned i följande
delmål:" over "Kommunens konstpolitik ska" and its bullets ("• främja konstnärlig
kvalitet", "• stärka kreativitet"), then "Kommunens kulturplanering ska" and its own.

Why: each bullet completes the stub's sentence, so the stub, not the goal intro above
it, is the line right over the items, and it names no goals itself. A stub's list is a
goal list when the line that opened it speaks of goals and ends in a colon, with only
other stubs and their bullets between (invented examples).
"""

from __future__ import annotations

import dataclasses
import re

from ingest.context import Context
from ingest.language.segment import Span, lines_above
from ingest.rules.bullet_lists import BulletList

__all__ = ["stub_goal_list"]

# "Uppsala kommuns konstpolitik ska", "Vi ska:": a subject and "ska", nothing after it
_STUB = re.compile(r"[ \t]*[A-ZÅÄÖ][^.!?:\n]{1,80}?\s(?:ska|skall)[ \t]*:?[ \t]*")
_BULLET_LINE = re.compile(r"[ \t]*(?:[•\*\-\u2013·▪◦]|\d{1,2}[.)])[ \t]+\S[^\n]*")
_REACH = 2_000  # characters back to the opener, over the stubs and lists between


def stub_goal_list(ctx: Context, lst: BulletList, goal_intro: re.Pattern[str]) -> BulletList | None:
    """The list with the line that opens it ("... följande delmål:") as its intro, when its
    own intro is a stub under such a line; None otherwise."""
    if _STUB.fullmatch(ctx.text, lst.intro.start, lst.intro.end) is None:
        return None
    for above in lines_above(ctx.text, lst.intro.start):
        if lst.intro.start - above.end >= _REACH:
            break
        line = ctx.text[above.start : above.end].rstrip()
        if line.strip() and not (
            _STUB.fullmatch(line) is not None or _BULLET_LINE.fullmatch(line) is not None
        ):
            opens = line.endswith(":") and goal_intro.search(line) is not None
            if not opens:
                return None
            return dataclasses.replace(lst, intro=Span(above.start, above.start + len(line)))
    return None

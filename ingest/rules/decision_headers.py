"""What heads a decision in minutes but is not what was decided.

Why: minutes copied as text run the § head into the decision: "Kommunstyrelsen
2021-03-02 4 Ks 45 Dnr KS 2021/0112 Ansökan om medlemskap i X Kommunstyrelsen beslutar
att ...". The § number, the case number (Dnr, "KS 2021/0112", "SN/2021:3"), the page
count ("1 (2)") and the item's title are the heading; the decision starts with the
subject of its verb. When the words right before that subject are "Förslag till
beslut", the sentence states a proposal, not a decision. And a deadline that follows a
task ("En slutrapport ska vara klar i mars 2022. Det beslutade nämnden.") belongs to
the task stated before it; it is no decision of its own.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.decision_cues import CUE

# "Motionen avslås.", "Ärendet återremitteras.": the matter is the item's title.
BACK_REFERENCE = re.compile(
    r"\s*\w*(?:förslaget|motionen|ärendet|frågan|rapporten|skrivelsen|yttrandet|ansökan"
    r"|begäran|avtalet|remissen)\b",
    re.I,
)

__all__ = ["BACK_REFERENCE", "cut_off_last", "deadline", "past_header", "proposed_before"]

# A case number or a page count: the marks of a minutes' § head.
_HEADER_MARK = re.compile(
    r"\bDnr\b\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,8}[\s/-]?)?\d{2,4}[/:.-]\d+"
    r"|\b[A-ZÅÄÖ]{2,8}\s?[/-]?\s?\d{4}[/:]\d{1,5}\b"
    r"|(?<!\w)\d{1,3}\s?\(\d{1,3}\)(?!\w)"
    r"|§\s*\d+"
)
# The decision's subject: a capitalised word followed only by lower-case words (or
# none) up to the decision's verb.
_SUBJECT = re.compile(r"(?<![\w-])[A-ZÅÄÖ][\wåäö-]*(?=(?:\s+[a-zåäö][\wåäö-]*){0,4}\s*$)")
_PROPOSAL = re.compile(r"\b(?:förslag\s+till\s+beslut|beslutsförslag|yrkande\w*)\s*:?\s*$", re.I)
# "ska vara färdig i januari 2020", "ska lämnas senast den 1 mars": a task's deadline.
_DEADLINE = re.compile(
    r"\bska(?:ll)?\s+(?:vara\s+(?:färdig|klar|klart|färdigt|genomför[dt])\w*"
    r"|(?:lämnas|redovisas|slutredovisas|presenteras|rapporteras)\b)",
    re.I,
)


def past_header(line: str, start: int) -> int:
    """Past a minutes' § head run into the line before its decision verb: the decision
    starts at the subject of the verb. `start` when the line has no such head, or when
    the subject only points back to the item ("... Motionen avslås."): then the head
    says what was decided on."""
    cue = CUE.search(line, start)
    if cue is None:
        return start
    marks = list(_HEADER_MARK.finditer(line, start, cue.start()))
    if not marks:
        return start
    head_end = marks[-1].end()
    subjects = list(_SUBJECT.finditer(line, head_end, cue.start()))
    if not subjects or BACK_REFERENCE.match(line, subjects[-1].start()):
        return start
    return subjects[-1].start()


def proposed_before(line: str, start: int) -> bool:
    """The words right before `start` head a proposal ("Förslag till beslut")."""
    return bool(_PROPOSAL.search(line, 0, start))


def deadline(text: str) -> bool:
    """The sentence sets a task's deadline ("En rapport ska vara klar i mars")."""
    return bool(_DEADLINE.search(text))


_CUT_WORDS = 12  # more words than a headline has


def cut_off_last(ctx: Context, sentence: Span) -> bool:
    """The page's last line, too long for a headline, cut off before its full stop: a
    sentence all the same ("... att utreda förslaget inom möjliga ramar")."""
    line = ctx.text[sentence.start : sentence.end].strip()
    return (
        not ctx.text[sentence.end :].strip()
        and len(line.split()) >= _CUT_WORDS
        and not line.endswith((".", "!", "?"))
    )

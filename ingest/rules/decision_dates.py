"""The day a decision a sentence states was taken: its own, else its meeting's.

Why apart from ingest.rules.decision_verbs: every decision rule dates what it finds the
same way. The sentence's own date comes first: one before the verb or the decided clause,
or right after the verb ("godkände den 12 juni", "antogs av kommunfullmäktige i maj");
a day right after the verb wins over one a flattened heading put before the subject
("skrivelse den 3 maj Kommunstyrelsen beslutade den 9 april 2019"). Else the day the
page anchors the decision to, a bare year after the verb ("gav 2022 ... i uppdrag"), or
the date of the body's meeting the page reports.
"""

from __future__ import annotations

import re

from graph.nodes import DatePrecision
from ingest.context import ActorHit, Context
from ingest.language.bare_years import bare_years
from ingest.language.dates import WEEK_FORMS, DateMention
from ingest.language.segment import Span
from ingest.rules.decision_anchored_dates import decision_day, meeting_anchored
from ingest.rules.decision_meeting_words import meeting_day
from ingest.rules.decision_page import ABOUT_DATE
from ingest.rules.meeting_choice import meeting_before
from ingest.rules.relations_shared import taken_on

__all__ = ["decision_date", "lead_date", "meeting_date", "own_date", "with_meeting_day"]

# Right after the verb, the decision's own date: "godkände den 12 juni", "avslogs 3 maj".
# Or after its agent: "antogs av kommunstyrelsen 2021-09-13".
_YEAR_LEAD = re.compile(
    r"\b(?:gav|beslutade|beslöt|antog|antogs|fastställde|godkände|tog|fattade|år|i)\s+$", re.I
)
# "godkände den 12 juni", "antogs av kommunfullmäktige i maj"; after an inverted subject
# ("fastställde nämnden i maj 2022") the date's preposition is required.
_DATE_AFTER_VERB = re.compile(
    # "som nämnden beslutade om på torsdagen": a relative clause's stranded "om"
    r"\s*(?:om\s*|(?:av\s+(?:[\w-]+\s+){1,3}?)?(?:den\s+|på\s+|vid\s+|i\s+|under\s+)?"
    r"|(?:(?!(?:att|om|för|till|med)\b)[\w-]+\s+){1,2}?(?:den|på|vid|i|under)\s+)$",
    re.I,
)


def own_date(
    ctx: Context, sentence: Span, before: int, verb_end: int | None = None
) -> DateMention | None:
    """The sentence's own date of the decision: one before `before` (the verb or the
    decided clause), or right after the verb ("godkände den 12 juni"); not the date of
    what was decided ("får i uppdrag att till 28 oktober ...", "budget för 2024"). A
    decision taken is no later than its page: "I februari gav regionstyrelsen ..." on a
    September page is last February, not next."""
    return taken_on(ctx, _own_date(ctx, sentence, before, verb_end))


def _own_date(
    ctx: Context, sentence: Span, before: int, verb_end: int | None
) -> DateMention | None:
    dates = ctx.dates_in(sentence)
    # "skrivelse den 3 maj Kommunstyrelsen beslutade den 9 april 2019": the date right
    # after the verb is the decision's, whatever date a flattened heading put before it.
    for found in dates:
        # "under förra veckan beslutat": a week past is when, never what was decided about
        about = ABOUT_DATE.search(ctx.text, max(sentence.start, found.start - 12), found.start)
        if about and found.rule not in WEEK_FORMS and not meeting_day(found.rule, found.text):
            continue
        if found.end <= before or (
            verb_end is not None
            and found.start >= verb_end
            and _DATE_AFTER_VERB.fullmatch(ctx.text, verb_end, found.start)
        ):
            after = _after_verb(ctx, dates, before, verb_end) if found.end <= before else None
            return after or found
    trailing = _trailing_day(ctx, sentence, dates, verb_end)
    if trailing is not None:
        return trailing
    anchored = decision_day(ctx, dates) or meeting_anchored(ctx, sentence, before)
    if anchored is not None:
        return anchored
    # "Kommunfullmäktige gav 2022 kommunstyrelsen i uppdrag": a year right after a verb
    # or "år", "i" before the decided clause; not a name's year ("Folkhälsoplan 2016").
    for year in bare_years(ctx.text, sentence.start, before):
        inside = any(d.start <= year.start < d.end for d in ctx.dates)
        if not inside and _YEAR_LEAD.search(ctx.text, sentence.start, year.start):
            return year
    return None


# "fastställde X den 24 april 2019.", "besvarade medborgarförslaget 19 april 2017, § 87",
# "(§94, 2019-04-24)": a day closing the decided clause is the decision's; not a day the
# decided thing starts, ends or is due ("ska gälla från den 1 januari", "senast den 3 maj").
_TRAILING_LEAD = re.compile(r"(?:\bden|\(\s*(?:[A-ZÅÄÖ]{2,4}\s*)?§\s*\d+\s*,|\w)\s*$")
_NOT_TAKEN_LEAD = re.compile(
    r"\b(?:från|fr\.o\.m\.?|till|t\.o\.m\.?|senast|före|innan|efter|per|med|om|gälla|gäller"
    r"|börja|start|klart?|datum|inför|fram\s+till|sedan)\s+(?:den\s+)?$",
    re.I,
)
_TRAILING_TAIL = re.compile(
    r"\s*(?:\)|,?\s*(?:[A-ZÅÄÖ]{2,4}\s*)?§\s*\d+\)?)?\s*(?:[.;]|,\s+som\b|$)"
)


def _trailing_day(
    ctx: Context, sentence: Span, dates: list[DateMention], verb_end: int | None
) -> DateMention | None:
    """The day after the verb that closes the decided clause, if none after the page."""
    for d in dates:
        if d.precision is not DatePrecision.DAY or verb_end is None or d.start < verb_end:
            continue
        lead = ctx.text[max(sentence.start, d.start - 40) : d.start]
        if not _TRAILING_LEAD.search(lead) or _NOT_TAKEN_LEAD.search(lead):
            continue
        if not _TRAILING_TAIL.match(ctx.text, d.end, sentence.end):
            continue
        later = ctx.published is not None and (d.value or "") > ctx.published.isoformat()
        if not later:
            return d
    return None


_VERB_BEFORE_DAY = re.compile(
    r"\b(?:beslutade|beslöt|beslutat|godkände|fastställde|antog|gav)\s+(?:den\s+)?$", re.I
)


def _after_verb(
    ctx: Context, dates: list[DateMention], before: int, verb_end: int | None
) -> DateMention | None:
    """A day stated right after the decision's verb ("beslutade den 7 april 2015 att ..."):
    the decision's, not an earlier one of its sentence."""
    for d in dates:
        if d.precision is not DatePrecision.DAY:
            continue
        if verb_end is not None and d.start >= verb_end:
            if re.fullmatch(r"\s+den\s+", ctx.text[verb_end : d.start]):
                return d
        elif d.end <= before and _VERB_BEFORE_DAY.search(ctx.text, max(0, d.start - 30), d.start):
            return d
    return None


def meeting_date(ctx: Context, sentence: Span, body: ActorHit | None = None) -> DateMention | None:
    """The date of the body's meeting the page reports, nearest before the sentence."""
    meeting = meeting_before(ctx, sentence.start, dated=True, body=body)
    return meeting.date if meeting else None


def with_meeting_day(
    ctx: Context, sentence: Span, when: DateMention | None, body: ActorHit | None = None
) -> DateMention | None:
    """`when`, or the reported meeting's day when `when` names only that meeting's month
    ("sammanträdet i juni" under the heading "Kommunfullmäktige 25 juni 2024")."""
    if when is not None and when.precision is not DatePrecision.MONTH:
        return when
    met = meeting_date(ctx, sentence, body)
    if when is None or met is None or met.precision is not DatePrecision.DAY:
        return when or met
    return met if (met.value or "")[:7] == (when.value or "-")[:7] else when


def decision_date(
    ctx: Context, sentence: Span, verb_start: int, verb_end: int, body: ActorHit | None = None
) -> DateMention | None:
    """The sentence's own date of the decision, else the date of the body's meeting (its
    day, when the sentence names only the month)."""
    return with_meeting_day(ctx, sentence, own_date(ctx, sentence, verb_start, verb_end), body)


_LEAD_REACH = 1500  # "Regeringen har i dag beslutat att ge X, Y och Z i uppdrag ..."


def lead_date(
    earlier: list[tuple[str, int, DateMention | None]], body_id: str, start: int
) -> DateMention | None:
    """The date of the giver's decision shortly before an undated task it gives
    ("Regeringen har i dag beslutat att ge A och B i uppdrag ... A får i uppdrag att"):
    `earlier` holds the decisions read so far as (body id, end, date)."""
    for giver, end, when in reversed(earlier):
        if start - end > _LEAD_REACH:
            return None
        if giver == body_id:
            return when
    return None

"""The words by which a sentence reports a meeting, and those that make it one to come.

Why apart: ingest.rules.decision_page reads meetings from headers, headings and
sentences; a sentence reports one by these words ("sammanträdde", "vid mötet", "de
ärenden som beslutades av ...", "Regionstyrelsen i korthet, 2013-12-19") unless it
speaks of a meeting still to come ("ska behandlas på sammanträdet i februari"), of a
deadline ("att till kommunstyrelsens sammanträde 5 november ta fram ...") or of an
earlier meeting as background ("Efter regionstyrelsens sammanträde 2018-03-22 har ...");
and the dates of a minutes' posting and signing, which are no meeting's.
"""

from __future__ import annotations

import re

from ingest.language.regex_guard import compile_guarded

__all__ = [
    "EARLIER_MEETING",
    "MEETING_WORD",
    "NOTICE_DATE",
    "TO_COME",
    "meeting_day",
    "owns_meeting",
]

# Not the plural ("kommunstyrelsens möten", "sammanträden"): meetings in general. In any
# compound ("fullmäktigesammanträdet") and inflection ("har sammanträtt"); not a meeting
# where nothing is decided ("Ett samrådsmöte har ägt rum den 4 februari").
_NOT_DECIDING = (
    r"(?!(?:samråds|informations|dialog|uppstarts|medborgar|nätverks|frukost|start)möte)"
)
MEETING_WORD = compile_guarded(
    # "Regionstyrelsen i korthet, 2013-12-19": a meeting's report by its body and day
    r"\b(?:\w*sammantr(?:äd(?!ena?\b)|ätt)\w*|"
    + _NOT_DECIDING
    + r"\w*möte(?:ts?|s)?|"
    + _NOT_DECIDING
    + r"\w+mötet"
    r"|\w*referat|i\s+korthet"
    # "en sammanfattning av beslut och diskussioner i kommunstyrelsen, 9 november"
    r"|sammanfattning\s+av\s+(?:[\w-]+\s+){0,3}?beslut(?:en)?"
    # "en kort sammanfattning från kvällens fullmäktige", "Sammanfattning av fullmäktige 15/12"
    r"|sammanfattning\s+(?:från|av)(?=\s+(?:\w+s\s+)?[\wåäö-]*(?:fullmäktige|styrelse|nämnd"
    r"|utskott)\b)"
    r"|fattade\s+(?:beslutet|beslut)"
    r"|beslut(?:en)?\s+som\s+(?:togs|fattades)\s+(?:vid|på|av)"
    r"|ärende\w*\s+som\s+(?:\w+\s+och\s+)?(?:beslutades|behandlades)"
    # "Två motioner bifölls under dagens kommunfullmäktige": a body's meeting of the day
    r"|(?:under|vid|på)\s+(?:dagens|kvällens|förmiddagens|eftermiddagens)"
    r"(?=\s+[\wåäö-]*(?:fullmäktige|styrelse|nämnd|utskott)\b)"
    # "Några av ärendena på dagens kommunstyrelse": the items of a body's meeting
    r"|ärenden(?:a)?\s+(?:på|vid|från)(?=\s+\w+s\s+[\wåäö-]*(?:fullmäktige|styrelse|nämnd)))\b",
    re.I,
)
# "Kommunfullmäktige den 25 augusti inleddes med ...": a sentence that opens with a body and
# its day names that body's meeting ("På socialnämnden den 11 mars ..." recalls an earlier one)
BODY_DAY = re.compile(
    r"\W*[\wåäö-]*(?:fullmäktige|styrelsen|nämnden)\s+den(?=\s+\d{1,2}\s+[a-zåäö]{3,9}\b)",
    re.I,
)
TO_COME = re.compile(
    r"\b(?:ska|skall|kommer\s+att|planeras|föreslår|nästa)\b"
    r"|\b(?:till|inför)\s+(?:[\w-]+s\s+)?\w*(?:sammanträde|möte)",
    re.I,
)
# "Efter regionstyrelsens sammanträde 2018-03-22 har ett fel upptäckts", "sedan förra
# mötet": another, earlier meeting told as background, not the one the page reports.
EARLIER_MEETING = re.compile(
    r"\b(?:efter|sedan|före)\s+(?:förra\s+|senaste\s+|föregående\s+)?(?:[\w-]+s\s+)?"
    r"\w*(?:sammanträde|möte)t?\b|\bförra\s+\w*(?:sammanträdet|mötet)\b",
    re.I,
)


# "Datum för anslag 2020-10-08", "Justeringsdatum": when the minutes were posted or
# signed, not when the body met.
NOTICE_DATE = re.compile(
    r"(?:anslag\w*|tas\s+(?:bort|ned)|nedtag\w*|juster\w*|publicerad|uppdaterad)[^\n]{0,40}$"
    # "Justeringens plats och tid Kultur- och fritidsförvaltningen den 1 oktober 2013"
    r"|justeringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats)[^\n]{0,80}$",
    re.I,
)


# "Mötet behandlade ... Trafikverkets arbete med ...": a genitive before a common noun
# names whose thing the meeting discussed, not whose meeting it was.
_THING_GENITIVE = re.compile(
    r"s\s+(?!(?:[a-zåäö]+\s+){0,2}(?:beslut|protokoll|styrelse|fullmäktige|arbetsutskott|"
    r"\w*sammanträd|\w*möte))[a-zåäö]"
)


def owns_meeting(text: str, start: int, end: int, name: str) -> bool:
    """The body named at text[start:end] may own the meeting a sentence reports: it is no
    genitive before a common noun."""
    if text[start:end].endswith("s") and not name.endswith("s"):
        end -= 1
    return _THING_GENITIVE.match(text, end) is None


def meeting_day(rule: str, text: str) -> bool:
    """A date that names a meeting's day ("från kvällens fullmäktige", "under tisdagens
    möte"): the page's day or a weekday's genitive, never a period ("under 2024")."""
    return rule == "date.dagens" or (rule == "date.the_weekday" and text.lower().endswith("s"))

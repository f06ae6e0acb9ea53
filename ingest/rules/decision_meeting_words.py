"""The words by which a sentence reports a meeting, and those that make it one to come.

Why apart: ingest.rules.decision_page reads meetings from headers, headings and
sentences; a sentence reports one by these words ("sammanträdde", "vid mötet", "de
ärenden som beslutades av ...") unless it speaks of a meeting still to come ("ska
behandlas på sammanträdet i februari") or of a deadline ("att till kommunstyrelsens
sammanträde 5 november ta fram ..."); and the dates of a minutes' posting and signing,
which are no meeting's.
"""

from __future__ import annotations

import re

__all__ = ["MEETING_WORD", "NOTICE_DATE", "TO_COME"]

# Not the plural ("kommunstyrelsens möten", "sammanträden"): meetings in general. In any
# compound ("fullmäktigesammanträdet") and inflection ("har sammanträtt").
MEETING_WORD = re.compile(
    r"\b(?:\w*sammantr(?:äd(?!ena?\b)|ätt)\w*|\w*möte(?:ts?|s)?|\w+mötet|\w*referat"
    r"|fattade\s+(?:beslutet|beslut)"
    r"|beslut(?:en)?\s+som\s+(?:togs|fattades)\s+(?:vid|på|av)"
    r"|ärende\w*\s+som\s+(?:\w+\s+och\s+)?(?:beslutades|behandlades))\b",
    re.I,
)
TO_COME = re.compile(
    r"\b(?:ska|skall|kommer\s+att|planeras|föreslår|nästa)\b"
    r"|\b(?:till|inför)\s+(?:[\w-]+s\s+)?\w*(?:sammanträde|möte)",
    re.I,
)


# "Datum för anslag 2020-10-08", "Justeringsdatum": when the minutes were posted or
# signed, not when the body met.
NOTICE_DATE = re.compile(
    r"(?:anslag\w*|tas\s+(?:bort|ned)|nedtag\w*|juster\w*|publicerad|uppdaterad)[^\n]{0,25}$",
    re.I,
)

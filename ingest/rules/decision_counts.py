"""A lead that counts the decisions the page then states one by one.

Why apart: "beslutat om tre nya uppdrag", "har gett ett tiotal myndigheter i uppdrag"
state no decision of their own (ingest.rules.decision_filters), and they open the list of
the decisions that follow (ingest.rules.decision_counted_leads).
"""

from __future__ import annotations

import re

__all__ = ["counts_decisions", "decision_count"]

# A lead that counts the decisions the page then states one by one: "beslutat om tre nya
# uppdrag", "har gett ett tiotal myndigheter i uppdrag", "tagit flera beslut".
_SUMMARY = re.compile(
    # ("beslutades om en del ärenden": passive, and an unsized count)
    r"\b(?:beslutat?|beslutade|beslutades|beslut|fattat)\s+(?:om\s+|i\s+)?(?:tre|fyra|fem|sex|"
    r"två|flera|ett\s+antal|några|många|en\s+rad|en\s+del|\d+)\s+(?:nya\s+)?"
    r"(?:uppdrag|beslut|ärenden|frågor)\b"
    r"|\btagit\s+(?:flera|några|ett\s+antal)\s+beslut\b"
    # "SGU har fått två nya regeringsuppdrag": the tasks follow the count
    r"|\b(?:fått|får|fick|ger|gav|gett)\s+(?:\w+\s+)?(?:två|tre|fyra|fem|sex|flera|några"
    r"|ett\s+antal|\d+)\s+(?:nya\s+)?(?:regerings)?uppdrag\b"
    # a meeting report's lead: "Flera beslut klubbades på måndagens kommunfullmäktige",
    # "Följande ärenden beslutades på ...", "Vad beslutades på ...?", "Det klubbades under
    # dagens möte": the decisions follow it
    r"|^\W*(?:flera|några|följande|många|ett\s+antal|en\s+rad)\s+(?:\w+\s+)?"
    r"(?:beslut|ärenden)\s+(?:\w+\s+)?(?:klubbades|beslutades|togs|fattades|behandlades)\b"
    r"|^\W*vad\s+(?:beslutades|klubbades|beslutade\s+\w+)\b"
    r"|^\W*det\s+(?:klubbades|beslutades)\s+(?:under|på|vid)\b"
    # "Här är några av de ärenden som nämnden tog upp": a lead, the items follow
    r"|\b(?:några|flera|ett\s+urval|ett\s+par)\s+av\s+(?:de\s+)?(?:ärenden|beslut)\w*\s+som\b"
    # "39 av uppdragen beslutades medan övriga avslogs": a count of the matters decided
    r"|^\W*(?:\d+|alla|samtliga|flera|några)\s+av\s+(?:de\s+)?(?:\w+\s+){0,2}?"
    r"(?:uppdrag|ärende|motion|förslag|beslut)\w*\s+(?:beslutades|bifölls|avslogs|godkändes)\b"
    r"|\b(?:gett|gav|ger|givit)\s+(?:ett\s+(?:tiotal|tjugotal|antal)|flera|några|två|tre|fyra"
    r"|fem|sex|sju|åtta|nio|tio|\d{1,2})\s+(?:\w+\s+)?\w+(?:er|or|ar)\s+i\s+uppdrag\b",
    re.I,
)


def decision_count(text: str) -> re.Match[str] | None:
    """Where a lead counts its decisions ("fattat beslut i en rad ärenden"), if it does."""
    return _SUMMARY.search(text)


def counts_decisions(text: str) -> bool:
    """A lead counting the decisions stated after it ("har beslutat om tre nya uppdrag");
    its body gives the tasks that follow."""
    return decision_count(text) is not None

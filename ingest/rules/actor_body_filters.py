"""Where a body's name names no acting body: on the page editor's line, in a minutes'
field for where it sat or is kept, in an address, as a field of work, or as a -het noun."""

from __future__ import annotations

import re

from ingest.language.date_words import WEEKDAYS

__all__ = ["no_body"]

# "Energikontoret i Västernorrland": a regional energy agency (read in other_orgs), also
# when the page goes on to call it "Energikontoret".
_ENERGY_AGENCY = re.compile(r"\bEnergikontor(?:et)?[ \t]+(?:i[ \t]+)?[A-ZÅÄÖ]")

# The page's editor is no actor: "Sidansvarig: Kommunikationsavdelningen".
_EDITOR_LINE = re.compile(r"\s*(?:Sidansvarig|Dokumentansvarig|Sidan\s+ansvarar)\b", re.I)
# Minutes' fields: where they are kept, where the meeting sat ("Plats och tid
# Kommunkontoret, Malung", "Plats: Kommunkontoret, Hammarstrand") is no actor.
_KEPT_AT = re.compile(
    r"(?:(?i:Förvaringsplats\w*|plats\s+och\s+tid)(?:\s+\w+){0,3}\s*:?|\bPlats\s*:)\s*$"
)
# An office as the meeting's venue: "Kommunkontoret, Surahammar Måndag", "Kommunkontoret
# i Bergsjö. Onsdag", "kommunkontoret i Bengtsfors, klockan 13.30", "Kommunkontoret, Kisa
# klockan" with its hours left blank, "..., Hammarstrand Tid:" (a dated office alone
# signs a memo: "Ledningskontoret 2002-12-19").
_WEEKDAY = "(?:" + "|".join(f"[{d[0].upper()}{d[0]}]{d[1:]}" for d in WEEKDAYS) + r")\b"
_VENUE_AFTER = re.compile(
    r"(?:,?\s+(?:i\s+)?[A-ZÅÄÖ][a-zåäö]+[.,]?\s+(?:\d{4}-\d\d-\d\d|(?:klockan\b|kl\.?\s*\d)|Tid\b|"
    + _WEEKDAY
    + r")"
    r"|\s+" + _WEEKDAY + r")"
)
# An e-mail or web address ("socialnamnden@", "kulturnamnden.se") names no body.
_IN_ADDRESS = re.compile(r"@|\.[a-z]{2,}\b")
# "socialtjänstens verksamhetsområde", "nämndens ansvarsområden": a body's genitive
# naming a field of work, not the body acting.
_FIELD_AFTER = re.compile(r"(?<=s)\s+(?:[a-zåäö]+s)?områden?a?\b")
# "medvetenheten", "lägenheten", "öppenheten": an adjective's -het noun, not a unit
# named "-enheten" ("Vuxenenheten", "miljöenheten", "HR-enheten" end their first part
# in a vowel, -s, -r, -n or a hyphen; "Tekniska enheten" is two words).
_NOT_A_UNIT = re.compile(r"^[a-zåäö]+[^aeiouyåäösrn\s-]enhet(?:en|ens)$", re.I)


def no_body(text: str, m: re.Match[str]) -> bool:
    """Whether the body name matched at m stands where it names no acting body."""
    return bool(
        _EDITOR_LINE.match(text, text.rfind("\n", 0, m.start()) + 1)
        or _NOT_A_UNIT.search(m.group(0))
        or _KEPT_AT.search(text, max(0, m.start() - 40), m.start())
        or _IN_ADDRESS.match(text, m.end())
        or (m.group(0).endswith("kontoret") and _VENUE_AFTER.match(text, m.end()))
        or _FIELD_AFTER.match(text, m.end())
        or (m.group(0) == "Energikontoret" and _ENERGY_AGENCY.search(text) is not None)
    )

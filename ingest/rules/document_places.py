"""The county a document's title names as what it is for.

"Oljeskyddsplan för Blekinge län" on a municipality's page, "färdplan för hur Gotland
ska ..." by a national agency: a document for a county is the county's (regional,
scoped to it), whoever writes or adopts it. A municipality's name ("för Uppsala",
"för Gotlands kommun") names no county, unless the municipality is its county's only
one and no "kommun" follows (Gotland).

A strategy or programme for a policy area in the definite form ("strategi för alkohol-,
narkotika-, dopnings- och tobakspolitiken") is the country's, whoever names it; so is a
steering document of the country known by its name ("ANDT-strategin", "den
klimatpolitiska handlingsplanen"; gazetteers/national_documents.csv).
"""

from __future__ import annotations

import re
from functools import cache

from graph.nodes import DocumentKind
from ingest.language.gazetteer import (
    county_by_name,
    municipalities,
    municipality_by_name,
    national_documents,
    regions,
)
from ingest.rules.document_stoplist import NATIONAL_PROGRAMMES

_PLACE = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:\s+[A-ZÅÄÖ][a-zåäö]+)?)"
    r"(?P<lan>\s+län\b)?(?P<kommun>s?\s+kommuns?\b)?"
)
# A place after the topic's own words: "för X", "i X län", "för hur X ska ...".
_FOR = re.compile(
    r"(?:^|\s)(?:för|i|inom|på)\s+(?:(?:hela|hur|att)\s+)?(?:ett\s+|en\s+)?"
    r"(?:[a-zåäö]+\s+){0,5}$"
)


@cache
def _sole_municipality(county_code: str) -> str | None:
    """The code of a county's only municipality, if it has one only."""
    codes = [m.code for m in municipalities() if m.county_code == county_code]
    return codes[0] if len(codes) == 1 else None


def _county_of(name: str) -> str | None:
    county = county_by_name(name)
    if county is not None:
        return county.code
    for region in regions():
        if any(n.lower() == f"region {name.lower()}" for n in (region.name, *region.aliases)):
            return region.county_code
    return None


def place_county(topic: str | None) -> str | None:
    """The county code a document's topic names as its place, else None."""
    if not topic:
        return None
    for m in _PLACE.finditer(topic):
        if m.group("kommun") or not _FOR.search(topic, 0, m.start()):
            continue
        name = m.group("name")
        if m.group("lan"):
            code = _county_of(name) or _county_of(name.removesuffix("s"))
            if code is not None:
                return code
            continue
        code = _county_of(name)
        if code is None:
            continue
        town = municipality_by_name(name)
        if town is None or _sole_municipality(code) == town.code:
            return code
    return None


# "strategi för alkohol-, narkotika-, dopnings- och tobakspolitiken": a policy area in the
# definite form is the country's; a municipality's says "drogpolitiskt program".
_POLICY_AREA = re.compile(r"\w*politiken\b", re.I)
# "En strategi för ... i hela landet": the whole country's.
_WHOLE_COUNTRY = re.compile(r"\b(?:i|för)\s+hela\s+(?:landet|Sverige)\b")


def national_name(word: str, topic: str | None, det: str, kind: DocumentKind) -> bool:
    """A national programme ("landsbygdsprogrammet"; "ett nytt landsbygdsprogram" is the
    page owner's own), a document for the whole country ("... i hela landet"), or one for a
    policy area ("... och tobakspolitiken") that is no guideline ("Riktlinjer för
    bostadspolitiken" are a municipality's)."""
    if word.lower() in NATIONAL_PROGRAMMES:
        return det not in ("en", "ett")
    if topic and _WHOLE_COUNTRY.search(topic):
        return True
    return bool(topic and _POLICY_AREA.search(topic)) and kind is not DocumentKind.GUIDELINE


@cache
def _known_national() -> tuple[re.Pattern[str], dict[str, str]]:
    titles = {
        a.lower(): title for title, aliases in national_documents() for a in (title, *aliases)
    }
    alternatives = "|".join(re.escape(a) for a in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<![\wåäö-])(?:{alternatives})$", re.I), titles


def known_national(mention: str) -> str | None:
    """The title of the country's steering document a mention ends in ("genomförandet av
    ANDT-strategin" -> "ANDT-strategi"), else None."""
    pattern, titles = _known_national()
    m = pattern.search(" ".join(mention.split()))
    return titles[m.group().lower()] if m else None

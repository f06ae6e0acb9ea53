"""The words Swedish dates are written with: months, their abbreviations and slips,
weekdays and ordinal days (ingest.language.dates reads dates with them)."""

from __future__ import annotations

__all__ = ["MONTHS", "ORDINALS", "SHORT_MONTHS", "SLIPS", "WEEKDAYS"]

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "mars": 3,
    "april": 4,
    "maj": 5,
    "juni": 6,
    "juli": 7,
    "augusti": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
# "dec16" in an address, "Okt 28, 2005" in a newsroom's line: a month by its first three
# letters (Swedish: maj, okt) -> its number.
SHORT_MONTHS: dict[str, int] = {name[:3]: number for name, number in MONTHS.items()}
WEEKDAYS: dict[str, int] = {
    "måndag": 0,
    "tisdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lördag": 5,
    "söndag": 6,
}
# "den andra juni 2021": a day written as an ordinal word.
_ORDINAL_UNITS = (
    "första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde"
)  # fmt: skip
ORDINALS: dict[str, int] = {
    **{word: i + 1 for i, word in enumerate(_ORDINAL_UNITS)},
    **{"tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13, "fjortonde": 14},
    **{"femtonde": 15, "sextonde": 16, "sjuttonde": 17, "artonde": 18, "nittonde": 19},
    **{"tjugonde": 20, "trettionde": 30, "trettioförsta": 31},
    **{"tjugo" + word: 21 + i for i, word in enumerate(_ORDINAL_UNITS)},
}
# A month name with two neighbouring letters swapped ("janauri", "okotber"): a typing slip,
# read as the month; only for names long enough that the slip makes no other word.
SLIPS: dict[str, int] = {
    name[:i] + name[i + 1] + name[i] + name[i + 2 :]: number
    for name, number in MONTHS.items()
    if len(name) >= 6
    for i in range(1, len(name) - 1)
    if name[i] != name[i + 1]
}

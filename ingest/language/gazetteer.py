"""Gazetteers: municipalities, counties, national bodies and known committees.

The CSV files live in ``ingest/gazetteers/`` (see its README for sources and
licences). They are read once and cached; lookups are by folded name so that
case and the genitive ``s`` do not matter.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph.nodes import OrganizationKind

DATA_DIR = Path(__file__).resolve().parent.parent / "gazetteers"


_IRREGULAR_OFFICIAL = {"Falun": "Falu kommun", "Gotland": "Region Gotland"}


@dataclass(frozen=True, slots=True)
class Municipality:
    code: str  # 4-digit SCB kommunkod
    name: str  # bare name, e.g. "Kramfors"
    county_code: str  # 2-digit länskod

    @property
    def official_name(self) -> str:
        """'Kramfors kommun', 'Mora kommun', but 'Trelleborgs kommun': the genitive s
        is added after a final consonant other than s, x, z (SCB's official names)."""
        if self.name in _IRREGULAR_OFFICIAL:
            return _IRREGULAR_OFFICIAL[self.name]
        last = self.name[-1].lower()
        if last in "aeiouyåäöé" or last in "sxz":
            return f"{self.name} kommun"
        return f"{self.name}s kommun"


@dataclass(frozen=True, slots=True)
class County:
    code: str  # 2-digit länskod
    name: str  # "Västernorrlands län"
    short_name: str  # "Västernorrland"
    aliases: tuple[str, ...] = ()  # names in common use: "Sörmland", "Jämtland Härjedalen"

    @property
    def genitive(self) -> str:
        """'Västernorrlands' (as in 'Länsstyrelsen i Västernorrlands län')."""
        return self.name.removesuffix(" län")


@dataclass(frozen=True, slots=True)
class NationalBody:
    key: str
    name: str
    kind: OrganizationKind
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Region:
    county_code: str  # 2-digit länskod
    name: str  # official: "Region Skåne", "Västra Götalandsregionen"
    aliases: tuple[str, ...]
    # The region's web sites, current first ("vgregion.se"), then the county council's
    # former host ("sll.se"), which archived pages still carry.
    hosts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CountyAssociation:
    """A county's association of municipalities that goes by a name of its own."""

    county_code: str
    name: str  # "Storsthlm", "Skånes Kommuner"
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownCommittee:
    municipality_code: str
    name: str
    aliases: tuple[str, ...]


def fold(name: str) -> str:
    """Case- and space-insensitive lookup key."""
    return " ".join(name.split()).casefold()


def _read(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _aliases(cell: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in cell.split(";") if a.strip())


@cache
def municipalities() -> tuple[Municipality, ...]:
    return tuple(
        Municipality(code=r["kommunkod"], name=r["name"], county_code=r["lanskod"])
        for r in _read("kommuner.csv")
    )


@cache
def counties() -> tuple[County, ...]:
    return tuple(
        County(
            code=r["lanskod"],
            name=r["name"],
            short_name=r["short_name"],
            aliases=_aliases(r["aliases"]),
        )
        for r in _read("lan.csv")
    )


@cache
def national_bodies() -> tuple[NationalBody, ...]:
    return tuple(
        NationalBody(
            key=r["key"],
            name=r["name"],
            kind=OrganizationKind(r["kind"]),
            aliases=_aliases(r["aliases"]),
        )
        for r in _read("national_bodies.csv")
    )


@cache
def associations() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """National associations, unions, study associations and networks (associations.csv):
    (name, aliases); names and aliases are matched as written (acronyms in capitals)."""
    return tuple((r["name"], _aliases(r["aliases"])) for r in _read("associations.csv"))


@cache
def programmes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """National and EU programmes and methods that go by a name of their own
    (programmes.csv): (name, aliases), matched as written."""
    return tuple((r["name"], _aliases(r["aliases"])) for r in _read("programmes.csv"))


@cache
def national_documents() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Steering documents of the country that pages name without saying whose
    (national_documents.csv): (title, inflected aliases), matched case-insensitively."""
    return tuple((r["name"], _aliases(r["aliases"])) for r in _read("national_documents.csv"))


@cache
def first_names() -> frozenset[str]:
    """Common Swedish given names (first_names.txt), to find where a name starts."""
    lines = (DATA_DIR / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def given_name(word: str) -> bool:
    """A given name, or a double one whose parts are ("Bengt-Göran", "Sara-Lena")."""
    names = first_names()
    if word in names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p in names for p in parts)


@cache
def regions() -> tuple[Region, ...]:
    return tuple(
        Region(
            county_code=r["lanskod"],
            name=r["name"],
            aliases=_aliases(r["aliases"]),
            hosts=_aliases(r["host"]),
        )
        for r in _read("regions.csv")
    )


def region_by_code(code: str) -> Region | None:
    return next((r for r in regions() if r.county_code == code), None)


@cache
def county_associations() -> tuple[CountyAssociation, ...]:
    return tuple(
        CountyAssociation(county_code=r["lanskod"], name=r["name"], aliases=_aliases(r["aliases"]))
        for r in _read("county_associations.csv")
    )


def county_association_by_code(code: str | None) -> CountyAssociation | None:
    return next((a for a in county_associations() if a.county_code == code), None)


@cache
def known_committees() -> tuple[KnownCommittee, ...]:
    return tuple(
        KnownCommittee(
            municipality_code=r["kommunkod"], name=r["name"], aliases=_aliases(r["aliases"])
        )
        for r in _read("committees.csv")
    )


@cache
def _municipality_index() -> dict[str, Municipality]:
    index: dict[str, Municipality] = {}
    for m in municipalities():
        index[fold(m.name)] = m
        index[fold(m.official_name)] = m
        index[fold(f"{m.name}s kommun")] = m  # "Sundsvalls kommun"
    return index


@cache
def _county_index() -> dict[str, County]:
    index: dict[str, County] = {}
    for c in counties():
        for form in (c.name, c.short_name, c.genitive, *c.aliases, *(a + "s" for a in c.aliases)):
            index[fold(form)] = c
    return index


def municipality_by_name(name: str) -> Municipality | None:
    """'Kramfors', 'Kramfors kommun' -> Kramfors (2282)."""
    return _municipality_index().get(fold(name))


@cache
def _seat_index() -> dict[str, str]:
    return {fold(r["seat"]): r["kommunkod"] for r in _read("seats.csv")}


def municipality_by_seat(place: str) -> Municipality | None:
    """'Kisa' -> Kinda (0513): the seat of a municipality named otherwise."""
    code = _seat_index().get(fold(place))
    return municipality_by_code(code) if code else None


def municipality_by_code(code: str) -> Municipality | None:
    return next((m for m in municipalities() if m.code == code), None)


def county_by_name(name: str) -> County | None:
    """'Västernorrland', 'Västernorrlands län', 'Västernorrlands' -> 22."""
    return _county_index().get(fold(name))


def county_by_code(code: str) -> County | None:
    return next((c for c in counties() if c.code == code), None)


def county_board_by_name(name: str) -> County | None:
    """The county of 'Länsstyrelsen Västernorrland' / 'Länsstyrelsen i Västernorrlands län'."""
    folded = fold(name)
    for prefix in ("länsstyrelsen i ", "länsstyrelsens ", "länsstyrelsen "):
        if folded.startswith(prefix):
            return county_by_name(folded.removeprefix(prefix))
    return None


def national_body_by_name(name: str) -> NationalBody | None:
    folded = fold(name)
    for body in national_bodies():
        if folded in {fold(n) for n in (body.name, *body.aliases)}:
            return body
    return None


@cache
def province_names() -> frozenset[str]:
    """The 25 provinces (landskap) and their short forms ("Dala", "Sörmland"), folded:
    a document named on one ("Hälsinglandsstrategin") is named on a place."""
    rows = _read("landskap.csv")
    return frozenset(fold(n) for r in rows for n in (r["name"], *_aliases(r["aliases"])))


def _names_place(name: str) -> bool:
    """A county's, municipality's or province's name."""
    return (
        bool(county_by_name(name) or municipality_by_name(name)) or fold(name) in province_names()
    )


def on_place(modifier: str) -> bool:
    """Whether a compound's first part is a county's, region's, municipality's or
    province's name ("Värmlands-", "Skåne-", "Dala-"), with or without its linking s."""
    folded = modifier.rstrip("-")
    return any(n and _names_place(n) for n in (folded, folded.removesuffix("s")))

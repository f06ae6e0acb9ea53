"""Rescue services, shelters, associations and regional federations, by their
names' productive heads; a few national civil-society bodies by name.

Why: safety and violence pages name the partners that carry the work:
"Räddningstjänst Väst", "Bergslagens Räddningstjänst", "Nerikes Brandkår", "Agera
Kvinnojour", "Kvinnojouren Duvan", "Astma- och Allergiföreningen i Örebro län",
"Regionförbundet i Kalmar län". A bare "räddningstjänsten" or "kvinnojouren" names
no one and is left alone.

Rules (kind other unless said; id `Organization:org:<slug of the name>`):
- actor.other.rescue: "<Name>s räddningstjänst|brandkår|brandförsvar" and
  "Räddningstjänst(en)|Brandkåren <Name> [<Name>]".
- actor.other.shelter: a capitalised "-jour(en)" compound with a name before or
  after it ("Agera Kvinnojour", "Tjejjouren Väst"), or alone mid-sentence
  ("Brottsofferjouren"); "<Name> kvinnojour".
- actor.other.association: a capitalised "-föreningen", "-förbundet" or "-sällskapet"
  compound, with "i <place> (län)" when it follows ("Hyresgästföreningen", "Astma- och
  Allergiföreningen i Örebro län", "Riksidrottsförbundet"), or a name before an indefinite
  "-förening", "-klubb" or "-sällskap" ("Fagersta jaktklubb"); a bare public federation
  ("Kommunalförbundet", "Samordningsförbundet") is left to the rules that place it.
- actor.other.association_known: national associations, unions, study associations and
  networks by name or alias (ingest/gazetteers/associations.csv: "LRF", "Företagarna");
  with a county's or an area's name after it, that branch ("LRF Mälardalen",
  "Hushållningssällskapet Skåne").
- actor.other.known: national civil-society and emergency bodies the domain's pages
  name in lower case too (SOS Alarm, Brottsofferjouren, Rädda Barnen, ...).
- actor.agency.police_area: the Police's areas (ingest.rules.actor_police_areas).
- actor.municipal_association.regionforbund: "Regionförbundet i <county> län",
  "Regionförbundet <county>", "Regionförbundet <compass> <place>" or "Regionförbundet
  ÖSTSAM" (named as written), and a bare "regionförbundet": the one the page names, else its home
  county's (kind municipal_association).
- actor.municipal_association.named_federation: "Samordningsförbundet <Place>",
  "Kommunalförbundet <compass> <Place>": a public federation's own name (kind
  municipal_association).
A name that overlaps an organisation already found is left to it.
"""

from __future__ import annotations

import re
from functools import cache

from graph.nodes import OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.gazetteer import (
    associations,
    county_by_code,
    county_by_name,
    fold,
    municipality_by_name,
    regions,
)
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_company_forms import COMPANY_RULES
from ingest.rules.actor_compass import COMPASS_PREFIX, compass_branches
from ingest.rules.actor_genitives import genitive_name
from ingest.rules.actor_police_areas import police_area_hits

__all__ = ["civil_org_hits"]

CONF_CIVIL = 0.7

_NAME = r"[A-ZÅÄÖ][a-zåäö]+"
# Capitalised words that are no names: sentence openers and generic genitives.
_GENERIC = frozenset(
    {
        "Kommunens",
        "Regionens",
        "Länets",
        "Stadens",
        "Sveriges",
        "Den",
        "Det",
        "En",
        "Ett",
        "Varje",
        "Vår",
        "Deras",
    }
)
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "actor.other.rescue",
        re.compile(
            rf"\b(?P<gen>{_NAME}s)\s+(?:[Rr]äddningstjänst|[Bb]randkår|[Bb]randförsvar)\b"
            rf"|\b(?:Räddningstjänst(?:en)?|Brandkåren)\s+{_NAME}(?:\s+{_NAME})?\b"
        ),
    ),
    (
        "actor.other.shelter",
        re.compile(
            rf"\b(?P<gen>{_NAME})\s+(?:[A-ZÅÄÖ]|[a-zåäö])[a-zåäö]{{2,}}jour\b"
            rf"|\b[A-ZÅÄÖ][a-zåäö]{{2,}}jour(?:en)?(?:\s+{_NAME})?\b"
        ),
    ),
    (
        "actor.other.association",
        re.compile(
            rf"\b{COMPASS_PREFIX}(?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+)?[A-ZÅÄÖ][a-zåäö]{{2,}}"
            r"(?:föreningen|förbundet|sällskapet)"
            # "Riksförbundet SPES": the association's own acronym is part of its name
            r"(?:\s+[A-ZÅÄÖ]{2,6}\b)?"
            rf"(?:\s+i\s+{_NAME}(?:\s+län)?)?\b"
            # "Kilafors Biografteaterförening", "Fagersta jaktklubb": a place's or a name's
            # club, by an indefinite compound after it.
            rf"|\b{COMPASS_PREFIX}(?P<gen>{_NAME})\s+[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}(?:förening|klubb|sällskap)\b"
        ),
    ),
)
_KNOWN = {
    "SOS Alarm": re.compile(r"\bSOS\s+Alarm\b"),
    "Brottsofferjouren": re.compile(r"\b[Bb]rottsofferjouren\b"),
    "Rädda Barnen": re.compile(r"\bRädda\s+Barnen\b"),
    "Röda Korset": re.compile(r"\bRöda\s+[Kk]orset\b"),
    "Unizon": re.compile(r"\bUnizon\b"),
    "Roks": re.compile(r"\bRoks\b"),
}
# A local police area or police region is the Police acting there.
# A compass word before a place is part of a federation's name ("södra Småland").
_COMPASS = r"(?:norra|södra|östra|västra|mellersta)"
_REGIONFORBUND = compile_guarded(
    r"\b(?:Regionförbundet\s+i\s+(?P<county>[A-ZÅÄÖ][a-zåäö]+s)\s+län"
    rf"|Regionförbundet\s+(?P<named>(?:{_COMPASS}\s+)?[A-ZÅÄÖ](?:[a-zåäö]+|[A-ZÅÄÖ]+))(?:\s+län)?"
    r"|[Rr]egionförbundet)\b"
)
# "Samordningsförbundet Roslagen", "Kommunalförbundet Östra Dal": a public federation's
# own name is its head and one or two place words on the same line.
_NAMED_FEDERATION = re.compile(
    rf"\b(?:Samordnings|Kommunal)förbundet[ \t]+(?:{_COMPASS}[ \t]+)?{_NAME}(?:[ \t]+{_NAME})?\b"
)


# "Kommunalförbundet", "Samordningsförbundet": a bare public federation is an anaphor, not a
# name (its named forms are read elsewhere).
_PUBLIC_FEDERATION = re.compile(
    r"(?:Kommunal|Kommun|Region|Samordnings|Räddningstjänst|Läns|Landstings)[a-zåäö]*förbundet$"
)


# Municipalities' federations by their head ("Höglandets Räddningstjänstförbund",
# "Sydnärkes Utbildningsförbund"); a rescue service named after its area ("Räddningstjänsten
# Östra Kronoberg") is one too, unless a company ("Räddningstjänsten Bergslagen AB") or
# a municipality's own service ("Räddningstjänsten Jönköping").
_FEDERATION = re.compile(
    r"(?:region|kommun|kommunal|samordnings|teknik|räddningstjänst|räddnings|brandförsvars|"
    r"utbildnings)förbund(?:et)?$|^Räddningstjänst(?:en)?\s(?!.*\sAB$)",
    re.I,
)


def municipal_federation(name: str) -> bool:
    """Whether an organisation's name is a federation of municipalities (as above)."""
    if _FEDERATION.search(name) is None:
        return False
    rest = re.sub(r"^Räddningstjänst(?:en)?\s+", "", name)
    return rest == name or municipality_by_name(rest) is None


@cache
def _association_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over associations.csv's names and aliases, and each surface's name."""
    canonical: dict[str, str] = {}
    for name, aliases in associations():
        for surface in (name, *aliases):
            canonical[" ".join(surface.split())] = name
    alternatives = sorted(canonical, key=len, reverse=True)
    body = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alternatives)
    # A first letter some name starts with, before trying 700 of them: 5x faster.
    firsts = "".join(sorted({re.escape(a[0]) for a in alternatives}))
    return re.compile(rf"(?<![\w-])(?=[{firsts}])(?:{body})(?=(?::?s)?(?![\w-]))"), canonical


@cache
def _region_places() -> frozenset[str]:
    """'Sörmland' of 'Region Sörmland': the place names the regions go by."""
    return frozenset(
        fold(label.split()[-1])
        for r in regions()
        for label in (r.name, *r.aliases)
        if label.startswith(("Region ", "Landstinget ")) and not label.endswith(" län")
    )


def _county_named(word: str | None) -> bool:
    """'Sörmland', 'Kalmar': a county's or region's place name (not any capitalised word);
    a compass word and a place ('södra Småland') names a part of the country."""
    if word is None:
        return False
    if re.match(rf"{_COMPASS}\s", word):
        return True
    stems = {word, word.removesuffix("s")}  # "Regionförbundet Sörmlands styrelse"
    return any(county_by_name(w) is not None or fold(w) in _region_places() for w in stems)


def _federation_name(surface: str) -> str:
    """'Regionförbundet Sörmlands' (genitive) -> 'Regionförbundet Sörmland'."""
    name = " ".join(surface.split())
    if name.endswith("s") and _county_named(name.split()[-1][:-1]):
        return name[:-1]
    return name


def _starts_sentence(ctx: Context, start: int) -> bool:
    sentence = ctx.sentence_of(start)
    return sentence is None or not ctx.text[sentence.start : start].strip()


def _candidates(ctx: Context) -> list[tuple[int, int, str, str, OrganizationKind]]:
    found: list[tuple[int, int, str, str, OrganizationKind]] = []
    for rule, pattern in (*_RULES, *COMPANY_RULES):
        for m in pattern.finditer(ctx.text):
            name = " ".join(m.group(0).split())
            words = name.split()
            if m.groupdict().get("gen") in _GENERIC:
                continue
            # "Regionförbundet i Jämtlands län": the head word decides, not the place after it.
            if rule == "actor.other.association" and any(
                _PUBLIC_FEDERATION.search(w) for w in words
            ):
                continue
            # "Kvinnojouren har ...", "Kontakta kvinnojour": a sentence's first word may be
            # no name.
            opens = _starts_sentence(ctx, m.start())
            placed = m.groupdict().get("gen") and municipality_by_name(words[0])  # "Fagersta"
            if opens and (len(words) == 1 or words[1][0].islower()) and not placed:
                continue
            kind = OrganizationKind.OTHER
            if municipal_federation(name):  # "Norra Sjukvårdsregionförbundet"
                kind = OrganizationKind.MUNICIPAL_ASSOCIATION
            end = m.end()
            if genitive_name(ctx.text, words[-1], end) and not m.groupdict().get("gen"):
                name, end = name[:-1], end - 1  # "Räddningstjänst Syds årsredovisning"
            found.append((m.start(), end, name, rule, kind))
    for start, end, name in compass_branches(ctx.text):  # "LRF Sydost"
        found.append((start, end, name, "actor.other.compass_branch", OrganizationKind.OTHER))
    pattern, canonical = _association_names()
    for m in pattern.finditer(ctx.text):
        name = canonical[" ".join(m.group(0).split())]
        found.append(
            (m.start(), m.end(), name, "actor.other.association_known", OrganizationKind.OTHER)
        )
    for name, pattern in _KNOWN.items():
        for m in pattern.finditer(ctx.text):
            found.append((m.start(), m.end(), name, "actor.other.known", OrganizationKind.OTHER))
    for m in _NAMED_FEDERATION.finditer(ctx.text):
        found.append(
            (
                m.start(),
                m.end(),
                " ".join(m.group(0).split()),
                "actor.municipal_association.named_federation",
                OrganizationKind.MUNICIPAL_ASSOCIATION,
            )
        )
    # "Regionförbundet Sörmland": the federation's own form of name; a bare
    # "regionförbundet" on its page is that one.
    own = [m for m in _REGIONFORBUND.finditer(ctx.text) if _county_named(m.group("named"))]
    for m in _REGIONFORBUND.finditer(ctx.text):
        county = m.group("county")
        named = m.group("named")
        if named is not None and named.isupper():  # "Regionförbundet ÖSTSAM": its own name
            found.append(
                (
                    m.start(),
                    m.end(),
                    f"Regionförbundet {named}",
                    "actor.municipal_association.regionforbund",
                    OrganizationKind.MUNICIPAL_ASSOCIATION,
                )
            )
            continue
        if named is not None and not _county_named(named):
            continue
        if own and county is None:
            name = _federation_name(own[0].group(0))
            found.append(
                (
                    m.start(),
                    m.end(),
                    name,
                    "actor.municipal_association.regionforbund",
                    OrganizationKind.MUNICIPAL_ASSOCIATION,
                )
            )
            continue
        if county is None:
            home = county_by_code(ctx.home_county) if ctx.home_county else None
            if home is None:
                continue
            county = home.genitive
        found.append(
            (
                m.start(),
                m.end(),
                f"Regionförbundet i {county} län",
                "actor.municipal_association.regionforbund",
                OrganizationKind.MUNICIPAL_ASSOCIATION,
            )
        )
    return sorted([_branch(ctx.text, f) for f in found], key=lambda f: (f[0], -(f[1] - f[0])))


# "LRF Mälardalen", "Hushållningssällskapet Skåne": an association's branch for a county or
# a part of the country, named by the place after the association's name.
_AREAS = frozenset({"mälardalen", "bergslagen", "norrland", "skaraborg", "sjuhärad", "fyrbodal"})
_PLACE_AFTER = re.compile(r"[ \t]+(?P<place>[A-ZÅÄÖ][a-zåäö]+)(?:[ \t]+län)?\b")
_BRANCHING = ("actor.other.association_known", "actor.other.association")


def _branch(
    text: str, found: tuple[int, int, str, str, OrganizationKind]
) -> tuple[int, int, str, str, OrganizationKind]:
    start, end, _name, rule, kind = found
    after = _PLACE_AFTER.match(text, end) if rule in _BRANCHING else None
    if after is None or not (_county_named(after["place"]) or fold(after["place"]) in _AREAS):
        return found
    end = after.end()
    genitive = after["place"].endswith("s") and end == after.end("place")
    if genitive and text[end : end + 2].rstrip().islower():
        end -= 1  # "Vårdförbundet Sörmlands delårsrapport": the genitive
    return start, end, " ".join(text[start:end].split()), rule, kind


def civil_org_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """The organisations of the rules above, outside those already found."""
    hits: list[ActorHit] = police_area_hits(ctx, sink)
    for start, end, name, rule, kind in _candidates(ctx):
        taken = [*ctx.actors, *hits]
        if any(a.start < end and start < a.end for a in taken):
            continue
        org = ids.other_organization(name, kind)
        if sink.mention(org, start, end, rule, CONF_CIVIL):
            hits.append(ActorHit(start, end, org.id, org.kind, org.name))
    return hits

"""County boards (and regions) named together or through their county's genitive.

Rules: actor.county_board.plural ("Länsstyrelserna i Gävleborg, Uppsala och Dalarna",
"länsstyrelserna i Stockholms och Uppsala län", "Länsstyrelserna Värmland och Örebro",
"Länsstyrelsen i Blekinge, Dalarna och Stockholm"): every item must be a county, or none
is taken; each names that county's board. actor.region.plural ("Regionerna i Kalmar,
Kronoberg och Jönköpings län"): each county's region. actor.county_board.genitive
("Länsstyrelsen i Värmlands projekt"): the county's genitive without "län", which the
gazetteer's "Länsstyrelsen i Värmlands län" does not cover; actor.county_board.named
("Länsstyrelsen i Blekinge"): the county's name alone, never the page's own county's board;
actor.county_board.headed ("landshövdingen i Kalmar län"): the county a governor or
länsråd serves names its board.
"""

from __future__ import annotations

import re

from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language import nlp
from ingest.language.gazetteer import County, county_by_name
from ingest.rules.actor_gazetteer import CONF_GAZETTEER, gazetteer_org

__all__ = ["county_board_hits"]

# "Västra Götaland", "Jämtlands", "Stockholm": one or two capitalised words.
_COUNTY = r"[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?"
_LIST = rf"(?P<list>{_COUNTY}(?:,\s+{_COUNTY})*\s+(?:och|samt)\s+{_COUNTY})(?:\s+län)?"
# "Länsstyrelsen i Blekinge, Dalarna, Stockholm och Västerbotten": one board per county
# however the noun is written.
_PLURAL = re.compile(rf"\b[Ll]änsstyrelse(?:rna\s+(?:i\s+)?|n\s+i\s+){_LIST}")
# "Regionerna i Kalmar, Kronoberg och Jönköpings län": each county's region.
_REGIONS = re.compile(rf"\b[Rr]egionerna\s+i\s+{_LIST}")
_GENITIVE = re.compile(rf"\b[Ll]änsstyrelsen\s+i\s+(?P<list>{_COUNTY})s\b(?!\s+län)")
# "Länsstyrelsen i Blekinge": the county's name without "län" (a city's is no county's).
_NAMED = re.compile(rf"\b[Ll]änsstyrelsen\s+i\s+(?P<list>{_COUNTY})\b(?!s\b)(?!\s+län)")
# "landshövdingen i Kalmar län Peter Sandwall": the county whose board the governor (or the
# länsråd) heads; the county's words stand for its board.
_HEADED = re.compile(
    rf"\b(?:[Ll]andshövding(?:en)?|[Ll]änsråd(?:et)?)\s+i\s+(?P<list>{_COUNTY})\s+län\b"
)


def _county(word: str) -> County | None:
    """'Gävleborg', 'Stockholms' (genitive) -> the county; 'Västra Götalands' too."""
    return county_by_name(word) or (county_by_name(word[:-1]) if word.endswith("s") else None)


def county_board_hits(ctx: Context, sink: FactSink) -> list[ActorHit]:
    """Each county board a plural or genitive phrase names, outside known organisations."""
    hits: list[ActorHit] = []
    for rule, pattern in (
        ("actor.county_board.plural", _PLURAL),
        ("actor.region.plural", _REGIONS),
        ("actor.county_board.genitive", _GENITIVE),
        ("actor.county_board.named", _NAMED),
        ("actor.county_board.headed", _HEADED),
    ):
        for m in pattern.finditer(ctx.text):
            listed = m.group("list")
            spans = [
                (m.start("list") + i.start(), m.start("list") + i.end())
                for i in re.finditer(_COUNTY, listed)
            ]
            if rule.endswith("headed"):  # the county's words, not the title's
                spans = [(m.start("list"), m.end())]
            elif not rule.endswith("plural"):  # the evidence is the whole name
                spans = [(m.start(), m.end())]
            counties = [_county(ctx.text[s:e].split(" i ", 1)[-1]) for s, e in spans]
            if not spans or any(c is None for c in counties):
                continue
            for (start, end), county in zip(spans, counties, strict=True):
                assert county is not None
                if any(a.start < end and start < a.end for a in ctx.actors):
                    continue
                kind = nlp.REGION if rule == "actor.region.plural" else nlp.COUNTY_BOARD
                found = gazetteer_org(kind, county.code)
                if found is None:
                    continue
                org, code = found
                if sink.mention(org, start, end, rule, CONF_GAZETTEER):
                    hits.append(ActorHit(start, end, org.id, org.kind, org.name, county_code=code))
    return hits

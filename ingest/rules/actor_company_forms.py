"""Companies and institutions named by a legal form or an English head word.

Why: business, research and regional-development pages name companies by their legal
form spelt out or in mixed case ("Boliden Aktiebolag", "Vasaregionens Utveckling Ab") and
universities by an English name ("Jönköping University"), which the Swedish head words of
ingest.rules.other_orgs do not read.

- actor.other.company_form: one to three capitalised words before "Aktiebolag" (also in
  the genitive: "Luossavaara-Kiirunavaara Aktiebolags omvandlingsplan") or the mixed-case
  "Ab" ("Karlebynejdens Utveckling Ab").
- actor.other.trade_name: one or two capitalised words before a trade word (Energi,
  Fastigheter, Turism, Turist, Destination: "Eksjö Energi", "Tanum Turist"), or "Visit"
  before a place ("Visit Värmland").
- actor.other.remit_acronym: a council, centre, institute or delegation named by its remit
  with its acronym after it ("Rådet för kommunal redovisning (RKR)").
- actor.other.inquiry: a state inquiry by its capitalised compound ("Klagomålsutredningen",
  "Demokratiutredningens betänkande").
- actor.other.english_head: one to three capitalised words before University, College,
  Institute or Foundation ("Jönköping University", "Stockholm Environment Institute").
Read by ingest.rules.civil_orgs with its other name rules (kind other).
"""

from __future__ import annotations

import re

__all__ = ["COMPANY_RULES"]

# A capitalised word of a name, hyphenated parts allowed ("Luossavaara-Kiirunavaara").
_WORD = r"[A-ZÅÄÖ][\wåäöéü&]*(?:-[A-ZÅÄÖ][\wåäöéü&]*)*"
# "Även", "Och": words that open a sentence, no part of a name.
_NOT_NAME = r"(?!(?:Även|Och|Samt|Men|Med|För|Hos|Vid|Av|Bland|Både)\b)"

COMPANY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "actor.other.company_form",
        re.compile(rf"\b{_NOT_NAME}(?:{_WORD}[ \t]+){{1,3}}(?:Aktiebolag(?=s?\b)|Ab\b)"),
    ),
    (
        # "Eksjö Energi", "Dios Fastigheter", "Höga Kusten Destination", "Visit Värmland"
        "actor.other.trade_name",
        re.compile(
            rf"\b{_NOT_NAME}(?:{_WORD}[ \t]+){{1,2}}"
            r"(?:Energi|Fastigheter|Turism|Turist|Destination)"
            rf"(?:[ \t]+AB)?(?![\w-])|\bVisit[ \t]+{_WORD}(?:[ \t]+AB)?(?![\w-])"
        ),
    ),
    (
        # "Klagomålsutredningen", "Demokratiutredningens betänkande": a state inquiry
        "actor.other.inquiry",
        re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö-]{3,}utredningen(?=s?\b)"),
    ),
    (
        # "Rådet för kommunal redovisning (RKR)": a body named by its remit, its acronym after
        "actor.other.remit_acronym",
        re.compile(
            r"\b(?:Rådet|Centrum|Centret|Institutet|Delegationen)[ \t]+för[ \t]+"
            r"(?:[a-zåäö-]+[ \t]+){0,4}[a-zåäö-]+(?=[ \t]+\([A-ZÅÄÖ]{2,6}\))"
        ),
    ),
    (
        "actor.other.english_head",
        re.compile(
            rf"\b{_NOT_NAME}(?:{_WORD}[ \t]+){{1,3}}(?:University|College|Institute|Foundation)\b"
        ),
    ),
)

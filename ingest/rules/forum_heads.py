"""The head words that make a capitalised compound a forum's name: councils, groups,
partnerships, networks and delegations (the actor.forum rules of ingest.rules.other_orgs).

Why apart: the forum heads are one family of names with its own exceptions (generic
groups, areas ending in "-rådet"); the organisations named by other head words are another.
"""

from __future__ import annotations

import re

from ingest.language.regex_guard import compile_guarded

__all__ = [
    "COUNTY_COUNCIL",
    "FORUM",
    "FORUM_ADJECTIVE",
    "FORUM_NAMED",
    "FORUM_SUBJECT",
    "GENERIC_GROUP",
    "STANDARD_COUNCIL",
]

# "-området" ends in "rådet" too ("Älvområdet", "Planområdet"): an area, no council.
FORUM = compile_guarded(
    r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]{3,})"
    r"(?:(?<!om)rådet|partnerskapet|gruppen|nätverket|delegationen)s?\b"
    r"|\b[A-ZÅÄÖ][a-zåäö]+s\s+partnerskap\b"
)
# A group compound opening a sentence is a name as a verb's subject ("Bostadsförsörjnings-
# gruppen ska ..."), its place or a coordinated named subject between ("Folkhälsorådet i
# Ekby kommun arbetar ...", "Trygghetsrådet och Länsgruppen för X har ...").
FORUM_SUBJECT = re.compile(
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|län|stad))?)?"
    r"(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+för\s+[a-zåäö]+)?)?"
    r"\s+(?:är|ska|har|består|arbetar|ansvarar|leds|träffas|möts|samlar|beslutade|tar)\b"
)
# A generic prefix and the head alone ("Styrgruppen") is no name; "Arbetsmarknadsrådet" is.
GENERIC_GROUP = re.compile(
    r"^(?:Styr|Arbets|Projekt|Referens|Lednings|Mål|Samverkans|Expert|Fokus|Kontakt|Intresse"
    r"|Kommun|Region|Läns|Elev|Föräldra|Personal|Medarbetar|Ungdoms|Kärn|Grupp)"
    r"(?:rådet|partnerskapet|gruppen|nätverket)s?$"
)
# "i Stora samverkansrådet", "av Nationella expertgruppen för organ- och
# vävnadsdonationer": a capitalised adjective mid-sentence opens a council's name, even
# of a generic group's compound.
FORUM_ADJECTIVE = re.compile(
    r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+a\s+[a-zåäö]{3,}"
    r"(?:rådet|gruppen|delegationen|nätverket|partnerskapet)"
    r"(?:\s+för\s+(?:[a-zåäö]+-\s+och\s+)?[a-zåäö]+(?:\s+och\s+[a-zåäö]+)?)?(?![\w-])"
)
# "forumet Reglab", "det regionala nätverket Service Z": a forum named after its head.
FORUM_NAMED = re.compile(
    r"\b(?:forumet|nätverket|plattformen|partnerskapet)\s+"
    r"(?P<name>[A-ZÅÄÖ][\wåäö-]*(?: [A-ZÅÄÖ0-9][\wåäö-]*){0,3})"
    # the name ends there: "nätverket Kronoberg mot heder" is a longer name
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:är|har|ska|som|och|samt|där|i|på|med)\b)"
)
# "Norrbottens folkhälsopolitiska råd": a council named by its county, in that county's
# scope whatever page names it.
COUNTY_COUNCIL = re.compile(
    r"(?<![\w-])(?P<county>[A-ZÅÄÖ][a-zåäö]+s)\s+(?:[a-zåäö]{3,}a\s+)?(?:råd|partnerskap)(?![\w-])"
)
# The councils most municipalities keep, named in lower case too: "i pensionärsrådet",
# "kommunala rådet för funktionshinderfrågor", "anhörighetsrådet" (the definite form names
# the municipality's own).
STANDARD_COUNCIL = re.compile(
    r"(?<![\w-])(?:(?:[Kk]ommunala\s+)?(?:[Pp]ensionärs|[Tt]illgänglighets|[Ff]unktionshinder|"
    r"[Ff]unktionsrätts|[Aa]nhörig|[Aa]nhörighets|[Uu]ngdoms|[Ii]ntegrations|[Ää]ldre|[Ff]olkhälso|"
    r"[Nn]äringslivs|[Pp]ensionärs-\s+och\s+tillgänglighets)rådets?"
    r"(?:\s+för\s+(?!att\b)[a-zåäö]+\s+frågor)?"
    r"|(?:[Kk]ommunala\s+)?[Rr]ådet\s+för\s+(?:sociala\s+)?funktionshinderfrågor"
    # "Vindelns kommuns folkhälsoråd": the indefinite after the municipality's genitive
    r"|(?<=kommuns\s)(?:pensionärs|tillgänglighets|funktionshinder|funktionsrätts|anhörig|"
    r"anhörighets|ungdoms|integrations|äldre|folkhälso|näringslivs)råd)(?![\w-])"
)

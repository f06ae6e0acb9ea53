"""The patterns that find a committee's or another body's name in running text.

Why apart from ingest.rules.actor_bodies: a list of name shapes that grows page by page
(coordinated and unhyphenated pairs, fixed adjectives, productive heads, minutes'
capitals), while actor_bodies decides whose body a name is and what it is called.
"""

from __future__ import annotations

import re

__all__ = ["BODY_HEADS", "COMMITTEE_RULES"]

BODY_HEADS = (
    r"(?:nämnden|styrelsen|fullmäktige|utskottet|kommittén|beredningen|"
    r"förvaltningen|avdelningen|enheten|kontoret|kansliet|staben|direktionen)"
)
COMMITTEE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "actor.committee.coordinated",
        re.compile(
            r"\b[A-ZÅÄÖa-zåäö][a-zåäö]+-,\s+(?:[A-Za-zÅÄÖåäö]+-,\s+)*[A-Za-zÅÄÖåäö]+-\s*och\s+"
            rf"(?:[a-zåäö]+\s+)?[A-Za-zÅÄÖåäö]*(?:nämnden|{BODY_HEADS})(?:s)?\b"
        ),
    ),
    (
        "actor.committee.pair",
        # "Norra hälso- och sjukvårdsnämnden": a region's area committee by its compass word
        re.compile(
            r"\b(?:(?:[Nn]orra|[Ss]ödra|[Öö]stra|[Vv]ästra)\s+)?"
            r"[A-ZÅÄÖa-zåäö][a-zåäö]+-\s*och\s+[a-zåäö]+nämnden(?:s)?\b"
        ),
    ),
    # The same without its hyphen, as PDFs and minutes write it: "Miljö och
    # byggnadsnämnden", "barn och utbildningskontoret". The first word is a bare stem
    # (not "kommunen", "skolan", "elever", "regionens") and no body of its own
    # ("fullmäktige"), and the second no executive body ("kommunstyrelsen"), so
    # "kommunen och socialnämnden", "fullmäktige och kulturnämnden" stay two names.
    (
        "actor.committee.pair_unhyphenated",
        re.compile(
            r"\b[A-ZÅÄÖa-zåäö][a-zåäö]+(?<!en)(?<!et)(?<!an)(?<!na)(?<!er)(?<!ar)(?<!or)(?<!s)"
            r"(?<!fullmäktige)\s+och\s+(?!kommun|region|landsting)"
            r"[a-zåäö]{3,}(?:nämnden|förvaltningen|kontoret|avdelningen)(?:s)?\b"
        ),
    ),
    # "Sociala omsorgsnämnden", "Tekniska nämnden", "Parlamentariska nämnden": a fixed
    # adjective starts the name.
    (
        "actor.committee.adjective",
        re.compile(
            r"\b(?:[Ss]ociala|[Tt]ekniska|[Gg]emensamma|[Kk]ulturella|[Pp]arlamentariska)\s+"
            r"[a-zåäö]*nämnden(?:s)?\b"
            # "tekniska avdelningen", "Sociala förvaltningen", "tekniska kontoret"
            r"|\b(?:[Ss]ociala|[Tt]ekniska)\s+(?:avdelningen|förvaltningen|kontoret|enheten)(?:s)?\b"
        ),
    ),
    # The indefinite form as a name: "teknisk servicenämnd", "Teknisk förvaltning",
    # "regional utvecklingsnämnd" ("regional förvaltning" alone is the public sector).
    (
        "actor.committee.indefinite",
        re.compile(
            r"\b(?:[Tt]eknisk\s+(?:[a-zåäö]{3,})?(?:nämnd|förvaltning)"
            r"|[Rr]egional\s+[a-zåäö]{3,}(?:nämnd|förvaltning))\b"
        ),
    ),
    ("actor.committee.compound", re.compile(r"\b[A-ZÅÄÖ][a-zåäö]+nämnden(?:s)?\b")),
    # A minutes' header in capitals: "Sammanträdesprotokoll OMSORGSSTYRELSEN".
    ("actor.body.capitals", re.compile(r"\b[A-ZÅÄÖ]{3,}(?:NÄMNDEN|STYRELSEN|UTSKOTTET)\b")),
    # Generic committee names in running text: "socialnämnden", "omsorgsnämnden".
    ("actor.committee.generic", re.compile(r"\b[a-zåäö]{3,}nämnden(?:s)?\b")),
    ("actor.committee.acronym", re.compile(r"\b[A-ZÅÄÖ]{2,}-nämnden(?:s)?\b")),
    # Any body by its productive head: "Miljö- och byggnadsförvaltningen", "HR-avdelningen",
    # "Kommunledningskontoret", "regionstyrelsen", "Arbetsutskottet", "Socialtjänsten".
    (
        "actor.body.pair",
        re.compile(rf"\b[A-ZÅÄÖa-zåäö][a-zåäö]+-\s*och\s+[a-zåäö]+{BODY_HEADS}s?\b"),
    ),
    (
        "actor.body.compound",
        re.compile(rf"\b(?:[A-ZÅÄÖ]{{2,}}-|[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}){BODY_HEADS}s?\b"),
    ),
    # A compound broken at a line end in a PDF's text: "kommun-styrelsens".
    (
        "actor.body.broken_compound",
        re.compile(rf"\b[A-ZÅÄÖa-zåäö][a-zåäö]{{2,}}-[a-zåäö]*{BODY_HEADS}s?\b"),
    ),
    ("actor.body.socialtjanst", re.compile(r"\b[Ss]ocialtjänsten(?:s)?\b")),
    # "Direktionen" alone: a federation's or region's board ("Region Dalarnas direktion").
    # "Direktionen för Vårdförbundet X" is the named federation's, not the page's.
    ("actor.body.direktion", re.compile(r"(?<![\w-])[Dd]irektionen(?:s)?\b(?!\s+för\b)")),
    # "Fullmäktige" alone: the council of the page's municipality or region.
    ("actor.body.bare_fullmaktige", re.compile(r"(?<![\w-])[Ff]ullmäktige(?:s)?\b")),
    # "Regionala utvecklingsnämnden", "Regionala utvecklingsförvaltningen"
    (
        "actor.body.regional",
        re.compile(
            r"\b[Rr]egionala\s+\w[a-zåäö]*(?:nämnden|förvaltningen|avdelningen|kontoret)s?\b"
            # "Västerbottens regionala utvecklingsnämnd": a county's genitive, indefinite
            r"|(?<=[a-zåäö]s\s)regionala\s+[a-zåäö]+nämnd(?:s)?\b"
        ),
    ),
    # "kommunstyrelsens allmänna utskott", "Regionala utvecklingsnämndens arbetsutskott",
    # "regionstyrelsens budgetberedning"
    (
        "actor.body.board_committee",
        re.compile(
            r"\b(?:(?:[Kk]ommun|[Rr]egion|[Ll]andstings)styrelsens?|"
            r"(?:[Rr]egionala\s+)?(?:[A-ZÅÄÖa-zåäö][a-zåäö]+-\s*och\s+)?[A-ZÅÄÖa-zåäö][a-zåäö]+nämndens)"
            # "regionstyrelsens länsplane- och samhällsplaneringsutskott": a pair of remits
            r"\s+(?:[a-zåäö]+a\s+)?(?:[a-zåäö]+-\s*och\s+)?[a-zåäö]*utskott(?=s?\b)"
            # "regionstyrelsens budgetberedning": a drafting committee of the board
            r"|\b(?:[Kk]ommun|[Rr]egion)styrelsens\s+[a-zåäö]*beredning(?=s?\b)"
        ),
    ),
    # "kommunstyrelsens förvaltning": the board's own administration.
    (
        "actor.body.board_administration",
        re.compile(r"\b(?:[Kk]ommun|[Rr]egion)styrelsens\s+förvaltning(?=s?\b)"),
    ),
    # "Landstingets kansli", "Regionens kansli": the region's own office.
    ("actor.body.kansli", re.compile(r"\b(?:[Ll]andstingets|[Rr]egionens)\s+kansli\b")),
    # "Region Blekinges kansli": the named region's office (the name is part of it).
    (
        "actor.body.named_kansli",
        re.compile(r"\b(?:Region|Landstinget)\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+län)?s\s+kansli\b"),
    ),
    # A bare "AU" of minutes: the arbetsutskott (of the page's board, see _main_board).
    ("actor.body.au", re.compile(r"(?<![\w-])(?:AU|Au)(?=:s\b|[\s.,;]|$)")),
    (
        "actor.committee.board",
        re.compile(r"\b(?:kommunstyrelsen|kommunfullmäktige)s?\b", re.I),
    ),
    # The elected auditors: "Revisorerna", "kommunens revisorer", "Region Dalarnas
    # revisorer", "Revisorskollegiet" (one body of the page's municipality or region).
    (
        "actor.body.auditors",
        re.compile(
            r"\b(?:[Rr]evisorerna|[Rr]evisorskollegiet|(?:[Kk]ommunens|[Rr]egionens|"
            r"[Ll]andstingets|[A-ZÅÄÖ][a-zåäö]+\s+kommuns|Region\s+[A-ZÅÄÖ][a-zåäö]+s)\s+revisorer)\b"
        ),
    ),
    # "under måndagens kommunstyrelse": the board's meeting, without the definite ending.
    ("actor.committee.meeting_day", re.compile(r"(?<=dagens\s)(?:kommun|region)styrelse\b")),
]

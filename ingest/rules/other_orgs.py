"""Organisations outside the gazetteers, by their name's head word.

Why: real pages name universities, companies, courts, churches, associations
and councils that no gazetteer lists ("Umeå universitet", "Svenska kyrkan",
"Mark- och miljödomstolen", "Eskilstuna Energi & Miljö AB", "Bygderådet",
"Dalarnas partnerskap"). Their head word says what they are.

Rules:
- actor.other.head: a capitalised name ending in, or headed by, an
  organisation word (universitet, högskola, institutet, domstolen, kommissionen, museum,
  kyrkan, stiftelsen, förbund, AB (also in the genitive "ABs"), "Stiftelsen <Name>",
  "Mark- och miljödomstolen" (a pair written out before the head), ekonomisk or ideell
  förening (in any case; a common noun may stand inside: "Mora stadshus AB"),
  "<Name>s kommunalförbund", "<County> läns idrottsförbund", centrum för
  ...): kind other, id `Organization:org:<slug of the name>`.
- actor.agency.court: courts are state authorities ("Nyköpings tingsrätt", "Svea hovrätt",
  "Förvaltningsrätten i Luleå", "Högsta förvaltningsdomstolen"): kind agency, id
  `Organization:nationell:<slug of the name>`.
- actor.agency.delegation: a government delegation by its remit ("Delegationen för
  cirkulär ekonomi"): kind agency, id `Organization:nationell:<slug of the name>`.
- actor.other.class_named: the names after a class noun ("organisationerna Suicide Zero och
  SPES"), one after a singular one ("bostadsbolaget X AB", "teknologicentret Merinova").
- actor.forum.compound: a capitalised council, group, partnership or delegation
  compound in the definite form mid-sentence ("Bygderådet",
  "Jämställdhetsdelegationen", "Länspartnerskapet",
  "Bostadsförsörjningsgruppen", "Tillväxt- och näringslivsrådet", "Dalarnas
  partnerskap"), or opening a sentence as the subject of a verb
  ("Bostadsförsörjningsgruppen ska", not "Styrgruppen ska"): kind forum, in the page's
  municipality's scope, or its county's when the page is a county board's or a
  region's, national on an agency's site or where its sentence calls it national.
- actor.forum.standard_council: the councils most municipalities keep, in lower case too
  ("pensionärsrådet", "kommunala rådet för funktionshinderfrågor"), on a municipality's
  page: in its scope.
- actor.forum.adjective: a capitalised adjective mid-sentence and a council compound,
  with its remit ("i Stora samverkansrådet", "Nationella expertgruppen för organ- och
  vävnadsdonationer"): national when the adjective says so, else scope as above.
- actor.forum.county_council: a county's genitive, an adjective and "råd" or
  "partnerskap" ("Norrbottens folkhälsopolitiska råd"): in that county's scope.
- actor.forum.named_after: "forumet Reglab", "nätverket Service Z" (scope as above).
A name that overlaps a known organisation is left to it. Then the rules of
ingest.rules.civil_orgs (rescue services, shelters, associations, regional federations)
and of ingest.rules.actor_org_signals (names told by what the page says of them).
"""

from __future__ import annotations

import re

from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.date_words import MONTHS
from ingest.language.gazetteer import county_by_name, municipality_by_name
from ingest.language.regex_guard import compile_guarded
from ingest.rules.actor_genitives import coordinated_genitive
from ingest.rules.actor_new_bodies import new_body_hits
from ingest.rules.actor_org_signals import signal_hits
from ingest.rules.actor_references import head_hits
from ingest.rules.civil_orgs import civil_org_hits, municipal_federation
from ingest.rules.forum_heads import (
    COUNTY_COUNCIL,
    FORUM,
    FORUM_ADJECTIVE,
    FORUM_NAMED,
    FORUM_SUBJECT,
    GENERIC_GROUP,
    STANDARD_COUNCIL,
)
from ingest.rules.forum_topics import forum_page_scope, fuller_forum

__all__ = ["extract_other_orgs"]

CONF_OTHER = 0.7

_CAP = r"(?![A-ZÅÄÖ][\w&]*-(?:företaget|bolaget)\b)[A-ZÅÄÖ][\w&-]*"  # no "SKL-företaget"
# A lower-case noun inside a company's name: not a function word, a verb's past or
# participle, or an adverb ("Mora stadshus AB", never "Mora köpte AB" or "och AB").
_INNER_NOUN = (
    r"(?:(?!(?:och|samt|eller|till|från|med|för|hos|via|genom|inom|mellan|även|också|"
    r"bland|dess|sitt|sina|vars|det|den|de|ett|en|nya?|helägda?|helägt|ägda?|ägt)\s)"
    r"(?![a-zåäö]+(?:ade|ades|ats|at|te|tes|des|de|ts|ar|er|or|ern|lig|ligt|liga)\s)"
    r"[a-zåäö]{4,}\s+)?"
)
# A foundation's one-word name in a noun's genitive: "Stiftelsen Hyltebostäders".
_GENITIVE_FOUNDATION = re.compile(r"Stiftelsen [A-ZÅÄÖ][\w&-]+(?:er|en|et)s")
_DETERMINER = r"(?:Övriga|Andra|Alla|Flera|Olika|Samtliga|Våra|Dessa|Några|Vissa)"
# The "<head> för|i|på <name>" forms first: "Högskolan" alone would consume the head.
_OTHER = compile_guarded(
    rf"\b[A-ZÅÄÖ][a-zåäö]+s[ \t]+AB[ \t]+{_CAP}\b"  # "Fastighets AB Järnbäraren"
    rf"|\b(?:Högskolan|Nationellt\s+centrum|Stiftelsen)\s+(?:för|i|på)\s+[\wåäö]+"
    rf"(?:\s+och\s+[a-zåäö]+|\s+i\s+[\wåäö]+)?"
    rf"|\bHögskolan\s+[A-ZÅÄÖ][a-zåäö]+\b"
    # "Stiftelsen Tryggare Sverige": a foundation's own name after its head
    rf"|\bStiftelsen[ \t]+(?!för\b|i\b|på\b){_CAP}(?:[ \t]+{_CAP}){{0,2}}"
    # the words of a name share a line: "LinkedIn-grupp" then a heading are two lines
    rf"|\b(?:(?:{_CAP}|&)[ \t]+){{0,4}}(?:{_CAP})?(?:[Uu]niversitet(?:et)?|[Hh]ögskola(?:n)?|"
    rf"[Ii]nstitutet|domstolen|kommissionen|[Kk]yrkan|[Ss]tiftelsen|förbund|"
    rf"(?<=[ \t])[Mm]useum|\bAB)\b"  # "Smålands museum", not a compound "Ekomuseum"
    # "Visit Värmland ekonomisk förening", "Lapplands kommunalförbund"; the legal form
    # in any case ("X Fiber Ekonomisk Förening"), a common noun before it ("Mora stadshus
    # AB", "Byns fiber ekonomisk förening") after a capitalised first word
    rf"|\b(?:{_CAP}\s+){{1,4}}{_INNER_NOUN}(?:[Ee]konomisk|[Ii]deell)\s+[Ff]örening\b"
    # ("Övriga samarbetspartners AB Vingåkershem": a determiner opens no company's name)
    rf"|\b(?!{_DETERMINER}\s)(?:{_CAP}\s+){{1,3}}{_INNER_NOUN.removesuffix('?')}AB\b"
    # "Södra Vätterbygdens samordningsförbund": a compass word opens the place's name
    rf"|\b(?:(?:Södra|Norra|Västra|Östra|Mellersta)\s+)?{_CAP}s\s+[a-zåäö]+förbund\b"
    # "Örebro läns idrottsförbund": a county's federation, named by the county
    rf"|\b{_CAP}\s+läns\s+[a-zåäö]+förbund\b"
    # "Kreativum i Blekinge AB", "Tourism in Skåne AB": a company named with its place
    rf"|\b{_CAP}\s+(?:i|in|of)\s+{_CAP}\s+AB\b"
    # "Sörmlandskustens Sotnings och Ventilation AB": two trades of one company
    rf"|\b(?:{_CAP}\s+)?{_CAP}s\s+och\s+{_CAP}\s+AB\b"
    # "Gävle Stadshus ABs styrelse": the company's genitive
    rf"|\b(?:(?:{_CAP}|&)\s+){{1,4}}AB(?=:?s\b)"
    # "Mark- och miljödomstolen": a pair's first part written out, the head on the second
    rf"|\b{_CAP}-[ \t]+och[ \t]+[a-zåäö]+(?:domstolen|institutet|kommissionen|förbundet)\b"
    rf"|\bEnergikontor(?:et)?[ \t]+(?:i[ \t]+)?{_CAP}\b"  # a regional energy agency
)
# Courts are state authorities: "Nyköpings tingsrätt", "Svea hovrätt", "Förvaltningsrätten
# i Luleå", "Kammarrätten i Göteborg", "Högsta förvaltningsdomstolen", "Migrationsdomstolen".
_COURT = compile_guarded(
    rf"\b{_CAP}[ \t]+(?:[Tt]ingsrätt|[Hh]ovrätt)\b"
    rf"|\b(?:Förvaltningsrätten|Kammarrätten|Migrationsdomstolen)[ \t]+i[ \t]+{_CAP}\b"
    r"|\bHögsta[ \t]+(?:förvaltnings)?domstolen\b|\bMigrationsöverdomstolen\b"
)
_MONTHS = "|".join(MONTHS)
# A government delegation by its remit: "Delegationen för cirkulär ekonomi", "Delegationen
# för kommunal ekonomi i balans", not "... för cirkulär ekonomi i april" nor a verb after.
_DELEGATION = re.compile(
    r"\bDelegationen[ \t]+(?:för|mot)(?:[ \t]+(?!(?:som|sin|sina|har|ska|och|samt|är|var|vill|kan"
    r"|bör|fick|gav|tog|kom|föreslog|[a-zåäö]+(?:ade|de|te|as|es))\b)"
    rf"(?:i[ \t]+(?!(?:{_MONTHS})\b))?[a-zåäö-]{{3,}}){{1,4}}"
)
# Words that open a sentence, no part of a name: "Även Linnéuniversitetet".
_LEAD_WORDS = frozenset(
    {
        "även",
        "också",
        "både",
        "och",
        "samt",
        "men",
        "med",
        "av",
        "för",
        "till",
        "från",
        "vid",
        "hos",
        "där",
        "då",
        "nu",
        "så",
        "enligt",
        "bland",
        "dessutom",
        "tillsammans",
        "inom",
        "genom",
        "via",
        # an article: "Ett museum öppnar", a common noun after it
        "en",
        "ett",
        # a title before the company: "Eva Ek, VD Torsta AB"; a minutes' field label
        "vd",
        "plats",
        "lokal",
        "projektägaren",  # "Projektägaren Almi Företagspartner AB söker medel"
    }
)
# "organisationerna Suicide Zero och SPES", "teknologicentret Merinova": a class noun, names.
_ORG_NAME = r"[A-ZÅÄÖ][\wåäö&-]*(?: [A-ZÅÄÖ][\wåäö&-]*){0,3}"
_LEGAL_FORMS = frozenset({"AB", "Ab", "HB", "KB", "Aktiebolag", "Handelsbolag"})  # no name
_CLASS_NAMED = compile_guarded(
    r"\b(?:(?P<many>[\w-]*(?:[Oo]rganisationerna|[Ff]öreningarna|[Ff]öretagen|[Bb]olagen))"
    r"|[\w-]*(?:[Oo]rganisationen|[Ff]öreningen|[Ff]öretaget|[Bb]olaget)|[a-zåäö]+centret)\s+"
    rf"(?P<names>{_ORG_NAME}(?(many)(?:(?:,\s+|\s+och\s+){_ORG_NAME})*))"
    r"(?=\s*(?:[,.;:()]|$)|\s+(?:är|har|ska|som|och|samt|där|i|på|med|för)\b)"
)
_NATIONAL = re.compile(r"\b(?:nationell|nationellt|nationella)\b", re.I)
_NOT_OTHER = frozenset(
    {"AB", "Förbund", "Kyrkan", "Domstolen", "Universitet", "Universitetet", "Högskola"}
    | {"Stiftelsen", "Institutet"}  # "IVL (Institutet för Vatten ...)": the head alone
)
# "Kommunägda X AB", "Helägda X AB": a participle adjective that says who owns the
# company qualifies the name, it is no part of it.
_OWNED = re.compile(r"[A-ZÅÄÖa-zåäö]*ägd[a]?|[A-ZÅÄÖa-zåäö]*ägt", re.I)


def _overlaps(ctx: Context, start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in ctx.actors)


def _starts_sentence(ctx: Context, start: int) -> bool:
    sentence = ctx.sentence_of(start)
    return sentence is None or not ctx.text[sentence.start : start].strip()


def _national(ctx: Context, pos: int) -> ids.Scope | None:
    """A forum its own sentence calls national ("en nationell plattform")."""
    sentence = ctx.sentence_of(pos - 1)
    if sentence is None:
        return None
    following = ctx.sentence_of(sentence.end + 1)
    text = ctx.text[sentence.start : (following or sentence).end]
    return ids.NATIONAL_SCOPE if _NATIONAL.search(text) else None


def _standard_councils(
    ctx: Context, sink: FactSink, scope: ids.Scope, hits: list[ActorHit]
) -> list[ActorHit]:
    """The municipality's standard councils the page names (see STANDARD_COUNCIL)."""
    found: list[ActorHit] = []
    for m in STANDARD_COUNCIL.finditer(ctx.text):
        if _overlaps(ctx, *m.span()) or any(h.start < m.end() and m.start() < h.end for h in hits):
            continue
        name = " ".join(m.group(0).split())
        # "folkhälsorådets ordförande", "kommuns folkhälsoråd": the council's own name
        name = re.sub(r"råd(?:ets)?$", "rådet", name)
        name = name[0].upper() + name[1:]
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        if sink.mention(org, m.start(), m.end(), "actor.forum.standard_council", CONF_OTHER):
            found.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    return found


_COUNTY_AFTER = re.compile(r" ([A-ZÅÄÖ][a-zåäö]+)\b")
_LOWER_NEXT = re.compile(r" [a-zåäö]")


def extract_other_orgs(ctx: Context, sink: FactSink) -> None:
    hits: list[ActorHit] = []
    for m in _OTHER.finditer(ctx.text):
        start = m.start()
        while (word := re.match(r"(\w+)\s+", ctx.text[start : m.end()])) and (
            word.group(1).lower() in _LEAD_WORDS or _OWNED.fullmatch(word.group(1))
        ):
            start += word.end()
        end = m.end()
        after = _COUNTY_AFTER.match(ctx.text, end)  # "Lantbrukarnas Riksförbund Västernorrland"
        if after and county_by_name(after.group(1)) and not after.group(1).endswith("s"):
            end = after.end()
        name = " ".join(ctx.text[start:end].split())
        place = name.split()[-1][:-1]
        genitive = name.endswith("s") and _LOWER_NEXT.match(ctx.text, end)
        if genitive and (county_by_name(place) or municipality_by_name(place)):
            name = name[:-1]  # "Högskolan Dalarnas bibliotek", "Högskolan i Skövdes rektor"
        elif _GENITIVE_FOUNDATION.fullmatch(name) and ctx.text[end : end + 1] == " ":
            name = name[:-1]  # "Stiftelsen Hyltebostäders investering": the genitive
        elif name.endswith("s") and coordinated_genitive(ctx.text, start, end):
            name = name[:-1]  # "Stiftelsen Xs och Räddningstjänst Ys årsredovisning"
        # A name: several words, or one capitalised compound ("Karolinska Institutet"
        # has two); "universitet" or "Högskolan" alone names none.
        named = len(name.split()) > 1 or (name[0].isupper() and not name.startswith("Högskolan"))
        if not named or name in _NOT_OTHER or _overlaps(ctx, start, end):
            continue
        kind = OrganizationKind.OTHER
        if municipal_federation(name):
            kind = OrganizationKind.MUNICIPAL_ASSOCIATION
        org = ids.other_organization(name, kind)
        if sink.mention(org, start, end, "actor.other.head", CONF_OTHER):
            hits.append(ActorHit(start, end, org.id, org.kind, org.name))
    for m in _COURT.finditer(ctx.text):
        name = re.sub(
            r"\s(T|H)(ingsrätt|ovrätt)$",
            lambda x: f" {x[1].lower()}{x[2]}",
            " ".join(m.group(0).split()),
        )
        if _overlaps(ctx, *m.span()) or name.split()[0].lower() in _LEAD_WORDS:
            continue
        org = Organization(id=ids.national_body_id(name), name=name, kind=OrganizationKind.AGENCY)
        if sink.mention(org, m.start(), m.end(), "actor.agency.court", CONF_OTHER):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    for m in _DELEGATION.finditer(ctx.text):
        name = " ".join(m.group(0).split())
        if _overlaps(ctx, *m.span()):
            continue
        org = Organization(id=ids.national_body_id(name), name=name, kind=OrganizationKind.AGENCY)
        if sink.mention(org, m.start(), m.end(), "actor.agency.delegation", CONF_OTHER):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    for m in _CLASS_NAMED.finditer(ctx.text):
        for name_m in re.finditer(_ORG_NAME, m.group("names")):
            start, end = m.start("names") + name_m.start(), m.start("names") + name_m.end()
            name = name_m.group(0)
            if _overlaps(ctx, start, end) or municipality_by_name(name) or county_by_name(name):
                continue
            if name in _LEGAL_FORMS:
                continue  # "Provbolaget AB": a company's own name ends on the class noun
            org = ids.other_organization(name)
            if sink.mention(org, start, end, "actor.other.class_named", CONF_OTHER):
                hits.append(ActorHit(start, end, org.id, org.kind, org.name))
    page_scope = forum_page_scope(ctx)
    for m in FORUM.finditer(ctx.text):
        scope = page_scope or _national(ctx, m.end())
        if scope is None or _overlaps(ctx, m.start(), m.end()):
            continue
        if _starts_sentence(ctx, m.start()) and (
            not FORUM_SUBJECT.match(ctx.text, m.end()) or GENERIC_GROUP.match(m.group(0))
        ):
            continue
        name = " ".join(m.group(0).split())
        if name.endswith(("ets", "ens")):  # "Näringslivsrådets möte": the genitive
            name = name[:-1]
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        full = fuller_forum(ctx, name)
        if full is not None:  # "Partnerskapet" after "Partnerskapet för Västsverige"
            org = Organization(id=full.node_id, name=full.name, kind=OrganizationKind.FORUM)
        if sink.mention(org, m.start(), m.end(), "actor.forum.compound", CONF_OTHER):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    if ctx.publisher_municipality:
        scope = ids.municipality_scope(ctx.publisher_municipality)
        hits += _standard_councils(ctx, sink, scope, hits)
    for m in FORUM_ADJECTIVE.finditer(ctx.text):
        name = " ".join(m.group(0).split())
        national = _NATIONAL.match(name)
        scope = ids.NATIONAL_SCOPE if national else page_scope
        if scope is None or _starts_sentence(ctx, m.start()) or _overlaps(ctx, *m.span()):
            continue
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        if sink.mention(org, m.start(), m.end(), "actor.forum.adjective", CONF_OTHER):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    for m in COUNTY_COUNCIL.finditer(ctx.text):
        county = county_by_name(m.group("county"))
        if (
            county is None
            or _overlaps(ctx, *m.span())
            or any(h.start < m.end() and m.start() < h.end for h in hits)
        ):
            continue
        name = " ".join(m.group(0).split())
        scope = ids.county_scope(county.code)
        org = Organization(id=ids.forum_id(scope, name), name=name, kind=OrganizationKind.FORUM)
        if sink.mention(org, m.start(), m.end(), "actor.forum.county_council", CONF_OTHER):
            hits.append(ActorHit(m.start(), m.end(), org.id, org.kind, org.name))
    for m in FORUM_NAMED.finditer(ctx.text):
        scope = page_scope or _national(ctx, m.end())
        start, end = m.start("name"), m.end("name")
        if municipality_by_name(m.group("name")) or county_by_name(m.group("name")):
            continue  # "nätverket Kronoberg": a place, the network's name is elsewhere
        if (
            scope is None
            or _overlaps(ctx, start, end)
            or any(h.start < end and start < h.end for h in hits)
        ):
            continue
        org = Organization(
            id=ids.forum_id(scope, m.group("name")),
            name=m.group("name"),
            kind=OrganizationKind.FORUM,
        )
        if sink.mention(org, start, end, "actor.forum.named_after", CONF_OTHER):
            hits.append(ActorHit(start, end, org.id, org.kind, org.name))
    ctx.actors = sorted([*ctx.actors, *hits], key=lambda a: (a.start, a.end))
    ctx.actors = sorted([*ctx.actors, *civil_org_hits(ctx, sink)], key=lambda a: (a.start, a.end))
    ctx.actors = sorted([*ctx.actors, *signal_hits(ctx, sink)], key=lambda a: (a.start, a.end))
    # After the others: a body a decision sets up needs its setter, whichever rule named
    # that, and a bare "delegationen" the delegation, whichever rule named that.
    ctx.actors = sorted([*ctx.actors, *new_body_hits(ctx, sink)], key=lambda a: (a.start, a.end))
    ctx.actors = sorted([*ctx.actors, *head_hits(ctx, sink)], key=lambda a: (a.start, a.end))

"""Document mentions: each document noun in a sentence, with what the words around it state.

A mention is a document noun (strategi, handlingsplan, riktlinje, rutin,
program, policy, överenskommelse, any compound of them, "e-strategi") with what
the sentence says around it: its determiner ("en", "den", "nästa"), a level
adjective ("regional", "nationella"), the "läns-" compound, descriptive
adjectives ("en flerårig handlingsplan", "Region Stockholms suicidpreventiva
strategi"), a topic, a period and a quoted name (ingest.rules.document_phrases), and
whether the sentence marks it as a predecessor ("ersätter", "tidigare/förra/gamla").

Its form says how it names the document:
- titled: capitalised where a sentence does not start ("godkände Handlingsplan för
  X", "kompletteras av Rutin vid ..."), opening one of the page's first lines, or a
  sentence as a label of its parties ("Medborgarlöfte från Polisen och X kommun");
- a name: a capitalised definite compound mid-sentence ("antog Värmlandsstrategin"),
  or a quoted name;
- a predicate ("Kulturplanen är Region Östergötlands program för ..."): names the
  subject again, so it is no mention of its own;
- "en planet" (an indefinite article before a definite form) is another word.
Mentions on running page headers/footers ("Kommun | Titel | Sida 2") are skipped.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind, Level
from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.document_cand import (
    Cand,
    existing_predecessors,
    named_appositions,
    share_coordinated,
)
from ingest.rules.document_counties import county_genitives
from ingest.rules.document_forms import (
    acronym_name,
    acronym_topic,
    appositive,
    capital_mid,
    dashed_name,
    is_predicate,
    mention_name,
    opening_title,
    own_line,
    status_line,
)
from ingest.rules.document_fronted import fronted_periods
from ingest.rules.document_in_force import dated_in_force, renewed_kinds
from ingest.rules.document_names import (
    frame_name,
    named_subject,
    noun_name,
    place_title,
    place_year,
)
from ingest.rules.document_noun_phrase import MENTION, Phrase, title_desc
from ingest.rules.document_owners import owned_before
from ingest.rules.document_pairs import one_coordinated, split_respektive
from ingest.rules.document_phrases import (
    DASH,
    YEARS,
    listed_topic,
    meta_period,
    quoted_name,
    read_after,
    span_years,
    topic_after,
    valid_for,
)
from ingest.rules.document_plural_lists import plural_list_candidates
from ingest.rules.document_sections import on_list_item
from ingest.rules.document_spelling import usual_spellings
from ingest.rules.document_stoplist import NOT_DOCUMENTS
from ingest.rules.document_words import (
    BARE_NOUNS,
    LEVEL_WORDS,
    NEW_ADJECTIVES,
    NOT_DOCUMENT_ADJECTIVES,
    PREDECESSOR_ADJECTIVES,
    REFERRING_PARTICIPLES,
    kind_of,
    restricted_ok,
)
from ingest.rules.page_head import in_headline, in_page_footer, is_heading, top_end

_SHARED_PART = re.compile(r"^.*-\s+och\s+")
# "Sveriges livsmedelsstrategi", "Sveriges nya strategi för ...", "den svenska
# livsmedelsstrategin": the country's.
_OF_SWEDEN = re.compile(
    r"(?<![\wåäö-])(?:Sveriges|[Dd]en\s+svenska|[Dd]et\s+svenska)\s+"
    r"(?:(?:nya|nationella|samlade|övergripande)\s+)?$"
)
_ON_SITE = re.compile(r"\s+på\s+[\wåäöÅÄÖ-]+s\s+(?:webbplats|webbsida|hemsida)\s*$")
_POSSESSOR = re.compile(
    r"(?<![\wåäöÅÄÖ-])(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*s|länets|regionens|landets|[Vv]år|[Vv]årt|[Vv]åra)\s+$"
)
# "Västernorrlands kompetensråds plan för X": a body's genitive owns what follows.
_BODY_GENITIVE = re.compile(r"[a-zåäö]{3,}(?:råd|rådet|nämnd|nämnden|beredning|beredningen)s\s+$")
# "förslag till policy för X", "Remiss - Policy för X": a draft names its document; so does
# a decision on it ("ks förslag om riktlinjer för X", "fattade beslut om riktlinjer för X",
# a list item "• Anta riktlinjer för X").
_PROPOSAL = re.compile(
    r"(?:\b[Ff]örslag(?:et)?\s+(?:till|om)|\b[Rr]emiss(?:en)?\s*(?:[-\u2013:]|av|om|gällande)"
    r"|\bbeslut\s+om|(?<![^\n])[^\S\n]*(?:[-\u2013\u2022*][^\S\n]*)?(?:[Aa]nta|[Aa]ntar|[Ff]astställa"
    r"|[Ff]astställer|[Gg]odkänna|[Gg]odkänner|[Rr]evidera|[Rr]eviderar))\s*"
    r"(?:[Ff]örslag(?:et)?\s+till\s+)?$"
)
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäö]{3,}(?![\wåäö-])")
_MOTION = re.compile(r"\b[Mm]otion(?:en|ens)?\b[^.!?\n]*$")
# "flera nya näringslivsprogram": a quantifier speaks of the kind, not one document.
_MANY = re.compile(r"\b(?:flera|många|olika|några|samtliga|två|tre|fyra|fem)\s+$", re.I)
# "X, Y och Z": a list's items, joined by a conjunction or a comma.
_COORDINATED = re.compile(r"\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt)\s+")
# "ersätter den tidigare för 2020-2023": a predecessor named without its noun.
_ELLIPTIC = re.compile(
    r"\bersätter\s+(?P<m>(?:den|det)\s+(?:tidigare|förra|gamla)\s+(?:för\s+)?" + YEARS.pattern + ")"
)
# "ersätter [den tidigare]", "är en revidering av", "Ersätter:": what follows is older.
# A revision is the older one's only as a predicate: "denna revidering av programmet",
# "arbetet med en revidering av planen" name the current work on the document itself.
PREDECESSOR_CUE = re.compile(
    r"(?:\b(?:ersätter|ersätta|ersatte|(?:har|hade)\s+ersatt)|\b(?:är|var|blir|utgör)\s+en\s+revidering\s+av|"
    r"\breviderad\s+version\s+av|Ersätter:)\s*"
    r"(?:den\s+|det\s+)?(?:(?:första|nuvarande|befintliga|gällande)\s+)?$"
)
_YEAR = re.compile(r"\s+(?P<year>(?:19|20)\d{2})(?![\d/" + DASH + r"]|\s*[" + DASH + r"]\s*\d)")
# "ersätta översiktsplanen från 2010": the replaced document named by its year.
_SINCE = re.compile(r"\s+från\s+(?P<year>(?:19|20)\d{2})\b(?![\d/" + DASH + r"])")
# "planen" / "den nya planen" on its own refers back to an action plan.
_PLAN_ANAPHOR = re.compile(r"(?<![\wåäöÅÄÖ-])(?:[Dd]en\s+nya\s+)?[Pp]lanen\b")


_FROM_PARTIES = re.compile(r"\s+(?:från|mellan)\s+[A-ZÅÄÖ]")


def _page_headline(ctx: Context, start: int) -> bool:
    """On one of the page's headline lines, and not a list item."""
    return in_headline(ctx, start) and not on_list_item(ctx, start)


def _read(found: list[Cand], at: int) -> bool:
    """A mention already read covers `at`."""
    return any(c.start <= at < c.end for c in found)


def candidates(ctx: Context) -> list[Cand]:
    found: list[Cand] = []
    for sentence in ctx.sentences:
        for noun in MENTION.finditer(ctx.text, sentence.start, sentence.end):
            m = Phrase(ctx.text, noun, sentence.start)
            c = _candidate(ctx, m, sentence.start, sentence.end, found)
            if c is not None:
                found.append(c)
        for a in _PLAN_ABBREVIATION.finditer(ctx.text, sentence.start, sentence.end):
            if not _read(found, a.start()):
                found.append(_abbreviated_plan(a))
        for p in _PLAN_ANAPHOR.finditer(ctx.text, sentence.start, sentence.end):
            if _read(found, p.start()):
                continue  # "Planen" read as a mention already: one reading per span
            found.append(_anaphor(p.start(), p.end(), DocumentKind.ACTION_PLAN, "handlingsplan"))
        for e in _ELLIPTIC.finditer(ctx.text, sentence.start, sentence.end):
            subject = [c for c in found if sentence.start <= c.start and c.end <= e.start()]
            if subject:
                s = subject[0]
                c = _anaphor(e.start("m"), e.end("m"), s.kind, s.word.lower(), s.level)
                c.period, c.predecessor = span_years(e), True
                found.append(c)
    found += [p for p in plural_list_candidates(ctx) if not _read(found, p.start)]
    found.sort(key=lambda c: c.start)
    usual_spellings(found)
    fronted_periods(ctx, found)
    found = split_respektive(ctx, one_coordinated(ctx, found))
    share_coordinated(ctx, found)
    renewed = renewed_kinds(ctx, found)
    existing_predecessors(found, renewed)
    dated_in_force(ctx, found)
    return county_genitives(ctx, named_appositions(ctx, sorted(found, key=lambda c: c.start)))


_NAME_PERIOD = re.compile(r"\s" + YEARS.pattern + r"$")


# "ÖP2045", "ÖP 2050", "FÖP 2030": a municipality's comprehensive plan (or an in-depth
# one) by its abbreviation and target year, a name of its own.
_PLAN_ABBREVIATION = re.compile(r"(?<![\wÅÄÖåäö-])F?ÖP[ \t]?(?:19|20)?\d{2}(?![\d\w-])")


def _abbreviated_plan(m: re.Match[str]) -> Cand:
    name = m.group(0)
    return Cand(
        m.start(),
        m.end(),
        DocumentKind.PLAN,
        "översiktsplan",
        Level.MUNICIPAL,
        False,
        None,
        None,
        "",
        False,
        False,
        False,
        True,
        name=name,
        proper=True,
    )


def _anaphor(
    start: int, end: int, kind: DocumentKind, word: str, level: Level | None = None
) -> Cand:
    return Cand(start, end, kind, word, level, False, None, None, "den", True, False, False, False)


def _with_noun(word: str, name: str) -> str:
    """A place and a year name no document of their own: the noun before them is part of
    the title ("Utvecklingsstrategin Skellefteå 2030"); any other name stands alone."""
    return f"{word[:1].upper()}{word[1:]} {name}" if place_year(name) else name


def _candidate(
    ctx: Context, m: Phrase, sentence_start: int, sentence_end: int, found: list[Cand]
) -> Cand | None:
    noun = m.group("noun") or ""
    word = (m.group("compound") or "") + noun
    det = (m.group("det") or "").lower()
    suffix = m.group("definite") or ""
    # "medborgarlöften" is the indefinite plural; "löftet", "löftena" are definite.
    definite = suffix in ("t", "na") if noun.lower().endswith("löfte") else bool(suffix)
    definite = definite or (not det and (m.group("adj") or "").lower() in REFERRING_PARTICIPLES)
    # "Medborgarlöftena är ett komplement ...", "avtalen": the plural speaks of the kind.
    plural = (noun.lower(), suffix) in (("löfte", "na"), ("avtal", "en"))
    plural = plural or bool(_MANY.search(ctx.text, max(0, m.start() - 20), m.start()))
    # "Mål- och resursplan": a shared compound is what its last part is
    last = _SHARED_PART.sub("", word.lower())
    if in_page_footer(ctx, m.start()) or word.lower() in NOT_DOCUMENTS or last in NOT_DOCUMENTS:
        return None
    if 0 < len(word) - len(noun) < 3 and not word[: len(word) - len(noun)].endswith("-"):
        return None  # "Kaplan", a surname: a compound's first part has three letters or more
    neuter = noun.lower().endswith(("avtal", "kontrakt"))  # only these take -et
    if (definite and det in ("en", "ett")) or (suffix == "et" and not neuter):
        return None  # "en planet", "på det lokala planet": other words
    adj = (m.group("adj") or "").lower()
    predecessor = adj in PREDECESSOR_ADJECTIVES or bool(
        PREDECESSOR_CUE.search(ctx.text, sentence_start, m.start())
    )
    described = bool(m.group("desc") or m.group("desc1") or m.group("level"))
    titled_mid = capital_mid(ctx, m, sentence_start)
    if not restricted_ok(
        word, noun, definite=definite, predecessor=predecessor, desc=described, titled=titled_mid
    ):
        return None  # "hyresavtal", "ett avtal", "Agenda 2030": no steering document
    if (
        word.lower() == "agenda"
        and not described
        and not any(c.word.lower().endswith("agenda") for c in found)
    ):
        return None  # "sätta agendan för mötet": only a titled agenda is a document
    if is_predicate(ctx, m.start(), sentence_start, found) or named_subject(
        ctx, sentence_start, m.start()
    ):
        return None
    if _MOTION.search(ctx.text, max(sentence_start, m.start() - 60), m.start()):
        return None  # "Svar på motion - Handlingsplan mot X": a member's proposal, no document
    level = LEVEL_WORDS.get((m.group("level") or "").lower())
    if m.group("prefix"):
        level = Level.REGIONAL
    if _OF_SWEDEN.search(ctx.text, max(0, m.start() - 30), m.start()):
        level = Level.NATIONAL
    # "Kronobergs handlingsplan", "länets nya strategi": a genitive makes it definite.
    possessed = not det and bool(_POSSESSOR.search(ctx.text, max(0, m.start() - 40), m.start()))
    owned = not det and bool(_BODY_GENITIVE.search(ctx.text, max(0, m.start() - 40), m.start()))
    compound = word.lower() not in BARE_NOUNS
    after = read_after(
        ctx,
        m.end(),
        sentence_end,
        word,
        compound=compound and level is None,  # "nationellt handlingsprogram för att ..."
        with_topic=not definite or level is not None or capital_mid(ctx, m, sentence_start),
        titled=capital_mid(ctx, m, sentence_start),
    )
    topic, period, end = after.topic, after.period, after.end
    site = _ON_SITE.search(topic) if topic else None
    if topic and site:  # "... i hela landet på regeringens webbplats": a link's words
        at = ctx.text.rfind(site.group(0).strip(), m.end(), end)
        kept = m.end() + len(ctx.text[m.end() : at].rstrip()) if at > 0 else end
        topic, end = topic[: site.start()], kept
    if topic and period is None:
        topic, end = listed_topic(ctx, sentence_start, m.start(), topic, end)
    year = _YEAR.match(ctx.text, end, sentence_end) if not (topic or period) else None
    since = _SINCE.match(ctx.text, end, sentence_end) if predecessor and not topic else None
    desc = " ".join(title_desc(a, word) for a in (m.group("desc1"), m.group("desc")) if a)
    if word.lower() in ("plan", "program") and not (topic or period or definite or desc):
        return None  # "en plan för att ...": no document named
    # "Riktlinje Informationssäkerhet": a capitalised noun and a capitalised topic word
    titled_name = m.surface[:1].isupper() and _NAME_AFTER.match(ctx.text, end, sentence_end)
    if word.lower().startswith("riktlinje") and not (
        topic or period or definite or possessed or owned_before(ctx, m.start()) or titled_name
    ):
        return None  # "Riktlinjer" alone names none; "Ekerö kommuns riktlinjer" does
    budget = any(t.startswith(NOT_DOCUMENT_ADJECTIVES) for t in desc.lower().split())
    if word.lower() == "plan" and budget:
        return None  # "ekonomisk plan 2018-2021": a budget, no steering document
    joined = found and _COORDINATED.fullmatch(ctx.text, found[-1].end, m.start())
    # "program för X, program för Y": two list items with topics of their own, two documents
    listed = bool(joined and topic and found[-1].topic)
    if listed:
        found[-1].listed = True
    if joined and not (det or definite):  # a definite one refers back: "X och planen"
        det = found[-1].det or "en"  # "... och program för trygghet": as new as the one before
    heading = is_heading(ctx, m.start()) and not det and not definite and not adj
    if period is None:
        period = valid_for(ctx, end, sentence_end, MENTION)
        if heading and period is None:
            period = meta_period(ctx, top_end(ctx))
    name = mention_name(ctx, m, sentence_start, word)
    quoted = quoted_name(ctx, end, sentence_end)
    # with its own topic, or capitalised as a name itself, a dash sets a subtitle
    if quoted is None and not (topic or period or word[:1].isupper()):
        quoted = dashed_name(ctx, end, sentence_end)
        if quoted is not None:  # "översiktsplan - Ulricehamn 2040"
            quoted = _with_noun(word, quoted[0]), quoted[1]
    kind = kind_of(word)
    if quoted is None and definite:  # "Planen Västra Götaland 2020, som är ..."
        bare_noun = word.lower() in BARE_NOUNS
        named = noun_name(ctx, end, sentence_end, bare=bare_noun, year_only=bool(det))
        if named is not None:
            # "Utvecklingsstrategin Skellefteå 2030": the noun, a place and a year
            quoted = _with_noun(word, named[0]), named[1]
            kind = kind_of(named[3]) if named[3] else kind
            level = LEVEL_WORDS.get(named[2], level)
    if quoted is None and not (m.group("det") or definite or adj or topic):
        generic = word.lower() in BARE_NOUNS
        placed = (
            place_title(ctx, end, sentence_end, bare=generic) if m.surface[:1].isupper() else None
        )
        quoted = (f"{m.surface} {placed[0]}", placed[1]) if placed else None
    if quoted is None and not (topic or period or heading):
        quoted = appositive(ctx, end, sentence_end)
    if quoted is None and not (topic or period) and (definite or m.surface[:1].isupper()):
        acr = acronym_topic(ctx, end, sentence_end)  # "handlingsplanen ANDT"
        quoted = (f"{word[:1].upper()}{word[1:]} {acr[0]}", acr[1]) if acr else None
    if quoted is None and not period:
        quoted = acronym_name(ctx, end, sentence_end)  # "..., RUS 2030, beslutades"
    if quoted is not None:
        name, end = quoted
        tail = _NAME_PERIOD.search(name)
        period = period or (span_years(tail) if tail else None)  # "Kraftsamling ... 2023-2027"
    framed = frame_name(ctx, sentence_start, m.start())
    if framed is not None:  # "Växtplats Blekinge beslutad som ny utvecklingsstrategi"
        name = framed[0]
    proper = quoted is not None or framed is not None
    # (a compound names its document without: "Konstpolicy för Tranås kommun" is Konstpolicy)
    whole = Span(sentence_start, sentence_end)
    opening = not compound and opening_title(ctx, whole, m.start(), end, topic)
    bare = m.surface[0].isupper() and not (adj or det or definite)
    mid = capital_mid(ctx, m, sentence_start) or own_line(ctx, m, end)
    mid = mid or status_line(ctx, m, end)
    # "Medborgarlöfte från Polisen och Karlshamns kommun under ...": a label line's noun
    labelled = m.start() == sentence_start and bool(_FROM_PARTIES.match(ctx.text, end))
    titled = bare and (level is not None or heading or mid or opening or labelled)
    definite_topic = None
    if definite and topic is None and period is None:
        dt = topic_after(ctx, m.end(), sentence_end, word, compound)
        definite_topic = (dt.topic.strip(), dt.end) if dt.topic else None
    return Cand(
        framed[1] if framed else m.start(),
        end,
        kind,
        word,
        level,
        bool(m.group("prefix")),
        topic.strip() if topic else None,
        period,
        det,
        definite or det in ("den", "det", "de", "denna", "detta", "dessa") or possessed,
        predecessor,
        heading,
        titled,
        name=name,
        desc=desc[:1].upper() + desc[1:],
        fresh=det == "nästa" or (adj in NEW_ADJECTIVES and not (det or definite or possessed)),
        belongs=adj == "tillhörande",
        proper=proper,
        headline=not det and not definite and bool(topic) and _page_headline(ctx, m.start()),
        year=year.group("year") if year else "",
        since=since.group("year") if since else "",
        definite_topic=definite_topic,
        naked=not (det or adj or described),
        restrictive=det in ("den", "det", "de") and not suffix and bool(topic),
        adj=adj,
        plural=plural,
        owned=owned,
        listed=listed,
        proposed=not det and bool(_PROPOSAL.search(ctx.text, max(0, m.start() - 40), m.start())),
    )

"""Lineage in the many words pages use: IMPLEMENTS and SIGNED beyond fixed frames.

Why: "utgår från" and "skrev under" are only the start. Real pages say a plan
"konkretiserar målen i kommunens program", is "en vidareutveckling av Region
Stockholms strategi", "en regional anpassning av" or "ett deldokument till" one,
"ska fungera som en del i tillväxtprogrammet", works "utifrån" or "i linje med" a
strategy, "har sin grund i", "grundar sig i" or "vilar på" one, is "kopplat till" or
"knyter an till" one, is the way to "göra verkstad av" one,
"svarar upp mot" a national programme, "ska ligga till grund för" another's
implementation, is there "för att nå målen i" a strategy, is the plan "som hör till" a
programme; and that organisations
"har ställt sig bakom" or "undertecknat" a plan, "tecknat" or "ingått" an agreement.

Rules:
- relation.implements.wording: a sentence with such a cue and a document B
  after it (within a short gap, no other document between), and the documents
  coordinated with B ("program för X och program för Y"). The implementing
  document is the one named before the cue in the sentence, else for "Den ..." the
  document opening the sentence before ("En handlingsplan finns. Den beskriver ...
  för att nå målen i agendan"), else the page's own document when the sentence
  speaks of it ("Planen", "Den", "Syftet med strategin"), never B itself; after a
  fronted cue ("Utifrån strategin har regeringen i handlingsplanen ...") it is the
  next document after B. "A ska ligga till grund för B" reads the other way (B
  builds on A), unless B's carrying out follows ("för genomförandet av B", "för
  hur B genomförs").
- relation.signed.sentence: a sentence with a signing verb and a document; the
  signatories are the organisations between the document and the verb ("som
  alla länets kommuner, regionen och länsstyrelsen undertecknat", also when a period read
  further on carried the document's mention past the verb) or before the
  verb ("X, Y och Z har ställt sig bakom strategin"), and they sign the documents
  coordinated with it too ("strategin med tillhörande åtgärdsprogram"). Its date
  is the sentence's.
  "vi" by the verb is the page's own organisation ("Nu undertecknar vi X"); an
  indefinite agreement after the verb ("har tecknat en samverkansöverenskommelse") is
  the page's main agreement; with no signer named, the parties of a mention of the
  agreement sign ("samarbetsavtal mellan A och B ... Avtalet undertecknades").
- relation.signed.inverted: "skrev A och B på avtalet" -> A and B signed it.
- relation.signed.commitment: "<agreement> är ett (gemensamt) åtagande från A och B"
  -> each organisation listed is a party that signed it.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.clause_parts import TOP_KINDS, listed_actors
from ingest.rules.extract_lists import main_document
from ingest.rules.relations_shared import COORDINATED_DOCUMENTS, listed_before, subject
from ingest.rules.role_common import genitive_part

__all__ = ["extract_lineage"]

CONF_LINEAGE = 0.7

_IMPLEMENTS_CUE = compile_guarded(
    r"\b(?:konkretiserar|konkretisera|en\s+konkretisering\s+av|en\s+vidareutveckling\s+av|"
    r"tar\s+sin\s+utgångspunkt\s+(?:i|från)|(?:har|ha|med)\s+(?:sin\s+)?utgångspunkt\s+(?:i|från)|"
    r"tar\s+avstamp\s+i|grundar\s+sig\s+(?:på|i)|(?:är\s+)?baserad\s+på|baseras\s+på|"
    # "är en regional anpassning av", "är ett deldokument till", "är en förlängning av"
    r"(?:är\s+)?en\s+(?:[a-zåäö]+\s+)?(?:anpassning|förlängning)\s+av|"
    r"(?:är\s+)?ett\s+deldokument\s+(?:till|i|av)|"
    # "göra verkstad av strategin", "är kopplat till", "knyter an till"
    r"göra\s+verkstad\s+av|(?:är\s+)?koppla[dt]e?\s+till|knyter\s+an\s+till|"
    r"(?:har|ha)\s+sin\s+grund\s+i|vilar\s+på|(?:är\s+)?förankrad\s+i|"
    r"(?:fungera|fungerar|utgör|är)\s+(?:som\s+)?en\s+del\s+(?:i|av)(?:\s+genomförandet\s+av)?|"
    r"ett\s+led\s+i\s+genomförandet\s+av|för\s+att\s+(?:genomföra|förverkliga|"
    r"(?:uppnå|nå|uppfylla)\s+(?:de\s+)?(?:[\wåäö]+\s+)?målen\s+i)|"
    # "... drivs framåt så att målen i programmet uppnås"
    r"så\s+att\s+(?:de\s+)?(?:[\wåäö]+\s+)?målen\s+i|"
    r"utifrån|i\s+linje\s+med|svara(?:r)?\s+upp\s+mot|(?:ligga|ligger|legat|låg)\s+till\s+grund\s+för|"
    # "har utgjort ett viktigt underlag till översiktsplanen": read as "ligger till grund"
    r"(?:utgör|utgjort|utgjorde)\s+(?:ett\s+)?(?:[a-zåäö]+\s+)?underlag\s+(?:till|för)|"
    # "som till stora delar följer den nationella strategin" (not "följer upp")
    r"följer(?=\s+(?:den|det|de)\s)|(?<=som\s)(?:hör\s+till|tillhör)|bidra(?:r)?\s+till\s+(?:att\s+(?:uppfylla|nå)\s+)?)\b",
    re.I,
)
_GAP = 90  # characters from the cue to the document it points at
# A dummy "det" or a date stands for no document ("Det är viktigt att", "Den 5 mars").
_EXPLETIVE = re.compile(
    r"\s*(?:Det\s+(?:(?:är|var|blir|har\s+varit)\s+(?:[\wåäö]+\s+){1,3}?att\b"
    r"|finns|fanns|handlar|gäller|krävs|behövs|framgår)\b|Den\s+\d)"
)
# After the first predicate's object, "och" and the cue: a second predicate of one subject.
_SECOND_PREDICATE = re.compile(r"[^.,;:]{0,30}?\s+och\s+")
_OPENING = 12  # characters from the sentence's start within which its subject opens
_GROUNDS = re.compile(r"(?:ligga|ligger|legat|låg)\s+till\s+grund|utg[öj]", re.I)
# Between two documents of one subject list: "A (RUS), B samt C".
_LISTED = re.compile(r"\s*(?:\([^()]{1,15}\))?" + COORDINATED_DOCUMENTS.pattern)
# "en del av ett samarbete mellan ...": an indefinite object of its own, then the document
_OTHER_OBJECT = re.compile(
    r"\s*(?:ett|en)\s+(?![\wåäö-]*(?:strategi|plan|program|policy))[\wåäö-]+\s"
)
_CARRYING_OUT = re.compile(r"\s*(?:genomförandet\s+av|hur)\s", re.I)
# Matched at the sentence's start (no "^": it would only match at a line start).
_SPEAKS_OF_OWN = re.compile(
    r"\s*(?:(?:Den|Det|Planen|Strategin|Programmet|Policyn|Riktlinjerna|Handlingsplanen)\b|"
    r"Syftet\s+med\s+\w+)",
    re.I,
)
_SIGN_CUE = compile_guarded(
    r"\b(?:undertecknat|undertecknade|undertecknades|undertecknar|skrev\s+under|"
    r"har\s+skrivit\s+under|"
    r"ställt\s+sig\s+bakom|ställde\s+sig\s+bakom|signerade|signerat|signerar|"
    r"(?:har\s+)?skrivit\s+på|"
    r"(?:har\s+)?(?:tecknat|tecknade|ingått|ingick))\b",
    re.I,
)
_SOM = re.compile(r"\bsom\s+", re.I)
_NOT_SIGNED = re.compile(r"\b(?:inte|ej|aldrig|ska|skall|kommer\s+att)\s+$", re.I)
_SIGNERS = TOP_KINDS  # who signs for itself, as clause_parts reads parties


def _implementing(
    ctx: Context, sentence: Span, cue: re.Match[str], targets: list[DocumentHit]
) -> DocumentHit | None:
    aims = {t.node_id for t in targets}
    docs = ctx.documents_in(sentence)
    before = [d for d in docs if d.end <= cue.start() and d.node_id not in aims]
    if before and _SECOND_PREDICATE.fullmatch(ctx.text, before[-1].end, cue.start()):
        # "Den ersätter X och konkretiserar Y": X is the first verb's object; the subject
        # of both is the sentence's (its opening document, else "Den" below)
        opening = before[0].start - sentence.start < _OPENING and before[0] is not before[-1]
        before = before[:1] if opening else []
    if before:
        return before[-1]
    if not ctx.text[sentence.start : cue.start()].strip():
        # A fronted cue: "Utifrån strategin har regeringen i handlingsplanen tagit fram ...".
        later = [d for d in docs if d.start >= targets[-1].end and d.node_id not in aims]
        if later:
            return later[0]
    if _EXPLETIVE.match(ctx.text, sentence.start, cue.start()):
        return None  # "Det är viktigt att ...": no document is the subject
    # "En handlingsplan finns. Den beskriver ... för att nå målen i agendan": the pronoun
    # stands for the subject of the sentence before, when that is a document.
    told = subject(ctx, sentence, docs)
    if told is not None and told.node_id not in aims and told.end <= cue.start():
        return told
    own = main_document(ctx)
    speaks = _SPEAKS_OF_OWN.match(ctx.text, sentence.start, cue.start())
    if own is not None and own.node_id not in aims and speaks:
        return own
    return None


def _targets(ctx: Context, sentence: Span, cue: re.Match[str]) -> list[DocumentHit]:
    """The document right after the cue and those coordinated with it ("kommunens
    program för X och program för Y")."""
    after = [d for d in ctx.documents_in(sentence) if d.start >= cue.end()]
    if not after or after[0].start - cue.end() > _GAP:
        return []
    if _OTHER_OBJECT.match(ctx.text, cue.end(), after[0].start):
        return []  # "är en del av ett samarbete ... inom ramen för programmet X"
    found = [after[0]]
    for d in after[1:]:
        if not COORDINATED_DOCUMENTS.fullmatch(ctx.text, found[-1].end, d.start):
            break
        found.append(d)
    return found


# "En trafikstrategi bör vara kopplad till översiktsplanen": advice on such documents.
_ADVICE = re.compile(r"\b(?:bör|borde|måste|behöver|kan)\s+(?:[a-zåäö]+\s+)?$", re.I)


# How broad a kind of document is: a strategy or policy is carried out by programmes and
# plans, and those by action plans, guidelines and routines.
_BREADTH = {"strategy": 0, "policy": 0, "programme": 1, "plan": 1}


def _rank(hit: DocumentHit) -> int:
    return _BREADTH.get(hit.document.kind.value, 2)


def _implements(ctx: Context, sink: FactSink, sentence: Span) -> None:
    for cue in _IMPLEMENTS_CUE.finditer(ctx.text, sentence.start, sentence.end):
        if _ADVICE.search(ctx.text, max(sentence.start, cue.start() - 25), cue.start()):
            continue
        targets = _targets(ctx, sentence, cue)
        if not targets:
            continue
        source = _implementing(ctx, sentence, cue, targets)
        if source is None:
            continue
        # "A ska ligga till grund för B": B builds on A; but "... för genomförandet av B"
        # / "för hur B genomförs": A is a means of carrying out B.
        grounds = _GROUNDS.match(cue.group(0)) is not None
        reverse = grounds and not _CARRYING_OUT.match(ctx.text, cue.end(), sentence.end)
        # "A, B samt C har legat till grund för planen": the plan builds on each of them
        sources = [source]
        if reverse:
            sources += listed_before(ctx, ctx.documents_in(sentence), source, _LISTED)
        for target in targets:
            # "Strategin ligger till grund för genomförandet av tillväxtprogrammet": the
            # broader kind is what the narrower carries out
            back = reverse or (grounds and _rank(target) > _rank(source))
            for ground in sources:
                implementer, implemented = (target, ground) if back else (ground, target)
                sink.link(
                    LinkType.IMPLEMENTS,
                    implementer.node_id,
                    implemented.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.implements.wording",
                    CONF_LINEAGE,
                )


def _signed(ctx: Context, sink: FactSink, sentence: Span) -> None:
    cue = _SIGN_CUE.search(ctx.text, sentence.start, sentence.end)
    if cue is None or _NOT_SIGNED.search(
        ctx.text, max(sentence.start, cue.start() - 25), cue.start()
    ):
        return  # "har inte undertecknat", "ska ställa sig bakom": no signing
    docs = ctx.documents_in(sentence)
    before = [d for d in docs if d.end <= cue.start()]
    doc = before[-1] if before else next((d for d in docs if d.start >= cue.end()), None)
    start = doc.end if doc is not None and doc.end <= cue.start() else sentence.start
    # "den överenskommelse om X som MSB och SKL tecknade i höst för 2019-2022": a period
    # read further on carried the document's mention past its relative clause's verb.
    spanning = [d for d in docs if d.start < cue.start() < d.end]
    marks = list(_SOM.finditer(ctx.text, spanning[-1].start, cue.start())) if spanning else []
    if marks:
        doc, start = spanning[-1], marks[-1].end()
    if doc is None:
        # "har tecknat en samverkansöverenskommelse" under the headline naming it
        own = main_document(ctx) if _AN_AGREEMENT.match(ctx.text, cue.end()) else None
        if own is None or own.document.kind is not DocumentKind.AGREEMENT:
            return
        doc = own
    signers = [
        _own_body(ctx, a)
        for a in ctx.actors_in(sentence)
        if a.kind in _SIGNERS and start <= a.start and a.end <= cue.start()
    ]
    publisher = ctx.publisher_id()
    if publisher and _WE.search(ctx.text, max(sentence.start, cue.start() - 8), cue.end() + 4):
        signers += [a for a in ctx.actors if a.node_id == publisher][:1]
    signers = signers or _parties(ctx, doc)
    dates = ctx.dates_in(sentence)
    signed = [doc]
    if doc.start >= cue.end():  # "ställt sig bakom strategin med tillhörande åtgärdsprogram"
        for d in docs:
            if d.start > signed[-1].end and COORDINATED_DOCUMENTS.fullmatch(
                ctx.text, signed[-1].end, d.start
            ):
                signed.append(d)
    # "Nu undertecknar vi avtalet": signed on the day the page reports it
    today = not dates and _NOW.search(ctx.text, sentence.start, cue.end()) is not None
    day, precision = ctx.published_day() if today else (None, None)
    for signer in signers:
        for target in signed:
            sink.link(
                LinkType.SIGNED,
                signer.node_id,
                target.node_id,
                sentence.start,
                sentence.end,
                "relation.signed.sentence",
                CONF_LINEAGE,
                date=day,
                date_precision=precision,
                when=dates[0] if dates else None,
            )


# "Medborgarlöftet är ett åtagande från lokalpolisområde X och kommunerna A, B och C".
_COMMITMENT_OF = re.compile(
    r"\bär\s+(?:ett\s+)?(?:gemensamt\s+)?åtagande\s+(?:från|mellan|av)\s+", re.I
)
# What ends the list of parties: a clause of its own.
_CLAUSE = re.compile(r"\b(?:som|att|för|där|när)\b|[;:]")


def _committed(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """An agreement that is 'ett åtagande från A och B': A and B are its parties."""
    cue = _COMMITMENT_OF.search(ctx.text, sentence.start, sentence.end)
    if cue is None:
        return
    docs = [d for d in ctx.documents_in(sentence) if d.end <= cue.start()]
    told = docs[-1] if docs else None
    if told is None or told.document.kind is not DocumentKind.AGREEMENT:
        return
    pos = cue.end()
    for actor in ctx.actors_in(Span(cue.end(), sentence.end)):
        if _CLAUSE.search(ctx.text, pos, actor.start):
            break
        pos = actor.end
        if actor.anaphoric or actor.kind not in _SIGNERS:
            continue
        sink.link(
            LinkType.SIGNED,
            actor.node_id,
            told.node_id,
            sentence.start,
            sentence.end,
            "relation.signed.commitment",
            CONF_LINEAGE,
        )


# "tecknat en (ny) samverkansöverenskommelse": an agreement the sentence names no further
_AN_AGREEMENT = re.compile(
    r"\s+(?:en|ett)\s+(?:[a-zåäö]+\s+)?[a-zåäö]*(?:överenskommelse|avtal|avsiktsförklaring)\b"
)
# "Nu undertecknar vi", "vi har undertecknat": the page's own organisation signs
_WE = re.compile(r"\bvi\b", re.I)
_NOW = re.compile(r"\b(?:[Nn]u|[Ii]\s?dag)\s+(?:undertecknar|signerar|tecknar)\b")
_BETWEEN = re.compile(r"\bmellan\s+")


def _parties(ctx: Context, doc: DocumentHit) -> list[ActorHit]:
    """'Avtalet undertecknades': the parties a mention of it names ('samarbetsavtal
    mellan Region Östergötland och Business Sweden')."""
    for hit in (h for h in ctx.documents if h.node_id == doc.node_id):
        between = _BETWEEN.search(ctx.text, hit.start, hit.end + 8)
        where = ctx.sentence_of(hit.start)
        if between and where is not None:
            return [a for a in listed_actors(ctx, between.end(), where) if a.kind in _SIGNERS]
    return []


# "I januari 2011 skrev Mörbylånga kommun och Borgholms kommun på avtalet": the signers
# between the verb and its particle.
_WROTE_ON = re.compile(r"\b(?:skrev|skriver)\s+(?P<who>[^.;:]{3,90}?)\s+på\s+")


def _signed_inverted(ctx: Context, sink: FactSink, sentence: Span) -> None:
    m = _WROTE_ON.search(ctx.text, sentence.start, sentence.end)
    doc = next((d for d in ctx.documents_in(sentence) if m and d.start >= m.end()), None)
    if m is None or doc is None or doc.start - m.end() > 12:
        return
    when = ctx.dates_in(sentence)
    for a in ctx.actors_in(Span(m.start("who"), m.end("who"))):
        if a.kind in _SIGNERS and not a.anaphoric:
            rule = "relation.signed.inverted"
            sink.link(
                LinkType.SIGNED,
                a.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                rule,
                CONF_LINEAGE,
                when=when[0] if when else None,
            )


def _own_body(ctx: Context, actor: ActorHit) -> ActorHit:
    """ "Malå kommuns kommunfullmäktige ställde sig bakom": the council, not its municipality."""
    genitive, part = genitive_part(ctx, actor)
    return part if genitive and part is not None and not part.anaphoric else actor


def extract_lineage(ctx: Context, sink: FactSink) -> None:
    signed = {x.evidence.start for x in sink.links.values() if x.type is LinkType.SIGNED}
    for sentence in ctx.sentences:
        _implements(ctx, sink, sentence)
        if sentence.start not in signed:
            _signed(ctx, sink, sentence)
            _committed(ctx, sink, sentence)
            _signed_inverted(ctx, sink, sentence)

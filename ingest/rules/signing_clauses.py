"""SIGNED from signing clauses, whoever the page says signed: organisations, or
persons signing for the organisations they hold a role in.

Why beyond relations_signed's frames: real pages tell a signing with the verb
before or after its parties, with persons as the signers ("skrev
lokalpolisområdeschef A och kommunstyrelsens ordförande B under"), with documents
coordinated with things that are not documents ("nya medborgarlöften samt en ny
samverkansöverenskommelse"), and with partners after the document ("har tecknat
samarbetsavtal med X samt Y").

Rules (each party signs for its top-level organisation, clause_parts.acting_for;
a negated or planned signing, "har inte undertecknat", "ska skriva under", "Imorgon
undertecknar", "beslutade att X tecknar", is not read):
- relation.signed.clause_active: "<parties> har undertecknat|skrev under|tecknade
  <documents>", and in verb-second order "I dag skrev A och B under <documents>",
  "Nu undertecknar kommunen och polisen <documents>", also with a long list of signers
  between the fronted verb and the documents; with the object left out
  ("Dessutom skrev A och B under, liksom C.") the document the SIGNED links of the two
  sentences before cite, when they cite one.
- relation.signed.clause_passive: "<documents> undertecknades|skrevs under|är
  undertecknad av <parties>", "skrevs <document> under av <parties>", "Den 15 januari
  undertecknades <document> av <parties>", and verb first
  with the parties after "mellan": "I dag undertecknades <documents> mellan A och B";
  the document before and the parties after: "<document> har tecknats mellan A och B",
  or inside: "skrevs <document> under mellan A och B".
- relation.signed.partners: after an active signing, "<document> med B och C" or
  "<document> mellan B och C" -> B and C signed it too.
"tecknade"/"ingick"/"sluter" sign agreements only ("tecknade avtal"); the documents are those
after the verb in its clause, each coordinated with the one before; a bare agreement
noun right after the verb ("har tecknat samarbetsavtal med X", "har skrivit under
medborgarlöften") or coordinated after a signed document ("en samverkansöverenskommelse
och förnyade medborgarlöften") is the page's agreement of that noun.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DocumentKind
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.clause_parts import Party, acting_for, parties, subjects
from ingest.rules.relations_shared import CONF_RELATION, first_date, has_link

__all__ = ["sign", "signing_clauses"]

_KEY = compile_guarded(
    r"tecknat|tecknad|tecknar|skr[ei]v|signer|"
    r"ingått|ingick|sluter|slöt|slutit",
    re.I,
)
# "skrev Karlstads kommun på ett nytt klimatkontrakt": "på" as the particle of signing,
# before what is signed, not the preposition of "skrev på webben".
_SIGNED_ON = (
    r"(?:ett|en|det|den|sitt|sin|\d{4}|[a-zåäö]*(?:kontrakt|avtal|överenskommelse|"
    r"avsiktsförklaring|löfte|deklaration)\w*)\b"
)
_ACTIVE = re.compile(
    r"\b(?:(?P<sign>undertecknade|undertecknar|undertecknat|signerade|signerar|signerat)"
    r"|(?P<agree>tecknade|tecknar|tecknat|ingick|ingått|sluter|slöt|slutit)"
    r"|(?P<write>skrev|skriver|skrivit)\b(?P<mid>[^.;:]{0,160}?)\b(?:under|på(?=\s+"
    + _SIGNED_ON
    + r")))\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:undertecknades|undertecknas|undertecknats|signerades|signerats|"
    r"tecknades|tecknas|tecknats|(?:skrevs|skrivits|skrivs)\b(?P<mid>[^.;:]{0,160}?)\bunder|"
    r"(?:är|var|blev|blivit)\s+(?:\w+\s+)?(?:undertecknad|undertecknat|undertecknade|"
    r"signerad|signerat|signerade))"
    r"\s+(?:\w+\s+){0,2}?av\s+",
    re.I,
)
# Verb first, no agent: "Den 20 december undertecknades en överenskommelse mellan A och B".
_PASSIVE_FIRST = re.compile(
    r"\b(?:undertecknades|undertecknats|signerades|signerats|tecknades|tecknats)\s+", re.I
)
_BETWEEN = re.compile(r"\s+(?:(?:\w+\s+){0,3}?)mellan\s+", re.I)
# The document before, the parties after: "en överenskommelse har tecknats mellan A och B".
_PASSIVE_BETWEEN = re.compile(
    r"\b(?:undertecknades|undertecknats|undertecknas|signerades|signerats|tecknades|"
    r"tecknats|tecknas|(?:skrevs|skrivits|skrivs)\s+under)\s+(?:\w+\s+){0,3}?mellan\s+",
    re.I,
)
# The document inside: "Den 5 juni skrevs en ny samverkansöverenskommelse under mellan A och B".
_WRITTEN_BETWEEN = re.compile(
    r"\b(?:skrevs|skrivits|skrivs)\b(?P<mid>[^.;:]{1,160}?)\bunder\s+(?:\w+\s+){0,3}?mellan\s+",
    re.I,
)
_IN_TITLE = re.compile(r"\smellan\s+", re.I)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig|ska|skall|kommer\s+att|avser\s+att)\s+$", re.I)
# A present-tense signing that is still to come: "Imorgon torsdag undertecknar A och B
# ...", or decided or proposed: "beslutade att Region Värmland tecknar ...".
_PRESENT = re.compile(r"undertecknar|signerar|tecknar|sluter|skriver", re.I)
_PLANNED = re.compile(
    r"\b(?:i\s?morgon|nästa\s+(?:vecka|månad)|senare\s+i\s+(?:dag|veckan|höst|vår))\b"
    r"|\batt\b[^.;:]{0,80}$",
    re.I,
)
# Where the clause of the object ends (outside document names: "Plan för att ...").
_CLAUSE_END = re.compile(r"[.;:]|\b(?:som|där|när|eftersom|för\s+att|vilket)\b", re.I)
_COORDINATED = re.compile(r"[^.;:]{0,60}?(?:,|\boch\b|\bsamt\b|\bliksom\b)[^.;:]{0,40}$", re.I)
_FIRST_GAP = 60  # characters from the verb to the first document it signs
# ... when the signers stand between them ("Förra fredagen undertecknade A, B och ett antal
# aktörer i länet en gemensam strategi"): verb second, no subject before the verb.
_INVERTED_GAP = 200
_BARE_AGREEMENT = re.compile(
    r"\s+(?:(?:nya|nytt|förnyade|gemensamma|årets)\s+)?(?P<noun>[a-zåäö]*(?:avtal|"
    r"överenskommelse|överenskommelser|avsiktsförklaring|medborgarlöfte|medborgarlöften))\b"
)
# "undertecknades en samverkansöverenskommelse och förnyade medborgarlöften": a bare
# agreement noun coordinated with the document before it.
_AND = re.compile(r"\s*(?:,|\boch\b|\bsamt\b)", re.I)
_PARTNERS = re.compile(r"\s+(?:(?:\w+\s+){0,3}?mellan|med)\s+", re.I)
# "Dessutom skrev A och B under, liksom C.": the particle ends the clause, the object
# is the document signed just before; "liksom" adds signers.
_NO_OBJECT = re.compile(r"\s*(?:[.;!]|,\s*(?P<also>liksom)\s+|$)", re.I)
_RECENT = 2  # sentences back to the signing an elided object refers to


def _clause_end(ctx: Context, start: int, limit: int, docs: list[DocumentHit]) -> int:
    for m in _CLAUSE_END.finditer(ctx.text, start, limit):
        if not any(d.start <= m.start() < d.end for d in docs):
            return m.start()
    return limit


def _objects(
    ctx: Context,
    docs: list[DocumentHit],
    start: int,
    end: int,
    agreements: bool,
    gap: int = _FIRST_GAP,
) -> list[DocumentHit]:
    """The documents from ``start`` on: the first within `gap` characters, then each one
    coordinated with the one before."""
    found: list[DocumentHit] = []
    for d in docs:
        if d.start < start or d.end > end:
            continue
        if not found:
            if d.start - start > gap:
                break
        elif not _COORDINATED.fullmatch(ctx.text, found[-1].end, d.start):
            break
        found.append(d)
    if agreements:
        found = [d for d in found if d.document.kind is DocumentKind.AGREEMENT]
    return found


def sign(
    ctx: Context,
    sink: FactSink,
    sentence: Span,
    signers: list[Party],
    signed: list[DocumentHit],
    rule: str,
    *,
    dated: bool = True,
) -> None:
    """Each signer's organisations SIGNED each document, cited by the sentence and dated
    by its date when `dated` (a sentence telling the signing)."""
    when = first_date(ctx.dates_in(sentence)) if dated else None
    for party in signers:
        for org in acting_for(sink, party):
            for doc in signed:
                # An earlier rule read the pair; a dated reading below an undated caption's
                # ("signerar" above, "Den 19 december har X undertecknat" below) still counts.
                if has_link(sink, LinkType.SIGNED, org, doc.node_id, dated=when is not None):
                    continue
                sink.link(
                    LinkType.SIGNED,
                    org,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    rule,
                    CONF_RELATION,
                    when=when,
                )


def _bare_agreement(ctx: Context, start: int, end: int) -> list[DocumentHit]:
    """'har tecknat samarbetsavtal med X': a bare agreement noun right after the verb is
    the page's agreement document of that noun (named elsewhere with a determiner)."""
    m = _BARE_AGREEMENT.match(ctx.text, start, end)
    if m is None:
        return []
    # "avtal" is not "samarbetsavtal"; "medborgarlöften" names "Medborgarlöfte 2023"
    stem = re.sub(r"(?<=löfte)n$|(?<=kommelse)r$", "", m.group("noun"))
    noun = re.compile(rf"\b{stem}", re.I)
    for d in ctx.documents:
        if d.document.kind is DocumentKind.AGREEMENT and noun.search(ctx.text, d.start, d.end):
            return [DocumentHit(m.start("noun"), m.end(), d.document, d.rule, False, d.owner)]
    return []


def _coordinated_bare(ctx: Context, signed: list[DocumentHit], end: int) -> list[DocumentHit]:
    """The page's agreement named by a bare noun coordinated after the last document
    signed ("en samverkansöverenskommelse och förnyade medborgarlöften")."""
    if not signed:
        return []
    joint = _AND.match(ctx.text, signed[-1].end, end)
    if joint is None:
        return []
    more = _bare_agreement(ctx, joint.end(), end)
    return [d for d in more if all(d.node_id != s.node_id for s in signed)]


def _active(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for verb in _ACTIVE.finditer(ctx.text, sentence.start, sentence.end):
        if _NEGATED.search(ctx.text, max(sentence.start, verb.start() - 30), verb.start()):
            continue
        present = _PRESENT.fullmatch(verb.group(0).split()[0])
        if present and _PLANNED.search(ctx.text, sentence.start, verb.start()):
            continue
        end = _clause_end(ctx, verb.end(), sentence.end, docs)
        signed = _objects(ctx, docs, verb.end(), end, bool(verb.group("agree")))
        if (
            not signed
            and not verb.group("write")
            and not subjects(ctx, sentence.start, verb.start())
        ):
            signed = _objects(ctx, docs, verb.end(), end, bool(verb.group("agree")), _INVERTED_GAP)
        if not signed and not (verb.group("write") and verb.group("mid").strip()):
            # "har tecknat samarbetsavtal med X", "har skrivit under medborgarlöften"
            signed = _bare_agreement(ctx, verb.end(), end)
        signed += _coordinated_bare(ctx, signed, end)
        elided = (
            _NO_OBJECT.match(ctx.text, verb.end(), sentence.end) if verb.group("write") else None
        )
        if not signed and elided is not None:
            signed = _signed_before(ctx, sink, sentence, verb.end())
        if not signed:
            continue
        signers = subjects(ctx, sentence.start, verb.start())
        signers = [s for s in signers if not any(d.start <= s.start < d.end for d in docs)]
        if not signers:  # verb-second order: "I dag skrev A och B under", "tecknade A <doc>"
            inner = verb.start("mid") if verb.group("write") else verb.end()
            signers = parties(ctx, inner, verb.end() if verb.group("write") else signed[0].start)
        partners = _PARTNERS.match(ctx.text, signed[-1].end, sentence.end)
        if elided is not None and elided.group("also"):
            signers += parties(ctx, elided.end(), sentence.end)
        elif partners:
            signers += parties(ctx, partners.end(), sentence.end)
        else:
            signers += _between(ctx, signed[-1], sentence)
        if signers:
            sign(ctx, sink, sentence, signers, signed, "relation.signed.clause_active")


def _passive(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for verb in _PASSIVE.finditer(ctx.text, sentence.start, sentence.end):
        if _NEGATED.search(ctx.text, max(sentence.start, verb.start() - 30), verb.start()):
            continue
        # "skrevs <doc> under av", and verb-second "undertecknades <doc> av <parties>"
        start = verb.start("mid") if verb.group("mid") else verb.start() + 1
        inner = [d for d in docs if start <= d.start and d.end <= verb.end()]
        before = [d for d in docs if d.end <= verb.start()]
        if inner:
            signed = inner
        elif before and not _CLAUSE_END.search(ctx.text, before[-1].end, verb.start()):
            signed = [before[-1]]
        else:
            continue
        signers = parties(ctx, verb.end(), sentence.end)
        if signers:
            sign(ctx, sink, sentence, signers, signed, "relation.signed.clause_passive")
    for verb in _PASSIVE_BETWEEN.finditer(ctx.text, sentence.start, sentence.end):
        if _NEGATED.search(ctx.text, max(sentence.start, verb.start() - 30), verb.start()):
            continue
        # (an agreement's hit may run on to its parties: "<X> har tecknats mellan A och B")
        before = [d for d in docs if d.start < verb.start()]
        gap = ctx.text[min(before[-1].end, verb.start()) : verb.start()] if before else ""
        if before and not _CLAUSE_END.search(gap) and len(gap) <= _FIRST_GAP:
            signers = parties(ctx, verb.end(), sentence.end)
            sign(ctx, sink, sentence, signers, [before[-1]], "relation.signed.clause_passive")
    for verb in _WRITTEN_BETWEEN.finditer(ctx.text, sentence.start, sentence.end):
        inner = [d for d in docs if verb.start("mid") <= d.start and d.end <= verb.end("mid")]
        if inner and not _NEGATED.search(
            ctx.text, max(sentence.start, verb.start() - 30), verb.start()
        ):
            signers = parties(ctx, verb.end(), sentence.end)
            sign(ctx, sink, sentence, signers, inner, "relation.signed.clause_passive")
    for verb in _PASSIVE_FIRST.finditer(ctx.text, sentence.start, sentence.end):
        if _NEGATED.search(ctx.text, max(sentence.start, verb.start() - 30), verb.start()):
            continue
        end = _clause_end(ctx, verb.end(), sentence.end, docs)
        signed = _objects(ctx, docs, verb.end(), end, False)
        signed += _coordinated_bare(ctx, signed, end)
        if signed:
            signers = _between(ctx, signed[-1], sentence)
            sign(ctx, sink, sentence, signers, signed, "relation.signed.clause_passive")


def _signed_before(ctx: Context, sink: FactSink, sentence: Span, at: int) -> list[DocumentHit]:
    """The one document the SIGNED links of the last sentences before this one cite,
    as an elided object at ``at`` ("... undertecknades av A. Dessutom skrev B under.")."""
    index = next((i for i, s in enumerate(ctx.sentences) if s.start == sentence.start), None)
    if not index:
        return []
    window = ctx.sentences[max(0, index - _RECENT) : index]
    start, end = window[0].start, window[-1].end
    targets = {
        k.to_id
        for k in sink.links.values()
        if k.type is LinkType.SIGNED and start <= k.evidence.start < end
    }
    if len(targets) != 1:
        return []
    (target,) = targets
    doc = next((d.document for d in ctx.documents if d.node_id == target), None)
    return [DocumentHit(at, at, doc, "signed.elided", False)] if doc else []


def _between(ctx: Context, doc: DocumentHit, sentence: Span) -> list[Party]:
    """The parties after "mellan" following the document, or in its own title
    ("Överenskommelse mellan Polismyndigheten och X kommun")."""
    m = _BETWEEN.match(ctx.text, doc.end, sentence.end) or _IN_TITLE.search(
        ctx.text, doc.start, doc.end
    )
    return parties(ctx, m.end(), sentence.end) if m else []


def signing_clauses(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    if not _KEY.search(ctx.text, sentence.start, sentence.end):
        return
    _active(ctx, sink, sentence, docs)
    _passive(ctx, sink, sentence, docs)

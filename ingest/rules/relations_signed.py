"""SIGNED and signatory counts, from fixed frames.

- relation.signed.undertecknades_av: "<doc> undertecknades av ... <orgs>" -> each
  organisation named after the verb SIGNED doc, dated by the sentence's date
- relation.signed.signatory_list: "<doc> undertecknades av:" over a list whose lines open
  with the signers -> each, dated by the intro or the sentence before telling of the
  signing ("I onsdags skrev åtta kommuner under ...")
- relation.signed.har_undertecknat: "<org> har undertecknat <doc>"
- relation.signed.agreement_parties: "en överenskommelse mellan A och B har
  tecknats" -> each party SIGNED the agreement
- relation.signed.parties_between: "X undertecknade ett medborgarlöfte mellan A och B",
  a signing verb anywhere in the sentence -> each party named right after "mellan"
  (not in "förslag till avtal mellan ...": a draft)
- relation.signed.agreement_between: "bygger på en överenskommelse mellan A, B och C", no
  signing verb, nothing to come or approved, in running text (a title names no signers)
  -> each party SIGNED the agreement, undated
- relation.signed.with_partners: "A skrev idag under ett samverkansavtal med B och C",
  "A har tecknat överenskommelser med B, C samt D" -> the subject and each partner
- relation.signed.skrev_under: "skrev A och B under <doc>", "A och B skrev under <doc>";
  then the sentences that open with their signers or their verb
  (ingest.rules.signing_openers: relation.signed.concluded, relation.signed.verb_first)
- relation.signed.bland_dem_som: "Bland dem som skrev under finns A, B" -> the
  document signed in the sentence before, with that sentence's date
- relation.signed.on_behalf: "<person> undertecknade <doc> för <org>s räkning" -> org
  SIGNED doc, dated by the sentence, else by the sentence just before when it
  tells of the same signing ("Planen undertecknades den 12 mars.")
- document.signatory_count: "undertecknades av 15 myndighetsansvariga" and
  "undertecknades <doc> av 12 aktörer" -> the document's signatory_count, with
  the clause as the document's evidence
"""

from __future__ import annotations

import dataclasses
import re

from graph.nodes import Document, DocumentKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.dates import DateMention
from ingest.language.numbers import NUMBER_WORDS
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.clause_parts import listed_actors
from ingest.rules.document_owners import parties_after
from ingest.rules.relations_shared import CONF_RELATION, between, first_date, sign_each
from ingest.rules.signing_openers import concluded, concluded_verb_first

# "Klimatkontraktet undertecknas vid en digital ceremoni ... av A och B": a short adverbial
# may stand before the agents
_SIGNED_PASSIVE = re.compile(
    r"\b(?:undertecknades|undertecknas|har\s+undertecknats|skrevs\s+under)"
    r"(?:\s+(?:vid|under|i\s+samband\s+med)\s+[^.;:,]{3,80}?)?\s+av\b"
)
_SIGNED_ACTIVE = re.compile(r"^\s+(?:har\s+)?(?:undertecknat|undertecknade|skrivit\s+under)\s+$")
_AGREEMENT_VERB = re.compile(
    r"\b(?:har\s+(?:tecknats|undertecknats|slutits|ingåtts)|tecknades|undertecknades|"
    r"slöts|ingicks)\b"
)
# Any signing or concluding verb in the sentence, before or after the agreement.
_ANY_SIGNING = re.compile(
    r"\b(?:(?:under)?teckna(?:r|de|t|s|des|ts)?|"
    r"skr(?:iva|iver|ivit|ev)\s+(?:i\s*dag\s+|också\s+|även\s+|nu\s+)?under|"
    r"skrivits\s+under|signera(?:r|de|t)?|ingått|ingick|ingåtts|slutit|slöt|slutits)\b"
)
# "Huddinge kommun skrev idag under": what may stand between the signer and the verb.
_SUBJECT_GAP = re.compile(r"\s+(?:har\s+|hade\s+)?(?:nu\s+|idag\s+|i\s+dag\s+|också\s+|även\s+)?")
_WITH = re.compile(r"\s+med\s+")
# An agreement still to come or being worked out: no parties have signed it yet.
_NOT_YET = re.compile(
    r"\b(?:ska|skall|kommer\s+att|planerar|förhandla\w*|utkast|arbeta\w*\s+fram|ta\s+fram|"
    r"tas\s+fram|inte|ingen|inget|godkän\w*|anta\w*|beslut\w*|bevilja\w*)\b",
    re.I,
)
_MELLAN_NEXT = re.compile(r"\s+mellan\s")
# "förslag till avtal mellan A och B": a draft, not yet signed.
_PROPOSED = re.compile(r"\bförslag(?:et)?\s+(?:till|på|om)\s+(?:\w+\s+){0,3}$")
_SIGNATORY_COUNT = re.compile(
    r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\s+av\s+"
    r"(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<who>[a-zåäö]+)"
)
_COUNT_AFTER_DOC = re.compile(
    r"\s+av\s+(?P<n>\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(?P<who>[a-zåäö]+)"
)
_SIGNED_VERB_FIRST = re.compile(r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\b")
# "skrev A och B under <doc>" / "A och B skrev under <doc>"
_SIGNED_UNDER = re.compile(r"\bskrev\b(?P<mid>[^.;:]*?)\bunder\s+$")

_SIGNERS_LISTED = compile_guarded(r"\bBland\s+dem\s+som\s+skrev\s+under\s+(?:finns|fanns)\b")
_SIGNS = re.compile(
    r"\b(?:undertecknade|undertecknat|undertecknades|skrev\s+under|har\s+skrivit\s+under|"
    r"signerade|signerat)\b"
)
_FOR_BEFORE = re.compile(r"\bför\s+$")
_RAKNING_AFTER = re.compile(r"\s+räkning\b")
_SIGNING_VERB = re.compile(r"\b(?:undertecknades|skrev|har\s+undertecknats|skrevs\s+under)\b")


# "Avsiktsförklaringen undertecknades av:" over a list, one signer a line.
_LIST_INTRO = re.compile(r"[^\n.]{0,30}?:[ \t]*\n")
_LIST_LINE = re.compile(r"[ \t]*(?:[-\u2013•*·]|\d{1,2}[.)])?[ \t]*(?P<line>[^\n]+)\n?")
_MAX_SIGNERS = 40


def _signatory_list(
    ctx: Context, sink: FactSink, sentence: Span, doc: DocumentHit, when: DateMention | None
) -> None:
    """Each line of the list after the intro that opens with an organisation signed the
    document ("- Flens kommun - Eva Ek (M), kommunstyrelsens ordförande"), dated by the
    intro, else by the nearest sentence before it that tells of the signing."""
    pos = ctx.text.find("\n", sentence.start) + 1
    if when is None:
        when = _told_signing_date(ctx, sentence, doc)
    for _ in range(_MAX_SIGNERS):
        line = _LIST_LINE.match(ctx.text, pos)
        if line is None or not line.group("line").strip():
            break
        start = line.start("line")
        first = next((a for a in ctx.actors if a.start == start and not a.anaphoric), None)
        if first is None:
            break
        sign_each(sink, [first], doc, Span(sentence.start, line.end("line")), _LIST_RULE, when)
        pos = line.end()


_LIST_RULE = "relation.signed.signatory_list"
_BACK_SENTENCES = 12  # the news lead that tells of the signing, paragraphs before


def _told_signing_date(ctx: Context, sentence: Span, doc: DocumentHit) -> DateMention | None:
    """The date of a sentence shortly before that tells of signing a document of its kind."""
    index = ctx.sentence_index(sentence)
    kind = doc.document.kind  # (an indefinite first naming may be a node of its own)
    for earlier in reversed(ctx.sentences[max(0, index - _BACK_SENTENCES) : index]):
        told = any(d.document.kind is kind for d in ctx.documents_in(earlier))
        if told and (
            _ANY_SIGNING.search(ctx.text, earlier.start, earlier.end)
            or _WROTE_UNDER.search(ctx.text, earlier.start, earlier.end)
        ):
            return first_date(ctx.dates_in(earlier))
    return None


# "skrev åtta kommuner i Sörmland under": the inverted subject between verb and particle
_WROTE_UNDER = re.compile(r"\bskr(?:ev|iver|ivit)\s+(?:[\wåäö-]+\s+){1,6}?under\b")


def signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _SIGNED_PASSIVE.search(ctx.text, sentence.start, sentence.end)
    if verb:
        before = [d for d in docs if d.end <= verb.start()]
        if before:
            doc = before[-1]
            signers = [a for a in actors if a.start >= verb.end()]
            when = first_date(ctx.dates_in(sentence), verb.end())
            sign_each(sink, signers, doc, sentence, "relation.signed.undertecknades_av", when)
            if not signers and _LIST_INTRO.match(ctx.text, verb.end(), sentence.end + 1):
                _signatory_list(ctx, sink, sentence, doc, when)
    for actor in actors:
        for doc in docs:
            if doc.start > actor.end and _SIGNED_ACTIVE.match(between(ctx, actor.end, doc.start)):
                when = first_date(ctx.dates_in(sentence))
                sign_each(sink, [actor], doc, sentence, "relation.signed.har_undertecknat", when)


def agreement_signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _AGREEMENT_VERB.search(ctx.text, sentence.start, sentence.end)
    signing = _ANY_SIGNING.search(ctx.text, sentence.start, sentence.end)
    for doc in docs:
        if doc.document.kind is not DocumentKind.AGREEMENT:
            continue
        mellan = ctx.text.find(" mellan ", doc.start, verb.start()) if verb else -1
        if verb is not None and doc.end <= verb.start() and mellan >= 0:
            parties = [a for a in actors if mellan < a.start and a.end <= verb.start()]
            when = first_date(ctx.dates_in(sentence), verb.end())
            sign_each(sink, parties, doc, sentence, "relation.signed.agreement_parties", when)
        elif signing is not None and not _PROPOSED.search(ctx.text, sentence.start, doc.start):
            # "undertecknade ett medborgarlöfte mellan kommunen och Polisen"
            inside = ctx.text.find(" mellan ", doc.start, doc.end)  # the title may hold them
            between_parties = parties_after(ctx, doc.end if inside < 0 else inside, sentence.end)
            when = first_date(ctx.dates_in(sentence))
            sign_each(sink, between_parties, doc, sentence, "relation.signed.parties_between", when)
            if signing.end() <= doc.start:
                _with_partners(ctx, sink, sentence, doc, actors, signing.start())
        elif (
            signing is None
            and verb is None
            and not _NOT_YET.search(ctx.text, sentence.start, sentence.end)
        ):
            # "Strategin bygger på en överenskommelse mellan regeringen, C och L": a standing
            # agreement is its parties' (a title, "Överenskommelse mellan A och B", names none)
            inside = ctx.text.find(" mellan ", doc.start, doc.end)
            at = doc.end if _MELLAN_NEXT.match(ctx.text, doc.end) else inside
            if (
                at >= 0
                and ctx.text[doc.start].islower()
                and not _PROPOSED.search(ctx.text, sentence.start, doc.start)
            ):
                parties = parties_after(ctx, at, sentence.end)
                sign_each(sink, parties, doc, sentence, "relation.signed.agreement_between", None)


def _with_partners(
    ctx: Context,
    sink: FactSink,
    sentence: Span,
    doc: DocumentHit,
    actors: list[ActorHit],
    verb_start: int,
) -> None:
    """'A skrev idag under ett samverkansavtal med B och C': the subject and its partners."""
    with_ = _WITH.match(ctx.text, doc.end, sentence.end)
    subject = [
        a
        for a in actors
        if a.end <= verb_start and _SUBJECT_GAP.fullmatch(ctx.text, a.end, verb_start)
    ]
    if with_ is None or not subject or subject[-1].anaphoric:
        return
    partners = listed_actors(ctx, with_.end(), sentence)
    if partners:
        when = first_date(ctx.dates_in(sentence))
        signers = [subject[-1], *partners]
        sign_each(sink, signers, doc, sentence, "relation.signed.with_partners", when)


def signatory_count(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    m = _SIGNATORY_COUNT.search(ctx.text, sentence.start, sentence.end)
    if m is None:
        _signatory_count_inverted(ctx, sink, sentence, docs)
        return
    before = [d for d in docs if d.end <= m.start()]
    node = sink.nodes.get(before[-1].node_id) if before else None
    if not isinstance(node, Document):
        return
    raw = m.group("n")
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    updated = dataclasses.replace(node, signatory_count=count)
    sink.mention(updated, before[-1].start, m.end(), "document.signatory_count", CONF_RELATION)


def _signatory_count_inverted(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]
) -> None:
    """'undertecknades <doc> av 12 aktörer' -> the document's signatory_count."""
    verb = _SIGNED_VERB_FIRST.search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return
    for doc in docs:
        if doc.start < verb.end() or ctx.text[verb.end() : doc.start].strip():
            continue
        m = _COUNT_AFTER_DOC.match(ctx.text, doc.end, sentence.end)
        node = sink.nodes.get(doc.node_id)
        if m is None or not isinstance(node, Document):
            continue
        raw = m.group("n")
        count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        updated = dataclasses.replace(node, signatory_count=count)
        sink.mention(updated, verb.start(), m.end(), "document.signatory_count", CONF_RELATION)


def signed_under(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'[I fredags] skrev A och B under <doc>' / 'A och B skrev under <doc>' -> SIGNED."""
    for doc in docs:
        head = between(ctx, sentence.start, doc.start)
        m = _SIGNED_UNDER.search(head)
        if m is None:
            continue
        verb_start = sentence.start + m.start()
        if m.group("mid").strip():
            signers = [a for a in actors if verb_start < a.start and a.end <= doc.start]
        else:
            signers = [a for a in actors if a.end <= verb_start]
        when = first_date(ctx.dates_in(sentence))
        sign_each(sink, signers, doc, sentence, "relation.signed.skrev_under", when)
    concluded(ctx, sink, sentence, docs, actors)
    concluded_verb_first(ctx, sink, sentence, docs, actors)


def signers_listed(ctx: Context, sink: FactSink, sentence: Span, actors: list[ActorHit]) -> None:
    """'Bland dem som skrev under finns A, B och C': the document signed in the
    sentence just before (same paragraph), dated by that sentence."""
    m = _SIGNERS_LISTED.search(ctx.text, sentence.start, sentence.end)
    index = ctx.sentence_index(sentence)
    if m is None or index == 0:
        return
    previous = ctx.sentences[index - 1]
    if "\n" in ctx.text[previous.end : sentence.start]:
        return
    if not _SIGNING_VERB.search(ctx.text, previous.start, previous.end):
        return
    signed_docs = [d for d in ctx.documents_in(previous) if d.new]
    if not signed_docs:
        return
    when = first_date(ctx.dates_in(previous))
    signers = [a for a in actors if a.start >= m.end()]
    quote = Span(previous.start, sentence.end)
    sign_each(sink, signers, signed_docs[0], quote, "relation.signed.bland_dem_som", when)


def signed_on_behalf(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'<person> undertecknade <doc> för <org>s räkning' -> org SIGNED doc."""
    verb = _SIGNS.search(ctx.text, sentence.start, sentence.end)
    if verb is None or not docs:
        return
    after = [d for d in docs if d.start >= verb.end()]
    doc = after[0] if after else docs[-1]
    for actor in actors:
        if not (
            _RAKNING_AFTER.match(ctx.text, actor.end, sentence.end)
            and _FOR_BEFORE.search(ctx.text, sentence.start, actor.start)
        ):
            continue
        when = first_date(ctx.dates_in(sentence)) or _signing_date_before(ctx, sentence, doc)
        sign_each(sink, [actor], doc, sentence, "relation.signed.on_behalf", when)


def _signing_date_before(ctx: Context, sentence: Span, doc: DocumentHit) -> DateMention | None:
    """The date of the signing told in the sentence just before, same paragraph."""
    index = ctx.sentence_index(sentence)
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    if "\n" in ctx.text[previous.end : sentence.start]:
        return None
    if not _SIGNS.search(ctx.text, previous.start, previous.end):
        return None
    if all(d.node_id != doc.node_id for d in ctx.documents_in(previous)):
        return None
    return first_date(ctx.dates_in(previous))

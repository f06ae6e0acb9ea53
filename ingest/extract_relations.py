"""Links between the organisations and documents found earlier.

Each rule reads one sentence (or, for a pronoun, the sentence before it too)
and quotes exactly that; when the wording does not fit, nothing is linked.

- relation.revises.revidering_av: "<doc A> är en revidering av <doc B>" -> A REVISES B
- relation.signed.undertecknades_av: "<doc> undertecknades av ... <orgs>" ->
  each organisation named after the verb SIGNED doc, dated by the sentence's date
- relation.signed.har_undertecknat: "<org> har undertecknat <doc>"
- relation.adopted.antog: "antog <org> <doc>" / "<org> antog|har antagit <doc>"
  -> org ADOPTED doc, dated by the sentence's date (also sets Document.adopted_on)
- relation.complements.kompletterar_den_med: "kompletterar <org> den med <doc>",
  "den" being the document named in the sentence before -> doc COMPLEMENTS it
- relation.issued.genitive_owner: "regeringens nationella strategi" -> ISSUED
- relation.issued.har_utarbetat: "<org> har utarbetat|tagit fram <doc>" -> ISSUED
- relation.issued.kompletterar: "kompletterar <org> den med <doc>" -> org ISSUED doc
- relation.adopted.meta_line: "Antagen av <body> 2022-10-19" near the top ->
  body ADOPTED the page's title document
- relation.part_of.page_municipality: a committee is PART_OF the page's municipality
- relation.signed.agreement_parties: "en överenskommelse mellan A och B har
  tecknats" -> each party SIGNED the agreement
- document.signatory_count: "undertecknades av 15 myndighetsansvariga" -> the
  document's signatory_count, with the clause as the document's evidence
- relation.implements.verb: "<doc A> utgår från|bygger på|genomför <doc B>"
- relation.implements.subject: "<subject> ... utgår från|bygger på|genomför <doc>"
  and "... och från <doc>"; the subject opens the sentence, or is "Den"/"Det"
  standing for the subject of the sentence before. (relation.implements.verb no
  longer links an object coordinated by "och" to what follows.)
- relation.adopted.passive / relation.adopted.active: "<doc> antogs|fastställdes av
  <org> [date]", "<doc>, som <org> antog [i mars 2021]", "<doc>, antagen av <org> 2019",
  "<org> antog|fastställde [den 27 januari] <doc>" (a bare year gives YEAR precision)
- relation.revises.ersatter: "<subject> ... ersätter <doc>", "Den är en reviderad
  version av <doc>"; relation.revises.meta_line: "Ersätter: <doc>" in a header block
- relation.complements.kompletterar: "<subject> ... kompletterar <doc>";
  relation.complements.kompletteras_med: "<A> kompletteras med <B>" -> B COMPLEMENTS A
- relation.issued.tagit_fram: "<doc>, som <org> tog fram [tillsammans med <org2>]
  [2020]" and "<org> har tagit fram <doc> tillsammans med <org2>" (not "ska ta fram")
- relation.signed.skrev_under: "skrev A och B under <doc>", "A och B skrev under <doc>"
- relation.signed.bland_dem_som: "Bland dem som skrev under finns A, B" -> the
  document signed in the sentence before, with that sentence's date
- document.signatory_count also reads "undertecknades <doc> av 12 aktörer"
- relation.implements.krokar_arm: "<org> har utarbetat <doc B> och vi krokar
  arm med den" -> the page's latest lower-level document IMPLEMENTS doc B
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import DatePrecision, Document, DocumentKind, Level, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context, DocumentHit
from ingest.dates import DateMention
from ingest.extract_documents import adopter_after, adopter_before, meta_owner_line
from ingest.facts import FactSink
from ingest.segment import Span

CONF_RELATION = 0.85
CONF_CONTEXT = 0.7

_REVISES = re.compile(r"\s+(?:är|var)\s+en\s+(?:revidering|reviderad\s+version)\s+av\s+$")
_SIGNED_PASSIVE = re.compile(r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\s+av\b")
_SIGNED_ACTIVE = re.compile(r"^\s+(?:har\s+)?(?:undertecknat|undertecknade|skrivit\s+under)\s+$")
_ADOPTED_AFTER_ORG = re.compile(r"^\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\s+$")
_ADOPTED_VERB_FIRST = re.compile(r"\b(?:antog|antagit|fastställde|fastställt)\s+$")
_ISSUED = re.compile(r"^\s+(?:har\s+(?:utarbetat|tagit\s+fram)|tog\s+fram|utarbetade)\s+$")
_COMPLEMENTS = re.compile(r"\bkompletterar\s+$")
_AGREEMENT_VERB = re.compile(
    r"\b(?:har\s+(?:tecknats|undertecknats|slutits|ingåtts)|tecknades|undertecknades|"
    r"slöts|ingicks)\b"
)
_NUMBER_WORDS = {
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
}
_SIGNATORY_COUNT = re.compile(
    r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\s+av\s+"
    r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<who>[a-zåäö]+)"
)
_IMPLEMENTS_VERB = re.compile(
    r"^\s+(?!och\b)(?:\w+\s+)?(?:utgår|utgick)\s+(?:\w+\s+)?från\s+$"
    r"|^\s+(?!och\b)(?:\w+\s+)?(?:bygger|byggde)\s+(?:\w+\s+)?på\s+$"
    r"|^\s+(?:ska\s+)?(?:genomför|genomföra)\s+$"
)
# "<subject> ... utgår från|bygger på|genomför <doc>", also "... och från <doc>"
_IMPLEMENTS_TAIL = re.compile(
    r"(?:\b(?:utgår|utgick)\s+(?:\w+\s+)?från|\b(?:bygger|byggde)\s+(?:\w+\s+)?på"
    r"|\bgenomför|\boch\s+från)\s+$"
)
_PRONOUN_SUBJECT = re.compile(r"(?:Den|Det|Denna|Detta)\s+(?!här\b|nya\b)")
_REVISES_TAIL = re.compile(
    r"(?:\bersätter|\b(?:är|var)\s+en\s+(?:revidering|reviderad\s+version)\s+av)\s+$"
)
_COMPLEMENTS_TAIL = re.compile(r"\bkompletterar\s+$")
_COMPLEMENTED_BY = re.compile(r"^\s+(?:\w+\s+)?kompletteras\s+(?:också\s+)?med\s+$")
_META_REPLACES = re.compile(r"^Ersätter:\s*", re.M)
_YEAR_AFTER = re.compile(r"^[^.;:,]{0,25}?\b(?P<y>(?:19|20)\d{2})\b(?!\s*[-\u2013]\s*\d)")
# "skrev A och B under <doc>" / "A och B skrev under <doc>"
_SIGNED_UNDER = re.compile(r"\bskrev\b(?P<mid>[^.;:]*?)\bunder\s+$")
_SIGNERS_LISTED = re.compile(r"\bBland\s+dem\s+som\s+skrev\s+under\s+(?:finns|fanns)\b")
_SIGNING_VERB = re.compile(r"\b(?:undertecknades|skrev|har\s+undertecknats|skrevs\s+under)\b")
_CO_ISSUERS = re.compile(r"\s+tillsammans\s+med\s+")
_ISSUED_REL = re.compile(r"^(?:\s+(?:för|mot|om|vid)\s+[^.,;:()\n]+?)??,?\s+som\s+$")
_ISSUES_AFTER_ORG = re.compile(r"\s+(?:har\s+)?(?:tog\s+fram|tagit\s+fram|utarbetade|utarbetat)\b")
_KROKAR_ARM = re.compile(r"\bkrokar\s+(?:\w+\s+){0,5}?arm\s+med\s+(?:den|denna|dem)\b")


def _between(ctx: Context, start: int, end: int) -> str:
    return ctx.text[start:end] if start <= end else ""


def _date(dates: list[DateMention], after: int = 0) -> DateMention | None:
    return next((d for d in dates if d.start >= after), None)


def _revises(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    for a in docs:
        for b in docs:
            if b.start > a.end and _REVISES.search(_between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.REVISES,
                    a.node_id,
                    b.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.revises.revidering_av",
                    CONF_RELATION,
                )


def _sign(
    sink: FactSink,
    signers: list[ActorHit],
    doc: DocumentHit,
    quote: Span,
    rule: str,
    when: DateMention | None,
) -> None:
    """Each signer SIGNED the document, cited by the quoted span and dated by ``when``."""
    for actor in signers:
        sink.link(
            LinkType.SIGNED,
            actor.node_id,
            doc.node_id,
            quote.start,
            quote.end,
            rule,
            CONF_RELATION,
            when=when,
        )


def _signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _SIGNED_PASSIVE.search(ctx.text, sentence.start, sentence.end)
    if verb:
        subject = [d for d in docs if d.end <= verb.start()]
        if subject:
            doc = subject[-1]
            signers = [a for a in actors if a.start >= verb.end()]
            when = _date(ctx.dates_in(sentence), verb.end())
            _sign(sink, signers, doc, sentence, "relation.signed.undertecknades_av", when)
    for actor in actors:
        for doc in docs:
            if doc.start > actor.end and _SIGNED_ACTIVE.match(_between(ctx, actor.end, doc.start)):
                when = _date(ctx.dates_in(sentence))
                _sign(sink, [actor], doc, sentence, "relation.signed.har_undertecknat", when)


def _adopted(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        for doc in docs:
            if doc.start <= actor.end:
                continue
            gap = _between(ctx, actor.end, doc.start)
            verb_first = gap.strip() == "" and _ADOPTED_VERB_FIRST.search(
                _between(ctx, sentence.start, actor.start)
            )
            if not (verb_first or _ADOPTED_AFTER_ORG.match(gap)):
                continue
            when = _date(ctx.dates_in(sentence))
            added = sink.link(
                LinkType.ADOPTED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.adopted.antog",
                CONF_RELATION,
                when=when,
            )
            if added and when:
                sink.date_adoption(doc.node_id, when)


def _complements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for actor in actors:
        m = re.match(r"\s+den\s+med\s+", ctx.text[actor.end : sentence.end])
        if not m or not _COMPLEMENTS.search(_between(ctx, sentence.start, actor.start)):
            continue
        new = next((d for d in docs if d.start == actor.end + m.end() and d.new), None)
        previous = (
            ctx.sentences[ctx.sentence_index(sentence) - 1]
            if ctx.sentence_index(sentence)
            else None
        )
        if new is None or previous is None:
            continue
        antecedents = ctx.documents_in(previous)
        if not antecedents or ctx.text[previous.end : sentence.start].count("\n"):
            continue  # "den" must point to a document in the sentence just before, same paragraph
        sink.link(
            LinkType.COMPLEMENTS,
            new.node_id,
            antecedents[-1].node_id,
            previous.start,
            sentence.end,
            "relation.complements.kompletterar_den_med",
            CONF_RELATION,
        )
        sink.link(  # "kompletterar <org> den med en handlingsplan": the org's own plan
            LinkType.ISSUED,
            actor.node_id,
            new.node_id,
            sentence.start,
            sentence.end,
            "relation.issued.kompletterar",
            CONF_RELATION,
        )


def _issued(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for doc in docs:
        # "Lunds kommuns handlingsplan", and "kommunens handlingsplan" on its own page.
        if doc.genitive_owner and doc.owner is not None:
            sink.link(
                LinkType.ISSUED,
                doc.owner.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.genitive_owner",
                CONF_RELATION,
            )
        for actor in actors:
            if doc.start > actor.end and _ISSUED.match(_between(ctx, actor.end, doc.start)):
                sink.link(
                    LinkType.ISSUED,
                    actor.node_id,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.issued.har_utarbetat",
                    CONF_RELATION,
                )


def _agreement_signed(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    verb = _AGREEMENT_VERB.search(ctx.text, sentence.start, sentence.end)
    if verb is None:
        return
    for doc in docs:
        if doc.document.kind is not DocumentKind.AGREEMENT or not doc.end <= verb.start():
            continue
        mellan = ctx.text.find(" mellan ", doc.start, verb.start())
        if mellan < 0:
            continue
        parties = [a for a in actors if mellan < a.start and a.end <= verb.start()]
        when = _date(ctx.dates_in(sentence), verb.end())
        _sign(sink, parties, doc, sentence, "relation.signed.agreement_parties", when)


def _signatory_count(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    m = _SIGNATORY_COUNT.search(ctx.text, sentence.start, sentence.end)
    if m is None:
        _signatory_count_inverted(ctx, sink, sentence, docs)
        return
    subject = [d for d in docs if d.end <= m.start()]
    node = sink.nodes.get(subject[-1].node_id) if subject else None
    if not isinstance(node, Document):
        return
    raw = m.group("n")
    count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    updated = dataclasses.replace(node, signatory_count=count)
    sink.mention(updated, subject[-1].start, m.end(), "document.signatory_count", CONF_RELATION)


_COUNT_AFTER_DOC = re.compile(
    r"\s+av\s+(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<who>[a-zåäö]+)"
)


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
        count = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
        updated = dataclasses.replace(node, signatory_count=count)
        sink.mention(updated, verb.start(), m.end(), "document.signatory_count", CONF_RELATION)


_SIGNED_VERB_FIRST = re.compile(r"\b(?:undertecknades|har\s+undertecknats|skrevs\s+under)\b")


def _implements(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    for a in docs:
        for b in docs:
            if b.start > a.end and _IMPLEMENTS_VERB.match(_between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.IMPLEMENTS,
                    a.node_id,
                    b.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.implements.verb",
                    CONF_RELATION,
                )
    subject = _subject(ctx, sentence, docs)
    for b in docs:
        if subject is None or b.start <= sentence.start or b.node_id == subject.node_id:
            continue
        if _IMPLEMENTS_TAIL.search(_between(ctx, sentence.start, b.start)) and not _has_link(
            sink, LinkType.IMPLEMENTS, subject.node_id, b.node_id
        ):
            sink.link(
                LinkType.IMPLEMENTS,
                subject.node_id,
                b.node_id,
                sentence.start,
                sentence.end,
                "relation.implements.subject",
                CONF_RELATION,
            )
    arm = _KROKAR_ARM.search(ctx.text, sentence.start, sentence.end)
    if arm is None:
        return
    targets = [d for d in docs if d.end <= arm.start()]
    if not targets:
        return
    target = targets[-1]
    order = {Level.NATIONAL: 0, Level.REGIONAL: 1, Level.MUNICIPAL: 2}
    target_rank = order.get(target.document.level or Level.NATIONAL, 0)
    # "vi": the page's own, lower-level document named last before this sentence.
    earlier = [
        d
        for d in ctx.documents
        if d.end <= sentence.start
        and d.node_id != target.node_id
        and order.get(d.document.level or Level.NATIONAL, 0) > target_rank
    ]
    if not earlier:
        return
    sink.link(
        LinkType.IMPLEMENTS,
        earlier[-1].node_id,
        target.node_id,
        sentence.start,
        sentence.end,
        "relation.implements.krokar_arm",
        CONF_CONTEXT,
    )


def _adopted_meta(ctx: Context, sink: FactSink) -> None:
    """'Antagen av <body> 2022-10-19' near the top -> body ADOPTED the page's title document."""
    found = meta_owner_line(ctx)
    if found is None:
        return
    line, actor = found
    title_docs = [d for d in ctx.documents if d.new and d.owner is actor and d.start < line.start()]
    if not title_docs:
        return
    end = ctx.text.find("\n", line.start())
    span = Span(line.start(), end if end >= 0 else len(ctx.text))
    when = _date(ctx.dates_in(span), actor.end)
    doc = title_docs[0]
    added = False
    # The whole line, else (if the evidence filter refuses it) the line up to the body.
    for stop in (span.end, actor.end):
        added = added or sink.link(
            LinkType.ADOPTED,
            actor.node_id,
            doc.node_id,
            span.start,
            stop,
            "relation.adopted.meta_line",
            CONF_RELATION,
            when=when,
        )
    if added and when:
        sink.date_adoption(doc.node_id, when)


def _has_link(sink: FactSink, type_: LinkType, from_id: str, to_id: str) -> bool:
    """Whether another rule already linked the pair (one reading, one link)."""
    return any(
        k.type is type_ and k.from_id == from_id and k.to_id == to_id for k in sink.links.values()
    )


def _subject(ctx: Context, sentence: Span, docs: list[DocumentHit]) -> DocumentHit | None:
    """The document the sentence is about: one opening it, or, for "Den ..."/"Det ...",
    the subject of the sentence just before."""
    if docs and ctx.text[sentence.start : docs[0].start].strip() == "":
        return docs[0]
    if not _PRONOUN_SUBJECT.match(ctx.text, sentence.start):
        return None
    index = ctx.sentence_index(sentence)
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    return _subject(ctx, previous, ctx.documents_in(previous))


def _clause_date(
    ctx: Context, sentence: Span, after: int
) -> tuple[str | None, DatePrecision | None]:
    """The date stated right after an adoption verb: a resolved date within 40
    characters, else a bare year ("antagen av kommunfullmäktige 2019")."""
    for d in ctx.dates_in(sentence):
        if after <= d.start <= after + 40:
            return d.value, d.precision
    m = _YEAR_AFTER.match(ctx.text[after : sentence.end])
    if m:
        return f"{m.group('y')}-01-01", DatePrecision.YEAR
    return None, None


def _set_adopted_on(
    sink: FactSink, doc_id: str, day: str | None, precision: DatePrecision | None
) -> None:
    node = sink.nodes.get(doc_id)
    if day and isinstance(node, Document) and node.adopted_on is None:
        sink.nodes[doc_id] = dataclasses.replace(node, adopted_on=day, adopted_precision=precision)


def _adopted_clause(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<doc> antogs av <org> [date]', '<doc>, som <org> antog [date]', '<org> antog
    [date] <doc>' -> org ADOPTED doc."""
    for doc in docs:
        actor = adopter_after(ctx, doc.end, sentence.end)
        rule = "relation.adopted.passive"
        if actor is None:
            actor = adopter_before(ctx, doc.start, sentence.start)
            rule = "relation.adopted.active"
            after = doc.end
        else:
            verb = re.match(
                r"\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt)\b",
                ctx.text[actor.end : sentence.end],
            )
            after = actor.end + (verb.end() if verb else 0)
        if actor is None:
            continue
        if rule == "relation.adopted.active":
            day, precision = _date_between(ctx, sentence, actor.end, doc.start)
        else:
            day, precision = _clause_date(ctx, sentence, after)
        if sink.link(
            LinkType.ADOPTED,
            actor.node_id,
            doc.node_id,
            sentence.start,
            sentence.end,
            rule,
            CONF_RELATION,
            date=day,
            date_precision=precision,
        ):
            _set_adopted_on(sink, doc.node_id, day, precision)


def _date_between(
    ctx: Context, sentence: Span, start: int, end: int
) -> tuple[str | None, DatePrecision | None]:
    inside = [d for d in ctx.dates_in(sentence) if start <= d.start and d.end <= end]
    if inside:
        return inside[0].value, inside[0].precision
    when = _date(ctx.dates_in(sentence))
    return (when.value, when.precision) if when else (None, None)


def _revises_more(ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]) -> None:
    """'<subject> ... ersätter <doc>' and 'Den är en reviderad version av <doc>'."""
    subject = _subject(ctx, sentence, docs)
    if subject is None:
        return
    for b in docs:
        if b.start <= subject.start and subject in docs:
            continue
        if (
            b.node_id != subject.node_id
            and not _has_link(sink, LinkType.REVISES, subject.node_id, b.node_id)
            and _REVISES_TAIL.search(_between(ctx, sentence.start, b.start))
        ):
            sink.link(
                LinkType.REVISES,
                subject.node_id,
                b.node_id,
                sentence.start,
                sentence.end,
                "relation.revises.ersatter",
                CONF_RELATION,
            )


def _revises_meta(ctx: Context, sink: FactSink) -> None:
    """'Ersätter: <doc>' in a header block: the page's title document REVISES it."""
    for m in _META_REPLACES.finditer(ctx.text):
        old = next((d for d in ctx.documents if d.start == m.end()), None)
        title = next((d for d in ctx.documents if d.new and d.start < m.start()), None)
        if old is None or title is None:
            continue
        end = ctx.text.find("\n", m.start())
        sink.link(
            LinkType.REVISES,
            title.node_id,
            old.node_id,
            m.start(),
            end if end >= 0 else len(ctx.text),
            "relation.revises.meta_line",
            CONF_RELATION,
        )


def _complements_more(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit]
) -> None:
    """'<subject> ... kompletterar <doc>' and '<doc A> kompletteras med <doc B>'."""
    subject = _subject(ctx, sentence, docs)
    for b in docs:
        if (
            subject is not None
            and b.node_id != subject.node_id
            and not _has_link(sink, LinkType.COMPLEMENTS, subject.node_id, b.node_id)
            and _COMPLEMENTS_TAIL.search(_between(ctx, sentence.start, b.start))
        ):
            sink.link(
                LinkType.COMPLEMENTS,
                subject.node_id,
                b.node_id,
                sentence.start,
                sentence.end,
                "relation.complements.kompletterar",
                CONF_RELATION,
            )
        for a in docs:
            if b.start > a.end and _COMPLEMENTED_BY.match(_between(ctx, a.end, b.start)):
                sink.link(
                    LinkType.COMPLEMENTS,
                    b.node_id,
                    a.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.complements.kompletteras_med",
                    CONF_RELATION,
                )


def _issued_more(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'<doc>, som <org> tog fram [tillsammans med <org2>] [2020]' and '<org> har tagit
    fram <doc> tillsammans med <org2>' -> each organisation ISSUED doc."""
    for doc in docs:
        issuers: list[ActorHit] = []
        tail = doc.end
        first = next((a for a in actors if a.start >= doc.end), None)
        if first and _ISSUED_REL.match(_between(ctx, doc.end, first.start)):
            verb = _ISSUES_AFTER_ORG.match(ctx.text, first.end, sentence.end)
            if verb:
                issuers, tail = [first], verb.end()
        if not issuers:
            before = [a for a in actors if a.end <= doc.start]
            if before and _ISSUED.match(_between(ctx, before[-1].end, doc.start)):
                issuers = [before[-1]]
        if not issuers:
            continue
        co = _CO_ISSUERS.match(ctx.text, tail, sentence.end)
        if co:
            pos = co.end()
            while True:
                actor = next((a for a in actors if a.start == pos), None)
                if actor is None:
                    break
                issuers.append(actor)
                tail = actor.end
                sep = re.match(r"\s*,\s*|\s+och\s+", ctx.text[actor.end : sentence.end])
                if sep is None:
                    break
                pos = actor.end + sep.end()
        year = _YEAR_AFTER.match(ctx.text[tail : sentence.end])
        day = f"{year.group('y')}-01-01" if year else None
        for actor in issuers:
            if _has_link(sink, LinkType.ISSUED, actor.node_id, doc.node_id):
                continue  # already read by relation.issued.har_utarbetat
            sink.link(
                LinkType.ISSUED,
                actor.node_id,
                doc.node_id,
                sentence.start,
                sentence.end,
                "relation.issued.tagit_fram",
                CONF_RELATION,
                date=day,
                date_precision=DatePrecision.YEAR if day else None,
            )


def _signed_under(
    ctx: Context, sink: FactSink, sentence: Span, docs: list[DocumentHit], actors: list[ActorHit]
) -> None:
    """'[I fredags] skrev A och B under <doc>' / 'A och B skrev under <doc>' -> SIGNED."""
    for doc in docs:
        head = _between(ctx, sentence.start, doc.start)
        m = _SIGNED_UNDER.search(head)
        if m is None:
            continue
        verb_start = sentence.start + m.start()
        if m.group("mid").strip():
            signers = [a for a in actors if verb_start < a.start and a.end <= doc.start]
        else:
            signers = [a for a in actors if a.end <= verb_start]
        when = _date(ctx.dates_in(sentence))
        _sign(sink, signers, doc, sentence, "relation.signed.skrev_under", when)


def _signers_listed(ctx: Context, sink: FactSink, sentence: Span, actors: list[ActorHit]) -> None:
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
    signed = [d for d in ctx.documents_in(previous) if d.new]
    if not signed:
        return
    when = _date(ctx.dates_in(previous))
    signers = [a for a in actors if a.start >= m.end()]
    quote = Span(previous.start, sentence.end)
    _sign(sink, signers, signed[0], quote, "relation.signed.bland_dem_som", when)


_BODIES = (OrganizationKind.COMMITTEE, OrganizationKind.ADMINISTRATION)


def _part_of(ctx: Context, sink: FactSink) -> None:
    """A municipality's or a region's body is part of it."""
    first: dict[str, ActorHit] = {}
    for actor in ctx.actors:
        if actor.kind in _BODIES:
            first.setdefault(actor.node_id, actor)
    for body in first.values():
        if body.municipality_code:
            whole = ids.municipality_id(body.municipality_code)
        elif body.county_code:
            whole = ids.region_id(body.county_code)
        else:
            continue
        sentence = ctx.sentence_of(body.start)
        if sentence is not None:
            sink.link(
                LinkType.PART_OF,
                body.node_id,
                whole,
                sentence.start,
                sentence.end,
                "relation.part_of.page_municipality"
                if body.municipality_code
                else "relation.part_of.region",
                CONF_CONTEXT,
            )


def extract_relations(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        docs = ctx.documents_in(sentence)
        actors = ctx.actors_in(sentence)
        _revises(ctx, sink, sentence, docs)
        _signed(ctx, sink, sentence, docs, actors)
        _adopted(ctx, sink, sentence, docs, actors)
        _complements(ctx, sink, sentence, docs, actors)
        _issued(ctx, sink, sentence, docs, actors)
        _agreement_signed(ctx, sink, sentence, docs, actors)
        _signatory_count(ctx, sink, sentence, docs)
        _implements(ctx, sink, sentence, docs, actors)
        _adopted_clause(ctx, sink, sentence, docs)
        _revises_more(ctx, sink, sentence, docs)
        _complements_more(ctx, sink, sentence, docs)
        _issued_more(ctx, sink, sentence, docs, actors)
        _signed_under(ctx, sink, sentence, docs, actors)
        _signers_listed(ctx, sink, sentence, actors)
    _revises_meta(ctx, sink)
    _adopted_meta(ctx, sink)
    _part_of(ctx, sink)

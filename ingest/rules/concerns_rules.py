"""What a decision is about when it names its document only by a back reference.

Why: ingest.rules.extract_decisions links a decision to the documents its wording
names. Minutes and plan pages often refer back instead: "Arbetsutskottet
beslutade att återremittera ärendet", "att godkänna förslaget", "att anta
strategin". The reference points to the document the page was just speaking of.

Rule concerns.back_reference: a decision with no CONCERNS link whose text holds
"ärendet" or "förslaget" with no complement of its own (then any document; so do
"planförslaget" and "remissversionen"; not "förslaget från förstudien om X"; not when
the proposal it refers to is of something
else, "ett förslag om nya cykelbanor"), or a definite document noun such
as "strategin", "e-strategin", "programmet", "planen" (then a document of that
kind) -> CONCERNS the last such document named before the decision, in the
same section (no § heading line between them); "förslaget" or "ärendet" under a heading
of its own means only a document that heads the page.

A decided clause whose subject is "den" ("att den ska ut på remiss", also one clause down:
"att föreslå att den fastställs") refers back the same way, to the last strategy, plan,
policy, routine or agreement named.

Rule concerns.pronoun: a decision whose object is a pronoun ("översända det till
kommunfullmäktige") -> CONCERNS the one document another decision of its sentence concerns.

Rule concerns.to_produce: a decision with no CONCERNS link that gives the task to produce
a document of a kind without its title ("i uppdrag att ta fram en strategi för ...",
"framtagandet av en regional handlingsplan") -> CONCERNS the document of that kind that
heads the page, else the page's only document of that kind.

Rule concerns.named_noun (ingest.rules.concerns_named): a decision naming a document of
the page by its compound alone.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import Decision, DocumentKind
from ingest.context import Context, DecisionHit, DocumentHit
from ingest.facts import FactSink
from ingest.rules.adoption_backref import proposal_of
from ingest.rules.concerns_named import named_document
from ingest.rules.decision_headings import item_heading
from ingest.rules.document_stoplist import NOT_DOCUMENTS
from ingest.rules.document_words import kind_of
from ingest.rules.page_head import head_lines
from ingest.rules.steering_adoption import steering_noun

__all__ = ["extract_concerns"]

CONF_CONCERNS = 0.7
_NAMED = "concerns.named_noun"  # ingest.rules.concerns_named

# "förslaget" alone refers back; "förslaget från förstudien om X" names its own matter.
# "om remissversionen som nu skickas ut", "godkänna planförslaget": the document's draft.
_MATTER = re.compile(
    r"\b(?:ärendet|(?:plan|remiss|samråds|gransknings|utställnings)?förslaget|remissversionen)"
    r"\b(?!\s+(?:från|om|till|på(?!\s+remiss)|att|gällande|angående)\b)",  # "på remiss": sent
    re.I,
)
# Definite forms of the document head nouns, as the last part of a compound.
_DEFINITE: tuple[tuple[DocumentKind, str], ...] = (
    (DocumentKind.STRATEGY, r"strategin"),
    (DocumentKind.ACTION_PLAN, r"(?:handlings|åtgärds|aktivitets|genomförande)planen"),
    (DocumentKind.PLAN, r"planen"),
    (DocumentKind.PROGRAMME, r"programmet"),
    (DocumentKind.POLICY, r"policyn"),
    (DocumentKind.GUIDELINE, r"riktlinjen|riktlinjerna"),
    (DocumentKind.ROUTINE, r"rutinen"),
    (DocumentKind.AGREEMENT, r"överenskommelsen"),
)
_KINDS = [(kind, re.compile(rf"(?<![\w])[\w-]*{word}\b", re.I)) for kind, word in _DEFINITE]
_SECTION = re.compile(r"^\s*§\s*\d+", re.M)
_PROPOSAL_REF = re.compile(r"\bförslaget\b(?!\s+(?:från|om|till|på|att|gällande|angående)\b)", re.I)


# "ta fram en (ny) strategi", "framtagandet av ett förslag till en handlingsplan": the
# words after the article up to a preposition hold the kind's noun.
_PRODUCE = re.compile(
    r"\b(?:ta\s+fram|tar\s+fram|arbeta\s+fram|utarbeta|framtagande(?:t)?\s+av)\s+"
    r"(?:ett\s+förslag\s+till\s+)?(?:en|ett)\s+(?P<words>(?:[\w-]+\s+){0,4}[\w-]+)",
    re.I,
)
_PREPOSITION = re.compile(r"(?:för|om|av|mot|inom|i|med|till|som|och)", re.I)


# "den tidigare strategin": the version a task's new document replaces, never the new one.
_EARLIER = re.compile(
    r"\b(?:tidigare|förra|föregående|nuvarande|gällande|befintliga|gamla)(?:\s+\S+){0,2}\s*$",
    re.I,
)


def _lead(ctx: Context, doc: DocumentHit) -> str:
    """The words before the document's name and its first two ("den tidigare Strategi")."""
    first = " ".join(ctx.text[doc.start : doc.end].split()[:2])
    return f"{ctx.text[max(0, doc.start - 30) : doc.start]}{first}"


def _produced(ctx: Context, summary: str) -> DocumentHit | None:
    """The document a task to produce one of its kind refers to (concerns.to_produce)."""
    m = _PRODUCE.search(summary)
    if m is None:
        return None
    noun = None
    for word in m["words"].split():
        if _PREPOSITION.fullmatch(word):
            break
        if steering_noun(word):
            noun = word
            break
    if noun is None:
        return None
    try:
        kind = kind_of(noun)
    except ValueError:
        return None
    earlier = {d.node_id for d in ctx.documents if _EARLIER.search(_lead(ctx, d))}
    found = [d for d in ctx.documents if d.document.kind is kind and d.node_id not in earlier]
    heading = [d for d in found if _title(ctx, d)]
    if heading:
        return heading[0]
    return found[0] if len({d.node_id for d in found}) == 1 else None


def _wanted(text: str) -> set[DocumentKind] | None:
    """The kinds of document the decision refers back to; None for any kind."""
    if _MATTER.search(text):
        return None
    found = {
        kind
        for kind, pattern in _KINDS
        if any(not _not_document(m.group(0)) for m in pattern.finditer(text))
    }
    if DocumentKind.ACTION_PLAN in found:
        found.discard(DocumentKind.PLAN)  # "handlingsplanen" is not a plain plan
    return found


def _not_document(word: str) -> bool:
    """'detaljplanen', 'tidplanen': a compound on a document noun that names none (its
    base form, the definite ending off, is on the stop list)."""
    folded = word.casefold()
    return any(folded[: len(folded) - cut] in NOT_DOCUMENTS for cut in range(1, 4))


def _antecedent(
    ctx: Context, hit: DecisionHit, kinds: set[DocumentKind] | None
) -> DocumentHit | None:
    earlier = [d for d in ctx.documents if d.end <= hit.start]
    for doc in reversed(earlier):
        if _SECTION.search(ctx.text, doc.end, hit.start):
            return None
        if kinds is None and _heading_between(ctx, doc.end, hit.start):
            # "förslaget" under another item's heading is that item's, not an earlier
            # section's document; the page's own document heads the whole page.
            return doc if _title(ctx, doc) else None
        if kinds is None or doc.document.kind in kinds:
            return doc
    return None


_TITLE_LINES = 6


def _title(ctx: Context, doc: DocumentHit) -> bool:
    """The document opens one of the page's first lines: the page's title."""
    line_start = ctx.text.rfind("\n", 0, doc.start) + 1
    return not ctx.text[line_start : doc.start].strip() and any(
        line.start() == line_start for line in head_lines(ctx, _TITLE_LINES)
    )


_HEADING = re.compile(r"^[^\S\n]*[A-ZÅÄÖ][^\n.!?:;]{2,80}$", re.M)
_HEADING_WORDS = 10


def _heading_between(ctx: Context, start: int, end: int) -> bool:
    """A short line without a full stop (a heading) starts in (start, end)."""
    line_start = ctx.text.find("\n", start, end)
    if line_start < 0:
        return False
    return any(
        len(m.group().split()) <= _HEADING_WORDS
        for m in _HEADING.finditer(ctx.text, line_start + 1, end)
        if m.end() < end
    )


def _of_no_document(ctx: Context, hit: DecisionHit) -> bool:
    """'Nämnden lämnade ett förslag om nya cykelbanor. Förslaget godkändes.': the proposal
    referred back to is of no document."""
    m = _PROPOSAL_REF.search(ctx.text, hit.start, hit.end)
    return m is not None and proposal_of(ctx, m.start()) is False


def extract_concerns(ctx: Context, sink: FactSink) -> None:
    concerned = {k.from_id for k in sink.links.values() if k.type is LinkType.CONCERNS}
    for hit in ctx.decisions:
        if hit.node_id in concerned:
            continue
        # The back reference must be in what was decided, not in the sentence's subject
        # ("Lokalplanen har sin grund i den X som nämnden fastslog": X was decided).
        node = sink.nodes.get(hit.node_id)
        summary = node.summary if isinstance(node, Decision) else ctx.text[hit.start : hit.end]
        if _heading_documents(ctx, sink, hit, summary):
            concerned.add(hit.node_id)
            continue
        produced = _produced(ctx, summary)
        if produced is not None and sink.link(
            LinkType.CONCERNS,
            hit.node_id,
            produced.node_id,
            hit.start,
            hit.end,
            "concerns.to_produce",
            CONF_CONCERNS,
        ):
            concerned.add(hit.node_id)
            continue
        sibling = _sibling_target(ctx, sink, hit, summary)
        if sibling is not None and sink.link(
            LinkType.CONCERNS,
            hit.node_id,
            sibling,
            hit.start,
            hit.end,
            "concerns.pronoun",
            CONF_CONCERNS,
        ):
            concerned.add(hit.node_id)
            continue
        named = named_document(ctx, summary)
        if named is not None and sink.link(
            LinkType.CONCERNS, hit.node_id, named, hit.start, hit.end, _NAMED, CONF_CONCERNS
        ):
            concerned.add(hit.node_id)
            continue
        kinds = _subject_pronoun(summary) or _wanted(summary)
        if kinds is not None and not kinds:
            continue
        if kinds is None and _of_no_document(ctx, hit):
            continue
        doc = _antecedent(ctx, hit, kinds)
        if doc is None:
            continue
        if sink.link(
            LinkType.CONCERNS,
            hit.node_id,
            doc.node_id,
            hit.start,
            hit.end,
            "concerns.back_reference",
            CONF_CONCERNS,
        ):
            concerned.add(hit.node_id)


# "beslutat att (föreslå att) den ska ut på remiss": a decided clause's subject a pronoun of common
# gender, which points back to the document just named (a programme is "det": left alone,
# as "det" is also a formal subject).
_SUBJECT_PRONOUN = re.compile(
    r"(?:^\W*|\batt\s+)(?:den|denna)\s+"
    r"(?:ska|skall|kommer|skickas|sänds|gäller|remitteras|antas|fastställs|godkänns)\b",
    re.I,
)
_COMMON_GENDER = {
    DocumentKind.STRATEGY,
    DocumentKind.ACTION_PLAN,
    DocumentKind.PLAN,
    DocumentKind.POLICY,
    DocumentKind.ROUTINE,
    DocumentKind.AGREEMENT,
}


def _subject_pronoun(summary: str) -> set[DocumentKind] | None:
    """The kinds "den" opening what was decided may point back to (back_reference)."""
    return set(_COMMON_GENDER) if _SUBJECT_PRONOUN.search(summary) else None


# "översända det till kommunfullmäktige": the verb's object a pronoun
_PRONOUN_OBJECT = re.compile(r"^\W*\w+\s+(?:det|den|dem)\b(?!\s+(?:nya|att|som)\b)", re.I)


def _sibling_target(ctx: Context, sink: FactSink, hit: DecisionHit, summary: str) -> str | None:
    """The document a decision of the same sentence concerns, for one whose object is a
    pronoun ("att godkänna förslaget till X samt att översända det till ...")."""
    sentence = ctx.sentence_of(hit.start)
    if sentence is None or not _PRONOUN_OBJECT.match(summary):
        return None
    siblings = {d.node_id for d in ctx.decisions if sentence.start <= d.start < sentence.end}
    targets = [
        k.to_id
        for k in sink.links.values()
        if k.type is LinkType.CONCERNS and k.from_id in siblings - {hit.node_id}
    ]
    return targets[0] if len(set(targets)) == 1 else None


def _heading_documents(ctx: Context, sink: FactSink, hit: DecisionHit, summary: str) -> bool:
    """The documents named in the heading the decision's summary took."""
    heading = item_heading(ctx, hit.start)
    if heading is None:
        return False
    line = " ".join(ctx.text[heading.start : heading.end].split())
    if not summary.endswith(f": {line}"):
        return False
    linked = False
    for doc in ctx.documents_in(heading):
        linked |= sink.link(
            LinkType.CONCERNS,
            hit.node_id,
            doc.node_id,
            hit.start,
            hit.end,
            "concerns.heading",
            CONF_CONCERNS,
        )
    return linked

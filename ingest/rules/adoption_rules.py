"""Adoptions in any word order: who adopted which steering document, and when.

Why beyond the fixed frames of ingest.rules.relations_adopted: real pages say it many ways.
"På kommunfullmäktige 29 mars antogs en ny miljöpolicy", "Bostadsförsörjnings-
programmet antogs av kommunfullmäktige den 21 mars 2017", "Regionfullmäktige
godkände Handlingsplan för ...", "regionstyrelsen ställde sig bakom den regionala
digitala agendan", "Fredagens regionfullmäktige antog Värmlandsstrategin",
"Regeringen har i dag fattat beslut om en strategi", "beslutade att godkänna det
framtagna programmet", "Antagen av kommunstyrelsen 19 februari 2025 § 7".

Rule relation.adopted.sentence: a sentence (or line) whose adoption verb has a
document as its object or passive subject (ingest.rules.adoption_frames). The body is
the one the grammar names (the agent, the subject, the inverted subject, the body of
a relative "som"), else the adopter the sentence before names ("ska antas av
kommunfullmäktige"), else the body of the meeting the page reports (not for a passive
by no body in a year before that meeting: "som antogs 2013" is history). The date is the
sentence's first day or month that is not part of a period or of the document's
name, else a bare year, else the date of the meeting the body held. A future or
proposed adoption ("ska antas", "föreslår ... anta", an item under "Kommunstyrelsen
föreslår fullmäktige besluta följande:") is not one. A passive adoption by no body
named ("Den 18 december 2018 antogs Program för ...") dates the document only; an
item under "Folkhälsorådet beslutar:" is the intro's body's; "Region X har antagit" in
a headline gives way to its committee named below ("antog regionstyrelsen").
A headline that names no body ("Nytt program antaget"), or a board ("... klubbad i
styrelsen"), over a text where the adoption is proposed to fullmäktige ("föreslå
kommunfullmäktige att anta", "går vidare till fullmäktige för slutgiltigt fastställande")
is no adoption. With no date of its own and no meeting of its body, an adoption takes the
date of a § reference naming that body (ingest.rules.decision_reference_dates). Rule
relation.adopted.text_date: a body's only undated adoption (a headline's) takes the day
of a sentence where that body acts on no other document ("Regionfullmäktige antog
tisdag 7 december 2021 en viktig satsning").
Rule relation.adopted.meta_sentence: "Antagen av <body> <date>" about the page's
document (without a date, "Beslutat i kommunfullmäktige" tags a news item); "Godkänd
2023-05-09." dates it without a body.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import DatePrecision, OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.dates import DateMention
from ingest.language.segment import Span
from ingest.rules.adoption_annex import annex_adoptions
from ingest.rules.adoption_brief_headings import brief_heading_adoptions
from ingest.rules.adoption_dates import own_date
from ingest.rules.adoption_fields import field_adoptions
from ingest.rules.adoption_frames import Adoption, adoptions_in, previous_agent
from ingest.rules.adoption_headed_items import headed_item_adoptions
from ingest.rules.adoption_lists import listed_adoptions
from ingest.rules.adoption_objects import BODIES
from ingest.rules.adoption_precision import (
    finest_adoption_dates,
    settle_undated_adoptions,
    told_later_adoptions,
)
from ingest.rules.consultation_drafts import for_consultation
from ingest.rules.decision_bodies import board_of
from ingest.rules.decision_clauses import is_headline
from ingest.rules.decision_filters import earlier_version, habitual
from ingest.rules.decision_items import intro_body
from ingest.rules.decision_page import Meeting, in_proposal_section
from ingest.rules.decision_proposals import proposed_item
from ingest.rules.decision_reference_dates import reference_dates
from ingest.rules.extract_lists import main_document
from ingest.rules.meeting_choice import meeting_before

__all__ = ["extract_adoptions"]

CONF_ADOPTED = 0.8


# Whose meeting an item heading's adoption is: a committee's or an assembly's.
_MEETS = (OrganizationKind.COMMITTEE,)


# "Kommunstyrelsen beslutade föreslå kommunfullmäktige att anta programmet": a proposal.
# "föreslog i sitt beslut att regionfullmäktige fastställer den"; "Härnäst går den
# vidare till fullmäktige för slutgiltigt fastställande".
_PROPOSES_ADOPTING = re.compile(
    r"\bföreslå(?:r|s|git)?\s+(?:[\wåäöÅÄÖ-]+\s+){0,4}?(?:att\s+)?(?:anta|fastställa|godkänna)\b"
    r"|\bföreslog\s+(?:[\wåäöÅÄÖ-]+\s+){0,4}?att\s+(?:[\wåäöÅÄÖ-]+\s+)?"
    r"(?:antar|fastställer|godkänner)\b"
    r"|\bvidare\s+till\s+(?:[\wåäöÅÄÖ-]*fullmäktige)\s+för\s+(?:[\wåäö]+\s+)?"
    r"(?:fastställande|antagande|beslut)\b",
    re.I,
)


def _proposed_headline(ctx: Context, sentence: Span, adoption: Adoption) -> bool:
    """'Nytt boendeplaneringsprogram antaget' (or '... klubbad i styrelsen') over a text
    where the adoption is only proposed to fullmäktige: the heading states the proposal.
    A heading that names the assembly itself states its act."""
    if not is_headline(ctx, sentence):
        return False
    if adoption.body is not None and "fullmäktige" in adoption.body.name.lower():
        return False
    return _PROPOSES_ADOPTING.search(ctx.text, sentence.end) is not None


def _before_meeting(ctx: Context, sentence: Span, adoption: Adoption) -> bool:
    """'programmet som antogs 2013': a passive adoption by no body, in a year before the
    meeting the page reports, is history, not that meeting's act."""
    if not adoption.passive:
        return False
    when = own_date(ctx, sentence, adoption.docs)
    held = meeting_before(ctx, sentence.start, dated=True)
    return bool(
        when
        and when.value
        and held
        and held.date
        and held.date.value
        and when.value[:4] < held.date.value[:4]
    )


def _broader(body: ActorHit, meeting: Meeting | None) -> bool:
    """The municipality or region whose committee held the page's meeting: "Bifall för ks
    förslag om X" under a council's report is the council's act, not the municipality's."""
    held = meeting.body if meeting is not None else None
    return held is not None and held.node_id.startswith(f"{body.node_id}:")


def _adopt(ctx: Context, sink: FactSink, sentence: Span, dated: set[str]) -> None:
    found = adoptions_in(ctx, sentence)
    if earlier_version(ctx.text[sentence.start : sentence.end]):
        return  # the version the page's document follows: no node of its own
    if habitual(ctx.text[sentence.start : sentence.end]):
        return  # "Regeringen beslutar vart fjärde år om en nationell plan": a habit
    if not found or in_proposal_section(ctx, sentence.start) or proposed_item(ctx, sentence):
        return  # "Förslag till beslut", "föreslår fullmäktige besluta: ...": proposed
    if for_consultation(ctx.text[sentence.start : sentence.end]):
        return  # "Remissförslaget till X godkändes": a draft sent out, not adopted
    for adoption in found:
        if _proposed_headline(ctx, sentence, adoption):
            continue
        meeting = meeting_before(ctx, sentence.start, dated=False)
        if adoption.heading:  # an item's heading: only a reported committee's adoption
            held_by = meeting.body if meeting is not None else None
            body = held_by if held_by is not None and held_by.kind in _MEETS else None
        else:
            # "Folkhälsorådet beslutar: ... 2. att folkhälsoplan 2016 godkänns": the intro's.
            body = adoption.body or previous_agent(ctx, sentence) or intro_body(ctx, sentence)[0]
            if (
                (body is None or (_broader(body, meeting) and adoption.body is None))
                and meeting is not None
                and not _before_meeting(ctx, sentence, adoption)
            ):
                body = meeting.body
        if body is None and adoption.passive:
            # "Den 18 december 2018 antogs Program för ...": the date, by no body named.
            when = own_date(ctx, sentence, adoption.docs)
            if when is not None and when.value:
                for doc in adoption.docs:
                    sink.date_adoption(doc.node_id, when)
            continue
        if body is None or body.kind not in BODIES:
            continue
        body = board_of(ctx, sink, body)  # "Region Blekinges styrelse antog"
        # A heading's year is its document's ("Beslut om riktlinjer för X 2022"), no date.
        when = None if adoption.heading else own_date(ctx, sentence, adoption.docs)
        if when is None:  # the body's meeting here, else the one a § reference names
            held = meeting_before(ctx, sentence.start, dated=True, body=body)
            when = held.date if held else reference_dates(ctx).get(body.node_id)
        rule = "relation.adopted.heading" if adoption.heading else "relation.adopted.sentence"
        together = _coordinated(ctx, body) if body is adoption.body else [body]
        for doc in adoption.docs:
            for each in together:
                if doc.node_id not in dated and doc.node_id != each.node_id:
                    _link(sink, sentence, each, doc, when, rule)


_AND_BEFORE = re.compile(r"(?:,|\s+och|\s+samt)\s+$")


def _coordinated(ctx: Context, body: ActorHit) -> list[ActorHit]:
    """ "Regionstyrelsen och hälso- och sjukvårdsnämnden har fattat beslut om X": both."""
    found = [body]
    while True:
        head = found[0]
        before = [
            a
            for a in ctx.actors
            if a.end <= head.start
            and a.kind in BODIES
            and not a.anaphoric
            and _AND_BEFORE.fullmatch(ctx.text, a.end, head.start)
        ]
        if not before:
            return found
        found.insert(0, before[-1])


# "Antagen av kommunstyrelsen 19 februari 2025 § 7.": a line about the page's document.
# ... and the subjectless past of a page's fact line: "Antogs av kommunfullmäktige 8
# december 2015."
_PARTICIPLE = (
    r"(?:Antagen|Antaget|Antagna|Fastställd|Fastställt|Godkänd|Godkänt|Beslutad|Beslutat"
    r"|Reviderad|Reviderat|Antogs|Fastställdes|Godkändes|Reviderades)"
)
_META = re.compile(rf"\s*{_PARTICIPLE}\s+(?:av|i)\s*:?\s+", re.I)
# "Godkänd 2023-05-09.": the date of the page's document, by a body the line leaves unsaid.
_META_DATE = re.compile(rf"\s*{_PARTICIPLE}\s*:?\s*(?:den\s+)?", re.I)


def _meta_lines(ctx: Context, sink: FactSink) -> None:
    main = main_document(ctx)
    if main is None:
        return
    known = {
        (x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ADOPTED and x.date
    }
    for sentence in ctx.sentences:
        dated = _META_DATE.match(ctx.text, sentence.start, sentence.end)
        found = ctx.dates_in(sentence) if dated else []
        if dated and found and found[0].start == dated.end() and found[0].value:
            sink.date_adoption(main.node_id, found[0])
            continue
        m = _META.match(ctx.text, sentence.start, sentence.end)
        if m is None or ctx.documents_in(sentence):
            continue
        body = next((a for a in ctx.actors_in(sentence) if a.start == m.end()), None)
        if body is None or body.kind not in BODIES or (body.node_id, main.node_id) in known:
            continue  # the header block's own rule has read it, with its date
        when = own_date(ctx, sentence, []) or _labelled_date(ctx, sentence)
        if when is None:
            continue  # "Beslutat i kommunfullmäktige" over a news item: a tag, no metadata
        _link(sink, sentence, body, main, when, "relation.adopted.meta_sentence")


# A metadata block's date line: "Datum: 2025-02-24", "Beslutsdatum 12 mars 2024",
# "Fastställt: 2016-02-18, §51".
_DATE_LABEL = re.compile(
    r"[^\S\n]*(?:beslutsdatum|datum(?:\s+för\s+beslut)?|antagen|antaget|fastställd|fastställt"
    r"|godkänd|godkänt|beslutad|beslutat)[^\S\n]*:?[^\S\n]*",
    re.I,
)
_BLOCK_LINES = 3


def _labelled_date(ctx: Context, line: Span) -> DateMention | None:
    """'Beslutad av: Kommunfullmäktige' and, in the lines right below, 'Datum: ...'."""
    cursor = line.end
    for _ in range(_BLOCK_LINES):
        start = ctx.text.find("\n", cursor) + 1
        if start == 0:
            return None
        end = ctx.text.find("\n", start)
        end = len(ctx.text) if end < 0 else end
        label = _DATE_LABEL.match(ctx.text, start, end)
        found = ctx.dates_in(Span(start, end))
        if label and found and found[0].start == label.end():
            return found[0]
        cursor = end
    return None


def _link(
    sink: FactSink,
    sentence: Span,
    body: ActorHit,
    doc: DocumentHit,
    when: DateMention | None,
    rule: str,
) -> None:
    added = sink.link(
        LinkType.ADOPTED,
        body.node_id,
        doc.node_id,
        sentence.start,
        sentence.end,
        rule,
        CONF_ADOPTED,
        when=when,
    )
    if added and when:
        sink.date_adoption(doc.node_id, when)


def _prefer_committees(sink: FactSink) -> None:
    """'Region Uppsala har antagit en strategi' over 'Vid sitt möte antog regionstyrelsen
    strategin': the region's own committee adopted it; the region's link goes."""
    adopted = [(k, x) for k, x in sink.links.items() if x.type is LinkType.ADOPTED]
    by = {(x.from_id, x.to_id) for _, x in adopted}
    for key, link in adopted:
        node = sink.nodes.get(link.from_id)
        kind = getattr(node, "kind", None)
        if kind not in (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION):
            continue
        own = f"{link.from_id}:"
        if any(f.startswith(own) and t == link.to_id for f, t in by):
            del sink.links[key]


# "Regionfullmäktige antog tisdag 7 december 2021 en viktig satsning": the body acted.
_ACTED = re.compile(
    r"\s+(?:har\s+)?(?:antog|antagit|fastställde|fastställt|godkände|godkänt|beslutade|beslöt)\b",
    re.I,
)


# "... program 2010-2015. antaget av kommunfullmäktige 2010-06-14": the body as the agent.
_ADOPTED_BY = re.compile(
    r"\b(?:antagen|antaget|antagna|antogs|fastställd|fastställt|fastställdes|godkänd|godkänt"
    r"|godkändes)\s+av\s+$",
    re.I,
)


def _date_from_text(ctx: Context, sink: FactSink) -> None:
    """'Regionfullmäktige antog Smart specialiseringsstrategi' as the headline, and below
    'Regionfullmäktige antog tisdag 7 december 2021 en viktig satsning ...': the body's
    only undated adoption takes the day of the sentence where it acts on no other document."""
    links = [x for x in sink.links.values() if x.type is LinkType.ADOPTED]
    dated = {(x.from_id, x.to_id) for x in links if x.date}
    undated: dict[str, set[str]] = {}
    for x in links:
        if (x.from_id, x.to_id) not in dated:
            undated.setdefault(x.from_id, set()).add(x.to_id)
    for body_id, targets in undated.items():
        if len(targets) != 1:
            continue
        (doc_id,) = targets
        for sentence in ctx.sentences:
            if is_headline(ctx, sentence) or any(
                d.node_id != doc_id for d in ctx.documents_in(sentence)
            ):
                continue
            acting = [
                a
                for a in ctx.actors_in(sentence)
                if a.node_id == body_id
                and (
                    _ACTED.match(ctx.text, a.end, sentence.end)
                    or _ADOPTED_BY.search(ctx.text, sentence.start, a.start)
                )
            ]
            when = own_date(ctx, sentence, ctx.documents_in(sentence)) if acting else None
            if when is None or not when.value or when.precision is not DatePrecision.DAY:
                continue
            if sink.link(
                LinkType.ADOPTED,
                body_id,
                doc_id,
                sentence.start,
                sentence.end,
                "relation.adopted.text_date",
                CONF_ADOPTED,
                when=when,
            ):
                sink.date_adoption(doc_id, when)
            break


def extract_adoptions(ctx: Context, sink: FactSink) -> None:
    _meta_lines(ctx, sink)
    # Documents whose adoption is known with its date already; an undated one
    # ("Kommunfullmäktige har antagit en ny miljöpolicy") may get its date here, and one
    # known by its year only its day ("antogs av kommunfullmäktige 2024").
    dated = {
        x.to_id
        for x in sink.links.values()
        if x.type is LinkType.ADOPTED and x.date and x.date_precision is not DatePrecision.YEAR
    }
    for sentence in ctx.sentences:
        _adopt(ctx, sink, sentence, dated)
    annex_adoptions(ctx, sink)
    listed_adoptions(ctx, sink)
    brief_heading_adoptions(ctx, sink)
    headed_item_adoptions(ctx, sink)
    field_adoptions(ctx, sink)
    _prefer_committees(sink)
    _date_from_text(ctx, sink)
    told_later_adoptions(ctx, sink)
    finest_adoption_dates(sink)
    settle_undated_adoptions(sink)

"""Which documents a sentence's adoption verb adopts, and which body adopts them.

Why by grammar: a sentence names documents in many roles. Only the verb's object
("antog en miljöpolicy samt riktlinjer för ...", "fastställde Regionfullmäktige
Östergötlands kulturplan", "Den 17 juni antog Bodens kommunfullmäktige planen",
"beslutade om Strategin för ...", "har fattat beslut om en ny strategi") or its subject
in the passive ("Handlingsplanen antogs av ...", "en ny landsbygdsstrategi, beslutad av
kommunfullmäktige", "policyn, som antogs av ...", "agendan som regionstyrelsen ställde
sig bakom", and as a second predicate: "Strategin har tagits fram av A och antogs av B")
is adopted; a document inside another object ("fastställde förslaget till
viljeinriktning för lokalplan 2019-2025") is not, and an owner in the genitive ("Ekerö
kommuns riktlinjer antogs") is not the body that adopted.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.adoption_backref import (
    REFERENCE_PASSIVE,
    pronoun_before,
    referred_document,
)
from ingest.rules.adoption_objects import (
    bodies_in,
    document_objects,
    named_elsewhere,
    owner_in_name,
    right_after,
)
from ingest.rules.decision_anaphora import listed_matters
from ingest.rules.decision_notices import notice_items, opens_with_document
from ingest.rules.steering_adoption import (
    ASSENT,
    BACKING,
    DOCUMENT_ASIDE,
    backs_others_document,
    object_gap_ok,
    owned_by_another,
)

__all__ = ["Adoption", "adoptions_in", "previous_agent"]

_ACTIVE = compile_guarded(
    r"\b(?:antog|antar|antagit|anta|fastställde|fastställer|fastställt|fastställa|godkände|"
    r"godkänner|godkänt|godkänna|reviderade|reviderar|reviderat|revidera|klubbade|klubbat|"
    rf"{ASSENT}|"
    r"ställ(?:a|de|er)\s+sig\s+(?:[\w-]+\s+){0,2}?bakom|bifalla|biföll|bifaller|bifallit|"
    r"sa(?:de)?\s+(?:(?:också|även)\s+)?ja\s+till|röst(?:ade|at)\s+(?:[\wåäö-]+\s+){0,2}?igenom|"
    r"(?:gav|ger|gett|givit)\s+(?:[\w-]+\s+){0,3}?(?:grönt\s+ljus|klartecken)\s+(?:till|för)|"
    # "Den 7 februari fattade Kommunstyrelsen beslut om <doc>": an inverted subject between.
    # ("Regionen tar sedan beslut om planen": a later step of a process, in the present)
    r"(?:fattar|tar)\s+(?!(?:sedan|därefter|slutligen)\s)(?:[\w-]+\s+){0,3}?beslut\s+om|"
    r"(?:fattat|fattade|tog|tagit)\s+(?:[\w-]+\s+){0,5}?beslut\s+om|"
    # "beslutade vid sitt möte den 19 juni om <doc>": the meeting phrase, then four words
    r"(?:beslutade|beslöt|beslutat|beslutar)\s+(?:(?:vid|på|under)\s+(?:sitt|sina|\w+s)\s+"
    r"(?:möte|sammanträde)\w*\s+)?(?:(?!att\b)[\w§-]+,?\s+){0,5}?(?:om|angående)|"
    # "regionstyrelsens beslut om ny länsplan": the decision as a noun, its body's genitive
    # or a meeting report's item heading: "Beslut om riktlinjer för X 2022"
    r"(?:(?<=s\s)|(?<![^\n]))beslut\s+om)\b",
    re.I,
)
_PASSIVE = compile_guarded(
    r"\b(?:antogs|antagits|antas|fastställdes|fastställts|fastställs|godkändes|godkänts|"
    r"godkänns|reviderades|reviderats|antagen|antaget|antagna|fastställd|beslutad|beslutat|"
    r"klubbades|klubbats|klubbad|röstades\s+igenom|"  # "klubbad", "röstades igenom": adopted
    # The impersonal passive with its object after "om": "I mars beslutades om en ny plan".
    r"beslutade|(?:beslutades|beslöts)\s+(?:(?!att\b)[\w-]+\s+){0,3}?(?:om|angående)|"
    # "<doc> beslutades.", "beslutades den nya strategin" (an inverted subject)
    r"(?:beslutades|beslöts)(?!\s+(?:att|om|angående)\b)|"
    # "Biblioteksplanen beslutas av kultur- och fritidsnämnden": who adopts it, as "antas"
    r"beslutas(?=\s+(?:enhälligt\s+)?av\s)|"
    # "Under onsdagen togs beslut om"
    r"(?:togs|tas|fattades)\s+(?:[\w-]+\s+){0,2}?beslut\s+om|"
    # "Beslut om <doc> togs av", "... togs på kommunfullmäktige" (_NOUN_FIRST)
    r"(?:togs|fattades)(?=\s+(?:enhälligt\s+)?(?:av|på|i)\s)"
    r")\b",
    re.I,
)
# A further subject after the passive: "X klubbades igenom, liksom <doc>".
_ALSO = re.compile(r"(?:\s+igenom)?\s*,\s*(?:liksom|och\s+även|och\s+också|samt\s+även)\s+", re.I)
# "Beslut om översiktsplan togs av kommunfullmäktige": the decision's noun first.
# "Beslut om X togs", "Beslutet att anta X fattades": the noun first (and the infinitive
# no active adoption of its own)
_TO_ADOPT = re.compile(r"\s*[Bb]eslutet\s+(?:om\s+)?att\s+(?:anta|godkänna|fastställa)\s")
_NOUN_FIRST = re.compile(rf"\s*[Bb]eslut(?:et)?\s+om\s|{_TO_ADOPT.pattern}")
# Future, proposed or required adoptions are not adoptions.
_NOT_DONE = re.compile(
    r"\b(?:ska|skall|kommer\s+att|kan|bör|behöver|föreslås|föreslår|föreslog|föreslå|"
    r"föreslagit|förslag(?:et)?\s+till|inför|innan)\s+(?:\w+\s+){0,3}?$"
    # Expected, not done: "kommer fullmäktige med största sannolikhet att fastställa",
    # "beräknas bli antagen", "gäller tills nästa plan är beslutad".
    r"|\bkommer\s+(?:[\w-]+\s+){1,8}?att\s+(?:\w+\s+){0,2}?$"
    r"|\b(?:beräknas|väntas|förväntas|planeras)\s+(?:\w+\s+)?(?:bli|vara)\s+$"
    r"|\btills?(?:\s+dess)?\s+(?:att\s+)?(?:nästa|en\s+ny|ett\s+nytt)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:är|blir|har\s+blivit)\s+$",
    re.I,
)
# "Kommunstyrelsen föreslår att kommunfullmäktige beslutar att A samt fastställer
# planen": every verb of the proposed clause is proposed, however far from "föreslår".
_PROPOSED_CLAUSE = re.compile(
    r"\bföresl(?:år|og|agit|ås)\s+(?:[\wåäö]+\s+){0,4}?att\b(?:(?!,\s+(?:och|men)\s)[^.;])*$", re.I
)
# "ett åtagande om att revidera", "(har) arbetat med att revidera", "är ansvariga för att
# utarbeta och fastställa": a task or a duty, not an act.
_TASK = re.compile(
    r"\b(?:arbete(?:t)?\s+med|(?:arbetar|arbetat|arbetade)\s+med|åtagande(?:t|n)?\s+om|"
    r"uppdrag(?:et)?(?:\s+om)?|"
    r"ambition(?:en)?|avsikt(?:en)?|planer(?:na)?\s+på|behov(?:et)?\s+av|"
    r"ansvar(?:ig|iga|et)?\s+för)\s+att\s+(?:[a-zåäö]+\s+(?:och|samt)\s+)?$",
    re.I,
)
# "antogs av kommunfullmäktige"; "antogs i Xs kommunfullmäktige": an assembly as agent.
_AGENT = re.compile(r"\s+(?:\w+\s+){0,2}?(?:av|i|på|vid)\s+(?:[\wåäöÅÄÖ-]+s\s+)?$")
_RELATIVE = re.compile(r",?\s+som\s+$")
# "På kommunfullmäktige 29 mars antogs", "Vid måndagens kommunfullmäktige antogs"
_AT_MEETING = re.compile(r"\b(?:på|vid|under)\s+(?:[a-zåäö]+dagens\s+)?$", re.I)
_GENITIVE_GAP = re.compile(r"s?\s*$")
# "Bifall för ks förslag om X": the body before "förslag" proposed, it did not adopt.
_PROPOSER = re.compile(r"\s+förslag\b")
_PREPOSITION = re.compile(r"\b(?:till|för|hos|med|mot|åt|om)\s+$", re.I)


@dataclass(frozen=True, slots=True)
class Adoption:
    body: ActorHit | None  # None: the sentence names no adopting body
    docs: list[DocumentHit]
    verb: Span
    passive: bool = False  # "antogs", "fastställd": the document is the subject
    heading: bool = False  # "Beslut om <doc>" heading a meeting report's item


# "Det föreslagna programmet ... har reviderats": a draft, not the adopted document.
_DRAFT = re.compile(
    r"(?:(?:det|den|de)\s+)?(?:föreslagna|remitterade|utkastet\s+till|förslaget\s+till)\b",
    re.I,
)


# "<doc>, som (i övrigt sedan tidigare) antagits av ...": a relative, perhaps with adverbs,
# after an aside ("med underrubriken ”...”").
_GAP = re.compile(
    # an acronym first: "Den regionala utvecklingsstrategin (rus) för Uppsala län blev ..."
    r"(?:\s*\([\wåäöÅÄÖ-]{2,10}\))?"
    # an owner left out of an anaphor's span: "Programmet för Flens kommun antas av"
    r"(?:\s+för\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:kommun|region|län|stad))?)?"
    + DOCUMENT_ASIDE  # and a relative clause of its own: "Planen, som beskriver X, antogs"
    + r"(?:\s*,\s+som\s+[^,.;:\n]{3,100},)?"
    # its predicate noun's relative: "Biblioteksplanen är ett strategiskt styrdokument som
    # fastställdes av regionfullmäktige"
    r"(?:\s+(?:är|var)\s+(?:ett|en)\s+(?:[a-zåäö-]+\s+){0,2}?[a-zåäö]*(?:dokument|plan|"
    r"program|strategi|policy)(?=\s+som\b))?"
    r"\s*(?:,\s*|\(\s*)?(?:som\s+(?:(?:i\s+övrigt|sedan|tidigare|nyligen|redan|nu|också"
    r"|även|i\s+dag|idag)\s+){0,4})?(?:\(?\d{4}\)?\s+)?"
    r"(?:(?:blev|har\s+blivit|hade\s+blivit)\s+)?",  # "blev beslutad av regionfullmäktige"
    re.I,
)


def _subject_before(ctx: Context, sentence: Span, verb: re.Match[str]) -> DocumentHit | None:
    """The document the passive verb or participle is about: right before it, behind a
    comma or 'som', or across a short adverbial ('antogs av kommunfullmäktige')."""
    docs = [
        d for d in ctx.documents_in(Span(sentence.start, verb.start())) if d.end <= verb.start()
    ]
    if not docs:
        return None
    doc = docs[-1]
    if _DRAFT.match(ctx.text, doc.start, doc.end):
        return None
    gap = ctx.text[doc.end : verb.start()]
    if _GAP.fullmatch(gap) or object_gap_ok(ctx, doc.end, verb.start()):
        return doc
    # "Strategin har tagits fram av A tillsammans med B och antogs av C": the one document
    # opening the sentence, with the verb as its second predicate.
    opens = len(docs) == 1 and not ctx.text[sentence.start : doc.start].strip()
    if opens and _SECOND_PREDICATE.search(gap) and not _CLAUSE.search(gap):
        return doc
    return None


_SECOND_PREDICATE = re.compile(
    r"\s(?:har|hade|ska|skall)\s.*\soch\s+(?:(?:sedan|senare|därefter)\s+)?$"
)
_CLAUSE = re.compile(r"[,;:]|\b(?:som|där|när|att|eftersom)\b")


_ITEM_LEAD = re.compile(r"[\W\d]*(?:att\s+)?", re.I)


def _named_subject(ctx: Context, sentence: Span, verb: re.Match[str]) -> DocumentHit | None:
    """'2. att folkhälsoplan 2016 godkänns': a steering noun phrase opening the clause, as
    the subject of the passive verb, that names a document the page names elsewhere."""
    lead = _ITEM_LEAD.match(ctx.text, sentence.start, verb.start())
    start = lead.end() if lead else sentence.start
    named = named_elsewhere(ctx, start, verb.start())
    # Its span here, so that the year of its name is not read as the adoption's.
    return dataclasses.replace(named, start=start, end=verb.start()) if named else None


def _agent(ctx: Context, sentence: Span, verb: Span) -> ActorHit | None:
    """'antogs av kommunfullmäktige', else 'På kommunfullmäktige 29 mars antogs'."""
    after = bodies_in(ctx, verb.end, sentence.end)
    for i, actor in enumerate(after):
        if _AGENT.fullmatch(ctx.text, verb.end, actor.start):
            # "av Region Uppsalas regionfullmäktige": the owner's body, not the owner
            body = after[i + 1] if i + 1 < len(after) else None
            owned = body is not None and not ctx.text[actor.end : body.start].strip()
            return body if owned and body and ctx.text[actor.end - 1] == "s" else actor
        break
    for actor in bodies_in(ctx, sentence.start, verb.start):
        if _AT_MEETING.search(ctx.text, sentence.start, actor.start):
            return actor
    return None


def _subject_body(ctx: Context, sentence: Span, verb: re.Match[str]) -> ActorHit | None:
    """The body before an active verb that owns no document in the genitive
    ('Ekerö kommuns riktlinjer') and is not after a preposition."""
    before = [
        a
        for a in bodies_in(ctx, sentence.start, verb.start())
        if not any(_GENITIVE_GAP.fullmatch(ctx.text, a.end, d.start) for d in ctx.documents)
        and not _PREPOSITION.search(ctx.text, sentence.start, a.start)
        and not _possessor(ctx, a)
    ]
    committees = [a for a in before if a.kind is not OrganizationKind.MUNICIPALITY]
    chosen = committees or before
    return chosen[-1] if chosen else None


def _possessor(ctx: Context, a: ActorHit) -> bool:
    """'godkänna regionala utvecklingsnämndens årsrapport': a body in the genitive owns
    what follows; it is no subject, unless what follows is its own board."""
    surface = ctx.text[a.start : a.end]
    return (
        surface.endswith("s")
        and not a.name.endswith("s")
        and bool(re.match(r"\s+[a-zåäö]", ctx.text[a.end : a.end + 2]))
        # "Region Blekinges styrelse antog": its own board acts (decision_bodies.board_of)
        and not re.match(r"\s+(?:styrelse|fullmäktige)\b", ctx.text[a.end : a.end + 14])
    )


def _relative(
    ctx: Context, sentence: Span, verb: re.Match[str]
) -> tuple[DocumentHit, ActorHit] | None:
    """'<doc> som <body> (på onsdagen) ställde sig bakom': the document and the body."""
    for actor in reversed(bodies_in(ctx, sentence.start, verb.start())):
        lead = _RELATIVE.search(ctx.text, sentence.start, actor.start)
        if lead is None or len(ctx.text[actor.end : verb.start()].split()) > 3:
            return None
        docs = [d for d in ctx.documents_in(Span(sentence.start, lead.start()))]
        if docs and not ctx.text[docs[-1].end : lead.start()].strip():
            return docs[-1], actor
        return None
    return None


def _genitive_before(ctx: Context, at: int) -> ActorHit | None:
    """The body named in the genitive right before `at` ("regionstyrelsens beslut")."""
    for actor in ctx.actors:
        genitive = ctx.text[at - 2] == "s" and ctx.text[actor.end : at] in ("s ", " ")
        if actor.end <= at and genitive and not actor.anaphoric:
            return actor
    return None


def adoptions_in(ctx: Context, sentence: Span) -> list[Adoption]:
    """The adoptions the sentence states, one per verb that adopts a document."""
    found: list[Adoption] = []
    for item in notice_items(ctx):  # "Kommunfullmäktiges beslut, § 12, <doc>"
        docs = opens_with_document(ctx, item) if sentence.start <= item.matter.start else []
        if docs and item.matter.end <= sentence.end:
            found.append(Adoption(item.body, docs, item.matter, passive=True))
    listed = listed_matters(ctx, sentence)  # "... bland annat <doc>. Båda ärendena bifölls."
    if listed is not None:
        docs = [d for m in listed.matters for d in ctx.documents_in(m)]
        if docs:
            body = _agent(ctx, sentence, listed.verb)
            found.append(Adoption(body, docs, listed.verb, passive=True))
    for verb in _ACTIVE.finditer(ctx.text, sentence.start, sentence.end):
        if (
            _NOT_DONE.search(ctx.text, sentence.start, verb.start())
            or _PROPOSED_CLAUSE.search(ctx.text, sentence.start, verb.start())
            or _TASK.search(ctx.text, sentence.start, verb.start())
            or backs_others_document(ctx.text, verb.start(), verb.end())
            or _TO_ADOPT.fullmatch(ctx.text, sentence.start, verb.end() + 1)
            or _scheduled(ctx, sentence, verb)
        ):
            continue  # not done, backing another's, or "Beslutet att anta X" (the passive's)
        span = Span(verb.start(), verb.end())
        relative = _relative(ctx, sentence, verb)
        if relative is not None:
            found.append(Adoption(relative[1], [relative[0]], span))
            continue
        docs = document_objects(ctx, sentence, verb.end())
        if BACKING.fullmatch(verb.group()):
            docs = [d for d in docs if not owned_by_another(ctx, d.node_id)]
        if not docs:
            continue
        # "fastställde Regionfullmäktige <doc>", "beslutade nämnden om <doc>"
        around = [
            a
            for a in bodies_in(ctx, verb.start(), sentence.end)
            if not owner_in_name(ctx, a) and not _PROPOSER.match(ctx.text, a.end)
        ]
        inverted = [a for a in around if a.end <= verb.end()] or [
            a for a in around if right_after(ctx, verb.end(), a)
        ]
        body = inverted[0] if inverted else _subject_body(ctx, sentence, verb)
        if verb.group().lower().startswith("beslut "):
            body = _genitive_before(ctx, verb.start())
            if body is None:
                if _heading_line(ctx, sentence, verb.start()):
                    found.append(Adoption(None, docs, span, heading=True))
                continue
        found.append(Adoption(body, docs, span))
    for verb in _PASSIVE.finditer(ctx.text, sentence.start, sentence.end):
        if _NOT_DONE.search(ctx.text, sentence.start, verb.start()):
            continue
        if _HOW_ADOPTED.search(ctx.text, sentence.start, verb.end()):
            continue  # "ett särskilt dokument som antas av kommunfullmäktige": the procedure
        if verb.group().lower() in ("togs", "fattades") and not _NOUN_FIRST.match(
            ctx.text, sentence.start, verb.start()
        ):
            continue
        # "För att ... antogs i mars 2023 programmet X": after a fronted clause the
        # subject follows the verb, and a document opening the rest is it.
        after = document_objects(ctx, sentence, verb.end())
        also = _ALSO.match(ctx.text, verb.end(), sentence.end)
        if also and not after:  # "Nya taxor klubbades igenom, liksom nya riktlinjer för X"
            after = document_objects(ctx, sentence, also.end())
        subject = _subject_before(ctx, sentence, verb) or _named_subject(ctx, sentence, verb)
        if subject is None and REFERENCE_PASSIVE.fullmatch(verb.group()):
            subject = referred_document(ctx, sentence, verb.start())  # "Förslaget antogs"
            subject = subject or pronoun_before(ctx, sentence, verb.start())  # "Den antogs"
        docs = after or ([subject] if subject else [])
        span = Span(verb.start(), verb.end())
        if docs and not any(d in a.docs for a in found for d in docs):
            found.append(Adoption(_agent(ctx, sentence, span), docs, span, passive=True))
    return found


# "... i ett dokument som antas av fullmäktige": what is done with such a document.
_HOW_ADOPTED = re.compile(r"\bsom\s+(?:antas|fastställs|godkänns)$", re.I)


# "Den 30 mars fattar kommunfullmäktige slutgiltigt beslut om planen.": a fronted day and
# a verb in the present tense tell what is scheduled, not what was done.
_FRONTED_DAY = re.compile(
    r"\s*(?:[Pp]å\s+[a-zåäö]+dag\s+)?[Dd]en\s+\d{1,2}(?::[ea])?\s+[a-zåäö]+\s+$"
)
_PRESENT = ("fattar", "tar", "antar", "fastställer", "godkänner", "beslutar", "reviderar")


def _scheduled(ctx: Context, sentence: Span, verb: re.Match[str]) -> bool:
    """A present-tense adoption on a fronted day after the page's date (or on a page with no
    date): the body is to adopt it then."""
    if not verb.group().lower().startswith(_PRESENT):
        return False
    if not _FRONTED_DAY.fullmatch(ctx.text, sentence.start, verb.start()):
        return False
    days = [d.value for d in ctx.dates_in(Span(sentence.start, verb.start())) if d.value]
    if not days or ctx.published is None:
        return True
    return days[0] > ctx.published.isoformat()


def _heading_line(ctx: Context, sentence: Span, start: int) -> bool:
    """A line that opens with the verb and ends without a full stop: an item's heading,
    adopted by the body whose meeting the page reports."""
    line_end = ctx.text.find("\n", start)
    line = ctx.text[start : line_end if line_end >= 0 else len(ctx.text)].rstrip()
    return start == sentence.start and not line.endswith((".", "!", "?"))


def previous_agent(ctx: Context, sentence: Span) -> ActorHit | None:
    """'Riktlinjerna ska antas av kommunfullmäktige. Ekerö kommuns riktlinjer antogs den
    18 juni 2019.': the body the sentence before names as the adopter."""
    index = ctx.sentence_index(sentence)
    if index == 0:
        return None
    previous = ctx.sentences[index - 1]
    if "\n\n" in ctx.text[previous.end : sentence.start]:
        return None
    for verb in _PASSIVE.finditer(ctx.text, previous.start, previous.end):
        agent = _agent(ctx, previous, Span(verb.start(), verb.end()))
        if agent is not None:
            return agent
    return None

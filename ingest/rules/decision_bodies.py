"""Who took a decision the sentence states: the body the grammar names, else the meeting's.

Why: the deciding body is rarely the sentence's first organisation. "Socialnämnden
får i uppdrag" (or "beviljas 180 000 kronor") names the body that receives the task;
"Förslag till kommunfullmäktige" the one a proposal goes to; "Folkhälsomyndigheten har
fått ett uppdrag av regeringen", "fått regeringens uppdrag", "fick i regleringsbrevet
uppdraget", "Regeringsbeslutet innebär att ...", "Uppdraget ... kommer från
kommunfullmäktige" and "Enligt beslut i kommunstyrelsens arbetsutskott" name the one
that decided, and "Motionen avslogs av fullmäktige" names it after the verb. With none
of these the body is the subject before the verb, else the body of the meeting the page
reports (ingest.rules.decision_page).
"""

from __future__ import annotations

import dataclasses
import re

from graph.edges import LinkType
from graph.nodes import Organization, OrganizationKind
from ingest import ids
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.decision_cues import MONEY_GIVEN
from ingest.rules.decision_inverted import inverted_subject
from ingest.rules.decision_page import DECIDERS, deciders
from ingest.rules.meeting_choice import meeting_before

__all__ = [
    "board_of",
    "explicit_body",
    "government_site",
    "inverted_subject",
    "meeting_board",
    "perfect_subject",
    "receives",
    "subject_body",
    "unread_subject",
]

# "... får i uppdrag": the body before receives a task; so does the subject of an
# inverted perfect ("Därför har Tillväxtverket fått uppdrag ...").
_RECEIVES = re.compile(
    # "Myndigheten, som redan samordnar arbetet, får ...": a relative clause between
    r"(?:,\s+som\s+[^,.;\n]{1,120},)?"
    r"\s+(?:\w+\s+){0,2}?(?:får|fick|fått|ges|gavs|har\s+(?:\w+\s+)?fått|hade\s+fått|ska\s+få|"
    r"(?:har|hade)\s+(?:\w+\s+)?(?:getts|givits|tilldelats))"  # "Brå har getts i uppdrag"
    # "fick i regleringsbrevet för 2016 uppdraget", "får uppdraget att"
    r"(?:\s+(?:\w+\s+){0,4}?(?:i\s+uppdrag|\w*uppdrag(?:et)?)\b|" + MONEY_GIVEN + r")"
    # "Nämnden beviljas 100 000 kr", "har fått beviljat 2 miljoner kronor från X"
    r"|\s+(?:(?:har\s+)?fått\s+beviljat|(?:också\s+)?(?:beviljas|beviljades|tilldelas|tilldelades))\b"
    # "X har beviljats ekonomiskt stöd om 100 000 kronor"
    r"|\s+(?:[\wåäö]+\s+){0,3}?(?:har|hade)\s+(?:också\s+)?(?:beviljats|tilldelats)\b"
)
# "har sagt ja till X och gett Y i uppdrag": the supine alone, its "har" said once before
_GIVES = re.compile(r"\b(?:gav|ger|ge|(?:har\s+|hade\s+)?(?:gett|givit))\b", re.I)
# Between a subject and its verb: nothing, or an adverb ("Regeringen har nu gett").
_SUBJECT_GAP = re.compile(r"\s*(?:(?:nu|därför|också|även|i\s+dag|idag)\s+)?")
_GIVER_AFTER = re.compile(
    # any compound of uppdrag: "ett tilläggsuppdrag från regionfullmäktige"
    r"(?:\w*uppdrag\w*\s+(?:\w+\s+){0,2}?(?:av|från)"
    r"|\b(?:kommer\s+från|beslut\s+(?:i|av|från|inom)|på\s+uppdrag\s+av))\s+$",
    re.I,
)
# "har fått regeringens uppdrag": the genitive is the giver when the task is received.
_GENITIVE_TASK = re.compile(r"s\s+(?:\w+\s+){0,2}?uppdrag\b", re.I)
_BY_FIRST = re.compile(r"\s*Av\s+", re.I)
_TASK_RECEIVED = re.compile(r"\s+(?:fick|får|har|hade)\s+(?:\w+\s+){0,4}?(?:fått\s+)?i\s+uppdrag\b")
_RECEIVED = re.compile(r"\b(?:fått|fick|får|erhållit|på|har|hade)\s+$", re.I)
# "Regeringsbeslutet", "ett nytt regeringsuppdrag": the government decided.
_GOVERNMENT_WORD = re.compile(
    r"\b(?P<word>[Rr]egerings)(?:beslut|uppdrag)\w*"
    # "fick i regleringsbrevet för 2016 uppdraget": the government's yearly directions
    r"|\bi\s+(?P<letter>regleringsbrev)(?:et|en)?\b"
    r"|\b(?:fått|fick|får|har|hade)\s+(?P<genitive>[Rr]egeringens)\s+uppdrag\b"
)
_PASSIVE_BY = re.compile(r"\s+(?:\w+\s+){0,2}?av\s+$")
# "har beviljats 3 miljoner kronor från Vinnova": a grant's giver
# stands after its sum.
_GRANTED = re.compile(r"(?:bevilja|tilldela)(?:ts|des|s)\b", re.I)
_GRANT_BY = re.compile(r"\s+(?:[\w,]+\s+){0,8}?(?:av|från)\s+$")
_ROLE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:ordförande|\w*råd|\w*direktör|\w*chef)\b", re.I)
# Prepositions and verbs before a body that make it not the decider.
_NOT_SUBJECT = re.compile(
    # "Till ny ersättare i kommunstyrelsen utses X": where the office is held
    r"\btill\s+(?:nya?\s+)?(?:[a-zåäö-]+\s+){1,2}?(?:i|för)\s+$|"
    r"\b(?:till|åt|för|hos|med|mot|om|förslag\s+till|ge|"
    r"föresl(?:å|år|og|agit)(?:\s+(?:även|också|i\s+sitt\s+beslut))?(?:\s+att)?)\s+$",
    re.I,
)
_GOVERNMENT_ID = ids.national_body_id("regeringen")
# "Vid Regionförbundet Sörmlands styrelsemöte idag beslutade man ...", "På
# kommunfullmäktiges sammanträde 2025-03-31 beslutades att ...": the meeting's owner.
_AT_MEETING = re.compile(r"\W*(?:Vid|På|Under)\s+$")
_MEETING_OF = re.compile(r"s\s+(?:\w*möte|\w*sammanträde)(?:t|n)?\b", re.I)
_MEETING_OWNERS = (*DECIDERS, OrganizationKind.MUNICIPAL_ASSOCIATION)


# "Region Blekinges styrelse", "kommunens fullmäktige": the region's or municipality's
# own board or assembly.
# Also its meeting: "Storsthlms styrelsemöte", "Region Xs fullmäktigesammanträde".
_BOARD = re.compile(r"s?\s+(?P<board>styrelse|fullmäktige)(?:möte\w*|sammanträde\w*)?\b", re.I)
_BOARD_NAMES = {
    (OrganizationKind.REGION, "styrelse"): ("region", "Regionstyrelsen"),
    (OrganizationKind.REGION, "fullmäktige"): ("region", "Regionfullmäktige"),
    (OrganizationKind.MUNICIPALITY, "styrelse"): ("kommun", "Kommunstyrelsen"),
    (OrganizationKind.MUNICIPALITY, "fullmäktige"): ("kommun", "Kommunfullmäktige"),
    # "Storsthlms styrelse": an association's board, a body of its own.
    (OrganizationKind.MUNICIPAL_ASSOCIATION, "styrelse"): ("kommunforbund", "Styrelsen"),
    # "Länsstyrelsens styrelse beslutade": the county board's own board.
    (OrganizationKind.COUNTY_BOARD, "styrelse"): ("lansstyrelse", "Länsstyrelsens styrelse"),
}
_BOARD_CODE = {
    OrganizationKind.REGION: "county_code",
    OrganizationKind.COUNTY_BOARD: "county_code",
    OrganizationKind.MUNICIPAL_ASSOCIATION: "county_code",
    OrganizationKind.MUNICIPALITY: "municipality_code",
}


def board_of(ctx: Context, sink: FactSink, actor: ActorHit) -> ActorHit:
    """'Region Blekinges styrelse beslutade': the regionstyrelse, not the region; any
    other body as it is."""
    m = _BOARD.match(ctx.text, actor.end)
    field = _BOARD_CODE.get(actor.kind)
    code: str | None = getattr(actor, field) if field else None
    named = _BOARD_NAMES.get((actor.kind, m["board"].lower())) if m else None
    if m is None or named is None or code is None:
        return actor
    owner, name = named
    board_id = ids.body_id(owner, code, name)
    if board_id not in sink.nodes:
        node = Organization(id=board_id, name=name, kind=OrganizationKind.COMMITTEE)
        if not sink.mention(node, actor.start, m.end("board"), "decision.board_of", 0.7):
            return actor
        # Bodies were placed before the decisions were read: this one is placed here.
        part = (actor.start, m.end("board"), "relation.part_of.board_of", 0.7)
        sink.link(LinkType.PART_OF, board_id, actor.node_id, *part)
    kind = OrganizationKind.COMMITTEE
    return dataclasses.replace(actor, end=m.end("board"), node_id=board_id, kind=kind, name=name)


# The inverted order: "Parallellt fick Trafikverket i uppdrag att ...".
_GETS_BEFORE = re.compile(r"\b(?:får|fick|fått)\s+$", re.I)
_TASK_AFTER = re.compile(r"\s+(?:(?:också|även|därför|nu)\s+)?(?:i\s+uppdrag|\w*uppdrag)\b")


def receives(ctx: Context, actor: ActorHit, end: int) -> bool:
    if _RECEIVES.match(ctx.text, actor.end, end):
        return True
    before = ctx.text[max(0, actor.start - 12) : actor.start]
    return bool(_GETS_BEFORE.search(before) and _TASK_AFTER.match(ctx.text, actor.end, end))


def _government(ctx: Context, sink: FactSink, m: re.Match[str]) -> ActorHit | None:
    """The government, named by a compound or a genitive task only ("fick regeringens
    uppdrag"); its node is added when not yet there."""
    group = "word" if m["word"] else "letter" if m["letter"] else "genitive"
    start, end = m.start(group), m.end(group)
    if _GOVERNMENT_ID not in sink.nodes:
        node = Organization(id=_GOVERNMENT_ID, name="Regeringen", kind=OrganizationKind.GOVERNMENT)
        if not sink.mention(node, start, end, "decision.government_word", 0.7):
            return None
    kind = OrganizationKind.GOVERNMENT
    return ActorHit(start, end, _GOVERNMENT_ID, kind, "Regeringen", anaphoric=True)


def explicit_body(
    ctx: Context, sink: FactSink, sentence: Span, cue_start: int, cue_end: int
) -> ActorHit | None:
    """The decider the sentence names by its role: an agent after a passive verb, the
    giver of a task, the body of "enligt beslut i ...", a government decision, the owner
    of the meeting the sentence opens with when no other body is its subject."""
    owner = _meeting_owner(ctx, sentence, cue_start)
    if owner is not None:
        return owner
    found = deciders(ctx, sentence.start, sentence.end)
    for actor in found:
        if actor.start < cue_end:
            continue
        passive = _PASSIVE_BY.fullmatch(ctx.text, cue_end, actor.start) or (
            _GRANTED.search(ctx.text, cue_start, cue_end)
            and _GRANT_BY.fullmatch(ctx.text, cue_end, actor.start)
        )
        if passive and not _ROLE_AFTER.match(ctx.text, actor.end, sentence.end):
            return actor
        break
    for actor in found:
        lead = ctx.text[max(sentence.start, actor.start - 60) : actor.start]
        if _GIVER_AFTER.search(lead):
            return actor
        # "Av kommunstyrelsen fick ledningskontoret i uppdrag att ...": a fronted agent.
        if _BY_FIRST.fullmatch(ctx.text, sentence.start, actor.start) and _TASK_RECEIVED.match(
            ctx.text, actor.end, sentence.end
        ):
            return actor
        genitive = _GENITIVE_TASK.match(ctx.text, actor.end - 1, sentence.end)
        if genitive and _RECEIVED.search(lead):
            return actor
    gives = _GIVES.search(ctx.text, sentence.start, cue_start)
    if gives:
        # "Regeringen ger Boverket i uppdrag": the subject right before the verb gives;
        # only with the verb first ("I mars gav regeringen X i uppdrag") the one after.
        before = [a for a in found if a.end <= gives.start()]
        if before and _SUBJECT_GAP.fullmatch(ctx.text, before[-1].end, gives.start()):
            return before[-1]
        after = [a for a in found if a.start >= gives.end()]
        # "Ge X i uppdrag", "och gett X i uppdrag": X receives the task
        finite = gives.group().lower() not in ("ge", "gett", "givit")
        if finite and after and not ctx.text[gives.end() : after[0].start].strip():
            return after[0]  # "gav regeringen ... i uppdrag"
        givers = [a for a in found if a.end <= gives.start()]
        # "Regeringen har i dag, i Post- och telestyrelsens regleringsbrev, gett ...": a
        # genitive before a noun is whose thing it is, not the giver, if another is named.
        own = [a for a in givers if not _genitive_before(ctx, a)]
        if givers:
            return (own or givers)[-1]
    government = _GOVERNMENT_WORD.search(ctx.text, sentence.start, sentence.end)
    if government:
        return _government(ctx, sink, government)
    return None


def _meeting_owner(ctx: Context, sentence: Span, cue_start: int) -> ActorHit | None:
    """'Vid <body>s möte (...) beslutade man': the body, when the sentence opens with its
    meeting and names no other body before the verb."""
    before = ctx.actors_in(Span(sentence.start, cue_start))
    if not before or before[0].kind not in _MEETING_OWNERS:
        return None
    first = before[0]
    opens = _AT_MEETING.fullmatch(ctx.text, sentence.start, first.start)
    if opens is None or not _MEETING_OF.match(ctx.text, first.end - 1):
        return None
    return first if all(a.node_id == first.node_id for a in before) else None


# "om att webbsända kommunstyrelsens sammanträden": a body's genitive before a noun
# names whose thing it is, not who decides ("Region Xs styrelse", "nämndens beslut" and
# "fullmäktiges sammanträde", one meeting, are left to board_of and the decision words).
_GENITIVE_OF = re.compile(
    r"\s+(?!beslut|styrelse|fullmäktige|förslag|(?:sammanträde|möte)t?\b)[a-zåäö]"
)


def _genitive_of_thing(ctx: Context, actor: ActorHit) -> bool:
    broad = actor.kind in (OrganizationKind.COMMITTEE, *_BROAD)
    return broad and _genitive_before(ctx, actor, _GENITIVE_OF)


# "i Post- och telestyrelsens regleringsbrev": any organisation's genitive before a noun.
_BEFORE_NOUN = re.compile(r"\s+[a-zåäö]")


def _genitive_before(ctx: Context, actor: ActorHit, after: re.Pattern[str] = _BEFORE_NOUN) -> bool:
    """The actor's name is written in the genitive ("Post- och telestyrelsens") and a
    noun follows it, as `after` reads the words after."""
    surface = ctx.text[actor.start : actor.end]
    return (
        surface.endswith("s")
        and not actor.name.endswith("s")
        and after.match(ctx.text, actor.end) is not None
    )


def subject_body(ctx: Context, sentence: Span, cue_start: int) -> ActorHit | None:
    """The last decider before the verb that neither receives a task nor follows a
    preposition nor stands in the genitive of a thing; a municipality only as the
    sentence's first words."""
    before = [
        a
        for a in deciders(ctx, sentence.start, cue_start)
        if not receives(ctx, a, sentence.end)
        and not _genitive_of_thing(ctx, a)
        and not _NOT_SUBJECT.search(ctx.text, max(sentence.start, a.start - 40), a.start)
        and (
            a.kind is not OrganizationKind.MUNICIPALITY
            or not ctx.text[sentence.start : a.start].strip()
        )
    ]
    return before[-1] if before else None


# A present-tense verb ("ställer sig bakom", "medfinansierar"); not the perfect's "har".
_PRESENT_VERB = re.compile(r"\s*(?!har\b)[a-zåäö]{3,}(?:ar|er|ir|år|ör)\b", re.I)
_BROAD = (OrganizationKind.MUNICIPALITY, OrganizationKind.REGION)


def meeting_board(ctx: Context, named: ActorHit, sentence: Span, cue_start: int) -> ActorHit:
    """'Region X ställer sig bakom ...' on a report of Regionstyrelsen's meeting: a
    decision the page states in the present with the region or municipality as subject
    is that meeting's, taken by the region's own board; a past one ("har sedan tidigare
    beslutat") stays the region's."""
    if named.kind not in _BROAD or not _PRESENT_VERB.match(ctx.text, cue_start):
        return named
    meeting = meeting_before(ctx, sentence.start, dated=False)
    if meeting is None or meeting.body is None or meeting.start > sentence.start:
        return named
    own = meeting.body.node_id.startswith(named.node_id + ":")
    return meeting.body if own and meeting.body.kind not in _BROAD else named


_QUALIFIER_GAP = re.compile(r"[ \t]+(?:i[ \t]+)?|,[ \t]+")


def own_body_before(ctx: Context, owner: ActorHit) -> ActorHit:
    """The owner's body named right before it, the owner its qualifier ("Kulturnämnden
    Nybro kommun beslutade", "Socialnämnden i Ale kommun"): the body is the subject."""
    return next(
        (
            a
            for a in ctx.actors
            if a.node_id.startswith(f"{owner.node_id}:")
            and a.end < owner.start
            and _QUALIFIER_GAP.fullmatch(ctx.text, a.end, owner.start)
        ),
        owner,
    )


_INVERTED_PERFECT = re.compile(r"(?:har|hade)\s", re.I)


def perfect_subject(ctx: Context, cue_start: int, cue_end: int) -> ActorHit | None:
    """'I går har kommunstyrelsen antagit ...': the body between an inverted perfect's
    "har" and its participle is its subject."""
    if not _INVERTED_PERFECT.match(ctx.text, cue_start):
        return None
    inside = [a for a in deciders(ctx, cue_start, cue_end) if a.start > cue_start]
    return inside[0] if len(inside) == 1 else None


def government_site(ctx: Context) -> ActorHit | None:
    """The government, on its own site, where the page names it ("Regeringen har ...")."""
    site = ctx.site_actor()
    if site is None or site.kind is not OrganizationKind.GOVERNMENT:
        return None
    return next((a for a in ctx.actors if a.node_id == site.node_id and not a.anaphoric), None)


def government_before(ctx: Context, sentence: Span) -> ActorHit | None:
    """The government the sentence before names ("Under fredagen presenterade regeringen
    X. Samtidigt får KB i uppdrag ..."): a task given on an agency's page is its act."""
    index = ctx.sentence_index(sentence)
    if index < 1:
        return None
    before = ctx.sentences[index - 1]
    return next(
        (
            a
            for a in ctx.actors_in(before)
            if a.kind is OrganizationKind.GOVERNMENT and not a.anaphoric
        ),
        None,
    )


# A body named by a compound ("Regionfullmäktige beslutade ..." on a site no rule places;
# a bare "Nämnden" is an anaphor the fallbacks resolve).
_BODY_WORD = re.compile(r"\b[\wåäö-]{3,}(?:fullmäktige|styrelsen|nämnden|utskottet)\b", re.I)


def unread_subject(ctx: Context, sentence: Span, cue_start: int) -> bool:
    """The sentence names its deciding body before the cue by a word no rule read as an
    organisation: the body is that one, unknown, and no other the page names."""
    for m in _BODY_WORD.finditer(ctx.text, sentence.start, cue_start):
        if not any(a.start < m.end() and m.start() < a.end for a in ctx.actors):
            return True
    return False

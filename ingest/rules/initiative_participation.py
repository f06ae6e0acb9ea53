"""Who takes part in an initiative (PARTICIPATES_IN), each link quoting its sentence.

- initiative.participates.medverka: "(vi|<org>) ... medverka|delta i <initiative>" ("vi"
  is the page's municipality), "arbetat med", "driver (just nu)", "har beviljats medel för
  att genomföra <initiative>", "beviljas 561 372 kr för projektet <initiative>", "har fått
  46 100 kronor för sitt projekt <initiative>", "har beviljats ekonomiskt stöd om 100 000
  kronor för projektet <initiative>", "(ska fortsätta) driva projektet <initiative>", the
  second of two coordinated ("i A och initiativet B"),
  "<org> har anslutit sig till|skrivit på|ställer sig bakom <initiative>", and the verb
  before its subject ("deltar Trosa kommun i kampanjen X");
  each of coordinated subjects takes part ("A och B är med i"), also after a decision
  or an adverbial ("har beslutat att fortsatt delta i", "har sedan tidigare anslutit sig
  till"), or as the sentence's opening subject of a second predicate ("Regionen har
  som mål att ... och har anslutit sig till X"); "är delaktig i"; "i projektet" (or
  another anaphor noun) is the latest initiative named before in the paragraph.
- initiative.participates.mellan: "<initiative> är resultatet av ett projekt
  mellan A, B och C" -> every organisation after "mellan", up to the next predicate
  ("... och finansieras av D"); the initiative may be the next sentence's subject
  ("... mellan A och B. Projektet ”X” ska ..."), or the one before that "Projektet"
  opening the sentence stands for; any project compound ("X är ett samarbetsprojekt
  mellan A, B och C").
- initiative.participates.i_samverkan_med: "<org> har i samverkan med A och B
  tagit fram <initiative>" -> the subject and the partners.
- initiative.participates.tillsammans_med / initiative.funds.samfinansierad:
  "<org A> har ett uppdrag att tillsammans med <org B> ..." followed by
  "samfinansierad" -> both take part in (and fund) the initiative the page
  is about (named in its title line).
- initiative.participates.tillsammans_med_i: "<org> deltar tillsammans med A,
  B och C i <initiative>" -> the subject and every partner named.
- initiative.participates.i_deltar: "I <initiative>/projektet deltar|samverkar (bland
  annat) A, B och C" -> each.
- initiative.participates.medverka also reads a noun ("<org>s medverkan i") and the
  owner's genitive before the initiative ("i Svenskt Näringslivs <initiative>").
- initiative.participates.where: "<initiative> ..., ett arbete där <org> är delaktig|
  deltar|medverkar" -> the organisation; "<initiative> är ett (nytt) samarbetsprojekt där
  A, tillsammans med B och C, ska ..." -> each subject of the "där" clause.
- initiative.participates.comprises: "Projektet omfattar A, B, C samt D" (or the
  initiative by name, "... består av", "... inkluderar") -> each, in the initiative the
  sentence opens with (a noun: the latest one named before).

Rules that read a list of partners around the initiative are in
ingest.rules.initiative_partners.
"""

from __future__ import annotations

import itertools
import re

from graph.edges import LinkType
from ingest.context import ActorHit, Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.numbers import SUM
from ingest.language.segment import Span
from ingest.rules.clause_parts import listed_actors
from ingest.rules.initiative_called import DEFINED_AS_EFFORT
from ingest.rules.initiative_grant_headings import GRANTED_SUM
from ingest.rules.initiative_links import (
    ANAPHOR_NOUN,
    CONF_PAGE,
    initiative_targets,
    latest_initiative,
    link_each,
    subject_initiative,
)

_IN = LinkType.PARTICIPATES_IN

_MEDVERKA = re.compile(
    r"(?:\b(?:medverka|medverkar|medverkat|medverkan|delta|deltar|deltaga|deltagit|deltagandet?|"
    r"ingå|ingår|ingått|är\s+med|var\s+med|varit\s+med|gå\s+med|går\s+med|gick\s+med|"
    r"gått\s+med|(?:är|var|varit)\s+delaktiga?|"
    r"(?:är|var|blir|blev|blivit)\s+(?:nu\s+)?medlem(?:mar)?|medlemskap)\s+(?:också\s+|även\s+|aktivt\s+|sedan\s+(?:år\s+)?\d{4}\s+|sedan\s+tidigare\s+)?i\s+"
    # "har anslutit sig till Viable Cities": joining a named initiative
    r"|\b(?:ansluter|anslutit|anslöt|ansluta)\s+sig\s+(?:också\s+|även\s+)?till\s+"
    # "har skrivit på Fossilfritt Sverige", "ställer sig bakom initiativet X"
    r"|\b(?:skriver|skrev|skrivit|skriva)\s+(?:också\s+|även\s+)?(?:på|under)\s+"
    r"|\b(?:ställer|ställde|ställt|ställa)\s+sig\s+(?:också\s+|även\s+)?bakom\s+"
    # "har sedan länge arbetat med Tobaksfri Duo", "driver just nu projektet X", "har
    # beviljats medel för att genomföra projektet X": its work is theirs
    r"|\b(?:arbetat|arbetar|arbetade)\s+med\s+"
    r"|\b(?:driver|drev|drivit|driva)\s+(?:just\s+nu\s+|nu\s+|sedan\s+\d{4}\s+)?"
    r"|\b(?:har\s+)?(?:beviljats|fått|tilldelats)\s+(?:[\wåäö]+\s+){0,3}?(?:medel|stöd|pengar)"
    r"\s+för\s+att\s+(?:genomföra|driva)\s+"
    # "Kvarkenrådet beviljas 561 372 kr för projektet X": a grant's recipient runs it
    rf"|\b{GRANTED_SUM}[^.;:\n]{{0,80}}?\s+för\s+"
    # "Älvkarleby kommun har fått 46 100 kronor för sitt projekt X": the sum received
    rf"|\b(?:har\s+fått|fick|får)\s+{SUM}\s+för\s+(?:sitt|sina|deras)\s+"
    # "X har beviljats ekonomiskt stöd om 100 000 kronor för projektet Y"
    r"|\b(?:har\s+|hade\s+)?(?:beviljats|beviljades|beviljas|fått|fick|tilldelats)\s+"
    rf"(?:[a-zåäö]+\s+)?(?:stöd|bidrag|medel)\s+(?:om|på|med)\s+{SUM}\s+för\s+)"
    # "deltar i Sveriges Ekokommuner och initiativet X": the second of two
    r"(?:[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}\s+(?:och|samt)\s+)?"
    # "i Svenskt Näringslivs utvecklingsprogram": the initiative's owner in the genitive
    # "är med i arbetet med BY2030": the work on it
    r"(?:(?:arbetet|samarbetet)\s+(?:med|inom|kring)\s+)?"
    # "deltagit i EU-programmet Leader": a hyphened noun before the name
    r"(?:det\s+|den\s+)?(?:[a-zåäö]+s\s+(?=\w+\s))?(?:[\w-]+\s+)?(?:[A-ZÅÄÖ][\wåäö]*s\s+)?[\"”“]?$"
)
# "Vecka 47 deltar Trosa kommun i kampanjen X", "skrev Y kommun på X": verb, then subject.
_TAKES_PART_INVERTED = re.compile(
    r"\b(?:deltar|deltog|medverkar|medverkade|skrev|undertecknade)\s+"
    r"(?P<subject>[^\s,.]+(?:\s+[^\s,.]+){0,3}?)\s+(?:också\s+|även\s+)?(?:i|på)\s+"
    r"(?:det\s+|den\s+)?(?:\w+\s+)?[\"”“]?$"
)
# "Under 2017-2019 driver Region Kalmar län projektet X": who runs it, after the verb.
_RUNS_INVERTED = re.compile(
    r"\b(?:driver|drev)\s+(?P<subject>[^\s,.]+(?:\s+[^\s,.]+){0,3}?)\s+(?:också\s+|även\s+)?"
    r"(?:det\s+|den\s+)?[a-zåäö-]*(?:projektet|satsningen|nätverket|arbetet)\s+[\"”“]?$"
)
# "går regionstyrelsen med i": the subject between the verb and its particle.
_JOINS_INVERTED = re.compile(
    r"\b(?:går|gick)\s+(?P<subject>[^\s,.]+(?:\s+[^\s,.]+){0,3}?)\s+med\s+i\s+"
    r"(?:det\s+|den\s+)?(?:\w+\s+)?$"
)
_NEXT_PREDICATE = re.compile(
    r"\s+(?:och|samt)\s+(?:finansieras|drivs|leds|samordnas|ägs|har|ska|är|kommer)\b"
)
_MELLAN = re.compile(r"\b(?:[a-zåäö]*projekt|samarbete|samverkan)\s+mellan\b")
_I_SAMVERKAN = re.compile(r"\bi\s+samverkan\s+med\b")
_TILLSAMMANS = re.compile(r"\b(?:uppdrag\s+att\s+)?tillsammans\s+med\s+$")
_SAMFINANSIERAD = re.compile(
    r"\b(?:samfinansierad|samfinansierat|samfinansierade|medfinansierad)\b"
)
_SUBJECT_GAP = re.compile(
    # "Region Sörmland (från 2019) ingår i": an aside between subject and verb
    # "Polismyndigheten i Kalmar län har beviljats": where the subject sits
    r"^(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+län)?)?"
    r"(?:\s*\([^()\n]{1,40}\))?\s+(?:ska\s+|kommer\s+att\s+|vill\s+|har\s+valt\s+att\s+|fortsätter\s+att\s+|har\s+|"
    r"hade\s+)?"
    # "Region Dalarna ska fortsätta driva projektet X"
    r"(?:fortsätta\s+(?:att\s+)?)?"
    # "har beslutat att fortsatt delta i", "har sedan tidigare anslutit sig till"
    r"(?:(?:har\s+)?(?:beslutat|beslutade|bestämt\s+sig\s+för|valt)\s+att\s+)?"
    r"(?:också\s+|även\s+|sedan\s+\d{4}\s+|sedan\s+(?:tidigare|länge)\s+|redan\s+|nu\s+)?"
    r"(?:fortsatt\s+)?$"
    # "Kommunen är en av tio kommuner som deltar i ...": one of those taking part
    r"|^\s+(?:är|var|blev)\s+en\s+av\s+(?:de\s+)?(?:[\w-]+\s+){0,3}?som\s+(?:nu\s+|också\s+)?$"
)
_KOMMUNEN = re.compile(
    r"(?:^|\s)(?:[Kk]ommunen|[Vv]i)\s+(?:ska\s+|kommer\s+att\s+|vill\s+|väljer\s+att\s+)?$"
    # "... kommer kommunen att delta": the verb before its subject
    r"|\s(?:kommer|ska|vill)\s+(?:kommunen|vi)\s+(?:att\s+)?$"
)
_DELTAR_TILLSAMMANS = re.compile(
    r"^\s+(?:ska\s+)?(?:deltar|medverkar|delta|medverka)\s+(?:också\s+|även\s+)?tillsammans\s+med\s+"
)
_I_INI_DELTAR = re.compile(
    r"\s+(?:deltar|medverkar|ingår|samverkar|samarbetar)\s+(?:bland\s+annat\s+|också\s+|även\s+)?"
)


_AND = re.compile(r"^(?:,\s*|\s+(?:och|samt)\s+)$")


def _coordinated_before(ctx: Context, actors: list[ActorHit], last: ActorHit) -> list[str]:
    """The actors coordinated before `last` ("A, B och <last>"), nearest first."""
    out: list[str] = []
    nxt = last
    for actor in reversed([a for a in actors if a.end <= last.start]):
        if not _AND.match(ctx.text[actor.end : nxt.start]) or actor.anaphoric:
            break
        out.append(actor.node_id)
        nxt = actor
    return out


# "Landstinget har som mål att ... och har anslutit sig till X": a second predicate.
_SECOND_PREDICATE = re.compile(r"[^,;:]*\s+och\s+(?:har\s+|hade\s+)?(?:också\s+|även\s+)?$")


def _opening_subject(
    ctx: Context, sentence: Span, actors: list[ActorHit], verb_at: int
) -> list[ActorHit]:
    """The actor opening the sentence when the verb heads its second predicate, with no
    other actor between."""
    before = [a for a in actors if a.end <= verb_at]
    lead = len(ctx.text[sentence.start : sentence.end]) - len(
        ctx.text[sentence.start : sentence.end].lstrip()
    )
    if len(before) != 1 or before[0].start != sentence.start + lead:
        return []
    return before if _SECOND_PREDICATE.match(ctx.text[before[0].end : verb_at]) else []


def _next_subject(ctx: Context, sentence: Span) -> list[InitiativeHit]:
    index = ctx.sentence_index(sentence) + 1
    if index >= len(ctx.sentences):
        return []
    nxt = ctx.sentences[index]
    found = subject_initiative(ctx, nxt)
    if found and not found[0].anaphoric:
        return [found[0]]
    # "Projektet ”X” ska ...": the noun, then the name in quotes
    at = (
        nxt.start + len(ctx.text[nxt.start : nxt.end]) - len(ctx.text[nxt.start : nxt.end].lstrip())
    )
    noun = ANAPHOR_NOUN.match(ctx.text, at, nxt.end)
    hits = ctx.initiatives_in(nxt)
    return hits[:1] if noun and hits and hits[0].start - noun.end() <= 2 else []


def _linked(sink: FactSink, actor_id: str | None, ini: InitiativeHit) -> bool:
    return any(
        x.type is _IN and x.from_id == actor_id and x.to_id == ini.node_id
        for x in sink.links.values()
    )


def participation(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    initiatives = ctx.initiatives_in(sentence)
    actors = ctx.actors_in(sentence)
    for at, ini in initiative_targets(ctx, sentence):
        prefix = text[sentence.start : at]
        m = _MEDVERKA.search(prefix)
        inverted = (
            _JOINS_INVERTED.search(prefix)
            or _TAKES_PART_INVERTED.search(prefix)
            or _RUNS_INVERTED.search(prefix)
        )
        if m is None and inverted is not None:
            # "Från och med 2012 går regionstyrelsen med i projektet X"
            at = sentence.start + inverted.start("subject")
            joined = [a.node_id for a in actors if a.start == at][:1]
            if joined and not _linked(sink, joined[0], ini):
                link_each(sink, _IN, joined, ini, sentence, "initiative.participates.medverka")
        if m:
            verb_at = sentence.start + m.start()
            subject = [
                a for a in actors if a.end <= verb_at and _SUBJECT_GAP.match(text[a.end : verb_at])
            ]
            subject = subject or _opening_subject(ctx, sentence, actors, verb_at)
            if subject:
                actor_id: str | None = subject[-1].node_id
                # "Region X och Y kommun är med i Z": each coordinated subject takes part
                for other in _coordinated_before(ctx, actors, subject[-1]):
                    if not _linked(sink, other, ini):
                        link_each(
                            sink, _IN, [other], ini, sentence, "initiative.participates.medverka"
                        )
            elif _KOMMUNEN.search(prefix[: m.start()]) or re.search(
                r"\b[Vv]i\b", prefix[: m.start()]
            ):
                actor_id = ctx.publisher_id()  # "vi", "kommunen" on a municipality's own page
            else:
                actor_id = None
            if not _linked(sink, actor_id, ini):  # "ansluter sig till": maybe joined already
                link_each(sink, _IN, [actor_id], ini, sentence, "initiative.participates.medverka")
    mellan = _MELLAN.search(text, sentence.start, sentence.end)
    # "... ett samverkansprojekt mellan A, B och C. Projektet ”X” ska ...": the project
    # is named by the next sentence's subject.
    named = initiatives[:1] or _next_subject(ctx, sentence) if mellan else []
    if mellan and not named:  # "Projektet är ett samarbete mellan A och B": the one before
        lead = _LEAD_SPACE.match(text, sentence.start)
        opening = _initiative_at(ctx, sentence, lead.end() if lead else sentence.start)
        named = [opening[1]] if opening and opening[1] else []
    if mellan and named:
        # "... mellan A och B och finansieras av C": the list ends at the next predicate
        stop = _NEXT_PREDICATE.search(text, mellan.end(), sentence.end)
        until = stop.start() if stop else sentence.end
        after = [a.node_id for a in actors if mellan.end() < a.start and a.end <= until]
        link_each(sink, _IN, after, named[0], sentence, "initiative.participates.mellan")
    samverkan = _I_SAMVERKAN.search(text, sentence.start, sentence.end)
    if samverkan:
        for ini in initiatives:
            if ini.start < samverkan.end():
                continue
            before = [a.node_id for a in actors if a.end <= ini.start]
            link_each(sink, _IN, before, ini, sentence, "initiative.participates.i_samverkan_med")


def _initiative_at(
    ctx: Context, sentence: Span, pos: int
) -> tuple[int, InitiativeHit | None] | None:
    """The initiative named at `pos`, or an anaphor noun there ("Projektet"): where the
    naming ends, and the initiative (for a noun, the latest one named before)."""
    named = next((i for i in ctx.initiatives_in(sentence) if i.start == pos), None)
    if named is not None:
        return named.end, named
    noun = ANAPHOR_NOUN.match(ctx.text, pos, sentence.end)
    return (noun.end(), latest_initiative(ctx, sentence.start)) if noun else None


def together(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """ "<org> deltar tillsammans med A och B i <initiative>"; "I <initiative> deltar A, B"."""
    text = ctx.text
    actors = ctx.actors_in(sentence)
    for ini in ctx.initiatives_in(sentence):
        for subject in actors:
            m = _DELTAR_TILLSAMMANS.match(text[subject.end : ini.start])
            if m is None or not re.search(r"\si\s+(?:\w+\s+)?$", text[subject.end : ini.start]):
                continue
            partners = [
                a for a in actors if subject.end + m.end() <= a.start and a.end <= ini.start
            ]
            ids = [a.node_id for a in [subject, *partners]]
            link_each(sink, _IN, ids, ini, sentence, "initiative.participates.tillsammans_med_i")
    opener = re.match(r"\s*I\s+", text[sentence.start : sentence.end])
    if opener is None:
        return
    opening = _initiative_at(ctx, sentence, sentence.start + opener.end())
    if opening is None:
        return
    end, target = opening
    verb = _I_INI_DELTAR.match(text, end, sentence.end)
    if target is None or verb is None:
        return
    listed = [a.node_id for a in actors if a.start >= verb.end() and not a.anaphoric]
    link_each(sink, _IN, listed, target, sentence, "initiative.participates.i_deltar")


_COMPRISES = re.compile(r"\s+(?:omfattar|inkluderar|involverar|består\s+av)\s+")
_LEAD_SPACE = re.compile(r"\s*")


# "Därför har initiativet X skapats, ett arbete där Region Gävleborg är delaktig": the
# initiative named before the apposition, whose "där" clause says who takes part.
_WORK_WHERE = re.compile(
    r",\s+(?:ett|en)\s+(?:[a-zåäö]+\s+)?(?:arbete|samarbete|projekt|initiativ|satsning|nätverk)"
    r"\s+där\s+$"
)
_TAKES_PART_HERE = re.compile(
    r"\s+(?:är|var|har\s+varit)\s+(?:delaktiga?|med)\b|\s+(?:deltar|medverkar|ingår)\b"
)


# "X är ett nytt samarbetsprojekt där A, tillsammans med B och C, ska ...": the subjects
# of the "där" clause that defines the initiative.
_DEFINED_WHERE = re.compile(rf"\s+{DEFINED_AS_EFFORT}\s+där\s+")
_TOGETHER = re.compile(r",?\s+tillsammans\s+med\s+")


def work_where(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """The organisations of a "där" clause on an apposition to the initiative named before,
    or on the sentence that defines it."""
    for ini in ctx.initiatives_in(sentence):
        defined = _DEFINED_WHERE.match(ctx.text, ini.end, sentence.end)
        if defined is not None:
            chain = listed_actors(ctx, defined.end(), sentence)
            together = _TOGETHER.match(ctx.text, chain[-1].end) if chain else None
            if together is not None:
                chain += listed_actors(ctx, together.end(), sentence)
            ids = [a.node_id for a in chain]
            link_each(sink, _IN, ids, ini, sentence, "initiative.participates.where")
        for a in ctx.actors_in(sentence):
            if a.start <= ini.end or a.anaphoric:
                continue
            if not _WORK_WHERE.search(ctx.text, ini.end, a.start):
                continue
            if _TAKES_PART_HERE.match(ctx.text, a.end, sentence.end):
                link_each(sink, _IN, [a.node_id], ini, sentence, "initiative.participates.where")


def comprises(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'Projektet omfattar A, B, C samt D': the organisations the initiative is made of."""
    lead = _LEAD_SPACE.match(ctx.text, sentence.start, sentence.end)
    opening = _initiative_at(ctx, sentence, lead.end() if lead else sentence.start)
    if opening is None:
        return
    end, target = opening
    verb = _COMPRISES.match(ctx.text, end, sentence.end)
    if target is None or verb is None:
        return
    chain = [a.node_id for a in listed_actors(ctx, verb.end(), sentence)]
    link_each(sink, _IN, chain, target, sentence, "initiative.participates.comprises")


def _page_topic(ctx: Context) -> InitiativeHit | None:
    """The initiative named in the page's first line (its title), if any."""
    first = ctx.sentences[0] if ctx.sentences else None
    if first is None:
        return None
    return next((i for i in ctx.initiatives if first.contains(i.start, i.end)), None)


def joint_mandate(ctx: Context, sink: FactSink) -> None:
    topic = _page_topic(ctx)
    if topic is None:
        return
    for index, sentence in enumerate(ctx.sentences):
        actors = ctx.actors_in(sentence)
        for a, b in itertools.pairwise(actors):
            if a.anaphoric or b.anaphoric:
                continue
            if not _TILLSAMMANS.search(ctx.text[a.end : b.start]):
                continue
            pair = (a.node_id, b.node_id)
            rule = "initiative.participates.tillsammans_med"
            link_each(sink, _IN, pair, topic, sentence, rule, CONF_PAGE)
            following = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
            if following and _SAMFINANSIERAD.search(ctx.text, following.start, following.end):
                span = Span(sentence.start, following.end)
                rule = "initiative.funds.samfinansierad"
                link_each(sink, LinkType.FUNDS, pair, topic, span, rule, CONF_PAGE)

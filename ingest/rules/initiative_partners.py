"""Who takes part in an initiative, read from the partners a sentence lists around it.

Why apart from ingest.rules.initiative_participation: these rules read a list of
organisations (after a colon, after "med", after "från") rather than the subject of a
participation verb. Each link quotes its sentence.

- initiative.participates.teams_up: "<org> går samman med A, B och C i projektet ”X”",
  "<org> slår sig samman med ...", "<org> samarbetar med A i X" -> the subject and every
  partner named before the initiative (named, or "projektet" referring back to one);
- initiative.participates.joint_effort: "BY2030 är en gemensam satsning där Region X och
  länets kommuner har gått samman med näringsliv, länsstyrelsen och forskning" -> every
  organisation of the "där" clause, in the initiative the sentence opens with;
- initiative.participates.verb_first: "Förutom A medverkar B, C och D i projektet" (the
  verb before its subjects, none before it but the one "förutom" names) -> each;
- initiative.participates.listed_after: "... som deltar i programmet; A, B och C" -> each,
  in the latest initiative named before;
- initiative.participates.i_samverkan_med: "<subject> ... <initiative> i samverkan med
  A, B samt C" -> the subject ("man", "vi": the page's municipality) and every partner;
- initiative.participates.members_from: "De som ingår i <initiative> kommer (bland
  annat) från A, B och C" -> each body its members come from;
- initiative.participates.beslutat_delta: "A och B har (redan) beslutat att delta." ->
  each, in the latest initiative named before;
- initiative.participates.joint_assignment: "A och B har tillsammans fått (regeringens)
  uppdrag(et) att ..." -> each, in the one initiative named in the sentence or just before.
- initiative.participates.partners_are: "Samverkansparter är bland annat A, länets
  kommuner, B och C." (also "Samverkanspartners i Sverige är ...") -> each organisation
  the sentence lists after the cue, in the initiative the page's title names, else the
  latest one named before; "Projektägare (på svensk sida) är X" -> X.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.clause_parts import listed_actors
from ingest.rules.initiative_links import (
    initiative_targets,
    latest_initiative,
    link_each,
    subject_initiative,
)
from ingest.rules.page_head import head_lines

_IN = LinkType.PARTICIPATES_IN

# "går samman med", "slår sig samman med", "samarbetar med": the subject joins partners.
_TEAMS_UP = re.compile(
    r"\s+(?:(?:går|gick|gått|gå|slår|slog|slagit|slå)\s+(?:sig\s+)?samman|"
    r"samarbetar|samarbetade|samverkar|samverkade)\s+med\s+"
)
# "... i projektet ”", "... i ": the initiative follows "i" (a noun between allowed).
_IN_TARGET = re.compile(r"\si\s+(?:\w+\s+)?[\"”“]?$")


# "Förutom A medverkar B, C och D i projektet": the verb before its listed subjects.
_VERB_FIRST = re.compile(r"\b(?:medverkar|medverkade|deltar|deltog|ingår|ingick)\s+")
_BESIDES = re.compile(r"\b[Ff]örutom\s+$")


def verb_first(ctx: Context, sink: FactSink, sentence: Span) -> None:
    actors = [a for a in ctx.actors_in(sentence) if not a.anaphoric]
    for at, ini in initiative_targets(ctx, sentence):
        into = _IN_TARGET.search(ctx.text, sentence.start, at)
        verbs = list(_VERB_FIRST.finditer(ctx.text, sentence.start, into.start() if into else 0))
        if into is None or not verbs:
            continue
        verb = verbs[-1]
        before = [a for a in actors if a.end <= verb.start()]
        besides = [a for a in before if _BESIDES.search(ctx.text, sentence.start, a.start)]
        if len(before) != len(besides):
            continue  # a subject before the verb: not inverted
        listed = [a for a in actors if verb.end() <= a.start and a.end <= into.start()]
        if listed:
            ids = dict.fromkeys(a.node_id for a in [*besides, *listed])
            link_each(sink, _IN, ids, ini, sentence, "initiative.participates.verb_first")


def teams_up(ctx: Context, sink: FactSink, sentence: Span) -> None:
    actors = [a for a in ctx.actors_in(sentence) if not a.anaphoric]
    for at, ini in initiative_targets(ctx, sentence):
        for subject in actors:
            cue = _TEAMS_UP.match(ctx.text, subject.end, at)
            if cue is None or not _IN_TARGET.search(ctx.text, cue.end(), at):
                continue
            partners = [a.node_id for a in actors if cue.end() <= a.start and a.end <= at]
            ids = dict.fromkeys([subject.node_id, *partners])
            link_each(sink, _IN, ids, ini, sentence, "initiative.participates.teams_up")


# "<initiative> är en gemensam satsning där A och B har gått samman med C": who joins in it.
_JOINT_EFFORT = re.compile(
    r"\s+(?:är|var)\s+(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?[a-zåäö-]*"
    r"(?:satsning|projekt|samarbete|initiativ)\s*,?\s+där\s+"
)
_JOINING = re.compile(
    r"\s+(?:har\s+|hade\s+)?(?:gått\s+samman|går\s+samman|gick\s+samman|samverkar|samarbetar"
    r"|deltar|medverkar)\b"
)


def joint_effort(ctx: Context, sink: FactSink, sentence: Span) -> None:
    found = subject_initiative(ctx, sentence)
    cue = _JOINT_EFFORT.match(ctx.text, found[1], sentence.end) if found else None
    if found is None or cue is None or found[0].anaphoric:
        return
    joins = _JOINING.search(ctx.text, cue.end(), sentence.end)
    if joins is None:
        return
    stop = _CLAUSE_END.search(ctx.text, joins.end(), sentence.end)
    listed = ctx.actors_in(Span(cue.end(), stop.start() if stop else sentence.end))
    ids = dict.fromkeys(a.node_id for a in listed if not a.anaphoric)
    link_each(sink, _IN, ids, found[0], sentence, "initiative.participates.joint_effort")


# "de andra kommunerna som deltar i programmet; A, B och C": the bodies listed after it.
_LISTED_AFTER = re.compile(
    r"\b(?:deltar|medverkar|ingår)\s+i\s+(?:programmet|projektet|nätverket|satsningen|"
    r"samarbetet)\s*[;:]\s*"
)


def listed_participants(ctx: Context, sink: FactSink, sentence: Span) -> None:
    m = _LISTED_AFTER.search(ctx.text, sentence.start, sentence.end)
    latest = latest_initiative(ctx, m.start()) if m else None
    if m is None or latest is None:
        return
    stop = _CLAUSE_END.search(ctx.text, m.end(), sentence.end)
    listed = ctx.actors_in(Span(m.end(), stop.start() if stop else sentence.end))
    ids = dict.fromkeys(a.node_id for a in listed if not a.anaphoric)
    link_each(sink, _IN, ids, latest, sentence, "initiative.participates.listed_after")


# "Man uppmärksammar kampanjen X i samverkan med Polisen, föreningar samt Svenska kyrkan":
# the partners, and the subject (the page's municipality for "man", "vi", "kommunen").
_INI_WITH = re.compile(r"\s+(?:i\s+samverkan|i\s+samarbete|tillsammans)\s+med\s+")
_CLAUSE_END = re.compile(r",\s+(?:för\s+att|som|där|vilket|men)\b|[.;:!?]")
_WE = re.compile(r"\s*(?:[Mm]an|[Vv]i|[Kk]ommunen|[Ss]taden)\s")


def initiative_with(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    for ini in ctx.initiatives_in(sentence):
        with_ = _INI_WITH.match(text, ini.end, sentence.end)
        if with_ is None:
            continue
        stop = _CLAUSE_END.search(text, with_.end(), sentence.end)
        partners = ctx.actors_in(Span(with_.end(), stop.start() if stop else sentence.end))
        before = ctx.actors_in(Span(sentence.start, ini.start))
        subject: str | None = None
        if before and not text[sentence.start : before[0].start].strip():
            subject = before[0].node_id
        elif _WE.match(text, sentence.start, ini.start):
            subject = ctx.publisher_id()
        ids = [subject] if subject else []
        ids += [a.node_id for a in partners if not a.anaphoric]
        unique = dict.fromkeys(ids)
        link_each(sink, _IN, unique, ini, sentence, "initiative.participates.i_samverkan_med")


# "De som ingår i Kompetensteamet kommer bland annat från A, B och C": the bodies its
# members come from take part in it.
_MEMBERS_FROM = re.compile(
    r"\s+(?:kommer|är\s+hämtade|rekryteras)\s+(?:bland\s+annat\s+|främst\s+|också\s+)?från\s+"
)
_MEMBERS_OF = re.compile(
    r"\b(?:som|[Pp]ersonerna|[Mm]edlemmarna)\s+(?:ingår|arbetar|sitter)\s+i\s+$"
)


def members_from(ctx: Context, sink: FactSink, sentence: Span) -> None:
    text = ctx.text
    for ini in ctx.initiatives_in(sentence):
        before = text[max(sentence.start, ini.start - 40) : ini.start]
        after = _MEMBERS_FROM.match(text, ini.end, sentence.end)
        if after is None or not _MEMBERS_OF.search(before):
            continue
        chain = [a.node_id for a in listed_actors(ctx, after.end(), sentence)]
        link_each(sink, _IN, chain, ini, sentence, "initiative.participates.members_from")


# "Krokoms kommun och Åre kommun har redan beslutat att delta.": in the initiative at hand.
_DECIDED_TO_JOIN = re.compile(
    r"\s+(?:har\s+|hade\s+)?(?:redan\s+|också\s+|även\s+)?(?:beslutat|bestämt|valt)\s+att\s+"
    r"(?:delta|medverka|ansluta\s+sig)\s*[.!]?\s*$"
)
_ACTOR_LIST = re.compile(r"\s*(?:,|och|samt)\s*")


def decided_to_join(ctx: Context, sink: FactSink, sentence: Span) -> None:
    actors = [a for a in ctx.actors_in(sentence) if not a.anaphoric]
    if not actors or ctx.text[sentence.start : actors[0].start].strip():
        return
    chain = [actors[0]]
    for a in actors[1:]:
        if not _ACTOR_LIST.fullmatch(ctx.text, chain[-1].end, a.start):
            break
        chain.append(a)
    target = latest_initiative(ctx, sentence.start)
    if target is None or not _DECIDED_TO_JOIN.match(ctx.text, chain[-1].end, sentence.end):
        return
    ids = [a.node_id for a in chain]
    link_each(sink, _IN, ids, target, sentence, "initiative.participates.beslutat_delta")


# "A och B har tillsammans fått regeringens uppdrag att ...": the bodies listed take part in
# the initiative named in this sentence or in the one before (a heading naming the effort).
_JOINT_ASSIGNMENT = re.compile(
    r"\s+(?:har|hade)\s+(?:tillsammans|gemensamt)\s+(?:fått|fick|getts|tilldelats)\s+"
    r"(?:\w+s\s+|ett\s+)?(?:gemensamt\s+)?uppdrag(?:et)?\b"
)


def joint_assignment(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    actors = [a for a in ctx.actors_in(sentence) if not a.anaphoric]
    if len(actors) < 2 or ctx.text[sentence.start : actors[0].start].strip():
        return
    chain = listed_actors(ctx, actors[0].start, sentence)
    if len(chain) < 2 or not _JOINT_ASSIGNMENT.match(ctx.text, chain[-1].end, sentence.end):
        return
    previous = ctx.sentences[index - 1] if index > 0 else None
    named = ctx.initiatives_in(sentence) or (ctx.initiatives_in(previous) if previous else [])
    if len({i.node_id for i in named}) != 1:
        return
    ids = [a.node_id for a in chain]
    link_each(sink, _IN, ids, named[0], sentence, "initiative.participates.joint_assignment")


_HEAD_CHARS = 400  # a page's title lines

# "Samverkansparter är bland annat ...", "Partner i projektet är ...": the partners listed.
_PARTNERS_ARE = re.compile(
    r"\s*(?:(?:[Ss]amverkans|[Ss]amarbets|[Pp]rojekt)?(?:parter|partner|partners)(?:na)?"
    # "Projektägare på svensk sida är X": the owner takes part too
    r"|(?P<owner>[Pp]rojektägare(?:n)?))"
    r"(?:\s+i\s+(?:projektet|satsningen|arbetet|samarbetet))?"
    # "Samverkanspartners i Sverige är ...": the side of a cross-border project
    r"(?:\s+(?:i|på)\s+(?:[a-zåäö]+\s+sida|[A-ZÅÄÖ][a-zåäö]+))?\s+(?:är|var|har\s+varit)\s+"
    r"(?:bland\s+annat\s+|bl\.\s*a\.\s+)?"
)


_PROJECT_WORD = re.compile(r"\b[Pp]rojekt(?:et)?\b|[a-zåäö]projekt(?:et)?\b")


def partners_are(ctx: Context, sink: FactSink, sentence: Span) -> None:
    m = _PARTNERS_ARE.match(ctx.text, sentence.start, sentence.end)
    if m is None:
        return
    # the page's own project, when its title names one; else the latest named before
    target = _headline_initiative(ctx, sentence.start) or latest_initiative(ctx, sentence.start)
    partners = [a.node_id for a in ctx.actors_in(Span(m.end(), sentence.end)) if not a.anaphoric]
    if m.group("owner"):
        partners = partners[:1]  # "Projektägare är X": one owner, of the project just spoken of
        index = ctx.sentence_index(sentence)
        before = ctx.sentences[index - 1] if index > 0 else sentence
        spoken = _PROJECT_WORD.search(ctx.text, before.start, sentence.start) is not None
        target = target if spoken else None
    if target is not None and partners:
        link_each(sink, _IN, partners, target, sentence, "initiative.participates.partners_are")


def _headline_initiative(ctx: Context, before: int) -> InitiativeHit | None:
    """The initiative a page's title line (among its first lines) names, if one does."""
    top = head_lines(ctx, 4)
    for line in top:
        if line.start() - top[0].start() >= _HEAD_CHARS:
            break
        named = [i for i in ctx.initiatives if line.start() <= i.start < line.end() < before]
        if named:
            return named[0]
    return None

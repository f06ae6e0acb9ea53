"""Goals a sentence states about a document: "Målet med X är att ...".

Why: plan pages and news about plans state a document's goal in running text as
often as in a list. Rules (each goal belongs to the document its sentence is about,
else to the page's document; with no document on the page, no goal is read):

- goal.inline.malet_ar: "(Det övergripande) målet (med strategin | för arbetet) är
  (bland annat) (att) <goal>." and "Målsättningarna är att A och att B" (one goal
  each "att", and each infinitive of "att höja X, öka Y och skapa Z"), also after a lead
  naming the source ("Av strategin framgår att målen
  ... är att A, att B samt att C");
- goal.inline.med_malet: "... med målet att <goal>.";
- goal.inline.mal_dash: "regeringens mål för kriminalpolitiken - att <goal>";
- goal.inline.malet_colon: "I strategin finns målet: ”<goal>”" (one goal after the colon);
- goal.inline.det_ar_malet: "<goal>. Det är målet (den övergripande målbilden) med den nya
  strategin": the sentence before, in its paragraph, is the goal of the document named.
- goal.inline.one_of: "I <doc> är ett av de övergripande målen att <goal>." and
  "<goal>, är ett av målen i <doc>." (the document named in the sentence owns it).
- goal.inline.malet_om: "<doc> ska bidra till (det övergripande) målet om <goal>" and
  "... den nationella agendans mål om att <goal>" (the genitive document's goal, and the
  subject's too); a sentence that names no document gives none.
- goal.inline.malet_att: "Målsättningen att <goal> ska vara uppfylld ..." (the goal noun
  opening its sentence, the goal its "att" clause, up to a comma or the main clause's
  own modal) and "<doc> har en (övergripande) målsättning (för) att <goal>"; a bare
  cue is of the document the sentence before, in its paragraph, names.
"Inriktningen (i planen) är att ..." states a goal as "Målet är att ..." does.
"Målen handlar om att A, att B och särskilt att C" states three, and so does "Bland de
20 målen finns exempelvis att A, att B och att C"; "Visionen med
handlingsplanen är ”...”" (the cue naming a document) one. "Målsättningarna är tänkta
som ett stöd för ..." says what the goals are for: no goal.
A goal of something else ("målet med ett resurscentrum", "Uppdragets mål") is not
read. A sentence that lists after a colon is left to ingest.rules.goal_lists.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.list_items import CONF_ITEM, add_goal, clause_end, not_aimed
from ingest.rules.main_document import list_owner

__all__ = ["extract_inline_goals"]

_MAL = r"(?:mål|målet|målen|målsättning|målsättningen|målsättningar|målsättningarna|inriktningen)"
# "I strategin finns målet: ”...”": one goal after a colon (lists: ingest.rules.goal_lists).
_MALET_COLON = re.compile(
    r"\b(?P<cue>(?:huvud)?målet|målsättningen|inriktningen)\s*:\s*[\"”“«]?", re.I
)
_QUOTES = '"”“«» '
# "är ett av (de övergripande) målen": one goal of a document the sentence names.
_ONE_OF = re.compile(
    r",?\s+är\s+(?:ett|en)\s+av\s+(?:de\s+|dess\s+)?(?:[\wåäö]+\s+)?"
    r"(?P<cue>målen|målsättningarna)(?:\s+(?P<att>att)\s+|\s+(?:i|för|med)\s+)"
)
_MAX_ONE_OF_WORDS = 20
# "målen i Västra Götalands länsgemensamma handlingsplan": an owner's genitive before it.
_OWNER_GENITIVE = re.compile(r"(?:(?:[A-ZÅÄÖ][\wåäö-]*\s+){0,2}[A-ZÅÄÖ][\wåäö-]*s\s+)?")
# The goal word within the sentence's first words, then "är" (or "blir").
_MALET_AR = re.compile(
    # "Av strategin framgår att målen för länet är att ...": a lead naming the source
    r"^(?:(?:Av|I|Enligt)\s+[^.,:;]{1,60}?\s+(?:framgår|anges|står|konstateras)\s+att\s+)?"
    # "Ansvaret för målen är ...": after a preposition the goals are no subject
    rf"(?:(?!(?:för|med|om|till|inom)\s)[\wåäöÅÄÖ-]+\s+){{0,3}}?(?P<cue>{_MAL})\b"
    r"(?:(?!\b(?:att|där|vilket)\b)[^.:;!?]){0,80}?"  # not a clause's "är": "Målen utgår
    r"\s(?:är|blir|(?P<about>handlar\s+om)(?=\s+att\b)"  # från X där Y är en del"
    # "Bland de 20 målen finns exempelvis att A, att B och att C"
    r"|finns(?=\s+(?:exempelvis\s+|bland\s+annat\s+|till\s+exempel\s+)?att\b))\s+"
    r"(?:bland\s+annat\s+|främst\s+|därför\s+|också\s+|även\s+|exempelvis\s+"
    r"|till\s+exempel\s+)?(?P<att>att\s+)?",
    re.I,
)
_MED_MALET = re.compile(
    r"\bmed\s+(?:det\s+\w+\s+|den\s+\w+\s+)?(?P<cue>målet|målsättningen|visionen)\s+att\s+",
    re.I,
)
_MAL_DASH = re.compile(rf"\b(?P<cue>{_MAL})\b[^.:;!?]{{0,60}}?\s[\u2013-]\s+att\s+", re.I)
# "att A och att B": one goal each.
_AND_ATT = re.compile(r",?\s+(?:och|samt)\s+(?:särskilt\s+|även\s+|också\s+)?att\s+|,\s+att\s+")
# "att höja X, öka Y och skapa Z": infinitives coordinated after one "att", one goal each.
_GOAL_VERBS = (
    "öka|minska|höja|sänka|stärka|förstärka|skapa|främja|förbättra|utveckla|bidra|förebygga|"
    "motverka|förhindra|säkerställa|underlätta|bredda|effektivisera|förenkla|tydliggöra|"
    "stödja|möjliggöra|erbjuda|behålla|attrahera|samordna|synliggöra|verka|ge|få|nå|bygga|"
    "utöka|halvera|engagera|inspirera|bevara|skydda|värna|trygga|sprida|förnya|uppnå"
)
_AND_VERB = re.compile(rf"(?:,|,?\s+(?:och|samt))\s+(?=(?:{_GOAL_VERBS})\s)")
# "Visionen med handlingsplanen är ”...”": a vision stated of a document it names.
_VISION = re.compile(
    r"^(?P<cue>[Vv]isionen)\s+(?:med|för|i)\s+[^.:;!?]{1,60}?\s(?:är|blir)\s+(?P<att>att\s+)?"
)
# "Strategins vision är ”...”": the vision of a document named in the genitive.
_GENITIVE_VISION = re.compile(
    r"^[A-ZÅÄÖ][\wåäö-]*s\s+(?P<cue>vision)\s+(?:är|blir)\s+(?P<att>att\s+)?[\"”“«]?"
)
# "Visionen är att ...": bare, right after a sentence of its paragraph that names a document.
_BARE_VISION = re.compile(r"^(?P<cue>Visionen)\s+(?:är|blir)\s+(?P<att>att\s+)?")
# "Målsättningarna är tänkta som ett stöd": what the goals are for, not a goal.
# "Målen är baserade på ...": a participle says what the goal rests on, it states none.
NOT_GOAL = re.compile(
    r"[a-zåäö]{3,}(?:ta|da|na|dd|tt|de|d|t)\s+(?:som|av|för|till|i|utifrån|på|med|efter|från)\b"
)
# "Det är målet med den regionala agendan": the sentence before states the goal.
_DET_AR_MALET = re.compile(
    r"\s*(?:Det|Detta)\s+är\s+(?:(?:det|den)\s+(?:[a-zåäö]+\s+)?)?"
    r"(?P<cue>målet|målsättningen|målbilden)\s+(?:med|för|i)\s+"
)
_MAX_BACK_WORDS = 20
_MAX_WORDS = 45


def _goal_spans(ctx: Context, start: int, end: int, split: bool) -> list[Span]:
    end = clause_end(ctx, start, end)
    if end <= start or len(ctx.text[start:end].split()) > _MAX_WORDS:
        return []
    if not split:
        return [Span(start, end)]
    spans, pos = [], start
    seps = sorted(
        [*_AND_ATT.finditer(ctx.text, start, end), *_verb_separators(ctx, start, end)],
        key=lambda m: m.start(),
    )
    for sep in [*seps, None]:
        stop = sep.start() if sep else end
        if stop > pos:
            spans.append(Span(pos, stop))
        if sep is None:
            break
        pos = sep.end()
    return spans


def _verb_separators(ctx: Context, start: int, end: int) -> list[re.Match[str]]:
    """The separators of infinitives coordinated after the goal's own first infinitive."""
    first = re.match(rf"(?:{_GOAL_VERBS})\s", ctx.text[start:end])
    return list(_AND_VERB.finditer(ctx.text, start, end)) if first else []


# "Målet med ett resurscentrum" is of something else; "med (det X) arbetet", the work, is not.
_WITH = re.compile(r"\smed\s(?!(?:det\s+)?(?:[a-zåäö-]+\s+)?arbetet\b)")
_GENITIVE_BEFORE = re.compile(r"(?P<word>[\wåäöÅÄÖ-]+s)\s+(?:[a-zåäö]+\s+){0,2}$")


# "Syftet med uppdraget är ... Målsättningen är att ...": the sentence before speaks of
# an assignment or a project, whose goal the bare "Målsättningen" is.
_OTHER_SUBJECT = re.compile(
    r"\s*(?:(?:Syftet|Målet|Avsikten)\s+med\s+)?(?:uppdraget|projektet|satsningen|"
    r"utredningen|initiativet|samarbetet|nätverket)\b",
    re.I,
)


def _after_other_subject(ctx: Context, start: int) -> bool:
    index = ctx.sentence_index(Span(start, start))
    if index <= 0 or index > len(ctx.sentences):
        return False
    before = ctx.sentences[index - 1]
    if "\n\n" in ctx.text[before.end : start] or ctx.documents_in(before):
        return False  # another paragraph, or one that names a document
    return bool(_OTHER_SUBJECT.match(ctx.text, before.start, before.end))


def _of_something_else(ctx: Context, start: int, cue: int, end: int) -> bool:
    """'Det övergripande målet med ett resurscentrum', 'Uppdragets mål': the goal of
    something that is no document (nor an organisation) on the page."""
    if ctx.documents_in(Span(start, end)):
        return False
    if _WITH.search(ctx.text, cue, end) or _after_other_subject(ctx, start):
        return True
    gen = _GENITIVE_BEFORE.search(ctx.text, start, cue)
    return gen is not None and not any(
        a.start <= gen.start("word") < a.end for a in ctx.actors_in(Span(start, cue))
    )


def _colon_goal(ctx: Context, sink: FactSink, sentence: Span) -> None:
    found = _MALET_COLON.search(ctx.text, sentence.start, sentence.end)
    if found is None or ":" in ctx.text[found.end() : sentence.end]:
        return
    cue = found.start("cue")
    owner = list_owner(ctx, Span(sentence.start, found.end()), cue)
    if owner is None or _of_something_else(ctx, sentence.start, cue, found.end()):
        return
    start, end = found.end(), sentence.end
    while end > start and ctx.text[end - 1] in _QUOTES + ".!?\n\t":
        end -= 1
    for span in _goal_spans(ctx, start, end, False):
        goal = ctx.text[span.start : span.end]
        add_goal(ctx, sink, owner, span, goal, sentence.start, "goal.inline.malet_colon")


def _goal_before(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    found = _DET_AR_MALET.match(ctx.text, sentence.start, sentence.end)
    if found is None or index <= 0 or not ctx.documents_in(sentence):
        return
    before = ctx.sentences[index - 1]
    if "\n\n" in ctx.text[before.end : sentence.start] or ctx.documents_in(before):
        return  # another paragraph, or a sentence about a document of its own
    owner = list_owner(ctx, sentence, found.start("cue"))
    if owner is None:
        return
    start = (
        before.start
        + len(ctx.text[before.start : before.end])
        - len(ctx.text[before.start : before.end].lstrip())
    )
    spans = _goal_spans(ctx, start, before.end, False)
    if len(spans) != 1 or len(ctx.text[spans[0].start : spans[0].end].split()) > _MAX_BACK_WORDS:
        return
    goal = ctx.text[spans[0].start : spans[0].end]
    add_goal(ctx, sink, owner, spans[0], goal, start, "goal.inline.det_ar_malet", sentence.end)


def _one_of(ctx: Context, sink: FactSink, sentence: Span) -> bool:
    """'I X är ett av målen att <goal>' / '<goal>, är ett av målen i X'."""
    found = _ONE_OF.search(ctx.text, sentence.start, sentence.end)
    if found is None:
        return False
    if found.group("att"):
        docs = ctx.documents_in(Span(sentence.start, found.start()))
        span = Span(found.end(), sentence.end)
    else:
        docs = [
            d
            for d in ctx.documents_in(sentence)
            if d.start >= found.end() and _OWNER_GENITIVE.fullmatch(ctx.text, found.end(), d.start)
        ][:1]
        span = Span(sentence.start, found.start())
    if len(docs) != 1:
        return False
    span = _unquoted(ctx, _trimmed(ctx, span))
    goal = ctx.text[span.start : span.end]
    if not goal or len(goal.split()) > _MAX_ONE_OF_WORDS or ctx.documents_in(span):
        return False
    add_goal(ctx, sink, docs[0], span, goal, sentence.start, "goal.inline.one_of")
    return True


# "bidra till det övergripande målet om ett hållbart län": the goal is the noun's complement.
_MALET_OM = re.compile(r"\b(?P<cue>mål|målet|målen)\s+om\s+(?:att\s+)?[\"”“«]?", re.I)
_MAX_OM_WORDS = 25


def _goal_about(ctx: Context, sink: FactSink, sentence: Span) -> None:
    """'Strategin ska bidra till det övergripande målet om <goal>.' and 'X ska bidra till
    den nationella agendans mål om att <goal>': the goal of the document whose genitive
    the cue follows, else of the one the sentence is about; none without a document."""
    found = _MALET_OM.search(ctx.text, sentence.start, sentence.end)
    if found is None:
        return
    docs = ctx.documents_in(Span(sentence.start, found.start()))
    if not docs:
        return
    last = docs[-1]
    genitive = (
        ctx.text[last.start : last.end].endswith("s")
        and not ctx.text[last.end : found.start()].strip()
    )
    subject = list_owner(ctx, sentence, found.start("cue"))
    span = _unquoted(ctx, _trimmed(ctx, Span(found.end(), sentence.end)))
    goal = ctx.text[span.start : span.end]
    if not goal or len(goal.split()) > _MAX_OM_WORDS:
        return
    # "Strategin ska bidra till agendans mål om att X": the agenda's goal, and one the
    # strategy serves.
    by_node = {o.node_id: o for o in (subject, last if genitive else None) if o}
    owners = list(reversed(by_node.values()))
    if not owners:
        return
    goal_id = add_goal(ctx, sink, owners[0], span, goal, sentence.start, "goal.inline.malet_om")
    if goal_id is None:
        return
    for owner in owners[1:]:
        sink.link(
            LinkType.HAS_GOAL,
            owner.node_id,
            goal_id,
            sentence.start,
            span.end,
            "goal.inline.malet_om",
            CONF_ITEM,
        )


# "Målsättningen att ...", "Planen har en övergripande målsättning för att ...".
_SUBJECT_ATT = re.compile(r"\s*(?P<cue>Målet|Målsättningen)\s+att\s+")
_HAS_ATT = re.compile(
    r"\s*(?P<doc>(?:[\wåäöÅÄÖ-]+\s+){1,4}?)har\s+(?:en|ett)\s+(?:[\wåäö-]+\s+){0,2}?"
    r"(?P<cue>mål|målsättning)\s+(?:för\s+)?att\s+"
)
# The main clause's own modal after the goal's: "att X ska bli Y | ska vara uppfylld".
_MODAL = re.compile(r"\s(?:ska|skall|bör|måste)\s")


def _goal_complement(ctx: Context, sink: FactSink, index: int, sentence: Span) -> None:
    found = _SUBJECT_ATT.match(ctx.text, sentence.start, sentence.end)
    if found is not None:
        owner = list_owner(ctx, sentence, found.start("cue"))
        if (
            owner is None
            and not ctx.documents_in(sentence)
            and _after_document(ctx, index, sentence)
        ):
            owner = list_owner(ctx, ctx.sentences[index - 1])
    else:
        found = _HAS_ATT.match(ctx.text, sentence.start, sentence.end)
        if found is None or not ctx.documents_in(Span(found.start("doc"), found.end("doc"))):
            return
        owner = list_owner(ctx, sentence, found.start("cue"))
    if owner is None:
        return
    end = ctx.text.find(",", found.end(), sentence.end)
    end = sentence.end if end < 0 else end
    modals = list(_MODAL.finditer(ctx.text, found.end(), end))
    if len(modals) > 1:
        end = modals[1].start()
    for span in _goal_spans(ctx, found.end(), end, False):
        goal = ctx.text[span.start : span.end]
        add_goal(ctx, sink, owner, span, goal, sentence.start, "goal.inline.malet_att")


def _trimmed(ctx: Context, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and ctx.text[start].isspace():
        start += 1
    while end > start and ctx.text[end - 1] in ".!?,; \n\t":
        end -= 1
    return Span(start, end)


def extract_inline_goals(ctx: Context, sink: FactSink, listed: frozenset[int]) -> None:
    """Running-text goals; a `listed` sentence's goals were read one by one as a list."""
    for index, sentence in enumerate(ctx.sentences):
        _goal_before(ctx, sink, index, sentence)
        if _one_of(ctx, sink, sentence):
            continue
        _goal_about(ctx, sink, sentence)
        _goal_complement(ctx, sink, index, sentence)
        text = ctx.text[sentence.start : sentence.end]
        if ":" in text:
            _colon_goal(ctx, sink, sentence)
            continue
        found = _MALET_AR.match(text)
        if found and not found.group("att"):
            found = None if NOT_GOAL.match(text, found.end()) or sentence.start in listed else found
        vision = (_VISION.match(text) or _GENITIVE_VISION.match(text)) if found is None else None
        if vision and ctx.documents_in(Span(sentence.start, sentence.start + vision.end())):
            found = vision
        bare = None
        prior = _after_document(ctx, index, sentence) if found is None else None
        if prior is not None:
            found = bare = _BARE_VISION.match(text)
        rule, split = "goal.inline.malet_ar", bool(found and found.group("att"))
        if found is None:
            found = _MED_MALET.search(text) or _MAL_DASH.search(text)
            rule = (
                "goal.inline.med_malet"
                if found and found.re is _MED_MALET
                else "goal.inline.mal_dash"
            )
        if found is None:
            continue
        cue = sentence.start + found.start("cue")
        if _of_something_else(ctx, sentence.start, cue, sentence.start + found.end()):
            continue
        owner = list_owner(ctx, prior) if bare and prior else list_owner(ctx, sentence, cue)
        if owner is None:
            continue
        for span in _goal_spans(ctx, sentence.start + found.end(), sentence.end, split):
            span = _unquoted(ctx, span)
            goal = ctx.text[span.start : span.end]
            if not_aimed(goal):
                continue
            add_goal(ctx, sink, owner, span, goal, sentence.start, rule)


def _after_document(ctx: Context, index: int, sentence: Span) -> Span | None:
    """The nearer of the two sentences before that names a document, in the paragraph or
    closing the one before ("... en Folkhälsopolicy 2020-2024. Dokumentet är ...")."""
    for back in range(index - 1, max(index - 3, -1), -1):
        before = ctx.sentences[back]
        if ctx.text.count("\n\n", before.end, sentence.start) > 1:
            return None
        if ctx.documents_in(before):
            return before
    return None


def _unquoted(ctx: Context, span: Span) -> Span:
    """The goal without the quotation marks around it ("”ett län fritt från våld”")."""
    start, end = span.start, span.end
    while start < end and ctx.text[start] in _QUOTES:
        start += 1
    while end > start and ctx.text[end - 1] in _QUOTES:
        end -= 1
    return Span(start, end)

"""Bulleted lists: a document's goals and activities, and who is responsible.

A list is a run of bullet lines ("•", "-", "*", "-", "1.") under an
introducing line. What the intro names decides what the items are:

- list.goals: the intro speaks of mål / målsättningar ("Fyra målsättningar
  2022-2026") -> one Goal per item, document -HAS_GOAL-> goal. The owning
  document is the one whose period the intro repeats, else one the intro
  names, else the document named last before the list.
- list.goals also takes an intro that states the list's purpose: "Syftet med
  överenskommelsen är att:", "Strategin ska bidra till:", and the lists of subjects that
  break off at "ska" ("Kommunens konstpolitik ska") under a goal intro ending in ":"
  ("följande delmål:"; ingest.rules.goal_stub_lists).
- list.activities: the intro speaks of aktiviteter / åtgärder / insatser / steg and
  ends in ":" or "exempelvis", "bland annat", "följande" -> one Activity per
  item, document -HAS_ACTIVITY-> activity (owner chosen the same way).
- list.goals.fastställts_i: "de fyra målsättningarna som fastställts i <doc>"
  -> that document HAS_GOAL the listed goals too, and the list's own document
  (if another) IMPLEMENTS it (relation.implements.shared_goals).
- list.responsible.role_in_org: "Varje verksamhetschef inom BAS har ansvar för
  att samordna genomförandet av de aktiviteter ..." -> the organisation
  RESPONSIBLE_FOR each activity of the list before it, the role as the title.
- list.responsible.org: "<org> ansvarar för|har ansvar för ... aktiviteterna".
- list.activities also takes a heading line ("Aktiviteter 2024-2025 (urval)",
  "3. Arbetsgång") over the list, and numbered steps ("3.1 ...") under a
  numbered heading ("3. Arbetsgång"): a change of marker starts a new list.
- list.responsible.ansvarig: "<item>. Ansvarig: <who>" on the item's line (or
  alone on the next line) -> each organisation named RESPONSIBLE_FOR the
  activity; a role ("Ansvarig: enhetschef hemtjänst") gives the organisation
  stated with it ("handläggare på <nämnd>") or else the publishing
  municipality, with the role as the title. A unit after the role ("på
  Vuxenenheten") has no node and is left out of the title.
- list.table.activities / list.table.responsible: a pipe table whose header
  has an Aktivitet/Åtgärd/Insats column (and optionally an Ansvarig column);
  one Activity per row, responsibility as above; a Tidplan/Tidsplan/Tid/När
  column gives the activity's timeframe as written ("Hösten 2023", "Löpande").
- list.goals.inline: a line "Övergripande mål: <goal>.", "Strategiskt mål 1: <goal>",
  "Mål 3. <goal>" or "Effektmål 2: <goal>" (an adjective or a compound before mål) -> one
  Goal. Any compound of mål ("Inriktningsmålen är:") speaks of goals as "mål" does.
- list.activities.commitment_list: "<party> åtar sig att:" over a list -> the party's
  commitments in the agreement (ingest.rules.activity_commitments).
- list.activities.verb_led: an intro that names no kind, closing with ":", over items
  that mostly open with an action verb ("effektivisera energianvändningen", "Vi minskar
  matsvinnet") -> the activities of the intro's document (ingest.rules.activity_verb_lists).
- Owner of goals and activities: a document whose period the intro repeats,
  else one the intro names, else (unless the intro names another kind of
  document) the page's main document: its title document, else the first
  newly introduced document not owned by a genitive ("Region X:s program"),
  preferring the publishing municipality's level. Without an owner the goals
  and activities are still recorded, with no HAS_GOAL / HAS_ACTIVITY link.

Lists are cut by ingest.rules.bullet_lists, owners found by ingest.rules.main_document,
responsibility read by ingest.rules.responsible_parties, tables by
ingest.rules.activity_tables, labelled activity lines by ingest.rules.labelled_activities.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.activity_commitments import commitment_list, responsible_promised
from ingest.rules.activity_inline import extract_inline_activities
from ingest.rules.activity_measure_pages import extract_measure_page
from ingest.rules.activity_pledges import extract_pledged_activities
from ingest.rules.activity_tables import extract_tables
from ingest.rules.activity_verb_lists import verb_led_activities
from ingest.rules.bullet_lists import BulletList, bullet_lists
from ingest.rules.goal_focus import focus_goals
from ingest.rules.goal_list_filters import names_documents, reports
from ingest.rules.goal_sections import (
    area_headings,
    counted_headings,
    labelled_goals,
    section_goals,
)
from ingest.rules.goal_stub_lists import stub_goal_list
from ingest.rules.labelled_activities import extract_labelled_activities
from ingest.rules.line_lists import line_lists
from ingest.rules.list_items import CONF_ITEM, CONF_RESPONSIBLE, add_activity, add_goal
from ingest.rules.main_document import (
    list_owner,
    main_document,
    only_plan,
    only_sources,
    page_document,
)
from ingest.rules.nested_items import listed_items
from ingest.rules.responsible_parties import (
    link_responsible,
    responsible_after_list,
    responsible_in_intro,
)

__all__ = [
    "GOAL_INTRO",
    "MEASURE_AREAS",
    "add_goal",
    "bullet_lists",
    "extract_lists",
    "list_owner",
    "main_document",
    "page_document",
]

GOAL_INTRO = re.compile(
    # "Inriktningsmålen är:", "tre effektmål": any compound of mål (not "ändamål")
    r"\b(?:(?!ändamål|önskemål|vittnesmål)[a-zåäö]*mål|[a-zåäö]*målen"
    r"|målsättning(?:ar|arna)?|prioritering(?:en|ar|arna)?|[a-zåäö]*inriktning(?:en|ar|arna)|målbilder(?:na)?"
    # "policyns fyra styrande principer:", "fem regionala kärnprinciper som ...:"
    r"|(?:kärn|grund)?principer(?:na)?"
    # "Planen lyfter följande som särskilt prioriterat:"
    r"|följande\s+som\s+(?:särskilt\s+)?prioriterat"
    r"|(?:strategiska|prioriterade|viktiga)\s+områden(?:a)?"
    # "lyfter fram fyra prioriterade funktioner som ...:": a counted prioritised set
    r"|(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+prioriterade\s+[a-zåäö]{4,}"
    # "formuleras i sex områden:", "67 åtgärder uppdelade i sex strategier:": a counted set
    r"|(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d{1,2})\s+områden"
    r"|(?:upp|in)delade?\s+i\s+\S+\s+strategier(?=\s*:)"
    # "lägger fokus inom följande områden:": the areas an agreement or plan picks
    r"|(?:fokus|fokuserar|prioriterar|prioritera)\s+(?:\w+\s+){0,2}?följande\s+områden"
    # "ska följande områden prioriteras:"; "arbetar med dessa områden:" after "fyra målområden"
    r"|följande\s+(?:\w+\s+)?områden\s+(?:\w+\s+)?prioriteras|med\s+dessa\s+områden(?=\s*:)"
    r"|[a-zåäö]*(?:mål|fokus|insats|styrke|utvecklings|inriktnings|prioriterings|tematiska\s"
    r"|huvud|tema|samarbets|samverkans)områden(?:a)?"
    # "Huvudspår i kommunens arbete", "planens fyra teman:": the tracks or themes it picks
    r"|(?:huvud|utvecklings)spår(?:en)?|teman(?:a)?"
    # "Planen innehåller 9 utvecklingsstrategier:": the lines of development a plan sets
    r"|(?:utvecklings|del)strategier(?:na)?"
    # "Kulturpolitiska strategier:": a plan's lines of action under a heading of their own
    r"|[a-zåäö]+a\s+strategier(?=\s*:)"
    # "Områdena som ingår i planen är:": the areas a document is made of
    r"|områden(?:a)?\s+som\s+ingår\s+i\s+[a-zåäö]*(?:planen|strategin|programmet|policyn))\b",
    re.I,
)
# "Bland åtgärderna finns:": the definite plural as well
_ACTIVITY_INTRO = re.compile(r"\b(?:(?:aktiviteter|åtgärder|insatser)(?:na)?|steg(?:en)?)\b", re.I)
# "För att uppnå de politiska målen föreslås bland annat följande:": the items are the
# means to the goals (activities), though the intro speaks of goals.
_MEANS_INTRO = re.compile(
    r"\b[Ff]ör\s+att\s+(?:uppnå|nå|förverkliga|uppfylla)\s+(?:de\s+|dessa\s+|våra\s+)?"
    r"(?:[\wåäö]+\s+)?(?:mål|målen|målsättning(?:ar|arna)?)\b[^.!?]*$"
)
# "sju åtgärdsområden": areas of measures, not goals (the gold reads "insatsområden" as goals)
MEASURE_AREAS = r"(?:åtgärds|aktivitets)områden(?:a|na)?"
_STRONG_ACTIVITY_INTRO = re.compile(
    r"(?:\bföljande\s+(?:aktiviteter|åtgärder|insatser|satsningar)\b"
    r"|\b(?:aktiviteter|åtgärder|insatser|satsningar)\s*:\s*$"
    # "Handlingsplanen har sex prioriterade aktiviteter" over a numbered list
    r"|\b(?:har|innehåller|omfattar)\s+(?:[a-zåäö]+\s+){0,2}(?:aktiviteter|åtgärder)\s*$"
    # "Det här ska Flens kommun arbeta med till 2030:": what an actor will do
    r"|^\W*(?:det\s+här|detta)\s+ska\s+[^.!?:]{1,60}?\s+(?:arbeta\s+(?:för|med)|göra|genomföra)"
    r"\b[^.!?:]{0,30}:\s*$"
    # "Detta gör Länsstyrelsen inom åtgärdsprogrammet:": what an actor does now
    r"|^\W*(?:det\s+här|detta)\s+(?:gör|genomför)\s+[^.!?:]{1,60}:\s*$"
    # "Inom färdplanen finns sju åtgärdsområden:"
    r"|\b" + MEASURE_AREAS + r"\b[^.!?:]*:\s*$)",
    re.I,
)
_ACTIVITY_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:aktiviteter|åtgärder|insatser|arbetsgång(?:en)?)\b"
    r"[^.:!?\n]{0,40}$",
    re.I,
)
# "Syftet med överenskommelsen är att:", "Strategin ska bidra till:": what the items
# are for, so the document's aims (its goals). A lead that breaks off at "att" or "till"
# ("Syftet med planen är att" over its bullets) needs no colon.
_PURPOSE_INTRO = re.compile(
    r"(?:\b(?P<aim>syftet|ändamålet|avsikten)\s+med\s+[^.!?:]{1,80}?\s+är(?:\s+att)?"
    r"|\b(?:ska|skall|kommer\s+att|vill)\s+(?:[a-zåäö]+\s+)?(?P<to>bidra)\s+till)"
    r"(?:\s*:|(?<=\batt)|(?<=\btill))\s*$",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_LIST_OPENER = re.compile(r"(?::|\bexempelvis|\bbland\s+annat|\bföljande|\bt\.\s?ex\.?)\s*$", re.I)
_SET_IN = re.compile(
    r"\b(?:målsättningarna|målen)\s+som\s+(?:har\s+)?(?:fastställts|fastställdes|anges|"
    r"slagits\s+fast|finns)\s+i\s+"
)
_INLINE_GOAL = re.compile(
    # "Strategiskt mål 1:", "Långsiktigt mål:", "Effektmål 2:": an adjective or a compound
    r"^[ \t]*(?:[A-ZÅÄÖ][a-zåäö]+(?:t|a|e)\s+mål|[A-ZÅÄÖ][a-zåäö]*mål|[Mm]ålet|[Mm]ål)"
    # "Mål 1:", "Mål:", and a numbered line's period: "Mål 1. <goal>"
    r"(?:(?:\s+\d{1,2}(?:\.\d{1,2})*)?\s*:|\s+\d{1,2}(?:\.\d{1,2})*\.(?=[ \t]))\s*"
    r"(?P<goal>\S[^\n]*?)[ \t.]*$",
    re.M,
)


# A page's furniture set as a list: its update line, a bare date, its share button.
_FURNITURE_ITEM = re.compile(
    r"\W*(?:(?:senast\s+)?(?:uppdaterad|ändrad|publicerad|granskad)\b[^\n]*"
    r"|\d{1,2}\s+[a-zåäö]+\s+\d{4}|\d{4}-\d\d-\d\d|dela|skriv\s+ut)\W*",
    re.I,
)


def _goals(ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit | None) -> list[str]:
    goal_ids: list[str] = []
    if reports(ctx, lst) or names_documents(ctx, lst):
        return goal_ids
    for item in listed_items(lst.items):
        if _FURNITURE_ITEM.fullmatch(item.text):
            continue  # "- Senast uppdaterad:", "- 19 oktober 2022": the page's, no goal
        goal_id = add_goal(
            ctx, sink, owner, Span(item.start, item.end), item.text, lst.intro.start, "list.goals"
        )
        if goal_id:
            goal_ids.append(goal_id)
    return goal_ids


def _inline_goals(ctx: Context, sink: FactSink) -> None:
    for m in _INLINE_GOAL.finditer(ctx.text):
        span = Span(m.start("goal"), m.end("goal"))
        add_goal(
            ctx, sink, list_owner(ctx, span), span, m.group("goal"), m.start(), "list.goals.inline"
        )


def _activities(
    ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit | None
) -> list[str]:
    activity_ids: list[str] = []
    for item in listed_items(lst.items):
        span = Span(item.start, item.end)
        activity_id = add_activity(
            ctx, sink, owner, span, item.text, lst.intro.start, "list.activities"
        )
        if activity_id is None:
            continue
        activity_ids.append(activity_id)
        if item.resp is not None:
            link_responsible(
                ctx, sink, activity_id, item.start, item.resp, "list.responsible.ansvarig"
            )
    return activity_ids


def _goal_sources(
    ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit, goal_ids: list[str]
) -> None:
    for m in _SET_IN.finditer(ctx.text, lst.end):
        sentence = ctx.sentence_of(m.start())
        if sentence is None:
            continue
        source = next(
            (
                d
                for d in ctx.documents_in(sentence)
                if d.start >= m.end() or (d.genitive_owner and d.end > m.end())
            ),
            None,
        )
        if source is None:
            continue
        for goal_id in goal_ids:
            sink.link(
                LinkType.HAS_GOAL,
                source.node_id,
                goal_id,
                sentence.start,
                sentence.end,
                "list.goals.fastställts_i",
                CONF_ITEM,
            )
        if source.node_id != owner.node_id:
            sink.link(
                LinkType.IMPLEMENTS,
                owner.node_id,
                source.node_id,
                sentence.start,
                sentence.end,
                "relation.implements.shared_goals",
                CONF_RESPONSIBLE,
            )
        return


# "I budgeten finns även följande särskilda satsningar:": what the money goes to, no
# document's activities.
_BUDGET_INTRO = re.compile(r"\b[Ii]\s+budgeten\b|\bbudgetsatsningar", re.I)


_POINTER_WORDS = 8
# "Planen tar avstamp i de nationella kulturpolitiska målen, den regionala
# utvecklingsstrategin samt lagar.": what a plan builds on is no goal of its own, unless
# the intro counts them out ("utgår från följande fyra mål:").
_BASIS = re.compile(
    r"\b(?:tar\s+(?:sin\s+)?(?:avstamp|utgångspunkt)\s+i|utgår\s+(?:ifrån|från)|bygger\s+på"
    r"|vilar\s+på|grundar\s+sig\s+på|baseras\s+på)\s+(?![^.!?]*\b(?:följande|två|tre|fyra|fem"
    r"|sex|sju|åtta|nio|tio|\d{1,2})\s)[^.!?]*$",
    re.I,
)


def _list_kind(intro: str) -> str | None:
    last = _SENTENCE_BREAK.split(intro)[-1]  # the sentence that opens the list
    if _BUDGET_INTRO.search(last):
        return None
    if _ACTIVITY_HEADING.match(intro) or _STRONG_ACTIVITY_INTRO.search(intro):
        return "activities"
    if _MEANS_INTRO.search(intro) and _LIST_OPENER.search(intro):
        return "activities"
    # "... utgör inriktningen för X. Politiken ska bidra till att lösa tre utmaningar:": a
    # long sentence that opens the list says what its items are; a short one ("Dessa är:")
    # points back to the sentence before.
    goal = GOAL_INTRO.search(last)
    if goal is not None and _BASIS.search(last, 0, goal.start()):
        return None
    said = goal or len(last.split()) <= _POINTER_WORDS
    if (said and GOAL_INTRO.search(intro)) or _PURPOSE_INTRO.search(intro):
        return "goals"
    # "... av insatser. Den nya beredningen har tre arbetsområden:": the opening sentence
    if _ACTIVITY_INTRO.search(last) and _LIST_OPENER.search(last):
        return "activities"
    return None


# "Järnvägsrelaterade åtgärder", "Gång- och cykelåtgärder": items that name measures.
_MEASURE_ITEM = re.compile(r"åtgärd(?:er|erna)?\b", re.I)


def _measures(lst: BulletList) -> bool:
    """Every item, or all but one of four or more, names measures."""
    named = sum(bool(_MEASURE_ITEM.search(i.text)) for i in lst.items)
    return len(lst.items) >= 2 and named >= len(lst.items) - (len(lst.items) >= 4)


def _cue(ctx: Context, intro: Span, kind: str) -> int | None:
    """Where the intro last speaks of its goals (or activities)."""
    cue = GOAL_INTRO if kind == "goals" else _ACTIVITY_INTRO
    found = list(cue.finditer(ctx.text, intro.start, intro.end))
    if found:
        return found[-1].start()
    aim = _PURPOSE_INTRO.search(ctx.text, intro.start, intro.end) if kind == "goals" else None
    return aim.start(aim.lastgroup or 0) if aim else None


def _intro(ctx: Context, lst: BulletList) -> str:
    return ctx.text[lst.intro.start : lst.intro.end]


def extract_lists(ctx: Context, sink: FactSink) -> None:
    bullets = bullet_lists(ctx.text)
    unmarked = [x for x in line_lists(ctx.text, bullets) if _list_kind(_intro(ctx, x)) == "goals"]
    for lst in [*bullets, *unmarked]:
        kind = _list_kind(_intro(ctx, lst))
        if kind is None and (stubbed := stub_goal_list(ctx, lst, GOAL_INTRO)) is not None:
            kind, lst = "goals", stubbed  # "följande delmål:" over "X ska" and its items
        if kind != "activities" and _measures(lst):
            kind = "activities"
        if kind is None:
            if not commitment_list(ctx, sink, lst):
                verb_led_activities(ctx, sink, lst, list_owner(ctx, lst.intro))
            continue
        owner = list_owner(ctx, lst.intro, _cue(ctx, lst.intro, kind))
        if kind == "goals":
            if only_sources(ctx, lst.intro):
                continue
            goal_ids = _goals(ctx, sink, lst, owner)
            if owner is not None:
                _goal_sources(ctx, sink, lst, owner, goal_ids)
        else:
            # an activity list no intro assigns: the page's one plan, if it names one
            activity_ids = _activities(ctx, sink, lst, owner or only_plan(ctx))
            responsible_after_list(ctx, sink, lst, activity_ids)
            responsible_in_intro(ctx, sink, lst, activity_ids)
            responsible_promised(ctx, sink, lst, activity_ids)
    _inline_goals(ctx, sink)
    focus_goals(ctx, sink)  # "Fokus ligger på att skapa A, främja B samt bygga C"
    section_goals(ctx, sink)  # "Mål" over a goal per paragraph
    labelled_goals(ctx, sink)  # "Delmål 1: ..." lines
    counted_headings(ctx, sink)  # "fem prioriterade områden:" over as many sections
    area_headings(ctx, sink)  # "följande utvecklingsområden:" over headings and bullets
    extract_tables(ctx, sink)
    extract_labelled_activities(ctx, sink)
    extract_measure_page(ctx, sink)  # "Åtgärd 3.2" / "Ansvarig organisation": one measure
    extract_pledged_activities(ctx, sink)
    extract_inline_activities(ctx, sink, GOAL_INTRO)

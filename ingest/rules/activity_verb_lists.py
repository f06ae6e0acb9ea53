"""A plan's measures listed as bare verb phrases under an intro that names no kind.

Why: plan pages list what the plan will do under intros that say neither goals nor
activities ("Klimatarbetet är inriktat på följande områden:", "Förslaget innehåller
följande delar:", "Kommunens klimatlöften för 2024-2026 är:"), and each item starts
with what is to be done: "effektivisera energianvändningen", "stärka det suicidpreventiva
arbetet", "Vi minskar matsvinnet i offentliga måltider". A verb first is an act, so the
items are the plan's activities; a goal states a state ("Skillnaderna i hälsa har
minskat") and goal intros are read by ingest.rules.extract_lists before this.

Rule list.activities.verb_led: a bullet list whose intro closes with ":" and whose items
mostly (two thirds, at least two) open with an action verb, in the infinitive ("stärka",
"ta fram") or, after "vi", the present ("Vi minskar", "Vi arbetar") -> one Activity per
item, of the document the intro's sentence is about (else the page's main document).
No document, no activities; nor when the intro's sentence speaks of a remit ("Vårt
uppdrag kan sammanfattas i sex delar:") or closes with "att:" ("Regeringen vill verka
för att:", "Arbetet med programmet innebär att:"): aims, remits and work, not measures.

Rule list.goals.aims: such a list under an intro that ends on a modal verb ("Enligt
handlingsplanen behöver vi i Värmland:", "Medborgarlöften ska:", "Till 2020 ska Örebro
län:"), or whose items mostly state a quantified target ("minska utsläppen med 25
procent"), states what is to be achieved: one Goal per item.

Rule list.activities.by_means: a list whose intro closes with "genom att:" ("Detta når
vi genom att:"), or says what an agreement binds to ("Åtagandet innebär rent konkret
att") -> every item is a means, one Activity each, whatever its first word.

An item's own "Ansvarig: <who>" ("Ta fram stödmaterial. Ansvarig: Skolverket.") gives
RESPONSIBLE_FOR as under an intro that names activities (list.responsible.ansvarig).
"""

from __future__ import annotations

import re

from ingest.context import Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList
from ingest.rules.list_items import add_activity, add_goal
from ingest.rules.nested_items import listed_items
from ingest.rules.responsible_parties import link_responsible

__all__ = ["opens_with_action", "verb_led_activities"]

# Action verbs a plan's measure opens with, by stem: the infinitive adds "-a"; after
# "vi" the present adds "-ar", "-er" or nothing ("Vi minskar", "Vi stärker", "Vi genomför").
_STEMS = (
    r"stärk|ök|minsk|förbättr|utveckl|vidareutveckl|effektivis|energieffektivis|skap|främj|"
    r"säkerställ|säkr|verk|arbet|genomför|erbjud|använd|planer|regionalplaner|förebygg|"
    r"stödj|stött|bidr|höj|sänk|samverk|samordn|inför|bygg|etabler|underlätt|tydliggör|"
    r"synliggör|informer|kartlägg|prioriter|implementer|inventer|anordn|tillhandahåll|"
    r"möjliggör|fördjup|förstärk|integrer|digitalis|inkluder|minimer|begräns|ersätt|"
    r"utbild|förny|renover|bevar|skydd|utök|stimuler|uppmuntr|motverk|förhindr|hushåll|"
    r"fas|ställ|driv|fortsätt|bredd|förankr|följ|utred|gransk|analyser|sprid|marknadsför|"
    r"attraher|rekryter|behåll|kompetensutveckl|"
    # measures of climate pledges and action plans ("Införskaffa miljöbilar", "Arrangera
    # aktiviteter", "Samarbeta och delta i nätverk", "Bedriva rådgivning")
    r"införskaff|återanvänd|återvinn|återbruk|arranger|anlägg|installer|byt|köp|tillsätt|"
    r"upprätt|ordn|organiser|identifier|dokumenter|utvärder|revider|uppdater|aktualiser|"
    r"certifier|upphandl|ansök|anslut|delt|samarbet|bedriv|initier|start|underhåll|"
    r"kommunicer|engager|involver|mobiliser|anpass|klimatanpass|välj|undersök|test|pröv|"
    r"saml|förenkl|elektrifier|reducer|halver|fördubbl|lanser|tillgängliggör|ansvar|"
    r"verkställ|belys|lyft|medverk|motiver|uppmärksamm|erbjud"
)
_PHRASAL = r"(?:t|s)(?:a|ar|er)\s+(?:fram|över)|ger?"  # ta/tar fram, se/ser över, ge/ger
_INFINITIVE = re.compile(rf"^\W*(?:att\s+)?(?:(?:{_STEMS})a|(?:ta\s+fram|se\s+över|ge))\b", re.I)
_PRESENT = re.compile(rf"^\W*vi\s+(?:(?:{_STEMS})(?:ar|er)?|{_PHRASAL})\b", re.I)
# The intro opens a list: "... följande områden:", "Kommunens klimatlöften är:".
_OPENS = re.compile(r":\s*$")
# Not a plan's measures: what someone wants or what work involves ("Regeringen vill verka
# för att:", "Arbetet med programmet innebär att:"), or an organisation's remit ("Vårt
# uppdrag kan sammanfattas i sex delar:").
_NOT_MEASURES = re.compile(r"\batt\s*:\s*$|\buppdrag", re.I)
# "Detta når vi genom att:", "Det gör vi genom att:": each item is a means, an act.
# "Åtagandet innebär rent konkret att": what an agreement binds its parties to do.
_BY_MEANS = re.compile(
    r"\bgenom\s+att\s*:\s*$|\b(?:åtagandet|åtagandena|avtalet|överenskommelsen)\s+"
    r"(?:innebär|innefattar|omfattar)\s+(?:[a-zåäö]+\s+){0,2}?att\s*:?\s*$",
    re.I,
)
# "Enligt handlingsplanen behöver vi i Värmland:", "Medborgarlöften ska:": what is to be
# achieved, stated by a modal verb ending the intro: the items are aims, the plan's goals.
_AIMS = re.compile(
    r"\b(?:behöver|ska|skall|vill|bör)(?:\s+(?:vi|vi\s+i\s+[A-ZÅÄÖ][\wåäö-]+|"
    # "Till 2020 ska Örebro län:", "... ska Region Gävleborg:"
    r"[a-zåäö]+|länet|kommunen|regionen|(?:Region\s+)?[A-ZÅÄÖ][\wåäö-]+(?:\s+(?:län|kommun))?))?"
    r"\s*:\s*$"
)
# "minska utsläppen med 25 procent": a quantified target is an aim, whatever its verb.
_TARGET = re.compile(r"\d\s*(?:procent|%)|procentenheter", re.I)


def _last_sentence(intro: str) -> str:
    return re.split(r"(?<=[.!?])\s+", intro.strip())[-1]


def _verb_led(item: str) -> bool:
    return _INFINITIVE.match(item) is not None or _PRESENT.match(item) is not None


def opens_with_action(text: str) -> bool:
    """The text opens with an action verb in the infinitive ("ta fram", "samla")."""
    return _INFINITIVE.match(text) is not None


def verb_led_activities(
    ctx: Context, sink: FactSink, lst: BulletList, owner: DocumentHit | None
) -> bool:
    """Read lst as its document's activities if its items open with action verbs.
    True when it did (then the list is taken)."""
    items = listed_items(lst.items)
    if owner is None or len(items) < 2:
        return False
    intro = ctx.text[lst.intro.start : lst.intro.end]
    by_means = _BY_MEANS.search(_last_sentence(intro)) is not None
    if not by_means and (not _OPENS.search(intro) or _NOT_MEASURES.search(_last_sentence(intro))):
        return False
    if not by_means and sum(_verb_led(i.text) for i in items) * 3 < len(items) * 2:
        return False
    targets = sum(_TARGET.search(i.text) is not None for i in items) * 3 >= len(items) * 2
    if not by_means and (_AIMS.search(_last_sentence(intro)) or targets):
        for item in items:
            span = Span(item.start, item.end)
            add_goal(ctx, sink, owner, span, item.text, lst.intro.start, "list.goals.aims")
        return True
    for item in items:
        activity_id = add_activity(
            ctx,
            sink,
            owner,
            Span(item.start, item.end),
            item.text,
            lst.intro.start,
            "list.activities.by_means" if by_means else "list.activities.verb_led",
        )
        if activity_id is not None and item.resp is not None:
            link_responsible(
                ctx, sink, activity_id, item.start, item.resp, "list.responsible.ansvarig"
            )
    return True

"""Who is responsible for a list's or a table's activities.

- list.responsible.ansvarig: "<item>. Ansvarig: <who>" -> each organisation
  named RESPONSIBLE_FOR the activity, with a role after a comma as its title
  ("Barn- och ungdomsnämnden, rektor"), not one it works "i samverkan med"; a
  role ("Ansvarig: enhetschef hemtjänst", "strategisk samordnare mot våld")
  gives the organisation stated with it ("handläggare på <nämnd>") or else the
  publishing municipality, with the role as the title; a bare "Länsstyrelsen" or
  "Kommunen" is the publisher's own organisation. A unit after the role
  ("på Vuxenenheten") has no node and is left out of the title.
- list.responsible.role_in_org: "Varje verksamhetschef inom BAS har ansvar för
  att samordna genomförandet av de aktiviteter ..." -> the organisation
  RESPONSIBLE_FOR each activity of the list before it, the role as the title.
- list.responsible.org: "<org> ansvarar för|har ansvar för ... aktiviteterna".
- list.responsible.intro: "Det här ska Piteå kommun arbeta för till 2030:", "Detta gör
  Länsstyrelsen inom åtgärdsprogrammet:", "Några exempel på åtgärder som regeringen
  genomför:", "I mars antog Länsstyrelsen X en plan och genomför nu planerade åtgärder,
  exempelvis:" (the sentence's subject) -> the organisation the list's intro names
  RESPONSIBLE_FOR each activity listed.
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.nlp import ROLE_WORDS
from ingest.language.segment import Span
from ingest.rules.bullet_lists import BulletList
from ingest.rules.list_items import CONF_RESPONSIBLE, CONF_ROLE

_ROLE_IN_ORG = re.compile(
    rf"\b(?:[Vv]arje\s+|[Vv]ar\s+|[Ee]n\s+)?(?P<role>{'|'.join(ROLE_WORDS)})\s+(?:inom|i|på|vid)\s+$"
)
_HAS_RESPONSIBILITY = re.compile(
    r"\s+(?:har|bär)\s+(?:det\s+|ett\s+)?(?:övergripande\s+)?ansvar(?:et)?\s+för\b|\s+ansvarar\s+för\b"
)
_ABOUT_ACTIVITIES = re.compile(r"\b(?:aktivitet\w*|åtgärd\w*)\b")
# A role noun: one of the known roles or a compound ending in a role word.
_ROLE_HEAD = re.compile(
    rf"^(?:{'|'.join(ROLE_WORDS)}|[a-zåäöé-]*(?:chef|handläggare|samordnare|strateg|ledare|"
    r"sekreterare|direktör|kurator|koordinator|utvecklare|ombud|handledare|controller|"
    r"rektor|föreståndare|inspektör|utredare|planerare|analytiker|specialist))$",
    re.I,
)
_UNIT_AFTER_ROLE = re.compile(r"\s+(?:på|vid|inom|i)\s+")


def responsible_parties(ctx: Context, who: Span) -> list[tuple[str, str | None]]:
    """(organisation id, role title) for the text after "Ansvarig:".

    Organisations named there are responsible themselves ("Utbildningsnämnden",
    "Arbetsmarknads- och socialnämnden, Kriminalvården"), with the role that follows
    one after a comma as its title ("Barn- och ungdomsnämnden, rektor"); one they
    work "i samverkan med" is not. A role is responsible for the organisation named
    with it ("handläggare på Socialnämnden"), else for the publishing municipality
    ("strategisk samordnare mot våld"). Anything else ("den som får kännedom") gives
    nothing."""
    text = ctx.text[who.start : who.end]
    partner = _PARTNER.search(text)
    if partner is not None:  # "Kultur- och fritidsnämnden i samverkan med X": X only helps
        who = Span(who.start, who.start + partner.start())
        text = text[: partner.start()]
    # A bare "Länsstyrelsen" / "Kommunen" is the page's own organisation when it resolved
    # to the publisher, or the board of the county the site is about; another bare
    # reference may be a guess.
    site = ctx.site_actor()
    own = site.node_id if site is not None else None
    actors = [a for a in ctx.actors_in(who) if not a.anaphoric or _own(ctx, a, own)]
    if not _is_role(text):
        if actors and actors[0].start == who.start:
            return _orgs_with_roles(ctx, who, actors)
        return []
    unit = _UNIT_AFTER_ROLE.search(text)
    title = text[: unit.start()] if unit else text
    title = " ".join(title.split()).rstrip(" .,;").lower()
    if unit is not None:
        after = [a for a in actors if a.start == who.start + unit.end()]
        if after:
            return [(after[0].node_id, title)]
    if actors:
        return []  # a role and an organisation in some other shape: not read
    publisher = ctx.publisher_id()
    return [(publisher, title)] if publisher else []


def _own(ctx: Context, actor: ActorHit, site: str | None) -> bool:
    if actor.node_id == site:
        return True
    board = actor.kind is OrganizationKind.COUNTY_BOARD and ctx.home_county is not None
    return board and site is None and actor.county_code == ctx.home_county


_PARTNER = re.compile(r"\s+(?:i\s+samverkan\s+med|tillsammans\s+med|med\s+stöd\s+av)\s")
# "A, B och C": "och" too, not a shared compound part ("Barn- och utbildningsförvaltningen")
_SEPARATOR = re.compile(r"\s*,\s*|(?<!-)\s+(?:och|samt)\s+")


def _is_role(text: str) -> bool:
    """A role phrase: its first word a role noun, or an adjective and then one
    ("strategisk samordnare mot våld")."""
    words = re.findall(r"[\wåäöÅÄÖé-]+", text)[:2]
    if not words:
        return False
    if _ROLE_HEAD.match(words[0]):
        return True
    return len(words) == 2 and words[0].islower() and bool(_ROLE_HEAD.match(words[1]))


def _orgs_with_roles(
    ctx: Context, who: Span, actors: list[ActorHit]
) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    pos = who.start
    starts = {a.start for a in actors}
    # "och" joins two organisations, not a role's words ("enhetschef barn och unga")
    parts = [
        m
        for m in _SEPARATOR.finditer(ctx.text, who.start, who.end)
        if "," in m[0] or m.end() in starts
    ]
    for part in [*parts, None]:
        end = part.start() if part else who.end
        segment = ctx.text[pos:end]
        actor = next((a for a in actors if a.start == pos), None)
        if actor is not None:
            if actor.node_id not in {f[0] for f in found}:
                found.append((actor.node_id, None))
        elif found and found[-1][1] is None and _is_role(segment):
            title = " ".join(segment.split()).rstrip(" .,;").lower()
            found[-1] = (found[-1][0], title)
        if part is None:
            break
        pos = part.end()
    return found or [(a.node_id, None) for a in _unique(actors)]


def _unique(actors: list[ActorHit]) -> list[ActorHit]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.node_id not in seen:
            seen.add(a.node_id)
            out.append(a)
    return out


def link_responsible(
    ctx: Context, sink: FactSink, activity_id: str, line_start: int, who: Span, rule: str
) -> None:
    for org_id, title in responsible_parties(ctx, who):
        sink.link(
            LinkType.RESPONSIBLE_FOR,
            org_id,
            activity_id,
            line_start,
            who.end,
            rule,
            CONF_RESPONSIBLE if title is None else CONF_ROLE,
            title=title,
        )


def responsible_after_list(
    ctx: Context, sink: FactSink, lst: BulletList, activity_ids: list[str]
) -> None:
    following = [s for s in ctx.sentences if s.start >= lst.end][:3]
    for sentence in following:
        if not _ABOUT_ACTIVITIES.search(ctx.text, sentence.start, sentence.end):
            continue
        for actor in ctx.actors_in(sentence):
            if not _HAS_RESPONSIBILITY.match(ctx.text, actor.end, sentence.end):
                continue
            role = _ROLE_IN_ORG.search(ctx.text[sentence.start : actor.start])
            title = role.group("role").lower() if role else None
            if role is None and actor.start != sentence.start:
                continue  # the organisation must be the subject
            rule = "list.responsible.role_in_org" if role else "list.responsible.org"
            for activity_id in activity_ids:
                sink.link(
                    LinkType.RESPONSIBLE_FOR,
                    actor.node_id,
                    activity_id,
                    sentence.start,
                    sentence.end,
                    rule,
                    CONF_RESPONSIBLE,
                    title=title[0].upper() + title[1:] if title else None,
                )
        return


# "Det här ska Piteå kommun arbeta för till 2030:", "Detta gör Länsstyrelsen inom
# åtgärdsprogrammet:": the actor the intro names.
_THIS_LEAD = re.compile(r"(?:det\s+här|detta)\s+(?:(?P<will>ska)|gör|genomför)\s+$", re.I)
_DOES = re.compile(r"\s+(?:arbeta\s+(?:för|med)|göra|genomföra)\b")
# "Några exempel på åtgärder som regeringen genomför:": the relative clause's subject.
_MEASURES_THAT = re.compile(r"\b(?:åtgärder|insatser|aktiviteter)\s+som\s+$", re.I)
_CARRIES_OUT = re.compile(
    r"\s+(?:(?:nu|också|även)\s+)?(?:genomför|vidtar|gör|ska\s+genomföra|kommer\s+att\s+genomföra)"
    r"\b[^.:]{0,30}:?\s*$"
)
# "I mars antog Länsstyrelsen Gotland en ny regional handlingsplan och genomför nu planerade
# åtgärder för 2018, exempelvis:": the subject's own verb (maybe after "och") carries the
# measures out.
_SUBJECT_CARRIES_OUT = re.compile(
    r"\s+(?:[^.!?:]{0,60}?\s(?:och|samt)\s+)?(?:(?:nu|också|även)\s+)?"
    r"(?:genomför|vidtar|(?:ska|kommer\s+att)\s+(?:genomföra|vidta))\s+"
    r"(?:[a-zåäö]+\s+){0,2}(?:åtgärder|insatser|aktiviteter)\b[^.!?:]{0,40}"
    r"(?::|,?\s+(?:exempelvis|bland\s+annat|till\s+exempel)\s*:?)\s*$"
)
_FRONTED_WORDS = 4


def _subject_of(ctx: Context, lst: BulletList, actor: ActorHit) -> bool:
    """The actor opens the intro's last sentence, or follows a short fronted phrase and
    its verb ("I mars antog Länsstyrelsen ..."), with no actor before it."""
    sentence = ctx.sentence_of(actor.start)
    start = max(sentence.start if sentence else lst.intro.start, lst.intro.start)
    lead = ctx.text[start : actor.start]
    if any(
        a.start < actor.start and a.end > start for a in ctx.actors_in(lst.intro) if a is not actor
    ):
        return False
    return len(lead.split()) <= _FRONTED_WORDS and not re.search(r"[.!?:]", lead)


def _carries_out(ctx: Context, lst: BulletList, actor: ActorHit) -> bool:
    """'Det här ska X arbeta för:', 'Detta gör X inom planen:', 'åtgärder som X genomför:',
    'X ... och genomför nu följande åtgärder:'."""
    lead = ctx.text[max(lst.intro.start, actor.start - 20) : actor.start]
    this = _THIS_LEAD.search(lead)
    if this and (not this.group("will") or _DOES.match(ctx.text, actor.end, lst.intro.end)):
        return True  # "ska" needs its verb after the actor: "ska X arbeta för"
    if _MEASURES_THAT.search(lead) and _CARRIES_OUT.match(ctx.text, actor.end, lst.intro.end):
        return True
    return bool(
        _SUBJECT_CARRIES_OUT.match(ctx.text, actor.end, lst.intro.end)
        and _subject_of(ctx, lst, actor)
    )


def responsible_in_intro(
    ctx: Context, sink: FactSink, lst: BulletList, activity_ids: list[str]
) -> None:
    """The actor an intro says will carry the listed activities out is responsible."""
    for actor in ctx.actors_in(lst.intro):
        if not _carries_out(ctx, lst, actor):
            continue
        for activity_id in activity_ids:
            sink.link(
                LinkType.RESPONSIBLE_FOR,
                actor.node_id,
                activity_id,
                lst.intro.start,
                lst.intro.end,
                "list.responsible.intro",
                CONF_RESPONSIBLE,
            )
        return

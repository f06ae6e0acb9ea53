"""A cue whose decision the sentence does not state as taken.

Why: the words of a decision also tell of one needed or expected ("Regeringen tar
troligen beslut"), of how a thing came about ("som fastställs av regeringen", "Det
dokument som återremitterades"), of what someone wishes or proposes ("föreslår i en
motion att", "X och Y, båda Vänsterpartiet, har föreslagit att"), of a state ("de tider
som är beslutade"), a condition ("under förutsättning att riksdagen beviljar medel") or
what a document lays down ("I instruktionen fastställs ...") or a court's ruling
("förvaltningsrätten avslog överklagandet": no decision of the page's body); of what may
happen or happens whenever ("kan bara beviljas", "När bidrag beviljas ges det ..."), a
condition's verb ("Om regeringen avslår ..."), what goals become ("blir uppdrag åt") and
members backing a decision ("Samtliga partier ställde sig bakom beslutet").
"""

from __future__ import annotations

import re

__all__ = ["unstated"]

# nor one expected ("Regeringen tar troligen beslut ... fastställs", "beräknas ... ta beslut").
_NEED = re.compile(
    r"\b(?:behöver|bör|borde|krävs|troligen|sannolikt|förmodligen|kanske|eventuellt|väntas|beräknas)\b",
    re.I,
)
# "uppdateringar av prisbasbeloppet som fastställs av regeringen": a present passive in a
# relative clause tells how a thing comes about, not a decision taken.
_HOW_IT_COMES = re.compile(r"\b(?:som|där)\s+(?:\w+\s+)?$", re.I)
# "Dokumenttyp: Plan Beslutat av: Kommunfullmäktige": a fact box's label, no decision.
_FIELD_LABEL = re.compile(r"\s+(?:av|i)\s*:")
# "föreslår i en motion att regionstyrelsen ges i uppdrag", "ville att nämnden skulle få i
# uppdrag": what someone proposes or wants, not what was decided.
_WISH = re.compile(
    r"\b(?:vill|ville|önskar|önskade|yrkar|yrkade"
    # a motion's or report's proposal; a committee's "föreslår fullmäktige att" is its act
    r"|(?:föreslår|föreslog)\s+(?:därför|i\s+(?:en|sin|ett)\s+[\w-]+))\b"
    r"(?:\s+[\w().,-]+){0,8}?\s+att\s+(?:[\w-]+\s+){0,5}$",
    re.I,
)
# A motion's writers: "X och Y, båda Socialdemokraterna, har föreslagit att ...", "Eva Ek
# (V) föreslår att ...": party members' proposal, no body's decision.
_WRITERS = re.compile(
    r"(?:[A-ZÅÄÖ][a-zåäö]+(?:partiet|erna)|\([A-ZÅÄÖ]{1,3}\)),?\s+(?:(?:har|hade)\s+)?$"
)
_PRESENT_PASSIVE = re.compile(r"\w+(?:ställs|ljas|änns|delas|sätts|slås|längs|varas)", re.I)
# "Kommunplan 2023 som fastställdes av fullmäktige i december": how a thing came about.
_PAST_PASSIVE = re.compile(
    r"(?:antogs|fastställdes|beslutades|godkändes|reviderades|återremitterades|klubbades)", re.I
)
_RELATIVE_SOM = re.compile(r"\bsom\s+(?:\w+\s+)?$")  # not "Där beslutades även om X"
# "Något av det som beslutades var att köpa X": a cleft, the decision follows "var att".
_CLEFT = re.compile(r"\bdet\s+som\s+$", re.I)
_CLEFT_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:var|blev)\s+att\b", re.I)


# "på beslutade åtgärder", "två beviljade projekt": a participle used as an adjective.
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:på|av|om|för|med|de|dessa|alla|samtliga|övriga|flera|några|redan|tidigare|två|tre"
    r"|fyra|fem|sex|sju|åtta|nio|tio|\d{1,3}"
    # not a year: "Våren 2019 beslutade ..."
    r"|politiskt|nyligen|formellt|i|till|från|under|enligt|genom)\s+$",
    re.I,
)
_PARTICIPLE = re.compile(r"(?:beslutade|beviljade)")
_STATE = re.compile(r"\bsom\s+(?:är|var)\s+$", re.I)
# "kommer att beviljas medel", "ska beviljas": a future act; "Förutsättningen var att X
# beviljade medel": a condition told as background.
_TO_COME = re.compile(r"\b(?:kommer\s+att|ska|skall|skulle|innan\s+(?:\w+\s+)?)\s*$", re.I)
# "I mars ska förslaget till kulturplan skickas på remiss", "skrivs fram för att sedan
# skickas ut på remiss": a step to come, its subject between the auxiliary and the verb.
_TO_COME_LATER = re.compile(
    r"\b(?:ska|skall|kommer\s+att|planeras\s+att)\s+(?:[\w-]+\s+){1,5}$"
    r"|\bför\s+att\s+(?:sedan\s+|därefter\s+)?$",
    re.I,
)
# "bara kan beviljas i dessa län", "krav för att beviljas ett lån": a passive that can
# happen or is aimed at, no act.
_MAY_BE = re.compile(
    r"\b(?:kan|kunde|kunna|får|måste|att)\s+(?:(?:bara|inte|också|även|endast)\s+)?$", re.I
)
# "Om regeringen avslår överklagandet vinner planen laga kraft": a condition's verb.
_IF = re.compile(r"(?:^|[.!?]\s+|,\s+)\W*[Oo]m\s+(?:[\w-]+\s+){1,4}$")
_CONDITION = re.compile(r"\bförutsättning(?:en)?\s+(?:var|är)\s+(?:\w+\s+)?att\b", re.I)
# "..., under förutsättning att riksdagen beviljar medel": the cue is the condition's.
_IF_CLAUSE = re.compile(
    r"\b(?:under\s+(?:den\s+)?förutsättning(?:en)?|på\s+(?:det\s+)?villkor(?:et)?|förutsatt)"
    r"\s+att\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)


# "I instruktionen fastställs bland annat hur ...": what a document lays down, no act.
_IN_DOCUMENT = re.compile(r"\W*I\s+[a-zåäö]{4,}(?:en|et|na)\s+$")


# "som i sin tur blir uppdrag åt förvaltningen": what goals become, no task given.
_BECOMES = re.compile(r"\b(?:blir|bli|blev)\s+(?:\w+\s+)?$", re.I)
# "När särskilt bidrag beviljas ges det ...": what happens whenever, no act.
_WHEN = re.compile(r"(?:^|[.!?]\s+|,\s+)\W*[Nn]är\s+(?:[\w-]+\s+){1,4}$")
# "Samtliga partier ställde sig bakom beslutet": the members' backing of a decision, no act
# (but "politikerna som beslutade att ge sitt godkännande" is the board's).
_MEMBERS = re.compile(
    r"\b(?:partier(?:na)?|ledamöter(?:na)?|oppositionen|majoriteten)\s+(?:\w+\s+)?$", re.I
)
_BACKING = re.compile(r"ställ|sa\s|sade\s|röstade", re.I)
_COURT = re.compile(r"\b[a-zåäö]*(?:rätten|domstolen)\s+(?:\w+\s+){0,2}$", re.I)


def unstated(text: str, start: int, cue: re.Match[str]) -> bool:
    """A cue whose decision the sentence does not state as taken: a need or an expected
    decision before it, a passive of a relative clause ("som fastställdes av"), a
    participle used as an adjective ("på beslutade åtgärder"), a future act ("kommer att
    beviljas", "ska förslaget skickas på remiss") or a condition ("Förutsättningen var att
    X beviljade medel", "under förutsättning att riksdagen beviljar medel")."""
    before = text[max(start, cue.start() - 30) : cue.start()]
    return bool(
        (_PARTICIPLE.fullmatch(cue.group()) and _ADJECTIVE_BEFORE.search(before))
        or (_TO_COME.search(before) and not cue.group().startswith("anse"))
        or (
            cue.group().split()[0].endswith("s")  # a passive: "ska förslaget skickas"
            and _TO_COME_LATER.search(text, max(start, cue.start() - 60), cue.start()) is not None
        )
        or (cue.group().endswith("s") and _MAY_BE.search(before) is not None)
        or _IF.search(text[start : cue.start()]) is not None
        or _CONDITION.search(text, start, cue.start())
        or _IF_CLAUSE.search(text, max(start, cue.start() - 60), cue.start())
        or _NEED.search(text, start, cue.start())
        or _WISH.search(text, max(start, cue.start() - 120), cue.start())
        or (cue.group().endswith("s") and _IN_DOCUMENT.fullmatch(text, start, cue.start()))
        or (cue.group().startswith("föresl") and _WRITERS.search(before) is not None)
        or _FIELD_LABEL.match(text, cue.end()) is not None
        or _COURT.search(before) is not None
        or (_BACKING.match(cue.group()) is not None and _MEMBERS.search(before) is not None)
        or (cue.group().startswith("uppdrag") and _BECOMES.search(before) is not None)
        or (cue.group().endswith("s") and _WHEN.search(text[start : cue.start()]) is not None)
        or (
            _PRESENT_PASSIVE.fullmatch(cue.group())
            and _HOW_IT_COMES.search(text, start, cue.start())
        )
        or (
            _PAST_PASSIVE.fullmatch(cue.group())
            and _RELATIVE_SOM.search(text, start, cue.start()) is not None
            and not (_CLEFT.search(before) and _CLEFT_AFTER.match(text, cue.end()))
        )
        # a state in a relative clause: "de tider som är beslutade i dagsläget"
        or (_PARTICIPLE.fullmatch(cue.group()) and _STATE.search(before) is not None)
    )

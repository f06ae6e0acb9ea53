"""One clause's coordinated decisions, cut apart.

Why: a decision clause often states several decisions joined by "och": "fastställa X
och föreslå fullmäktige Y" is two decisions, "organisera och fastställa mål" one; and
"anta X samt att sälja Y" adopts a document (an ADOPTED link) and decides one more
thing; "godkänner X och beviljar Y", two finite verbs, is two decisions too, as is
"beslutade om A och om B", the matter's "om" repeated, and "sa ja till A och till att
B". Two clauses each with its own passive ("delårsrapporten godkänns och kommunalskatten
fastställdes") are two decisions, and so are motions from several members ("avslog
motioner från A om X, från B om Y"). A list whose numbers were lost runs two items
together ("... för kvinnor Motionens förslag om ..."): the item's first word again,
capitalised, mid-sentence.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.segment import Span
from ingest.rules.steering_adoption import adopts_steering_document

__all__ = ["MIN_PART_WORDS", "not_adopted", "split_coordinated"]

MIN_PART_WORDS = 3
_FIRST_WORD = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]{4,})\b")
# What may stand between "att" and its infinitive: "att tillsammans med LTU genomföra X",
# "att även inrätta Y".
_ADVERBIAL = (
    r"(?:(?:även|också|dessutom|gemensamt|(?:tillsammans|i\s+samverkan)\s+med\s+[^,.;:]{1,40}?)"
    r"\s+)?"
)
# Infinitives of acts a council decides: "... godkänna X, anta Y och förtydliga Z".
_ACTS = (
    r"förtydliga|hantera|ansöka|återbetala|teckna|ingå|sälja|förvärva|förlänga|införa|"
    r"revidera|ändra|höja|sänka|tilldela|avveckla|upphandla|delegera|bilda|avsluta|"
    # "anta remissutgåvan och skicka ut den", "anta planen och låta ärendet gå vidare"
    r"skicka|låta|remittera"
)
# Infinitives that open a further decision in a coordinated "att"-clause.
_NEXT_DECISION = re.compile(
    # ("och har samtidigt gett X i uppdrag": an adverb after "har")
    r",?\s+och\s+(?:att\s+|har\s+(?:(?:samtidigt|även|också|dessutom|därtill|nu)\s+)?"
    r"(?=[a-zåäö]+[td]\b))?(?=(?:föreslå|ge|uppdra|godkänna|fastställa|anta|avslå|bifalla|"
    r"återremittera|bevilja|avsätta|tillstyrka|avstyrka|lägga|utse|välja|överlämna|besluta|"
    r"överklaga|inrätta|tillsätta|upphäva|anvisa|" + _ACTS + r"|"
    # an assignment's further tasks: "i uppdrag att ta fram en plan och vidta åtgärder"
    r"vidta|kartlägga|genomföra|ta\s+fram|utreda|"
    # the finite forms too: "godkänner årsredovisningen och beviljar ansvarsfrihet"
    r"godkänner|fastställer|antar|avslår|bifaller|beviljar|utser|väljer|upphäver|ger|uppdrar|"
    r"begär|begärde|"  # "godkänner en ökad hyreskostnad och begär utökad budgetram"
    r"godkände|fastställde|antog|avslog|biföll|beviljade|utsåg|valde|gav|uppdrog|"
    # and the supines: "har beslutat att se över X och har utsett Y till utredare"
    r"utsett|tillsatt|gett|beviljat|godkänt|fastställt|antagit|avsatt)\b)"
    # A comma alone before an act's infinitive, in a list ending in "och" and another:
    # "godkänna delårsbokslutet, anta målbilden för X och förtydliga Y".
    r"|,\s+(?=(?:godkänna|fastställa|anta|avslå|bifalla|bevilja|avsätta|utse|välja|"
    r"inrätta|upphäva|ge|uppdra|" + _ACTS + r")\s)"
    r"(?=[^.;:]*?\s(?:och|samt)\s+(?:att\s)?[a-zåäö]{2,}[aå]\s)"
    # A comma alone in a list of acts: "förlänga X, att avsätta Y och att godkänna Z".
    # (an infinitive ends in -a, or in -å: "föreslå", "förstå")
    r"|,\s+att\s+(?=" + _ADVERBIAL + r"[a-zåäö]{2,}[aå]\b)"
    r"(?=[^.;:]*?\s(?:och|samt)\s+(?:att\s|[a-zåäö]{2,}[aå]\s))"
    # A repeated "att" and an infinitive open another act, whatever the verb: "... och att
    # uppmana X"; not "och att utredningen fortsätter".
    r"|,?\s+(?:och|samt)\s+att\s+(?=" + _ADVERBIAL + r"[a-zåäö]{2,}[aå]\b)"
    # "samt" before a finite verb: "beslutar att införa X samt fastställer planen"; not
    # before an infinitive, a task's further part ("kartlägga X samt föreslå åtgärder")
    r"|,?\s+samt\s+(?=(?:godkänner|fastställer|antar|avslår|bifaller|beviljar|utser|väljer|"
    r"upphäver|uppdrar|godkände|fastställde|antog|avslog|biföll|beviljade|utsåg|valde|"
    r"uppdrog)\b)",
    re.I,
)


# "Kommunstyrelsen föreslår kommunfullmäktige besluta att A, att B": one proposal.
_PROPOSAL = re.compile(r"\b(?:föreslår|föreslog)\s+(?:\w+\s+){1,2}?(?:att\s+)?besluta\b", re.I)


# "beslutade om A och om B": the decision verb's "om", then the same "om" again after
# "och"/"samt" opens a second matter (not "om att", a clause).
_DECIDED_ABOUT = re.compile(
    r"\b(?:beslutade|beslöt|beslutat|beslutar)\s+(?:\w+\s+){0,2}?om\s+(?!att\b)", re.I
)
_AND_ABOUT = re.compile(r",?\s+(?:och|samt)\s+om\s+(?!att\b)")
# "sa ja till A och till att B": the answer's "till" again opens a second matter.
_SAID_TO = re.compile(r"\bsa\s+(?:ja|nej)\s+till\s+", re.I)
_AND_TO_AGAIN = re.compile(r",?\s+(?:och|samt)\s+(?:(?:ja|nej)\s+)?till\s+(?:att\s+)?")


# Before a name inside its phrase, where no item can end: "av den nya Regionala ...".
_INSIDE_PHRASE = re.compile(
    r"\b(?:den|det|de|en|ett|nya|nytt|ny|sin|sitt|sina|av|i|för|till|om|med|på|och)$", re.I
)


# "Delårsrapporten godkänns och kommunalskatten fastställdes till 23,10 kronor": two
# clauses, each a subject and its passive; "A och B godkändes" is one (a shared verb).
_DECIDED_PASSIVE = re.compile(
    r"\b(?:godkänns|godkändes|fastställs|fastställdes|antas|antogs|beviljas|beviljades|"
    r"avslås|avslogs|bifalls|bifölls|beslutas|beslutades|förlängs|förlängdes)\b"
)
_AND_CLAUSE = re.compile(r",?\s+och\s+(?=(?:[\w-]+\s+){1,6}?(?:" + _DECIDED_PASSIVE.pattern + r"))")


def _passive_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cuts before each further subject-and-passive clause joined by "och"."""
    cuts: list[tuple[int, int]] = []
    for m in _AND_CLAUSE.finditer(text, start, end):
        # the clause before has its own passive: "A och B godkändes" shares one
        if _DECIDED_PASSIVE.search(text, cuts[-1][1] if cuts else start, m.start()):
            cuts.append((m.start(), m.end()))
    return cuts


# "Fullmäktige avslog motioner från A om X, från B om Y och från C om Z": one decision on
# each member's motion.
_MOTIONS_FROM = re.compile(r"\b(?:motioner|medborgarförslag|e-förslag)\s+från\s", re.I)
_NEXT_FROM = re.compile(r",?\s+(?:och\s+|samt\s+)?från\s+(?=[A-ZÅÄÖ])")


def _motions_from(text: str, start: int, end: int) -> list[tuple[int, int]]:
    first = _MOTIONS_FROM.search(text, start, end)
    if first is None:
        return []
    return [(m.start(), m.end()) for m in _NEXT_FROM.finditer(text, first.end(), end)]


# "anta X samt att sälja Y": a further act after the adoption, whatever its verb.
_AND_TO = re.compile(r",?\s+(?:och|samt)\s+att\s+(?=[a-zåäö]{3,}[aå]\s)")


def not_adopted(ctx: Context, part: Span, verb_start: int) -> Span | None:
    """The part of a decision clause that is no adoption of a steering document (an
    ADOPTED link): all of it, the act coordinated after the adoption, or none. On a page
    that names no document ("godkänna planen för samråd"), no adoption can be linked, and
    the act is a decision."""
    if not ctx.documents or not adopts_steering_document(ctx, verb_start, part.end):
        return part
    rest = _AND_TO.search(ctx.text, part.start, part.end)
    if rest is None or adopts_steering_document(ctx, rest.end(), part.end):
        return None
    return Span(rest.end(), part.end)


def _one_act(own: list[str]) -> bool:
    """A verb phrase that ends in its verb shares the next verb's object: "organisera
    och fastställa mål", "tillsammans analysera och föreslå"; "bifalla motionen och
    uppdra ..." is two acts."""
    return len(own) < 2 or (len(own) == 2 and own[-1].endswith("a"))


def _quoted(before: str) -> bool:
    """Inside a quoted title ("... svar på skrivelsen ”Uppdrag att se över och föreslå ...”")."""
    return before.count("\u201d") % 2 == 1 or before.count('"') % 2 == 1


def split_coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut where 'och' opens another decision ('fastställa X och föreslå
    Y'), not where it joins two verbs of one ('att organisera och fastställa mål'); and
    where a list's lost number left two items run together ('... för kvinnor Motionens
    förslag om ...': the item's first word again, capitalised, mid-sentence)."""
    cuts: list[tuple[int, int]] = []
    cursor = start
    first_cut = _NEXT_DECISION.search(text, start, end)
    proposal = _PROPOSAL.search(text, start, first_cut.start() if first_cut else end) is not None
    for m in _NEXT_DECISION.finditer(text, start, end):
        if proposal and not m.group().lstrip(", ").startswith(("och", "samt")):
            continue  # "föreslår fullmäktige besluta att A, att B": one proposal's items
        left = text[cursor : m.start()]
        own = left.rsplit(" att ", 1)[-1].split()  # the verb phrase 'och' would end
        if not _one_act(own) and not _quoted(text[start : m.start()]):
            cuts.append((m.start(), m.end()))
            cursor = m.end()
    for opening, again in ((_DECIDED_ABOUT, _AND_ABOUT), (_SAID_TO, _AND_TO_AGAIN)):
        about = opening.search(text, start, end)
        if about is not None:  # "beslutade om A och om B", "sa ja till A och till att B"
            again_about = again.search(text, about.end(), end)
            if again_about and len(text[about.end() : again_about.start()].split()) >= 2:
                cuts.append((again_about.start(), again_about.end()))
    cuts += _passive_clauses(text, start, end) + _motions_from(text, start, end)
    first = _FIRST_WORD.match(text, start, end)
    if first:
        again = re.compile(rf"(?<=[a-zåäö)])\s+(?={re.escape(first.group(1))}\b)")
        cuts += [
            (m.start(), m.end())
            for m in again.finditer(text, first.end(), end)
            if not _INSIDE_PHRASE.search(text, start, m.start())
        ]
    parts: list[tuple[int, int]] = []
    cursor = start
    for cut_start, cut_end in sorted(cuts):
        if cut_start > cursor:
            parts.append((cursor, cut_start))
            cursor = cut_end
    parts.append((cursor, end))
    return parts

"""Initiatives a page names by calling them so: "som heter", "den så kallade", a quoted
name after any effort noun, and the names a list of projects gives.

Why apart from ingest.rules.initiative_names: those rules read a name after a definite
generic noun ("projektet X"); pages about funding and regional development name their
projects in other frames (invented examples):

- initiative.called: "ett EU-projekt som heter ”Smart hamn”", "nätverket med namnet
  ”Grön tråd”", a quoted name after the verb, or a capitalised one after "fått namnet"
  ("pilotprojektet som har fått namnet Tillitsbyrån."); an effort noun must stand before
  it in the sentence.
- initiative.so_called: "den så kallade Ådalsbanan", "det så kallade Kustlyftet": a
  capitalised word after "så kallade" names an effort, unless its head names a document,
  a body or a law.
- initiative.quoted_noun: a quoted name after an effort noun in any case or compound,
  "Uppdraget ”Digitala Dalsland”", "EU-projektet ”Hav i balans”", "ett projekt ”X”".
- initiative.defined_subject: "BY2030 är en gemensam satsning där ...", "Byalyftet är ett
  projekt som ...": a capitalised name opening a sentence and defined as an effort, when the
  page also writes it inside a sentence ("Kommunen är med i BY2030"), which shows it is a
  name and not a sentence's capitalised first word ("Det är ett projekt"). A longer name
  with lower-case words needs no second mention when the definition goes on ("Kombinerad
  mobilitet i X är ett nytt samarbetsprojekt där ..."), unless it opens with a pronoun or
  a generic noun, names an organisation, or its head names a document or agreement.
- initiative.project_list: "Bland projekten finns Leader Kustland och Grön Omställning I
  som ...", "Två beviljade projekt är A och B", "sju projekt som får pengar, det handlar
  bland annat om A och B": the names a list of projects gives, each from a capital (past
  an owner's genitive, "Region Xs Nya vägar") up to ", ", " och " before a capital, " som "
  or the sentence's end.
"""

from __future__ import annotations

import re

from ingest.context import Context
from ingest.language.regex_guard import compile_guarded, first_letters_ahead
from ingest.language.segment import Span

__all__ = ["DEFINED_AS_EFFORT", "called_names"]

Found = tuple[int, int, str, str]  # start, end, name, rule

# Nouns that name documents, bodies or laws, never an effort.
_NOT_EFFORT = re.compile(
    r"(?:strategi|plan|program|policy|riktlinj|rutin|överenskommels|nämnd|styrels|"
    r"myndighet|förvaltning|kommun|region|råd|förbund|bolag|lag|förordning|löfte|avtal|"
    r"deklaration)"
    # an inflection only: "Lapland" holds "plan" but is no plan
    r"(?:en|et|n|na|er|erna|ar|arna|s|ens|ets)?$",
    re.I,
)
_EFFORT_WORDS = (
    "projekt|projektet|satsning|satsningen|uppdrag|uppdraget|nätverk|nätverket|initiativ|"
    "initiativet|kampanj|kampanjen|samarbete|samarbetet|utvecklingsarbetet|konceptet|modellen"
)
_EFFORT_NOUN = (
    r"[\wåäöÅÄÖ-]*?" + first_letters_ahead(_EFFORT_WORDS.split("|")) + f"(?i:{_EFFORT_WORDS})"
)
_QUOTE_OPEN = '"”“«'
_QUOTE_CLOSE = '"”“»'
_QUOTED = rf"[{_QUOTE_OPEN}](?P<name>[A-ZÅÄÖ][^{_QUOTE_CLOSE}\n]{{2,70}}?)[{_QUOTE_CLOSE}]"
_CALLED = re.compile(
    rf"\b(?:som\s+heter|som\s+kallas|kallat|kallad|kallas|med\s+namnet|under\s+namnet)\s+"
    rf"{_QUOTED}"
)
# "pilotprojektet som har fått namnet Tillitsbyrån": a capitalised name, unquoted
_NAMED_BARE = compile_guarded(
    r"\b(?:(?:har\s+)?fått\s+namnet|med\s+namnet|under\s+namnet)\s+"
    r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ0-9][\wåäöÅÄÖ-]*){0,3})(?=\s*[.,;:!?])"
)
_QUOTED_NOUN = re.compile(rf"(?<![\wåäöÅÄÖ-]){_EFFORT_NOUN}\s+{_QUOTED}")
_NAME_WORD = r"(?:[A-ZÅÄÖ0-9][\wåäöÅÄÖ:-]*|[a-zåäö][\wåäö-]*)"
_SO_CALLED = compile_guarded(
    r"\b(?:den|det|de)\s+så\s+kallade\s+"
    r"(?P<name>[A-ZÅÄÖ][a-zåäö]{3,}(?:-[A-ZÅÄÖa-zåäö]+)?(?:\s+[A-ZÅÄÖ][a-zåäö]+){0,2})\b"
)
_LIST_CUE = compile_guarded(
    r"\b(?:[Bb]land\s+(?:de\s+[a-zåäö]+\s+)?projekten\s+(?:finns|märks)"
    r"(?:\s+bland\s+(?:annat|andra))?"
    r"|(?:beviljade|utvalda|nya|godkända)\s+projekt(?:en)?\s+(?:är|var)"
    r"|projekten\s+(?:är|heter)"
    # "har prioriterat sju projekt som får pengar, det handlar bland annat om A och B"
    r"|\bprojekt\b[^.;:\n]{0,80}?,\s+det\s+handlar\s+(?:bland\s+annat\s+)?om)\s+"
)
# "Bland de beviljade projekten finns Region Gävleborgs Nya X": the owner's genitive
_OWNER_GENITIVE = re.compile(r"s?[ \t]+(?=[A-ZÅÄÖ])")
# One listed name: a capital, then up to five words, up to a comma, "och" before a
# capital, "som" or the sentence's end.
_LISTED = re.compile(
    rf"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ:-]*(?:[ \t]+{_NAME_WORD}){{0,5}}?)"
    r"(?=,\s|\s+(?:och|samt)\s+[A-ZÅÄÖ]|\s+som\b|\s*[.;:!?]|\s*$)"
)
_DEFINED_SUBJECT = compile_guarded(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]+"
    r"(?:\s+(?:(?:för|mot|om|i)\s+)?[A-ZÅÄÖ0-9][\wåäöÅÄÖ-]+){0,3})"
    r"\s+(?:är|var)\s+(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?"
    r"(?:[a-zåäö-]*(?:satsning|projekt|nätverk|samarbete|initiativ)|plattform)\b",
    re.M,
)
# "Kombinerad mobilitet i Blekinge är ett nytt samarbetsprojekt där ...": a sentence that
# defines its subject as an effort names it, lower-case words and all.
# "är ett nytt samarbetsprojekt": a predicate that says what an effort is
DEFINED_AS_EFFORT = (
    r"(?:är|var)\s+(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?"
    r"[a-zåäö-]*(?:projekt|samarbete|nätverk|initiativ|satsning)\b"
)
_DEFINED_LONG = compile_guarded(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*"
    r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:[ \t]+[\wåäöÅÄÖ-]+){1,7}?)"
    rf"[ \t]+{DEFINED_AS_EFFORT}"
    r"(?=\s+(?:där|som|mellan|för|med|inom|vars)\b|\s*[,.])",
    re.M,
)
# Words that open a sentence about something else: a pronoun, a place, a generic noun.
_NOT_NAME_START = frozenset(
    {
        "det",
        "detta",
        "denna",
        "den",
        "här",
        "där",
        "vi",
        "vårt",
        "vår",
        "hela",
        "syftet",
        "målet",
        "tanken",
        "arbetet",
        "projektet",
        "satsningen",
        "nätverket",
        "samarbetet",
        "initiativet",
        "uppdraget",
        "resultatet",
        "ett",
        "en",
        "i",
        "för",
        "som",
        "alla",
    }
)
_JOIN = re.compile(r",\s+|\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])")


def _effort_before(ctx: Context, pos: int) -> bool:
    """An effort noun stands earlier in the sentence of `pos`."""
    sentence = ctx.sentence_of(pos)
    start = sentence.start if sentence is not None else max(0, pos - 120)
    return re.search(rf"(?<![\wåäöÅÄÖ-]){_EFFORT_NOUN}\b", ctx.text[start:pos]) is not None


# A generic noun alone points back to an effort; it names none.
_GENERIC = frozenset(
    {"projektet", "satsningen", "nätverket", "samarbetet", "initiativet", "arbetet", "programmet"}
)


def _effort_name(name: str) -> bool:
    """A name whose first and last words name no document, body or law ("Handlingsplan
    för X", "Nätverket för kommunerna"); a plural inside may ("Digitala kommuner i X")."""
    words = name.split()
    return not any(_NOT_EFFORT.search(w) for w in {words[0], words[-1]})


def _quoted_effort(ctx: Context, name: str, start: int) -> bool:
    """A quoted name: its first word names no document or body, and the document rules
    read no document in it ("”Målmedvetenhet på hemmaplan”" ends in "plan" yet is none)."""
    if _NOT_EFFORT.search(name.split()[0]):
        return False
    return not ctx.documents_in(Span(start, start + len(name)))


def _listed(ctx: Context, start: int) -> list[Found]:
    found: list[Found] = []
    pos = start
    owner = next((a for a in ctx.actors if a.start == pos), None)
    owned = owner is not None and ctx.text[owner.end - 1 : owner.end + 1].rstrip().endswith("s")
    genitive = _OWNER_GENITIVE.match(ctx.text, owner.end) if owner and owned else None
    pos = genitive.end() if genitive is not None else pos
    while len(found) < 8:
        m = _LISTED.match(ctx.text, pos)
        if m is None:
            break
        name = " ".join(m.group("name").split())
        if _effort_name(name):
            found.append((m.start("name"), m.end("name"), name, "initiative.project_list"))
        join = _JOIN.match(ctx.text, m.end())
        if join is None:
            break
        pos = join.end()
    return found


def called_names(ctx: Context) -> list[Found]:
    """Initiative names the page calls so, with their spans and rules."""
    text = ctx.text
    found: list[Found] = []
    for m in _CALLED.finditer(text):
        name = " ".join(m.group("name").split())
        if _effort_before(ctx, m.start()) and _quoted_effort(ctx, name, m.start("name")):
            found.append((m.start("name"), m.end("name"), name, "initiative.called"))
    for m in _NAMED_BARE.finditer(text):
        name = m.group("name")
        if _effort_before(ctx, m.start()) and _quoted_effort(ctx, name, m.start("name")):
            found.append((m.start("name"), m.end("name"), name, "initiative.called"))
    for m in _QUOTED_NOUN.finditer(text):
        name = " ".join(m.group("name").split())
        if _quoted_effort(ctx, name, m.start("name")):
            found.append((m.start("name"), m.end("name"), name, "initiative.quoted_noun"))
    for m in _SO_CALLED.finditer(text):
        if _effort_name(m.group("name")):
            found.append((m.start("name"), m.end("name"), m.group("name"), "initiative.so_called"))
    for m in _LIST_CUE.finditer(text):
        found.extend(_listed(ctx, m.end()))
    for m in _DEFINED_SUBJECT.finditer(text):
        name = m.group("name")
        inside = re.search(rf"[a-zåäö,]\s+{re.escape(name)}(?![\wåäöÅÄÖ-])", text)
        if name.lower() in _GENERIC:
            continue  # "... idrottsevenemang Projektet är ett ...": a lost full stop
        if inside is not None and _effort_name(name):
            found.append((m.start("name"), m.end("name"), name, "initiative.defined_subject"))
    for m in _DEFINED_LONG.finditer(text):
        name = m.group("name")
        words = name.split()
        if words[0].lower() in _NOT_NAME_START or not _effort_name(name):
            continue
        if any(a.start < m.end("name") and m.start("name") < a.end for a in ctx.actors):
            continue  # "Region Blekinge och Trafikverket är ett ...": organisations
        found.append((m.start("name"), m.end("name"), name, "initiative.defined_subject"))
    return found

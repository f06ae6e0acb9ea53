"""What a document mention's form says: a name set after its noun ("program Tillsammans
mot brott"), a title capitalised mid-sentence, a predicate naming the subject again, and
a capitalised definite compound that is a name ("antog Värmlandsstrategin")."""

from __future__ import annotations

import re
from typing import Protocol

from ingest.context import Context
from ingest.language.gazetteer import on_place
from ingest.language.segment import Span
from ingest.rules.document_cand import Cand
from ingest.rules.document_names import restated
from ingest.rules.document_topic_stop import TOPIC_STOP
from ingest.rules.document_words import BARE_NOUNS, NOUNS, named_county


class Phrase(Protocol):
    """A document noun with the words before it (document_mentions._Phrase)."""

    @property
    def surface(self) -> str: ...

    def group(self, name: str) -> str | None: ...

    def start(self) -> int: ...

    def end(self) -> int: ...


# "Kulturplanen är Region Östergötlands program": the predicate names the subject.
_PREDICATE = re.compile(
    r"\s+(?:är|utgör|blir|(?:ska|skall|kommer\s+att)\s+(?:vara|bli|utgöra))\s+(?:en\s+|ett\s+)?(?:(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+)*[\wåäöÅÄÖ-]+s\s+)?$"
)

# "regeringens brottsförebyggande program Tillsammans mot brott till riksdagen": a name
# set after the noun, a capitalised word and the lower-case phrases its prepositions join
# (one at least: a capitalised word alone may open the next sentence of glued text).
# A joined phrase may run over a few words, a place's genitive among them ("Tillsammans
# för jämlik hälsa och ett bra liv i X län"); the name ends before a verb (TOPIC_STOP)
# and before a preposition that joins no part of it ("... i vardagen till riksdagen").
_APPOSITION = re.compile(
    r"[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö]{2,}(?:\s+(?:mot|för|om|i|och|med|utan)"
    r"(?:\s+(?!(?:mot|för|om|i|och|med|utan|till|av|på|från|hos|vid|under|efter|inför|"
    r"genom|som|att|när|där)\b)"
    r"(?:[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+s\s+(?:län|kommun)|[A-ZÅÄÖ][a-zåäö]+)){1,4})+)"
    r"(?=[\s,.;]|$)"
)
_JOINER = re.compile(r"\s+(?:mot|för|om|i|och|med|utan|ett|en)$")


def appositive(ctx: Context, end: int, limit: int) -> tuple[str, int] | None:
    am = _APPOSITION.match(ctx.text, end, limit)
    if am is None or any(a.start == am.start("name") for a in ctx.actors):
        return None
    return _trimmed(am.group("name"), am.start("name"))


def _trimmed(name: str, start: int) -> tuple[str, int] | None:
    """A name (starting at `start`) cut before a verb and a joiner left dangling ("Tillsammans
    mot brott och": no word joined), and where it ends; none if one word is left."""
    stop = TOPIC_STOP.search(name)
    if stop is not None:
        name = name[: stop.start()]
    while (joiner := _JOINER.search(name)) is not None:
        name = name[: joiner.start()]
    if " " not in name:
        return None
    return name, start + len(name)


# "livsmedelsstrategin - Mer mat från Västerbotten är ...", "analys- och utvärderingsplan -
# Kunskap för tillväxt 2018" (an en dash or a hyphen): a name in sentence case set after a
# dash. Not a status ("Vindkraftsplan - Antagen 2018"), a draft's label or a body
# ("Kulturplan - Region X").
_DASHED = re.compile(
    r"[ \t]+[\u2013-][ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+(?:[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+|"
    r"(?:19|20)\d{2})){1,7})(?=[ \t]*(?:[.,;:(\n]|$)|\s+[a-zåäö])"
)
_NOT_NAMES = re.compile(
    r"(?:Antagen|Antaget|Beslutad|Fastställd|Reviderad|Godkänd|Uppdaterad|Förslag|Remiss|"
    r"Region|Kommun|Länsstyrelsen|Regeringen|Läs|Ladda|Pdf|Dnr)\b"
)


def dashed_name(ctx: Context, end: int, limit: int) -> tuple[str, int] | None:
    """The name set after a document noun ending at ``end`` behind a dash, and where it
    ends (before a verb: "Mer mat från Västerbotten är ett samarbete")."""
    dm = _DASHED.match(ctx.text, end, limit)
    if dm is None or _NOT_NAMES.match(dm.group("name")):
        return None
    if any(a.start == dm.start("name") for a in ctx.actors):
        return None
    return _trimmed(dm.group("name"), dm.start("name"))


def capital_mid(ctx: Context, m: Phrase, sentence_start: int) -> bool:
    """A capitalised mention where no sentence or line starts is a title."""
    if not m.surface[:1].isupper():
        return False
    before = ctx.text[sentence_start : m.start()]
    return bool(before.strip()) and not before.rstrip(" \t").endswith(("\n", ":", "\u2013", "-"))


# A line's start, up to a dash or bullet marker.
_ITEM_OPEN = re.compile(r"[^\S\n]*(?:[-\u2013\u2022*][^\S\n]*)?")


def own_line(ctx: Context, m: Phrase, end: int) -> bool:
    """'- Policy för information i X kommun', or that line as a heading mid-page: a bare
    noun with its topic (to `end`) that is a whole line or list item of its own is a title."""
    if m.group("compound") or not m.group("noun"):
        return False
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    line_end = ctx.text.find("\n", end)
    rest = ctx.text[end : len(ctx.text) if line_end == -1 else line_end]
    opens = _ITEM_OPEN.fullmatch(ctx.text, line_start, m.start()) is not None
    return opens and end > m.end() and not rest.strip(" \t")


# "Vindkraftsplan - antagen av kommunfullmäktige ...", "Centrumplan.pdf - fastställd 2009":
# a list of a body's documents, each line a title and its status.
_STATUS_AFTER = re.compile(
    r"(?:\.pdf)?[^\S\n]*(?:\([^()\n]{0,30}\))?[^\S\n]*[-\u2013:][^\S\n]*"
    r"(?:antagen|antogs|fastställd|fastställdes|reviderad|beslutad|godkänd|uppdaterad)\b",
    re.I,
)


def status_line(ctx: Context, m: Phrase, end: int) -> bool:
    """A capitalised compound opening a line (or list item) and followed by its adoption
    status is a title: 'Vindkraftsplan - antagen av kommunfullmäktige den 23 april 2018'."""
    if not m.surface[:1].isupper():
        return False
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    opens = _ITEM_OPEN.fullmatch(ctx.text, line_start, m.start()) is not None
    return opens and _STATUS_AFTER.match(ctx.text, end) is not None


def opening_title(ctx: Context, sentence: Span, start: int, end: int, topic: str | None) -> bool:
    """'Handlingsplan för bostadsförsörjning antogs.', 'Riktlinjer för markanvisning gäller':
    a bare document noun with its topic opening a sentence that goes on is a title (a
    singular common noun there would take an article)."""
    opens = not ctx.text[sentence.start : start].strip()
    if _GENERIC_AFTER.match(ctx.text, end, sentence.end):
        return False  # "Riktlinjer för X ska antas varje mandatperiod": what the law asks
    rest = ctx.text[end : sentence.end].strip(" \t.!?\n")
    said = ctx.text[sentence.start : sentence.end].rstrip()
    # A headline ("Överenskommelse kring missbruk godkänd") shortens the title it announces.
    headline = not said.endswith((".", "!", "?")) and " " not in rest
    return bool(topic) and opens and bool(rest) and not headline


_GENERIC_AFTER = re.compile(r"\s+(?:ska|skall|bör|måste|kan|kommer\s+att|behöver)\b")


def is_predicate(ctx: Context, start: int, sentence_start: int, found: list[Cand]) -> bool:
    if restated(ctx, sentence_start, start):
        return True
    subject = next((c for c in reversed(found) if sentence_start <= c.start < start), None)
    return (
        subject is not None
        and not ctx.text[sentence_start : subject.start].strip()
        and bool(_PREDICATE.fullmatch(ctx.text, subject.end, start))
    )


def mention_name(ctx: Context, m: Phrase, sentence_start: int, word: str) -> str:
    """'Värmlandsstrategin', 'antog Dalastrategin' mid-sentence: a capitalised definite
    compound on a place's name is a name (anywhere, if on a county's name). One on a
    topic ('Livsmedelsstrategin', 'VA-planen') is the noun capitalised, titled in its
    indefinite form as the development gold writes it."""
    surface = m.surface
    if (
        m.group("definite")
        and not m.group("det")
        and surface[:1].isupper()
        and word.lower() not in BARE_NOUNS
        # "Avsiktsförklaringen för en god hälsa": a generic noun capitalised before its
        # topic is a title, not a name.
        and not (word.lower() in NOUNS and _TOPIC_NEXT.match(ctx.text, m.end()))
        # At a sentence's start only a compound on a county's name ("Sörmlandsstrategin
        # antogs"); "Klimatstrategin antogs" there is the noun capitalised by position.
        and (ctx.text[sentence_start : m.start()].strip() or named_county(surface, word))
        and on_place(word[: len(word) - len(m.group("noun") or "")])
    ):
        return surface.removesuffix("s") if m.group("gen") else surface
    return ""


_TOPIC_NEXT = re.compile(r"\s+(?:för|mot|om)\s")


# "strategi för Kalmar län, RUS 2030, beslutades": an acronym and its target year set
# off after the mention name the document.
# "gällande översiktsplan, ÖP2030," / "då gällande översiktsplan, ÖP08.": glued, or a
# two-digit year.
_ACRONYM = re.compile(
    r",\s+(?P<name>[A-ZÅÄÖ]{2,6}(?:\s+(?:19|20)\d{2}(?=\s*,)|(?:19|20)?\d{2}(?=\s*[,.;)])))"
)


def acronym_name(ctx: Context, end: int, limit: int) -> tuple[str, int] | None:
    am = _ACRONYM.match(ctx.text, end, limit)
    if am is None or any(a.start == am.start("name") for a in ctx.actors):
        return None
    return am.group("name"), am.end()


# "den regionala handlingsplanen ANDT", "Handlingsplan HBTQ 2021-2024": an acronym right
# after the noun is the topic it names (not a body's: "planen KS antog" has an actor).
_ACRONYM_TOPIC = re.compile(
    # (not a capitalised heading's conjunction: "JÄMSTÄLLDHETSPOLICY OCH JÄMSTÄLLDHETSPLAN")
    r"[ \t]+(?!(?:OCH|SAMT|ELLER|FÖR|MED|MOT|TILL|AV|OM|PÅ|VID)(?![\wåäöÅÄÖ-]))"
    r"(?P<acr>[A-ZÅÄÖ]{2,6}(?:[ \t]+(?:19|20)\d{2}(?:[ \t]*[\u2013-][ \t]*(?:19|20)\d{2})?)?)"
    r"(?![\wåäöÅÄÖ-])(?![ \t]*[:(])"
)


def acronym_topic(ctx: Context, end: int, limit: int) -> tuple[str, int] | None:
    """The acronym set right after a document noun ending at `end`, and where it ends."""
    am = _ACRONYM_TOPIC.match(ctx.text, end, limit)
    if am is None or any(a.start <= am.start("acr") < a.end for a in ctx.actors):
        return None
    return am.group("acr"), am.end()

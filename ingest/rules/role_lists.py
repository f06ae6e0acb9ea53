"""People listed one after another in minutes, with their titles.

Why a list is read whole: in "Beslutande Anna Ek (S), ordförande Bo Berg (M)" and in
"Övriga närvarande kanslichef Cia Ceder, ekonomichef Dan Dahl" a title stands
between two names, and only the list's own order says whose it is. The first item
decides: a list that starts with a name gives each title to the name before it
("Name, title"); one that starts with a title gives it to the name after it
("title Name"). A name that already has its title takes none from the other side.
Names followed by titles in a run ("Ann Ek Bo Berg Cia Ceder socialchef, rektor") are
table columns flattened by the PDF reader: they are not paired.

A title right after a name with a comma ("Eva Ek, rektor"), in brackets ("Eva Ek (S)
(ordförande)") or with a party and no column of titles after it ("Eva Ek (S) ordförande
Bo Berg") is that name's all the same; a list that starts with a title and ends on
", title" is read "Name, title" (its first title heads a column: "Tjänsteman Eva Ek,
kanslichef Bo Berg, rektor").

Lists start after an attendance or signature heading ("Beslutande", "Närvarande",
"Ledamöter", "Tjänstgörande ersättare", "Övriga närvarande/deltagande",
"Paragraf", "Underskrifter", and "Utses att justera" where a head gives its fields before
its people); a list runs over names (with a party, also "(s)",
"( c )"), titles, commas, paragraph numbers and member words ("ledamot", "ersättare
för Bo Berg (M)", "ej 72"), and ends at any other word.

- role.attendance: a meeting's chair or vice chair (the settled convention) serves the
  body whose minutes these are; members, secretaries and staff listed as present hold no
  recorded role, and one named only with a title ("Eva Ek, E-strateg på
  socialförvaltningen, 43") is not made a person here;
- role.signature_run: the same, in a run "Name Title Name Title" with no heading
  (a signature block flattened onto one line), where, with two signers or more, any
  title but the meeting's own functions (sekreterare, justerare) is an office held
  ("Björn Eriksson Landshövding Magnus Holgersson Länsråd").
A minutes' head (ingest.rules.minutes_head) is the lists' alone: the sentence rules leave
its people to them, so staff present there hold no role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.context import Context
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.rules.minutes_head import minutes_head_spans
from ingest.rules.person_names import CONF_PATTERN, add_party, add_person
from ingest.rules.role_common import role_link
from ingest.rules.role_owner import resolve
from ingest.rules.role_page_bodies import CUT_ATTENDANCE
from ingest.rules.role_titles import (
    NAME,
    PARTY,
    TITLE,
    TITLE_RE,
    base_title,
    head_words,
    is_title,
    name_words,
    plausible_name,
)

CONF_LIST = 0.75

_HEADING = compile_guarded(
    r"\b(?:Beslutande(?:\s+[Ll]edamöter)?|Närvarande(?:\s+[Ll]edamöter|\s+ersättare)?|Ledamöter|"
    r"(?:Icke\s+)?[Tt]jänstgörande\s+ersättare|Ersättare|Övriga\s+(?:närvarande|deltagande|"
    r"deltagare)|Övriga(?=[ \t]*:)|Tjänstemän|Paragraf(?:er)?|Underskrifter"
    # a head whose fields come first: "Beslutande Övriga deltagare Utses att justera Eva
    # Ek (S), ordförande Bo Berg (S), ledamot ..." lists its people after the last field
    r"|Utses\s+att\s+justera|" + CUT_ATTENDANCE + r")\b[ \t]*:?"
)
# Commas, spaces, line breaks (a blank line too) and signature lines ("______", "…….").
_SEPARATOR = re.compile(r"(?:[ \t]*(?:,|_{3,}|[.…]{3,}|-{3,})?[ \t]*(?:\n[ \t]*){0,2})+")
_GROUP = re.compile(r"[Ff]ör\s+")
# A party as old minutes write it too: "(S)", "( c )", "(fp)", a lost bracket "S)".
_PARTY = re.compile(rf"(?: ?\(\s*| )(?P<party>{PARTY})\s*\)", re.I)
_COMMA_PARTY = re.compile(rf",[ \t]*\(\s*(?P<party>{PARTY})\s*\)", re.I)
# "Maria Ek, C, ordförande Bo Berg, M": the party between commas; old minutes write it
# in lower case ("Eva Ek, s, ordförande Bo Berg, s vice ordförande").
_BARE_PARTY = re.compile(
    rf",[ \t]*(?P<party>(?i:{PARTY}))(?=[ \t]*(?:,|\n|$|[ \t][A-ZÅÄÖ]|[ \t]{TITLE}))"
)
# Paragraph numbers, "ej 72 och 83", and the words that say a name is a member, not an
# officer: "ledamot", "tjg ersättare", "ersättare för Bo Berg (M)".
_SKIP = re.compile(
    r"(?:§+\s*)?\d+(?:\s*-\s*\d+)?(?=[\s,])|ej\s+(?:§+\s*)?\d+(?:\s*(?:-|,|och)\s*\d+)*|"
    rf"(?:tjg\.?\s+|tjänstgörande\s+)?(?:ledamot|ersättare)(?:\s+för\s+{NAME}"
    rf"(?:\s*\({PARTY}\))?)?(?![\wåäö])"
)
# A name (with its party) right before a capitalised title.
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})(?: \({PARTY}\))?[ \t]+$")
_TITLE_END = re.compile(rf"{TITLE}[ \t]+$", re.I)
# The settled convention: of the people a list names, only a meeting's leading officers
# hold a recorded role ("ordförande", "förste vice ordförande"); a listed member,
# secretary or official ("Eva Ek, förvaltningschef") is only present.
_LEADING = re.compile(
    r"(?:(?:tf\.?|t\.f\.)\s+)?(?:(?:förste|första|andre|andra|tredje|\d:[ae]|\de)\s+)?(?:vice\s+)?ordf(?:örande)?\b",
    re.I,
)


@dataclass(slots=True)
class _Item:
    start: int
    end: int  # end of the title or the name
    stop: int  # end of the item, with a name's party
    title: bool
    party: str | None = None
    taken: bool = False  # a name that has its title


# "Eva Ek (S) (ordförande)": a title in brackets after the name and its party.
_BRACKETED = re.compile(rf"\(\s*(?P<title>{TITLE})\s*\)", re.I)


# "Eva Ek, E-strateg på socialförvaltningen, 43 Bo Berg": where the staff member works,
# up to the entry's comma.
_WORKPLACE = re.compile(r"[ \t]+(?:på|vid|inom)[ \t]+[^,\n]{2,60}?(?=,)")


def _item(text: str, pos: int) -> _Item | None:
    bracketed = _BRACKETED.match(text, pos)
    if bracketed is not None:
        return _Item(bracketed.start("title"), bracketed.end("title"), bracketed.end(), True)
    title = TITLE_RE.match(text, pos)
    if title is not None and (workplace := _WORKPLACE.match(text, title.end())):
        return _Item(pos, title.end(), workplace.end(), True)
    if title is not None:
        party = _PARTY.match(text, title.end())  # "Eva Ek, ordförande (C)": the name's party
        if party is not None:
            return _Item(pos, title.end(), party.end(), True, party.group("party").upper())
        return _Item(pos, title.end(), title.end(), True)
    words = name_words(text, pos)
    if not plausible_name(text, words, loose=True):  # the heading says these are people
        return None
    end = words[-1][1]
    party = _PARTY.match(text, end) or _COMMA_PARTY.match(text, end)  # "Eva Ek, (S)"
    party = party or _BARE_PARTY.match(text, end)
    if party is not None:
        return _Item(pos, end, party.end(), False, party.group("party").upper())
    return _Item(pos, end, end, False)


def _list_from(ctx: Context, pos: int) -> list[_Item]:
    text = ctx.text
    items: list[_Item] = []
    while True:
        sep = _SEPARATOR.match(text, pos)
        start = sep.end() if sep else pos
        skip = _SKIP.match(text, start)
        if skip is not None:
            pos = skip.end()
            continue
        group = _GROUP.match(text, start)  # "För Socialnämnden": whom the next ones represent
        actor = next((a for a in ctx.actors if a.start == (group.end() if group else start)), None)
        if actor is not None:
            pos = actor.end
            continue
        item = _item(text, start)
        if item is None or _HEADING.match(text, start):
            return items
        items.append(item)
        pos = item.stop


def _pairs(text: str, items: list[_Item]) -> list[tuple[_Item, _Item]]:
    """(name, title) pairs in the list's own order (see the module's docstring)."""
    if all(i.title for i in items) or not any(i.title for i in items):
        return []
    if (
        len(items) >= 4
        and items[0].title
        and items[-1].title
        and not items[1].title
        and "," in text[items[-2].stop : items[-1].start]
    ):
        # "Tjänsteman Eva Ek, kanslichef Bo Berg, rektor": a list that ends on ", title"
        # reads "Name, title"; the title it starts with heads a column.
        items = items[1:]
    backward_first = not items[0].title
    out: list[tuple[_Item, _Item]] = []
    for k, title in enumerate(items):
        if not title.title:
            continue
        before = items[k - 1] if k > 0 and not items[k - 1].title else None
        # "Eva Ek, rektor" and "Eva Ek (S) ordförande Bo Berg": the title is Eva Ek's, as
        # no column of titles follows it.
        column = k + 1 < len(items) and items[k + 1].title
        comma = before is not None and "," in text[before.stop : title.start]
        bound = comma or (before is not None and before.party is not None and not column)
        run = next((n for n in range(k) if items[k - 1 - n].title), k)  # names right before
        if (run >= 3 and not bound) or (run >= 2 and column and not comma):
            before = None  # names, then titles: columns read across, no longer paired
        after = items[k + 1] if k + 1 < len(items) and not items[k + 1].title else None
        order = (before, after) if backward_first else (after, before)
        name = next((n for n in order if n is not None and not n.taken), None)
        if name is not None:
            name.taken = True
            out.append((name, title))
    return out


# A meeting's own functions: in a signature block too, no office held
_MEETING_FUNCTION = re.compile(r"(?:mötes)?sekreterare|justerare|protokollförare", re.I)


def _link(
    ctx: Context, sink: FactSink, name: _Item, title: _Item, rule: str, signers: bool = False
) -> None:
    text = ctx.text
    person = next((p for p in ctx.persons if p.start == name.start), None)
    party = name.party or (title.party if title.start > name.start else None)
    role = base_title(text[title.start : title.end])
    # "Björn Eriksson Landshövding Magnus Holgersson Länsråd" under a plan: who signed it
    # signed in office, whatever the office (one name and title alone is a contact's card)
    signed = signers and not _MEETING_FUNCTION.fullmatch(role)
    leading = signed or bool(_LEADING.fullmatch(role))
    if person is None and not leading:
        return  # listed as present with a title: staff, not annotated (no node either)
    if person is None:
        person = add_person(
            ctx, sink, text[name.start : name.end], party, name.start, name.stop,
            "person.attendance", CONF_PATTERN,
        )  # fmt: skip
    if person is None:
        return
    if party and not name.party:
        add_party(ctx, sink, person, party, title.stop)
    if not leading:
        return  # listed as present: members, secretaries and staff hold no recorded role
    org = resolve(ctx, sink, title.start, title.end, role, genitive=None, listed=True)
    start, end = min(name.start, title.start), max(name.stop, title.stop)
    role_link(ctx, sink, person, org, role, rule, CONF_LIST, start, end)


def _name_before(text: str, pos: int) -> int | None:
    """Where the name (with a known given name) right before `pos` starts: "Meddelanden
    Eva Ek" -> at "Eva"."""
    m = _NAME_BEFORE.search(text, max(0, pos - 70), pos)
    if m is None:
        return None
    for word in re.finditer(r"\S+", m.group("name")):
        words = name_words(text, m.start() + word.start())
        if words and words[-1][1] == m.end("name") and plausible_name(text, words):
            return words[0][0]
    return None


def _signature_runs(ctx: Context, spans: list[tuple[int, int]]) -> list[list[_Item]]:
    """Runs "Name Title Name Title" on one line, with no heading: signature blocks
    flattened by the PDF reader ("Eva Ek Ordförande Bo Berg Sekreterare"). A run starts
    at a name with a known given name and no title right before it, each capitalised
    title right after its name; it alternates name and title and ends on a title, else
    its order is unclear ("Ordförande Eva Ek Sekreterare Bo Berg": labels before names)."""
    text = ctx.text
    runs: list[list[_Item]] = []
    for w_start, w_end in head_words(text):
        if not text[w_start].isupper() or not is_title(text[w_start:w_end]):
            continue
        if any(s <= w_start < e for s, e in spans):
            continue
        start = _name_before(text, w_start)
        if start is None or _TITLE_END.search(text, max(0, start - 40), start):
            continue
        items = _list_from(ctx, start)
        kinds = [i.title for i in items]
        if len(items) % 2 or not items or kinds != [bool(k % 2) for k in range(len(items))]:
            continue
        if "\n" in text[items[0].start : items[-1].stop]:
            continue  # lines of their own: ingest.rules.extract_roles reads name and title lines
        runs.append(items)
        spans.append((items[0].start, items[-1].stop))
    return runs


# A signature block flattened field by field: "Underskrifter Sekreterare Paragrafer 76-86
# Eva Ek Ordförande Bo Berg Justerare ...": its labels stand before their names, and the
# first name after "Paragrafer" is the secretary's, labelled before that field.
_SECRETARY_FIELD = re.compile(r"\bSekreterare[\s.…]*$")


def _attendance_lists(ctx: Context) -> list[list[_Item]]:
    """The items of each list after an attendance heading (fresh each call: pairing marks
    the names it takes)."""
    found: list[list[_Item]] = []
    for heading in _HEADING.finditer(ctx.text):
        items = _list_from(ctx, heading.end())
        before = ctx.text[max(0, heading.start() - 30) : heading.start()]
        if items and not items[0].title and _SECRETARY_FIELD.search(before):
            items = items[1:]  # the secretary's name: the labels now come first
        if items:
            found.append(items)
    return found


def attendance_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where the page's attendance lists and minutes' heads are (their people's titles are
    the lists' to read)."""
    listed = [(items[0].start, items[-1].end) for items in _attendance_lists(ctx)]
    return listed + minutes_head_spans(ctx.text)


def attendance_roles(ctx: Context, sink: FactSink) -> list[tuple[int, int]]:
    """Link the titled people of every list; returns the lists' spans, whose people the
    sentence rules must leave alone (their titles belong to their neighbours)."""
    spans: list[tuple[int, int]] = []
    for items in _attendance_lists(ctx):
        spans.append((items[0].start, items[-1].end))
        for name, title in _pairs(ctx.text, items):
            _link(ctx, sink, name, title, "role.attendance")
    for items in _signature_runs(ctx, spans):
        for name, title in _pairs(ctx.text, items):
            _link(ctx, sink, name, title, "role.signature_run", signers=len(items) >= 4)
    ctx.persons.sort(key=lambda p: (p.start, p.end))
    return spans + minutes_head_spans(ctx.text)

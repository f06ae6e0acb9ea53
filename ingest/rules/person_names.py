"""Where a person's name is: trigger contexts, contact entries, and repeats.

Why only in trigger contexts: without a statistical NER model, two capitalised
words are a name only where the page's own conventions say so -- after a
speech verb ("säger Peter Carlstedt"), after a role word ("ordförande
Carl-Gunnar Krooks"), after an appointing verb ("har utsett Eva Ek till"; a known given
name only), before a party "(S)", after "Sidansvarig:", or as the
first line of a contact entry. Once found, every other occurrence of the full
name is a mention too (person.known_name).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from graph.nodes import Person
from ingest import ids
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.language.gazetteer import first_names, given_name
from ingest.language.nlp import NAME_TOKEN, person_matcher
from ingest.language.regex_guard import compile_guarded
from ingest.rules.page_head import person_in_caption
from ingest.rules.person_contacts import ContactEntry
from ingest.rules.role_titles import NOT_NAME, PARTY, apposed, is_title, plausible_name

CONF_PATTERN = 0.85
CONF_KNOWN = 0.8

_NAME_TOKEN_RE = re.compile(NAME_TOKEN["TEXT"]["REGEX"].strip("^$"))
# "Eva Ek (S)", and "Eva Ek, (S)" as some pages set it
_PARTY_AFTER = re.compile(rf",? \(({PARTY})\)", re.I)  # also an older page's "(s)"
# A nobiliary or family particle before the last part of a surname.
_PARTICLE_TAIL = re.compile(
    r"(?:[ \t]+(?:de|von|af|van|der|den|da|di|du|la|le|el)){1,2}[ \t]+[A-ZÅÄÖ][a-zåäöéü]+"
    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?![\wåäö])"
)


def add_person(
    ctx: Context,
    sink: FactSink,
    name: str,
    party: str | None,
    start: int,
    end: int,
    rule: str,
    conf: float,
) -> PersonHit | None:
    """A person mention at [start, end), unless the words belong to an organisation's name
    or stand on a photo credit, caption or editor line."""
    name = _without_genitive(ctx.text, name, end)
    person = Person(id=ids.person_id(name), name=name, party=party)
    if any(a.start < end and start < a.end for a in ctx.actors) or person_in_caption(ctx, start):
        return None
    if not sink.mention(person, start, end, rule, conf):
        return None
    hit = PersonHit(start, end, person.id, name)
    ctx.persons.append(hit)
    return hit


def _without_genitive(text: str, name: str, end: int) -> str:
    """'Ylva Thörns förordnande': a name in the genitive before a noun is the name the page
    writes without the -s elsewhere ("säger Ylva Thörn"); else it stays as written."""
    if not name.endswith("s") or not re.match(r" [a-zåäö]", text[end : end + 2]):
        return name
    base = name[:-1]
    written = re.search(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text)
    return base if written else name


def add_party(ctx: Context, sink: FactSink, person: PersonHit, party: str, end: int) -> None:
    """The party stated after the person's title ("Eva Ek, ordförande (C)"): a mention
    of the person quoting the name to the party."""
    node = Person(id=person.node_id, name=person.name, party=party)
    sink.mention(node, person.start, end, "person.party_after_title", CONF_PATTERN)


def _name_tokens(rule: str, span: Span) -> Span:
    """The name within a person match: after the trigger words, before a party. A
    capitalised word before a known first name is no part of it ("Beslutande Leif
    Sandberg", "Kommunhuset Christian Björkqvist")."""
    if rule == "person.party_suffix":
        # "Eva Ek (S)", and "Eva Ek, (S) regionråd" with a comma before the bracket
        name = span[: len(span) - (4 if span[-4].text == "," else 3)]
    else:
        if span[-1].text in (",", "till", "som"):  # "samordnare, Eva Ek, finns", "utsett
            span = span[:-1]  # Eva Ek till": the word that closes the trigger
        start = len(span)
        while start > 0 and _NAME_TOKEN_RE.fullmatch(span[start - 1].text):
            start -= 1
        if rule == "person.role_prefix" and start == 0:
            start = 1  # "Landshövding Helene Hellmark Knutsson": the role word is not a name
        name = span[start:]
    if (
        rule != "person.party_suffix"
        and len(name) == 3
        and (name[2].text in NOT_NAME or is_title(name[2].text))
    ):
        # "Anne-Line Scheele Utses att justera", "Eva Ek Kommunchef Bo Berg": minutes
        # furniture or the next person's title in a flattened list.
        name = name[:2]
    while len(name) > 0 and name[0].text in NOT_NAME:
        name = name[1:]  # "Beslutande Eva Ek (S)": minutes furniture before the name
    names = first_names()
    if len(name) == 3 and name[0].text not in names and name[1].text in names:
        return name[1:]
    if len(name) == 3 and "-" in name[2].text and given_name(name[2].text):
        return name[:2]  # "Ordförande Arne Ek Bengt-Göran Berg": the next name's given name
    return name


def _plausible(text: str, name: Span) -> bool:
    """After a role word any first word will do, unless the role word is the apposition of
    a name before it ("Eva Ek, samordnare Okänd Grupp"). (`text` is the page's: Doc.text
    joins every token anew.)"""
    words = [(t.idx, t.idx + len(t.text)) for t in name]
    title_start = name.doc[name.start - 1].idx if name.start > 0 else 0
    loose = not apposed(text, title_start)
    return plausible_name(text, words, loose=loose)


def matched_persons(ctx: Context, sink: FactSink) -> None:
    """Persons in the trigger contexts of the shared person matcher (ingest.language.nlp)."""
    matcher = person_matcher()
    matches = [(ctx.doc.vocab.strings[i], ctx.doc[s:e]) for i, s, e in matcher(ctx.doc)]
    # Longest first, so "Sara Lehman Svensson" wins over "Sara Lehman".
    matches.sort(key=lambda m: (-len(m[1]), m[1].start))
    taken: list[tuple[int, int]] = []
    for rule, span in matches:
        name_span = _name_tokens(rule, span)
        if rule == "person.role_prefix" and not _plausible(ctx.text, name_span):
            continue  # "chef Folktandvården Karlsborg": an organisation, not a name
        if rule == "person.appointed" and not plausible_name(
            ctx.text, [(t.idx, t.idx + len(t.text)) for t in name_span]
        ):
            continue  # only a known given name opens a name after "utsett"
        if len(name_span) < 2 or any(
            name_span.start_char < e and s < name_span.end_char for s, e in taken
        ):
            continue
        name, name_end = name_span.text, name_span.end_char
        tail = _PARTICLE_TAIL.match(ctx.text, name_end) if rule != "person.party_suffix" else None
        if tail is not None:  # "Frida Lundquist de Oliveira": a surname with its particle
            name, name_end = ctx.text[name_span.start_char : tail.end()], tail.end()
        taken.append((name_span.start_char, name_end))
        party = span[-2].text.upper() if rule == "person.party_suffix" else None
        # For "Name (S)" the quoted mention includes the party, which it states.
        end_char = span.end_char if party else name_end
        after = _PARTY_AFTER.match(ctx.text, name_end)
        if party is None and after is not None:
            party, end_char = after.group(1).upper(), after.end()  # a longer trigger won it
        add_person(ctx, sink, name, party, name_span.start_char, end_char, rule, CONF_PATTERN)


# "Niklas Dason, S, kommunstyrelsens ordförande": the party between commas, as press
# texts write it; a title must follow, or "Eva Ek, S, M och V" would be a list.
_COMMA_PARTY = compile_guarded(
    r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"(?:\s[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})"
    rf",\s(?P<party>{PARTY}),\s+(?=[a-zåäö])"
)


def comma_party_persons(ctx: Context, sink: FactSink) -> None:
    """Persons named with their party between commas (person.party_comma)."""
    for m in _COMMA_PARTY.finditer(ctx.text):
        words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.group("name"))]
        words = [(s + m.start(), e + m.start()) for s, e in words]
        while words and ctx.text[words[0][0] : words[0][1]] in NOT_NAME:
            words = words[1:]  # "Ledamöter Maria Ek, C, ordförande": a list's heading first
        if len(words) < 2 or not plausible_name(ctx.text, words, party=True):
            continue
        start, name = words[0][0], ctx.text[words[0][0] : m.end("name")]
        known = next((p for p in ctx.persons if p.start < m.end("name") and start < p.end), None)
        if known is not None:  # "berättar Bo Berg, M, ...": found already, the party is new
            if known.start == start and known.end == m.end("name"):
                add_party(ctx, sink, known, m.group("party"), m.end("party"))
            continue
        add_person(
            ctx,
            sink,
            name,
            m.group("party"),
            start,
            m.end("party"),
            "person.party_comma",
            CONF_PATTERN,
        )


def contact_persons(ctx: Context, sink: FactSink, entries: list[ContactEntry]) -> None:
    for e in entries:
        rule = "person.contact_block" if e.rule == "contact" else "person." + e.rule[5:]
        add_person(ctx, sink, e.name, e.party, e.name_start, e.name_end, rule, CONF_PATTERN)


def known_names(ctx: Context, sink: FactSink) -> None:
    """Every other occurrence of a name already found is a mention of the same person."""
    known = sorted({p.name for p in ctx.persons})
    for name in known:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", ctx.text):
            if not any(p.start <= m.start() < p.end for p in ctx.persons):
                add_person(
                    ctx, sink, name, None, m.start(), m.end(), "person.known_name", CONF_KNOWN
                )
    ctx.persons.sort(key=lambda p: (p.start, p.end))

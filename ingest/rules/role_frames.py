"""Roles in fixed frames around a person's name, from the known role words.

- role.genitive_org_prefix: "Välfärdsnämndens ordförande Carl-Gunnar Krooks", also
  "kommunstyrelsens ordförande i Växjö kommun, X" when the place is the committee's
  own municipality;
- role.prefix_implied: "landshövding X" (county board), "kommundirektör X"
  (municipality), "lokalpolisområdeschef X" (Polismyndigheten, when on the page),
  "regionstyrelsens ordförande X" (the region);
- role.apposition_genitive_org: "X (M), kommunstyrelsens ordförande";
- role.kommunens_prefix: "Kommunens samordnare Anna-Karin Hasselborg";
- role.apposition_in_org: "Jonne Norlin (S), ordförande i <committee>";
- role.apposition_municipal: "Peter Carlstedt, kommundirektör" (a role that only
  exists in a municipality: linked to the page's municipality);
- role.sidansvarig.publisher: "Sidansvarig: Name" -> the page's municipality.
A person inside an attendance list is left to that list (ingest.rules.role_lists): staff
listed as present ("Övriga deltagande Eva Ek, kommundirektör") hold no recorded role.
"""

from __future__ import annotations

import re

from ingest import ids
from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.language.nlp import ROLE_HEAD_RE
from ingest.rules.actor_named_owner import line_municipality
from ingest.rules.person_names import add_party
from ingest.rules.role_common import (
    CONF_ROLE,
    CONF_ROLE_PUBLISHER,
    MUNICIPAL_ONLY_ROLES,
    actor_at,
    genitive_part,
    implied_org,
    person_at,
    publisher_id,
    role_link,
    same_municipality,
)
from ingest.rules.role_delegations import delegation_org
from ingest.rules.role_lists import attendance_spans
from ingest.rules.role_title_heads import TITLE_HEADS
from ingest.rules.role_titles import GENITIVE_BODY, NAME, PARTY, QUALIFIER, SIDE

_PARTY = PARTY
_ROLE = ROLE_HEAD_RE
# After an organisation's genitive, the open list of title heads too ("SKL:s vd X"): the
# genitive says whose title it is.
_OPEN_ROLE = rf"(?:{ROLE_HEAD_RE}|[a-zåäö]*(?:{'|'.join(TITLE_HEADS)}))"
_ORG_GENITIVE = rf"(?P<org>{GENITIVE_BODY})"
_GENITIVE_BEFORE = re.compile(
    rf"{_ORG_GENITIVE}\s+(?P<role>{_OPEN_ROLE})(?:\s+i\s+(?P<place>[^,\n]+?),)?,?\s+$", re.I
)
_IMPLYING_BEFORE = re.compile(
    rf"(?<![\w-])(?P<role>(?:{QUALIFIER}\s+)?(?:(?:regionstyrelsens|regionfullmäktiges)\s+"
    rf"ordförande|{_ROLE}))\s+$",
    re.I,
)
# "X (S), kommunstyrelsen ordförande": a body's definite form slipped for its genitive.
_SLIPPED_GENITIVE = r"(?P<slip>[\wåäö-]+(?:styrelsen|nämnden))"
_GENITIVE_AFTER = re.compile(
    rf"(?:\s*\((?:{_PARTY})\)|,\s(?-i:{_PARTY}))?,\s+(?:{_ORG_GENITIVE}|{_SLIPPED_GENITIVE})"
    rf"\s+(?P<role>{_OPEN_ROLE})\b",
    re.I,
)
_KOMMUNENS_BEFORE = re.compile(rf"\b[Kk]ommunens\s+(?P<role>{_ROLE})\s+$")
# "projektledare för den ideella föreningen X": the kind of organisation before its name.
_KIND_OF_ORG = (
    r"(?:(?:den|det)\s+(?:[a-zåäö]+\s+)?)?"
    r"(?:föreningen|organisationen|stiftelsen|bolaget|företaget|nätverket)\s+"
)
_IN_ORG_AFTER = re.compile(
    rf"(?:\s*\((?:{_PARTY})\))?,\s+(?:nya?\s+)?(?P<role>{_ROLE})\s+(?:i|för|på|vid)\s+"
    rf"(?:{_KIND_OF_ORG})?",
    re.I,
)
_LATE_PARTY = re.compile(rf"{SIDE}\s*\((?P<party>{_PARTY})\)", re.I)
_MUNICIPAL_AFTER = re.compile(
    rf",\s+(?:nya?\s+)?(?P<role>{'|'.join(MUNICIPAL_ONLY_ROLES)})\b", re.I
)


# "Niklas Daoson, ", "Anna Ek (S), ": a person right before a title, apposed to it
_APPOSED = re.compile(rf"(?:\s*\((?:{_PARTY})\))?,\s*$")


def _apposed(ctx: Context, start: int) -> bool:
    """A person's name (and party) and a comma end right before `start`."""
    return any(p.end <= start and _APPOSED.fullmatch(ctx.text, p.end, start) for p in ctx.persons)


def _folded(role: str) -> str:
    """A title in lower case, but an acronym as written ("VD")."""
    return role if role.isupper() else role.lower()


def _names_next(ctx: Context, end: int) -> bool:
    """A person's name follows the title ending at `end` (a space apart)."""
    return any(p.start > end and not ctx.text[end : p.start].strip() for p in ctx.persons)


def _genitive_before(ctx: Context, sink: FactSink, person: PersonHit, window: str) -> bool:
    m = _GENITIVE_BEFORE.search(window)
    if not m:
        return False
    offset = person.start - len(window)
    if "," in m.group()[-3:] and _apposed(ctx, offset + m.start()):
        return False  # "A, kommunstyrelsens ordförande, B": A's title, in a list
    actor = next((a for a in ctx.actors if a.end == offset + m.end("org")), None)
    place_ok = m.group("place") is None or same_municipality(
        ctx, actor, offset + m.start("place"), offset + m.end("place")
    )
    if actor and not actor.anaphoric and place_ok:
        role = _folded(m.group("role"))
        return role_link(
            ctx, sink, person, actor.node_id, role, "role.genitive_org_prefix", CONF_ROLE
        )
    return False


def _implying_before(ctx: Context, sink: FactSink, person: PersonHit, window: str) -> None:
    m = _IMPLYING_BEFORE.search(window)
    if not m:
        return
    role = " ".join(m.group("role").split())
    role = role[0].lower() + role[1:]
    # The board the title implies is one named with it or before, not one the page
    # names later for another part ("ska samordnas av Länsstyrelsen i X län").
    sentence = ctx.sentence_of(person.start)
    org_id = implied_org(ctx, sink, role, sentence.end if sentence else person.end)
    role_link(ctx, sink, person, org_id, role, "role.prefix_implied", CONF_ROLE)


def _genitive_after(ctx: Context, sink: FactSink, person: PersonHit) -> None:
    m = _GENITIVE_AFTER.match(ctx.text, person.end)
    if not m or _names_next(ctx, m.end()):
        return  # "A, SKL:s ordförande B och ...": the title is B's, in a list
    org = "org" if m["org"] else "slip"
    actor = actor_at(ctx, m.start(org), m.end(org))
    role = _folded(m.group("role"))
    org_id = actor.node_id if actor and not actor.anaphoric else None
    if actor is None:
        if org == "slip":
            return
        role = f"{m.group('org').lower()} {role}"
        org_id = implied_org(ctx, sink, role)  # "regionstyrelsens ordförande"
    if role_link(ctx, sink, person, org_id, role, "role.apposition_genitive_org", CONF_ROLE):
        _late_party(ctx, sink, person, m.end())


def _late_party(ctx: Context, sink: FactSink, person: PersonHit, end: int) -> None:
    """The party after the title is the person's: "Eva Ek, kommunstyrelsens ordförande (S)"."""
    late = _LATE_PARTY.match(ctx.text, end)
    if late is not None:
        add_party(ctx, sink, person, late.group("party").upper(), late.end())


def _in_org_after(ctx: Context, sink: FactSink, person: PersonHit) -> None:
    m = _IN_ORG_AFTER.match(ctx.text, person.end)
    if not m:
        return
    actor = actor_at(ctx, m.end())
    if actor is not None and genitive_part(ctx, actor)[0]:
        actor = genitive_part(ctx, actor)[1]  # "ordförande i Region Xs kulturberedning"
    if actor and not actor.anaphoric:
        role = _folded(m.group("role"))
        if role_link(ctx, sink, person, actor.node_id, role, "role.apposition_in_org", CONF_ROLE):
            _late_party(ctx, sink, person, actor.end)


def sentence_roles(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    listed = attendance_spans(ctx)
    for person in ctx.persons:
        if any(s <= person.start < e for s, e in listed):
            continue  # an attendance list's person: the list says whose a title is
        window = text[max(0, person.start - 160) : person.start]
        # "regionstyrelsens ordförande X": the named board's, not also the region's.
        if not _genitive_before(ctx, sink, person, window):
            _implying_before(ctx, sink, person, window)
        _genitive_after(ctx, sink, person)
        m = _KOMMUNENS_BEFORE.search(window[-80:])
        if m:
            role = _folded(m.group("role"))
            role_link(
                ctx, sink, person, publisher_id(ctx), role, "role.kommunens_prefix", CONF_ROLE
            )
        _in_org_after(ctx, sink, person)
        m = _MUNICIPAL_AFTER.match(text, person.end)
        # "A, kommundirektör Anna Thörn": the title before a name is that name's
        if m and not any(
            p.start > m.end() and not text[m.end() : p.start].strip() for p in ctx.persons
        ):
            role = _folded(m.group("role"))
            # "- Nyköpings kommun - Eva Ek (M), kommunalråd": the line's municipality
            code = line_municipality(ctx, person.start)
            # "deltog Östersunds kommun med ..., Effie Kourlos, kommunalråd": its delegation's
            led = delegation_org(ctx, person.start)
            code = code or (led.municipality_code if led else None)
            org = ids.municipality_id(code) if code else publisher_id(ctx)
            if role_link(ctx, sink, person, org, role, "role.apposition_municipal", CONF_ROLE):
                _late_party(ctx, sink, person, m.end())  # "Eva Ek, kommunalråd (S)"


def sidansvarig_roles(ctx: Context, sink: FactSink) -> None:
    for m in re.finditer(rf"Sidansvarig:\s*(?P<name>{NAME})", ctx.text):
        person = person_at(ctx, m.start("name"))
        if person is not None:
            role_link(
                ctx,
                sink,
                person,
                publisher_id(ctx),
                "sidansvarig",
                "role.sidansvarig.publisher",
                CONF_ROLE_PUBLISHER,
                m.start(),
                person.end,
            )

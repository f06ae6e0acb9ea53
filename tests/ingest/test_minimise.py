"""Data minimisation (issue 13, item 1): a person is kept only with a role; a page's
editor and a contact named only as the contact are dropped. Every name is made up."""

from __future__ import annotations

from graph.edges import LinkType
from graph.ids import make_id
from graph.nodes import Organization, OrganizationKind, Person
from ingest.facts import FactSink
from ingest.minimise import drop_roleless_persons
from tests.contract.facts import source
from tests.ingest.helpers import facts_of

TEXT = "Sidansvarig: Per Ek. Kontaktperson: Lisa Berg. Maja Lind, samordnare. Ola Nord."
ANKEBY = Organization(
    id=make_id("Organization", "kommun", "9999"),
    name="Ankeby kommun",
    kind=OrganizationKind.MUNICIPALITY,
)


def _sink() -> FactSink:
    sink = FactSink(source("file:///m.txt", TEXT + " Ankeby kommun."))
    sink.mention(ANKEBY, TEXT.index("Ola") + 10, len(TEXT) + 14, "test.org", 0.9)
    return sink


def _person(sink: FactSink, name: str) -> str:
    person = Person(id=make_id("Person", "person", name), name=name)
    start = TEXT.index(name)
    assert sink.mention(person, start, start + len(name), "test.person", 0.9)
    return person.id


def _role(sink: FactSink, person_id: str, title: str, rule: str = "role.test") -> None:
    assert sink.link(
        LinkType.HOLDS_ROLE, person_id, ANKEBY.id, 0, len(TEXT), rule, 0.8, title=title
    )


def test_page_editors_and_contacts_are_dropped_with_their_mentions() -> None:
    sink = _sink()
    editor = _person(sink, "Per Ek")
    contact = _person(sink, "Lisa Berg")
    coordinator = _person(sink, "Maja Lind")
    nameless = _person(sink, "Ola Nord")
    _role(sink, editor, "Sidansvarig", "role.sidansvarig.publisher")
    _role(sink, contact, "Kontaktperson:")
    _role(sink, coordinator, "Samordnare", "role.contact_block.publisher")
    drop_roleless_persons(sink)
    assert set(sink.nodes) == {ANKEBY.id, coordinator}
    assert {m.node_id for m in sink.mentions.values()} == {ANKEBY.id, coordinator}
    assert [x.title for x in sink.links.values()] == ["Samordnare"]
    assert nameless not in sink.nodes


def test_an_editor_with_a_role_elsewhere_keeps_the_role() -> None:
    sink = _sink()
    editor = _person(sink, "Per Ek")
    _role(sink, editor, "webbredaktör")
    _role(sink, editor, "kommunikationschef", "role.other")
    drop_roleless_persons(sink)
    assert editor in sink.nodes
    assert [x.title for x in sink.links.values()] == ["kommunikationschef"]


def test_a_page_editor_line_stores_no_person() -> None:
    facts = facts_of(
        "Ankeby kommun antar ny plan\n"
        "Kommunfullmäktige i Ankeby kommun antog Handlingsplan mot våld 2024-2027.\n"
        "Sidansvarig: Greta Holmkvist\n"
    )
    assert not [n for n in facts.nodes if isinstance(n, Person)]
    assert not [m for m in facts.mentions if "Holmkvist" in m.evidence.quote]

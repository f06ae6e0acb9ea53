"""Which words name which document: a climate contract is an agreement, a rental
contract is none; a definite compound on one topic does not refer back to a compound on
another ("Kulturstrategin" is not the "klimatstrategi"). Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import documents, facts_at

_UMEA = "https://www.umea.se/nyheter/klimat/"


def test_a_klimatkontrakt_is_an_agreement_its_signers_signed() -> None:
    facts = facts_at(
        "Klimat\n\nI dag signerade Länsstyrelsen Västerbotten och Umeå kommun ett "
        "klimatkontrakt.\n\nKommunen har också ett nytt hyreskontrakt för stadshuset.",
        _UMEA,
        "2023-05-10",
    )
    found = documents(facts)
    assert [d.title for d in found.values()] == ["Klimatkontrakt (Länsstyrelsen Västerbotten)"]
    (contract,) = found.values()
    assert contract.kind == "agreement"
    signers = {x.from_id for x in facts.links if x.type is LinkType.SIGNED}
    assert signers == {"Organization:lansstyrelse:24", "Organization:kommun:2480"}


def test_a_compound_on_another_topic_is_another_document() -> None:
    facts = facts_at(
        "Strategier\n\nKommunfullmäktige antog i maj en ny klimatstrategi. Kulturstrategin "
        "antogs av kommunfullmäktige i juni.",
        _UMEA,
        "2023-07-01",
    )
    titles = sorted(d.title.split(" (")[0] for d in documents(facts).values())
    assert titles == ["Klimatstrategi", "Kulturstrategi"]

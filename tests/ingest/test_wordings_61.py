"""Defects found in the sixty-first session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Initiative, Person

from .helpers import facts_at, links

KALMAR = "https://kalmar.se/nyheter/riktlinjer.html"
ALVESTA = "https://www.alvesta.se/bo-och-leva/landsbygder.html"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def _parties(facts: SourceFacts) -> dict[str, str | None]:
    return {n.name: n.party for n in facts.nodes if isinstance(n, Person)}


def test_a_party_after_a_municipal_title_is_the_persons() -> None:
    text = (
        "Nya riktlinjer för partnerskap\n\n"
        "- Vi är glada att riktlinjerna finns på plats, säger Anna Berglund, kommunalråd (S).\n\n"
        "- Intresset har ökat, säger Lena Ekdahl, kommunalråd i opposition (V).\n"
    )
    assert _parties(_facts(text, KALMAR)) == {"Anna Berglund": "S", "Lena Ekdahl": "V"}


def test_a_party_far_from_the_title_is_not_taken() -> None:
    # guard: a bracket after other words is not the apposed party
    text = "Mötet leddes av Anna Berglund, kommunalråd. Förslaget kom från (S) i fjol.\n"
    assert _parties(_facts(text, KALMAR)) == {"Anna Berglund": None}


_BYALYFT = (
    "Landsbygder\n\n"
    "Alvesta kommun är med i arbetet med Bylyftet. Satsningen består av två delar.\n\n"
    "Bylyftet är en gemensam satsning där Region Kronoberg och länets kommuner har gått "
    "samman med näringslivet för att förbättra livet i länets byar.\n"
)


def test_a_name_defined_as_an_effort_opening_its_sentence_is_an_initiative() -> None:
    facts = _facts(_BYALYFT, ALVESTA)
    assert [n.id for n in facts.nodes if isinstance(n, Initiative)] == ["Initiative:bylyftet"]
    takes_part = {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert takes_part == {
        ("Organization:kommun:0764", "Initiative:bylyftet"),
        ("Organization:region:07", "Initiative:bylyftet"),
    }


def test_a_capitalised_first_word_defined_as_an_effort_names_none() -> None:
    # guard: "Det" opens a sentence and is written nowhere else inside one
    text = "Landsbygder\n\nDet är ett projekt för byarna. Kommunen deltar i det.\n"
    facts = _facts(text, ALVESTA)
    assert not [n for n in facts.nodes if isinstance(n, Initiative)]

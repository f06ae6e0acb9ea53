"""Defects found in the fifty-ninth session on development pages, restated as invented
sentences; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import SourceFacts
from graph.nodes import Document

from .helpers import facts_at

BLEKINGE = "https://www.regionblekinge.se/nyheter/digital-agenda.html"
DALARNA = "https://www.regiondalarna.se/regional-utveckling/strategi.html"
JH = "https://www.regionjh.se/regional-utveckling/program.html"


def _facts(text: str, site: str, published: str | None = "2024-05-02") -> SourceFacts:
    return facts_at(text, site, published)


def _documents(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.title for n in facts.nodes if isinstance(n, Document)}


def test_a_place_compound_in_apposition_names_the_generic_mention() -> None:
    text = (
        "Digitala tjänster är ett utpekat område i Blekinges regionala "
        "utvecklingsstrategi, Blekingestrategin. Arbetet fortsätter under året.\n"
    )
    docs = _documents(_facts(text, BLEKINGE))
    assert list(docs) == ["Document:regional:strategy:lan:10:blekingestrategin"], docs


def test_a_name_given_by_kallas_is_the_same_document() -> None:
    for said in (
        "den regionala utvecklingsstrategin som är ett gemensamt styrdokument för länet, "
        "vi kallar den för Dalastrategin",
        "den regionala utvecklingsstrategin, som kallas Dalastrategin",
    ):
        text = f"Planerna beskrivs i {said}. Den gäller till 2030.\n"
        docs = _documents(_facts(text, DALARNA))
        assert list(docs) == ["Document:regional:strategy:lan:20:dalastrategin"], (said, docs)


def test_a_name_of_two_places_joined_by_a_slash() -> None:
    text = (
        "Programmet liknar den nuvarande regionala utvecklingsstrategin "
        "Jämtland/Härjedalen 2030, innovativt & attraktivt.\n"
    )
    docs = _documents(_facts(text, JH))
    key = "Document:regional:strategy:lan:23:utvecklingsstrategi-jamtland-harjedalen-2030"
    assert key in docs, docs
    assert len(docs) == 1, docs


def test_a_topic_compound_listed_after_a_generic_mention_stays_its_own() -> None:
    # guard: only a name on a place is the generic mention's name
    text = (
        "Handlingsplanen bygger på den regionala utvecklingsstrategin, Kulturstrategin "
        "och länets folkhälsopolicy.\n"
    )
    docs = _documents(_facts(text, DALARNA))
    assert set(docs) == {
        "Document:regional:strategy:lan:20:utvecklingsstrategi",
        "Document:regional:strategy:lan:20:kulturstrategi",
        "Document:regional:policy:lan:20:folkhalsopolicy",
    }, docs

"""Sentences of a meeting report: one opening with a party's bracket ("Detta avslogs.
(MP) lämnade ...") or glued to a year ("... 2018-2029Samhällsbyggnadsförvaltningen har
...") is a sentence of its own, and a party's amendment voted down ("(MP) lämnade ett
eget förslag. Detta avslogs.") is no decision. Short fictional texts."""

from __future__ import annotations

from ingest.language.segment import sentences
from tests.ingest.helpers import decisions, documents, facts_at

REPORT = (
    "Regionfullmäktige 27 april 2022\n\n"
    "Regionfullmäktige godkände länsplanen för regional transportinfrastruktur. "
    "(KD) yrkade på återremiss av ärendet. Detta avslogs. (MP) lämnade ett "
    "eget förslag till infrastrukturplan. Detta avslogs. (V) lämnade flera tilläggsyrkanden. "
    "Dessa avslogs.\n"
)


def test_a_bracket_and_a_glued_year_open_sentences() -> None:
    text = (
        "Detta avslogs. (MP) lämnade ett förslag. Planen gäller 2018-2029Förvaltningen har svarat."
    )
    found = [text[s.start : s.end] for s in sentences(text)]
    assert found == [
        "Detta avslogs.",
        "(MP) lämnade ett förslag.",
        "Planen gäller 2018-2029",
        "Förvaltningen har svarat.",
    ]


def test_amendments_voted_down_are_not_decisions() -> None:
    facts = facts_at(REPORT, "https://www.regionorebrolan.se/nyheter/rf", "2022-04-27")
    assert not [s for s in decisions(facts) if "avslogs" in s], sorted(decisions(facts))


def test_a_title_ends_at_a_year_glued_to_the_next_sentence() -> None:
    facts = facts_at(
        "Yttrande\n\nRegeringen har gett länen i uppdrag att ta fram ett förslag till länsplan "
        "för cykelinfrastruktur under åren 2024-2035Samhällsbyggnadsförvaltningen har skrivit "
        "ett yttrande.\n",
        "https://www.katrineholm.se/nyheter/ks",
        "2017-11-29",
    )
    assert not any("samhallsbyggnads" in d for d in documents(facts)), sorted(documents(facts))

"""The organisation ruler's exact-case names: acronyms and own names match only as
written, whole tokens, longest first, since they run through a phrase matcher on ORTH."""

from __future__ import annotations

from ingest.language.nlp import pipeline


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in pipeline()(text).ents]


def test_an_acronym_matches_only_in_its_own_case() -> None:
    assert _ents("Anmälan gick till DO i går.") == [("DO", "NATIONAL|diskrimineringsombudsmannen")]
    assert _ents("Vad ska vi do nu, och vad gör Do?") == []


def test_an_own_name_and_its_genitive_match_as_written() -> None:
    found = _ents("Storsthlm och Storsthlms styrelse möttes. storsthlm skrivs med stor bokstav.")
    assert found == [
        ("Storsthlm", "MUNICIPAL_ASSOCIATION|01"),
        ("Storsthlms", "MUNICIPAL_ASSOCIATION|01"),
    ]


def test_the_longest_exact_name_wins_over_a_shorter_phrase_inside_it() -> None:
    (found,) = _ents("Beslutet togs av Kommunförbundet Kalmar län i maj.")
    assert found == ("Kommunförbundet Kalmar län", "MUNICIPAL_ASSOCIATION|08")

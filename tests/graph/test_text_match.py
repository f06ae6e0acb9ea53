"""graph.text_match's scoring on stems kept as one string agrees with the list form."""

from __future__ import annotations

import pytest

from graph.text_match import coverage_of, coverage_of_stems, query_stems, stem_text

TEXTS = [
    "Kommunfullmäktige antog handlingsplanen mot våld i nära relationer",
    "Regional samverkan om krisberedskap i länet",
    "",
    "planen",  # 'plan' starts this stem, 'handlingsplan' does not
]
QUERIES = ["handlingsplan våld", "plan", "krisberedskap länet samverkan", "nära relationer X"]


@pytest.mark.parametrize("query_text", QUERIES)
@pytest.mark.parametrize("text", TEXTS)
def test_coverage_of_stems_is_coverage_of_the_split_stems(query_text: str, text: str) -> None:
    query = query_stems(query_text)
    kept = stem_text(text)
    assert coverage_of_stems(query, kept) == coverage_of(query, kept.split())


def test_a_query_stem_must_start_a_stem_not_sit_inside_one() -> None:
    kept = stem_text("handlingsplanen antogs")
    assert coverage_of_stems(query_stems("plan"), kept) == 0.0
    assert coverage_of_stems(query_stems("handling antog"), kept) == 1.0
    assert coverage_of_stems([], kept) == 0.0

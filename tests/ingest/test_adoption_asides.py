"""An aside between a document and its adoption verb ("med underrubriken ”...”", a
bracket) leaves the sentence an adoption, not a Decision (invented pages)."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from graph.nodes import Decision

from .helpers import facts_at, links

BOARD = "Organization:region:18:regionfullmaktige"


@pytest.mark.parametrize(
    "aside",
    [" med underrubriken ”Trygg och jämlik vård”", " (dnr RS 2021/44)"],
)
def test_an_adoption_with_an_aside_is_no_decision(aside: str) -> None:
    text = (
        "Region Örebro län har en ny kulturpolicy\n\n"
        f"Den nya kulturpolicyn{aside} antogs av regionfullmäktige i oktober. "
        "Policyn gäller alla nämnder."
    )
    facts = facts_at(text, "https://www.regionorebrolan.se/nyheter/x", "2021-11-25")
    adopted = links(facts, LinkType.ADOPTED)
    assert [(x.from_id, x.date) for x in adopted] == [(BOARD, "2021-10-01")]
    assert not [n for n in facts.nodes if isinstance(n, Decision)]

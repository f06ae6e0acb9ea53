"""Title heads, field participles and election frames (invented sentences and names)."""

from __future__ import annotations

import pytest

from graph.edges import LinkType
from tests.ingest.helpers import facts_of, links

_PAGE = "Vellinge kommun\n\nNyhet.\n\n"


def _role(text: str, person: str) -> tuple[str, str | None]:
    (role,) = links(facts_of(_PAGE + text), LinkType.HOLDS_ROLE, f"Person:person:{person}")
    return role.to_id, (role.title or "").lower()


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "folkhälsoutvecklare",
            "Det är bra, säger Maja Provsson, folkhälsoutvecklare i Vellinge kommun.",
        ),
        ("sakkunnig", "Det är bra, säger Maja Provsson, sakkunnig i Vellinge kommun."),
        ("kulturintendent", "Det är bra, säger Maja Provsson, kulturintendent i Vellinge kommun."),
        ("vd", "Det är bra, säger Maja Provsson, vd i Vellinge kommun."),
    ],
)
def test_open_title_heads(title: str, text: str) -> None:
    assert _role(text, "maja-provsson") == ("Organization:kommun:1233", title)


def test_field_participle_before_title() -> None:
    text = "Enligt Maja Provsson, brottsförebyggande samordnare, är planen viktig."
    assert _role(text, "maja-provsson")[1] == "brottsförebyggande samordnare"


def test_appointment_verbs_link_name_and_title() -> None:
    assert _role("Jonas Provare blir ny kommundirektör.", "jonas-provare")[1] == "kommundirektör"
    assert _role("Jonas Provare har anställts som miljöchef.", "jonas-provare")[1] == "miljöchef"


def test_election_names_the_role_after_till() -> None:
    text = "Kommunfullmäktige beslutade att utse Jonas Provare (C) till ordförande i kulturnämnden."
    assert _role(text, "jonas-provare") == (
        "Organization:kommun:1233:kulturnamnden",
        "ordförande",
    )


def test_till_without_an_election_is_no_role() -> None:
    facts = facts_of(_PAGE + "Jonas Provare (C) reste till ordförande Eva Ek i kulturnämnden.")
    assert not links(facts, LinkType.HOLDS_ROLE, "Person:person:jonas-provare")

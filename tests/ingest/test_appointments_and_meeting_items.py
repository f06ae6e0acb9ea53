"""Appointments and meeting items (issue 9): a body that has appointed someone has
decided; "beslutat att A och har utsett B" is two decisions. Short fictional text
written for these tests (no real page text)."""

from __future__ import annotations

from tests.ingest.helpers import decided_by, decisions, facts_at, held_roles

GOV = "https://www.regeringen.se/pressmeddelanden/2024/05/x"


def test_an_appointment_is_the_appointing_body_s_decision() -> None:
    facts = facts_at(
        "Regeringen har utsett Anna Berg till nationell samordnare för arbetet mot spelberoende.",
        GOV,
        None,
    )
    found = decisions(facts)
    assert any("Anna Berg" in t for t in found), list(found)
    gov = {"Organization:nationell:regeringen"}
    assert all(decided_by(facts, d) == gov for d in found.values())


def test_a_decision_and_a_perfect_appointment_are_two_decisions() -> None:
    facts = facts_at(
        "Regeringen har beslutat att utvärdera modellen för regional tillväxt och har utsett "
        "Per Holm till särskild utredare.",
        GOV,
        None,
    )
    texts = sorted(decisions(facts))
    assert len(texts) == 2, texts
    assert any(t.lower().startswith("utvärdera modellen") and "Holm" not in t for t in texts), texts
    roles = {(p, o, (t or "").casefold()) for p, o, t in held_roles(facts)}
    assert ("per-holm", "Organization:nationell:regeringen", "särskild utredare") in roles

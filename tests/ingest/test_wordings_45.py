"""Wordings met on real pages in the forty-fifth session, each written anew (invented
names and places): every test fails on the code before the session."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links


def test_an_old_minutes_list_with_parties_in_lower_case_gives_the_chair_and_vice_chair() -> None:
    # "Name, s, ordförande Name, s vice ordförande": the party between commas in lower
    # case, and staff under a bare "Övriga:" whose titles follow their names.
    text = (
        "Kommunstyrelsen PROTOKOLL 1(12) Tid: kl 08:30-12:00 Plats: Provsalen Ledamöter: "
        "Eva Provare, s, ordförande Bo Testlund, s vice ordförande Gun Exempel, c "
        "Per Provsson, v Övriga: Dan Dahl kommunchef Cia Ceder kommunsekreterare "
        "Tor Test, 18 Provbolaget AB Justerare: Gun Exempel\n"
        "PROTOKOLL 2(12) § 18 Verksamhetsredovisning Kommunstyrelsens beslut Ta del av "
        "informationen."
    )
    facts = facts_at(text, "https://www.mora.se/protokoll.html", "2017-03-14")
    roles = {
        (k.from_id.removeprefix("Person:person:"), k.to_id, k.title)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }
    board = "Organization:kommun:2062:kommunstyrelsen"
    assert ("eva-provare", board, "Ordförande") in roles
    assert ("bo-testlund", board, "Vice ordförande") in roles
    # the list's own order: no title is the next name's
    assert not {r for r in roles if r[0] in {"gun-exempel", "cia-ceder", "tor-test"}}, roles

"""Decisions on fresh pages: a body's proposal to another body in any tense (the
proposer decides, not the body proposed to), an expected or hedged decision, a present
passive in a relative clause, and a decision clause not cut inside a name's phrase.
Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

import re

from ingest.rules.decision_coordination import split_coordinated
from ingest.rules.decision_cues import CUE
from ingest.rules.decision_unstated import unstated
from tests.ingest.helpers import decided_by, decisions, facts_at

REGION = "https://www.regionorebrolan.se/nyheter/regionstyrelsen"
RUN = "Organization:region:18:regionala-utvecklingsnamnden"
RF = "Organization:region:18:regionfullmaktige"
RS = "Organization:region:18:regionstyrelsen"


def test_a_proposal_in_the_past_with_its_own_decision_is_the_proposers() -> None:
    facts = facts_at(
        "Ny cykelstrategi på väg\n\n"
        "Regionala utvecklingsnämnden diskuterade cykelfrågorna i mars och föreslog i "
        "sitt beslut att regionfullmäktige godkänner satsningen på nya cykelbanor.\n",
        REGION,
        "2024-04-10",
    )
    found = [d for s, d in decisions(facts).items() if "cykelbanor" in s]
    assert found, sorted(decisions(facts))
    assert decided_by(facts, found[0]) == {RUN}  # not the council proposed to


def test_a_proposal_to_the_board_is_a_decision_of_the_committee() -> None:
    facts = facts_at(
        "Regionala utvecklingsnämnden föreslår att regionstyrelsen skickar ut den nya "
        "planen för laddinfrastruktur på remiss till kommunerna.\n",
        REGION,
        "2024-04-10",
    )
    found = [d for s, d in decisions(facts).items() if "remiss" in s]
    assert found, sorted(decisions(facts))
    assert decided_by(facts, found[0]) == {RUN}


def test_the_proposal_cue_needs_a_body_after_the_verb() -> None:
    assert CUE.search("Nämnden föreslog att regionstyrelsen ska ta ställning.")
    assert CUE.search("Styrelsen föreslår även att kommunfullmäktige ska anta taxan.")
    assert not CUE.search("Utredaren föreslog att avgiften höjs till nästa år.")


def test_an_expected_decision_is_none() -> None:
    facts = facts_at(
        "Regeringen tar sannolikt beslut om bidragen i maj samtidigt som fördelningen "
        "mellan länen fastställs.\n",
        REGION,
        "2024-04-10",
    )
    assert decisions(facts) == {}


def _cue(text: str) -> re.Match[str]:
    m = CUE.search(text)
    assert m is not None
    return m


def test_a_present_passive_in_a_relative_clause_is_unstated() -> None:
    text = "Avgifterna följer taxan som fastställs av regionfullmäktige varje år."
    assert unstated(text, 0, _cue(text))
    stated = "Taxan fastställs av regionfullmäktige för nästa år."
    assert not unstated(stated, 0, _cue(stated))
    hedged = "Beslutet väntas senare, när planen fastställs av nämnden."
    assert unstated(hedged, 0, _cue(hedged))


def test_a_clause_is_not_cut_at_its_first_word_inside_a_phrase() -> None:
    text = "Regionala nämnden fastställde ett utkast av den nya Regionala trafikplanen."
    assert split_coordinated(text, 0, len(text)) == [(0, len(text))]
    lost_number = "Regionala bussar ska köras tätare Regionala tåg ska stanna i Fjugesta"
    assert len(split_coordinated(lost_number, 0, len(lost_number))) == 2


def test_a_task_in_a_government_compound_is_the_governments() -> None:
    facts = facts_at(
        "Länsstyrelsen i Örebro län fick under våren i regeringsuppdrag att ta fram en "
        "strategi för vattenförsörjningen i länet.\n",
        "https://www.lansstyrelsen.se/orebro/om-oss/nyheter",
        "2024-04-10",
    )
    found = [d for s, d in decisions(facts).items() if "vattenförsörjningen" in s]
    assert found, sorted(decisions(facts))
    assert decided_by(facts, found[0]) == {"Organization:nationell:regeringen"}

"""A task given in the imperative or infinitive ("Ge kommunstyrelsen i uppdrag att ...",
"att ge X i uppdrag") is decided by the meeting's body; the body after "ge" receives the
task. A finite verb before its subject ("I mars gav regeringen X i uppdrag") still names
the giver. Every sentence is invented."""

from __future__ import annotations

from tests.ingest.helpers import decided_by, decisions, facts_at

_MORA = "https://www.mora.se/nyheter/kf/"
_KF = "Organization:kommun:2062:kommunfullmaktige"
_KS = "Organization:kommun:2062:kommunstyrelsen"


def test_an_imperative_task_item_is_the_meetings_decision() -> None:
    facts = facts_at(
        "Nytt från kommunfullmäktige den 9 maj 2023\n\nSkolskjutsar\n"
        "Ärendet gällde nya regler för skolskjuts. Ge kommunstyrelsen i uppdrag att ordna "
        "upphandlingen före hösten.",
        _MORA,
        None,
    )
    (task,) = [d for d in decisions(facts).values() if "uppdrag" in d.summary]
    assert decided_by(facts, task) == {_KF}
    assert task.date == "2023-05-09"


def test_an_inverted_finite_giver_still_gives() -> None:
    facts = facts_at(
        "Nytt uppdrag\n\nI mars gav regeringen Boverket i uppdrag att ta fram en vägledning.",
        "https://www.regeringen.se/pressmeddelanden/2022/03/uppdrag/",
        "2022-03-20",
    )
    (task,) = decisions(facts).values()
    assert decided_by(facts, task) == {"Organization:nationell:regeringen"}


def test_the_subject_of_an_inverted_perfect_receives_the_task() -> None:
    facts = facts_at(
        "Nytt uppdrag\n\nRegeringen beslutade i dag om stöd till besöksnäringen. Mot bakgrund "
        "av pandemin har Tillväxtverket fått uppdrag att fördela stödet.",
        "https://www.regeringen.se/pressmeddelanden/2022/03/stod/",
        "2022-03-20",
    )
    bodies = {b for d in decisions(facts).values() for b in decided_by(facts, d)}
    assert "Organization:nationell:tillvaxtverket" not in bodies


def test_a_compound_task_names_its_giver_after_fran() -> None:
    facts = facts_at(
        "Folkhälsa\n\nKultur- och bildningsnämnden sammanträdde i går. Där beslutades även "
        "om ett tilläggsuppdrag från regionfullmäktige att ta fram en plan.",
        "https://www.regionvasterbotten.se/nyheter/folkhalsa/",
        "2022-03-20",
    )
    (task,) = decisions(facts).values()
    assert decided_by(facts, task) == {"Organization:region:24:regionfullmaktige"}


def test_a_body_in_the_opening_phrase_before_an_inverted_subject_does_not_decide() -> None:
    facts = facts_at(
        "Nytt från fullmäktige\n\nPå förslag från kommunstyrelsen beslutade kommunfullmäktige "
        "att bygga en ny sporthall.",
        _MORA,
        "2023-05-10",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {_KF}


def test_a_fronted_agent_gives_the_task_it_names() -> None:
    facts = facts_at(
        "§ 12 Folkhälsoprogram; plan för revidering\n\n"
        "Av kommunstyrelsen fick kulturkontoret i uppdrag att ta fram förslag till "
        "organisation för folkhälsoarbetet.\n",
        "https://www.tranas.se/protokoll/ks",
        "2024-03-14",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:kommun:0687:kommunstyrelsen"}

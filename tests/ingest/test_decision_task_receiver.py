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
        "Det här beslutade kommunfullmäktige den 15 juni 2022\n\nTrygghet\n"
        "Förslaget innebär att satsningen förlängs. Ge kommunstyrelsen i uppdrag att följa "
        "upp arbetet senast december 2022.",
        _MORA,
        None,
    )
    (task,) = [d for d in decisions(facts).values() if "uppdrag" in d.summary]
    assert decided_by(facts, task) == {_KF}
    assert task.date == "2022-06-15"


def test_an_inverted_finite_giver_still_gives() -> None:
    facts = facts_at(
        "Nytt uppdrag\n\nI mars gav regeringen Boverket i uppdrag att ta fram en vägledning.",
        "https://www.regeringen.se/pressmeddelanden/2022/03/uppdrag/",
        "2022-03-20",
    )
    (task,) = decisions(facts).values()
    assert decided_by(facts, task) == {"Organization:nationell:regeringen"}

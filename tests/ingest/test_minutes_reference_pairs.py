"""Several § references on one line of a minutes item ("(Kommunstyrelsen 2020-09-17,
§ 12 och kommunfullmäktige 2020-12-14, § 98)") date what the item's text says those
bodies did; the item's own decisions, under its "Kommunstyrelsens beslut" heading, keep
the meeting's. A short fictional minutes extract written for these tests (the meeting is
the working committee's; the references name the board and the council)."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decisions, documents, facts_at, links

MINUTES = (
    "SAMMANTRÄDESPROTOKOLL\nKommunstyrelsens arbetsutskott\n2024-09-24\n\n"
    "KS § 280\nFritidspolitiskt program; plan för revidering\n\n"
    "- (Kommunstyrelsen 2020-09-18, § 216 och kommunfullmäktige 2020-12-14, § 225)\n"
    "- Ledningskontoret 2024-07-27\n\n"
    "För perioden 2021 \u2013 2024 har kommunfullmäktige antagit ett fritidspolitiskt program. "
    "Av kommunstyrelsen fick kulturkontoret i uppdrag att ta fram förslag till "
    "uppföljning av programmet.\n\n"
    "Kommunstyrelsens beslut\n\n"
    "  • Ledningskontoret får i uppdrag att ta fram förslag till revidering av programmet.\n"
)
KF = "Organization:kommun:0687:kommunfullmaktige"


def test_references_on_one_line_date_the_bodies_acts_and_not_the_meetings_own() -> None:
    facts = facts_at(MINUTES, "https://www.tranas.se/protokoll/ks-2024-09-24", None)
    (doc,) = documents(facts).values()
    assert "2020-12-14" in {x.date for x in links(facts, LinkType.ADOPTED, KF, doc.id)}
    found = decisions(facts)
    (earlier,) = [d for s, d in found.items() if "uppföljning" in s]
    assert earlier.date == "2020-09-18"
    (own,) = [d for s, d in found.items() if "revidering" in s]
    assert own.date != "2020-09-18"

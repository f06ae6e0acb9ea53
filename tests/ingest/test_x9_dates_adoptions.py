"""Adoptions and decisions with their dates: drafts and tasks that adopt nothing, years
that name or bound rather than date, genitive owners that are no subject, year-less
dates read against the meeting a page reports, parallel list items and counts of
matters. Short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from datetime import date

from graph.edges import LinkType, SourceFacts
from graph.nodes import DatePrecision
from ingest.language.dates import find_dates, resolve_before
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

TOWN = "https://www.tranas.se/kommun/fullmaktige/sammantraden"
TRANAS = "Organization:kommun:0687"
KF = "Organization:kommun:0687:kommunfullmaktige"
KS = "Organization:kommun:0687:kommunstyrelsen"


def facts_of(text: str, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, TOWN, published)


def _adopted(facts: SourceFacts) -> list[tuple[str, str, str | None]]:
    return [(x.from_id, x.to_id, x.date) for x in facts.links if x.type is LinkType.ADOPTED]


MINUTES = (
    "Kommunfullmäktige, sammanträde\n\n"
    "Protokoll\n\n"
    "Kommunfullmäktige 2023-02-16 protokoll.pdf Pdf, 1.2 MB 2023-02-20\n\n"
    "Sammanfattning av beslut\n\n"
    "Tranås kommuns cykelprogram 2023-2026\n\n"
    "Det föreslagna cykelprogrammet för 2023-2026 har reviderats utifrån "
    "Resvaneundersökningen 2019.\n\n"
    "Beslut: Kommunfullmäktige fastställde Tranås kommuns cykelprogram att gälla till "
    "och med 2026.\n"
)


def test_a_revised_draft_is_no_adoption_and_the_protocol_line_dates_the_decision() -> None:
    facts = facts_of(MINUTES, published=None)
    (doc,) = list(documents(facts).values())
    dated = {d for f, t, d in _adopted(facts) if f == KF and t == doc.id and d}
    assert dated == {"2023-02-16"}  # the protocol's date, not 2019 nor 2026
    assert doc.adopted_on == "2023-02-16"
    # "fastställde Tranås kommuns cykelprogram": the owner is no inverted subject
    assert TRANAS not in {f for f, t, _ in _adopted(facts) if t == doc.id}


def test_a_year_after_a_name_does_not_date_an_adoption() -> None:
    facts = facts_of(
        "Nytt cykelprogram\n\nKommunfullmäktige antog Cykelprogram för Tranås kommun som "
        "ett led i arbetet med Agenda 2030.\n",
        published=None,
    )
    (doc,) = list(documents(facts).values())
    assert links(facts, LinkType.ADOPTED, KF, doc.id)
    assert {d for _, _, d in _adopted(facts)} == {None}
    assert doc.adopted_on is None


def test_a_task_to_revise_a_document_adopts_nothing() -> None:
    facts = facts_of(
        "Kommunstyrelsen har för 2024 ett åtagande om att revidera kommunens "
        "cykelstrategi, i samverkan med näringslivet.\n"
    )
    assert _adopted(facts) == []


def test_fattar_idag_beslut_om_adopts_the_document() -> None:
    facts = facts_of(
        "Kommunstyrelsen fattar idag beslut om en ny handlingsplan för trafiksäkerhet. "
        "Planen gäller alla förvaltningar.\n"
    )
    (doc,) = list(documents(facts).values())
    assert links(facts, LinkType.ADOPTED, KS, doc.id)


def test_a_month_without_year_takes_the_year_of_the_reported_meeting() -> None:
    facts = facts_of(
        "Det här beslutade kommunfullmäktige den 15 juni 2022\n\n"
        "Nya cykelbanor\n\n"
        "I april beslutade kommunfullmäktige att bygga nya cykelbanor längs sjön.\n",
        published=None,
    )
    (built,) = [d for d in decisions(facts).values() if "cykelbanor" in d.summary]
    assert (built.date, built.date_precision) == ("2022-04-01", DatePrecision.MONTH)
    assert decided_by(facts, built) == {KF}


def test_a_date_after_an_inverted_subject_dates_the_decision() -> None:
    facts = facts_of(
        "Parkering\n\nKommunstyrelsen 3 september 2023\n\nUtifrån utredningen godkände "
        "nämnden i maj 2023 nya avgifter för parkering i centrum.\n"
    )
    (raised,) = decisions(facts).values()
    assert (raised.date, raised.date_precision) == ("2023-05-01", DatePrecision.MONTH)


def test_parallel_list_items_are_each_a_decision_and_a_cut_item_is_none() -> None:
    facts = facts_of(
        "Kommunfullmäktige 2023-03-09\n\n"
        "Kommunfullmäktige beslutade att:\n\n"
        " • Borgensavgift med 0,5% påförs Bostadsföreningen Ekbacken för lån på 2 000 000 kr.\n"
        " • Borgensavgift med 0,4% påförs Bostadsföreningen Linden för lån på 3 000 000 kr.\n"
        " • Borgensavgift med 0\n",
        published=None,
    )
    fees = [d for d in decisions(facts).values() if d.summary.startswith("Borgensavgift")]
    assert sorted("Ekbacken" in d.summary for d in fees) == [False, True]
    assert all(d.date == "2023-03-09" for d in fees)


def test_a_count_of_the_matters_decided_is_no_decision() -> None:
    facts = facts_of(
        "Kommunfullmäktige 12 juni\n\nFullmäktige behandlade motioner om cykling. "
        "12 av motionerna bifölls medan övriga motioner avslogs.\n"
    )
    assert not [d for d in decisions(facts).values() if d.summary.startswith("12 av")]


def test_resolve_before_reads_the_latest_such_date_not_after_the_anchor() -> None:
    (april,) = find_dates("I april beslutade nämnden", None)
    (november,) = find_dates("i november antogs planen", None)
    (today,) = find_dates("idag antogs planen", None)
    anchor = date(2022, 6, 15)
    assert april.value is None
    got = resolve_before(april, anchor)
    assert got is not None and (got.value, got.start) == ("2022-04-01", april.start)
    later = resolve_before(november, anchor)
    assert later is not None and later.value == "2021-11-01"
    assert resolve_before(today, anchor) is None  # counts from its base: not a year form

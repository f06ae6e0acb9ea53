"""The base date an address gives an undated page (fictional addresses)."""

from __future__ import annotations

from datetime import date

import pytest

from graph.nodes import Decision, Source
from ingest.language.url_dates import (
    AddressDate,
    address_date,
    after_latest,
    title_date,
    weekday_year,
    written_title_date,
)
from ingest.pipeline import extract
from tests.ingest.helpers import facts_at


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("https://www.ort.se/nyheter/2020-12-17-nytt-fran-fullmaktige.html", (2020, 12, 17, True)),
        ("https://www.ort.se/beslut-i-korthet/2023/juni/skolor/", (2023, 6, 15, False)),
        ("https://www.ort.se/pressmeddelanden/2022/03/ny-strategi/", (2022, 3, 15, False)),
        ("https://ort.se/2018/06/20/styrelsen-i-korthet-9/", (2018, 6, 20, True)),
        ("https://www.ort.se/arkiv/nyheter2023/beslut.html", (2023, 7, 2, False)),
        ("https://www.ort.se/politik/2019/beslut-fran-styrelsen/", (2019, 7, 2, False)),
        ("https://www.ort.se/nyheter/nytt-fran-kf-den-9-maj-2023/", (2023, 5, 9, True)),
        ("https://www.ort.se/nyheter/beslut_3_Mars_2021.html", (2021, 3, 3, True)),
        (
            "http://ort.se/index.php/88-aktuellt/2044-fullmaktige-i-korthetdec16",
            (2016, 12, 15, False),
        ),
        ("http://www.ort.se/nyhet/direktion170614/", (2017, 6, 14, False)),
        ("http://www.ort.se/nyhet/161026-direktion/", (2016, 10, 26, False)),
    ],
)
def test_the_most_precise_date_of_the_path(uri: str, expected: tuple[int, int, int, bool]) -> None:
    year, month, day, day_known = expected
    assert address_date(uri) == AddressDate(date(year, month, day), day_known)


@pytest.mark.parametrize(
    "uri",
    [
        "https://www.ort.se/program/tillvaxtprogram-2020-2023/",  # a period, not a date
        "https://www.ort.se/kultur/ny-kulturplan-2016/",  # a name's year
        "https://www.ort.se/sida/9320",
        "https://www.ort.se/nyheter/december-rapport",  # a month's name, no year
        "https://www.ort.se/produkter/amp45/",  # no month: "amp" + digits
        "https://www.ort.se/produkter/artikel991399/",  # no such month
        "https://www.ort.se/evenemang/sommar21/",  # a summer, not March
        "file:///tmp/2020-12-17.txt",  # not a web address
        None,
    ],
)
def test_no_date_where_the_path_states_none(uri: str | None) -> None:
    assert address_date(uri) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("KF i korthet 221018", date(2022, 10, 18)),
        ("Protokoll 20190320", date(2019, 3, 20)),
        ("Dnr 2019/0461", None),  # a case number, not a date
        ("Ärende 123456", None),  # no such month
        (None, None),
    ],
)
def test_a_compact_date_token_in_a_title(title: str | None, expected: date | None) -> None:
    found = title_date(title)
    assert (found.day if found else None) == expected
    assert found is None or not found.day_known


def test_an_undated_page_takes_its_year_from_a_title_token() -> None:
    text = "KF i korthet 221018\n\nKommunfullmäktige godkände den 17 oktober en ny rapport."
    source = Source(
        id="Source:t",
        uri="https://www.mora.se/film/kf/",
        sha256="0",
        media_type="text/plain",
        text=text,
        published_on=None,
    )
    (decision,) = [n for n in extract(source).nodes if isinstance(n, Decision)]
    assert decision.date == "2022-10-17"


def test_an_undated_page_takes_its_year_from_a_date_its_title_writes_out() -> None:
    assert written_title_date("Nytt från fullmäktige den 9 maj 2023") == AddressDate(
        date(2023, 5, 9), False
    )
    assert written_title_date("Beslut i juni 2022") is None  # no day: no base
    text = (
        "Nytt från kommunfullmäktige den 9 maj 2023\n\n"
        "Tisdagen den 9 maj godkände kommunfullmäktige en ny taxa för parkering."
    )
    source = Source(
        id="Source:t",
        uri="https://www.mora.se/nyheter/fullmaktige/",
        sha256="0",
        media_type="text/plain",
        text=text,
        published_on=None,
    )
    (decision,) = [n for n in extract(source).nodes if isinstance(n, Decision)]
    assert decision.date == "2023-05-09"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under måndagen den 25 september möttes fullmäktige. Plan 2023-2026.", date(2023, 9, 25)),
        ("Måndag 10 juni beslutade styrelsen. Projektet pågår 2019-2021.", date(2019, 6, 10)),
        ("Måndag 10 juni beslutade styrelsen.", None),  # no year on the page
        ("Tisdag 10 juni beslutade styrelsen. Projektet pågår 2019-2021.", None),  # no fit
        ("Måndag 7 juni 2021 beslutade styrelsen. Plan 2019-2021.", None),  # a year of its own
        # A meeting's weekday and the day at the top: 12 March was a Tuesday in 2024 only.
        (
            "Nämnden 12/3\n\nVid tisdagens möte beslutades X. Budget 2023 och 2024.",
            date(2024, 3, 12),
        ),
        (
            "Nämnden 12 mars\n\nTisdagens sammanträde tog upp X. Sedan 2022, nu 2024.",
            date(2024, 3, 12),
        ),
        ("Nämnden 12/3\n\nVid onsdagens möte beslutades X. Budget 2023 och 2024.", None),
        ("Nämnden\n\nVid tisdagens möte beslutades X. Budget 2023 och 2024.", None),  # no day
    ],
)
def test_a_weekday_named_with_a_day_picks_the_page_s_year(text: str, expected: date | None) -> None:
    found = weekday_year(text)
    assert (found.day if found else None) == expected


@pytest.mark.parametrize(
    ("text", "uri", "expected"),
    [
        (
            "Fullmäktige i korthet\n\n"
            "Under måndagen den 25 september sammanträdde kommunfullmäktige i Ljusdals kommun."
            "\n\nKulturplan 2023-2026\nKommunfullmäktige beslutade att höja taxan för bad.",
            "https://www.ort.se/nyheter/fullmaktige/",
            "2023-09-25",
        ),
        # A meeting's weekday, and its day at the page's top without a year.
        (
            "Beslut från barn- och utbildningsnämnden 12/3\n\n"
            "Vid tisdagens möte beslutade barn- och utbildningsnämnden att bygga om "
            "skolgården. Arbetet startar 2024 och klart till hösten 2025.\n",
            "https://www.mora.se/nyheter/beslut-fran-namnden/",
            "2024-03-12",
        ),
    ],
)
def test_an_undated_page_takes_its_year_from_a_weekday(text: str, uri: str, expected: str) -> None:
    (decision,) = [n for n in facts_at(text, uri, None).nodes if isinstance(n, Decision)]
    assert decision.date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the top's day within a quarter after the latest full date: that year
        (
            "Sammanfattning: styrelsens sammanträde 11 februari\n\nNämnden beslöt den "
            "26 januari 2016 att gå vidare. Planen antogs den 3 maj 2011.\n",
            date(2016, 2, 11),
        ),
        # a day before the latest full date: the year after
        (
            "Från fullmäktige 12 januari\n\nÄrendet väcktes den 2 december 2020.\n",
            date(2021, 1, 12),
        ),
        # only old history on the page: no year
        ("Nytt från fullmäktige 11 februari\n\nPlanen antogs den 3 maj 2011.\n", None),
        # no day at the top
        ("Nyheter\n\nNämnden beslöt den 26 januari 2016 att gå vidare.\n", None),
    ],
)
def test_a_top_day_after_the_latest_full_date(text: str, expected: date | None) -> None:
    found = after_latest(text)
    assert (found.day if found else None) == expected


def test_an_undated_meeting_report_dates_its_decisions_by_the_top_day() -> None:
    text = (
        "Sammanfattning: kommunstyrelsens sammanträde 11 februari\n\n"
        "Stadsbyggnadsnämnden beslöt den 26 januari 2016 att inte ändra förslaget från "
        "2011.\n\n"
        "På dagens sammanträde utsåg kommunstyrelsen Eva Ek till ny stadsdirektör.\n"
    )
    facts = facts_at(text, "https://www.landskrona.se/nyheter/ks/", None)
    dated = {
        d.date for d in facts.nodes if isinstance(d, Decision) and "utsåg" in d.summary.lower()
    }
    assert dated == {"2016-02-11"}

from __future__ import annotations

from datetime import date

import pytest

from graph.nodes import DatePrecision
from ingest.language.dates import find_dates, parse_date

BASE_2016 = date(2016, 11, 24)  # a Thursday


@pytest.mark.parametrize(
    ("text", "base", "value", "precision", "rule"),
    [
        ("22 mars 2022", None, "2022-03-22", DatePrecision.DAY, "date.day_month_year"),
        ("2022-03-22", None, "2022-03-22", DatePrecision.DAY, "date.iso"),
        ("mars 2022", None, "2022-03-01", DatePrecision.MONTH, "date.month_year"),
        ("igår", date(2024, 2, 23), "2024-02-22", DatePrecision.DAY, "date.igar"),
        ("i går", date(2024, 3, 1), "2024-02-29", DatePrecision.DAY, "date.igar"),
        ("i dag", BASE_2016, "2016-11-24", DatePrecision.DAY, "date.idag"),
        ("i förmiddags", BASE_2016, "2016-11-24", DatePrecision.DAY, "date.idag"),
        ("i morse", BASE_2016, "2016-11-24", DatePrecision.DAY, "date.idag"),
        ("i kväll", BASE_2016, "2016-11-24", DatePrecision.DAY, "date.idag"),
        ("i tisdag", BASE_2016, "2016-11-22", DatePrecision.DAY, "date.i_weekday"),
        ("i tisdags", BASE_2016, "2016-11-22", DatePrecision.DAY, "date.i_weekday"),
        ("i torsdags", BASE_2016, "2016-11-17", DatePrecision.DAY, "date.i_weekday"),
        ("22 mars i år", date(2022, 6, 28), "2022-03-22", DatePrecision.DAY, "date.day_month_i_ar"),
        ("I oktober", BASE_2016, "2016-10-01", DatePrecision.MONTH, "date.i_month"),
        ("i mars i fjol", BASE_2016, "2015-03-01", DatePrecision.MONTH, "date.last_years_month"),
        ("4 mars förra året", BASE_2016, "2015-03-04", DatePrecision.DAY, "date.last_years_month"),
        ("1 december", BASE_2016, "2016-12-01", DatePrecision.DAY, "date.day_month"),
    ],
)
def test_each_form_resolves_with_its_precision(
    text: str, base: date | None, value: str, precision: DatePrecision, rule: str
) -> None:
    found = parse_date(text, base)
    assert found is not None
    assert (found.value, found.precision, found.rule) == (value, precision, rule)


def test_31_mars_is_not_the_year_2031() -> None:
    found = parse_date("31 mars", date(2022, 6, 28))
    assert found is not None and found.value == "2022-03-31"


def test_relative_dates_stay_unresolved_without_a_publication_date() -> None:
    for text in ("igår", "i tisdag", "den 22 mars i år", "I oktober", "1 december"):
        found = find_dates(text)
        assert len(found) == 1 and found[0].value is None, text


def test_absolute_dates_resolve_without_a_base() -> None:
    assert [d.value for d in find_dates("den 22 mars 2022 och 2017-09-28")] == [
        "2022-03-22",
        "2017-09-28",
    ]


def test_longest_match_wins_and_offsets_point_into_the_text() -> None:
    text = "undertecknades den 22 mars i år, däribland"
    (found,) = find_dates(text, date(2022, 6, 28))
    assert text[found.start : found.end] == "22 mars i år"


def test_periods_and_impossible_dates_are_not_dates() -> None:
    assert find_dates("handlingsplan för 2022-2026") == []
    assert find_dates("2022-13-40") == []
    assert find_dates("31 april 2022") == []
    assert find_dates("i dagsläget", BASE_2016) == []


@pytest.mark.parametrize(
    ("text", "base", "value"),
    [
        ("I september", date(2025, 1, 29), "2024-09-01"),  # last September, not next
        ("i maj", date(2025, 1, 29), "2025-05-01"),  # nearer ahead than behind
        ("1 december", date(2016, 11, 24), "2016-12-01"),
        ("den 27 januari", date(2025, 2, 5), "2025-01-27"),
        ("den 20 december", date(2025, 1, 10), "2024-12-20"),
    ],
)
def test_a_date_without_year_is_the_one_nearest_the_page(text: str, base: date, value: str) -> None:
    (found,) = find_dates(text, base)
    assert found.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("på onsdagen", "2016-11-23"),  # the day before a Thursday page
        ("under torsdagen", "2016-11-24"),  # the page's own day
        ("Fredagens fullmäktige", "2016-11-18"),
    ],
)
def test_this_week_s_day_is_on_or_before_the_page_s_date(text: str, value: str) -> None:
    (found,) = find_dates(text, BASE_2016)
    assert (found.value, found.rule) == (value, "date.the_weekday")


def test_a_weekday_before_a_full_date_is_not_a_date_of_its_own() -> None:
    assert [d.text for d in find_dates("på onsdagen den 16 december", BASE_2016)] == ["16 december"]


def test_a_base_known_to_the_year_resolves_only_forms_that_lack_a_year() -> None:
    found = find_dates("den 12 juni, i oktober och igår", date(2023, 7, 2), relative=False)
    assert [(d.text, d.value) for d in found] == [
        ("12 juni", "2023-06-12"),
        ("i oktober", "2023-10-01"),
        ("igår", None),
    ]


def test_a_comma_may_stand_before_the_year_but_not_before_a_count() -> None:
    found = parse_date("11 Mars, 2015")
    assert found is not None and (found.value, found.rule) == ("2015-03-11", "date.day_month_year")
    (day,) = find_dates("den 12 mars, 1500 deltagare")
    assert (day.text, day.value) == ("12 mars", None)


def test_a_year_the_sentence_has_stated_dates_its_yearless_month() -> None:
    text = "Under våren 2019 skrevs ett förslag, och i juni beslutade nämnden att remittera det."
    (june,) = [d for d in find_dates(text, date(2021, 2, 10)) if d.rule == "date.i_month"]
    assert june.value == "2019-06-01"
    # a month before the season's start is the next year's
    text = "Under hösten 2019 skrevs ett förslag, och i mars beslutade nämnden att remittera det."
    (march,) = [d for d in find_dates(text, date(2021, 2, 10)) if d.rule == "date.i_month"]
    assert march.value == "2020-03-01"
    # a year stated in an earlier sentence does not carry over
    text = "Arbetet började under hösten 2019. I mars beslutade nämnden att remittera förslaget."
    (march,) = [d for d in find_dates(text, date(2021, 2, 10)) if d.rule == "date.i_month"]
    assert march.value == "2021-03-01"


def test_under_a_weekday_s_meeting_is_that_day() -> None:
    found = find_dates("Under onsdagens möte antog styrelsen planen.", date(2017, 12, 13))
    assert [(d.text, d.value) for d in found] == [("Under onsdagens", "2017-12-13")]


def test_a_weekday_is_the_day_the_page_states_in_full_that_week() -> None:
    text = "Kommunfullmäktige 8 oktober 2019\n\nUnder tisdagens möte antogs budgeten."
    found = find_dates(text, date(2019, 10, 7))
    assert [d.value for d in found] == ["2019-10-08", "2019-10-08"]


def test_a_day_and_month_by_slash_takes_the_year_of_its_timeline_line() -> None:
    text = "Bakgrund\n\n2016 - Den 3/2 antog regionfullmäktige agendan.\n"
    assert [(d.text, d.value) for d in find_dates(text)] == [("Den 3/2", "2016-02-03")]
    # a fraction or a date with its year is no such day: "1/2 av pengarna", "1/3 2017"
    found = find_dates("Hälften, 1/2 av pengarna, gick till skolan den 1/3 2017.", BASE_2016)
    assert [(d.text, d.value) for d in found] == [("1/3 2017", "2017-03-01")]


def test_a_day_written_as_an_ordinal_word() -> None:
    text = "Den andra juni 2021 togs beslutet, och den tjugoförsta mars antogs planen."
    found = find_dates(text, BASE_2016)
    assert [(d.text, d.value) for d in found] == [
        ("Den andra juni 2021", "2021-06-02"),
        ("den tjugoförsta mars", "2017-03-21"),
    ]


def test_an_abbreviated_month_is_read_with_its_year_or_where_its_phrase_ends() -> None:
    found = [(d.value, d.rule) for d in find_dates("17 mar 2021, 3 okt. 2019 och 5 sept 2020")]
    assert found == [
        ("2021-03-17", "date.day_abbr_month_year"),
        ("2019-10-03", "date.day_abbr_month_year"),
        ("2020-09-05", "date.day_abbr_month_year"),
    ]
    (heading,) = find_dates("KOMMUNSTYRELSEN 17 mar\nBudget", date(2021, 3, 20))
    assert (heading.value, heading.rule) == ("2021-03-17", "date.day_abbr_month")
    assert not find_dates("Vi köpte 17 mar bilar", date(2021, 3, 1))


def test_a_label_glued_to_the_year_ends_the_date() -> None:
    (found,) = find_dates("Publicerad: 3 oktober 2018Uppdaterad: -")
    assert found.value == "2018-10-03"


def test_todays_meeting_is_the_page_day_and_other_dagens_no_date() -> None:
    (found,) = find_dates("Ärenden vid dagens sammanträde med nämnden", BASE_2016)
    assert (found.rule, found.value) == ("date.dagens", "2016-11-24")
    assert find_dates("Dagens ungdomar rör sig mindre", BASE_2016) == []


def test_yesterdays_meeting_is_the_day_before_the_page() -> None:
    (found,) = find_dates("På gårdagens kommunstyrelsesammanträde behandlades", BASE_2016)
    assert (found.rule, found.value) == ("date.dagens", "2016-11-23")
    assert find_dates("Gårdagens väder var kallt", BASE_2016) == []


def test_a_dotted_day_month_year_is_a_day_but_a_version_number_is_none() -> None:
    found = find_dates("Beslutet togs 3.12.2025 och gäller version 1.2.2020.3 från 12.13.2021.")
    assert [(d.text, d.value, d.precision) for d in found] == [
        ("3.12.2025", "2025-12-03", DatePrecision.DAY)
    ]

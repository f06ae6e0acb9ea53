"""Constructions found in the seventy-first session on development pages, restated as
invented sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from datetime import date

from graph.edges import LinkType, SourceFacts
from graph.nodes import Goal
from ingest.language.election_year import election_year
from ingest.language.implied_year import implied_year

from .helpers import decisions, facts_at

_ARCHIVE = "https://www.regionhalland.se/nyheter/regionfullmaktige-3-december/"


def _decision_dates(facts: SourceFacts) -> dict[str, str | None]:
    return {summary: n.date for summary, n in decisions(facts).items()}


def test_a_year_a_meeting_steers_ahead_dates_an_undated_report() -> None:
    # "styrdokument för 2016" and "från och med 1 januari 2016" are decided the year before
    assert implied_year(
        "Regionstyrelsen 3 december\n\nStyrelsen antog styrdokument för 2016.\n"
    ) == implied_year("Regionstyrelsen 3 december\n\nBudget för 2016 antogs.\n")
    text = (
        "Kommunstyrelsen 3 december\n\n"
        "En ny taxa gäller från och med 1 januari 2016 för all hemtjänst.\n"
    )
    found = implied_year(text)
    assert found is not None and found.year == 2015


def test_a_paragraph_first_line_gives_no_archive_year() -> None:
    # The page opens on its report, whose "för 2016" is what was decided, not its year.
    text = (
        "Regionfullmäktige den 3 december är avslutat. Under dagen har fullmäktige bland annat "
        "fattat beslut om regionens styrdokument för 2016, ett avtal om en depå i Varberg och "
        "en ny taxa för färdtjänst.\n"
        "Fullmäktige beslutade även om reglementen för två nya nämnder från och med "
        "1 januari 2016.\n"
    )
    dates = _decision_dates(facts_at(text, _ARCHIVE, None))
    assert dates
    assert set(dates.values()) == {"2015-12-03"}, dates


def test_under_dagen_is_the_day_stated_before_it() -> None:
    text = (
        "Kommunfullmäktige den 14 mars är avslutat. Under dagen har fullmäktige bland annat "
        "fattat beslut om en ny lokal för kulturskolan.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf", "2019-03-18"))
    assert list(dates.values()) == ["2019-03-14"], dates


def test_a_short_meeting_title_still_gives_its_year() -> None:
    # guard: "Regionstyrelsen 3 december 2015" is a title, its year the page's
    text = (
        "Regionstyrelsen 3 december 2015\n\n"
        "Regionstyrelsen beslutade att bygga en ny depå i Varberg.\n"
    )
    dates = _decision_dates(facts_at(text, _ARCHIVE, None))
    assert set(dates.values()) == {"2015-12-03"}, dates


def test_a_councils_weekday_named_with_its_body_dates_the_meeting() -> None:
    # "måndagens kommunfullmäktige": 14 October is a Monday in 2019 of the years named
    text = (
        "Kommunfullmäktige 14 oktober\n\n"
        "Här är några av besluten från måndagens kommunfullmäktige.\n\n"
        "Fullmäktige beslutade att bygga en ny förskola i Baskarp under 2019, som ska vara "
        "klar senast den 1 augusti 2021.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf-14-oktober", None))
    assert set(dates.values()) == {"2019-10-14"}, dates


def test_of_two_years_that_fit_a_weekday_the_later_is_the_meetings() -> None:
    # 9 March is a Tuesday in 2010 and in 2021; the report looks back on 2010
    text = (
        "Det här beslutade kommunfullmäktige den 9 mars\n\n"
        "Tisdagen den 9 mars tog kommunfullmäktige beslut om att bygga en ny sporthall i "
        "Baskarp 2021, som ersätter hallen från 2010.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf-9-mars", None))
    assert set(dates.values()) == {"2021-03-09"}, dates


_PROGRAMME = (
    "Idrottspolitiskt program\n\n"
    "Programmet bryts ned i följande delmål:\n\n"
    "Kommunens föreningspolitik ska\n\n"
    " • främja ideella ledare\n"
    " • stärka föreningarnas ekonomi\n\n"
    "Kommunens anläggningspolitik ska\n\n"
    " • bygga fler spontanytor\n"
    " • utveckla simhallen\n"
)


def _goal_texts(facts: SourceFacts) -> set[str]:
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_goals_under_a_subject_that_breaks_off_at_ska() -> None:
    facts = facts_at(_PROGRAMME, "https://www.habo.se/fritid/program", "2024-01-01")
    assert _goal_texts(facts) == {
        "främja ideella ledare",
        "stärka föreningarnas ekonomi",
        "bygga fler spontanytor",
        "utveckla simhallen",
    }
    owners = {k.from_id for k in facts.links if k.type is LinkType.HAS_GOAL}
    assert owners == {"Document:municipal:programme:kommun:0305:idrottspolitiskt-program"}


def test_a_ska_subject_under_a_line_that_names_no_goals_opens_no_goal_list() -> None:
    # guard: "Så här arbetar vi:" says nothing of goals
    text = _PROGRAMME.replace("Programmet bryts ned i följande delmål:", "Så här arbetar vi:")
    facts = facts_at(text, "https://www.habo.se/fritid/program", "2024-01-01")
    assert not _goal_texts(facts) & {"främja ideella ledare", "utveckla simhallen"}


def test_staden_is_a_municipality_that_calls_itself_a_city() -> None:
    text = (
        "Ny cykelplan antagen\n\n"
        "Cykelplanen som staden har tagit fram antogs av kommunfullmäktige i Västerås stad "
        "på torsdagen. Planen ska göra det enklare att cykla i staden.\n"
    )
    facts = facts_at(text, "https://www.vasteras.se/nyheter/cykelplan.html", "2023-05-12")
    issuers = {k.from_id for k in facts.links if k.type is LinkType.ISSUED}
    assert "Organization:kommun:1980" in issuers


def test_staden_is_no_municipality_that_calls_itself_a_municipality() -> None:
    # guard: "staden" on Habo's page is the town
    text = (
        "Ny cykelplan antagen\n\n"
        "Cykelplanen som staden har tagit fram antogs av kommunfullmäktige på torsdagen.\n"
    )
    facts = facts_at(text, "https://www.habo.se/nyheter/cykelplan.html", "2023-05-12")
    issuers = {k.from_id for k in facts.links if k.type is LinkType.ISSUED}
    assert "Organization:kommun:0305" not in issuers


def test_where_a_document_was_decided_is_no_part_of_its_title() -> None:
    text = (
        "Kommunfullmäktige fattade beslut om en ny parkeringspolicy vid sitt sammanträde "
        "den 6 mars 2023.\n"
    )
    facts = facts_at(text, "https://www.habo.se/nyheter/kf", "2023-03-07")
    assert {n.id for n in facts.nodes if n.id.startswith("Document:")} == {
        "Document:municipal:policy:kommun:0305:parkeringspolicy"
    }


def test_a_weekdays_meeting_under_a_dated_item_on_an_undated_page() -> None:
    # 2021-05-12 is a Wednesday; the page itself has no date
    text = (
        "Aktuellt\n\n"
        " • Nya pengar till skolgårdar\n\n"
        "  2021-05-12\n"
        "  Regionstyrelsen beviljade under onsdagens möte fyra miljoner kronor till gröna "
        "skolgårdar i länet.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.regionhalland.se/utveckling", None))
    assert set(dates.values()) == {"2021-05-12"}, dates


def _roles(facts: SourceFacts) -> set[tuple[str, str, str | None]]:
    return {(k.from_id, k.to_id, k.title) for k in facts.links if k.type is LinkType.HOLDS_ROLE}


def test_a_members_bullet_gives_a_title_at_the_organisation_beside_it() -> None:
    text = (
        "Styrgruppen för projektet:\n\n"
        " • Lars Berglund (folkhälsostrateg), Region Jämtland Härjedalen\n"
        " • Eva Strand, Region Jämtland Härjedalen - Utvecklingsledare\n"
    )
    facts = facts_at(text, "https://www.ostersund.se/nyheter/projekt", "2021-03-03")
    assert _roles(facts) == {
        ("Person:person:lars-berglund", "Organization:region:23", "Folkhälsostrateg"),
        ("Person:person:eva-strand", "Organization:region:23", "Utvecklingsledare"),
    }


def test_a_members_bullet_holds_the_groups_own_office_in_the_group() -> None:
    text = (
        "I Vindelns kommuns folkhälsoråd ingår följande representanter:\n\n"
        " • Karin Ödman, kommunstyrelsen, ordförande\n"
        " • Olle Brandt, socialnämnden, ledamot\n"
    )
    facts = facts_at(text, "https://www.vindeln.se/folkhalsa", "2021-03-03")
    council = "Organization:forum:kommun:2404:folkhalsoradet"
    assert _roles(facts) == {
        ("Person:person:karin-odman", council, "Ordförande"),
        ("Person:person:olle-brandt", council, "Ledamot"),
    }


def test_a_groups_office_under_an_intro_that_names_no_group_is_no_role() -> None:
    # guard: "ordförande" beside "kommunstyrelsen" is not the board's chair here
    text = (
        "Deltagare på mötet:\n\n"
        " • Karin Ödman, kommunstyrelsen, ordförande\n"
        " • Olle Brandt, socialnämnden, ledamot\n"
    )
    facts = facts_at(text, "https://www.vindeln.se/folkhalsa", "2021-03-03")
    assert not _roles(facts)


def test_an_undated_reports_year_from_the_election_day_it_names() -> None:
    # 14 September was election day in 2014 only
    assert election_year("Det var sista mötet innan valet den 14 september.") == date(2014, 7, 2)
    assert election_year("Mötet hölls den 14 september.") is None
    text = (
        "Kommunfullmäktige 25 augusti\n\n"
        "Sista kommunfullmäktige innan valet den 14 september lockade många åhörare.\n\n"
        "Fullmäktige beslutade att bygga en ny sporthall i Baskarp.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf", None))
    assert set(dates.values()) == {"2014-08-25"}, dates


def test_a_sentence_that_opens_with_a_body_and_its_day_names_its_meeting() -> None:
    text = (
        "Välbesökt fullmäktige\n\n"
        "Kommunfullmäktige den 3 mars inleddes med en prisutdelning till två lärare.\n\n"
        "Ärendet om en ny sporthall i Baskarp avslogs helt.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf", "2021-03-05"))
    assert set(dates.values()) == {"2021-03-03"}, dates


def test_an_earlier_meeting_recalled_mid_sentence_dates_nothing_after_it() -> None:
    # guard: "På socialnämnden den 11 februari ..." recalls the meeting before this one
    text = (
        "Socialnämnden 22 april\n\n"
        "På socialnämnden den 11 februari godkändes en kartläggning av hemlösheten.\n\n"
        "Socialnämnden beslutade att anta en ny rutin för bostadsstöd.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/sn", "2021-04-23"))
    assert dates.get("Anta en ny rutin för bostadsstöd") != "2021-02-11", dates


def test_matters_granted_listed_in_one_sentence_are_each_decided() -> None:
    text = (
        "Kommunfullmäktige 25 augusti 2021\n\n"
        "Ärenden som beviljades var ett nytt utbildningsförbund, fler platser för "
        "ensamkommande barn samt två miljoner till kulturnämnden.\n"
    )
    dates = _decision_dates(facts_at(text, "https://www.habo.se/nyheter/kf", "2021-08-26"))
    assert len(dates) == 3, dates
    assert set(dates.values()) == {"2021-08-25"}, dates

"""Meeting days from a report's address and from a genitive weekday, document lists with
their adoption status, file-link labels, and adoptions "på fullmäktige" (invented text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, Goal
from ingest.language.link_labels import blank_link_labels
from ingest.language.url_dates import address_meeting_day

from .helpers import adopted_dates, decisions, documents, facts_at, links, page_facts

_REPORT = "https://www.sala.se/politik/ks-i-korthet/kommunstyrelsen-i-korthet-7-februari-2022/"


def test_a_meeting_report_address_writes_out_the_meeting_day() -> None:
    assert str(address_meeting_day("/politik/kommunstyrelsen-i-korthet-7-februari-2022/")) == (
        "2022-02-07"
    )
    # the posting day in digits is not the meeting's; a day with no meeting word is none
    assert str(address_meeting_day("/2017-12-05-referat-fran-ks-4-december-2017.html")) == (
        "2017-12-04"
    )
    assert address_meeting_day("/nyheter/pressmeddelande-24-september-2019-ny-plan/") is None
    assert address_meeting_day("/nyheter/2020-12-17-beslut-fran-ks/") is None
    # a day and month under the path's one year; without a year, none
    day = address_meeting_day("/uppsnabbat-2021/uppsnabbat-kulturnamnden-20-maj/taxor/")
    assert str(day) == "2021-05-20"
    assert address_meeting_day("/det-har-beslutade-kommunstyrelsen-16-december/") is None


def test_decisions_of_an_undated_report_take_the_day_its_address_writes_out() -> None:
    text = (
        "Sammanfattning av mötet\n\n"
        "Nytt äldreboende\n"
        "Kommunstyrelsen beslutade att bygga ett nytt äldreboende i Möklinta.\n"
    )
    found = decisions(page_facts(text, _REPORT))
    assert [(d.date, str(d.date_precision)) for d in found.values()] == [("2022-02-07", "day")]


def test_a_day_the_text_states_outranks_the_address() -> None:
    text = (
        "Den 3 februari 2022 sammanträdde kommunstyrelsen.\n\n"
        "Kommunstyrelsen beslutade att bygga ett nytt äldreboende i Möklinta.\n"
    )
    found = decisions(page_facts(text, _REPORT))
    assert [d.date for d in found.values()] == ["2022-02-03"]


def test_a_report_from_tuesdays_meeting_dates_its_decisions() -> None:
    text = (
        "Beslut från kommunstyrelsen\n\n"
        "Här kommer en rapport från tisdagens sammanträde med kommunstyrelsen i Sala.\n\n"
        "Kommunstyrelsen beslutade att rådgivningen ska ske i samverkan med grannkommunerna.\n"
    )
    facts = facts_at(text, "https://www.sala.se/nyheter/beslut-fran-ks.html", "2018-03-08")
    assert [d.date for d in decisions(facts).values()] == ["2018-03-06"]


def test_a_list_of_plans_with_their_adoption_status() -> None:
    text = (
        "Övriga planer\n\n"
        "Här finns kommunens planer.\n\n"
        "Centrumplan.pdf - antagen av kommunfullmäktige den 1 september 2009.\n\n"
        "Vindkraftsplan - antagen av kommunfullmäktige den 23 april 2018.\n"
    )
    facts = page_facts(text, "https://www.sala.se/bygga/planer/")
    assert {d.title for d in documents(facts).values()} == {"Centrumplan", "Vindkraftsplan"}
    assert adopted_dates(facts) == {
        "plan:kommun:1981:centrumplan": "2009-09-01",
        "plan:kommun:1981:vindkraftsplan": "2018-04-23",
    }


def test_a_bare_plan_word_opening_a_line_without_a_status_is_no_document() -> None:
    text = "Vindkraftsplan behövs inte i alla kommuner, menar debattörerna.\n"
    assert not documents(page_facts(text, "https://www.sala.se/nyheter/a/"))


def test_a_file_link_label_with_type_and_size_is_blanked_out() -> None:
    text = "antog en ny grönplan Pdf, 12 MB, öppnas i nytt fönster. för Sala kommun."
    blanked = blank_link_labels(text)
    assert len(blanked) == len(text)
    assert " ".join(blanked.split()) == "antog en ny grönplan för Sala kommun."
    # a label ending a sentence keeps the full stop before the next sentence
    text = "Läs rapporten Pdf, 4.1 MB, öppnas i nytt fönster. Mer information finns."
    assert " ".join(blank_link_labels(text).split()) == "Läs rapporten Mer information finns."


def test_an_adoption_at_the_council_names_the_council_as_adopter() -> None:
    text = "Den 12 maj 2014 antogs näringslivsstrategin på kommunfullmäktige i Sala.\n"
    facts = page_facts(text, "https://www.sala.se/naringsliv/strategi/")
    adopted = links(facts, LinkType.ADOPTED)
    assert [(k.from_id, k.date) for k in adopted] == [
        ("Organization:kommun:1981:kommunfullmaktige", "2014-05-12")
    ]


_KF_REPORT = "https://www.sala.se/politik/kommunfullmaktige-i-korthet-26-februari-2019/"


def test_citizen_proposals_referred_on_take_their_list_items_titles() -> None:
    text = (
        "Kommunfullmäktige 26 februari 2019\n\n"
        "Medborgarförslag\n\n"
        ' \u2022 "Sopsortering i verksamheterna". Förslag: Samla papper i kartong.\n'
        "  Beslut: Förslaget överlämnas till kommunstyrelsen (ks) för beredning och beslut.\n"
        ' \u2022 "Ny busshållplats vid torget".\n'
        "  Beslut: Förslaget överlämnas till ks för beredning och beslut.\n"
    )
    found = decisions(page_facts(text, _KF_REPORT))
    assert sorted(found) == [
        "Förslaget överlämnas till kommunstyrelsen (ks) för beredning och beslut: "
        "Sopsortering i verksamheterna",
        "Förslaget överlämnas till ks för beredning och beslut: Ny busshållplats vid torget",
    ]
    assert {d.date for d in found.values()} == {"2019-02-26"}


def test_bullets_naming_an_outcome_under_a_decision_list_head() -> None:
    text = (
        "Kommunfullmäktige 26 februari 2019\n\n"
        "Beslut i korthet:\n\n"
        " \u2022 Bifall för införande av en friskvårdstimma för kommunanställda\n"
        " \u2022 Avslag på motionen om fler parkeringsplatser vid torget\n"
    )
    found = decisions(page_facts(text, _KF_REPORT))
    assert sorted(found) == [
        "Avslag på motionen om fler parkeringsplatser vid torget",
        "Bifall för införande av en friskvårdstimma för kommunanställda",
    ]


def test_goals_in_a_flattened_table_under_a_counted_intro_belong_to_the_plan_read_about() -> None:
    text = (
        "Folkhälsa i Sala\n\n"
        "Folkhälsorådet har beslutat om fyra prioriterade målområden för 2021-2023:\n\n"
        "Goda uppväxtvillkor för barn                          Goda levnadsvanor\n\n"
        "                    \n\n"
        "Gott psykiskt välbefinnande                          Åldrande med livskvalité\n\n"
        "Läs mer i Folkhälsoplanen.\n"
    )
    facts = page_facts(text, "https://www.sala.se/folkhalsa/")
    has_goal = links(facts, LinkType.HAS_GOAL)
    assert {k.from_id for k in has_goal} == {"Document:municipal:plan:kommun:1981:folkhalsoplan"}
    goals = {n.text for n in facts.nodes if isinstance(n, Goal)}
    assert goals == {
        "Goda uppväxtvillkor för barn",
        "Goda levnadsvanor",
        "Gott psykiskt välbefinnande",
        "Åldrande med livskvalité",
    }


def test_the_areas_an_agreement_puts_its_focus_on_are_its_goals() -> None:
    text = (
        "Sala kommun har tecknat Miljööverenskommelsen för 2022-2025. Kommunen lägger fokus "
        "inom följande områden:\n\n"
        "  1. Giftfri vardag\n"
        "  2. Förnybar energi i fysisk planering\n"
    )
    facts = page_facts(text, "https://www.sala.se/miljo/")
    has_goal = links(facts, LinkType.HAS_GOAL)
    assert {k.from_id for k in has_goal} == {
        "Document:municipal:agreement:kommun:1981:miljo:2022-2025"
    }
    assert len(has_goal) == 2


def test_a_slug_opening_with_a_compact_date_gives_the_year_of_a_day_without_one() -> None:
    text = (
        "Kommunstyrelsen hade sammanträde 26 oktober.\n\n"
        "Kommunstyrelsen beslutade om kommunens budget för 2017.\n"
    )
    facts = page_facts(text, "https://www.sala.se/nyhet/161026-styrelsen/")
    assert [d.date for d in decisions(facts).values()] == ["2016-10-26"]
    # an id-like number is no date: a month 13 or a day 00 never reads as one
    from ingest.language.url_dates import address_date

    assert address_date("https://www.sala.se/nyhet/161326-direktion/") is None
    assert address_date("https://www.sala.se/nyhet/161000-direktion/") is None


def test_a_pledge_list_under_a_caption_after_what_the_parties_promise() -> None:
    text = (
        "Medborgarlöfte för Sala kommun\n\n"
        "Här står vad kommunen och polisen lovar att åstadkomma "
        "tillsammans.\n\n"
        "Foto: Polisbil vid torget i Sala\n\n"
        "  1. Kommunen och polisen ska genomföra trygghetsvandringar i centrum.\n"
        "  2. Polisen ska göra fler trafikkontroller vid skolorna.\n"
    )
    facts = page_facts(text, "https://www.sala.se/trygghet/medborgarlofte/")
    has_activity = links(facts, LinkType.HAS_ACTIVITY)
    assert len(has_activity) == 2
    assert {k.from_id for k in has_activity} == {
        "Document:municipal:agreement:kommun:1981:medborgarlofte-for-sala-kommun"
    }


def test_measures_named_before_are_some_of_the_pledges_measures() -> None:
    text = (
        "Tryggare Sala\n\n"
        "Fler cykelpatruller, trygghetsvandringar och bättre belysning är några av de sju "
        "åtgärder som polisen och kommunen lovar i år. Åtgärderna finns i Medborgarlöfte "
        "2024 för Sala kommun.\n"
    )
    facts = page_facts(text, "https://www.sala.se/nyheter/trygghet/")
    activities = {n.description for n in facts.nodes if isinstance(n, Activity)}
    assert activities == {"Fler cykelpatruller", "trygghetsvandringar", "bättre belysning"}
    owners = {k.from_id for k in links(facts, LinkType.HAS_ACTIVITY)}
    assert len(owners) == 1 and "medborgarlofte" in owners.pop()


def test_the_means_to_reach_a_goal_are_the_documents_activities() -> None:
    text = (
        "Riktlinjer för bostadsförsörjning i Sala kommun\n\n"
        "För att nå målet ska kommunen fortsätta att bygga fler hyresrätter i tätorten, "
        "se till att det finns trygghetsboenden för äldre och att det finns bostäder för "
        "unga vuxna.\n"
    )
    facts = page_facts(text, "https://www.sala.se/bostader/riktlinjer/")
    activities = {n.description for n in facts.nodes if isinstance(n, Activity)}
    assert activities == {
        "bygga fler hyresrätter i tätorten",
        "se till att det finns trygghetsboenden för äldre",
        "det finns bostäder för unga vuxna",
    }
    owners = {k.from_id for k in links(facts, LinkType.HAS_ACTIVITY)}
    assert owners == {
        "Document:municipal:guideline:kommun:1981:riktlinjer-for-bostadsforsorjning-i-sala-kommun"
    }


def test_the_day_a_decision_takes_effect_is_not_its_date() -> None:
    text = (
        "Beslut i korthet Kommunfullmäktige 21 mars 2005\n\n"
        "Sotningen får en ny taxa från och med 1 april Kommunfullmäktige har "
        "godkänt nya avgifter för hemtjänsten.\n"
    )
    found = decisions(page_facts(text, "https://www.sala.se/politik/kf-beslut/"))
    assert [d.date for d in found.values()] == ["2005-03-21"], found


def test_guidelines_name_their_topic_after_gallande_as_after_for() -> None:
    text = (
        "Kommunfullmäktige 22 maj 2023\n\n"
        "Kommunfullmäktige antog riktlinjer gällande mutor och jäv i upphandling.\n"
    )
    facts = page_facts(text, "https://www.sala.se/nyheter/kf/")
    assert {d.title for d in documents(facts).values()} == {
        "Riktlinjer gällande mutor och jäv i upphandling"
    }
    assert adopted_dates(facts) == {
        "guideline:kommun:1981:riktlinjer-gallande-mutor-och-jav-i-upphandling": "2023-05-22"
    }


def test_a_document_adopted_at_a_bodys_meeting_in_the_passive_is_new() -> None:
    text = (
        "Kommunfullmäktige 22 maj 2023\n\n"
        "På kommunfullmäktiges möte antogs också riktlinjer gällande mutor och jäv.\n"
    )
    facts = page_facts(text, "https://www.sala.se/nyheter/kf/")
    assert adopted_dates(facts) == {
        "guideline:kommun:1981:riktlinjer-gallande-mutor-och-jav": "2023-05-22"
    }


def test_a_months_meeting_takes_the_one_day_the_page_tells_relative_to_itself() -> None:
    facts = facts_at(
        "Ja till ny skola\n\nFullmäktiges ordförande kallade dialogen inför torsdagskvällens "
        "beslut historisk.\n\nEtt urval av övriga beslut i korthet:\n\n"
        "  \u2022 Kommunfullmäktige beslutade att återremittera Plan för trafik.\n\n"
        "På fullmäktiges septembersammanträde uppmärksammades också lokala idrottare.\n",
        "https://www.sala.se/nyheter/2021-09-30-ja-till-ny-skola.html",
        None,
    )
    assert {d.date for d in decisions(facts).values()} == {"2021-09-30"}, decisions(facts)


def test_a_meeting_the_chair_had_yesterday_dates_none_of_the_boards_decisions() -> None:
    facts = facts_at(
        "Regionstyrelsen har haft möte\n\nPublicerad 2016-12-14 15:41\nRegionstyrelsen har "
        "sammanträtt i dag, onsdagen den 14 december. Styrelsen fick höra om hamnen.\n\n"
        "Hamnens framtid\nStyrelsens ordförande Eva Ek berättade om det möte som hon, "
        "regiondirektören Per Berg och kollegor i Kalmar kommun i går kväll hade med "
        "landsbygdsministern.\n\nMiljöpriset 2016\nRegionstyrelsen beslutar att från 2017 dela "
        "ut miljöpriset vartannat år. Ledningskontoret får i uppdrag att senast i mars 2017 "
        "återkomma med förslag till regler.\n",
        "https://www.gotland.se/93841",
        "2016-12-14",
    )
    dated = {(d.id.split(":")[1], d.date) for d in decisions(facts).values()}
    assert dated == {("kommun-0980-regionstyrelsen", "2016-12-14")}, dated

"""Wordings first met on development pages in the twenty-fourth session (2026-12-02).
Short fictional texts written for these tests."""

from __future__ import annotations

from tests.ingest.helpers import (
    adopted_dates,
    decisions,
    documents,
    facts_at,
    held_roles,
    organizations,
    party_of,
)

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
FLEN = "Organization:kommun:0482"
HEAD = "Flens kommun\n\nNyheter\n\n2024-03-14\n\n"


def _decided(text: str) -> dict[str, str | None]:
    return {s: d.date for s, d in decisions(facts_at(HEAD + text, MUNICIPAL, "2024-03-14")).items()}


def test_a_referral_with_an_adverb_and_a_purpose_of_trial_is_a_decision() -> None:
    found = _decided(
        "Kommunfullmäktige sammanträdde den 11 mars.\n\nEtt förslag om en ny cykelbana längs "
        "Storgatan överlämnades till tekniska nämnden för prövning och beslut. Förslag om "
        "fler bänkar i parken remitterades också till kommunstyrelsen för vidare beredning.\n"
    )
    assert sorted(found) == [
        "Ett förslag om en ny cykelbana längs Storgatan överlämnades till tekniska nämnden "
        "för prövning och beslut.",
        "Förslag om fler bänkar i parken remitterades också till kommunstyrelsen för vidare "
        "beredning.",
    ], found
    assert set(found.values()) == {"2024-03-11"}


def test_the_purpose_of_a_referral_is_no_body() -> None:
    facts = facts_at(
        HEAD + "Kommunfullmäktige sammanträdde den 11 mars. Ett förslag om en ny cykelbana "
        "överlämnades till tekniska nämnden för prövning och beslut.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert not [o for o in organizations(facts) if "provning" in o], organizations(facts)


def test_a_tabled_motion_is_a_decision_but_many_tabled_matters_are_not() -> None:
    found = _decided(
        "Kommunfullmäktige sammanträdde den 11 mars.\n\nEn motion om gratis simskola för "
        "alla barn bordlades. Att notera är att ett flertal ärenden bordlades.\n"
    )
    assert list(found) == ["En motion om gratis simskola för alla barn bordlades."], found


def test_a_motion_referred_under_the_councils_label_takes_its_items_heading() -> None:
    found = _decided(
        "Referat från kommunfullmäktiges sammanträde 11 mars 2024\n\nMotion om gratis "
        "simskola\n\nTvå ledamöter har lämnat in en motion om simskola. De vill att alla barn "
        "ska lära sig simma.\n\nKommunfullmäktiges beslut\nMotionen remitteras till "
        "kommunstyrelsen.\n\nMotion om fler papperskorgar\n\nEn ledamot har lämnat in en "
        "motion om papperskorgar.\n\nKommunfullmäktiges beslut\nMotionen remitteras till "
        "kommunstyrelsen.\n"
    )
    assert sorted(found) == [
        "Motionen remitteras till kommunstyrelsen: Motion om fler papperskorgar",
        "Motionen remitteras till kommunstyrelsen: Motion om gratis simskola",
    ], found
    assert set(found.values()) == {"2024-03-11"}


MINUTES_HEAD = (
    "Kommunstyrelsen 2024-03-11\n\nPlats och tid Stora salen, kommunhuset i Flen Måndagen "
    "den 11 mars 2024 kl. 13.00 16.00 Beslutande Karin Holm (S), ordförande Per Lund (S) "
    "Eva Berg (M), ej 41 p.g.a. jäv Ola Dahl (C) Ej tjänstgörande ersättare och övriga "
    "närvarande Nils Ek, kommunchef Lena Sjö, sekreterare Mats Ås, ekonomichef 37 "
    "Utses att justera Ola Dahl\n"
)


def test_staff_in_a_run_on_minutes_head_hold_no_recorded_role() -> None:
    facts = facts_at(MINUTES_HEAD, "https://www.flen.se/protokoll/ks-2024-03-11", None)
    assert held_roles(facts) == {("karin-holm", f"{FLEN}:kommunstyrelsen", "Ordförande")}


def test_a_title_after_a_name_outside_a_minutes_head_is_still_a_role() -> None:
    facts = facts_at(
        HEAD + "Nils Ek, kommunchef, säger att arbetet går bra. Beslutande organ är "
        "kommunstyrelsen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert held_roles(facts) == {("nils-ek", FLEN, "Kommunchef")}


def test_present_tense_bullets_under_a_dated_summary_heading_are_the_boards_decisions() -> None:
    found = _decided(
        "Kommunstyrelsen 2024-03-11 i sammandrag:\n\n-Avslår ansökan från Flens IF om bidrag "
        "till en ny konstgräsplan.\n- Beviljar verksamhetsbidrag till hembygdsföreningen med "
        "50 000 kronor.\n"
    )
    assert sorted(found) == [
        "Avslår ansökan från Flens IF om bidrag till en ny konstgräsplan.",
        "Beviljar verksamhetsbidrag till hembygdsföreningen med 50 000 kronor.",
    ], found
    assert set(found.values()) == {"2024-03-11"}


def test_present_tense_bullets_under_a_heading_that_names_no_matters_are_not_decisions() -> None:
    found = _decided(
        "Kommunstyrelsen sammanträdde den 11 mars.\n\nVi arbetar för att kommunen:\n\n"
        "- Beviljar bygglov snabbare.\n- Antar en tydlig plan för skolan.\n"
    )
    assert found == {}, found


def test_genitive_places_listed_before_their_common_noun_are_no_organisations() -> None:
    facts = facts_at(
        "Plats och tid Sammanträdesrum Ekeby, kommunkontoret i Flen, klockan 13.30 "
        "Beslutande Karin Holm (S), ordförande Justerare Per Lund (S)\n\nÖverklagat "
        "undersökningstillstånd för området Ekeby nr 7 i Flen, Vingåkers och "
        "Katrineholms kommuner, Södermanland\n",
        "https://docplayer.se/amp/1234-protokoll-kommunstyrelsen.html",
        None,
    )
    assert not [o for o in organizations(facts) if o.startswith("Organization:org:")]


def test_a_company_listed_after_an_organisation_is_still_one() -> None:
    facts = facts_at(
        HEAD + "I projektet deltar Länsstyrelsen Södermanland, Coompanion Sörmland och "
        "Almi Mälardalen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = organizations(facts)
    assert {"Organization:org:coompanion-sormland", "Organization:org:almi-malardalen"} <= set(
        found
    ), found


def test_an_office_as_the_venue_before_the_hour_is_no_body() -> None:
    facts = facts_at(
        "Kommunstyrelsen 2024-03-11\n\nPlats och tid Sammanträdesrum Ekeby, kommunkontoret "
        "i Flen, klockan 13.30-15.45 Beslutande Karin Holm (S), ordförande Justerare Per "
        "Lund (S)\n",
        "https://www.flen.se/protokoll/ks-2024-03-11",
        None,
    )
    assert f"{FLEN}:kommunkontoret" not in organizations(facts), organizations(facts)


def test_a_capitalised_second_document_ends_the_first_ones_topic() -> None:
    facts = facts_at(
        HEAD + "Projekten ska ha koppling till styrdokumenten Näringslivsstrategi för Flen "
        "och Kulturplan för Flen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert sorted(documents(facts)) == [
        "Document:municipal:plan:kommun:0482:kulturplan-for-flen",
        "Document:municipal:strategy:kommun:0482:naringslivsstrategi-for-flen",
    ], sorted(documents(facts))


COUNTY = "https://www.lansstyrelsen.se/sodermanland/nyheter/livsmedelsstrategi.html"


def test_a_loose_heading_compound_is_the_national_document_the_page_names() -> None:
    facts = facts_at(
        "Livsmedelsstrategi\n\nDen svenska livsmedelsstrategin antogs 2017 och gäller till "
        "2030.\n\nLivsmedelsstrategin ska bidra till:\n\n• Hållbar utveckling i hela landet."
        "\n• Ökad självförsörjning av livsmedel.\n",
        COUNTY,
        "2024-03-14",
    )
    assert [d.split(":")[1] for d in documents(facts)] == ["national"], documents(facts)


def test_a_county_boards_own_strategy_with_its_place_stays_its_own() -> None:
    facts = facts_at(
        "Livsmedelsstrategi\n\nDen svenska livsmedelsstrategin antogs 2017. Länsstyrelsen "
        "har tagit fram Livsmedelsstrategi för Södermanland 2020-2030.\n",
        COUNTY,
        "2024-03-14",
    )
    assert sorted(d.split(":")[1] for d in documents(facts)) == ["national", "regional"]


REGION = "https://regionkalmar.se/nyhetslista/ny-kamera/"
REGION_HEAD = "Region Kalmar län\n\nPressmeddelande 2019-09-04\n\nNy kamera\n\n"


def test_a_month_a_decision_was_taken_in_is_no_later_than_its_page() -> None:
    facts = facts_at(
        REGION_HEAD + "I februari gav regionstyrelsen förvaltningen i uppdrag att planera "
        "för en ny kamera.\n",
        REGION,
        "2019-09-04",
    )
    assert [d.date for d in decisions(facts).values()] == ["2019-02-01"]


def test_a_month_ahead_in_the_same_year_stays_when_it_is_not_after_the_page() -> None:
    facts = facts_at(
        REGION_HEAD + "I augusti gav regionstyrelsen förvaltningen i uppdrag att planera "
        "för en ny kamera.\n",
        REGION,
        "2019-09-04",
    )
    assert [d.date for d in decisions(facts).values()] == ["2019-08-01"]


def test_titles_in_a_minutes_head_that_opens_with_its_time_and_place_give_no_roles() -> None:
    facts = facts_at(
        "Regionstyrelsen\n\n2 Tid och plats Onsdagen den 30 maj 2018 kl 9.00 Region Kalmar "
        "län, Kalmar Närvarande Ordförande - (S) Eva Berg Regiondirektör Nils Ek "
        "Sekreterare Lena Sjö Justerare Ola Dahl (C)\n",
        "https://regionkalmar.se/protokoll/rs-2018-05-30/",
        None,
    )
    assert not [r for r in held_roles(facts) if r[0] in ("nils-ek", "lena-sjo")], held_roles(facts)


def test_a_party_after_a_genitive_bodys_title_is_the_persons() -> None:
    facts = facts_at(
        HEAD + "- Det är bra, säger Karin Holm, kommunstyrelsens ordförande (S).\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert party_of(facts, "karin-holm") == "S"
    assert held_roles(facts) == {("karin-holm", f"{FLEN}:kommunstyrelsen", "Ordförande")}


def _adopted_at(text: str) -> dict[str, str | None]:
    return adopted_dates(facts_at(HEAD + text, MUNICIPAL, "2024-03-14"))


def test_two_documents_decided_in_the_council_are_both_adopted() -> None:
    found = _adopted_at(
        "Kommunens första hållbarhetspolicy och hållbarhetsstrategi har beslutats i "
        "kommunfullmäktige.\n"
    )
    assert set(found) == {
        "policy:kommun:0482:hallbarhetspolicy",
        "strategy:kommun:0482:hallbarhetsstrategi",
    }, found


def test_a_month_a_document_was_adopted_in_is_no_later_than_its_page() -> None:
    found = _adopted_at("Kulturplanen och kulturstrategin antogs av kommunfullmäktige i juni.\n")
    assert set(found.values()) == {"2023-06-01"}, found


def test_a_boards_committee_named_by_a_pair_of_remits_is_one_body() -> None:
    facts = facts_at(
        HEAD + "Planen går efter beslut i kommunstyrelsens plan- och "
        "samhällsbyggnadsutskott ut på remiss.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert f"{FLEN}:kommunstyrelsens-plan-och-samhallsbyggnadsutskott" in organizations(facts)
    assert f"{FLEN}:kommunstyrelsen" not in organizations(facts)


AGENCY = "https://www.esf.se/nyheter/2024/projektmedel/"


def test_a_sum_handed_out_since_a_year_is_no_decision() -> None:
    facts = facts_at(
        "Svenska ESF-rådet\n\n2024-03-14\n\nSedan 2015 har Svenska ESF-rådet fördelat "
        "nästan 6 miljarder kronor till sammanlagt 1 900 projekt.\n",
        AGENCY,
        "2024-03-14",
    )
    assert decisions(facts) == {}


def test_a_compass_word_opens_an_associations_name() -> None:
    facts = facts_at(
        HEAD + "Projektet drivs med Södra Ekbyns företagarförening.\n", MUNICIPAL, "2024-03-14"
    )
    assert "Organization:org:sodra-ekbyns-foretagarforening" in organizations(facts)


def test_a_minutes_head_with_its_fields_before_its_people_gives_only_the_chair() -> None:
    facts = facts_at(
        "Kommunstyrelsen 2024-03-11\n\n1 (45) Plats och tid Sammanträdesrummet Ekeby, "
        "måndagen den 11 mars 2024 klockan 13.00 16.15. Beslutande Övriga deltagare Utses "
        "att justera Karin Holm (S), ordförande Per Lund (S), ledamot Eva Berg (C), ledamot "
        "Nils Ek, kommunchef Lena Sjö, socialchef Eva Berg Justeringens tid och plats "
        "Kanslienheten 2024-03-12\n",
        "https://www.flen.se/protokoll/ks-2024-03-11",
        None,
    )
    assert held_roles(facts) == {("karin-holm", f"{FLEN}:kommunstyrelsen", "Ordförande")}


COUNTY_HEAD = "Länsstyrelsen Södermanland\n\n2024-02-01\n\n"


def test_a_post_taken_up_as_ones_own_names_the_holder_and_title() -> None:
    facts = facts_at(
        COUNTY_HEAD + "I dag tillträder Karin Holm sitt uppdrag som landshövding i "
        "Södermanlands län.\n",
        COUNTY,
        "2024-02-01",
    )
    assert held_roles(facts) == {("karin-holm", "Organization:lansstyrelse:04", "Landshövding")}


def test_an_appointment_with_the_government_between_verb_and_name_names_the_holder() -> None:
    facts = facts_at(
        COUNTY_HEAD + "Den 9 november utsåg regeringen Karin Holm till ny landshövding i "
        "Södermanlands län.\n",
        COUNTY,
        "2024-02-01",
    )
    assert held_roles(facts) == {("karin-holm", "Organization:lansstyrelse:04", "Landshövding")}


def test_an_agency_head_titled_by_the_office_holds_a_role_at_the_agency() -> None:
    facts = facts_at(
        "Riksarkivet\n\n2024-02-01\n\n- Det här är bra, säger riksarkivarie Karin Holm.\n",
        "https://riksarkivet.se/nyheter/utredning",
        "2024-02-01",
    )
    assert held_roles(facts) == {
        ("karin-holm", "Organization:nationell:riksarkivet", "Riksarkivarie")
    }


def test_a_list_of_the_pages_update_line_and_date_gives_no_goals() -> None:
    facts = facts_at(
        HEAD + "Mötet beslutade också om en ny vision och strategiska målområden.\n"
        "- Senast uppdaterad:\n- 19 oktober 2022\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert not [n for n in facts.nodes if n.id.startswith("Goal:")]


def test_members_named_with_their_party_and_elected_to_the_chair_are_decisions_and_roles() -> None:
    text = (
        HEAD + "Karin Holm (S) valdes till ny ordförande för kommunfullmäktige i Flens kommun."
        "\n\nÖvriga i presidiet blev Per Lund (M) som valdes till vice ordförande i "
        "kommunfullmäktige.\n"
    )
    facts = facts_at(text, MUNICIPAL, "2024-03-14")
    assert len(decisions(facts)) == 2, decisions(facts)
    assert held_roles(facts) == {
        ("karin-holm", f"{FLEN}:kommunfullmaktige", "Ordförande"),
        ("per-lund", f"{FLEN}:kommunfullmaktige", "Vice ordförande"),
    }


def test_a_technical_department_is_a_body_and_its_purchase_no_remit() -> None:
    facts = facts_at(
        HEAD + "Medel tillförs tekniska avdelningen för inköp av en ny bil.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert sorted(o for o in organizations(facts) if o.startswith(f"{FLEN}:")) == [
        f"{FLEN}:tekniska-avdelningen"
    ]


def test_an_assignments_second_task_is_a_decision_of_its_own() -> None:
    facts = facts_at(
        "Regeringen\n\n2024-03-14\n\nRegeringen ger nu Brottsoffermyndigheten i uppdrag att "
        "ta fram en plan för sitt kunskapscentrum och vidta åtgärder för ett likvärdigt stöd "
        "i hela landet.\n",
        "https://www.regeringen.se/pressmeddelanden/2024/03/nya-uppdrag/",
        "2024-03-14",
    )
    found = decisions(facts)
    assert len(found) == 2, found
    assert any(s.startswith("Vidta åtgärder") or " vidta åtgärder" in s for s in found), found


def test_a_stranded_om_before_the_meeting_points_back_to_the_sentence_before() -> None:
    found = _decided(
        "Solceller ska byggas på tre av kommunens skolor till en kostnad av 5 miljoner "
        "kronor. Det beslutade kommunstyrelsen om vid sitt möte på onsdagen.\n"
    )
    assert [s for s in found if s.lower().startswith("vid sitt")] == [], found
    assert any(s.startswith("Solceller ska byggas") for s in found), found

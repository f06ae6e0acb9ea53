"""Constructions found in the seventieth session on development pages, restated as
invented sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts

from .helpers import facts_at, links

_REGION = "https://www.regionorebrolan.se/nyheter/utvecklingsmedel"
_TOWN = "https://www.habo.se/nyheter/bredband"


def _initiatives(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Initiative:")}


def _documents(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Document:")}


def test_an_acronym_written_after_a_headed_projects_name_is_no_part_of_it() -> None:
    text = (
        "Åtta projekt får utvecklingsmedel\n\n"
        "Regionala utvecklingsnämnden beslutade idag att bevilja 9 miljoner kronor till "
        "åtta projekt.\n\n"
        "1. Smarta energilösningar i Bergslagens företag SEBF\n"
        "Projektägare Region Örebro län beviljas 1 200 000 kr.\n\n"
        "SEBF ska hjälpa småföretag att spara energi.\n"
    )
    facts = facts_at(text, _REGION, "2021-05-12")
    name = "Initiative:smarta-energilosningar-i-bergslagens-foretag"
    assert _initiatives(facts) == {name}
    funders = {k.from_id for k in links(facts, LinkType.FUNDS, to_id=name)}
    assert funders == {"Organization:region:18:regionala-utvecklingsnamnden"}


def test_a_capital_word_whose_letters_are_not_the_initials_stays_in_the_name() -> None:
    # guard: "UNG" after "Kultur för alla i länet" spells no initials of it
    text = (
        "Åtta projekt får utvecklingsmedel\n\n"
        "Regionala utvecklingsnämnden beslutade idag att bevilja 9 miljoner kronor till "
        "åtta projekt.\n\n"
        "1. Kultur för alla i länet UNG\n"
        "Projektägare Region Örebro län beviljas 1 200 000 kr.\n"
    )
    facts = facts_at(text, _REGION, "2021-05-12")
    assert _initiatives(facts) == {"Initiative:kultur-for-alla-i-lanet-ung"}


def test_a_strategy_that_shall_hold_from_one_year_to_another_has_that_period() -> None:
    text = (
        "Ny strategi för Habo\n\n"
        "År 2019 tog kommunen fram en lokal strategi som ska gälla från 2020 till 2030. "
        "Habostrategin följs upp varje år.\n"
    )
    facts = facts_at(text, _TOWN, "2020-03-12")
    assert "Document:municipal:strategy:kommun:0305:2020-2030" in _documents(facts)


def test_the_years_of_a_plans_stated_purpose_are_its_period() -> None:
    text = (
        "Bredband i Habo\n\n"
        "Kommunstyrelsen godkände 2020 en handlingsplan för laddinfrastruktur. Syftet med "
        "handlingsplanen var att beskriva kommunens laddstrategi och utbyggnaden "
        "mellan åren 2021-2023.\n"
    )
    facts = facts_at(text, _TOWN, "2020-03-12")
    assert "Document:municipal:action-plan:kommun:0305:2021-2023" in _documents(facts)


_AGENCY = "https://www.tillvaxtverket.se/nyheter/serviceprogram"


def _organisations(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Organization:")}


def test_one_county_board_named_with_a_list_of_counties_is_each_countys_board() -> None:
    text = (
        "Nya serviceprogram\n\n"
        "Programmen leds av Länsstyrelsen i Kalmar, Gotland, Halland och Västerbotten.\n"
    )
    facts = facts_at(text, _AGENCY, "2021-05-12")
    boards = {o for o in _organisations(facts) if o.startswith("Organization:lansstyrelse:")}
    assert boards == {f"Organization:lansstyrelse:{c}" for c in ("08", "09", "13", "24")}


def test_the_regions_in_a_list_of_counties_are_each_countys_region() -> None:
    text = "Samarbete i sydost\n\nRegionerna i Kalmar, Kronoberg och Jönköpings län samverkar.\n"
    facts = facts_at(text, _AGENCY, "2021-05-12")
    regions = {o for o in _organisations(facts) if o.startswith("Organization:region:")}
    assert regions == {f"Organization:region:{c}" for c in ("06", "07", "08")}


def test_a_list_with_a_town_names_no_county_boards() -> None:
    # guard: "Gävle" is a town, not a county: the list is not one of counties
    text = "Nya serviceprogram\n\nLänsstyrelsen i Dalarna, Gävle och Halland deltar.\n"
    facts = facts_at(text, _AGENCY, "2021-05-12")
    boards = {o for o in _organisations(facts) if o.startswith("Organization:lansstyrelse:")}
    assert boards <= {"Organization:lansstyrelse:20"}


def _issued(facts: SourceFacts) -> set[tuple[str, str]]:
    return {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)}


_AGENCY_NEWS = "https://www.kulturradet.se/nyheter/lasframjande"


def test_an_agency_that_handed_a_programme_to_the_government_made_it() -> None:
    text = (
        "Arkitektur\n\nBoverket har lämnat ett handlingsprogram för arkitektur till regeringen.\n"
    )
    facts = facts_at(text, _AGENCY_NEWS, "2021-05-12")
    doc = "Document:national:programme:se:handlingsprogram-for-arkitektur"
    assert doc in _documents(facts)  # the receiver is no part of the title
    assert _issued(facts) == {("Organization:nationell:boverket", doc)}


def test_agencies_named_after_the_hand_over_verb_drafted_the_strategy() -> None:
    text = (
        "Ny strategi\n\nDen 3 mars 2022 överlämnade Boverket och "
        "Naturvårdsverket ett förslag till ny nationell strategi för grönområden.\n"
    )
    facts = facts_at(text, _AGENCY_NEWS, "2022-03-04")
    doc = "Document:national:strategy:se:strategi-for-gronomraden"
    assert {m for m, d in _issued(facts) if d == doc} == {
        "Organization:nationell:boverket",
        "Organization:nationell:naturvardsverket",
    }


def test_the_board_that_published_the_programme_made_it() -> None:
    text = (
        "Kulturmiljö\n\n2015 publicerade Länsstyrelsen det reviderade "
        "naturvårdsprogrammet för länet.\n"
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/kronoberg/nyheter/x", "2013-01-02")
    assert any(m == "Organization:lansstyrelse:07" for m, _ in _issued(facts))


def test_handing_over_comments_on_a_strategy_is_not_making_it() -> None:
    # guard: "lämnade synpunkter på" hands over no strategy
    text = (
        "Remiss\n\nNu finns Klimatstrategi för Kronoberg. Länsstyrelsen lämnade synpunkter "
        "på Klimatstrategi för Kronoberg till regionen.\n"
    )
    facts = facts_at(text, "https://www.regionkronoberg.se/nyheter/x", "2013-01-02")
    assert not any(m.startswith("Organization:lansstyrelse") for m, _ in _issued(facts))


def _adopted(facts: SourceFacts) -> dict[tuple[str, str], str | None]:
    return {(k.from_id, k.to_id): k.date for k in links(facts, LinkType.ADOPTED)}


_COUNCIL = "Organization:kommun:0305:kommunfullmaktige"


def test_a_council_voting_a_strategy_through_after_a_fronted_time_adopted_it() -> None:
    text = "Fullmäktige\n\nI december röstade kommunfullmäktige igenom den nya klimatstrategin.\n"
    facts = facts_at(text, _TOWN, "2020-12-20")
    assert (_COUNCIL, "Document:municipal:strategy:kommun:0305:klimatstrategi") in _adopted(facts)


def test_a_programme_adopted_in_a_fronted_year_by_the_council_is_dated_by_it() -> None:
    text = "Folkhälsorådet\n\n2021 antogs ett nytt kulturpolitiskt program av kommunfullmäktige.\n"
    facts = facts_at(text, _TOWN, "2023-03-01")
    doc = "Document:municipal:programme:kommun:0305:kulturpolitiskt-program"
    assert _adopted(facts).get((_COUNCIL, doc)) == "2021-01-01"


def test_pledges_grounded_in_a_strategy_implement_it() -> None:
    text = (
        "Klimatlöften\n\nRegionen har antagit Klimatlöften för Östergötland. Löftena grundar "
        "sig i den regionala klimatstrategin Energi 2035.\n"
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/x", "2021-05-12")
    implements = {(k.from_id, k.to_id) for k in links(facts, LinkType.IMPLEMENTS)}
    assert (
        "Document:regional:agreement:lan:05:klimatlofte-for-ostergotland",
        "Document:regional:strategy:lan:05:energi-2035",
    ) in implements


def _decision_ids(facts: SourceFacts) -> set[str]:
    return {n.id for n in facts.nodes if n.id.startswith("Decision:")}


def _board_items(*items: str) -> str:
    listed = "\n\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
    return (
        "KS 29 augusti\n\nKommunstyrelsen beslutade bl a följande vid sitt sammanträde den "
        f"29 augusti:\n\n{listed}\n"
    )


_MARKARYD = "https://www.markaryd.se/nyheter/ks-29-augusti"


def test_noting_that_a_forecast_is_better_than_budget_is_a_decided_item() -> None:
    text = _board_items(
        "Att notera redovisningen från ordföranden.",
        "Att notera att prognosen visar ett överskott, vilket är bättre än budget.",
    )
    facts = facts_at(text, _MARKARYD, "2018-08-30")
    assert any("notera-att-prognosen-visar-ett-overskott" in d for d in _decision_ids(facts))


def test_an_att_clause_that_is_the_subject_of_a_statement_is_no_item() -> None:
    # guard: "Att erbjuda ... är en viktig del" states a value; "som förmån" is no clause
    text = _board_items(
        "Att notera redovisningen från ordföranden.",
        "Att erbjuda friskvård som förmån är en viktig del i personalpolitiken.",
    )
    facts = facts_at(text, _MARKARYD, "2018-08-30")
    assert not any("friskvard" in d for d in _decision_ids(facts))


def _decided_by(facts: SourceFacts) -> set[str]:
    return {k.from_id for k in links(facts, LinkType.DECIDED)}


_GOVERNMENT = "https://www.regeringen.se/pressmeddelanden/2019/x"


def test_the_government_that_left_a_task_to_an_agency_decided_it() -> None:
    text = (
        "Bostäder\n\nUnder 2021 har regeringen lämnat i uppdrag till Boverket "
        "att utveckla arbetet med bostadsförsörjning.\n"
    )
    facts = facts_at(text, _GOVERNMENT, "2019-05-02")
    assert "Organization:nationell:regeringen" in _decided_by(facts)


def test_a_standing_task_is_no_decision() -> None:
    # guard: "har sedan 2017 i uppdrag att" holds a mandate, gives none
    text = "Samordning\n\nLänsstyrelsen har sedan 2017 i uppdrag att samordna arbetet.\n"
    facts = facts_at(text, "https://www.lansstyrelsen.se/kronoberg/x", "2019-05-02")
    assert not _decision_ids(facts)


def test_money_written_with_a_dot_between_thousands_is_money_received() -> None:
    text = (
        "Landsbygd\n\nLänsstyrelsen får 320.000 kronor av Jordbruksverket för att "
        "stärka landsbygden.\n"
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/gotland/nyheter/x", "2019-05-02")
    assert "Organization:nationell:jordbruksverket" in _decided_by(facts)


def test_a_card_line_ending_in_a_phone_number_holds_the_role() -> None:
    text = (
        "Näringslivsstrategi\n\nHär finns dokumentationen.\n\n"
        "Karin Lund Strateg Näringsliv och arbetsmarknad 070-123 45 67\n\n"
        "Hjälpte den här informationen dig?\n"
    )
    facts = facts_at(text, "https://regionsormland.se/naringsliv/strategi", "2020-03-12")
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:karin-lund", "Organization:region:04") in held


def test_a_municipality_that_took_part_in_a_hyphened_programme_participates() -> None:
    text = "Leader\n\nSedan 2015 har Bollnäs kommun deltagit i EU-programmet Leader.\n"
    facts = facts_at(text, "https://www.bollnas.se/nyheter/leader", "2022-02-05")
    part = {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert ("Organization:kommun:2183", "Initiative:leader") in part


def test_skrs_samling_for_social_hallbarhet_is_a_known_initiative() -> None:
    text = (
        "Folkhälsa\n\nKommunen arbetar utifrån Samling för Social hållbarhet och "
        "rekommendationerna från kommissionen.\n"
    )
    facts = facts_at(text, "https://www.eskilstuna.se/nyheter/folkhalsa", "2020-03-12")
    assert "Initiative:samling-for-social-hallbarhet" in _initiatives(facts)


def test_reading_the_published_strategy_is_not_publishing_it() -> None:
    # guard: "den publicerade strategin" is a participle, not a verb with a subject
    text = (
        "Remiss\n\nNu finns Klimatstrategi för Kronoberg. Länsstyrelsen läste den publicerade "
        "Klimatstrategi för Kronoberg noga.\n"
    )
    facts = facts_at(text, "https://www.regionkronoberg.se/nyheter/x", "2013-01-02")
    assert not any(m.startswith("Organization:lansstyrelse") for m, _ in _issued(facts))

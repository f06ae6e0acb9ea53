"""Defects found in the sixty-fifth session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts

from .helpers import decisions, documents, facts_at, links

BODEN = "https://www.boden.se/trygghet.html"
ARVIKA = "https://www.arvika.se/alkohol.html"


def _facts(text: str, site: str) -> SourceFacts:
    return facts_at(text, site, "2024-05-02")


def _titles(facts: SourceFacts) -> set[str]:
    return {d.title for d in documents(facts).values()}


def test_an_agreement_titled_by_its_parties_is_not_an_earlier_pledge() -> None:
    text = (
        "Trygghet i Boden\n\n"
        "Bodens kommun har tillsammans med polisen kommit fram till gemensamma "
        "medborgarlöften för 2023 med fokus på trygghet i byarna.\n\n"
        "Överenskommelse mellan Bodens kommun och polisen\n\n"
        "För att strukturera arbetet har en överenskommelse skrivits mellan kommunen och "
        "polisen.\n"
    )
    kinds = [d for d in documents(_facts(text, BODEN)).values() if d.kind.value == "agreement"]
    assert len(kinds) == 2
    assert any(d.title.startswith("Överenskommelse mellan Bodens kommun") for d in kinds)


def test_an_agreement_between_its_parties_may_still_be_the_pledge_named_before() -> None:
    # guard: the pledge's own noun with its parties is the pledge named before
    text = (
        "Trygghet i Boden\n\n"
        "Bodens kommun och polisen har tecknat ett nytt medborgarlöfte för 2023.\n\n"
        "Medborgarlöftet mellan Bodens kommun och polisen gäller i ett år.\n"
    )
    kinds = [d for d in documents(_facts(text, BODEN)).values() if d.kind.value == "agreement"]
    assert len(kinds) == 1


def test_a_flattened_contents_list_names_each_guideline_apart() -> None:
    text = (
        "Alkohol- och drogpolitiskt program 2024-2027\n\n"
        "Bilagor Bilaga 1 Bilaga 2 Översikt över arbetet i Arvika kommun Arvika kommuns "
        "riktlinjer för serveringstillstånd enligt alkohollagen Arvika kommuns riktlinjer "
        "för tillsyn enligt alkohollagen Utdrag ur Handbok i tillsyn Tillsynsprotokoll\n"
    )
    titles = _titles(_facts(text, ARVIKA))
    assert "Riktlinjer för serveringstillstånd enligt alkohollagen" in titles
    assert "Riktlinjer för tillsyn enligt alkohollagen" in titles


def test_a_municipality_as_a_topic_keeps_its_genitive_free_place() -> None:
    # guard: "för Arvika kommun" is a topic's place, not a second document's owner
    text = "Arvika kommun\n\nKommunfullmäktige antog en ny Kulturstrategi för Arvika kommun.\n"
    assert any("Arvika kommun" in t for t in _titles(_facts(text, ARVIKA)))
    assert links(_facts(text, ARVIKA), LinkType.ADOPTED)


def test_a_passive_adoption_at_the_reported_meeting_is_a_decision() -> None:
    text = (
        "Kommunfullmäktige 12 mars\n\n"
        "Den 12 mars 2024 sammanträdde kommunfullmäktige i Boden.\n\n"
        "Risk- och sårbarhetsanalys 2023-2026\n\n"
        "Säkerhetssamordnaren redogjorde för den uppdaterade analysen. "
        "Den uppdaterade risk- och sårbarhetsanalysen antogs vid sammanträdet och ska "
        "skickas till Länsstyrelsen.\n"
    )
    decided = links(_facts(text, BODEN), LinkType.DECIDED)
    assert [k.from_id for k in decided] == ["Organization:kommun:2582:kommunfullmaktige"]
    assert "risk-och-sarbarhetsanalysen" in decided[0].to_id


def test_a_passive_adoption_at_another_time_is_no_decision_of_the_meeting() -> None:
    # guard: "antogs vid" needs the meeting itself, not a year
    text = (
        "Kommunfullmäktige 12 mars\n\n"
        "Den 12 mars 2024 sammanträdde kommunfullmäktige i Boden.\n\n"
        "Analysen antogs vid årsskiftet 2019 och gäller fortfarande.\n"
    )
    assert not links(_facts(text, BODEN), LinkType.DECIDED)


def test_a_relative_clause_on_the_predicate_noun_adopts_the_subject_document() -> None:
    text = (
        "Bibliotek i Kalmar län\n\n"
        "Den regionala biblioteksplanen är ett strategiskt styrdokument som fastställdes av "
        "regionfullmäktige i mars 2021 och som beskriver regionens insatser.\n"
    )
    facts = _facts(text, "https://www.regionkalmar.se/biblioteksplan.html")
    adopted = links(facts, LinkType.ADOPTED)
    assert [(k.from_id, k.to_id) for k in adopted] == [
        ("Organization:region:08:regionfullmaktige", "Document:regional:plan:lan:08:biblioteksplan")
    ]


def test_a_relative_clause_on_another_noun_adopts_nothing() -> None:
    # guard: the relative must hang on the document's own predicate noun
    text = (
        "Bibliotek i Kalmar län\n\n"
        "Den regionala biblioteksplanen är ett stöd för kommunerna som fastställdes av "
        "regionfullmäktige i mars 2021.\n"
    )
    facts = _facts(text, "https://www.regionkalmar.se/biblioteksplan.html")
    assert not links(facts, LinkType.ADOPTED)


def test_a_council_s_acts_listed_with_commas_are_decisions_each() -> None:
    text = (
        "Beslut i korthet - regionfullmäktige 14 juni 2023\n\n"
        "Regionfullmäktige beslutade att godkänna delårsbokslutet, anta målbilden för nära "
        "vård och omsorg och förtydliga regionens beställning av kollektivtrafik.\n"
    )
    decided = links(_facts(text, "https://www.norrbotten.se/beslut.html"), LinkType.DECIDED)
    assert len(decided) == 3
    assert any("fortydliga-regionens-bestallning" in k.to_id for k in decided)


def test_a_meeting_over_two_days_dates_its_decisions_by_month() -> None:
    text = (
        "Beslut i korthet - regionfullmäktige 22-23 juni 2021\n\n"
        "Regionfullmäktige beslutade att anta målbilden för nära vård och omsorg.\n"
    )
    facts = _facts(text, "https://www.norrbotten.se/beslut.html")
    dates = {(d.date, d.date_precision) for d in decisions(facts).values()}
    assert {(day, str(p)) for day, p in dates} == {("2021-06-01", "month")}


def test_a_minutes_head_after_a_listed_place_names_its_chair_not_an_organisation() -> None:
    text = (
        "KOMMUNSTYRELSEN PROTOKOLL 2010-05-26\n"
        "Plats och tid Bodens kommun, Stadshuset Beslutande Maria Kristoffersson, ordf. "
        "Rickard Norberg Göran Hahlin\n"
    )
    facts = _facts(text, BODEN)
    assert not any(n.id.startswith("Organization:org:") for n in facts.nodes)
    roles = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:maria-kristoffersson", "Organization:kommun:2582:kommunstyrelsen")
    }


def test_a_short_name_set_off_by_a_comma_is_the_described_document() -> None:
    text = (
        "Vatten- och avloppsplan för Bodens kommun har antagits\n\n"
        "Efter viss omarbetning har kommunens vatten- och avloppsplan, VA-plan, antagits av "
        "kommunfullmäktige. VA-planen är långsiktig.\n"
    )
    facts = _facts(text, BODEN)
    assert _titles(facts) == {"Vatten- och avloppsplan för Bodens kommun"}
    assert len({k.to_id for k in links(facts, LinkType.ADOPTED)}) == 1


def test_a_short_name_of_other_initials_is_another_document() -> None:
    # guard: "GC-plan" does not shorten "vatten- och avloppsplan"
    text = (
        "Planer i Bodens kommun\n\n"
        "Kommunen har en vatten- och avloppsplan, GC-plan, och en översiktsplan.\n"
    )
    assert "GC-plan" in {t.split(" (")[0] for t in _titles(_facts(text, BODEN))}


def test_an_indefinite_section_heading_is_a_tagline_of_the_page_s_document() -> None:
    text = (
        "Integrationsstrategi för hela Gotland\n\n"
        "Strategin gäller för perioden 2017-2023. Nu har strategin beslutats av "
        "regionfullmäktige.\n\n"
        "En strategi för mångfald, rättigheter och skyldigheter\n\n"
        "Integrationsstrategins mål är:\n\n"
        "  • Ett gotländskt samhälle som präglas av mångfald.\n"
        "  • Individen upplever sig trygg i det gotländska samhället.\n"
    )
    facts = _facts(text, "https://www.gotland.se/integration.html")
    assert len(documents(facts)) == 1
    owners = {k.from_id for k in links(facts, LinkType.HAS_GOAL)}
    assert owners == {"Document:regional:strategy:lan:09:integrations:2017-2023"}


def test_an_indefinite_heading_with_its_own_period_is_a_document() -> None:
    # guard: a period makes the heading name another document
    text = (
        "Integrationsstrategi för hela Gotland\n\n"
        "Strategin gäller för perioden 2017-2023.\n\n"
        "En handlingsplan för integration 2024-2026\n\n"
        "Planen beslutades av regionstyrelsen.\n"
    )
    assert len(documents(_facts(text, "https://www.gotland.se/integration.html"))) == 2


def test_parties_that_have_arrived_at_a_pledge_drew_it_up() -> None:
    text = (
        "Trygghet i Boden\n\n"
        "Bodens kommun har tillsammans med polisen kommit fram till gemensamma "
        "medborgarlöften för 2023.\n"
    )
    issued = {k.from_id for k in links(_facts(text, BODEN), LinkType.ISSUED)}
    assert issued == {"Organization:kommun:2582", "Organization:nationell:polismyndigheten"}


def test_what_we_arrived_at_in_a_programme_draws_nothing_up() -> None:
    # guard: "vad vi kom fram till" is no maker's verb for the programme
    text = (
        "Framtidsprogram för äldreomsorgen\n\n"
        "I det här programmet finns att läsa vad vi kom fram till.\n"
    )
    assert not links(_facts(text, BODEN), LinkType.ISSUED)


def test_each_county_s_genitive_names_its_own_document() -> None:
    text = (
        "Livsmedelsstrategin region för region\n\n"
        "Blekinges livsmedelsstrategi Länk till annan webbplats.\n\n"
        "Dalarnas livsmedelsstrategi Länk till annan webbplats.\n"
    )
    ids = set(documents(_facts(text, "https://tillvaxtverket.se/livsmedel.html")))
    assert "Document:regional:strategy:lan:10:blekinges-livsmedelsstrategi" in ids
    assert "Document:regional:strategy:lan:20:dalarnas-livsmedelsstrategi" in ids


def test_a_county_s_genitive_names_its_document_introduced_before() -> None:
    # guard: the same county's genitive names the strategy the page introduced
    text = (
        "Livsmedel i Dalarna\n\n"
        "Länsstyrelsen har tagit fram en regional livsmedelsstrategi för Dalarna.\n\n"
        "Dalarnas livsmedelsstrategi gäller till 2030.\n"
    )
    regional = [
        i
        for i in documents(_facts(text, "https://www.lansstyrelsen.se/dalarna/mat.html"))
        if i.startswith("Document:regional:")
    ]
    assert len(regional) == 1


def test_a_sum_the_government_has_set_aside_is_its_decision() -> None:
    text = "Bredband i Värmland\n\nRegeringen har nu avsatt 195 Mkr nya pengar till bredband.\n"
    decided = links(_facts(text, "https://www.regionvarmland.se/bredband.html"), LinkType.DECIDED)
    assert [k.from_id for k in decided] == ["Organization:nationell:regeringen"]


def test_land_set_aside_is_no_decision() -> None:
    # guard: "avsatt" decides only with a sum of money after it
    text = "Bostäder i Boden\n\nKommunen har avsatt mark för bostäder vid älven.\n"
    assert not links(_facts(text, BODEN), LinkType.DECIDED)


def test_the_subject_gives_a_task_not_a_genitive_in_an_adverbial() -> None:
    text = (
        "Uppdrag om bredband\n\n"
        "Regeringen har i dag, i Post- och telestyrelsens regleringsbrev, gett myndigheten i "
        "uppdrag att främja bredbandsutbyggnaden.\n"
    )
    decided = links(_facts(text, "https://www.regeringen.se/pts.html"), LinkType.DECIDED)
    assert [k.from_id for k in decided] == ["Organization:nationell:regeringen"]


def test_a_zoning_plan_adopted_with_its_adjectives_is_a_decision() -> None:
    text = (
        "Ny detaljplan, Bodens centrum\n\n"
        "På Kommunfullmäktige 11/12-2018 antogs den nya detaljplanen för Bodens centrum.\n"
    )
    decided = links(_facts(text, BODEN), LinkType.DECIDED)
    assert [k.from_id for k in decided] == ["Organization:kommun:2582:kommunfullmaktige"]
    assert {d.date for d in decisions(_facts(text, BODEN)).values()} == {"2018-12-11"}


def test_a_bulleted_contact_card_gives_its_title() -> None:
    text = (
        "Tillgänglighetsplan\n\nKontakt\n\nPerson\n\n"
        " • Cecilia Sjödén\n • Administrativ chef\n • Tfn: +4656016003\n"
    )
    roles = {(k.from_id, k.title) for k in links(_facts(text, BODEN), LinkType.HOLDS_ROLE)}
    assert roles == {("Person:person:cecilia-sjoden", "Administrativ chef")}


def test_municipalities_in_which_a_shared_body_sits_are_organisations() -> None:
    text = (
        "Nytt från politiken\n\n"
        "Kommunstyrelsen godkände samverkansavtal för gemensam it-nämnd i Heby, Knivsta, "
        "Tierps, Älvkarleby och Östhammars kommuner.\n"
    )
    ids = {n.id for n in _facts(text, "https://www.knivsta.se/politik.html").nodes}
    assert {f"Organization:kommun:{c}" for c in ("0331", "0330", "0360", "0319", "0382")} <= ids


_STORUMAN = "https://www.storuman.se/nyheter/kf.html"
_MEETING = "Snabbreferat från kommunfullmäktige\n\nKommunfullmäktige sammanträdde idag.\n\n"


def test_two_clauses_each_with_its_own_passive_are_two_decisions() -> None:
    text = _MEETING + (
        "Upprättad delårsrapport för perioden januari-augusti godkänns och kommunalskatten "
        "för 2024 fastställdes till 23,10 kronor per skattekrona.\n"
    )
    assert len(decisions(_facts(text, _STORUMAN))) == 2


def test_two_subjects_of_one_passive_are_one_decision() -> None:
    # guard: "A och B godkändes" shares its verb
    text = _MEETING + "Budgeten och verksamhetsplanen för nämnderna godkändes.\n"
    assert len(decisions(_facts(text, _STORUMAN))) == 1


def test_motions_from_several_members_are_one_decision_each() -> None:
    text = (
        "Kommunfullmäktige 7 september 2020\n\n"
        "Fullmäktige avslog motioner från Hans Gleimar (C) om ett ambulerande kommunkontor, "
        "från Åsa Wikberg (MP) om minskade kostnader för IT och från Karl Nilsson (KP) om "
        "fler platser på äldreboenden.\n"
    )
    assert len(decisions(_facts(text, "https://www.ludvika.se/kf.html"))) == 3


def test_it_was_decided_when_the_budget_was_adopted_points_back() -> None:
    text = (
        "Kommunfullmäktige i korthet\n\n"
        "Socialnämnden har tilldelats mer pengar inför 2014 för ökade behov inom "
        "äldreomsorgen. Detta beslutade kommunfullmäktige den 18 december i samband med att "
        "budgeten för 2014 antogs.\n"
    )
    ids = set(decisions(_facts(text, "https://www.dalsed.se/kf.html")))
    assert len(ids) == 1
    assert next(iter(ids)).startswith("Socialnämnden har tilldelats mer pengar")


def test_a_proposal_stated_answered_takes_its_item_s_heading() -> None:
    text = (
        "Kommunfullmäktige protokoll 2020-09-24\n\n"
        "Kf § 92 Diarienummer: KS2020/0029\n\n"
        "Svar på medborgarförslag om ny infrastruktur för trafikflödet i centrum\n\n"
        "Beslut\nKommunfullmäktige beslutar att medborgarförslaget är besvarat.\n"
    )
    summaries = set(decisions(_facts(text, "https://www.sater.se/kf.html")))
    assert any("trafikflödet i centrum" in s for s in summaries)


def test_a_role_after_is_and_an_adverb() -> None:
    text = "Nyheter\n\nJoakim Pohlman är också ersättare i regionstyrelsen.\n"
    roles = links(_facts(text, "https://www.regionkronoberg.se/x.html"), LinkType.HOLDS_ROLE)
    assert {(k.from_id, k.to_id) for k in roles} == {
        ("Person:person:joakim-pohlman", "Organization:region:07:regionstyrelsen")
    }

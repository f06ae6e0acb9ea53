"""Wordings and page shapes first met on development pages in the thirty-second session
(2026-12-03). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity
from tests.ingest.helpers import adopted_dates, decisions, documents, facts_at, links

_TOWN = "https://www.tibro.se/nyheter/kommunfullmaktige/"
_POLICE = "https://polisen.se/lokalt/vastra-gotaland/tibro/medborgarloften/"


def test_what_the_parties_of_a_pledge_promise_are_its_activities_and_theirs() -> None:
    text = (
        "Tibro - medborgarlöften\n\n"
        "Tibro kommun och Polisen har tecknat ett nytt medborgarlöfte 2024-2025.\n\n"
        "Medborgarlöftet 2024-2025\n\n"
        "För att öka tryggheten i centrum lovar Tibro kommun och Polisen att:\n\n"
        "  • Ordna fler trygghetsvandringar i centrum\n"
        "  • Genomföra handlingsplan för bättre belysning\n"
        "  • Öka närvaron kvällstid vid busstationen\n"
    )
    facts = facts_at(text, _POLICE, "2024-02-01")
    acts = {n.id: n.description for n in facts.nodes if isinstance(n, Activity)}
    assert sorted(a.lower() for a in acts.values()) == [
        "genomföra handlingsplan för bättre belysning",
        "ordna fler trygghetsvandringar i centrum",
        "öka närvaron kvällstid vid busstationen",
    ], acts
    owners = {k.from_id for k in links(facts, LinkType.HAS_ACTIVITY)}
    assert len(owners) == 1 and owners.pop().endswith(":2024-2025"), owners
    responsible = {(k.from_id, k.to_id) for k in links(facts, LinkType.RESPONSIBLE_FOR)}
    parties = {p for p, _ in responsible}
    assert "Organization:kommun:1472" in parties, parties
    assert "Organization:nationell:polismyndigheten" in parties, parties
    assert len(responsible) == 6, responsible
    # the item's own document keeps its title: no verb in front of it
    titles = {d.title for d in documents(facts).values()}
    assert not any(t.lower().startswith("genomföra") for t in titles), titles


def test_a_promise_with_no_named_party_gives_no_activities() -> None:
    text = (
        "Medborgarlöfte 2024-2025 för Tibro\n\n"
        "Vi lovar att:\n\n"
        "  • Ordna fler trygghetsvandringar i centrum\n"
        "  • Öka närvaron kvällstid vid busstationen\n"
    )
    facts = facts_at(text, _POLICE, "2024-02-01")
    assert not [n for n in facts.nodes if isinstance(n, Activity)]


def test_this_evenings_council_dates_its_decisions_by_the_page() -> None:
    text = (
        "Publicerad 2019-03-14\n\n"
        "Sammanfattning av fullmäktige 14/3\n\n"
        "Här kommer en kort sammanfattning från kvällens fullmäktige.\n\n"
        "Ny förskola i Fagersanna\n"
        "Fullmäktige beslutar att bygga en ny förskola i Fagersanna.\n"
    )
    facts = facts_at(text, _TOWN, "2019-03-14")
    dates = {d.date for d in decisions(facts).values()}
    assert dates == {"2019-03-14"}, decisions(facts)


def test_a_span_from_a_date_still_dates_nothing() -> None:
    text = (
        "Publicerad 2019-03-14\n\n"
        "Fullmäktige beslutar att bygga en ny förskola i Fagersanna från den 1 juli.\n"
    )
    facts = facts_at(text, _TOWN, "2019-03-14")
    found = decisions(facts)
    assert len(found) == 1 and next(iter(found.values())).date is None, found


def test_documents_listed_under_antar_foljande_are_each_adopted() -> None:
    text = (
        "Sammanfattning av kvällens fullmäktige\n\n"
        "Revideringar\n"
        "Fullmäktige antar följande revideringar:\n"
        "-Policy för krisstöd vid olyckor i Tibro kommun\n"
        "-Ledningsplan vid extraordinär händelse i Tibro kommun\n\n"
        "Riktlinje för sociala medier i Tibro kommun\n"
        "Kommunfullmäktige antar riktlinje för sociala medier i Tibro kommun.\n"
    )
    facts = facts_at(text, _TOWN, "2012-05-10")
    adopted = adopted_dates(facts)
    assert set(adopted.values()) == {"2012-05-10"}, adopted
    kinds = sorted(k.split(":")[0] for k in adopted)
    assert kinds == ["guideline", "plan", "policy"], adopted
    rules = {k.evidence.rule for k in links(facts, LinkType.ADOPTED)}
    assert "relation.adopted.listed" in rules, rules


def test_documents_listed_under_a_proposal_are_not_adopted() -> None:
    text = (
        "Kommunstyrelsen föreslår fullmäktige att anta följande dokument:\n"
        "-Policy för krisstöd vid olyckor i Tibro kommun\n"
        "-Ledningsplan vid extraordinär händelse i Tibro kommun\n"
    )
    facts = facts_at(text, _TOWN, "2012-05-10")
    assert adopted_dates(facts) == {}, adopted_dates(facts)


def test_a_hyphen_inside_a_compound_is_no_bullet() -> None:
    text = "Kommunstyrelsen antog i dag en ny IT-policy för Tibro kommun.\n"
    facts = facts_at(text, _TOWN, "2012-05-10")
    titles = {d.title for d in documents(facts).values()}
    assert any(t.lower().startswith("it-policy") for t in titles), titles


def test_what_a_motion_proposes_or_someone_wants_is_no_decision() -> None:
    text = (
        "Regionstyrelsen sammanträdde den 3 maj.\n\n"
        "Anna Berg (L) föreslår i en motion att regionstyrelsen ges i uppdrag att utreda "
        "nattbussar.\n"
        "Oppositionen ville att kulturnämnden skulle få i uppdrag att se över taxorna.\n"
        "Regionstyrelsen beslutade att bevilja Tibro IF 50 000 kronor.\n"
    )
    facts = facts_at(text, "https://www.regionhalland.se/nyheter/rs/", "2021-05-04")
    summaries = " | ".join(decisions(facts))
    assert "Tibro IF" in summaries, summaries
    assert "nattbussar" not in summaries and "taxorna" not in summaries, summaries


def test_a_committee_proposing_to_the_council_still_decides() -> None:
    text = (
        "Kommunstyrelsen sammanträdde den 3 maj 2021.\n\n"
        "Kommunstyrelsen föreslår kommunfullmäktige att godkänna det nya avfallsprogrammet.\n"
    )
    facts = facts_at(text, _TOWN, "2021-05-04")
    assert any("avfallsprogrammet" in s for s in decisions(facts)), decisions(facts)


def test_a_minutes_venue_field_names_the_municipality() -> None:
    text = (
        "Sammanträdesprotokoll\n\n"
        "Plats Tibro Folkets Hus, Tid Måndagen den 15 september 2008\n"
        "Beslutande Se bilaga 1\n"
        "Styrelse/Nämnd Kommunfullmäktige\n\n"
        "Kommunstyrelsens förslag bifalls.\n"
    )
    facts = facts_at(text, "https://docplayer.se/123-sammantradesprotokoll.html", None)
    ids = {n.id for n in facts.nodes}
    assert "Organization:kommun:1472:kommunfullmaktige" in ids, ids


def test_a_boards_present_tense_items_after_another_block_are_its_decisions() -> None:
    text = (
        "Kommunstyrelsen 2021-03-08 i sammandrag:\n\n"
        "- Avslår ansökan från Tibro BK om bidrag till en ny läktare.\n\n"
        "Kommunstyrelsen föreslår kommunfullmäktige att fastställa budgeten med ramarna:\n"
        "- Kommunstyrelsen 40 000 tkr, Socialnämnd 90 000 tkr.\n\n"
        "- Beviljar bidrag till Fagersanna byalag med 20 000 kronor.\n"
        "- Uppdrar till kanslienheten att se över taxorna.\n"
    )
    facts = facts_at(text, _TOWN, "2021-03-10")
    summaries = " | ".join(decisions(facts))
    assert "Fagersanna byalag" in summaries and "taxorna" in summaries, summaries
    assert {d.date for d in decisions(facts).values() if "taxorna" in d.summary} == {"2021-03-08"}


def test_infinitive_items_under_a_list_of_aims_stay_no_decisions() -> None:
    text = (
        "Kommunstyrelsen 2021-03-08 i sammandrag:\n\n"
        "- Avslår ansökan från Tibro BK om bidrag till en ny läktare.\n\n"
        "Programmet ska:\n"
        "- Bevilja fler föreningar stöd till lovaktiviteter.\n"
    )
    facts = facts_at(text, _TOWN, "2021-03-10")
    assert not any("lovaktiviteter" in s for s in decisions(facts)), decisions(facts)


def test_a_press_release_services_page_gives_its_municipalitys_documents() -> None:
    text = (
        "Nytt program för lokal matproduktion\n\n"
        "Programmet ska ge fler lokala producenter möjlighet att sälja till skolköken.\n"
        "Tibro kommuns förslag har tagits fram av miljökontoret.\n"
    )
    facts = facts_at(text, "https://via.tt.se/pressmeddelande/123456/nytt-program", None)
    assert "Document:municipal:programme:kommun:1472:program-for-lokal-matproduktion" in (
        documents(facts)
    ), documents(facts)


def test_a_sites_cookie_policy_is_no_document_on_its_own_site_either() -> None:
    facts = facts_at("Tibro kommun\n\nLäs mer i vår kakpolicy.\n", _TOWN, None)
    assert documents(facts) == {}, documents(facts)


def test_a_fact_box_field_names_who_adopted_the_pages_document() -> None:
    text = (
        "1 Styrdokument Dokumenttyp: Plan Beslutat av: Kommunfullmäktige "
        "Fastställelsedatum: Ansvarig: Socialnämnden Revideras: Följas upp: PLAN FÖR "
        "FRITIDSGÅRDAR I TIBRO KOMMUN Fritidsgårdarna är viktiga.\n\n"
        "Plan för fritidsgårdar i Tibro kommun\n\n"
        "Planen beskriver hur fritidsgårdarna ska arbeta.\n"
    )
    facts = facts_at(text, _TOWN, None)
    adopted = {(k.from_id, k.evidence.rule) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {("Organization:kommun:1472:kommunfullmaktige", "relation.adopted.field")}, (
        adopted
    )
    assert decisions(facts) == {}, decisions(facts)


def test_a_fact_box_field_with_its_date_dates_the_adoption() -> None:
    text = (
        "Antagen av kommunfullmäktige: 2019-10-29 § 137\n"
        "Strategi för jämlik hälsa i Tibro kommun 2019-2022\n\n"
        "Strategin visar hur kommunen ska minska skillnaderna i hälsa.\n"
    )
    facts = facts_at(text, _TOWN, None)
    assert set(adopted_dates(facts).values()) == {"2019-10-29"}, adopted_dates(facts)


def test_a_news_tag_without_colon_or_date_is_no_adoption() -> None:
    text = (
        "Beslutat i kommunfullmäktige\n\n"
        "Plan för fritidsgårdar i Tibro kommun\n\n"
        "Planen beskriver hur fritidsgårdarna ska arbeta.\n"
    )
    facts = facts_at(text, _TOWN, None)
    assert adopted_dates(facts) == {}, adopted_dates(facts)


def test_the_county_a_governor_serves_names_its_county_board() -> None:
    text = "Regeringen har utsett en ny landshövding i Kalmar län från den 1 mars.\n"
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/x/", "2022-10-20")
    assert "Organization:lansstyrelse:08" in {n.id for n in facts.nodes}, facts.nodes


def test_a_bare_nouns_one_word_topic_before_its_period_is_its_title() -> None:
    text = (
        "Trygghet i Tibro\n\n"
        "I Policy trygghet 2020\u20132023 fastställs tre mål:\n\n"
        "  • Fler ska känna sig trygga i centrum.\n"
        "  • Färre ska utsättas för brott.\n"
        "  • Alla skolor ska ha en trygghetsplan.\n"
    )
    facts = facts_at(text, _TOWN, None)
    docs = documents(facts)
    assert [d.period_start for d in docs.values()] == [2020], docs
    owners = {k.from_id for k in links(facts, LinkType.HAS_GOAL)}
    assert owners == set(docs), (owners, docs)


def test_a_preposition_before_the_period_is_no_topic() -> None:
    text = "Kommunen har ett program under 2020-2023 för fler cykelvägar.\n"
    facts = facts_at(text, _TOWN, None)
    assert not any("under" in d.title.lower() for d in documents(facts).values())


def test_what_a_body_always_does_is_no_decision_of_its_meeting() -> None:
    text = (
        "Nyheter från kommunstyrelsen 13 november 2019\n\n"
        "Ekonomin\n"
        "Kommunstyrelsen följer hela tiden upp hur det går med ekonomin.\n\n"
        "Ny förskola\n"
        "Kommunstyrelsen föreslår att en ny förskola byggs i Fagersanna.\n"
    )
    facts = facts_at(text, _TOWN, "2019-11-14")
    summaries = " | ".join(decisions(facts))
    assert "Fagersanna" in summaries and "ekonomin" not in summaries, summaries

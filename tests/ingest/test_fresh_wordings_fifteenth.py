"""Wordings first met on pages opened for development on 2026-12-01 (fifteenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import DocumentKind, Goal, Level, Organization
from tests.ingest.helpers import documents, facts_at, links

SITE = "https://www.emmaboda.se/nyheter/2024/trygghet"


def facts_of(text: str, published: str = "2024-03-12") -> SourceFacts:
    return facts_at(text, SITE, published)


def test_the_current_programme_gives_its_period_in_a_relative_clause() -> None:
    facts = facts_of(
        "Åtgärder för renare vatten\n\n"
        "Emmaboda kommun har ett åtgärdsprogram för vattenmiljön i kommunen. "
        "Det nuvarande åtgärdsprogrammet, som gäller mellan 2024-2028, rymmer ett "
        "trettiotal åtgärder för sjöar och vattendrag.\n"
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2028)
    assert doc.id.endswith(":2024-2028")


def test_a_new_pledge_between_two_parties_runs_for_two_short_years() -> None:
    facts = facts_of(
        "Polisen och kommunen lovar mer trygghet\n\n"
        "Ett nytt medborgarlöfte har skrivits under av Emmaboda kommun och polisen. "
        "Det nya medborgarlöftet mellan Emmaboda kommun och lokalpolisen gäller i två "
        "år, under åren 2024-25, och följs upp varje höst.\n"
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2025)


def test_the_period_of_another_kind_of_document_is_not_the_plans() -> None:
    facts = facts_of(
        "Kultur i hela kommunen\n\n"
        "Emmaboda kommun har en ny kulturplan för barn och unga. "
        "Det nuvarande programmet, som gäller mellan 2023-2026, följs upp i vår.\n"
    )
    assert [d.period_start for d in documents(facts).values()] == [None]


def test_a_signing_tomorrow_or_decided_is_not_yet_signed() -> None:
    tomorrow = facts_of(
        "Pressinbjudan\n\n"
        "Imorgon fredag undertecknar polisen i Emmaboda och Emmaboda kommun en "
        "samverkansöverenskommelse för en tryggare kommun.\n"
    )
    assert links(tomorrow, LinkType.SIGNED) == []
    decided = facts_of(
        "Nytt från kommunstyrelsen\n\n"
        "Kommunstyrelsen beslutade på tisdagen att Emmaboda kommun tecknar en "
        "avsiktsförklaring om näringslivssamverkan med Region Kalmar län.\n"
    )
    assert links(decided, LinkType.SIGNED) == []


def test_a_signing_today_in_the_present_tense_is_read() -> None:
    facts = facts_of(
        "Polis och kommun i samverkan\n\n"
        "I dag undertecknar polisen och Emmaboda kommun en samverkansöverenskommelse "
        "för en tryggare kommun.\n"
    )
    signers = {link.from_id for link in links(facts, LinkType.SIGNED)}
    assert "Organization:kommun:0862" in signers


def test_a_relative_clause_gives_the_period_wherever_the_strategy_stands() -> None:
    facts = facts_of(
        "Ny strategi för företagen\n\n"
        "Vid kommunfullmäktige i mars antogs den nya näringslivsstrategin som pekar ut "
        "tre insatsområden och anger riktningen för arbetet under perioden 2024\u20132027.\n"
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2027)


def test_a_plural_agreement_noun_gives_its_period() -> None:
    facts = facts_of(
        "Samverkan för trygghet\n\n"
        "Polisen och Emmaboda kommun har tecknat ett nytt medborgarlöfte för ett tryggare "
        "Emmaboda. Överenskommelserna gäller 2024- 2027.\n"
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2027)


def test_a_sites_path_names_no_organisation() -> None:
    facts = facts_at(
        "Region Kalmar län / Nyhetsarkiv / Nämnden i korthet\n\n"
        "Regionala utvecklingsnämnden beslutade i går om medel till ett nytt projekt.\n",
        "https://www.regionkalmar.se/nyheter/namnden",
        "2024-03-12",
    )
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    assert "Nyhetsarkiv" not in names
    assert "Region Kalmar län" in names


def test_a_list_after_a_slash_still_names_organisations() -> None:
    facts = facts_of(
        "Samverkan\n\n"
        "Arbetet drivs av Emmaboda kommun och Länsstyrelsen Kalmar / Energikontor Sydost.\n"
    )
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    assert "Energikontor Sydost" in names


def _goals(facts: SourceFacts) -> set[str]:
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_infinitives_coordinated_after_one_att_are_one_goal_each() -> None:
    facts = facts_of(
        "Nytt skolprogram\n\n"
        "Emmaboda kommun har antagit Skolprogram 2024. Målet med Skolprogram 2024 är att "
        "höja elevernas resultat, öka tryggheten i klassrummen och skapa bättre "
        "förutsättningar för lärarna.\n"
    )
    assert _goals(facts) == {
        "höja elevernas resultat",
        "öka tryggheten i klassrummen",
        "skapa bättre förutsättningar för lärarna",
    }


def test_a_noun_list_after_the_goals_verb_stays_one_goal() -> None:
    facts = facts_of(
        "Ny strategi\n\n"
        "Emmaboda kommun har antagit en näringslivsstrategi. Målet med strategin är att "
        "öka företagens lönsamhet, produktivitet och innovationsförmåga.\n"
    )
    assert _goals(facts) == {"öka företagens lönsamhet, produktivitet och innovationsförmåga"}


def test_a_new_rural_programme_is_the_municipalitys_the_definite_one_the_countrys() -> None:
    own = facts_of(
        "Nytt från fullmäktige\n\n"
        "Kommunfullmäktige i Emmaboda beslutade i går om ett nytt landsbygdsprogram.\n"
    )
    assert [d.level for d in documents(own).values()] == [Level.MUNICIPAL]
    country = facts_of(
        "Stöd till företag\n\nFöretag i Emmaboda kan söka stöd inom landsbygdsprogrammet.\n"
    )
    assert [d.level for d in documents(country).values()] == [Level.NATIONAL]


def test_a_replaced_strategys_own_relative_clause_gives_its_period() -> None:
    facts = facts_of(
        "Tyck till om strategin\n\n"
        "Region Kalmar län har tagit fram en ny utvecklingsstrategi som heter Växtkraft "
        "Kalmar och som ersätter strategin Attraktiva Kalmar som gällde för perioden "
        "2014-2020.\n"
    )
    periods = {(d.period_start, d.period_end) for d in documents(facts).values()}
    assert (2014, 2020) in periods


def test_the_years_right_after_a_programmes_name_are_its_period() -> None:
    facts = facts_at(
        "Folkhälsoprogram och handlingsplan\n\n"
        "Utifrån Folkhälsoprogrammet Trygg och god hälsa för ett hållbart Kalmar län "
        "2024-2028 fick sekretariatet i uppdrag att ta fram en plan.\n",
        "https://www.regionkalmar.se/folkhalsa/program",
        "2024-03-12",
    )
    periods = {d.kind: (d.period_start, d.period_end) for d in documents(facts).values()}
    assert periods[DocumentKind.PROGRAMME] == (2024, 2028)


def test_a_heading_that_opens_with_the_plan_and_ends_in_years_gives_its_period() -> None:
    facts = facts_at(
        "Regional handlingsplan - så bidrar fyra regionala aktörer 2024-2027\n\n"
        "Ett år senare antogs en regional handlingsplan för länets folkhälsa.\n",
        "https://www.regionkalmar.se/folkhalsa/handlingsplan",
        "2024-03-12",
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2027)


def test_a_headings_years_before_the_strategy_are_its_period() -> None:
    facts = facts_at(
        "2024-2027 Strategi för ett jämställt Kalmar län\n\n"
        "Strategin visar hur länet ska arbeta med jämställdhet.\n",
        "https://www.lansstyrelsen.se/kalmar/publikationer/strategi",
        "2024-03-12",
    )
    (doc,) = documents(facts).values()
    assert (doc.period_start, doc.period_end) == (2024, 2027)


def test_the_swedish_strategy_and_one_for_the_whole_country_are_national() -> None:
    url = "https://www.lansstyrelsen.se/kalmar/nyheter/mat"
    swedish = facts_at(
        "Mat i länet\n\nDen svenska livsmedelsstrategin antogs av riksdagen 2017.\n",
        url,
        "2024-03-12",
    )
    assert [d.level for d in documents(swedish).values()] == [Level.NATIONAL]
    whole = facts_at(
        "Mat i länet\n\nLäs mer om En strategi för fler jobb på landsbygden i hela "
        "landet på regeringens webbplats.\n",
        url,
        "2024-03-12",
    )
    (doc,) = documents(whole).values()
    assert doc.level is Level.NATIONAL
    assert doc.title.endswith("i hela landet")


def test_a_heading_names_the_strategy_before_its_dash() -> None:
    facts = facts_at(
        "Ljus Framtid 2035 - regional utvecklingsstrategi\n\n"
        "Den nya regionala utvecklingsstrategin antogs av regionfullmäktige den 12 "
        "februari 2024.\n",
        "https://www.regionkalmar.se/utveckling/strategi",
        "2024-03-12",
    )
    (doc,) = documents(facts).values()
    assert doc.title == "Ljus Framtid 2035"
    assert doc.adopted_on == "2024-02-12"


def test_a_one_word_label_before_a_dash_names_no_document() -> None:
    facts = facts_at(
        "Remiss - Handlingsplan för jämlik hälsa\n\nNämnden yttrade sig över remissen.\n",
        "https://www.regionkalmar.se/utveckling/remiss",
        "2024-03-12",
    )
    assert all(d.title != "Remiss" for d in documents(facts).values())


def test_a_press_secretarys_title_ends_before_whom_the_role_serves() -> None:
    facts = facts_at(
        "Uppdrag om kulturskolor\n\nRegeringen ger Kulturrådet ett nytt uppdrag.\n\n"
        "Kontakt\n\nEva Ekdahl\nPressekreterare hos kultur- och demokratiministern\n",
        "https://www.regeringen.se/pressmeddelanden/2024/03/uppdrag",
        "2024-03-12",
    )
    titles = {(link.title or "").lower() for link in links(facts, LinkType.HOLDS_ROLE)}
    assert titles == {"pressekreterare"}


def test_an_acting_county_director_holds_the_title_without_the_acting_marker() -> None:
    facts = facts_at(
        "Ny rapport om länet\n\nDet här är ett viktigt underlag, säger tillförordnat "
        "länsråd Eva Ekdahl.\n",
        "https://www.lansstyrelsen.se/kalmar/nyheter/rapport",
        "2024-03-12",
    )
    titles = {(link.title or "").lower() for link in links(facts, LinkType.HOLDS_ROLE)}
    assert titles == {"länsråd"}

"""Initiatives a page calls by name ("som heter", "den så kallade", a quoted name after an
effort noun, a list of projects) and programmes known by name. Short
fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Initiative
from tests.ingest.helpers import facts_at, links

SITE = "https://www.regionvasterbotten.se/nyheter/projekt"


def _initiatives(text: str) -> set[str]:
    facts = facts_at(text, SITE, "2024-03-01")
    return {n.name for n in facts.nodes if isinstance(n, Initiative)}


def test_a_name_called_so_after_an_effort_noun() -> None:
    found = _initiatives(
        "Nyheter\n\nRegion Västerbotten medfinansierar ett EU-projekt som heter ”Smart hamn "
        "i norr”. Projektet pågår i tre år.\n"
    )
    assert "Smart hamn i norr" in found, found


def test_a_quoted_name_after_a_capitalised_effort_noun_may_hold_a_place() -> None:
    found = _initiatives(
        "Samverkan\n\nUppdraget ”Digitala skolor i Västerbottens län” leds av regionen.\n"
    )
    assert "Digitala skolor i Västerbottens län" in found, found


def test_a_quoted_plan_is_no_initiative() -> None:
    found = _initiatives(
        "Nyheter\n\nUppdraget ”Handlingsplan för digitala skolor” leds av regionen.\n"
    )
    assert not found, found


def test_a_capitalised_word_after_sa_kallade_names_an_effort_but_not_a_law() -> None:
    found = _initiatives(
        "Nyheter\n\nRegionen satsar 20 miljoner på den så kallade Älvpassagen. Bostäderna "
        "fördelas enligt den så kallade Bosättningslagen.\n"
    )
    assert found == {"Älvpassagen"}, found


def test_each_name_a_list_of_projects_gives() -> None:
    found = _initiatives(
        "Utvecklingsprojekt\n\nNämnden beviljade sex projekt. Bland projekten finns bland "
        "andra Leader Kustlandet 2023 och Grön Omställning I som får medel för fortsatt "
        "verksamhet. Två beviljade projekt är Fjällnära Hållbarhet och Skogsbrukets "
        "framtid, som ingår i ett större program.\n"
    )
    assert {
        "Leader Kustlandet 2023",
        "Grön Omställning I",
        "Fjällnära Hållbarhet",
        "Skogsbrukets framtid",
    } <= found, found


def test_a_known_programme_and_its_alias_name_one_initiative() -> None:
    found = _initiatives(
        "Klimat\n\nFöretagen har fått stöd från Klimatklivet. Kommunen har också skrivit "
        "under Horizon Europe och deltar i Viable Cities.\n"
    )
    assert {"Klimatklivet", "Horisont Europa", "Viable Cities"} <= found, found


def test_a_long_definite_programme_name_in_lower_case_but_not_a_method() -> None:
    found = _initiatives(
        "Kultur\n\nBiblioteken är en del av kultursamverkansmodellen. Byn har också "
        "grannsamverkan mot inbrott.\n"
    )
    assert "Kultursamverkansmodellen" in found, found
    assert "Grannsamverkan" not in found, found


def test_national_campaigns_and_projects_by_name() -> None:
    found = _initiatives(
        "Beredskap\n\nUnder Krisberedskapsveckan informerar kommunen om hemberedskap. "
        "Regionen bevakar också arbetet med Norrbotniabanan.\n"
    )
    assert {"Krisberedskapsveckan", "Norrbotniabanan"} <= found, found


def test_a_programme_name_inside_a_longer_word_is_none() -> None:
    found = _initiatives("Nyheter\n\nKlimatklivetsatsningarna i länet ökar, säger regionen.\n")
    assert "Klimatklivet" not in found, found


def _funded(text: str) -> set[tuple[str, str]]:
    facts = facts_at(text, SITE, "2024-03-01")
    return {
        (k.from_id.rsplit(":", 1)[-1], k.to_id.split(":", 1)[1])
        for k in links(facts, LinkType.FUNDS)
    }


def test_a_body_granting_projects_funds_those_listed_after_it_but_not_their_programme() -> None:
    found = _funded(
        "Utvecklingsprojekt\n\nRegionala utvecklingsnämnden beslutade i dag att bevilja sex "
        "projekt totalt 5 miljoner kronor. Bland projekten finns Leader Kustlandet 2023 och "
        "Grön Omställning I, som ingår i programmet Kolarctic.\n"
    )
    assert found == {
        ("regionala-utvecklingsnamnden", "leader-kustlandet-2023"),
        ("regionala-utvecklingsnamnden", "gron-omstallning-i"),
    }, found


def test_a_co_funder_funds_the_project_named_late_in_its_sentence() -> None:
    found = _funded(
        "Nyheter\n\nRegion Västerbotten medfinansierar nu ett EU-projekt som heter ”Smart "
        "hamn i norr”.\n"
    )
    assert found == {("24", "smart-hamn-i-norr")}, found


def test_coordinated_subjects_each_take_part_and_joining_is_taking_part() -> None:
    facts = facts_at(
        "Klimat\n\nRegion Västerbotten och Skellefteå kommun är med i Fossilfritt Sverige. "
        "Vännäs kommun har anslutit sig till Viable Cities.\n",
        SITE,
        "2024-03-01",
    )
    found = {
        (k.from_id.split(":", 1)[1], k.to_id.split(":", 1)[1])
        for k in links(facts, LinkType.PARTICIPATES_IN)
    }
    assert found == {
        ("region:24", "fossilfritt-sverige"),
        ("kommun:2482", "fossilfritt-sverige"),
        ("kommun:2460", "viable-cities"),
    }, found


def test_a_project_between_parties_named_in_the_next_sentence_and_its_owner() -> None:
    facts = facts_at(
        "Nyheter\n\nI dag beslutade partnerskapet att ge stöd till ett samverkansprojekt mellan "
        "Vindelns kommun, Vännäs kommun och Arbetsförmedlingen.\n\nProjektet ”Jobb på "
        "hemmaplan” ska utveckla samverkan.\n\nVindelns kommun blir projektägare och ”Jobb på "
        "hemmaplan” kommer att pågå mellan mars 2024 och maj 2026.\n",
        SITE,
        "2024-03-01",
    )
    node = next(n for n in facts.nodes if isinstance(n, Initiative))
    assert (node.name, node.period_start, node.period_end) == ("Jobb på hemmaplan", 2024, 2026)
    taking_part = {k.from_id.split(":", 1)[1] for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert taking_part == {"kommun:2404", "kommun:2460", "nationell:arbetsformedlingen"}
    coordinating = [k.from_id for k in links(facts, LinkType.COORDINATES)]
    assert coordinating == ["Organization:kommun:2404"], coordinating


def test_taking_part_in_something_else_earlier_in_the_sentence_is_not_taking_part() -> None:
    facts = facts_at(
        "Klimat\n\nVännäs kommun deltar i mötet om vägen och berättar om Klimatklivet.\n",
        SITE,
        "2024-03-01",
    )
    assert not links(facts, LinkType.PARTICIPATES_IN)


def test_funders_and_coordinators_named_by_their_role_in_the_project() -> None:
    facts = facts_at(
        "Nyheter\n\nRegionen har beviljat pengar till projektet ”Attrahera flera”. "
        "Projektägare är Vännäs kommun. Umeå kommun går in som medfinansiär. Vindelns "
        "kommun kommer att vara samordnande för arbetet.\n",
        SITE,
        "2024-03-01",
    )
    found = {
        (str(k.type), k.from_id.split(":", 1)[1])
        for type_ in (LinkType.FUNDS, LinkType.COORDINATES)
        for k in links(facts, type_)
    }
    assert found == {
        ("COORDINATES", "kommun:2460"),
        ("COORDINATES", "kommun:2404"),
        ("FUNDS", "kommun:2480"),
    }, found


def test_a_region_that_has_been_part_of_a_model_since_a_year_takes_part_in_it() -> None:
    for text in (
        "Kultur\n\nRegion Västerbotten ingår sedan 2011 i kultursamverkansmodellen.\n",
        "Kultur\n\nRegion Västerbotten (från 2019) ingår i kultursamverkansmodellen sedan 2012.\n",
    ):
        facts = facts_at(text, SITE, "2024-05-01")
        assert {(x.from_id, x.to_id) for x in links(facts, LinkType.PARTICIPATES_IN)} == {
            ("Organization:region:24", "Initiative:kultursamverkansmodellen")
        }, text

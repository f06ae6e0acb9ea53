"""Decision mechanisms for unseen pages: § heads run into minutes' decisions, government
assignments, grants, impersonal passives, task deadlines and misspelt months. Each on
short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import DatePrecision
from ingest.language.dates import find_dates
from tests.ingest.helpers import decided_by, decisions, facts_at, links

GOVERNMENT = "Organization:nationell:regeringen"
AGENCY_SITE = "https://www.boverket.se/nyheter/2024/06/stod/"
GOVERNMENT_SITE = "https://www.regeringen.se/pressmeddelanden/2024/06/uppdrag/"
REGION_SITE = "https://www.regiondalarna.se/nyheter/beslut"
RS = "Organization:region:20:regionstyrelsen"


def facts_of(text: str, uri: str, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, uri, published)


# --- minutes' § heads -------------------------------------------------------------------


def test_a_section_head_run_into_the_decision_is_not_part_of_it() -> None:
    facts = facts_of(
        "Regionstyrelsen 2024-05-14 7 RS 88 Dnr RS 2024/0311 Rapport om kollektivtrafiken "
        "Regionstyrelsen beslutar att lägga rapporten till handlingarna.\n",
        REGION_SITE,
    )
    (summary,) = decisions(facts)
    assert "lägga rapporten till handlingarna" in summary.lower()
    assert "Dnr" not in summary and "kollektivtrafiken" not in summary


def test_a_section_head_is_cut_when_the_body_is_not_read() -> None:
    # A copy on another site: the body's name is not read, the head is still cut.
    facts = facts_of(
        "Sammanträdesprotokoll\n"
        "Styrelsen 2024-05-14 7 S 88 Dnr S 2024/0311 Rapport om kollektivtrafiken "
        "Styrelsen beslutar att lägga rapporten till handlingarna.\n",
        "https://example.org/dokument/protokoll",
    )
    summaries = list(decisions(facts))
    assert summaries
    assert all("Dnr" not in s for s in summaries)


def test_a_proposal_after_the_head_is_no_decision() -> None:
    facts = facts_of(
        "Regionstyrelsen Ledningsstaben RS/2024:12 1 (3) Ärenden för kännedom maj 2024 "
        "Förslag till beslut Skrivelserna läggs till handlingarna.\n",
        REGION_SITE,
    )
    assert decisions(facts) == {}


# --- government assignments -------------------------------------------------------------


def test_regeringen_uppdrar_at_is_a_government_decision() -> None:
    facts = facts_of(
        "Regeringen uppdrar åt Boverket att kartlägga behovet av studentbostäder i landet.\n",
        GOVERNMENT_SITE,
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_further_tasks_given_with_an_adverb_are_decisions_too() -> None:
    facts = facts_of(
        "Regeringen uppdrar åt Boverket att kartlägga behovet av studentbostäder. Regeringen "
        "uppdrar även åt Boverket att följa byggandet av hyresrätter. Regeringen uppdrar "
        "vidare åt Boverket att ta fram stöd till kommunerna.\n",
        GOVERNMENT_SITE,
    )
    found = decisions(facts).values()
    assert len(found) == 3
    assert all(decided_by(facts, d) == {GOVERNMENT} for d in found)


def test_a_genitive_task_is_the_givers_decision_and_concerns_the_document_asked_for() -> None:
    facts = facts_of(
        "Länsstyrelsen i Dalarnas län har regeringens uppdrag att ta fram en regional "
        "vattenstrategi.\n",
        "https://www.lansstyrelsen.se/dalarna/nyheter/vatten.html",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}
    assert links(facts, LinkType.CONCERNS, from_id=decision.id)


def test_a_standing_task_in_a_relative_clause_is_background() -> None:
    facts = facts_of(
        "Programmet ingår i det tillväxtarbete som Region Dalarna har regeringens uppdrag att "
        "utarbeta.\n",
        REGION_SITE,
    )
    assert decisions(facts) == {}


def test_a_standing_task_to_coordinate_is_no_decision() -> None:
    facts = facts_of(
        "Länsstyrelsen i Dalarnas län har regeringens uppdrag att samordna arbetet i länet.\n",
        "https://www.lansstyrelsen.se/dalarna/nyheter/samordning.html",
    )
    assert decisions(facts) == {}


# --- grants -----------------------------------------------------------------------------


def test_a_passive_grant_is_the_granting_bodys_decision() -> None:
    facts = facts_of(
        "Region Dalarnas projekt om laddinfrastruktur har beviljats upp till 3,2 miljoner "
        "kronor från Energimyndigheten.\n",
        AGENCY_SITE,
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:nationell:energimyndigheten"}


def test_a_grant_without_its_sum_is_no_decision() -> None:
    facts = facts_of("Tre av projekten som har beviljats finns i Dalarna.\n", AGENCY_SITE)
    assert decisions(facts) == {}


# --- impersonal passives and deadlines --------------------------------------------------


def test_det_beslutades_names_no_deciding_body() -> None:
    facts = facts_of(
        "Det beslutades att samrådet mellan länets kommuner ska hållas två gånger per år.\n",
        "https://polisen.se/aktuellt/nyheter/2024/juni/samrad/",
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == set()


def test_a_deadline_before_det_beslutade_belongs_to_the_task_before_it() -> None:
    facts = facts_of(
        "Regiondirektören får i uppdrag att ta fram en plan för lokalförsörjningen. En "
        "rapport ska vara klar i mars 2025. Detta beslutade regionstyrelsen vid sitt möte.\n",
        REGION_SITE,
    )
    summaries = list(decisions(facts))
    assert not any("ska vara klar" in s for s in summaries)
    assert any(s.startswith("Regiondirektören får i uppdrag") for s in summaries)
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {RS}


# --- dates ------------------------------------------------------------------------------


def test_a_month_with_two_letters_swapped_is_read_with_month_precision() -> None:
    (found,) = find_dates("Planen antogs i ferbuari 2016.")
    assert (found.value, found.precision) == ("2016-02-01", DatePrecision.MONTH)


def test_a_short_month_name_has_no_slips() -> None:
    assert find_dates("Det var en mras 2016.") == []

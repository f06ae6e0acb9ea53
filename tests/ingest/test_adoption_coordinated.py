"""An adoption stated as the second of two passives of one subject ("<doc> reviderades
under 2022 och antogs av kommunfullmäktige 2023-06-22") is an ADOPTED link with its
date, not a Decision; a document's title stops before such a verb. Every sentence is
invented."""

from __future__ import annotations

from graph.edges import LinkType
from tests.ingest.helpers import decisions, documents, facts_at, links

_URL = "https://www.umea.se/kommunochpolitik/strategier.html"
_KF = "Organization:kommun:2480:kommunfullmaktige"


def test_a_second_passive_after_och_adopts_the_subject() -> None:
    facts = facts_at(
        "Strategier\n\nUmeå kommuns klimatstrategi uppdaterades under 2021 och antogs av "
        "kommunfullmäktige 2022-02-14.",
        _URL,
        "2022-03-01",
    )
    (strategy,) = [d for d in documents(facts).values() if d.kind == "strategy"]
    (adopted,) = links(facts, LinkType.ADOPTED, _KF, strategy.id)
    assert adopted.date == "2022-02-14"
    assert strategy.adopted_on == "2022-02-14"
    assert not decisions(facts)


def test_a_new_subject_after_och_takes_the_adoption() -> None:
    facts = facts_at(
        "Planer\n\nHandlingsplanen för trygghet reviderades i maj och kulturplanen antogs av "
        "kommunfullmäktige 2022-02-14.",
        _URL,
        "2022-03-01",
    )
    adopted = {x.to_id for x in facts.links if x.type is LinkType.ADOPTED}
    kinds = {documents(facts)[i].kind for i in adopted}
    assert kinds == {"plan"}  # the kulturplan, not the action plan revised
    # A title's topic stops before a preterite passive ("... för trygghet reviderades").
    titles = {d.title for d in documents(facts).values()}
    assert "Handlingsplan för trygghet" in titles


_VB = "https://www.regionvasterbotten.se/nyheter/ny-strategi"
_LST, _REGION, _UMEA = (
    "Organization:lansstyrelse:24",
    "Organization:region:24",
    "Organization:kommun:2480",
)


def test_every_listed_agent_of_a_passive_adopts_with_the_date_after_the_list() -> None:
    facts = facts_at(
        "Ny strategi\n\nVästerbottens folkhälsostrategi antogs av Region Västerbotten, Umeå "
        "kommun samt Länsstyrelsen Västerbotten i februari 2018.",
        _VB,
        "2018-03-01",
    )
    adopted = [x for x in facts.links if x.type is LinkType.ADOPTED]
    assert {x.from_id for x in adopted} == {_REGION, _UMEA, _LST}
    assert {x.date for x in adopted} == {"2018-02-01"}


def test_coordinated_subjects_both_adopt() -> None:
    facts = facts_at(
        "Ny strategi\n\nLänsstyrelsen Västerbotten och Region Västerbotten antog i juni 2014 "
        "en ny klimatstrategi för länet. Umeå kommun deltog i arbetet.",
        _VB,
        "2014-07-01",
    )
    adopted = [x for x in facts.links if x.type is LinkType.ADOPTED]
    assert {x.from_id for x in adopted} == {_REGION, _LST}  # not Umeå, named apart

"""A body named with its owner ("Kommunstyrelsen i Umeå kommun", "Regionstyrelsen i Region
Västerbotten") is that owner's body, whatever municipality the page is about, and it is
the body, not the owner, that decides. Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import assert_evidence_rules, decided_by, decisions, links, organizations, page_facts

_UMEA_KS = "Organization:kommun:2480:kommunstyrelsen"
_UMEA_KF = "Organization:kommun:2480:kommunfullmaktige"
_KRAMFORS_BUN = "Organization:kommun:2282:barn-och-utbildningsnamnden"
_VB_RS = "Organization:region:24:regionstyrelsen"


def test_a_body_named_with_another_municipality_is_that_municipalitys() -> None:
    facts = page_facts(
        "Nytt om skolan\n\nKommunfullmäktige i Umeå beslutade på måndagen att bygga en skola. "
        "Barn- och utbildningsnämnden i Kramfors kommun har utrett frågan."
    )
    orgs = organizations(facts)
    assert _UMEA_KF in orgs and _KRAMFORS_BUN in orgs
    assert "Organization:kommun:2282:kommunfullmaktige" not in orgs  # not the page's
    assert "Organization:kommun:2480" in orgs  # a bare place names the municipality
    assert links(facts, LinkType.PART_OF, _UMEA_KF, "Organization:kommun:2480")
    assert_evidence_rules(facts)


def test_the_body_before_its_owner_decides_not_the_owner() -> None:
    facts = page_facts(
        "Nytt beslut\n\nKommunstyrelsen i Umeå kommun beslutade på tisdagen att bygga en "
        "ny simhall."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {_UMEA_KS}


def test_a_regions_body_is_named_with_the_region_among_others() -> None:
    facts = page_facts(
        "Satsning på vården\n\nRegionstyrelsen i Region Västerbotten beslutade i går att "
        "anställa fler sjuksköterskor. Hälso- och sjukvårdsnämnden i Region Jämtland "
        "Härjedalen har också behandlat frågan, liksom Region Örebro län."
    )
    orgs = organizations(facts)
    assert _VB_RS in orgs
    assert "Organization:region:23:halso-och-sjukvardsnamnden" in orgs
    assert "Organization:region:22:regionstyrelsen" not in orgs
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {_VB_RS}


def test_a_regions_body_takes_a_county_name_and_a_municipal_body_does_not() -> None:
    facts = page_facts(
        "Ny plan\n\nRegionstyrelsen i Västerbotten och kommunstyrelsen i Västerbotten "
        "har träffats. Kommunstyrelsen i Sundsvall deltog också."
    )
    orgs = organizations(facts)
    assert _VB_RS in orgs
    assert "Organization:kommun:2281:kommunstyrelsen" in orgs
    assert not any(o.startswith("Organization:kommun:") and "2281" not in o for o in orgs)


def test_a_lower_case_word_after_i_is_no_owner() -> None:
    facts = page_facts(
        "Beslut i juni\n\nSocialnämnden i Kramfors kommun sammanträdde. Kommunstyrelsen i "
        "juni beslutade att utreda frågan."
    )
    orgs = organizations(facts)
    assert "Organization:kommun:2282:socialnamnden" in orgs
    assert "Organization:kommun:2282:kommunstyrelsen" in orgs


def test_a_body_named_with_a_county_decides() -> None:
    facts = page_facts(
        "Nytt beslut\n\nRegionstyrelsen i Västerbotten beslutade på tisdagen att bygga ett "
        "nytt sjukhus."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {_VB_RS}

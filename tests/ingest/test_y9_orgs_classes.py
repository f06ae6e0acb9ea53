"""Organisations and initiatives in general forms of Swedish public-sector wording (issue
9): a name with its acronym in brackets, several funders of one clause, a unit head's
unit, an owner's participle before a company, agencies' short names. Every sentence is
invented."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Initiative

from .helpers import links, organizations, page_facts


def _initiatives(text: str, uri: str = "file:///t.txt") -> dict[str, Initiative]:
    facts = page_facts(text, uri)
    return {n.id: n for n in facts.nodes if isinstance(n, Initiative)}


def test_initiative_name_runs_to_its_bracketed_acronym() -> None:
    found = _initiatives(
        "Hudiksvalls kommun medfinansierar projektet Grön logistik i glesbygd (GLIG) "
        "under tre år. GLIG ska minska utsläppen från godstransporter."
    )
    assert "Initiative:gron-logistik-i-glesbygd" in found
    assert "Initiative:gron-logistik" not in found


def test_bracket_whose_letters_do_not_fit_the_words_is_no_acronym() -> None:
    found = _initiatives("Kommunen deltar i projektet Trygg skolväg i centrum (2024) i år.")
    assert "Initiative:trygg-skolvag" in found
    assert "Initiative:trygg-skolvag-i-centrum" not in found


def test_second_predicate_lists_each_funder_but_not_the_excepted_ones() -> None:
    facts = page_facts(
        "Ljusdals kommun deltar i projektet Friska skogar i samverkan (FSIS). "
        "Totalt har projektet en budget på fyra miljoner kronor och finansieras förutom "
        "av Bollnäs kommun av Region Gävleborg, Tillväxtverket och Skogsstyrelsen."
    )
    funders = {k.from_id for k in links(facts, LinkType.FUNDS)}
    assert {
        "Organization:region:21",
        "Organization:nationell:tillvaxtverket",
        "Organization:nationell:skogsstyrelsen",
    } <= funders
    assert "Organization:kommun:2183" not in funders


def test_unit_head_title_names_its_unit_part_of_the_organisation() -> None:
    facts = page_facts(
        "\u2013 Vi måste börja nu, säger Karin Sjöberg, enhetschef för Vatten och natur på "
        "Länsstyrelsen i Hallands län."
    )
    unit = "Organization:lansstyrelse:13:enheten-for-vatten-och-natur"
    assert unit in organizations(facts)
    assert links(facts, LinkType.PART_OF, unit, "Organization:lansstyrelse:13")
    assert links(facts, LinkType.HOLDS_ROLE, "Person:person:karin-sjoberg", unit)


def test_plain_title_with_a_topic_names_no_unit() -> None:
    facts = page_facts(
        "\u2013 Det går åt rätt håll, säger Karin Sjöberg, samordnare för Trygg i Halland på "
        "Länsstyrelsen i Hallands län."
    )
    assert not [i for i in organizations(facts) if "samordnare" in i or ":13:" in i]


def test_owner_participle_is_no_part_of_a_company_name() -> None:
    orgs = organizations(page_facts("Det kommunägda Norrbygdens Energi AB bygger ut nätet."))
    assert "Organization:org:norrbygdens-energi-ab" in orgs
    assert not [i for i in orgs if "kommunagda" in i]


def test_class_noun_opening_a_sentence_introduces_a_name() -> None:
    orgs = organizations(page_facts("Företaget Trähuset Nord har köpt tomten vid hamnen."))
    assert "Organization:org:trahuset-nord" in orgs


def test_agency_acronym_is_the_agency() -> None:
    orgs = organizations(page_facts("Socialstyrelsen och UKÄ ska lämna förslag till regeringen."))
    assert "Organization:nationell:universitetskanslersambetet" in orgs


def test_a_heading_and_the_next_line_make_no_name() -> None:
    orgs = organizations(
        page_facts("Följ oss i vår Facebook-grupp\n\nOm oss\n\nUniversitet och högskolor väljer.")
    )
    assert not [i for i in orgs if "universitet" in i]


def test_state_beside_a_named_party_is_the_government() -> None:
    facts = page_facts("Avtalet mellan staten och SKR gäller i två år. Staten har ett ansvar.")
    mentions = [m for m in facts.mentions if m.node_id == "Organization:nationell:regeringen"]
    assert len(mentions) == 1  # the party, not the state in general


def test_state_alone_is_no_organisation() -> None:
    facts = page_facts("Staten bär kostnaden för vägarna i hela landet.")
    assert "Organization:nationell:regeringen" not in organizations(facts)

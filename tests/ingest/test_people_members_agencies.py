"""People and bodies in the forms real5's pages showed (issue 9, round 2): surnames that
are also places, bodies set up by a decision and their elected members, an agency's head
named on a government page, a press secretary serving a minister, a unit named by its
area, and coordinated committee names in lower case. Every sentence is invented."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import links, organizations, page_facts

_GOV = "https://www.regeringen.se/pressmeddelanden/2030/01/x/"


def _roles(facts: object, person: str) -> set[tuple[str, str]]:
    return {(k.to_id, k.title or "") for k in links(facts, LinkType.HOLDS_ROLE, person)}  # type: ignore[arg-type]


def test_place_surname_after_a_given_name_is_a_person() -> None:
    facts = page_facts(
        "Kontakt: Per Berg, miljöstrateg, Sala kommun. Anna Lund (S), kommunalråd i Lunds kommun."
    )
    assert ("Organization:kommun:1981", "Miljöstrateg") in _roles(facts, "Person:person:per-berg")
    assert ("Organization:kommun:1281", "Kommunalråd") in _roles(facts, "Person:person:anna-lund")
    assert "Organization:kommun:1281" in organizations(facts)


def test_place_without_a_given_name_is_no_person() -> None:
    facts = page_facts("Samordnare Folktandvården Sala deltog. Mötet hölls i Lund.")
    assert not [n for n in facts.nodes if n.id.startswith("Person:")]


def test_new_body_gets_its_chair_and_members() -> None:
    facts = page_facts(
        "Kommunförbundet Kalmar län beslutade i dag att tillsätta en ny politisk "
        "miljöberedning. Till ordförande valdes Eva Ekblad, (S), som leder arbetet.\n\n"
        "Den nya beredningen möts fyra gånger per år.\n\n"
        "Följande personer valdes till ledamöter för perioden:\nEva Ekblad (S)\nBo Bergfors (M)\n"
        "Karin Holm Strand (C)\n"
    )
    body = "Organization:org:miljoberedningen"
    assert body in organizations(facts)
    part_of = links(facts, LinkType.PART_OF, body, "Organization:kommunforbund:08")
    assert part_of
    assert _roles(facts, "Person:person:eva-ekblad") == {(body, "Ordförande")}
    assert (body, "Ledamot") in _roles(facts, "Person:person:bo-bergfors")
    assert (body, "Ledamot") in _roles(facts, "Person:person:karin-holm-strand")


def test_member_statement_inline() -> None:
    facts = page_facts(
        "Kommunstyrelsen i Sala kommun beslutade att inrätta en ny trygghetsberedning. "
        "Ledamöter är Eva Ekblad (S), Bo Bergfors (M) och Ali Demir (V)."
    )
    body = "Organization:kommun:1981:trygghetsberedningen"
    assert body in organizations(facts)
    assert (body, "Ledamot") in _roles(facts, "Person:person:ali-demir")


def test_attendance_members_are_not_elected_members() -> None:
    facts = page_facts(
        "Socialnämnden i Sala kommun\nProtokoll\nLedamöter\nEva Ekblad (S)\nBo Bergfors (M)\n"
    )
    assert not [k for k in facts.links if k.title == "Ledamot"]


def test_former_body_is_not_the_new_one() -> None:
    facts = page_facts(
        "Kommunstyrelsen i Sala kommun beslutade att tillsätta en ny kulturberedning. "
        "Den förra beredningen avslutade sitt arbete."
    )
    assert [m for m in facts.mentions if m.evidence.rule == "actor.body.set_up"]
    assert not [m for m in facts.mentions if m.evidence.rule == "actor.anaphora.new_body"]


def test_agency_head_on_a_government_page_is_the_agency_s() -> None:
    facts = page_facts(
        "Regeringen ger Skolverket ett uppdrag. \N{EN DASH} Skolverkets ledning, med den nya "
        "generaldirektören Eva Ekblad i spetsen, har mycket att göra, säger skolminister "
        "Bo Bergfors.",
        _GOV,
    )
    assert _roles(facts, "Person:person:eva-ekblad") == {
        ("Organization:nationell:skolverket", "Generaldirektör")
    }
    assert ("Organization:nationell:regeringen", "Skolminister") in _roles(
        facts, "Person:person:bo-bergfors"
    )


def test_agency_head_without_an_agency_has_no_role() -> None:
    facts = page_facts(
        "Regeringen har beslutat. Det säger generaldirektören Eva Ekblad till pressen.", _GOV
    )
    assert not links(facts, LinkType.HOLDS_ROLE, "Person:person:eva-ekblad")


def test_press_secretary_of_a_minister_serves_the_government() -> None:
    facts = page_facts(
        "Regeringen har fattat beslut om stödet.\n\nPresskontakt\n\nKarin Holm\n"
        "Pressekreterare hos energiminister Bo Bergfors\n",
        _GOV,
    )
    assert ("Organization:nationell:regeringen", "Pressekreterare") in _roles(
        facts, "Person:person:karin-holm"
    )


def test_title_with_an_area_unit_is_held_at_the_owner() -> None:
    facts = page_facts(
        "Sala kommun antar en ny plan. \N{EN DASH} Planen är viktig, säger Eva Ekblad, "
        "programdirektör Vård och omsorg.",
        "https://www.sala.se/x/",
    )
    assert ("Organization:kommun:1981", "Programdirektör") in _roles(
        facts, "Person:person:eva-ekblad"
    )


def test_unknown_capitalised_organisation_after_a_title_takes_no_role() -> None:
    facts = page_facts(
        "Sala kommun antar en ny plan, säger Eva Ekblad, samordnare Okänd Grupp.",
        "https://www.sala.se/x/",
    )
    assert not links(facts, LinkType.HOLDS_ROLE, "Person:person:eva-ekblad")


def test_lower_case_coordinated_committee_is_one_body() -> None:
    facts = page_facts(
        "Frågan gäller funktionsstödsnämnden och hälsa-, vård- och omsorgsnämnden. "
        "Kultur-, fritids- och turismförvaltningen svarar.",
        "https://www.sala.se/x/",
    )
    orgs = organizations(facts)
    assert "Organization:kommun:1981:halsa-vard-och-omsorgsnamnden" in orgs
    assert "Organization:kommun:1981:vard-och-omsorgsnamnden" not in orgs
    assert "Organization:kommun:1981:kultur-fritids-och-turismforvaltningen" in orgs

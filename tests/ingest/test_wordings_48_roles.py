"""Role defects found in the forty-eighth session by reading the extractor's output on real
pages nobody annotated, restated as invented sentences; each test fails on the code before
its fix."""

from __future__ import annotations

from graph.edges import LinkType

from .helpers import facts_at, links

KALMAR_SITE = "https://regionkalmar.se/nyhetslista/sida/"
BLEKINGE_SITE = "https://regionblekinge.se/nyheter/sida/"


def test_an_inverted_board_after_utser_is_the_one_that_appoints() -> None:
    facts = facts_at(
        "Regionfullmäktige sammanträdde i dag. Denna dag utser också regionstyrelsen de "
        "personer som ska ingå i regionstyrelsens utskott.",
        KALMAR_SITE,
        "2024-05-15",
    )
    bodies = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert bodies == {"Organization:region:08:regionstyrelsen"}, bodies


def test_a_press_contact_on_an_agencys_release_about_a_municipality_is_the_agencys() -> None:
    facts = facts_at(
        "Skolinspektionen har beslutat om vite för Ånge kommun. Ånge kommun har brister i "
        "sitt kvalitetsarbete. Ånge kommun ska rätta till bristerna.\n\nPresskontakt\n\n"
        "Eva Ek, presschef, 08-586 082 50",
        "http://news.cision.com/se/skolinspektionen/r/vite,c100",
        "2024-05-15",
    )
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:eva-ek", "Organization:nationell:skolinspektionen")}, held


KARLSTAD_SITE = "https://karlstad.se/kommun-och-politik/namnder/sida/"


def _roles(text: str, site: str = KARLSTAD_SITE) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, site, "2024-05-15")
    return {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}


def test_a_chair_with_no_body_named_is_the_chair_of_the_body_opening_the_paragraph() -> None:
    roles = _roles(
        "Kulturnämnden består av nio ledamöter. Eva Ek (M) är ordförande och Bo Berg (S) är "
        "vice ordförande."
    )
    body = "Organization:kommun:1780:kulturnamnden"
    assert roles == {
        ("Person:person:eva-ek", body, "Ordförande"),
        ("Person:person:bo-berg", body, "Vice ordförande"),
    }, roles


def test_a_committee_named_in_the_address_with_a_double_hyphen_owns_its_chair() -> None:
    roles = _roles(
        "Här finns vård- och omsorgsnämnden.\n\nEva Ek (M),\n\nordförande",
        "https://karlstad.se/Namnder/Vard--och-omsorgsnamnden/",
    )
    assert roles == {
        ("Person:person:eva-ek", "Organization:kommun:1780:vard-och-omsorgsnamnden", "Ordförande")
    }, roles


def test_titles_on_the_line_after_each_name_are_those_names_own() -> None:
    roles = _roles(
        "Kulturnämnden sammanträder elva gånger per år.\n\nEva Ek (M),\n\nordförande\n\n"
        "Bo Berg (S),\n\n1:e vice ordförande\n\nSiv Ås (KD),\n\n2:e vice ordförande"
    )
    titles = {(person.split(":")[-1], title) for person, _, title in roles}
    assert titles == {
        ("eva-ek", "Ordförande"),
        ("bo-berg", "1:e vice ordförande"),
        ("siv-as", "2:e vice ordförande"),
    }, roles


def test_officers_elected_in_one_sentence_serve_the_committee_named_first() -> None:
    roles = _roles(
        "Regionstyrelsen sammanträdde i dag. Till ordförande i trafiknämnden valdes Eva Ek "
        "(S), till förste vice ordförande Bo Berg (V) och andre vice ordförande Siv Ås (M).",
        BLEKINGE_SITE,
    )
    assert {org for _, org, _ in roles} == {"Organization:region:10:trafiknamnden"}, roles
    assert len(roles) == 3, roles


def test_a_derived_noun_after_a_title_opens_no_name() -> None:
    facts = facts_at(
        "Ansvar Samtliga nämnder samt Agenda 22 samordnaren Uppföljning Rutin för "
        "uppföljning av styrdokument",
        "https://www.trollhattan.se/sida/",
        "2024-05-15",
    )
    assert [n.id for n in facts.nodes if n.id.startswith("Person:")] == []


def test_officers_elected_in_the_passive_serve_the_meetings_board() -> None:
    roles = _roles(
        "Det beslutade Region Blekinges styrelse under onsdagen vid mandatperiodens första "
        "möte. Vid mötet valdes Eva Ek (S) till förste vice ordförande och Bo Berg (M) till "
        "andre vice ordförande.",
        BLEKINGE_SITE,
    )
    assert {(p.split(":")[-1], org, t) for p, org, t in roles} == {
        ("eva-ek", "Organization:region:10:regionstyrelsen", "Förste vice ordförande"),
        ("bo-berg", "Organization:region:10:regionstyrelsen", "Andre vice ordförande"),
    }, roles


def test_a_post_held_on_or_taken_over_is_a_role() -> None:
    for verb in ("fortsätter som", "tar över som", "kvarstår som"):
        roles = _roles(f"Eva Ek (S) {verb} ordförande i kulturnämnden.")
        assert roles == {
            ("Person:person:eva-ek", "Organization:kommun:1780:kulturnamnden", "Ordförande")
        }, (verb, roles)


def test_a_coordinated_election_keeps_the_body_of_the_one_before() -> None:
    roles = _roles(
        "Kommunfullmäktige beslutade att utse Eva Ek (M) till ordförande för valberedningen "
        "och Bo Berg (SD) till vice ordförande.",
        "https://www.karlshamn.se/nyheter/sida/",
    )
    assert {org for _, org, _ in roles} == {"Organization:kommun:1082:valberedningen"}, roles
    assert len(roles) == 2, roles


def test_a_chairs_contact_line_serves_the_committee_the_address_names() -> None:
    facts = facts_at(
        "Sammanfattning från hälso- och sjukvårdsnämnden\n\nNämnden fick information om "
        "vårdköerna.\n\nKontakt\n\nEva Ek (S), ordförande",
        "https://www.regionvasterbotten.se/sammanfattning-fran-halso-och-sjukvardsnamnden-maj",
        "2024-05-15",
    )
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {
        ("Person:person:eva-ek", "Organization:region:24:halso-och-sjukvardsnamnden")
    }, held

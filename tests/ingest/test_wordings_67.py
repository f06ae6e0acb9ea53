"""Defects found in the sixty-seventh session on development pages, restated as invented
sentences; each test fails on the code before its fix (guard tests say so)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts

from .helpers import facts_at, links

REGION = "https://www.regionort.se/nyheter/service"


def _pairs(facts: SourceFacts, kind: LinkType) -> set[tuple[str, str]]:
    return {(link.from_id, link.to_id) for link in links(facts, kind)}


def test_who_runs_a_project_after_a_fronted_adverbial_takes_part() -> None:
    text = (
        "Service på landsbygden\n\n"
        "Under 2023-2025 driver Region Jämtland Härjedalen projektet Handelskraft Norr. "
        "Målet är att stärka den kommersiella servicen.\n"
    )
    pairs = _pairs(facts_at(text, REGION, "2024-05-02"), LinkType.PARTICIPATES_IN)
    assert ("Organization:region:23", "Initiative:handelskraft-norr") in pairs


def test_a_runner_verb_with_no_organisation_after_it_links_nobody() -> None:
    # guard: a person after the verb is no organisation taking part
    text = (
        "Under våren driver Eva Ek projektet Handelskraft Norr vidare. "
        "Region Jämtland Härjedalen informerar.\n"
    )
    pairs = _pairs(facts_at(text, REGION, "2024-05-02"), LinkType.PARTICIPATES_IN)
    assert not any(to == "Initiative:handelskraft-norr" for _, to in pairs)


_GRANT_PAGE = (
    "Folkhälsomedel till sju projekt\n\n"
    "Region Uppsala har beslutat om 1,2 miljoner kronor i folkhälsomedel.\n\n"
    "• Erikshjälpen har fått 594 000 kronor för sitt projekt Framtidsverkstad Ekby.\n"
    "• Älvkarleby kommun har fått 46 100 kronor för sitt projekt Fotboll för alla.\n"
)


def test_the_pages_grantor_funds_each_project_granted_a_sum() -> None:
    # on no organisation's site: the grant decision on the page names the grantor
    facts = facts_at(_GRANT_PAGE, "https://www.example.org/nyheter/folkhalsomedel", None)
    funds = _pairs(facts, LinkType.FUNDS)
    assert ("Organization:region:03", "Initiative:framtidsverkstad-ekby") in funds
    assert ("Organization:region:03", "Initiative:fotboll-for-alla") in funds


def test_the_site_funds_when_the_page_names_no_grant_decision() -> None:
    text = (
        "Brå fördelar projektstöd\n\n"
        "Polismyndigheten i Kalmar län har beviljats ekonomiskt stöd om 165 000 kronor "
        "för projektet Tryggt Öland.\n"
    )
    facts = facts_at(text, "https://www.bra.se/om-bra/nytt-fran-bra/projektstod.html", None)
    assert ("Organization:nationell:bra", "Initiative:tryggt-oland") in _pairs(
        facts, LinkType.FUNDS
    )


def test_a_grant_to_the_site_itself_is_not_its_own_funding() -> None:
    # guard: the page's own organisation received the money, so someone else gave it
    text = (
        "Nytt projekt i Ekby\n\n"
        "Uppsala kommun har beviljats stöd om 300 000 kronor för projektet Trygga Gator.\n"
    )
    facts = facts_at(text, "https://www.uppsala.se/nyheter/trygga-gator", None)
    assert not _pairs(facts, LinkType.FUNDS)


def test_a_standing_agreement_between_parties_is_theirs() -> None:
    text = (
        "Ny strategi för elektrifiering\n\n"
        "Strategin bygger på en överenskommelse mellan regeringen och Sveriges Kommuner "
        "och Regioner.\n"
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/strategi", "2024-05-02")
    signers = {frm for frm, _ in _pairs(facts, LinkType.SIGNED)}
    assert {"Organization:nationell:regeringen", "Organization:nationell:skr"} <= signers


def test_an_agreement_titled_or_approved_names_no_signers() -> None:
    # guard: a heading's "Överenskommelse mellan A och B" and an agreement approved at a
    # meeting are not the parties' signing
    text = (
        "Samverkansöverenskommelse mellan kommunen och polisen\n\n"
        "En samverkansöverenskommelse mellan polisen och Ekby kommun godkändes.\n"
    )
    facts = facts_at(text, "https://www.ekby.se/nyheter/trygghet", "2024-05-02")
    assert not _pairs(facts, LinkType.SIGNED)


def test_parties_that_agreed_on_a_pledge_signed_it() -> None:
    text = (
        "Samverkan om energi\n\n"
        "Eskilstuna kommun och Statens energimyndighet enades idag under en "
        "avsiktsförklaring om samverkan inom energiområdet.\n"
    )
    facts = facts_at(text, "https://www.eskilstuna.se/nyheter/energi", "2024-05-02")
    signers = {frm for frm, _ in _pairs(facts, LinkType.SIGNED)}
    assert {"Organization:kommun:0484", "Organization:nationell:energimyndigheten"} <= signers


def test_signers_after_a_fronted_verb_signed_what_follows() -> None:
    text = (
        "Civilt försvar\n\n"
        "I juni 2018 slöt Myndigheten för samhällsskydd och beredskap (MSB) och Sveriges "
        "Kommuner och Landsting (SKL) en överenskommelse om kommunernas arbete med civilt "
        "försvar.\n"
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/vastra-gotaland/nyheter.html", None)
    signers = {frm for frm, _ in _pairs(facts, LinkType.SIGNED)}
    assert signers == {"Organization:nationell:msb", "Organization:nationell:skr"}


def test_grant_rows_are_funded_by_the_body_the_page_says_granted() -> None:
    text = (
        "Utvecklingsbidrag till kultur\n\n"
        "Kulturrådet har beslutat om 2,1 miljoner kronor till regional kulturverksamhet.\n\n"
        "• 500 000 kronor till Region Blekinge: Det kreativa rummet, år 2 av 3\n"
        "• 450 000 kronor till Region Jönköpings län: Nya Småland, år 3 av 3\n"
    )
    facts = facts_at(text, "https://www.regionkronoberg.se/nyheter/kultur", None)
    funds = _pairs(facts, LinkType.FUNDS)
    assert ("Organization:nationell:kulturradet", "Initiative:nya-smaland") in funds
    assert ("Organization:nationell:kulturradet", "Initiative:det-kreativa-rummet") in funds

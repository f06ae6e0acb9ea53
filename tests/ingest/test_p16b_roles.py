"""New office-holders stated with the copula, bylines with a title, and an association's
own page as the owner of its board's roles, on invented texts (every name is made up)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, held_roles, text_source

ASSOCIATION = "Organization:org:samordningsforbundet-norrdalen"
SOCIAL = "Organization:kommun:2062:socialnamnden"


def _facts(text: str) -> SourceFacts:
    facts = extract(text_source(text, "2024-05-02"))
    assert_evidence_rules(facts)
    return facts


def test_an_association_page_owns_its_new_officers_and_its_writer() -> None:
    text = (
        "Nytt år i förbundet\n\nSkribent: Lena Provberg, Förbundschef\n\n"
        "Styrelsen valde i dag nytt presidium. Ny ordförande för 2025 är Karin Testsson "
        "från Täby kommun och vice ordförande är Olle Exempelsson från Vallentuna kommun.\n\n"
        "Läs mer om Samordningsförbundet Norrdalen på vår webbplats.\n"
    )
    assert held_roles(_facts(text)) == {
        ("lena-provberg", ASSOCIATION, "Förbundschef"),
        ("karin-testsson", ASSOCIATION, "Ordförande"),
        ("olle-exempelsson", ASSOCIATION, "Vice ordförande"),
    }


def test_a_page_that_never_calls_it_the_association_has_no_owner_for_them() -> None:
    text = (
        "Nytt år\n\nStyrelsen valde i dag nytt presidium. Ny ordförande för 2025 är "
        "Karin Testsson från Täby kommun.\n\nLäs mer om Samordningsförbundet Norrdalen.\n"
    )
    assert held_roles(_facts(text)) == set()


def test_a_municipal_page_without_a_body_gives_a_new_chair_no_role() -> None:
    text = "Mora kommun\n\nNy ordförande är Karin Testsson, meddelar kommunen.\n"
    assert held_roles(_facts(text)) == set()


def test_a_run_of_new_holders_goes_on_after_och_without_party() -> None:
    text = (
        "Mora kommun\n\nSocialnämnden sammanträdde i dag. Ny ordförande blev Karin Testsson "
        "och vice ordförande är Olle Exempelsson.\n"
    )
    assert held_roles(_facts(text)) == {
        ("karin-testsson", SOCIAL, "Ordförande"),
        ("olle-exempelsson", SOCIAL, "Vice ordförande"),
    }


def test_without_verb_or_party_no_copula_holder_is_read() -> None:
    """No copula: the new-holder rules read nothing. The title before her name still makes
    her the chair of the body whose meeting the page reports (role.prefix_title)."""
    text = "Mora kommun\n\nSocialnämnden sammanträdde i dag. Ny ordförande Karin Testsson talade.\n"
    roles = [x for x in _facts(text).links if x.type is LinkType.HOLDS_ROLE]
    assert [x.evidence.rule for x in roles] == ["role.prefix_title"]
    assert roles[0].to_id == SOCIAL


def test_a_byline_without_a_title_gives_no_role() -> None:
    text = "Mora kommun\n\nText: Lena Provberg\n\nSocialnämnden sammanträdde i dag.\n"
    assert held_roles(_facts(text)) == set()


def test_without_a_party_the_name_must_end_the_complement() -> None:
    text = (
        "Mora kommun\n\nSocialnämnden sammanträdde i dag. Ny ordförande är Karin Testsson "
        "sedan i våras.\n"
    )
    assert held_roles(_facts(text)) == set()

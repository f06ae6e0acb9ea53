"""Role mechanisms of minutes, quotes and contact blocks on invented texts (every name and
sentence here is made up): signature runs, title labels, a party after the title, topic
titles, coordinated and plural titles, name particles, and the organisation each gets."""

from __future__ import annotations

from dataclasses import replace

from graph.edges import SourceFacts
from graph.nodes import Person
from ingest.language.sites import site_owner
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, held_roles, party_of, text_source

MORA = "Organization:kommun:2062"
SOCIAL = "Organization:kommun:2062:socialnamnden"


def _facts(text: str, uri: str | None = None) -> SourceFacts:
    source = text_source(text, "2024-05-02")
    if uri is not None:
        source = replace(source, uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def test_a_signature_run_pairs_each_name_with_the_title_after_it() -> None:
    text = (
        "Mora kommun Kallelse Beslutsorgan Socialnämnden Tid 3 maj Ärenden 1. Val av justerare "
        "2. Budget Ola Provsson Ordförande Eva Testberg Sekreterare POSTADRESS Mora\n"
    )
    # The chair is the name before "Ordförande"; a secretary holds no recorded role.
    assert held_roles(_facts(text)) == {("ola-provsson", SOCIAL, "Ordförande")}


def test_a_run_that_starts_with_a_label_is_not_paired_by_the_run() -> None:
    # The labels stand before the names here: the run "Name Title Name" has no clear order.
    text = (
        "Mora kommun Kallelse Beslutsorgan Socialnämnden Tid 3 maj Sekreterare Kommunhuset "
        "Ola Provsson Ordförande Eva Testberg (S) Justerare Bo Exempel (M) ANSLAG\n"
    )
    assert ("ola-provsson", SOCIAL, "Ordförande") not in held_roles(_facts(text))


def test_a_title_label_names_the_person_after_it_up_to_the_next_label() -> None:
    text = "Mora kommun Socialnämnden Dnr: SN 2024/12 Handläggare: Linn Provare Dokument: Remiss"
    assert held_roles(_facts(text)) == {("linn-provare", MORA, "Handläggare")}
    # A contact label is no title, and a unit after a title label is no name.
    assert held_roles(_facts("Mora kommun\nDokumentansvarig: Linn Provare\n")) == set()
    assert held_roles(_facts("Mora kommun\nHandläggare: Socialförvaltningen\n")) == set()


def test_a_party_after_the_title_is_the_persons_party() -> None:
    text = (
        "Mora kommun PROTOKOLL Socialnämnden Tid 3 maj Närvarande Eva Testberg, ordförande (C) "
        "Bo Provsson, 2:e vice ordförande (FP) Cia Exempel (M) Per Prov, tjänsteman\n"
    )
    facts = _facts(text)
    assert held_roles(facts) == {
        ("eva-testberg", SOCIAL, "Ordförande"),
        ("bo-provsson", SOCIAL, "2:e vice ordförande"),
    }
    assert party_of(facts, "eva-testberg") == "C"
    assert party_of(facts, "bo-provsson") == "FP"


def test_member_words_and_old_party_forms_do_not_end_an_attendance_list() -> None:
    text = (
        "Mora kommun SAMMANTRÄDESPROTOKOLL Socialnämnden Beslutande Eva Testberg (s) ordförande "
        "Bo Provsson ( m ) ersättare för Cia Exempel (C) Dan Prov (M) ledamot Gun Test (KD) "
        "1:e vice ordförande Ola Ek (V) ledamot\n"
    )
    assert held_roles(_facts(text)) == {
        ("eva-testberg", SOCIAL, "Ordförande"),
        ("gun-test", SOCIAL, "1:e vice ordförande"),
    }


def test_titles_in_a_column_after_names_with_parties_stay_unpaired() -> None:
    text = (
        "Mora kommun PROTOKOLL Socialnämnden Beslutande Eva Testberg (S) Bo Provsson (M) "
        "ordförande vice ordförande\n"
    )
    assert held_roles(_facts(text)) == set()


def test_a_comma_after_a_spoken_title_still_names_its_holder() -> None:
    text = "Länsstyrelsen Dalarna. \N{EN DASH} Det är bra, säger landshövding, Eva Testberg."
    assert held_roles(_facts(text)) == {
        ("eva-testberg", "Organization:lansstyrelse:20", "Landshövding")
    }
    # Without a speech verb the title after a comma is the apposition of the name before it.
    other = _facts("Mora kommun. Vi träffade Ola Provsson, samordnare, Eva Testberg och andra.")
    assert ("eva-testberg", MORA, "Samordnare") not in held_roles(other)


def test_a_topic_title_runs_to_the_organisation_it_is_held_at() -> None:
    text = (
        "Planen är klar. \N{EN DASH} Bra, säger Eva Testberg, Länssamordnare för alkohol- och "
        "drogfrågor på Länsstyrelsen i Dalarnas län."
    )
    assert held_roles(_facts(text)) == {
        (
            "eva-testberg",
            "Organization:lansstyrelse:20",
            "Länssamordnare för alkohol- och drogfrågor",
        )
    }


def test_a_contact_heading_may_end_in_a_colon() -> None:
    text = (
        "Nyhet\n\nPlanen är klar.\n\nKontakt:\n"
        "Eva Testberg, Utvecklingsledare, Länsstyrelsen Dalarna\n010-225 00 00\n"
    )
    assert held_roles(_facts(text)) == {
        ("eva-testberg", "Organization:lansstyrelse:20", "Utvecklingsledare")
    }


def test_a_unit_after_a_contact_role_is_within_the_page_owner() -> None:
    text = "Mora kommun\n\nKontakt\n\nEva Testberg\nSamordnare, socialförvaltningen\n"
    assert held_roles(_facts(text)) == {("eva-testberg", MORA, "Samordnare")}


def test_a_surname_particle_is_part_of_the_name() -> None:
    text = "Mora kommun\n\nKommunfullmäktiges ordförande Boris von Provsson berättar om mötet."
    assert held_roles(_facts(text)) == {
        ("boris-von-provsson", "Organization:kommun:2062:kommunfullmaktige", "Ordförande")
    }


def test_a_second_coordinated_title_takes_the_organisation_named_after_it() -> None:
    text = (
        "Mora kommun. \N{EN DASH} Bra, säger Eva Testberg (C), kommunalråd och ordförande i "
        "socialnämnden."
    )
    assert held_roles(_facts(text)) == {
        ("eva-testberg", MORA, "Kommunalråd"),
        ("eva-testberg", SOCIAL, "Ordförande"),
    }


def test_a_plural_title_is_held_by_each_name_after_it() -> None:
    facts = _facts(
        "Mora kommun. Avtalet skrevs under av kommunalråden Eva Testberg (S) och Bo Provsson (M)."
    )
    assert held_roles(facts) == {
        ("eva-testberg", MORA, "Kommunalråd"),
        ("bo-provsson", MORA, "Kommunalråd"),
    }
    more = _facts("Mora kommun. Samordnarna Eva Testberg, Bo Provsson och Cia Exempel deltog.")
    assert {r[0] for r in held_roles(more)} == {"eva-testberg", "bo-provsson", "cia-exempel"}
    # A singular definite title names one holder only.
    one = _facts("Mora kommun. Kommunalrådet Eva Testberg (S) och Bo Provsson (M) deltog.")
    assert {r[0] for r in held_roles(one)} == {"eva-testberg"}


def test_the_chair_who_signs_a_committees_decision_page() -> None:
    text = (
        "Mora kommun\n\nBeslut från socialnämnden\n\nSammanträde: 3 maj 2024\n\n"
        "Nämnden beslutar att delta i projektet.\n\n"
        "Protokollet justerades den 6 maj av ordföranden Eva Testberg (C) och Bo Provsson (M).\n"
    )
    assert held_roles(_facts(text)) == {("eva-testberg", SOCIAL, "Ordförande")}


def test_an_editor_line_names_no_one() -> None:
    text = "Mora kommun\n\nNyhet.\n\nRedaktör för sidan: Eva Testberg\nFaktaansvarig: Bo Provsson\n"
    facts = _facts(text)
    assert not [n for n in facts.nodes if isinstance(n, Person)]


def test_a_document_hosts_slug_names_whose_minutes_they_are() -> None:
    text = "Socialnämnden Beslutande Eva Testberg (S), ordförande Bo Provsson (M)\n"
    facts = _facts(text, "https://docplayer.se/123-mora-kommun-socialnamnden-protokoll.html")
    assert held_roles(facts) == {("eva-testberg", SOCIAL, "Ordförande")}


def test_a_list_that_ends_on_a_comma_title_reads_name_then_title() -> None:
    # The title it starts with heads the column ("Ledamot"), not the first name's.
    text = (
        "Mora kommun PROTOKOLL Socialnämnden Beslutande Ledamot Eva Testberg, ordförande "
        "Bo Provsson, vice ordförande Cia Exempel, sekreterare 12 Justerare Ola Ek (S)\n"
    )
    assert held_roles(_facts(text)) == {
        ("eva-testberg", SOCIAL, "Ordförande"),
        ("bo-provsson", SOCIAL, "Vice ordförande"),
    }


def test_linking_verbs_join_a_name_to_its_title() -> None:
    text = (
        "Mora kommun\n\nEva Testberg (S) valdes till ny ordförande i socialnämnden. "
        "Bo Provsson är socialchef i Mora kommun."
    )
    assert held_roles(_facts(text)) == {
        ("eva-testberg", SOCIAL, "Ordförande"),
        ("bo-provsson", MORA, "Socialchef"),
    }


def test_people_on_a_caption_line_are_not_read() -> None:
    text = (
        "Mora kommun\n\nKommunalrådet Eva Testberg (S) och socialchef Bo Provsson vid "
        "invigningen. Foto: Cia Ceder\n\nBildtext: Samordnare Dan Exempel på plats.\n\n"
        "\N{EN DASH} Bra, säger socialchef Ola Provare."
    )
    assert held_roles(_facts(text)) == {("ola-provare", MORA, "Socialchef")}


def test_sites_read_from_a_documents_slug_a_city_domain_and_a_newsroom_path() -> None:
    def owner(uri: str) -> tuple[str, str] | None:
        found = site_owner(uri)
        return (found.kind.value, found.key) if found else None

    assert owner("https://docplayer.se/1-protokoll-mora-kommun-socialnamnden.html") == (
        "municipality",
        "2062",
    )
    assert owner("https://5dok.org/document/x1-boras-stad-plan.html") == ("municipality", "1490")
    assert owner("http://docplayer.se/2-protokoll-landstinget-kronoberg-x.html") == ("region", "07")
    assert owner("https://docplayer.se/3-information-fran-kommunstyrelsen.html") is None
    assert owner("https://start.stockholm/aktuellt/nyheter/x") == ("municipality", "0180")
    assert owner("http://www.mynewsdesk.com/se/lansstyrelsen_i_dalarnas_lan/pressreleases/x") == (
        "county_board",
        "20",
    )

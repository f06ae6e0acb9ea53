"""Wordings first met on pages opened for development on 2026-12-01 (seventeenth
session). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, Goal, Organization
from tests.ingest.helpers import decided_by, decisions, documents, facts_at, links

MUNICIPAL = "https://www.ljusdal.se/nyheter/2024/fullmaktige"
REGIONAL = "https://www.regiongavleborg.se/nyheter/2024/utvecklingsnamnden"
COUNTY = "https://www.lansstyrelsen.se/gavleborg/nyheter/2024/klimat"


def test_an_assembly_after_a_fronted_date_adopts_the_compound_document() -> None:
    facts = facts_at(
        "Kulturstrategi 2024-2028\n\n"
        "Den 11 mars 2024 antog kommunfullmäktige kulturstrategin för perioden "
        "2024-2028. Strategin pekar ut fyra områden för kulturlivet.\n",
        MUNICIPAL,
        "2024-03-15",
    )
    adopted = links(facts, LinkType.ADOPTED)
    assert {(a.from_id, a.date) for a in adopted} == {
        ("Organization:kommun:2161:kommunfullmaktige", "2024-03-11")
    }
    (doc,) = documents(facts).values()
    assert doc.title == "Kulturstrategi 2024-2028"


def test_a_plan_named_with_its_year_and_adopted_in_a_relative_clause() -> None:
    facts = facts_at(
        "Internbudget för miljönämnden\n\n"
        "Miljönämnden gör sin internbudget utifrån Kommunplan 2024 som fastställdes "
        "av kommunfullmäktige i november 2023.\n",
        MUNICIPAL,
        "2024-02-01",
    )
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert adoption.from_id == "Organization:kommun:2161:kommunfullmaktige"
    # adopted by the assembly: the municipality's plan, not the committee's
    assert adoption.to_id == "Document:municipal:plan:kommun:2161:kommunplan-2024"
    assert adoption.date == "2023-11-01"


def test_a_listed_topic_keeps_the_adjective_and_noun_of_its_last_item() -> None:
    facts = facts_at(
        "Nya riktlinjer\n\n"
        "Regionstyrelsen antog riktlinjer för idrott, kultur och psykisk hälsa. "
        "Riktlinjerna gäller från april.\n",
        REGIONAL,
        "2024-03-15",
    )
    titles = [d.title for d in documents(facts).values()]
    assert titles == ["Riktlinjer för idrott, kultur och psykisk hälsa"]


def test_an_item_heading_beslut_om_a_document_is_its_adoption_at_the_meeting() -> None:
    facts = facts_at(
        "Kort från regionala utvecklingsnämnden 2024-03-13\n\n"
        "Nyheter från nämndens sammanträde den 13 mars.\n\n"
        "Beslut om riktlinjer för besöksnäring och turism 2025\n"
        "Riktlinjerna styr hur regionen prioriterar sina projektmedel.\n",
        REGIONAL,
        "2024-03-13",
    )
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert adoption.from_id == "Organization:region:21:regionala-utvecklingsnamnden"
    assert adoption.date == "2024-03-13"


def test_an_item_heading_on_a_page_that_reports_no_meeting_adopts_nothing() -> None:
    facts = facts_at(
        "Nyheter\n\n"
        "Beslut om ny samverkansöverenskommelse med polisen\n\n"
        "Kommunen och polisen ska arbeta tillsammans mot klotter och skadegörelse.\n",
        MUNICIPAL,
        "2024-03-13",
    )
    assert links(facts, LinkType.ADOPTED) == []


def test_an_impersonal_decision_taken_about_a_document_is_its_adoption() -> None:
    facts = facts_at(
        "Kort från regionala utvecklingsnämnden\n\n"
        "Regionala utvecklingsnämnden sammanträdde den 13 mars 2024. "
        "Vid mötet togs beslut om en ny handlingsplan för cykelturism.\n",
        REGIONAL,
        "2024-03-14",
    )
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert adoption.from_id == "Organization:region:21:regionala-utvecklingsnamnden"
    assert adoption.date == "2024-03-13"


def test_a_unit_named_by_an_adjective_and_noun_holds_the_role() -> None:
    facts = facts_at(
        "Ny plan för klimatanpassning\n\n"
        "\u2013 Vi har mycket att göra, säger Lena Holm, miljöstrateg på Enheten för "
        "hållbar utveckling på Länsstyrelsen Gävleborg.\n",
        COUNTY,
        "2024-03-14",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.to_id == "Organization:lansstyrelse:21:enheten-for-hallbar-utveckling"
    unit = next(n for n in facts.nodes if n.id == role.to_id)
    assert isinstance(unit, Organization)
    assert unit.name == "Enheten för hållbar utveckling"


def test_a_suspended_title_without_its_space_is_read_and_spaced() -> None:
    facts = facts_at(
        "Bostadsbristen minskar\n\n"
        "\u2013 Det behövs fler hyresrätter, säger Lena Holm, plan-och bygghandläggare "
        "på länsstyrelsen.\n",
        COUNTY,
        "2024-03-14",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.title == "Plan- och bygghandläggare"
    assert role.to_id == "Organization:lansstyrelse:21"


def test_a_committee_named_by_its_remit_keeps_a_neuter_adjective() -> None:
    facts = facts_at(
        "Nytt gymnasieprogram\n\n"
        "Nämnden för livslångt lärande beslutade i går att starta ett nytt program. "
        "Ett annat ärende skickas tillbaka till tekniska nämnden för fortsatt "
        "behandling.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    names = {n.name for n in facts.nodes if isinstance(n, Organization) and n.name}
    assert "Nämnden för livslångt lärande" in names
    assert not any(name.endswith("fortsatt") for name in names)


def test_a_list_of_insatsomraden_gives_the_documents_goals() -> None:
    facts = facts_at(
        "Ny klimatstrategi för länet\n\n"
        "Länsstyrelsen har tagit fram en klimatstrategi för länet 2024-2030.\n\n"
        "Insatsområdena är:\n\n"
        "  • Fossilfria transporter\n"
        "  • Energieffektiva byggnader\n"
        "  • Hållbar livsmedelsproduktion\n",
        COUNTY,
        "2024-03-14",
    )
    goals = sorted(n.text for n in facts.nodes if isinstance(n, Goal))
    assert goals == [
        "Energieffektiva byggnader",
        "Fossilfria transporter",
        "Hållbar livsmedelsproduktion",
    ]
    assert not [n for n in facts.nodes if isinstance(n, Activity)]
    assert len(links(facts, LinkType.HAS_GOAL)) == 3


def test_a_decision_taken_with_the_body_inverted_before_beslut_om_att() -> None:
    facts = facts_at(
        "Ny beredning\n\n"
        "Den 12 februari 2024 fattade kommunfullmäktige i Ljusdal beslut om att tillsätta "
        "en beredning för landsbygdsfrågor. I går tog kommunstyrelsen del av en rapport "
        "och konstaterade att arbetet går bra.\n",
        MUNICIPAL,
        "2024-03-01",
    )
    found = decisions(facts)
    assert list(found) == ["Tillsätta en beredning för landsbygdsfrågor"]
    (decision,) = found.values()
    assert decided_by(facts, decision) == {"Organization:kommun:2161:kommunfullmaktige"}
    assert decision.date == "2024-02-12"


def test_two_present_tense_acts_joined_by_och_are_two_decisions() -> None:
    facts = facts_at(
        "Kommunstyrelsen i korthet\n\n"
        "Kommunstyrelsen godkänner förslaget till gång- och cykelplan för samråd och ger "
        "tekniska förvaltningen i uppdrag att ordna två öppna möten om planen.\n",
        MUNICIPAL,
        "2024-03-01",
    )
    texts = sorted(decisions(facts))
    assert len(texts) == 2
    assert texts[0].startswith("Ger tekniska förvaltningen i uppdrag")
    assert "godkänner förslaget till gång- och cykelplan" in texts[1]


def test_a_contact_card_name_needs_no_listed_given_name_over_its_title() -> None:
    facts = facts_at(
        "Nya regler för sammanträden\n\n"
        "Nämnderna får sammanträda på distans från i vår.\n\n"
        "Kontakter\n\n"
        "Zelal Norrby\n\n"
        "Presskontakt Kommunikatör Ljusdals kommun 0651-180 00\n",
        MUNICIPAL,
        "2024-03-14",
    )
    (role,) = links(facts, LinkType.HOLDS_ROLE)
    assert role.from_id == "Person:person:zelal-norrby"
    assert role.title == "Kommunikatör"
    assert role.to_id == "Organization:kommun:2161"
    assert "0651" not in role.evidence.quote


def test_a_card_line_of_two_unknown_words_over_no_title_is_no_person() -> None:
    facts = facts_at(
        "Nya regler för sammanträden\n\nKontakter\n\nZelal Norrby\n\nVäxjö Ljusdal\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert links(facts, LinkType.HOLDS_ROLE) == []


def test_an_inverted_body_with_a_time_and_section_before_the_document_adopts_it() -> None:
    facts = facts_at(
        "Pengar till landsbygden\n\n"
        "Regionala utvecklingsnämnden har en egen pott för landsbygden. Därför fastställde "
        "nämnden i april 2024, § 52, riktlinjer för fördelning av bygdemedel.\n",
        REGIONAL,
        "2024-06-01",
    )
    (adoption,) = links(facts, LinkType.ADOPTED)
    assert adoption.from_id == "Organization:region:21:regionala-utvecklingsnamnden"
    assert adoption.to_id.endswith("riktlinjer-for-fordelning-av-bygdemedel")
    assert decisions(facts) == {}


def test_an_indirect_question_about_decisions_is_no_decision() -> None:
    facts = facts_at(
        "Kommunstyrelsen i korthet\n\n"
        "Nedan finns en sammanfattning av hur kommunstyrelsen beslutade i veckan. "
        "Kommunstyrelsen beslutade att rusta upp badplatsen vid Östersjön.\n",
        MUNICIPAL,
        "2024-06-01",
    )
    assert list(decisions(facts)) == ["Rusta upp badplatsen vid Östersjön"]


def test_a_federation_named_by_a_compass_word_and_a_place_is_one_organisation() -> None:
    facts = facts_at(
        "Nytt stöd till unga\n\n"
        "Västra Härjedalens samordningsförbund finansierar projektet under två år.\n",
        MUNICIPAL,
        "2024-06-01",
    )
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    assert "Västra Härjedalens samordningsförbund" in names

"""Signing, making, follow-up, implementing and complementing clauses (ingest.rules.clause_parts,
signing_clauses, issued_work, issued_publication, followup_clauses and the wider
relations_implements / relations_complements frames), each on invented sentences,
with the wording that must not link."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Source
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, facts_of, links

ALE = "Organization:kommun:1440"
LST = "Organization:lansstyrelse:12"
REGION = "Organization:region:12"
POLICE = "Organization:nationell:polismyndigheten"
SKR = "Organization:nationell:skr"
SKOLVERKET = "Organization:nationell:skolverket"
GOVERNMENT = "Organization:nationell:regeringen"


def _on_site(text: str, uri: str) -> SourceFacts:
    source = Source(id="Source:test", uri=uri, sha256="0", media_type="text/plain", text=text)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _documents(facts: SourceFacts) -> list[str]:
    return [n.id for n in facts.nodes if n.id.startswith("Document:")]


def _from(facts: SourceFacts, type_: LinkType, to_id: str | None = None) -> set[str]:
    return {k.from_id for k in links(facts, type_, to_id=to_id)}


# --- SIGNED -----------------------------------------------------------------------------------


def test_persons_sign_for_the_organisations_of_their_roles_in_verb_second_order() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun och Polisen har en ny samverkansöverenskommelse. I går "
        "skrev kommundirektör Eva Provén och lokalpolisområdeschef Bo Testlund under "
        "överenskommelsen."
    )
    signed = links(facts, LinkType.SIGNED)
    assert {k.from_id for k in signed} == {ALE, POLICE}
    assert len({k.to_id for k in signed}) == 1


def test_a_committee_chair_signs_for_the_municipality_in_a_passive() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har en ny överenskommelse med Polisen om trygghet. Den 12 "
        "maj skrevs överenskommelsen under av kommunstyrelsens ordförande Eva Provén."
    )
    (signed,) = links(facts, LinkType.SIGNED)
    assert signed.from_id == ALE  # not the committee: the municipality is the party
    assert signed.date == "2024-05-12"
    assert signed.evidence.rule == "relation.signed.clause_passive"


def test_a_participle_names_its_signers_after_av() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har en ny överenskommelse med Polisen om trygghet. "
        "Överenskommelsen är undertecknad av kommunstyrelsens ordförande Eva Provén och "
        "Polismyndigheten."
    )
    assert _from(facts, LinkType.SIGNED) == {ALE, POLICE}


def test_verb_first_passive_names_its_parties_after_mellan() -> None:
    facts = facts_of(
        "Ale kommun\n\nDen 20 december undertecknades en ny samverkansöverenskommelse mellan "
        "Polismyndigheten och Ale kommun."
    )
    signed = links(facts, LinkType.SIGNED)
    assert {k.from_id for k in signed} == {ALE, POLICE}
    assert {k.date for k in signed} == {"2023-12-20"}


def test_a_passive_after_the_agreement_names_its_parties_after_mellan() -> None:
    facts = facts_of(
        "Ale kommun\n\nI går har en ny samverkansöverenskommelse tecknats mellan "
        "Polismyndigheten och Ale kommun."
    )
    assert {k.from_id for k in links(facts, LinkType.SIGNED)} == {ALE, POLICE}
    planned = facts_of(
        "Ale kommun\n\nEn ny samverkansöverenskommelse ska inte tecknas mellan "
        "Polismyndigheten och Ale kommun."
    )
    assert not links(planned, LinkType.SIGNED)


def test_partners_after_the_agreement_sign_it_too() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har tecknat ett samverkansavtal med Nerikes Brandkår samt "
        "Polismyndigheten för att korta insatstiderna."
    )
    assert _from(facts, LinkType.SIGNED) == {
        ALE,
        "Organization:org:nerikes-brandkar",
        POLICE,
    }


def test_a_bare_agreement_noun_after_the_verb_is_the_page_s_agreement() -> None:
    facts = facts_of(
        "Region Skåne\n\nRegionstyrelsen godkände i dag ett nytt samarbetsavtal om "
        "ambulansvård. Region Skåne har tecknat samarbetsavtal med Räddningstjänsten Syd samt "
        "Nerikes Brandkår."
    )
    signed = links(facts, LinkType.SIGNED)
    assert len({k.to_id for k in signed}) == 1
    assert {k.from_id for k in signed} == {
        "Organization:region:12",
        "Organization:org:raddningstjansten-syd",
        "Organization:org:nerikes-brandkar",
    }


def test_negated_or_planned_signing_is_not_read() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har inte undertecknat överenskommelsen om trygghet. "
        "Polismyndigheten ska skriva under en ny överenskommelse i höst."
    )
    assert _documents(facts)
    assert not links(facts, LinkType.SIGNED)


# --- ISSUED: the work of drawing up -----------------------------------------------------------


def test_the_subject_that_led_the_work_issued_and_coordinated_it_not_the_commissioner() -> None:
    facts = _on_site(
        "Ny klimatstrategi\n\nSedan i våras har länsstyrelsen, som regeringen gett uppdraget, "
        "lett och samordnat arbetet med att ta fram en klimatstrategi för hela Skåne.",
        "https://www.lansstyrelsen.se/skane/nyheter/ny-klimatstrategi.html",
    )
    issued = links(facts, LinkType.ISSUED, from_id=LST)
    assert issued
    strategy = issued[0].to_id
    assert _from(facts, LinkType.ISSUED, strategy) == {LST}
    assert _from(facts, LinkType.COORDINATES, strategy) == {LST}


def test_responsible_for_the_work_with_a_partner_in_cooperation() -> None:
    facts = facts_of(
        "Skolverket\n\nSKR ansvarar för arbetet att ta fram en nationell handlingsplan för "
        "skolans digitalisering i samarbete med Skolverket."
    )
    assert len({k.to_id for k in links(facts, LinkType.ISSUED)}) == 1
    assert _from(facts, LinkType.ISSUED) == {SKR, SKOLVERKET}
    assert not links(facts, LinkType.COORDINATES)


def test_a_council_that_drove_the_work_issued_the_strategy() -> None:
    facts = _on_site(
        "Ny kompetensstrategi\n\nRegionstyrelsen antog i dag kompetensstrategin för "
        "2024\u20132027. Under två år har det regionala kompetensrådet drivit arbetet med "
        "att ta fram strategin.",
        "https://www.skane.se/nyheter/ny-kompetensstrategi/",
    )
    council = "Organization:forum:lan:12:regionala-kompetensradet"
    strategy = "Document:regional:strategy:lan:12:kompetens:2024-2027"
    assert _from(facts, LinkType.ISSUED, strategy) == {council}


def test_makers_between_the_verb_and_its_particle_in_verb_second_order() -> None:
    facts = facts_of(
        "Ale kommun\n\nVart fjärde år tar kommunen och Polisen fram en ny "
        "samverkansöverenskommelse."
    )
    assert _from(facts, LinkType.ISSUED) == {ALE, POLICE}


def test_work_still_to_be_led_issues_nothing() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen ska leda arbetet med att ta fram en ny "
        "regional strategi för trygghet."
    )
    assert _documents(facts)
    assert not links(facts, LinkType.ISSUED)


def test_work_shared_between_parties_named_in_a_mixed_list() -> None:
    facts = facts_of(
        "Region Skåne\n\nRegionen har antagit en trygghetspolicy för hela länet. Arbetet med "
        "trygghetspolicyn har skett i samverkan mellan länets kommuner, Länsstyrelsen Skåne "
        "och regionen."
    )
    (policy,) = {k.to_id for k in links(facts, LinkType.ISSUED)}
    assert _from(facts, LinkType.ISSUED, policy) == {LST, REGION}


def test_passive_making_through_work_where_the_makers_are_listed() -> None:
    facts = facts_of(
        "Region Skåne\n\nDen regionala utvecklingsstrategin för 2030\u20132040 har tagits fram "
        "genom ett brett arbete där Region Skåne tillsammans med länets kommuner och "
        "Länsstyrelsen Skåne har pekat ut länets behov."
    )
    rus = "Document:regional:strategy:lan:12:2030-2040"
    assert _from(facts, LinkType.ISSUED, rus) == {REGION, LST}


def test_a_publication_page_was_issued_by_its_publisher() -> None:
    facts = _on_site(
        "Åtgärdsprogram 2024\u20132028 för Skånes miljömål\n\nOm publikationen\n\n"
        "Publiceringsår:\n2024\nPublikationstyp:\nRapport\n\nProgrammet omfattar 150 åtgärder. "
        "Frågor besvaras av Länsstyrelsen Skåne.",
        "https://www.lansstyrelsen.se/skane/tjanster/publikationer/2024/atgardsprogram.html",
    )
    assert _from(facts, LinkType.ISSUED) == {LST}


def test_a_page_without_a_publication_fact_box_issues_nothing_by_itself() -> None:
    facts = _on_site(
        "Åtgärdsprogram 2024\u20132028 för Skånes miljömål\n\nProgrammet omfattar 150 "
        "åtgärder. Frågor besvaras av Länsstyrelsen Skåne.",
        "https://www.lansstyrelsen.se/skane/tjanster/atgardsprogram.html",
    )
    assert not links(facts, LinkType.ISSUED)


# --- FOLLOWS_UP ---------------------------------------------------------------------------------


def test_subjects_far_from_a_compound_follow_up_noun_follow_up_the_document() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen Skåne har beslutat om ett nytt åtgärdsprogram för "
        "2024\u20132028. Programmet omfattar 150 åtgärder. Länsstyrelsen och Skogsstyrelsen "
        "(som samordnar ett av miljömålen) kommer att stödja genomförandet och årligen "
        "samordna en åtgärdsuppföljning."
    )
    programme = "Document:regional:programme:lan:12:2024-2028"
    assert _from(facts, LinkType.FOLLOWS_UP, programme) == {
        LST,
        "Organization:nationell:skogsstyrelsen",
    }


def test_the_one_given_the_task_follows_up_not_the_one_giving_it() -> None:
    facts = facts_of(
        "Regeringen\n\nRegeringen har beslutat om en ny nationell strategi för ANDT. "
        "Regeringen ger Folkhälsomyndigheten i uppdrag att följa upp strategin. "
        "Socialstyrelsen ansvarar för att följa upp strategin för ANDT."
    )
    assert _from(facts, LinkType.FOLLOWS_UP) == {
        "Organization:nationell:folkhalsomyndigheten",
        "Organization:nationell:socialstyrelsen",
    }


def test_a_genitive_before_its_noun_is_no_subject() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen Skåne har tagit fram en regional strategi för "
        "trygghet. Länsstyrelsen har regeringens uppdrag att samordna arbetet och ansvarar "
        "för den årliga uppföljningen."
    )
    assert _from(facts, LinkType.FOLLOWS_UP) == {LST}


def test_a_document_followed_up_by_a_list_of_organisations() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen Skåne har beslutat om ett nytt åtgärdsprogram för "
        "2024\u20132028. Programmet följs årligen upp av Länsstyrelsen Skåne, Region Skåne "
        "och Skogsstyrelsen."
    )
    programme = "Document:regional:programme:lan:12:2024-2028"
    assert _from(facts, LinkType.FOLLOWS_UP, programme) == {
        LST,
        REGION,
        "Organization:nationell:skogsstyrelsen",
    }


def test_a_follow_up_of_something_else_or_an_aside_s_party_is_not_read() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunfullmäktige antog en ny handlingsplan för 2024\u20132026. "
        "Kommunstyrelsen ansvarar för uppföljningen av ekonomin. Trygghetsrådet, med "
        "representanter för Polismyndigheten och kommunen, följer upp handlingsplanen."
    )
    assert "Organization:kommun:1440:kommunstyrelsen" not in _from(facts, LinkType.FOLLOWS_UP)
    assert POLICE not in _from(facts, LinkType.FOLLOWS_UP)


# --- IMPLEMENTS and COMPLEMENTS ------------------------------------------------------------------


def test_implements_each_object_after_a_focus_word() -> None:
    facts = facts_of(
        "Region Skåne\n\nRegionfullmäktige antog i dag en ny kompetensstrategi för "
        "2024\u20132027. Kompetensstrategin utgår från såväl den nationella strategin för "
        "kompetens som regionens program för näringslivsutveckling."
    )
    strategy = "Document:regional:strategy:lan:12:kompetens:2024-2027"
    assert {k.to_id for k in links(facts, LinkType.IMPLEMENTS, from_id=strategy)} == {
        "Document:national:strategy:se:strategi-for-kompetens",
        "Document:regional:programme:lan:12:program-for-naringslivsutveckling",
    }


def test_shall_complement_and_is_a_complement_to() -> None:
    programme = "Document:regional:programme:lan:12:program-for-naringslivsutveckling"
    shall = facts_of(
        "Region Skåne\n\nRegionfullmäktige antog i dag en ny kompetensstrategi för "
        "2024\u20132027. Kompetensstrategin ska komplettera regionens program för "
        "näringslivsutveckling."
    )
    assert _from(shall, LinkType.COMPLEMENTS, programme) == {
        "Document:regional:strategy:lan:12:kompetens:2024-2027"
    }
    noun = facts_of(
        "Region Skåne\n\nRegionfullmäktige antog i dag en ny kulturplan för 2025\u20132028. "
        "Kulturplanen är ett komplement till regionens program för näringslivsutveckling."
    )
    assert _from(noun, LinkType.COMPLEMENTS, programme) == {
        "Document:regional:plan:lan:12:kultur:2025-2028"
    }


def test_has_its_ground_in_a_national_strategy() -> None:
    facts = facts_of(
        "Region Skåne\n\nRegionfullmäktige antog i dag en ny kompetensstrategi för "
        "2024\u20132027. Kompetensstrategin har sin grund i den nationella strategin för "
        "kompetens."
    )
    (link,) = links(facts, LinkType.IMPLEMENTS)
    assert link.to_id == "Document:national:strategy:se:strategi-for-kompetens"


# --- CONCERNS -------------------------------------------------------------------------------------


def test_a_proposal_with_its_own_matter_refers_back_to_no_document() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunfullmäktige antog en ny handlingsplan för 2024\u20132026. "
        "Kommunstyrelsen beslutade att anta förslaget från förstudien om en ny cykelled. "
        "Socialnämnden beslutade att återremittera ärendet för komplettering."
    )
    concerned = {k.from_id.split(":")[1] for k in links(facts, LinkType.CONCERNS)}
    assert concerned == {"kommun-1440-socialnamnden"}

"""ISSUED, SIGNED, IMPLEMENTS, REVISES, COORDINATES, CONCERNS and PART_OF mechanisms,
each on invented sentences, with the wording that must not link."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Source
from ingest.pipeline import extract

from .helpers import assert_evidence_rules, facts_of, links

ALE = "Organization:kommun:1440"
KS = "Organization:kommun:1440:kommunstyrelsen"
LST = "Organization:lansstyrelse:12"
REGION = "Organization:region:12"
POLICE = "Organization:nationell:polismyndigheten"
PROSECUTORS = "Organization:nationell:aklagarmyndigheten"
GOVERNMENT = "Organization:nationell:regeringen"


def _on_site(text: str, uri: str) -> SourceFacts:
    """Facts of a text read as if fetched from ``uri`` (whose site says whose page it is)."""
    source = Source(id="Source:test", uri=uri, sha256="0", media_type="text/plain", text=text)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _issuers(facts: SourceFacts, doc: str) -> set[str]:
    return {k.from_id for k in links(facts, LinkType.ISSUED, to_id=doc)}


# --- ISSUED: the making verb -------------------------------------------------------------


def test_maker_verb_with_adverb_and_a_list_of_co_makers() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunen tog därför fram ett bostadsförsörjningsprogram. "
        "Som ett led i arbetet har Länsstyrelsen Skåne, Polismyndigheten och "
        "Åklagarmyndigheten tagit fram en regional handlingsplan mot våld."
    )
    programme = "Document:municipal:programme:kommun:1440:bostadsforsorjningsprogram"
    assert _issuers(facts, programme) == {ALE}
    (plan,) = {k.to_id for k in links(facts, LinkType.ISSUED, from_id=POLICE)}
    assert _issuers(facts, plan) == {LST, POLICE, PROSECUTORS}


def test_maker_after_the_verb_in_verb_second_order_makes_coordinated_documents() -> None:
    facts = facts_of(
        "Regeringen\n\nI dag lanserade regeringen en nationell strategi och ett riktat "
        "åtgärdsprogram."
    )
    made = {k.to_id.split(":")[2] for k in links(facts, LinkType.ISSUED, from_id=GOVERNMENT)}
    assert made == {"strategy", "programme"}


def test_negated_making_verb_issues_nothing() -> None:
    facts = facts_of("Ale kommun\n\nAle kommun har ännu inte tagit fram en klimatstrategi.")
    assert "Document:municipal:strategy:kommun:1440:klimatstrategi" in {n.id for n in facts.nodes}
    assert not links(facts, LinkType.ISSUED)


def test_passive_maker_drew_up_the_subject_not_the_replaced_document() -> None:
    facts = facts_of(
        "Ale kommun\n\nSocialnämnden antog i går en ny handlingsplan för 2024\u20132027. "
        "Handlingsplanen ersätter handlingsplanen för 2020\u20132023 och har tagits fram "
        "av socialförvaltningen tillsammans med Region Skåne."
    )
    new = "Document:municipal:action-plan:kommun:1440:socialnamnden:2024-2027"
    old = "Document:municipal:action-plan:kommun:1440:socialnamnden:2020-2023"
    assert _issuers(facts, new) == {"Organization:kommun:1440:socialforvaltningen", REGION}
    assert not _issuers(facts, old)


def test_a_body_deciding_that_someone_else_draws_up_is_no_maker() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunstyrelsen beslutade att socialnämnden har tagit fram en "
        "handlingsplan mot våld."
    )
    assert KS not in {k.from_id for k in links(facts, LinkType.ISSUED)}


def test_the_maker_of_a_relative_clause_is_after_som() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunstyrelsen antog i går strategin för 2024\u20132027 som Region "
        "Skåne har tagit fram."
    )
    assert _issuers(facts, "Document:municipal:strategy:kommun:1440:2024-2027") == {REGION}


def test_framtagen_av_names_the_maker_of_the_subject_only() -> None:
    facts = facts_of(
        "Ale kommun\n\nSocialnämnden har antagit en handlingsplan för 2024\u20132027. Planen är "
        "framtagen av socialförvaltningen utifrån Region Skånes strategi för folkhälsa. "
        "Kommunfullmäktige godkände det framtagna programmet för 2020\u20132023."
    )
    plan = "Document:municipal:action-plan:kommun:1440:socialnamnden:2024-2027"
    assert _issuers(facts, plan) == {"Organization:kommun:1440:socialforvaltningen"}
    assert _issuers(facts, "Document:regional:strategy:lan:12:strategi-for-folkhalsa") == {REGION}
    assert not _issuers(facts, "Document:municipal:programme:kommun:1440:2020-2023")


# --- ISSUED: owners ------------------------------------------------------------------------


def test_copula_predicate_owner_reflexive_and_coordinated_genitive() -> None:
    facts = facts_of(
        "Region Skåne\n\nDen regionala kulturplanen för 2024\u20132027 antogs i juni. "
        "Kulturplanen är Region Skånes program för kulturen. "
        "Polismyndigheten antog i går sin nya nationella strategi. "
        "Planen konkretiserar målen i regionens program för folkhälsa och program för "
        "trygghet."
    )
    assert _issuers(facts, "Document:regional:plan:lan:12:kultur:2024-2027") == {REGION}
    strategies = {k.to_id for k in links(facts, LinkType.ISSUED, from_id=POLICE)}
    assert len(strategies) == 1
    owned = {k.to_id for k in links(facts, LinkType.ISSUED, from_id=REGION)}
    assert {
        "Document:regional:programme:lan:12:program-for-folkhalsa",
        "Document:regional:programme:lan:12:program-for-trygghet",
    } <= owned


def test_a_document_for_a_municipality_is_not_issued_by_it() -> None:
    facts = facts_of("Ale kommun\n\nKommunfullmäktige antog en klimatstrategi för Ale kommun.")
    assert links(facts, LinkType.ADOPTED)
    assert not links(facts, LinkType.ISSUED)


# --- SIGNED ----------------------------------------------------------------------------------


def test_signed_on_behalf_dated_by_the_signing_sentence_before() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen har tagit fram en regional handlingsplan för "
        "2024\u20132026. Handlingsplanen undertecknades den 12 mars på residenset. "
        "Landshövdingen Anna Berg undertecknade handlingsplanen för Länsstyrelsens räkning."
    )
    (signed,) = links(facts, LinkType.SIGNED, LST)
    assert signed.to_id == "Document:regional:action-plan:lan:12:2024-2026"
    assert signed.date == "2024-03-12"
    assert signed.evidence.rule == "relation.signed.on_behalf"


def test_signatories_also_sign_the_coordinated_document() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen har tagit fram en regional strategi för "
        "2024\u20132027 med tillhörande åtgärdsprogram. Polismyndigheten och Region Skåne "
        "har ställt sig bakom strategin och åtgärdsprogrammet."
    )
    for signer in (POLICE, REGION):
        signed = {k.to_id for k in links(facts, LinkType.SIGNED, signer)}
        assert "Document:regional:strategy:lan:12:2024-2027" in signed
        assert len(signed) == 2, signed


def test_parties_that_tecknat_an_agreement_signed_it() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun och Polismyndigheten har tecknat en "
        "samverkansöverenskommelse för 2024\u20132026."
    )
    agreement = "Document:municipal:agreement:kommun:1440:2024-2026"
    assert {k.from_id for k in links(facts, LinkType.SIGNED, to_id=agreement)} == {ALE, POLICE}


# --- IMPLEMENTS -------------------------------------------------------------------------------


def test_implements_coordinated_targets_and_a_fronted_cue() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har antagit en ny handlingsplan mot våld. Handlingsplanen "
        "konkretiserar målen i kommunens program för folkhälsa och program för "
        "trygghet. Utifrån Region Skånes folkhälsostrategi har kommunen i handlingsplanen "
        "valt fyra områden."
    )
    plan = "Document:municipal:action-plan:kommun:1440:handlingsplan-mot-vald"
    assert {k.to_id for k in links(facts, LinkType.IMPLEMENTS, plan)} == {
        "Document:municipal:programme:kommun:1440:program-for-folkhalsa",
        "Document:municipal:programme:kommun:1440:program-for-trygghet",
        "Document:regional:strategy:lan:12:folkhalsostrategi",
    }


def test_a_fronted_cue_without_a_later_document_links_nothing() -> None:
    facts = facts_of(
        "Ale kommun\n\nUtifrån Region Skånes folkhälsostrategi arbetar kommunen med barn."
    )
    assert links(facts, LinkType.ISSUED, REGION)
    assert not links(facts, LinkType.IMPLEMENTS)


# --- REVISES ----------------------------------------------------------------------------------


def test_replaces_in_a_relative_clause_and_an_updated_version() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunfullmäktige antog i går en ny handlingsplan för 2024\u20132027, "
        "som ersätter handlingsplanen för 2020\u20132023. Socialnämnden antog en ny rutin för "
        "2022\u20132025 som är en uppdaterad version av rutinen för 2019\u20132021."
    )
    plan = "Document:municipal:action-plan:kommun:1440:2024-2027"
    assert {k.to_id for k in links(facts, LinkType.REVISES, plan)} == {
        "Document:municipal:action-plan:kommun:1440:2020-2023"
    }
    routine = "Document:municipal:routine:kommun:1440:socialnamnden:2022-2025"
    assert {k.to_id for k in links(facts, LinkType.REVISES, routine)} == {
        "Document:municipal:routine:kommun:1440:socialnamnden:2019-2021"
    }


def test_replaced_by_reads_backwards() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunens riktlinje för ekonomi 2015\u20132017 ersätts med en riktlinje "
        "för ekonomi 2018\u20132022."
    )
    (revises,) = links(facts, LinkType.REVISES)
    assert revises.from_id.endswith(":2018-2022")
    assert revises.to_id.endswith(":2015-2017")


def test_the_old_document_of_a_new_one_is_revised_by_it() -> None:
    facts = facts_of(
        "Ale kommun\n\nKommunfullmäktige har antagit en ny klimatstrategi. "
        "Den gamla strategin behövde revideras."
    )
    (revises,) = links(facts, LinkType.REVISES)
    assert revises.from_id == "Document:municipal:strategy:kommun:1440:klimatstrategi"
    assert revises.to_id != revises.from_id
    assert revises.evidence.rule == "relation.revises.predecessor"


# --- COORDINATES ------------------------------------------------------------------------------


def test_coordination_by_responsibility_assignment_and_passive() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen har tagit fram en regional strategi för "
        "2024\u20132026. Länsstyrelsen har det övergripande ansvaret för strategin. "
        "Region Skåne har i uppdrag att samordna genomförandet av strategin."
    )
    strategy = "Document:regional:strategy:lan:12:2024-2026"
    coordinators = {k.from_id for k in links(facts, LinkType.COORDINATES, to_id=strategy)}
    assert coordinators == {LST, REGION}


def test_vi_samordnar_is_the_publisher() -> None:
    facts = _on_site(
        "Ny strategi\n\nAle kommun har antagit en klimatstrategi för 2024\u20132030. "
        "Vi samordnar även arbetet med klimatstrategin.",
        "https://www.ale.se/nyheter/strategi.html",
    )
    strategy = "Document:municipal:strategy:kommun:1440:klimat:2024-2030"
    assert {k.from_id for k in links(facts, LinkType.COORDINATES, to_id=strategy)} == {ALE}


def test_responsibility_for_something_else_is_no_coordination() -> None:
    facts = facts_of(
        "Länsstyrelsen Skåne\n\nLänsstyrelsen har tagit fram en regional strategi för "
        "2024\u20132026. Region Skåne har det övergripande ansvaret för vården i länet."
    )
    assert not links(facts, LinkType.COORDINATES)


# --- CONCERNS ---------------------------------------------------------------------------------


def test_a_decision_on_the_matter_concerns_the_document_before_it() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har tagit fram ett tillväxtprogram för 2024\u20132027. "
        "Förslaget har varit på remiss. Kommunstyrelsens arbetsutskott beslutade den 3 mars "
        "2024 att återremittera ärendet."
    )
    concerned = {k.to_id for k in links(facts, LinkType.CONCERNS)}
    assert concerned == {"Document:municipal:programme:kommun:1440:tillvaxt:2024-2027"}


def test_a_section_heading_ends_the_back_reference() -> None:
    facts = facts_of(
        "Ale kommun\n\nAle kommun har tagit fram ett tillväxtprogram för 2024\u20132027.\n\n"
        "§ 12\n\nKommunstyrelsen beslutade den 3 mars 2024 att återremittera ärendet."
    )
    assert links(facts, LinkType.DECIDED, KS)
    assert not links(facts, LinkType.CONCERNS)


# --- PART_OF ----------------------------------------------------------------------------------


def test_a_body_on_its_municipality_site_is_part_of_the_unnamed_municipality() -> None:
    facts = _on_site(
        "Beslut i korthet\n\nKommunstyrelsen beslutade den 3 mars 2024 att anta en "
        "riktlinje för bidrag.",
        "https://www.ale.se/beslut/mars.html",
    )
    assert links(facts, LinkType.PART_OF, KS, ALE)
    (implied,) = [m for m in facts.mentions if m.node_id == ALE]
    assert implied.evidence.rule == "actor.site_owner.body"
    assert implied.evidence.quote == "Kommunstyrelsen"


def test_a_body_on_its_region_site_is_part_of_the_region() -> None:
    facts = _on_site(
        "Nyheter\n\nRegionstyrelsen beslutade den 3 mars 2024 att anta en riktlinje för bidrag.",
        "https://www.skane.se/nyheter/mars.html",
    )
    assert links(facts, LinkType.PART_OF, "Organization:region:12:regionstyrelsen", REGION)


def test_a_named_municipality_needs_no_implied_mention() -> None:
    facts = _on_site(
        "Beslut i korthet\n\nKommunstyrelsen i Ale kommun beslutade den 3 mars 2024 att anta "
        "en riktlinje för bidrag.",
        "https://www.ale.se/beslut/mars.html",
    )
    assert links(facts, LinkType.PART_OF, KS, ALE)
    assert "actor.site_owner.body" not in {m.evidence.rule for m in facts.mentions}

"""Decisions, adoptions and their dates: each mechanism on short fictional texts written
for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Document
from tests.ingest.helpers import decided_by, decisions, facts_at, links

MORA = "Organization:kommun:2062"
KF = f"{MORA}:kommunfullmaktige"
KS = f"{MORA}:kommunstyrelsen"
SITE = "https://www.mora.se/nyheter/beslut"
GOVERNMENT = "Organization:nationell:regeringen"


def facts_of(text: str, uri: str = SITE, published: str | None = "2024-06-20") -> SourceFacts:
    return facts_at(text, uri, published)


# --- dates ------------------------------------------------------------------------------


def test_a_day_without_a_year_takes_the_year_of_the_page() -> None:
    facts = facts_of("Kommunfullmäktige godkände den 12 juni en rapport om skolskjutsarna.")
    (decision,) = decisions(facts).values()
    assert (decision.date, decided_by(facts, decision)) == ("2024-06-12", {KF})


def test_an_undated_page_takes_its_year_from_its_address() -> None:
    facts = facts_of(
        "Kommunfullmäktige godkände den 12 juni en rapport om skolskjutsarna.",
        uri="https://www.mora.se/politik/beslut-i-korthet/2023/juni/skolskjuts/",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.date == "2023-06-12"


def test_items_of_a_meeting_take_its_date_not_the_date_of_what_they_are_about() -> None:
    facts = facts_of(
        "Beslut från kommunstyrelsen\n\n"
        "Den 14 maj sammanträdde kommunstyrelsen.\n\n"
        "Kommunstyrelsen godkände delårsrapporten för januari\u2013april 2024.\n\n"
        "Kultur- och fritidsnämnden får i uppdrag att till den 30 september redovisa "
        "ett förslag på nya taxor."
    )
    found = decisions(facts)
    assert {d.date for d in found.values()} == {"2024-05-14"}
    assert all(decided_by(facts, d) == {KS} for d in found.values())


def test_a_decision_without_a_meeting_borrows_no_date() -> None:
    facts = facts_of(
        "Kommunstyrelsen godkände i går en rapport om skolskjutsarna.\n\n"
        "Kommunstyrelsen beslutade att ge förvaltningen i uppdrag att se över taxorna."
    )
    dates = {d.summary: d.date for d in decisions(facts).values()}
    assert dates == {
        "Kommunstyrelsen godkände i går en rapport om skolskjutsarna.": "2024-06-19",
        "Ge förvaltningen i uppdrag att se över taxorna": None,
    }


# --- what is not a decision -----------------------------------------------------------------


def test_procedure_proposals_and_background_are_not_decisions() -> None:
    facts = facts_of(
        "Förslag till beslut Kommunstyrelsen föreslår att motionen avslås.\n\n"
        "Yrkanden Ordföranden yrkar bifall till förslaget och finner att det bifallits.\n\n"
        "Interpellationen om skolorna besvarades av kommunstyrelsens ordförande.\n\n"
        "Kommunstyrelsen kommer att inbjuda föreningarna att ansöka om bidrag.\n\n"
        "Förslaget innebär att öppettiderna förlängs under sommaren.\n\n"
        "Kommunstyrelsen har i uppdrag att samordna arbetet med trygghet.\n\n"
        "Därför har kommunstyrelsen beslutat om tre nya uppdrag."
    )
    assert decisions(facts) == {}


def test_adopting_a_steering_document_is_an_adoption_not_a_decision() -> None:
    facts = facts_of("Kommunfullmäktige beslutade den 10 juni att anta en ny klimatstrategi.")
    assert decisions(facts) == {}
    (adopted,) = links(facts, LinkType.ADOPTED, KF)
    assert adopted.date == "2024-06-10"


def test_a_proposal_to_adopt_and_a_decision_about_a_plan_are_decisions() -> None:
    facts = facts_of(
        "Kommunstyrelsen föreslår kommunfullmäktige att anta klimatstrategin.\n\n"
        "Nämnden fastställde förslaget till inriktning för lokalplan 2025\u20132030."
    )
    assert len(decisions(facts)) == 2
    assert not links(facts, LinkType.ADOPTED)


# --- lists and items -----------------------------------------------------------------------


def test_numbered_att_items_after_beslutar_are_one_decision_each() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2024-03-18\n"
        "Kommunfullmäktige beslutar: 1. att bevilja föreningen Skidklubben ett bidrag. "
        "2. att lägga informationen om badhuset till handlingarna. "
        "3. att utse Karin Ek till ombud vid stämman."
    )
    found = decisions(facts)
    assert len(found) == 3
    assert {d.date for d in found.values()} == {"2024-03-18"}
    assert all(decided_by(facts, d) == {KF} for d in found.values())


def test_bullets_under_a_list_intro_are_decisions_with_its_verb() -> None:
    facts = facts_of(
        "Beslut på kommunfullmäktiges junimöte\n\n"
        "Motioner som besvarades var:\n\n"
        "  \u2022 Motion om fler laddstolpar vid idrottsplatsen\n"
        "  \u2022 Motion om belysning längs cykelvägen\n\n"
        "Mötet avslutades klockan nio."
    )
    assert set(decisions(facts)) == {
        "Motion om fler laddstolpar vid idrottsplatsen besvarades",
        "Motion om belysning längs cykelvägen besvarades",
    }


def test_beslut_om_two_things_and_coordinated_att_clauses_split() -> None:
    facts = facts_of(
        "Kommunstyrelsen 14 maj 2024\n\n"
        "Det togs också beslut om ökad bemanning i hemtjänsten och nya öppettider för "
        "biblioteket.\n\n"
        "Vidare beslutades att fastställa regler för lokalbokning i skolorna och föreslå "
        "kommunfullmäktige att anta en ny taxa."
    )
    assert len(decisions(facts)) == 4


def test_verbs_sharing_one_object_are_one_decision() -> None:
    facts = facts_of(
        "Den 3 juni gav regeringen länsstyrelserna i uppdrag att organisera och fastställa "
        "mål för arbetet med validering."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_a_short_anaphoric_decision_includes_what_it_points_back_to() -> None:
    facts = facts_of(
        "Sammanfattning från kommunfullmäktiges sammanträde den 17 juni\n\n"
        "Tre motioner om badhuset, skolskjutsarna och vägbelysningen behandlades. "
        "Samtliga motioner avslogs."
    )
    (decision,) = decisions(facts).values()
    assert "badhuset" in decision.summary and decision.summary.endswith("avslogs.")
    assert decision.date == "2024-06-17"


def test_the_headline_is_the_decision_that_fattade_beslutet_dates() -> None:
    facts = facts_of(
        "Mora inför kommunala ordningsvakter\n"
        "Kommunen ska stödja polisen med ordningsvakter i centrum.\n"
        "Kommunstyrelsen fattade beslutet den 9 oktober 2023.\n",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary == "Mora inför kommunala ordningsvakter"
    assert decision.date == "2023-10-09"
    assert decided_by(facts, decision) == {KS}


# --- deciding bodies -----------------------------------------------------------------------


def test_minutes_header_names_the_body_not_the_case_history() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL\nKommunfullmäktige\n2024-03-18\n\n"
        "Kf § 12 Motion om cykelvägar\n\n"
        "- Kommunstyrelsen 2024-02-20, § 30\n\n"
        "Det antecknas att motionen har behandlats av kommunstyrelsen.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {KF}
    assert decision.date == "2024-03-18"


def test_the_giver_of_a_task_decided_it() -> None:
    facts = facts_of(
        "Folkhälsomyndigheten har fått ett uppdrag av regeringen att stödja kommunernas "
        "arbete med spelprevention.\n\n"
        "Regeringsbeslutet innebär att Länsstyrelsen i Dalarnas län får i uppdrag att ta fram "
        "en plan för tillsynen."
    )
    assert all(decided_by(facts, d) == {GOVERNMENT} for d in decisions(facts).values())
    assert len(decisions(facts)) == 2


def test_the_government_named_only_in_a_compound_is_added() -> None:
    facts = facts_of(
        "Regeringsbeslutet innebär att Länsstyrelsen i Dalarnas län får i uppdrag att ta fram "
        "en plan för tillsynen."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {GOVERNMENT}


def test_a_task_without_a_named_giver_has_no_deciding_body() -> None:
    facts = facts_of(
        "För två år sedan fick samtliga länsstyrelser i uppdrag att stödja kommunernas "
        "arbete mot hemlöshet."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == set()


def test_the_committee_of_enligt_beslut_i_decided() -> None:
    facts = facts_of(
        "Enligt beslut i kommunstyrelsens arbetsutskott förlängs avtalet med föreningen "
        "att gälla tills vidare."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {f"{MORA}:kommunstyrelsens-arbetsutskott"}


def test_a_grant_with_its_sum_is_a_decision() -> None:
    facts = facts_of(
        "Länsstyrelsen i Dalarnas län har fördelat 12 miljoner kronor till kommunernas "
        "förebyggande arbete."
    )
    (decision,) = decisions(facts).values()
    assert decided_by(facts, decision) == {"Organization:lansstyrelse:20"}


# --- adoptions -----------------------------------------------------------------------------


def test_adoption_at_a_meeting_named_with_pa() -> None:
    facts = facts_of("På kommunfullmäktige 29 mars antogs en ny miljöpolicy.")
    (adopted,) = links(facts, LinkType.ADOPTED, KF)
    assert adopted.date == "2024-03-29"


def test_adoption_by_the_weekday_s_meeting() -> None:
    facts = facts_of("Fredagens kommunfullmäktige antog den nya klimatstrategin.")  # Thu 20 June
    assert {k.date for k in links(facts, LinkType.ADOPTED, KF)} == {"2024-06-14"}


def test_a_genitive_owner_is_not_the_adopter_the_sentence_before_names_it() -> None:
    facts = facts_of(
        "Riktlinjerna för bostadsförsörjning ska antas av kommunfullmäktige varje "
        "mandatperiod. Mora kommuns riktlinjer antogs den 18 juni 2019."
    )
    adopters = {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopters == {(KF, "2019-06-18")}


def test_a_participle_and_an_inverted_subject_adopt() -> None:
    facts = facts_of(
        "Nu finns en ny landsbygdsstrategi, beslutad av kommunfullmäktige.\n\n"
        "Den 23 februari beslutade kommunstyrelsen om Riktlinjer för hemtjänst."
    )
    adopters = {k.from_id for k in links(facts, LinkType.ADOPTED)}
    assert adopters == {KF, KS}
    assert decisions(facts) == {}


def test_a_document_inside_another_object_is_not_adopted() -> None:
    facts = facts_of("Kommunstyrelsen fastställde förslaget till inriktning för översiktsplanen.")
    assert not links(facts, LinkType.ADOPTED)


def test_a_proposed_adoption_gives_no_adopted_link() -> None:
    facts = facts_of(
        "Kommunstyrelsen beslutade att fastställa regler för lokalbokning och föreslå "
        "kommunfullmäktige att anta en ny miljöpolicy."
    )
    assert not links(facts, LinkType.ADOPTED)
    docs = [n for n in facts.nodes if isinstance(n, Document)]
    assert docs and all(d.adopted_on is None for d in docs)


def test_a_metadata_block_dates_the_adoption_below_its_body_line() -> None:
    facts = facts_of(
        "Policy för trygghet i Mora kommun 2025\u20132028\n\n"
        "Beslutad av: Kommunfullmäktige\n"
        "Datum: 2025-02-24\n"
        "Diarienummer: KS 2024/12\n\n"
        "Policyn beskriver hur kommunen arbetar med trygghet.",
        published=None,
    )
    assert "2025-02-24" in {k.date for k in links(facts, LinkType.ADOPTED, KF)}
    (policy,) = [n for n in facts.nodes if isinstance(n, Document)]
    assert policy.adopted_on == "2025-02-24"


# --- the verb's wording ----------------------------------------------------------------------


def test_a_decision_that_does_not_say_what_was_decided_is_none() -> None:
    facts = facts_of("Grannkommunerna har redan beslutat att delta.")
    assert decisions(facts) == {}


def test_a_mandate_in_its_own_words_and_an_admission_are_not_decisions() -> None:
    facts = facts_of(
        "Länsstyrelsen arbetar i sitt uppdrag med att stödja kommunerna.\n\n"
        "Fyrtio elever antogs till utbildningen i höstas."
    )
    assert decisions(facts) == {}


def test_a_document_referred_back_to_by_a_pronoun_is_not_a_decision() -> None:
    facts = facts_of("Dokumentet har sedan det antogs 2019 uppdaterats två gånger.")
    assert decisions(facts) == {}


def test_minutes_add_an_item_to_the_agenda_by_laggs_till() -> None:
    facts = facts_of(
        "Protokollsutdrag Kommunstyrelsen Sammanträdesdatum 2024-02-12\n"
        "§ 22 Ändringar i föredragningslistan Kommunstyrelsens beslut "
        "Information om badhuset läggs till.",
        published=None,
    )
    (decision,) = decisions(facts).values()
    assert decision.summary == "Information om badhuset läggs till."
    assert (decision.date, decided_by(facts, decision)) == ("2024-02-12", {KS})


def test_a_proposal_section_is_not_decided_and_a_document_named_above_is_adopted() -> None:
    facts = facts_of(
        "SAMMANTRÄDESPROTOKOLL\nSocialnämnden\nSammanträdesdatum 2024-09-17\n\n"
        "§ 45 Riktlinjer för hemtjänst\n\n"
        "Förslag till beslut\n"
        "Socialnämnden antar reviderade riktlinjer för hemtjänst.\n"
        "Socialförvaltningen får i uppdrag att utvärdera lokalerna.\n\n"
        "Socialnämndens beslut\n"
        "Socialnämnden antar reviderade riktlinjer för hemtjänst.\n\n"
        "§ 46 Medborgarförslag om parklek\n"
        "Socialnämndens beslut\n"
        "Medborgarförslaget anses besvarat.",
        published=None,
    )
    # the item's heading says which proposal was answered
    assert set(decisions(facts)) == {"Medborgarförslaget om parklek anses besvarat."}
    adopted = links(facts, LinkType.ADOPTED, f"{MORA}:socialnamnden")
    assert {k.date for k in adopted} == {"2024-09-17"}
    decided_here = facts.source.text.rindex("Socialnämnden antar")
    assert {k.evidence.start for k in adopted} == {decided_here}

"""Defects found in the forty-seventh session by probing the extractor with invented
sentences of common shapes; each test fails on the code before its fix."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Document, Goal

from .helpers import facts_at, links

LST_SITE = "https://www.lansstyrelsen.se/dalarna/nyheter/sida.html"


def test_a_company_whose_name_ends_on_a_class_noun_is_one_organisation() -> None:
    # "Provbolaget AB": "bolaget" closes the company's own name; "AB" alone is no company.
    facts = facts_at("Sara Ek, vd för Provbolaget AB, berättade om satsningen.", LST_SITE, None)
    orgs = {n.id for n in facts.nodes if n.id.startswith("Organization:org:")}
    assert orgs == {"Organization:org:provbolaget-ab"}, orgs
    held = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert held == {("Person:person:sara-ek", "Organization:org:provbolaget-ab")}, held


MORA_SITE = "https://www.mora.se/nyheter/sida.html"


def _documents(facts: SourceFacts) -> dict[str, str]:
    return {n.id: n.title for n in facts.nodes if isinstance(n, Document)}


def test_a_committees_document_given_its_period_by_a_later_sentence_stays_one() -> None:
    # The antecedent's scope names its committee, the later mention's only the page's
    # municipality: "Strategin gäller ..." is still the committee's strategy.
    facts = facts_at(
        "Barn- och utbildningsnämnden har antagit en ny digitaliseringsstrategi. Strategin "
        "gäller 2024-2028 och ersätter den tidigare strategin från 2019.",
        MORA_SITE,
        "2024-05-15",
    )
    docs = _documents(facts)
    assert len(docs) == 2, docs  # the strategy and its predecessor
    new = next(i for i, t in docs.items() if t == "Digitaliseringsstrategi 2024-2028")
    assert {(k.from_id, k.to_id) for k in links(facts, LinkType.REVISES)} == {
        (new, next(i for i in docs if i != new))
    }


def test_a_verb_between_a_bare_noun_and_its_period_is_no_topic() -> None:
    # "Policy folkhälsa 2017-2021" names a topic; "Programmet gäller 2023-2030" does not.
    facts = facts_at(
        "Programmet gäller 2023-2030 och är kommunens viktigaste verktyg.", MORA_SITE, None
    )
    assert list(_documents(facts).values()) == ["Program 2023-2030"], _documents(facts)


def _held(text: str) -> set[tuple[str, str, str | None]]:
    facts = facts_at(text, MORA_SITE, "2024-05-15")
    return {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}


def test_a_title_on_a_page_that_never_names_its_municipality_is_held_there() -> None:
    # The publisher when no organisation is named with the title; the municipality is
    # quoted at the title, as it is at a body's name.
    assert _held("Arbetet leds av folkhälsostrategen Eva Holm.") == {
        ("Person:person:eva-holm", "Organization:kommun:2062", "Folkhälsostrateg")
    }
    assert _held("Ansvarig för arbetet är socialchef Maria Berg.") == {
        ("Person:person:maria-berg", "Organization:kommun:2062", "Socialchef")
    }


def test_a_region_title_on_a_municipal_site_is_held_at_the_home_countys_region() -> None:
    # Not the site's municipality: a regionråd serves the region of Mora's county.
    assert _held("Regionrådet Karin Ström (S) ser fram emot samarbetet.") == {
        ("Person:person:karin-strom", "Organization:region:20", "Regionråd")
    }


def test_a_definite_document_with_an_adjective_is_new_when_a_body_adopts_it() -> None:
    # No strategy before it on the page: "Den nya kulturpolitiska strategin" is one.
    facts = facts_at(
        "Den nya kulturpolitiska strategin antogs enhälligt av kommunfullmäktige den 25 mars.",
        MORA_SITE,
        "2024-05-15",
    )
    assert _documents(facts) == {
        "Document:municipal:strategy:kommun:2062:kulturpolitisk-strategi": (
            "Kulturpolitisk strategi"
        )
    }
    adopted = {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {("Organization:kommun:2062:kommunfullmaktige", "2024-03-25")}, adopted
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_zoning_plan_decision_concerns_no_steering_plan_named_before() -> None:
    # "detaljplanen" ends on "planen" but names no steering document: no back reference.
    facts = facts_at(
        "Kommunfullmäktige i korthet 22 april 2024\n\nNy avfallsplan antagen\n"
        "Kommunfullmäktige antog avfallsplanen för 2024\u20132030.\n\n"
        "Detaljplan för Norra Hamnen\nFullmäktige antog detaljplanen för Norra Hamnen.\n",
        MORA_SITE,
        "2024-05-15",
    )
    assert not links(facts, LinkType.CONCERNS), links(facts, LinkType.CONCERNS)


def test_a_participle_after_a_preposition_or_in_a_list_is_no_decision() -> None:
    # "utifrån beslutade ramar", "ansvarsområden, beslutat politiskt program": what was
    # decided before, named as a thing; no act of deciding.
    facts = facts_at(
        "Uppdragsplanen utgår ifrån kommunstyrelsens ansvarsområden, beslutat politiskt "
        "program och fullmäktiges mål. Samtidigt ska kommunstyrelsen göra ett omfattande "
        "effektiviseringsarbete utifrån beslutade ramar.",
        "https://www.norrkoping.se/organisation/uppdragsplan.html",
        None,
    )
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_municipal_plan_named_alone_on_an_agencys_guidance_page_is_a_kind() -> None:
    # The law asks each municipality for an energy plan: the agency's page on how to make
    # one names no national document; a national strategy named alone still is one.
    site = "https://www.energimyndigheten.se/energiplanering/att-ta-fram-en-energiplan/"
    facts = facts_at(
        "Att ta fram en energiplan\n\nEnergiplanen ska antas av fullmäktige.", site, None
    )
    assert not _documents(facts), _documents(facts)
    kept = facts_at("Livsmedelsstrategin gäller till 2030.", site, None)
    assert list(_documents(kept).values()) == ["Livsmedelsstrategi"], _documents(kept)


def test_a_title_ends_at_its_case_number_and_before_a_coordinated_verb() -> None:
    site = "https://www.knivsta.se/politik/protokoll.html"
    for text in (
        "Kommunstyrelsen Förslag till drogpolitiskt program för Knivsta kommun KS-2010/298 "
        "Beslut Kommunstyrelsen beslutar att förslaget utsändes på remiss",
        "Styrgruppen har tagit fram ett förslag till drogpolitiskt program för Knivsta kommun "
        "och vill hämta in synpunkter på programmet.",
    ):
        titles = list(_documents(facts_at(text, site, None)).values())
        assert titles == ["Drogpolitiskt program för Knivsta kommun"], titles


def test_a_list_of_document_kinds_with_descriptions_names_no_titles() -> None:
    # A steering model's table: "Policy Vår hållning ...", "Strategi Avgörande vägval ...";
    # a compound with a locality still takes it ("Utvecklingsplan Moholm", tested apart).
    facts = facts_at(
        "Styrdokument Riktlinjer för Ulricehamns kommuns bostadsförsörjning ANTAGET AV: "
        "Kommunfullmäktige DATUM: 2017-05-30\n\n[Aktiverande] Policy Vår hållning och "
        "förhållningssätt. [Aktiverande] Strategi Avgörande vägval och strategiområden.",
        "https://www.ulricehamn.se/styrdokument/riktlinjer.html",
        None,
    )
    titles = set(_documents(facts).values())
    assert "Riktlinjer för Ulricehamns kommuns bostadsförsörjning" in titles, titles
    assert not titles & {"Policy Vår", "Strategi Avgörande"}, titles
    assert not [t for t in titles if "ANTAGET" in t], titles


def test_an_image_label_after_a_placed_title_is_no_part_of_it() -> None:
    facts = facts_at(
        "Samverkan för ett tryggare Eskilstuna\n\n  • Medborgarlöfte Eskilstuna\n"
        "    Medborgarlöfte Eskilstuna Bild: Polisen\n",
        "https://polisen.se/aktuellt/nyheter/2020/maj/medborgarlofte/",
        None,
    )
    assert not [t for t in _documents(facts).values() if "Bild" in t], _documents(facts)


def test_an_agency_given_a_task_in_the_passive_decides_nothing() -> None:
    for verb in ("getts", "givits"):
        facts = facts_at(
            f"Brå har {verb} i uppdrag att genomföra förberedande åtgärder inför lagen.",
            "https://bra.se/publikationer/uppdrag.html",
            None,
        )
        assert [n for n in facts.nodes if isinstance(n, Decision)], verb  # the task stays
        assert not links(facts, LinkType.DECIDED), links(facts, LinkType.DECIDED)


def test_a_period_whose_dash_a_pdf_copy_lost_is_read() -> None:
    facts = facts_at(
        "Förslag till beslut Regional Kulturplan för Blekinge 2018 2020 Bakgrund Regional "
        "Kulturplan för Blekinge 2018 2020 har arbetats fram i samverkan med kommunerna.",
        "https://www.regionblekinge.se/kultur/kulturplan.html",
        None,
    )
    titles = set(_documents(facts).values())
    assert "Regional Kulturplan för Blekinge 2018-2020" in titles, titles
    assert not [t for t in titles if "Bakgrund" in t], titles


def test_a_document_made_in_a_subordinate_clause_is_not_the_main_subjects() -> None:
    site = "https://www.lansstyrelsen.se/vasterbotten/samhalle/bostad.html"
    for text in (
        "Länsstyrelsen stödjer kommunerna när de tar fram riktlinjer för bostadsförsörjning.",
        "Länsstyrelsen stödjer kommunerna som tar fram riktlinjer för bostadsförsörjning.",
    ):
        assert not links(facts_at(text, site, None), LinkType.ISSUED), text
    own = facts_at(
        "Länsstyrelsen, som har tagit fram en ny handlingsplan för vatten, ser fram emot det.",
        site,
        None,
    )
    assert {k.from_id for k in links(own, LinkType.ISSUED)} == {"Organization:lansstyrelse:24"}


def test_a_list_of_challenges_after_a_sentence_naming_a_direction_is_no_goals() -> None:
    # "inriktningen" in the sentence before does not make the challenges goals; a short
    # pointer ("Dessa är:") after a sentence naming goals still opens them.
    site = "https://tillvaxtverket.se/vara-uppdrag/regionalt-utvecklingsarbete.html"
    facts = facts_at(
        "Regeringens nationella strategi utgör inriktningen för den regionala "
        "utvecklingspolitiken. Den regionala utvecklingspolitiken ska bidra till att lösa "
        "tre stora samhällsutmaningar:\n\n • miljöproblem och klimatförändringar,\n"
        " • demografiska förändringar, samt\n • ökade klyftor inom Sverige.\n",
        site,
        None,
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]
    pointed = facts_at(
        "Regeringens nationella strategi har fyra mål. Dessa är:\n\n • Likvärdiga "
        "möjligheter i hela landet\n • Stärkt innovationsförmåga\n",
        site,
        None,
    )
    assert len([n for n in pointed.nodes if isinstance(n, Goal)]) == 2


def test_a_minutes_place_label_is_no_part_of_the_venues_name() -> None:
    facts = facts_at(
        "Kallelse till sammanträde med kultur- och fritidsnämnden\n"
        "Plats Blekinge Folkhögskola, Bräkne-Hoby\nTid 09.00",
        "https://www.regionblekinge.se/politik/kallelse.html",
        None,
    )
    orgs = {n.id for n in facts.nodes if n.id.startswith("Organization:org:")}
    assert not [o for o in orgs if "plats" in o], orgs


def test_groups_named_by_example_after_a_focus_are_no_goals() -> None:
    facts = facts_at(
        "Kommunstyrelsen har antagit en handlingsplan mot våld i nära relationer. Särskilt "
        "fokus ligger på sårbara grupper som barn, äldre personer, HBTQ-personer och "
        "personer med utländsk bakgrund.",
        "https://harnosand.se/nyheter/handlingsplan.html",
        "2020-10-07",
    )
    assert not [n for n in facts.nodes if isinstance(n, Goal)]


def test_a_passive_agent_in_the_genitive_adopts_through_its_body() -> None:
    facts = facts_at(
        "Den regionala biblioteksplanen antogs av Region Stockholms kulturnämnd i oktober "
        "2019 och gäller för 2020-2023.",
        "https://regionbiblioteket.se/om-oss/styrdokument/",
        None,
    )
    adopted = {(k.from_id, k.date) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {("Organization:region:01:kulturnamnden", "2019-10-01")}, adopted


def test_a_generic_noun_with_a_local_name_on_its_own_line_is_titled() -> None:
    facts = facts_at(
        "Planer och program\n\n • Handlingsplan Måns Ols\n  Måns Ols-området är ett "
        "naturområde nära tätorten.\n",
        "https://www.sala.se/kommun-och-politik/planer.html",
        None,
    )
    assert "Handlingsplan Måns Ols" in set(_documents(facts).values()), _documents(facts)


def test_a_courts_ruling_is_no_decision_of_the_pages_body() -> None:
    facts = facts_at(
        "Kommunfullmäktige beslutade att anta översiktsplanen den 19 juni 2023. Beslutet "
        "överklagades men förvaltningsrätten avslog överklagandet i december 2024.",
        "https://kalmar.se/oversiktsplan",
        "2025-01-10",
    )
    assert not [n for n in facts.nodes if isinstance(n, Decision)]
    assert links(facts, LinkType.ADOPTED)


def test_a_case_files_header_fields_make_no_person() -> None:
    facts = facts_at(
        "2 Handläggare Tjänsteskrivelse Diarienummer Paula Provkvist Grinde Datum KS-2010/ "
        "Kommunstyrelsen Förslag till drogpolitiskt program",
        "https://www.knivsta.se/politik/tjansteskrivelse.html",
        None,
    )
    people = {n.id for n in facts.nodes if n.id.startswith("Person:")}
    assert not [p for p in people if "diarienummer" in p or "tjansteskrivelse" in p], people


def test_an_acronyms_spelt_out_head_alone_is_no_organisation() -> None:
    facts = facts_at(
        "Rankningen gjordes av IVL (Institutet för Vatten och Luftvårdsforskning) och "
        "Försäkringsbranschen.",
        "https://www.trelleborg.se/nyheter/klimat.html",
        None,
    )
    assert "Organization:org:institutet" not in {n.id for n in facts.nodes}

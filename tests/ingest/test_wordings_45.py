"""Wordings met on real pages in the forty-fifth session, each written anew (invented
names and places): every test fails on the code before the session."""

from __future__ import annotations

from datetime import date

from graph.edges import LinkType
from graph.nodes import Decision, Document
from ingest.language.implied_year import implied_year
from ingest.language.url_dates import AddressDate, only_year

from .helpers import facts_at, links


def test_an_old_minutes_list_with_parties_in_lower_case_gives_the_chair_and_vice_chair() -> None:
    # "Name, s, ordförande Name, s vice ordförande": the party between commas in lower
    # case, and staff under a bare "Övriga:" whose titles follow their names.
    text = (
        "Kommunstyrelsen PROTOKOLL 1(12) Tid: kl 08:30-12:00 Plats: Provsalen Ledamöter: "
        "Eva Provare, s, ordförande Bo Testlund, s vice ordförande Gun Exempel, c "
        "Per Provsson, v Övriga: Dan Dahl kommunchef Cia Ceder kommunsekreterare "
        "Tor Test, 18 Provbolaget AB Justerare: Gun Exempel\n"
        "PROTOKOLL 2(12) § 18 Verksamhetsredovisning Kommunstyrelsens beslut Ta del av "
        "informationen."
    )
    facts = facts_at(text, "https://www.mora.se/protokoll.html", "2017-03-14")
    roles = {
        (k.from_id.removeprefix("Person:person:"), k.to_id, k.title)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }
    board = "Organization:kommun:2062:kommunstyrelsen"
    assert ("eva-provare", board, "Ordförande") in roles
    assert ("bo-testlund", board, "Vice ordförande") in roles
    # the list's own order: no title is the next name's
    assert not {r for r in roles if r[0] in {"gun-exempel", "cia-ceder", "tor-test"}}, roles


def test_joining_after_an_adverbial_or_a_decision_to_take_part() -> None:
    text = (
        "Vätgas i Provkusten\n\nSkurups kommun har sedan tidigare anslutit sig till "
        "samarbetet Provkustens vätgaskorridor. Tomelilla kommun har beslutat att fortsatt "
        "delta i projektet Leader Provslätten."
    )
    facts = facts_at(text, "https://www.skurup.se/nyheter/vatgas.html", "2023-05-10")
    joined = {(k.from_id, k.to_id) for k in links(facts, LinkType.PARTICIPATES_IN)}
    assert ("Organization:kommun:1264", "Initiative:provkustens-vatgaskorridor") in joined
    assert ("Organization:kommun:1270", "Initiative:leader-provslatten") in joined


def test_a_programme_called_decided_is_no_decision() -> None:
    # "ett beslutat kulturprogram": the participle before its noun states no act.
    text = (
        "Kulturprogram\n\nNär vi har ett beslutat kulturprogram börjar arbetet med en "
        "handlingsplan. Kommunen har en beslutad plan för biblioteken."
    )
    facts = facts_at(text, "https://www.nybro.se/kultur.html", "2024-04-20")
    assert not [n for n in facts.nodes if isinstance(n, Decision)]


def test_a_resumptive_sa_ends_the_documents_title() -> None:
    text = (
        "Nyheter\n\nI ett förslag till ny energi- och klimatstrategi för Provlän så lyfter "
        "Länsstyrelsen Värmland fram fyra områden."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/varmland/nyheter/x.html", "2019-05-21")
    titles = {n.title for n in facts.nodes if isinstance(n, Document)}
    assert titles == {"Energi- och klimatstrategi för Provlän"}, titles


def test_a_title_set_off_by_commas_before_a_name_and_the_countys_title_on_its_board() -> None:
    # "länets ANDT-samordnare, Name, finns ...": the name in commas is the title's, and
    # "länets" on a county board's page is the board's post.
    text = (
        "ANDT i länet\n\nLänsstyrelsen Uppsala samordnar arbetet. Kontaktuppgifter till "
        "länets ANDT-samordnare, Vera Provlund, finns längst ner på sidan."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/uppsala/andt.html", "2020-01-10")
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:vera-provlund", "Organization:lansstyrelse:03", "ANDT-samordnare")
    }


def test_a_title_between_two_names_in_commas_stays_the_first_names() -> None:
    text = (
        "Nytt nätverk\n\nI nätverket ingår Eva Ekblom, samordnare, Bo Bergvik, "
        "folkhälsostrateg, och fler."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/uppsala/natverk.html", "2020-01-10")
    persons = {k.from_id: k.title for k in links(facts, LinkType.HOLDS_ROLE)}
    assert persons.get("Person:person:bo-bergvik") != "Samordnare", persons


def test_a_committee_qualified_by_its_municipality_is_the_one_that_decided() -> None:
    text = (
        "Kulturprogram på remiss\n\nKulturnämnden Nybro kommun beslutade den 18 april 2024 "
        "att sända ut förslaget till kulturprogram på remiss."
    )
    facts = facts_at(text, "https://nybro.se/kultur/remiss.html", "2024-04-19")
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:kommun:0881:kulturnamnden"}, deciders


def test_a_decision_restated_with_an_auxiliary_is_one_decision() -> None:
    text = (
        "Plan på remiss\n\nI dag beslutade regionstyrelsen om remissversionen som nu "
        "skickas ut för synpunkter. Planen gäller 2022-2033. I dag beslutade "
        "regionstyrelsen att remissversionen nu ska skickas ut för synpunkter."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/plan.html", "2021-11-11")
    decisions = [n for n in facts.nodes if isinstance(n, Decision)]
    assert len(decisions) == 1, [d.summary for d in decisions]


def test_a_named_documents_description_in_apposition_is_the_same_document() -> None:
    # "X, den framtidsplan ... som antogs av regionfullmäktige": one document, adopted.
    text = (
        "Nyheter\n\nArbetet utgår från Värmlandsstrategin, den framtidsplan och riktning "
        "för länet som antogs av regionfullmäktige för tre år sedan."
    )
    facts = facts_at(text, "https://www.regionvarmland.se/nyheter/dag.html", "2016-10-25")
    documents = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert len(documents) == 1, documents
    adopted = {(k.from_id, k.to_id) for k in links(facts, LinkType.ADOPTED)}
    assert adopted == {("Organization:region:17:regionfullmaktige", documents.pop())}


def test_a_maker_after_a_fronted_verb_with_its_particle_far_behind() -> None:
    text = (
        "Miljömål\n\nFör att nå målen tar Länsstyrelsen tillsammans med andra aktörer fram "
        "ett åtgärdsprogram för miljömålen."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/halland/miljo.html", "2019-10-01")
    issued = {(k.from_id, k.to_id) for k in links(facts, LinkType.ISSUED)}
    assert issued == {
        (
            "Organization:lansstyrelse:13",
            "Document:regional:programme:lan:13:atgardsprogram-for-miljomalen",
        )
    }, issued


def test_a_fronted_meeting_before_beslutades_bland_annat_att_is_no_part_of_the_decision() -> None:
    text = (
        "Rapport från nämnden\n\nPå Barn- och utbildningsnämndens möte den 21 februari "
        "beslutades bland annat att Förskolan Provgläntan utökas med en avdelning."
    )
    facts = facts_at(text, "https://www.ostersund.se/nyheter/rapport.html", "2018-02-21")
    summaries = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert summaries == ["Förskolan Provgläntan utökas med en avdelning."], summaries


def test_an_approval_and_a_request_in_one_sentence_are_two_decisions() -> None:
    text = (
        "Rapport från Barn- och utbildningsnämndens möte den 21 februari 2018\n\n"
        "Under förutsättning att tillstånd beviljas godkänner "
        "nämnden en ökad hyreskostnad och begär utökad budgetram för 2019 för hyresökningen."
    )
    facts = facts_at(text, "https://www.ostersund.se/nyheter/rapport.html", "2018-02-21")
    decisions = [n for n in facts.nodes if isinstance(n, Decision)]
    assert len(decisions) == 2, [d.summary for d in decisions]


def test_a_names_target_year_gives_no_year_to_a_day_at_the_top() -> None:
    # "översiktsplan - Framtidsplan 2050" names a target: "Den 15 mars" is not in 2050.
    text = (
        "Ett steg närmare ny översiktsplan\n\nKommunen är nu ett steg närmare att anta "
        "översiktsplan \u2013 Framtidsplan 2050. Den 15 mars beslutade kommunstyrelsen att "
        "anta planen."
    )
    assert only_year(text) is None
    assert only_year(text.replace("Framtidsplan 2050.", "planen, som ska gälla från 2023.")) == (
        AddressDate(date(2023, 7, 2), False)
    )


def test_a_lead_and_a_decision_naming_the_same_sum_are_one_decision() -> None:
    text = (
        "Kommunstyrelsen i korthet den 11 april 2022\n\nKommunstyrelsen beslutade att satsa "
        "ytterligare 500 000 kronor på sommarlovsaktiviteter för barn och unga 2022.\n\n"
        "Sommarlov\n\nBeslut\nKommunstyrelsen beslutar att avsätta ytterligare 500 000 "
        "kronor till sommarlovsaktiviteter 2022."
    )
    facts = facts_at(text, "https://karlstad.se/beslut-i-korthet/den-11-april/", "2022-04-12")
    decisions = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert len(decisions) == 1, decisions


def test_the_parliamentary_committee_is_a_body_and_decides_for_its_presidium() -> None:
    text = (
        "Beslut i korthet\n\nParlamentariska nämndens presidium har 2023-11-09 gett "
        "regionledningskontoret i uppdrag att ta fram en plan."
    )
    facts = facts_at(text, "https://www.rjl.se/nyheter/beslut-i-korthet/", "2023-11-29")
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:region:06:parlamentariska-namnden"}, deciders


def test_a_decision_on_the_remiss_version_concerns_the_pages_plan() -> None:
    text = (
        "Nyheter från regionen\n\nDen nya länstransportplanen gäller "
        "för perioden 2022 till 2033. I dag beslutade regionstyrelsen om remissversionen "
        "som nu skickas ut för synpunkter."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/plan.html", "2021-11-11")
    concerned = {k.to_id for k in links(facts, LinkType.CONCERNS)}
    documents = {n.id for n in facts.nodes if isinstance(n, Document)}
    assert concerned and concerned <= documents, (concerned, documents)


def test_counted_areas_closed_by_a_relative_clause_then_listed_by_dessa_ar() -> None:
    text = (
        "Nyheter\n\nI förslaget till ny klimatstrategi för Provlän lyfter länsstyrelsen fram "
        "tre områden som avgörande för att nå målen. Dessa är hållbara transporter, "
        "robust energisystem samt ansvarsfull konsumtion."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/varmland/nyheter/x.html", "2019-05-21")
    goals = sorted(k.to_id.rsplit(":", 1)[1] for k in links(facts, LinkType.HAS_GOAL))
    assert goals == ["ansvarsfull-konsumtion", "hallbara-transporter", "robust-energisystem"]


def test_verb_led_items_under_a_modal_intro_are_goals() -> None:
    text = (
        "Suicidprevention\n\nNätverket har tagit fram en handlingsplan för 2017-2019. Enligt "
        "handlingsplanen behöver vi i Provland:\n\n"
        " • Öka samverkan mellan olika organisationer.\n"
        " • Främja psykisk hälsa och förebygga psykisk ohälsa.\n"
    )
    facts = facts_at(text, "https://www.regionvarmland.se/suicid.html", "2018-01-10")
    assert not links(facts, LinkType.HAS_ACTIVITY)
    assert len(links(facts, LinkType.HAS_GOAL)) == 2


def test_the_last_listed_decision_after_a_comma_and_samt_starts_at_its_noun() -> None:
    text = (
        "Beslut i korthet från regionstyrelsen\n\nUnder sammanträdet den 28 november tog "
        "regionstyrelsen bland annat beslut om inköp av en ambulans, ny utrustning på "
        "sjukhuset, samt ett inriktningsbeslut om en ny vårdcentral."
    )
    facts = facts_at(text, "https://www.rjl.se/nyheter/beslut-i-korthet/", "2023-11-29")
    summaries = sorted(n.summary for n in facts.nodes if isinstance(n, Decision))
    assert "Ett inriktningsbeslut om en ny vårdcentral" in summaries, summaries


def test_who_decides_such_things_is_no_decision() -> None:
    text = (
        "Så styrs länsstyrelsen\n\nDet är riksdagen som beslutar om länsstyrelsernas "
        "verksamhet. Regeringen beslutade den 20 december 2023 att ge länsstyrelsen ett "
        "nytt uppdrag."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/dalarna/om-oss/styrning.html", None)
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:nationell:regeringen"}, deciders


def test_advice_on_how_documents_should_relate_is_no_lineage() -> None:
    text = (
        "Trafikstrategi\n\nKommunens trafikstrategi bör vara kopplad till kommunens översiktsplan."
    )
    facts = facts_at(text, "https://www.vaxjo.se/trafik/strategi.html", "2020-01-10")
    assert not links(facts, LinkType.IMPLEMENTS)
    said = text.replace("bör vara kopplad", "är kopplad")
    assert links(
        facts_at(said, "https://www.vaxjo.se/trafik/strategi.html", "2020-01-10"),
        LinkType.IMPLEMENTS,
    )


def test_a_meeting_reports_business_implies_the_year_of_its_yearless_day() -> None:
    head = "Beslut i korthet - regionstyrelsen 13 juni\n\n"
    ahead = head + "Regionstyrelsen föreslog fullmäktige att besluta om strategisk plan 2024-2026."
    assert implied_year(ahead) == date(2023, 7, 2)
    back = head + "Styrelsen godkände 2017 års partistöd och delårsbokslut januari-augusti 2018."
    assert implied_year(back) == date(2018, 7, 2)
    assert implied_year(head + "Budget för 2025 och årsredovisning 2020 behandlades.") is None
    facts = facts_at(ahead, "https://norrbotten.se/beslut-i-korthet-regionstyrelsen-13-juni/", None)
    days = {n.date for n in facts.nodes if isinstance(n, Decision)}
    assert days == {"2023-06-13"}, days


def test_a_fronted_condition_ends_at_the_inverted_verb_and_holds_for_both_decisions() -> None:
    text = (
        "Rapport från Barn- och utbildningsnämndens möte den 21 februari 2018\n\n"
        "Under förutsättning att igångsättningstillstånd beviljas godkänner nämnden en ökad "
        "hyreskostnad och begär utökad budgetram för 2019 för hyresökningen."
    )
    facts = facts_at(text, "https://www.ostersund.se/nyheter/rapport.html", "2018-02-21")
    conditions = {n.condition for n in facts.nodes if isinstance(n, Decision)}
    assert conditions == {"igångsättningstillstånd beviljas"}, conditions


def test_sending_a_proposal_out_on_remiss_is_the_senders_decision_about_it() -> None:
    text = (
        "Förslag till ny strategi\n\nI ett förslag till ny klimatstrategi för Värmland "
        "lyfter Länsstyrelsen Värmland fram fyra områden.\n\nNu skickar vi ut förslaget "
        "på remiss."
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/varmland/nyheter/x.html", "2019-05-21")
    (decided,) = links(facts, LinkType.DECIDED)
    assert decided.from_id == "Organization:lansstyrelse:17"
    (concerns,) = links(facts, LinkType.CONCERNS)
    assert concerns.from_id == decided.to_id and concerns.to_id.startswith("Document:regional")


def test_the_government_appointing_a_former_official_gives_a_decision_and_the_role() -> None:
    text = (
        "Ny landshövding\n\nRegeringen har idag även utsett tidigare länsrådet Johan Provblom "
        "till vikarierande landshövding i Kalmar län."
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2022/10/x/", "2022-10-06")
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:johan-provblom", "Organization:lansstyrelse:08", "Landshövding")
    }, roles
    assert {k.from_id for k in links(facts, LinkType.DECIDED)} == {
        "Organization:nationell:regeringen"
    }


def test_an_office_named_in_a_fronted_till_phrase_is_not_the_body_that_appoints() -> None:
    text = (
        "Beslut i korthet Kommunfullmäktige 21 mars 2005\n\nTill ny ersättare i "
        "kommunstyrelsen utses Rolf Provding (s) Ljungaverk."
    )
    facts = facts_at(text, "https://www.ange.se/nyheter/kf.html", None)
    deciders = {k.from_id for k in links(facts, LinkType.DECIDED)}
    assert deciders == {"Organization:kommun:2260:kommunfullmaktige"}, deciders


def test_a_title_first_appointment_with_a_party_in_lower_case_and_a_village_after() -> None:
    text = (
        "Beslut i korthet Kommunfullmäktige 21 mars 2005\n\nTill ny ersättare i "
        "kommunstyrelsen utses Rolf Provding (s) Ljungaverk."
    )
    facts = facts_at(text, "https://www.ange.se/nyheter/kf.html", None)
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {
        ("Person:person:rolf-provding", "Organization:kommun:2260:kommunstyrelsen", "Ersättare")
    }, roles

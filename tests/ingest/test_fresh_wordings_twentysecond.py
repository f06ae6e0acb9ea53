"""Wordings first met on development pages in the twenty-second session (2026-12-01).
Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Goal
from tests.ingest.helpers import (
    adopted_dates,
    decisions,
    documents,
    facts_at,
    held_roles,
    links,
    organizations,
    party_of,
)

MUNICIPAL = "https://www.flen.se/nyheter/2024/kommunfullmaktige-i-korthet"
FLEN = "Organization:kommun:0482"
AGENCY = "https://www.myh.se/om-oss/nyheter/2024/generaldirektor"
MYH = "Organization:nationell:myndigheten-for-yrkeshogskolan"


def _roles(text: str, uri: str = MUNICIPAL) -> set[tuple[str, str, str | None]]:
    return held_roles(facts_at(text, uri, "2024-03-14"))


def test_a_press_card_whose_repeated_name_line_starts_the_next_card_is_read_whole() -> None:
    found = _roles(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nPlanen har vunnit laga kraft.\n\n"
        "Kontaktpersoner\n\nAnna Berglund\nPressansvarig\nAnna Berglund\n"
        "Johan Ekdahl\nKommunikationschef\nJohan Ekdahl\nMaria Lindqvist\nKommundirektör\n"
        "Maria Lindqvist\n"
    )
    assert found == {
        ("anna-berglund", FLEN, "Pressansvarig"),
        ("johan-ekdahl", FLEN, "Kommunikationschef"),
        ("maria-lindqvist", FLEN, "Kommundirektör"),
    }, found


def test_the_post_named_between_person_and_title_gives_the_role() -> None:
    head = "Myndigheten för yrkeshögskolan\n\nNyheter\n\n2024-03-14\n\n"
    for sentence in (
        "I mars 2019 tillträdde Karin Sjöholm jobbet som generaldirektör på "
        "Myndigheten för yrkeshögskolan.",
        "Regeringen har beslutat att förlänga Karin Sjöholms förordnande som generaldirektör.",
    ):
        found = _roles(head + sentence + "\n", AGENCY)
        assert found == {("karin-sjoholm", MYH, "Generaldirektör")}, (sentence, found)


def test_government_office_ranks_and_a_moderator_are_titles() -> None:
    found = _roles(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nPer Wallin, departementsråd på "
        "Regeringskansliet, inleder dagen. Det blir spännande, säger Lisa Falk, som är "
        "kommunens moderator under dagen.\n"
    )
    assert found == {
        ("per-wallin", "Organization:nationell:regeringskansliet", "Departementsråd"),
        ("lisa-falk", FLEN, "Moderator"),
    }, found


def test_a_workplace_no_gazetteer_knows_after_vd_pa_is_an_organisation() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nDet finns en stor framtidstro, "
        "konstaterade Erik Lundh, vice vd på Sörmländska Handelskammaren som lett arbetet. "
        "Vi vill vara med, säger Nora Ali, VD på Bergbyggarna, ett av företagen.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert held_roles(facts) == {
        ("erik-lundh", "Organization:org:sormlandska-handelskammaren", "Vice vd"),
        ("nora-ali", "Organization:org:bergbyggarna", "VD"),
    }, held_roles(facts)
    assert FLEN in organizations(facts)


def test_a_title_at_a_bare_reference_to_the_publisher_stays_the_publishers() -> None:
    found = _roles(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nVi har beslutat om stödet, säger Olof "
        "Brandt, funktionschef vid Kommunen.\n"
    )
    assert found == {("olof-brandt", FLEN, "Funktionschef")}, found


def _decisions(text: str, published: str) -> dict[str, str | None]:
    """Summary -> date of each decision."""
    facts = facts_at(text, MUNICIPAL, published)
    return {s: d.date for s, d in decisions(facts).items()}


def test_a_meeting_a_sentence_dates_after_the_page_is_to_come_and_dates_nothing() -> None:
    found = _decisions(
        "Flens kommun\n\nSammanfattning från kommunstyrelsens möte\n\nDen 20 februari "
        "sammanträdde kommunstyrelsen. På fullmäktiges möte den 21 mars väljer kommunen "
        "en ny styrelse.\n\nÅrsredovisning 2023\nÅrsredovisningen för 2023 godkändes.\n",
        "2024-02-22",
    )
    assert found == {"Årsredovisningen för 2023 godkändes.": "2024-02-20"}, found


def test_a_heading_meeting_after_the_page_date_still_dates_its_decisions() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 25 juni 2024\n\nFullmäktige beslutade om "
        "skattesatsen.\n\nExtrainsatt kommunfullmäktige 4 juli 2024\n\nKommunfullmäktige "
        "fattade beslut om en ny taxa för bygglov.\n",
        "2024-06-25",
    )
    assert sorted(v or "" for v in found.values()) == ["2024-06-25", "2024-07-04"], found


def test_politically_decided_guidelines_and_tallies_over_a_period_are_no_decisions() -> None:
    found = _decisions(
        "Flens kommun\n\nNyheter\n\nStödet styrs av förordningar och av politiskt beslutade "
        "riktlinjer. Under programperioden har hittills cirka 32 miljoner kronor beviljats "
        "till 65 olika investeringar. Kommunstyrelsen beslutade i dag att anta en ny taxa.\n",
        "2024-03-14",
    )
    assert list(found) == ["Anta en ny taxa"], found


REGIONAL = "https://www.regiongavleborg.se/nyheter/2023/kulturplan"


def _goals(text: str) -> set[str]:
    facts = facts_at(text, REGIONAL, "2023-01-10")
    return {n.text for n in facts.nodes if isinstance(n, Goal)}


def test_a_bullet_list_whose_items_carry_an_indented_note_line_stays_one_list() -> None:
    found = _goals(
        "Region Gävleborg\n\nNyheter\n\nRegionfullmäktige antog den regionala kulturplanen "
        "2023-2026. Planen pekar ut tre utvecklingsområden:\n\n • stärkt samverkan\n"
        "  aktörerna arbetar tillsammans över gränserna\n • fler deltagare\n"
        "  kulturen ska nå alla invånare\n • hållbar tillväxt\n"
        "  kultur och näringsliv stärker varandra\n\nPlanen följs upp årligen.\n"
    )
    assert found == {"stärkt samverkan", "fler deltagare", "hållbar tillväxt"}, found


def test_a_policys_listed_principles_are_its_goals() -> None:
    found = _goals(
        "Region Gävleborg\n\nNyheter\n\nRegionfullmäktige antog folkhälsopolicyn 2023-2026. "
        "Nämnderna arbetar enligt policyns tre styrande principer:\n\n"
        "  • Regionen arbetar hälsofrämjande i all verksamhet.\n"
        "  • Vården når dem med störst behov först.\n"
        "  • Regionen samlar länets aktörer i folkhälsoarbetet.\n"
    )
    assert found == {
        "Regionen arbetar hälsofrämjande i all verksamhet",
        "Vården når dem med störst behov först",
        "Regionen samlar länets aktörer i folkhälsoarbetet",
    }, found


def test_a_passive_supine_beslut_om_and_a_question_word_object_are_one_decision_each() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunstyrelsen 30 maj 2024\n\nDet har även tagits beslut om att det "
        "ska hållas en folkomröstning om vindkraft på berget. Kommunstyrelsen har dessutom tagit "
        "beslut om vilka projekt och aktiviteter som får medel.\n",
        "2024-06-01",
    )
    assert set(found) == {
        "Det ska hållas en folkomröstning om vindkraft på berget",
        "Vilka projekt och aktiviteter som får medel",
    }, found


def test_an_older_pages_lower_case_party_after_a_name_is_read() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nVi är nöjda med planen, säger "
        "kommunstyrelsens ordförande Per Dahl (s).\n",
        MUNICIPAL,
        "2024-03-14",
    )
    assert party_of(facts, "per-dahl") == "S"


def _adopted(text: str) -> dict[str, str | None]:
    """Adopted document id's last parts -> the link's date."""
    return adopted_dates(facts_at(text, MUNICIPAL, "2024-03-20"))


def test_every_document_coordinated_after_the_verb_is_adopted() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nEtt enigt kommunfullmäktige har den 18 mars "
        "antagit Kulturstrategi Flen och kulturplan för 2024-2027 samt biblioteksplan för "
        "Flens kommun 2024-2027.\n"
    )
    assert found == {
        "strategy:kommun:0482:kultur:2024-2027": "2024-03-18",
        "plan:kommun:0482:kultur:2024-2027": "2024-03-18",
        "plan:kommun:0482:biblioteks:2024-2027": "2024-03-18",
    }, found


def test_a_document_adopted_with_a_restated_one_takes_the_restated_ones_date() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nVid måndagens kommunfullmäktige antogs ett nytt "
        "bostadsförsörjningsprogram för 2024-2027.\n\nFullmäktige beslutade därmed att anta "
        "det reviderade bostadsförsörjningsprogrammet, samt en tillhörande handlingsplan som "
        "följs upp varje år.\n"
    )
    assert found == {
        "programme:kommun:0482:bostadsforsorjnings:2024-2027": "2024-03-18",
        "action-plan:kommun:0482:handlingsplan": "2024-03-18",
    }, found


def test_a_museum_named_by_its_county_is_an_organisation_a_compound_or_an_article_not() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nEtt museum öppnar i Flen i vår. Strategin togs "
        "fram med Sörmlands museum. Ett ekomuseum planeras också.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    others = {k for k in organizations(facts) if k.startswith("Organization:org:")}
    assert others == {"Organization:org:sormlands-museum"}, others


def test_the_day_a_later_sentence_gives_the_decision_dates_it() -> None:
    found = _decisions(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nKommunstyrelsen har beslutat att förlänga "
        "Eva Eks förordnande som kommundirektör med tre år. Hon är glad över förtroendet. "
        "Beslutet om att förlänga Eva Eks förordnande fattades av kommunstyrelsen den 6 mars.\n",
        "2024-03-14",
    )
    assert list(found.values()) == ["2024-03-06"], found


def test_an_adoption_takes_the_day_the_next_sentences_give_the_decision() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nKommunfullmäktige har antagit en ny "
        "folkhälsoplan för 2024-2027. Planen gäller hela kommunen. Beslutet fattades den "
        "11 mars.\n"
    )
    assert found == {"plan:kommun:0482:folkhalso:2024-2027": "2024-03-11"}, found


def test_part_of_day_weekdays_and_parts_of_a_month_date_adoptions() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nKommunfullmäktige godkände under "
        "måndagskvällen den reviderade bostadsförsörjningsplanen. I slutet av februari "
        "fastställde socialnämnden en ny handlingsplan mot våld i nära relationer.\n"
    )
    assert found == {
        "plan:kommun:0482:bostadsforsorjningsplan": "2024-03-18",
        "action-plan:kommun:0482:socialnamnden:handlingsplan-mot-vald-i-nara-relationer": (
            "2024-02-01"
        ),
    }, found


def test_beslutet_att_anta_x_togs_av_y_is_ys_adoption_of_x() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nBeslutet att anta den nya kulturplanen togs "
        "enhälligt av kommunfullmäktige den 11 mars.\n"
    )
    assert found == {"plan:kommun:0482:kulturplan": "2024-03-11"}, found


def test_a_document_title_ends_before_the_verb_of_its_coming_into_force() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nPolicyn för inköp trädde i kraft den 1 januari "
        "efter beslut i kommunfullmäktige.\n",
        MUNICIPAL,
        "2024-03-20",
    )
    assert [d.split(":", 2)[-1] for d in documents(facts)] == [
        "policy:kommun:0482:policy-for-inkop"
    ]


def test_a_go_ahead_is_a_decision_and_an_act_after_innan_is_not() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 12 mars 2024\n\nKommunfullmäktige gav klartecken "
        "till att bygga en ny simhall. Kulturplanen går nu till kommunstyrelsen för beslut "
        "innan den skickas på remiss.\n",
        "2024-03-14",
    )
    assert list(found) == ["Kommunfullmäktige gav klartecken till att bygga en ny simhall."], found


def test_a_title_opening_its_sentence_before_ar_and_a_name_is_that_persons() -> None:
    found = _roles(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nProjektledare är Eva Nilsson på "
        "näringslivsenheten. Vi ser fram emot arbetet, säger hon.\n"
    )
    assert found == {("eva-nilsson", f"{FLEN}:naringslivsenheten", "Projektledare")}, found


def test_goals_on_lines_without_bullets_under_a_colon_intro_are_a_list() -> None:
    found = _goals(
        "Region Gävleborg\n\nNyheter\n\nRegionfullmäktige antog strategin för jämlik hälsa "
        "2023-2030.\n\nÖvergripande mål till 2030:\n\nLivsvillkoren har förbättrats för alla "
        "invånare.\n\nSkillnaderna i hälsa har minskat.\n\nStrategin följs upp vartannat år av "
        "regionstyrelsen, som rapporterar till fullmäktige. Uppföljningen publiceras på webben.\n"
    )
    assert found == {
        "Livsvillkoren har förbättrats för alla invånare",
        "Skillnaderna i hälsa har minskat",
    }, found


def test_unmarked_lines_fewer_than_the_intro_counts_are_no_list() -> None:
    found = _goals(
        "Region Gävleborg\n\nNyheter\n\nRegionfullmäktige antog strategin för jämlik hälsa "
        "2023-2030.\n\nI strategin finns fyra inriktningsmål:\n\nSamordning för e-hälsa\n\n"
        "Som ett stöd i arbetet finns ett kansli\n"
    )
    assert found == set(), found


def test_a_decision_whose_object_is_a_pronoun_concerns_its_siblings_document() -> None:
    facts = facts_at(
        "Flens kommun\n\nNyheter\n\n2024-03-14\n\nDen 12 mars beslutade bildningsnämnden att "
        "godkänna ett förslag till kulturpolitiskt program för Flens kommun samt att "
        "översända det till kommunfullmäktige för fastställande.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    found = decisions(facts)
    concerned = {k.from_id: k.to_id.split(":")[-1] for k in links(facts, LinkType.CONCERNS)}
    assert {s: concerned.get(d.id) for s, d in found.items()} == {
        "Godkänna ett förslag till kulturpolitiskt program för Flens kommun": (
            "kulturpolitiskt-program-for-flens-kommun"
        ),
        "Översända det till kommunfullmäktige för fastställande": (
            "kulturpolitiskt-program-for-flens-kommun"
        ),
    }, concerned


def test_a_participle_of_state_in_a_relative_clause_is_no_decision() -> None:
    found = _decisions(
        "Flens kommun\n\nKommunfullmäktige 12 mars 2024\n\nFörslagsställaren önskar kunna hämta "
        "barn utanför de tider som är beslutade i dag. Arbetet följer de riktlinjer som var "
        "beslutade av nämnden.\n",
        "2024-03-14",
    )
    assert found == {}, found


def test_a_plural_noun_or_a_company_after_a_name_is_no_third_name_word() -> None:
    facts = facts_at(
        "Flens kommun\n\nProtokoll\n\n2024-03-14\n\nFlenbostäder AB, genom VD Björn Sjögren "
        "Redovisningarna rör i huvudsak verksamheten. Flens Energi AB, genom VD Kjell Jansson "
        "Vatten & Avfall i Flen AB.\n",
        MUNICIPAL,
        "2024-03-14",
    )
    persons = {
        n.id.removeprefix("Person:person:") for n in facts.nodes if n.id.startswith("Person")
    }
    assert persons == {"bjorn-sjogren", "kjell-jansson"}, persons


def test_approving_an_unnamed_plan_on_a_page_naming_no_document_is_a_decision() -> None:
    found = _decisions(
        "Flens kommun\n\nNyheter\n\n2024-03-12\n\nKommunstyrelsen beslutade i dag att godkänna "
        "planen för samråd.\n",
        "2024-03-12",
    )
    assert found == {"Godkänna planen för samråd": "2024-03-12"}, found


def test_adopting_an_updated_version_of_a_document_adopts_the_document() -> None:
    found = _adopted(
        "Flens kommun\n\nNyheter\n\n2024-03-20\n\nKommunfullmäktige antog den 18 mars en "
        "uppdaterad version av kommunens avfallsplan. Kommunstyrelsen godkände den 12 mars "
        "den reviderade versionen av bostadsförsörjningsprogrammet.\n"
    )
    assert found == {
        "plan:kommun:0482:avfallsplan": "2024-03-18",
        "programme:kommun:0482:bostadsforsorjningsprogram": "2024-03-12",
    }, found

"""Wordings and page shapes first met on development pages in the thirty-first session
(2026-12-02). Short fictional texts written for these tests."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Activity, Goal
from tests.ingest.helpers import decisions, documents, facts_at, links

_REGION = "https://www.regionexempel.se/nyheter/miljoprogram/"
_TOWN = "https://www.tibro.se/nyheter/klimat/"


def _activities(text: str, uri: str = _REGION) -> dict[str, str]:
    """Each activity's description and the document that HAS_ACTIVITY it ('' if none)."""
    facts = facts_at(text, uri, "2023-04-12")
    owner = {k.to_id: k.from_id for k in links(facts, LinkType.HAS_ACTIVITY)}
    return {n.description: owner.get(n.id, "") for n in facts.nodes if isinstance(n, Activity)}


def test_a_plans_verb_led_items_under_a_neutral_intro_are_its_activities() -> None:
    text = (
        "Nytt miljöprogram för Tibro kommun 2023-2026\n\n"
        "Kommunfullmäktige har antagit ett nytt miljöprogram. Under 2023-2026 är "
        "kommunens miljöarbete inriktat på följande områden:\n\n"
        " • effektivisera energianvändningen i lokalerna\n"
        " • minska matsvinnet i skolköken\n"
        " • öka andelen fossilfria fordon\n"
    )
    found = _activities(text, _TOWN)
    assert set(found) == {
        "effektivisera energianvändningen i lokalerna",
        "minska matsvinnet i skolköken",
        "öka andelen fossilfria fordon",
    }, found
    assert {o.split(":")[2] for o in found.values()} == {"programme"}, found


def test_present_tense_items_after_vi_count_as_verb_led() -> None:
    text = (
        "Tibro kommuns handlingsplan för klimatet 2024-2026\n\n"
        "Handlingsplanens delar är:\n\n"
        " • Vi minskar utsläppen från våra transporter.\n"
        " • Vi stärker samarbetet med näringslivet.\n"
        " • Vi genomför en energikartläggning av alla skolor.\n"
    )
    assert len(_activities(text, _TOWN)) == 3


def test_items_that_mostly_state_things_give_no_activities() -> None:
    text = (
        "Tibro kommuns handlingsplan för klimatet 2024-2026\n\n"
        "Handlingsplanen innehåller följande delar:\n\n"
        " • En beskrivning av nuläget\n"
        " • Kommunens roll i klimatarbetet\n"
        " • minska utsläppen från transporter\n"
    )
    assert _activities(text, _TOWN) == {}


def test_verb_led_items_without_a_document_give_no_activities() -> None:
    text = (
        "Länsstyrelsen får nytt uppdrag\n\n"
        "Regeringen har gett Länsstyrelsen ett nytt uppdrag. Vidare ska länsstyrelsen:\n\n"
        " • samordna arbetet i länet\n"
        " • stödja kommunerna\n"
        " • anordna två konferenser\n"
    )
    assert _activities(text, "https://www.lansstyrelsen.se/vasternorrland/nyheter/x") == {}


def test_a_goal_intro_keeps_verb_led_items_as_goals() -> None:
    text = (
        "Tibro kommuns handlingsplan för klimatet 2024-2026\n\n"
        "Handlingsplanens mål är:\n\n"
        " • minska utsläppen med hälften till 2030\n"
        " • öka andelen förnybar energi\n"
    )
    facts = facts_at(text, _TOWN, "2024-02-01")
    assert not [n for n in facts.nodes if isinstance(n, Activity)]
    assert len([n for n in facts.nodes if isinstance(n, Goal)]) == 2


def test_aims_work_and_remits_are_no_plans_measures() -> None:
    items = " • analysera bostadsbehovet\n • ta fram nya riktlinjer\n • stödja kommunerna\n"
    head = "Tibro kommuns bostadsförsörjningsprogram 2024-2027\n\n"
    for intro in (
        "Arbetet med programmet innebär bland annat att:",
        "Kommunen vill verka för att:",
        "Vårt uppdrag i programmet kan sammanfattas i tre delar:",
    ):
        assert _activities(f"{head}{intro}\n\n{items}", _TOWN) == {}, intro


def test_a_seat_named_otherwise_gives_the_minutes_their_municipality() -> None:
    text = (
        "Kommunstyrelsen\n\n"
        "Plats och tid: Kommunkontoret, Kisa klockan 08.30-12.00\n"
        "Beslutande: Eva Ek (C), ordförande Per Berg (M) Lisa Lund (S)\n\n"
        "§ 12 Kommunstyrelsen beslutade att godkänna ändringarna i föredragningslistan.\n"
    )
    facts = facts_at(text, "https://docplayer.se/123-kommunstyrelsen.html", None)
    names = {n.id: getattr(n, "name", None) for n in facts.nodes}
    assert names.get("Organization:kommun:0513") == "Kinda kommun", names
    roles = {(k.from_id, k.to_id) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:eva-ek", "Organization:kommun:0513:kommunstyrelsen") in roles


def test_a_seat_is_looked_up_by_its_own_name_only() -> None:
    from ingest.language.gazetteer import municipality_by_seat

    kinda = municipality_by_seat("Kisa")
    assert kinda is not None and kinda.name == "Kinda"
    assert municipality_by_seat("Kinda") is None  # the municipality's name is no seat
    assert municipality_by_seat("Kramfors") is None


def test_the_office_a_notice_names_as_its_venue_is_no_body() -> None:
    text = (
        "KALLELSE Kommunstyrelsen\n\n"
        "Ragunda kommun. Plats: Kommunkontoret, Hammarstrand Tid: Tisdagen den 31 januari\n\n"
        "1. Information om sjuktalen\n"
    )
    facts = facts_at(text, "https://docplayer.se/456-kallelse-kommunstyrelsen.html", None)
    ids = {n.id for n in facts.nodes}
    assert "Organization:kommun:2303:kommunstyrelsen" in ids, ids
    assert not [i for i in ids if i.endswith(":kommunkontoret")], ids


_MINUTES_COPY = (
    "Plats och tid Storsalen, tisdagen den kl 13.00-16.10 Beslutande Ledamöter "
    "Maria Ek, C, ordförande Per Berg, M, 1:e vice ordförande Lisa Lund, S "
    "Justerare Lisa Lund Justeringens plats och tid Kommunhuset i Krokom\n\n"
    "Ärendeförteckning Ks 41 Dnr 2021-000112 Val av justerare... 2 "
    "Ks 42 Dnr 2021-000130 Ekonomisk rapport... 3 "
    "Ks 43 Dnr 2020-000277 Fördjupad översiktsplan Åsbygden, samråd... 4\n"
)


def test_the_letters_that_number_the_items_name_the_meeting_body() -> None:
    facts = facts_at(_MINUTES_COPY, "https://docplayer.se/789-ivern.html", None)
    roles = {(k.from_id, k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    ks = "Organization:kommun:2309:kommunstyrelsen"
    assert ("Person:person:maria-ek", ks, "Ordförande") in roles, roles
    assert ("Person:person:per-berg", ks, "1:e vice ordförande") in roles, roles


def test_one_case_number_names_no_meeting_body() -> None:
    text = _MINUTES_COPY.replace("Ks 42", "Dnr 42").replace("Ks 43", "Dnr KS 2017/43")
    facts = facts_at(text, "https://docplayer.se/789-ivern.html", None)
    assert not links(facts, LinkType.HOLDS_ROLE)


def test_a_deepened_plan_is_named_by_its_area_and_an_area_is_no_council() -> None:
    facts = facts_at(_MINUTES_COPY, "https://docplayer.se/789-ivern.html", None)
    titles = {d.title for d in documents(facts).values()}
    assert "Fördjupad översiktsplan Åsbygden" in titles, titles
    text = "Detaljplanen för Planområdet i Krokom. Samrådet om Älvområdet hölls i Krokom.\n"
    facts = facts_at(f"Krokoms kommun\n\n{text}", "https://www.krokom.se/nyheter/x", None)
    assert not [n.id for n in facts.nodes if n.id.startswith("Organization:forum:")]


def test_a_drafts_purpose_and_a_dangling_conjunction_end_a_documents_title() -> None:
    text = (
        "Kommunstyrelsen har sammanträtt\n\n"
        "Kommunstyrelsen godkände förslaget till översiktsplan för Tibro tätort för samråd "
        "och gav förvaltningen i uppdrag att genomföra samrådet.\n\n"
        "Tibro kommun har också en ny strategi för mat och\n"
        "livsmedel som kommunfullmäktige antog i maj.\n"
    )
    titles = {d.title for d in documents(facts_at(text, _TOWN, "2024-06-12")).values()}
    assert "Översiktsplan för Tibro tätort" in titles, titles
    assert not [t for t in titles if t.endswith((" och", " för samråd"))], titles


def test_an_indefinite_predicate_says_what_a_document_is_and_names_no_other() -> None:
    text = (
        "Ny livsmedelsstrategi för Tibro kommun\n\n"
        "Kommunfullmäktige antog i maj Livsmedelsstrategi för Tibro kommun 2024-2030. "
        "Livsmedelsstrategin är en långsiktig tillväxtstrategi som omfattar hela "
        "livsmedelskedjan.\n\nVad är en energiplan? Den beskriver kommunens energiarbete.\n"
    )
    titles = {d.title for d in documents(facts_at(text, _TOWN, "2024-06-12")).values()}
    assert "Livsmedelsstrategi för Tibro kommun 2024-2030" in titles, titles
    assert len(titles) == 1, titles


def test_a_decision_word_inside_a_condition_states_no_decision() -> None:
    text = (
        "Regeringen satsar på bredband\n\n"
        "Regeringen avser att avsätta 28 miljoner kronor per år, under förutsättning att "
        "riksdagen beviljar medel.\n"
    )
    facts = facts_at(text, "https://www.regeringen.se/pressmeddelanden/2018/05/x/", "2018-05-03")
    assert not links(facts, LinkType.DECIDED)


def test_a_referral_with_its_purpose_takes_its_items_heading() -> None:
    text = (
        "Kortreferat från kommunfullmäktige\n\n"
        "Beslut om budget\nFullmäktige fastställde budgeten för 2025.\n\n"
        "Köp av fastigheten Granås 1:12\n"
        "En beredningsgrupp har sett över skolornas lokaler och föreslog ett köp. "
        "Ärendet återremitterades till kommunstyrelsen för ytterligare beredning.\n"
    )
    facts = facts_at(text, "https://www.tibro.se/nyheter/kf/", "2024-06-12")
    summaries = [d.summary for d in decisions(facts).values()]
    assert any("Granås 1:12" in s for s in summaries), summaries


def test_a_flattened_signature_block_puts_each_label_before_its_name() -> None:
    text = (
        "Kommunstyrelsen SAMMANTRÄDESPROTOKOLL\n\n"
        "Plats och tid Kommunhuset i Tibro, onsdag 12 september 2018\n"
        "Underskrifter Sekreterare Paragrafer 17-34 Eva Ek Ordförande Bo Berg "
        "Justerare Lisa Lund\n\n"
        "§ 17 Kommunstyrelsen beslutade att godkänna föredragningslistan.\n"
    )
    facts = facts_at(text, "https://docplayer.se/1-kommunstyrelsen.html", None)
    roles = {(k.from_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert ("Person:person:bo-berg", "Ordförande") in roles, roles
    assert not [r for r in roles if r[0] == "Person:person:eva-ek"], roles


def test_a_caption_run_into_its_paragraph_names_no_officers() -> None:
    text = (
        "Nytt medborgarlöfte i Tibro\n\n"
        "Efter undertecknandet promenerade kommunen och polisen runt i centrum. "
        "Från vänster Eva Ek, kommundirektör, Bo Berg, kommunpolis, och Lisa Lund, "
        "säkerhetssamordnare.\n"
    )
    facts = facts_at(text, _TOWN, "2024-06-12")
    assert not links(facts, LinkType.HOLDS_ROLE)
    assert not [n for n in facts.nodes if n.id.startswith("Person:")]


def test_who_stands_beside_whom_in_a_photo_names_no_officers() -> None:
    text = (
        "Nya uppdrag från kommunfullmäktige\n"
        "Kommunfullmäktiges ordförande Eva Ek (S) i fokus och bredvid henne förste vice "
        "ordförande Bo Berg (M).\n\n"
        "Kommunfullmäktige beslutade att ge kommunstyrelsen i uppdrag att ta fram en ny plan.\n"
    )
    facts = facts_at(text, _TOWN, "2024-06-12")
    assert not links(facts, LinkType.HOLDS_ROLE)

"""Meeting reports and tasks (issue 9): the lead that only announces the decisions is
none of them; a short "<definite noun> <passive>" decision takes its item's heading (above
a "Beslut" label); a report titled with its year alone dates its yearless days; an earlier
meeting told as background dates nothing; a federation's "Att ..." bullet list is its
decisions; two finite decision verbs are two decisions; "fått ett regeringsuppdrag" is
the government's decision. Short fictional text written for these tests (no real page
text)."""

from __future__ import annotations

from ingest.language.url_dates import meeting_title_year
from tests.ingest.helpers import decided_by, decision_texts, decisions, facts_at

SITE = "https://www.tranas.se/kommun/beslut-i-korthet"
REPORT = (
    "Beslut i korthet 2021\n\n"
    "Här följer ett par av de ärenden som kommunstyrelsen beslutade om vid sammanträdet "
    "den 12 mars.\n\n"
    "Följande ärenden beslutades på kommunstyrelsens sammanträde.\n\n"
    "Fler laddplatser vid kommunens arbetsplatser\n\n"
    "Kommunstyrelsen gav i höstas tekniska kontoret i uppdrag att se över laddplatser.\n\n"
    "Beslut\n\n"
    "Återrapporten godkänns.\n\n"
    "Ny taxa för bygglov\n\n"
    "Kommunstyrelsen beslutade att föreslå fullmäktige en ny taxa för bygglov.\n"
)


def test_a_lead_announcing_the_decisions_is_none_of_them() -> None:
    texts = decision_texts(REPORT, SITE)
    assert not [t for t in texts if "ärenden" in t or "sammanträdet den" in t], texts


def test_a_definite_subject_and_a_passive_take_the_heading_above_the_label() -> None:
    texts = decision_texts(REPORT, SITE)
    assert any(t.startswith("Återrapporten godkänns") and "laddplatser" in t for t in texts), texts


def test_a_report_titled_with_its_year_dates_its_yearless_days() -> None:
    found = decisions(facts_at(REPORT, SITE, None))
    dates = {d.date for t, d in found.items() if "Återrapporten" in t}
    assert dates == {"2021-03-12"}, dates


def test_only_a_meeting_report_s_lone_year_serves() -> None:
    assert meeting_title_year("Beslut i korthet 2019") is not None
    assert meeting_title_year("Klimatstrategi 2030") is None
    assert meeting_title_year("Kommunfullmäktige: kulturplan 2023-2026") is None


def test_other_meeting_leads_are_no_decisions() -> None:
    text = (
        "Kommunfullmäktige i korthet\n\n"
        "Flera beslut klubbades på måndagens kommunfullmäktige i Tranås. Vad beslutades "
        "på kommunfullmäktige? Kommunfullmäktige beslutade att bygga en ny sporthall.\n"
    )
    texts = decision_texts(text, "https://www.tranas.se/nyheter/kf-2021-03-15")
    assert any("sporthall" in t for t in texts), texts
    assert not [t for t in texts if "klubbades" in t or "Vad" in t], texts


def test_an_earlier_meeting_told_as_background_dates_no_decision() -> None:
    text = (
        "Regionstyrelsen har sammanträtt\n\n"
        "Regionstyrelsen sammanträdde i dag, torsdagen den 26 april 2018.\n\n"
        "Bokslut 2017\n\n"
        "Efter regionstyrelsens sammanträde 2018-03-22 har ett fel hittats i bokslutet.\n\n"
        "Nytt dataskyddsombud\n\n"
        "Regionstyrelsen utser Eva Ek till dataskyddsombud för nämnden.\n"
    )
    found = decisions(facts_at(text, "https://www.gotland.se/nyheter/rs", None))
    dates = {d.date for t, d in found.items() if "dataskyddsombud" in t}
    assert dates == {"2018-04-26"}, found


def test_a_full_stop_after_the_definite_noun_still_points_back() -> None:
    text = (
        "Socialnämnden i korthet\n\n"
        "Socialnämnden i Tranås kommun sammanträdde den 3 maj 2021.\n\n"
        "Ekonomisk uppföljning för socialnämnden\n\n"
        "Socialnämnden godkände redovisningen.\n"
    )
    texts = decision_texts(text, "https://www.tranas.se/nyheter/sn")
    assert any("redovisningen" in t and "uppföljning" in t for t in texts), texts


def test_a_federation_s_att_bullet_list_is_its_decisions() -> None:
    text = (
        "Nytt från direktionen\n\n"
        "Fyrbodals kommunalförbund: direktionen sammanträdde den 2 april 2020.\n\n"
        "Förbundsdirektionen beslöt även:\n\n"
        "  \u2022 Att godkänna förbundets årsredovisning för 2019. Överskottet blev litet.\n"
        "  \u2022 Att skicka en skrivelse till Trafikverket om cykelvägar.\n"
    )
    found = decisions(facts_at(text, "https://www.fyrbodal.se/nyheter/direktionen", None))
    bullets = {t: d for t, d in found.items() if t.startswith("Att ")}
    assert set(bullets) == {
        "Att godkänna förbundets årsredovisning för 2019.",
        "Att skicka en skrivelse till Trafikverket om cykelvägar.",
    }, found
    assert {d.date for d in bullets.values()} == {"2020-04-02"}


def test_two_finite_decision_verbs_joined_by_och_are_two_decisions() -> None:
    text = (
        "Referat från kommunfullmäktige 2 maj 2024\n\n"
        "Kommunfullmäktige godkänner årsredovisningen för 2023 och beviljar nämnderna "
        "ansvarsfrihet.\n"
    )
    texts = decision_texts(text, "https://www.rattvik.se/nyheter/referat")
    assert any("årsredovisningen" in t and "ansvarsfrihet" not in t for t in texts), texts
    assert any("ansvarsfrihet" in t and "årsredovisningen" not in t for t in texts), texts


def test_a_government_assignment_received_as_one_compound() -> None:
    text = (
        "Länsstyrelsen i Kronobergs län har fått ett regeringsuppdrag att minska "
        "energianvändningen inom den statliga förvaltningen.\n"
    )
    facts = facts_at(text, "https://www.lansstyrelsen.se/kronoberg/nyheter/uppdrag", None)
    found = [d for t, d in decisions(facts).items() if "energianvändningen" in t]
    assert found and decided_by(facts, found[0]) == {"Organization:nationell:regeringen"}

"""Goals, activities and initiatives stated in running text, on small invented texts."""

from __future__ import annotations

import dataclasses

from graph.edges import LinkType, SourceFacts
from graph.nodes import Activity, Document, Goal, Initiative
from ingest.pipeline import extract
from tests.ingest.helpers import assert_evidence_rules, links, text_source

ALE_SITE = "https://www.ale.se/nyheter/sida"


def _facts(text: str, uri: str | None = ALE_SITE) -> SourceFacts:
    source = text_source(text, "2025-03-01")
    if uri is not None:
        source = dataclasses.replace(source, uri=uri)
    facts = extract(source)
    assert_evidence_rules(facts)
    return facts


def _goals(facts: SourceFacts) -> dict[str, str]:
    """Goal text -> the id of the document that has it ("" when none does)."""
    owner = {k.to_id: k.from_id for k in facts.links if k.type is LinkType.HAS_GOAL}
    return {n.text: owner.get(n.id, "") for n in facts.nodes if isinstance(n, Goal)}


def _document(facts: SourceFacts, word: str) -> str:
    return next(n.id for n in facts.nodes if isinstance(n, Document) and word in n.title.lower())


def test_the_subject_of_the_intro_owns_the_listed_goals() -> None:
    facts = _facts(
        "Ale kommun har sedan tidigare en policy för hållbar utveckling. Klimatplanen 2025"
        "\u20132030 kopplar an till policyn och fastställer tre strategiska områden:\n\n"
        "  • Rena sjöar\n  • Friska skogar\n  • Hållbara resor\n"
    )
    goals = _goals(facts)
    assert set(goals) == {"Rena sjöar", "Friska skogar", "Hållbara resor"}
    assert set(goals.values()) == {_document(facts, "klimatplan")}


def test_a_quoted_speaker_is_no_list_item() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny friluftsstrategi med tre prioriteringar.\n\n"
        "- Det känns jättebra att vi är klara, säger Eva Ek, ordförande.\n"
    )
    assert _goals(facts) == {}


def test_the_goal_of_a_document_stated_in_a_sentence() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny friluftsstrategi. Målet med friluftsstrategin är att "
        "fler invånare ska vistas i naturen varje vecka."
    )
    goals = _goals(facts)
    assert goals == {
        "fler invånare ska vistas i naturen varje vecka": _document(facts, "friluftsstrategi")
    }


def test_goals_joined_by_och_att_are_two() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny friluftsstrategi. Målsättningarna är att fler ska röra "
        "sig ute och att lederna ska underhållas."
    )
    assert set(_goals(facts)) == {"fler ska röra sig ute", "lederna ska underhållas"}


def test_med_malet_att_and_a_dash_state_goals() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny handlingsplan för trafiksäkerhet. Planen ska bidra till "
        "kommunens mål för trafiken \u2013 att ingen ska skadas allvarligt. Arbetet sker med "
        "målet att skolvägarna blir säkra."
    )
    assert set(_goals(facts)) == {"ingen ska skadas allvarligt", "skolvägarna blir säkra"}


def test_the_goal_of_something_else_is_not_read() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny friluftsstrategi. Det övergripande målet med ett nytt "
        "naturum är att fler ska hitta ut. Uppdragets mål är att ta fram en karta."
    )
    assert _goals(facts) == {}


def test_no_inline_goal_without_a_document() -> None:
    assert _goals(_facts("Ale kommun\n\nMålet är att alla ska kunna simma.")) == {}


def test_a_list_after_ar_or_ligger_pa_gives_goals() -> None:
    facts = _facts(
        "Ale kommun har antagit en ny folkhälsoplan. Prioriterade områden är fysisk aktivitet, "
        "psykisk hälsa och goda matvanor. Fokus i planen ligger på jämlik och trygg uppväxt, "
        "rörelse och sömn."
    )
    assert set(_goals(facts)) == {
        "fysisk aktivitet",
        "psykisk hälsa",
        "goda matvanor",
        "jämlik och trygg uppväxt",
        "rörelse",
        "sömn",
    }


def test_a_numbered_goal_line() -> None:
    facts = _facts("Handlingsplan mot buller 2025\u20132027\n\nMål 2: Färre ska störas av buller.")
    assert set(_goals(facts)) == {"Färre ska störas av buller"}


def _activities(facts: SourceFacts) -> dict[str, Activity]:
    return {n.description: n for n in facts.nodes if isinstance(n, Activity)}


LABELLED = (
    "Ale kommun\nHandlingsplan mot buller 2025\u20132027\n\n"
    "Aktivitet 1.1 Mät bullret vid skolorna.\n"
    "Ansvarig: Kultur- och fritidsnämnden, enhetschef fritid\n"
    "Tidplan: Hösten 2025\n\n"
    "Aktivitet 1.2 Plantera träd längs vägarna.\n"
    "Ansvarig: Kultur- och fritidsnämnden i samverkan med Socialnämnden\n\n"
    "Aktivitet 1.3 Informera de boende.\n"
    "Ansvarig: strategisk samordnare mot buller\n"
)


def test_labelled_activity_lines_with_responsible_and_timeframe() -> None:
    facts = _facts(LABELLED)
    acts = _activities(facts)
    assert set(acts) == {
        "Mät bullret vid skolorna",
        "Plantera träd längs vägarna",
        "Informera de boende",
    }
    assert acts["Mät bullret vid skolorna"].timeframe == "Hösten 2025"
    plan = _document(facts, "buller")
    assert all(links(facts, LinkType.HAS_ACTIVITY, plan, a.id) for a in acts.values())
    kfn = "Organization:kommun:1440:kultur-och-fritidsnamnden"
    (first,) = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Mät bullret vid skolorna"].id)
    assert (first.from_id, first.title) == (kfn, "enhetschef fritid")
    planted = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Plantera träd längs vägarna"].id)
    assert [k.from_id for k in planted] == [kfn]  # the partner is not responsible
    (role,) = links(facts, LinkType.RESPONSIBLE_FOR, to_id=acts["Informera de boende"].id)
    assert (role.from_id, role.title) == (
        "Organization:kommun:1440",
        "strategisk samordnare mot buller",
    )


def test_bland_aktiviteterna_finns() -> None:
    facts = _facts(
        "Ale kommun har antagit en handlingsplan mot buller för 2025\u20132027. Bland "
        "aktiviteterna finns en mätning av buller vid alla skolor."
    )
    assert set(_activities(facts)) == {"en mätning av buller vid alla skolor"}


def test_the_steps_of_a_routine_are_its_activities() -> None:
    facts = _facts(
        "Policy för trygg skolväg\n\nPolicyn kompletteras av Rutin vid olyckor, som "
        "Socialnämnden fastställde i maj. Rutinen beskriver steg för steg vad personalen ska "
        "göra:\n1. Ring larmnumret.\n2. Stanna hos den skadade.\n"
    )
    acts = _activities(facts)
    assert set(acts) == {"Ring larmnumret", "Stanna hos den skadade"}
    rutin = _document(facts, "rutin")
    assert all(links(facts, LinkType.HAS_ACTIVITY, rutin, a.id) for a in acts.values())


def _initiatives(facts: SourceFacts) -> dict[str, Initiative]:
    return {n.name: n for n in facts.nodes if isinstance(n, Initiative)}


def test_a_quoted_project_name_after_its_noun() -> None:
    facts = _facts("Ett exempel är projektet ”Cykla till jobbet” där alla kan låna en cykel.")
    assert "Cykla till jobbet" in _initiatives(facts)


def test_a_centre_named_by_its_place_with_period_coordinator_and_members() -> None:
    facts = _facts(
        "Ale kommun ska delta i Brottsofferscentrum Västernorrland under perioden 2025"
        "\u20132027.\n\nCentret samordnas av Länsstyrelsen Västernorrland. Kramfors kommun och "
        "Sollefteå kommun har redan beslutat att delta.",
        uri=None,
    )
    centre = _initiatives(facts)["Brottsofferscentrum Västernorrland"]
    assert (centre.period_start, centre.period_end) == (2025, 2027)
    assert links(facts, LinkType.COORDINATES, "Organization:lansstyrelse:22", centre.id)
    members = {k.from_id for k in links(facts, LinkType.PARTICIPATES_IN, to_id=centre.id)}
    assert {"Organization:kommun:2282", "Organization:kommun:2283"} <= members


def test_a_document_containing_measures_that_aim_at_something() -> None:
    facts = _facts(
        "Ale kommun har antagit en handlingsplan mot buller för 2025\u20132027. Handlingsplanen "
        "innehåller också åtgärder som syftar till att sänka farten vid skolorna."
    )
    (act,) = _activities(facts).values()
    assert act.description == "sänka farten vid skolorna"
    assert links(facts, LinkType.HAS_ACTIVITY, _document(facts, "buller"), act.id)

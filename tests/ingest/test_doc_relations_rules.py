"""Document relation rules on small invented texts, with negative cases."""

from __future__ import annotations

import pytest

from graph.edges import LinkType, SourceFacts

from .helpers import facts_at, facts_of, links

PLAN = "Document:municipal:action-plan:kommun:1440:2023-2026"
OLD_PLAN = "Document:municipal:action-plan:kommun:1440:2019-2022"
KF = "Organization:kommun:1440:kommunfullmaktige"
DALARNA = "https://www.regiondalarna.se/nyheter/planer"


def _facts(text: str, published_on: str | None = None) -> SourceFacts:
    return facts_of(text, published_on)


def test_passive_adoption_with_relative_date_and_replacement() -> None:
    facts = _facts(
        "Ale kommun\n\nHandlingsplanen för 2023\u20132026 antogs av kommunfullmäktige i tisdags "
        "och ersätter den tidigare handlingsplanen för 2019\u20132022.",
        "2023-03-16",
    )
    (adopted,) = links(facts, LinkType.ADOPTED, KF, PLAN)
    assert adopted.date == "2023-03-14"
    assert links(facts, LinkType.REVISES, PLAN, OLD_PLAN)
    assert not links(facts, LinkType.ADOPTED, KF, OLD_PLAN)


def test_elliptic_predecessor_after_ersatter() -> None:
    facts = _facts(
        "Ale kommun och Polismyndigheten skrev under en ny samverkansöverenskommelse för "
        "2024\u20132027. Överenskommelsen ersätter den tidigare för 2020\u20132023."
    )
    new = "Document:municipal:agreement:kommun:1440:2024-2027"
    old = "Document:municipal:agreement:kommun:1440:2020-2023"
    assert links(facts, LinkType.REVISES, new, old)
    signers = {k.from_id for k in links(facts, LinkType.SIGNED, to_id=new)}
    assert signers == {"Organization:kommun:1440", "Organization:nationell:polismyndigheten"}


def test_complements_both_directions_and_pronoun_subject() -> None:
    facts = _facts(
        "Ale kommun\n\nHandlingsplanen för 2023\u20132026 antogs av kommunfullmäktige. "
        "Den kompletterar Region Skånes folkhälsopolicy. "
        "Handlingsplanen kompletteras med en rutin som socialnämnden tog fram."
    )
    policy = "Document:regional:policy:lan:12:folkhalsopolicy"
    routine = "Document:municipal:routine:kommun:1440:socialnamnden:rutin"
    assert links(facts, LinkType.COMPLEMENTS, PLAN, policy)
    assert links(facts, LinkType.COMPLEMENTS, routine, PLAN)
    assert not links(facts, LinkType.COMPLEMENTS, policy, PLAN)


def test_implements_from_the_subject_not_the_coordinated_object() -> None:
    facts = _facts(
        "Länsstyrelsen Skåne har tagit fram en regional handlingsplan för 2023\u20132027. "
        "Handlingsplanen är en revidering av den regionala strategin för 2018\u20132022 "
        "och utgår från regeringens nationella strategi 2017\u20132026."
    )
    plan = "Document:regional:action-plan:lan:12:2023-2027"
    old = "Document:regional:strategy:lan:12:2018-2022"
    national = "Document:national:strategy:se:2017-2026"
    assert links(facts, LinkType.IMPLEMENTS, plan, national)
    assert links(facts, LinkType.REVISES, plan, old)
    assert not links(facts, LinkType.IMPLEMENTS, old, national)


def test_issued_by_relative_clause_with_partner_and_year() -> None:
    facts = _facts(
        "Ale kommun\n\nRutinen kompletterar den länsgemensamma rutinen för samverkan, "
        "som Kommunförbundet Skåne tog fram tillsammans med Region Skåne 2020."
    )
    doc = "Document:regional:routine:lan:12:rutin-for-samverkan"
    issued = links(facts, LinkType.ISSUED, to_id=doc)
    assert {k.from_id for k in issued} == {
        "Organization:kommunforbund:12",
        "Organization:region:12",
    }
    assert {(k.date, k.date_precision) for k in issued} == {("2020-01-01", "year")}


def test_future_drafting_is_not_issued() -> None:
    facts = _facts(
        "Ale kommun\n\nPolicyn kompletteras med en handlingsplan som socialnämnden ska ta fram."
    )
    assert not links(facts, LinkType.ISSUED)


def test_signers_listed_after_the_signing_sentence() -> None:
    facts = _facts(
        "I går undertecknades Regional handlingsplan mot våld i Skåne län 2024\u20132027 av "
        "9 aktörer. Bland dem som skrev under finns Region Skåne och Polismyndigheten.",
        "2024-05-02",
    )
    doc = "Document:regional:action-plan:lan:12:2024-2027"
    signed = links(facts, LinkType.SIGNED, to_id=doc)
    assert {k.from_id for k in signed} == {
        "Organization:region:12",
        "Organization:nationell:polismyndigheten",
    }
    assert {k.date for k in signed} == {"2024-05-01"}
    (plan,) = [n for n in facts.nodes if n.id == doc]
    assert getattr(plan, "signatory_count", None) == 9


def test_people_signing_are_not_signatories() -> None:
    facts = _facts(
        "Ale kommun\n\nÖverenskommelsen för 2024\u20132027 undertecknades av kommundirektören "
        "och lokalpolisområdeschef Henrik Berg."
    )
    assert not links(facts, LinkType.SIGNED)


def test_implements_from_every_document_of_a_coordinated_subject() -> None:
    facts = facts_at(
        "Region Dalarna\n\nBesöksplan Dalarna och Skogsplan Dalarna utgår från den "
        "regionala utvecklingsstrategin. Planerna gäller hela länet.",
        DALARNA,
        "2024-05-02",
    )
    strategy = "Document:regional:strategy:lan:20:utvecklingsstrategi"
    sources = {x.from_id for x in links(facts, LinkType.IMPLEMENTS, to_id=strategy)}
    assert sources == {
        "Document:regional:plan:lan:20:besoksplan-dalarna",
        "Document:regional:plan:lan:20:skogsplan-dalarna",
    }


def test_a_document_before_the_subject_is_not_coordinated_with_it() -> None:
    facts = facts_at(
        "Region Dalarna\n\nEnligt besöksplanen ska fler resa. Skogsplan Dalarna utgår från "
        "den regionala utvecklingsstrategin.",
        DALARNA,
        "2024-05-02",
    )
    strategy = "Document:regional:strategy:lan:20:utvecklingsstrategi"
    sources = {x.from_id for x in links(facts, LinkType.IMPLEMENTS, to_id=strategy)}
    assert sources == {"Document:regional:plan:lan:20:skogsplan-dalarna"}


def test_a_second_object_after_och_fran_is_no_part_of_the_first_ones_topic() -> None:
    facts = facts_at(
        "Handlingsplan för suicidprevention 2024\u20132026\nKramfors kommun\n\n"
        "Handlingsplanen utgår från den nationella strategin för suicidprevention och från "
        "Region Västernorrlands regionala handlingsplan.",
        "https://www.kramfors.se/handlingsplan-suicid",
        "2024-03-01",
    )
    targets = {x.to_id for x in links(facts, LinkType.IMPLEMENTS)}
    assert "Document:national:strategy:se:strategi-for-suicidprevention" in targets
    assert "Document:regional:action-plan:lan:22:handlingsplan" in targets


SIGNATORIES = (
    "Katrineholms kommun\nPublicerad 4 oktober 2024\n\nI onsdags skrev tre kommuner i "
    "Sörmland under en avsiktsförklaring om samverkan kring nya företagsetableringar.\n\n"
    "Avsiktsförklaringen undertecknades av:\n"
    "- Eskilstuna kommun \u2013 Mikael Provén (S), kommunstyrelsens ordförande\n"
    "- Flens kommun \u2013 Annelie Provén (M), kommunstyrelsens ordförande\n"
    "- Nyköpings kommun \u2013 Sofia Provén (M), kommunalråd\n"
)


def test_each_line_of_a_signatory_list_signed_on_the_day_told_before() -> None:
    facts = facts_at(SIGNATORIES, "https://www.katrineholm.se/nyheter/avsikt", "2024-10-04")
    signed = {(x.from_id, x.date) for x in links(facts, LinkType.SIGNED)}
    assert signed == {
        ("Organization:kommun:0480", "2024-10-02"),
        ("Organization:kommun:0482", "2024-10-02"),
        ("Organization:kommun:0484", "2024-10-02"),
    }


def test_a_signatory_s_role_is_at_the_municipality_their_line_opens_with() -> None:
    facts = facts_at(SIGNATORIES, "https://www.katrineholm.se/nyheter/avsikt", "2024-10-04")
    roles = {
        (x.from_id.removeprefix("Person:person:"), x.to_id)
        for x in links(facts, LinkType.HOLDS_ROLE)
    }
    assert roles == {
        ("mikael-proven", "Organization:kommun:0484:kommunstyrelsen"),
        ("annelie-proven", "Organization:kommun:0482:kommunstyrelsen"),
        ("sofia-proven", "Organization:kommun:0480"),
    }


@pytest.mark.parametrize(
    ("uri", "text", "org"),
    [
        (
            "https://www.lansstyrelsen.se/jonkoping/nyheter/andts",
            "Länsstyrelsen i Jönköpings län\n\nDen regionala ANDTS-strategin för 2024\u20132028 "
            "fastställdes av landshövding Karin Provén den 30 januari 2024.",
            "Organization:lansstyrelse:06",
        ),
        (
            "https://www.folkhalsomyndigheten.se/nyheter/strategi",
            "Folkhälsomyndigheten\n\nGeneraldirektör Karin Provén fastställde den 30 januari "
            "2024 myndighetens strategi för 2024\u20132028.",
            "Organization:nationell:folkhalsomyndigheten",
        ),
    ],
)
def test_a_head_adopting_a_document_is_their_organisations_adoption(
    uri: str, text: str, org: str
) -> None:
    facts = facts_at(text, uri, "2024-02-12")
    (adopted,) = links(facts, LinkType.ADOPTED)
    assert (adopted.from_id, adopted.date) == (org, "2024-01-30")
    assert not [n for n in facts.nodes if n.id.startswith("Decision:")]


def test_a_signatory_list_takes_the_date_of_the_signing_told_paragraphs_before() -> None:
    text = SIGNATORIES.replace(
        "företagsetableringar.\n\n",
        "företagsetableringar.\n\nGenom Avsiktsförklaring om gemensam etableringsfunktion "
        "förbinder sig kommunerna att samordna mottagandet av företag. Arbetet leds av en "
        "styrgrupp. Den träffas varje månad. Fler kommuner väntas. Alla är välkomna.\n\n",
    )
    facts = facts_at(text, "https://www.katrineholm.se/nyheter/avsikt", "2024-10-04")
    assert {x.date for x in links(facts, LinkType.SIGNED)} == {"2024-10-02"}


def test_implements_wordings_of_the_forty_first_session() -> None:
    """'är kopplat till', 'knyter an till' and 'göra verkstad av' a strategy: the
    document implements it."""
    for cue in (
        "Programmet är kopplat till",
        "Programmet knyter an till",
        "Programmet är vårt sätt att göra verkstad av",
    ):
        text = (
            "Kraftsamling för hälsa\n\nRegion Gotland har antagit ett folkhälsoprogram. "
            f"{cue} den regionala utvecklingsstrategin Vårt Gotland 2040.\n"
        )
        facts = facts_at(text, "https://www.gotland.se/folkhalsa", None)
        found = [(x.from_id, x.to_id) for x in links(facts, LinkType.IMPLEMENTS)]
        assert len(found) == 1, cue
        assert "folkhalso" in found[0][0] and "strategy" in found[0][1], cue


def test_a_second_predicate_implements_from_the_sentence_subject() -> None:
    """'Den ersätter X och konkretiserar Y': the strategy, not X, implements Y."""
    text = (
        "Klimatstrategi\n\nKommunfullmäktige antog i maj en ny klimatstrategi för Alingsås "
        "kommun. Den ersätter miljöprogrammet från 2015 och konkretiserar den regionala "
        "klimat- och energistrategin.\n"
    )
    facts = facts_at(text, "https://www.alingsas.se/klimat", None)
    found = [(x.from_id, x.to_id) for x in links(facts, LinkType.IMPLEMENTS)]
    assert len(found) == 1
    assert ":klimatstrategi" in found[0][0] and "klimat-och-energistrategi" in found[0][1]

"""The mechanisms that carry extraction beyond the seeds' topic and wording, each on
short fictional texts written for these tests (no real page text)."""

from __future__ import annotations

from graph.edges import LinkType, SourceFacts
from graph.nodes import Decision, Document, Goal, Organization, OrganizationKind, Source
from ingest.language.sites import site_owner
from ingest.pipeline import extract
from tests.ingest.helpers import links, node

MORA_SITE = "https://www.mora.se/nyheter/2024/ny-plan"


def facts_of(
    text: str, uri: str = "file:///t.txt", published: str | None = "2024-05-17"
) -> SourceFacts:
    return extract(
        Source(
            id="Source:test",
            uri=uri,
            sha256="0",
            media_type="text/plain",
            text=text,
            published_on=published,
        )
    )


def test_the_site_names_the_publisher() -> None:
    assert site_owner("https://www.mora.se/x") is not None
    assert site_owner("https://www.vgregion.se/x").key == "14"  # type: ignore[union-attr]
    assert site_owner("https://www.lansstyrelsen.se/dalarna/om-oss").key == "20"  # type: ignore[union-attr]
    assert site_owner("https://news.cision.com/se/naringsdepartementet/r/x").key == (  # type: ignore[union-attr]
        "naringsdepartementet"
    )
    assert site_owner("file:///tmp/x.txt") is None
    # On Mora's site "Kommunfullmäktige" and "kommunen" are Mora's without the name.
    facts = facts_of("Kommunfullmäktige antog i onsdags kommunens nya klimatstrategi.", MORA_SITE)
    council = "Organization:kommun:2062:kommunfullmaktige"
    assert links(facts, LinkType.PART_OF, council, "Organization:kommun:2062")
    (doc,) = [n for n in facts.nodes if isinstance(n, Document)]
    assert doc.id == "Document:municipal:strategy:kommun:2062:klimatstrategi"
    assert links(facts, LinkType.ADOPTED, council, doc.id)[0].date == "2024-05-15"
    assert links(facts, LinkType.ISSUED, "Organization:kommun:2062", doc.id)


def test_bodies_by_their_productive_endings() -> None:
    facts = facts_of(
        "Mora kommun\n\nAnsvariga är Barn- och utbildningsförvaltningen, HR-avdelningen, "
        "Kommunledningskontoret och socialtjänsten."
    )
    kinds = {n.id: n.kind for n in facts.nodes if isinstance(n, Organization)}
    assert kinds["Organization:kommun:2062:barn-och-utbildningsforvaltningen"] is (
        OrganizationKind.ADMINISTRATION
    )
    assert kinds["Organization:kommun:2062:hr-avdelningen"] is OrganizationKind.ADMINISTRATION
    assert (
        kinds["Organization:kommun:2062:kommunledningskontoret"] is OrganizationKind.ADMINISTRATION
    )
    assert kinds["Organization:kommun:2062:socialtjansten"] is OrganizationKind.ADMINISTRATION


def test_regions_by_official_name_and_their_bodies() -> None:
    facts = facts_of(
        "Västra Götalandsregionen och Region Sörmland deltar. Regionstyrelsen beslutade i går.",
        "https://www.vgregion.se/nyheter/x",
    )
    ids = {n.id for n in facts.nodes}
    assert {"Organization:region:14", "Organization:region:04"} <= ids
    assert links(
        facts, LinkType.PART_OF, "Organization:region:14:regionstyrelsen", "Organization:region:14"
    )


def test_document_kinds_by_head_noun_and_period_less_ids_apart() -> None:
    facts = facts_of(
        "Mora kommun har nu ett bostadsförsörjningsprogram och ett näringslivsprogram. "
        "Kommunens miljöpolicy och översiktsplanen gäller också.",
        MORA_SITE,
    )
    docs = {n.id: n.kind.value for n in facts.nodes if isinstance(n, Document)}
    assert docs == {
        "Document:municipal:programme:kommun:2062:bostadsforsorjningsprogram": "programme",
        "Document:municipal:programme:kommun:2062:naringslivsprogram": "programme",
        "Document:municipal:policy:kommun:2062:miljopolicy": "policy",
        "Document:municipal:plan:kommun:2062:oversiktsplan": "plan",
    }


def test_one_document_named_three_ways_is_one_node() -> None:
    facts = facts_of(
        "Ny klimatstrategi antagen\n\nKommunfullmäktige antog den 15 maj Klimatstrategi "
        "2024-2030 för Mora kommun. Klimatstrategin ersätter inget tidigare dokument.",
        MORA_SITE,
    )
    docs = [n for n in facts.nodes if isinstance(n, Document)]
    assert [d.id for d in docs] == ["Document:municipal:strategy:kommun:2062:klimat:2024-2030"]
    assert docs[0].adopted_on == "2024-05-15"


def test_roles_in_both_orders_to_the_body_named_with_them() -> None:
    facts = facts_of(
        "Västra Götalandsregionen\n\n\u2013 Vi är nöjda, säger Sara Lehman Svensson, "
        "miljöstrateg. Det sade också "
        "regionstyrelsens ordförande Anna Berg (S) och justitieminister Per Holm.",
        "https://www.vgregion.se/nyheter/x",
    )
    roles = {
        (x.from_id, x.to_id, (x.title or "").lower()) for x in links(facts, LinkType.HOLDS_ROLE)
    }
    assert ("Person:person:sara-lehman-svensson", "Organization:region:14", "miljöstrateg") in roles
    assert (
        "Person:person:anna-berg",
        "Organization:region:14:regionstyrelsen",
        "ordförande",
    ) in roles


def test_decisions_in_a_decision_list_take_the_heading_body_and_date() -> None:
    facts = facts_of(
        "Beslut i korthet från kommunstyrelsen 12 mars 2024\n\n"
        "Motionen om cykelvägar avslogs.\n\n"
        "Kultur- och fritidsnämnden får i uppdrag att se över taxorna.\n\n"
        "Kommunstyrelsen beslutar att\n\nBevilja föreningsbidrag till fem föreningar.",
        MORA_SITE,
        published=None,
    )
    board = "Organization:kommun:2062:kommunstyrelsen"
    decisions = {n.summary: n for n in facts.nodes if isinstance(n, Decision)}
    assert set(decisions) == {
        "Motionen om cykelvägar avslogs.",
        "Kultur- och fritidsnämnden får i uppdrag att se över taxorna.",
        "Bevilja föreningsbidrag till fem föreningar.",
    }
    assert {d.date for d in decisions.values()} == {"2024-03-12"}
    assert all(links(facts, LinkType.DECIDED, board, d.id) for d in decisions.values())


def test_inline_goal_lists() -> None:
    facts = facts_of(
        "Strategin lyfter fram tre utvecklingsområden: Fler jobb, Bättre pendling och "
        "Starkare föreningsliv.",
        MORA_SITE,
    )
    goals = sorted(n.text for n in facts.nodes if isinstance(n, Goal))
    assert goals == ["Bättre pendling", "Fler jobb", "Starkare föreningsliv"]


def test_makers_and_lineage_wording() -> None:
    facts = facts_of(
        "Länsstyrelsen Dalarna har tillsammans med Region Dalarna tagit fram en regional "
        "handlingsplan för 2024-2027. Handlingsplanen konkretiserar målen i den regionala "
        "utvecklingsstrategin för 2020-2030. Borlänge kommun och Falu kommun har ställt sig "
        "bakom handlingsplanen."
    )
    plan = "Document:regional:action-plan:lan:20:2024-2027"
    assert links(facts, LinkType.ISSUED, "Organization:lansstyrelse:20", plan)
    assert links(facts, LinkType.ISSUED, "Organization:region:20", plan)
    assert links(facts, LinkType.IMPLEMENTS, plan, "Document:regional:strategy:lan:20:2020-2030")
    assert links(facts, LinkType.SIGNED, "Organization:kommun:2081", plan)
    assert links(facts, LinkType.SIGNED, "Organization:kommun:2080", plan)
    node(facts, plan)


def test_organisations_outside_the_gazetteers_by_their_head_word() -> None:
    facts = facts_of(
        "Mora kommun samarbetar med Dalarnas universitet och Svenska kyrkan. Ett universitet "
        "är inte nämnt. Arbetet leds av Bygderådet och Nedre Dalälvens Samordningsförbund.",
        MORA_SITE,
    )
    orgs = {n.id: n.kind for n in facts.nodes if isinstance(n, Organization)}
    assert orgs["Organization:org:dalarnas-universitet"] is OrganizationKind.OTHER
    assert orgs["Organization:org:svenska-kyrkan"] is OrganizationKind.OTHER
    assert orgs["Organization:forum:kommun:2062:bygderadet"] is OrganizationKind.FORUM
    assert orgs["Organization:org:nedre-dalalvens-samordningsforbund"] is (
        OrganizationKind.MUNICIPAL_ASSOCIATION
    )
    assert "Organization:org:universitet" not in orgs


def test_two_coordinated_documents_stay_two() -> None:
    facts = facts_of(
        "Planen konkretiserar målen i kommunens program för folkhälsa och program "
        "för trygghet och säkerhet.",
        MORA_SITE,
    )
    docs = sorted(n.id for n in facts.nodes if isinstance(n, Document))
    assert docs == [
        "Document:municipal:programme:kommun:2062:program-for-folkhalsa",
        "Document:municipal:programme:kommun:2062:program-for-trygghet-och-sakerhet",
    ]

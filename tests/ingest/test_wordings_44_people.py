"""Wordings met on real pages in the forty-fourth session about people, organisations and
minutes, each written anew (invented names and places): every test fails on the code before
the session. Documents, decisions and relations: test_wordings_44.py."""

from __future__ import annotations

from graph.edges import LinkType
from graph.nodes import Decision, Organization, Person

from .helpers import facts_at, links


def test_staff_under_run_together_column_headings_stay_in_the_minutes_head() -> None:
    # A PDF's head with its column headings run together: "Justerare" right after the
    # other headings opens a column; the head ends at "Justeringens plats och tid".
    text = (
        "1 (12) Plats och tid Rådhuset, onsdagen den 3 maj 2023 kl 09:00 Beslutande "
        "Ella Provén (S), ordförande Bo Testlund (M) Gun Exempel (C) Ersättare Övriga "
        "närvarande Justerare Per Provsson (V) Dan Dahl (S) Cia Ceder, kommunchef Eva "
        "Al, ekonomichef Justeringens plats och tid Kommunhuset Underskrifter\n\n"
        "§ 12 Budget 2024\nKommunstyrelsen beslutade att godkänna budgeten."
    )
    facts = facts_at(text, "https://www.mora.se/protokoll.html", "2023-05-10")
    persons = {n.id.removeprefix("Person:person:") for n in facts.nodes if isinstance(n, Person)}
    assert "cia-ceder" not in persons and "eva-al" not in persons
    assert not [k for k in links(facts, LinkType.HOLDS_ROLE) if "ceder" in k.from_id]


def test_a_named_boards_chair_is_the_boards_not_also_the_regions() -> None:
    text = (
        "Ny strategi för länet\n\nRegion Provland har en ny strategi. \u2013 Den är viktig "
        "för oss, säger regionstyrelsens ordförande Eva Lindqvist (S)."
    )
    facts = facts_at(text, "https://www.regiongavleborg.se/nyheter/strategi.html", "2020-03-31")
    roles = {(k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    assert roles == {("Organization:region:21:regionstyrelsen", "Ordförande")}


def test_a_coordinated_committee_name_gets_its_left_out_hyphen() -> None:
    text = "Nyheter\n\nTrafik och samhällsbyggnadsnämnden ska ta fram en ny plan för länet."
    facts = facts_at(text, "https://www.regionuppsala.se/nyheter/plan.html", "2021-03-31")
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    assert "Trafik- och samhällsbyggnadsnämnden" in names


def test_municipal_councillor_titles_on_rad() -> None:
    for title in ("samhällsbyggnadsråd", "borgarråd", "landstingsråd"):
        text = (
            "Nyheter\n\nKommunen har en ny plan. \u2013 Nu börjar vi, säger "
            f"{title} Hugo Provberg (C)."
        )
        facts = facts_at(text, "https://www.finspang.se/nyheter/plan.html", "2023-05-15")
        roles = {(k.from_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
        assert roles == {("Person:person:hugo-provberg", title.capitalize())}, roles


def test_a_quoted_chair_is_the_chair_of_the_body_that_decided_after_an_inverted_har() -> None:
    text = (
        "Ny plan för dagvatten\n\nFör att minska riskerna har kommunstyrelsens "
        "samhällsbyggnadsutskott beslutat att anta en plan för dagvatten.\n\n"
        "- Det här är en konkret plan, säger Jenny Provsson (C), ordförande."
    )
    facts = facts_at(text, "https://www.halmstad.se/nyheter/dagvatten.html", "2023-05-15")
    roles = {(k.to_id, k.title) for k in links(facts, LinkType.HOLDS_ROLE)}
    board = "Organization:kommun:1380:kommunstyrelsens-samhallsbyggnadsutskott"
    assert roles == {(board, "Ordförande")}


def test_unknown_partners_listed_with_known_organisations() -> None:
    text = (
        "Nyheter\n\nDet är Länsstyrelsen, Region Dalarna, Dalarna Provpark Syd och "
        "Byggsamverkan Dalarna som ligger bakom arbetet. Västra Götalandsregionen och "
        "Delregionala nämnden Öst har ett gemensamt arbete."
    )
    facts = facts_at(
        text, "https://www.lansstyrelsen.se/dalarna/nyheter/strategi.html", "2023-05-15"
    )
    ids = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert {
        "Organization:org:dalarna-provpark-syd",
        "Organization:org:byggsamverkan-dalarna",
    } <= ids
    assert "Organization:org:delregionala" not in ids


def test_agency_hosts_that_are_not_their_names() -> None:
    from ingest.language.sites import site_owner

    for host, key in (
        ("trafa.se", "trafikanalys"),
        ("vr.se", "vetenskapsradet"),
        ("fi.se", "finansinspektionen"),
        ("mprt.se", "mediemyndigheten"),
        ("domstol.se", "domstolsverket"),
    ):
        owner = site_owner(f"https://www.{host}/nyheter/plan/")
        assert owner is not None and owner.key == key, host


def test_minutes_named_by_their_notice_block_and_signed_titles_over_names() -> None:
    text = (
        "(1)\n\nPlats och tid Stadshuset, kl 14.00\n\nBeslutande\n\nLedamöter Eva Provén (C), "
        "ordförande\n\nBo Testlund (S), 2:e vice ordförande Per Exempel (MP), 1:e vice "
        "ordförande\n\nUtses att justera Dan Dahl\n\nUnderskrift Sekreterare\n\nLisa Lindgren"
        "\n\nOrdförande\n\nEva Provén\n\n(2)\n\nAnslag / Bevis\n\nOrgan Hässleholms kommun, "
        "Miljönämnden\n\nSammanträdesdag 2024-09-26\n\nDatum då anslaget sätts upp\n\n"
        "2024-09-27\n\n(3)\n\nMiljönämnden\n\n§ 101\n\nMiljöpris\n\nBeslut\n\nMiljönämnden "
        "utser Hans Provsson till mottagare av årets miljöpris."
    )
    facts = facts_at(text, "https://www.hassleholm.se/protokoll/mn-2024-09-26", "2024-09-27")
    board = "Organization:kommun:1293:miljonamnden"
    roles = {
        (k.from_id.removeprefix("Person:person:"), k.to_id)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }
    assert roles == {("eva-proven", board), ("bo-testlund", board), ("per-exempel", board)}
    summaries = [n.summary for n in facts.nodes if isinstance(n, Decision)]
    assert not any("anslaget" in s for s in summaries), summaries


def test_people_only_in_an_images_alt_text_and_caption_hold_no_roles() -> None:
    text = (
        "Nytt medborgarlöfte påskrivet\n\nKommunalråd Eva Provén och lokalpolisområdeschef "
        "Bo Testlund skriver på medborgarlöftet\n\nKommunalråd Eva Provén och "
        "lokalpolisområdeschef Bo Testlund skriver på medborgarlöftet.\n\nI torsdags skrev "
        "kommunen och Polisen på ett nytt medborgarlöfte."
    )
    facts = facts_at(text, "https://www.gullspang.se/nyheter/medborgarlofte", "2023-02-03")
    assert not [n for n in facts.nodes if isinstance(n, Person)]
    names = (
        "Artikeln publicerades 6 mars 2023\n\nAnna Provén och Mikael Testlund\n\n"
        "Kommunalråd Anna Provén undertecknar kommunens medborgarlöften.\n\nPolisen har "
        "tecknat nya medborgarlöften med kommunen."
    )
    facts = facts_at(names, "https://www.vannas.se/nyheter/medborgarloften", "2023-03-06")
    assert not [n for n in facts.nodes if isinstance(n, Person)]
    card = (
        "Kontakt\n\nLotta Provén Berg\n\nLotta Provén Berg\n\nRegional utvecklingssamordnare"
        " kultur\n\nRegion Kronoberg\n"
    )
    facts = facts_at(card, "https://www.regionkronoberg.se/kultur/kontakt/", "2023-03-06")
    assert [n.name for n in facts.nodes if isinstance(n, Person)] == ["Lotta Provén Berg"]


def test_recipients_in_a_list_of_sums_that_shares_out_money_are_organisations() -> None:
    text = (
        "Nyheter\n\nInför 2025 ska stödet fördelas enligt följande:\n\n \u2022 Filmregion "
        "Provost 200 000 kronor.\n \u2022 Provby läns Musikstiftelse 400 000 kronor.\n"
        " \u2022 Provby konsthall 800 000 kronor.\n\nSamtliga belopp gäller 2025.\n\n"
        "Kostnaderna fördelas så här:\n\n \u2022 Lokaler 100 000 kronor.\n"
    )
    facts = facts_at(text, "https://www.regionkalmar.se/nyhetslista/kulturstod/", "2024-10-07")
    names = {n.name for n in facts.nodes if isinstance(n, Organization)}
    assert {"Filmregion Provost", "Provby läns Musikstiftelse", "Provby konsthall"} <= names
    assert "Lokaler" not in names  # a cost shared out, not money given to anyone


def test_an_associations_own_acronym_is_part_of_its_name() -> None:
    text = (
        "Nyheter\n\nStrategin har tagits fram med Polismyndigheten och Riksförbundet PROV "
        "(Provförbundet för stöd) i länet."
    )
    facts = facts_at(text, "https://www.regionostergotland.se/nyheter/strategi/", "2022-06-09")
    ids = {n.id for n in facts.nodes if isinstance(n, Organization)}
    assert (
        "Organization:org:riksforbundet-prov" in ids and "Organization:org:riksforbundet" not in ids
    )


def test_a_list_of_name_over_title_cards_keeps_every_card() -> None:
    text = (
        "Våra medarbetare\n\nEva Provén\n\nSamordnare\n\nBo Testlund\n\nStrateg\n\n"
        "Region Kronoberg\n"
    )
    facts = facts_at(text, "https://www.regionkronoberg.se/kontakt/", "2023-05-15")
    titles = {
        (k.from_id.removeprefix("Person:person:"), k.title)
        for k in links(facts, LinkType.HOLDS_ROLE)
    }
    assert titles == {("eva-proven", "Samordnare"), ("bo-testlund", "Strateg")}

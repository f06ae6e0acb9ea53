"""ingest.readers.web_source.load_url against the local test site, through to extracted facts."""

from __future__ import annotations

import hashlib

import pytest

from graph.edges import LinkType
from graph.ids import digest, make_id
from graph.nodes import Decision, Person
from ingest.errors import IngestError
from ingest.pipeline import extract
from ingest.readers.fetch import FetchLimits, canonical_url
from ingest.readers.web_source import LinkedFile, load_url
from tests.ingest.helpers import assert_evidence_rules, links, node
from tests.ingest.web.conftest import LOCAL, NEWS_PATH, PAGES, PDF_PATH, SUMMARY_PDF_PATH
from tests.ingest.web.server import PageServer

KRAMFORS = "Organization:kommun:2282"
LANSSTYRELSEN = "Organization:lansstyrelse:22"
PLAN = "Document:regional:action-plan:lan:22:2022-2026"
PDF_URL_PATH = "/download/18.3b2c/1708675200000/Regional%20handlingsplan%202022-2026.pdf"


def test_news_page_becomes_a_source(web: PageServer) -> None:
    url = web.url(NEWS_PATH)
    page = load_url(url, policy=LOCAL)
    source = page.source
    assert source.id == make_id("Source", digest(url))
    assert source.uri == url
    assert source.sha256 == hashlib.sha256((PAGES / "nyhet.html").read_bytes()).hexdigest()
    assert source.media_type == "text/html"
    assert source.title == "Kramfors kommun tar nästa steg mot våld i nära relationer"
    assert (source.published_on, source.updated_on) == ("2024-02-23", "2024-02-26")
    assert source.links_to == [web.url(PDF_URL_PATH), web.url(SUMMARY_PDF_PATH)]
    assert page.linked_pdfs == [
        LinkedFile(web.url(PDF_URL_PATH), "Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)"),
        LinkedFile(web.url(SUMMARY_PDF_PATH), "Sammanfattning av handlingsplanen"),
    ]
    assert page.final_url == url
    assert "Den regionala handlingsplanen samordnas av Länsstyrelsen" in source.text
    assert "Anna Andersson, samordnare kvinnofrid, Kramfors kommun" in source.text
    for chrome in ("cookies", "Startsida", "Foto:", "Lyssna", "Politik och val", "872 80"):
        assert chrome not in source.text


def test_facts_of_the_news_page(web: PageServer) -> None:
    facts = extract(load_url(web.url(NEWS_PATH), policy=LOCAL).source)
    assert_evidence_rules(facts)  # verbatim quotes, no phone numbers or e-mail addresses
    ids = {n.id for n in facts.nodes}
    assert {KRAMFORS, LANSSTYRELSEN, "Organization:region:22", PLAN} <= ids
    assert links(facts, LinkType.SIGNED, KRAMFORS, PLAN)
    # The person in the contact block, with the role it states.
    anna = node(facts, "Person:person:anna-andersson")
    assert isinstance(anna, Person) and anna.name == "Anna Andersson"
    (role,) = links(facts, LinkType.HOLDS_ROLE, anna.id, KRAMFORS)
    assert role.title == "Samordnare kvinnofrid"
    assert role.evidence.quote == "Anna Andersson, samordnare kvinnofrid, Kramfors kommun"
    assert role.date == "2024-02-23"  # stated as of the page's publication date
    holm_roles = links(facts, LinkType.HOLDS_ROLE, "Person:person:lena-holm")
    assert {k.evidence.rule for k in holm_roles} == {
        "role.genitive_org_prefix",
        "role.contact_block.org",  # "Lena Holm (S)" / "Ordförande Välfärdsnämnden"
    }


def test_relative_dates_resolve_against_the_page_s_date(web: PageServer) -> None:
    # "beslutade igår" on a page published 23 February 2024, served as ISO-8859-1.
    source = load_url(web.url("/latin1.html"), policy=LOCAL).source
    assert "Välfärdsnämnden i Kramfors kommun beslutade igår" in source.text
    assert "\u2013 Våld är aldrig acceptabelt" in source.text
    facts = extract(source)
    decisions = [n for n in facts.nodes if isinstance(n, Decision)]
    assert [d.date for d in decisions] == ["2024-02-22"]


def test_charset_from_the_meta_tag(web: PageServer) -> None:
    text = load_url(web.url("/meta-charset.html"), policy=LOCAL).source.text
    assert "Välfärdsnämnden i Kramfors kommun" in text and "\u2013 Våld" in text


def test_the_requested_url_is_the_identity_and_links_resolve_against_the_final_url(
    web: PageServer,
) -> None:
    page = load_url(web.url("/hopp/1"), policy=LOCAL)
    assert page.source.uri == web.url("/hopp/1")
    assert page.source.id == make_id("Source", digest(web.url("/hopp/1")))
    assert page.final_url == web.url(NEWS_PATH)
    # "bilagor/sammanfattning.pdf" on /nyheter/2024/nyhet.html, not on /hopp/.
    assert web.url(SUMMARY_PDF_PATH) in page.source.links_to


def test_the_same_url_gives_the_same_source(web: PageServer) -> None:
    first = load_url(web.url(NEWS_PATH), policy=LOCAL).source
    again = load_url(
        web.url(NEWS_PATH) + "#kontakt", policy=LOCAL
    ).source  # the fragment is not sent
    assert (again.id, again.uri, again.sha256) == (first.id, first.uri, first.sha256)


def test_a_linked_pdf_s_uri_is_the_identity_loading_it_gives(web: PageServer) -> None:
    page = load_url(web.url(NEWS_PATH), policy=LOCAL)
    spelled = web.url(PDF_PATH)  # with spaces, as a person might paste it
    assert canonical_url(spelled) == page.source.links_to[0]


def test_a_linked_pdf_is_read_into_a_paged_source(web: PageServer) -> None:
    page = load_url(web.url(NEWS_PATH), policy=LOCAL)
    pdf = load_url(page.linked_pdfs[0].uri, policy=LOCAL)
    source = pdf.source
    assert source.uri == page.source.links_to[0]
    assert source.media_type == "application/pdf"
    assert source.title == "Regional handlingsplan 2022-2026"
    assert len(source.page_starts) == 2
    inledning = source.text.index("1. Inledning")
    assert (source.page_at(inledning), source.section_at(inledning)) == (2, "1. Inledning")
    assert pdf.linked_pdfs == [] and source.links_to == []
    facts = extract(source)
    (signed,) = links(facts, LinkType.SIGNED, KRAMFORS, PLAN)
    assert signed.date == "2022-03-22"


def test_a_broken_pdf_is_an_error_naming_the_url(web: PageServer) -> None:
    url = web.url("/trasig.pdf")
    with pytest.raises(IngestError) as caught:
        load_url(url, policy=LOCAL)
    assert str(caught.value).startswith(f"{url}: ")
    assert "PDF" in str(caught.value)


def test_plain_text_is_read_as_a_txt_file(web: PageServer) -> None:
    source = load_url(web.url("/text.txt"), policy=LOCAL).source
    assert source.media_type == "text/plain"
    assert source.text.startswith("28 juni 2022\n\nSamverkan mot våld i nära relationer\n")
    assert source.title == "Samverkan mot våld i nära relationer"
    assert (source.published_on, source.updated_on) == ("2022-06-28", "2022-07-01")
    assert source.links_to == []


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/tom.html", "no main content"),
        ("/tomt-svar", "empty response"),
        ("/saknas", "HTTP 404 Not Found"),
        ("/bild.png", "unsupported content type 'image/png'"),
        ("/loop/a", "redirect loop"),
    ],
)
def test_failures_are_ingest_errors_naming_the_url(web: PageServer, path: str, reason: str) -> None:
    url = web.url(path)
    with pytest.raises(IngestError) as caught:
        load_url(url, policy=LOCAL)
    assert str(caught.value).startswith(f"{url}: ")
    assert reason in str(caught.value)


def test_limits_are_passed_through(web: PageServer) -> None:
    with pytest.raises(IngestError, match="response too large"):
        load_url(web.url(NEWS_PATH), limits=FetchLimits(max_bytes=1024), policy=LOCAL)

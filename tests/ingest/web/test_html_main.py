"""ingest.readers.html_main on markup: what counts as main content, contacts, dates, linked PDFs."""

from __future__ import annotations

import pytest

from ingest.errors import IngestError
from ingest.readers.html_main import LinkedFile, MainContent, extract_main
from tests.ingest.web.conftest import PAGES

ORIGIN = "https://www.kramfors.se/nyheter/2024/nyhet.html"
BODY = (
    "<p>Kramfors kommun har undertecknat Regional handlingsplan 2022-2026 för arbetet mot "
    "mäns våld mot kvinnor och våld i nära relationer. Länsstyrelsen Västernorrland "
    "samordnar arbetet i länet och följer upp det varje år tillsammans med kommunerna.</p>"
)


def _news() -> MainContent:
    return extract_main((PAGES / "nyhet.html").read_text(encoding="utf-8"), ORIGIN)


def _page(body: str, head: str = "") -> MainContent:
    return extract_main(f"<html><head>{head}</head><body>{body}</body></html>", ORIGIN)


@pytest.mark.parametrize(
    "chrome",
    [
        "cookies",  # the cookie banner
        "Godkänn alla",
        "Hoppa till huvudinnehållet",  # the skip link
        "Bygga, bo & miljö",  # the main menu
        "Startsida",  # breadcrumbs
        "Nyhetsarkiv",
        "Politik och val",  # the side menu
        "Lyssna",  # the ReadSpeaker button
        "Sök",
        "Foto:",  # photo credits, in a figcaption and in a credit span
        "ceremoni i Härnösand",  # the figcaption's text
        "skakar hand",  # alt text is not page text
        "Relaterade sidor",  # the aside's link list
        "872 80 Kramfors",  # the site footer's address
        "Tillgänglighetsredogörelse",
        "window.sv",  # scripts and styles
        "position: fixed",
    ],
)
def test_news_page_has_no_chrome(chrome: str) -> None:
    assert chrome.casefold() not in _news().text.casefold()


def test_news_page_keeps_the_article_in_order() -> None:
    lines = [line for line in _news().text.splitlines() if line]
    assert lines[:3] == [
        "Kramfors kommun tar nästa steg mot våld i nära relationer",
        "Publicerad 23 februari 2024",
        "Kramfors kommun har undertecknat Regional handlingsplan 2022-2026 för arbetet mot "
        "mäns våld mot kvinnor och våld i nära relationer. Nu tar kommunen fram en egen "
        "handlingsplan.",
    ]
    assert "Fyra målsättningar" in lines
    # List items carry bullets, the form the list rules read.
    assert "• Effektivare brottsbekämpning." in lines
    assert "• Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)" in lines


def test_contact_blocks_follow_the_main_text_one_group_per_person() -> None:
    text = _news().text
    article_end = text.index("Mer om kvinnofrid i Kramfors")
    contacts = text[text.index("Frågor kring nyheten?") :]
    assert text.index("Sidansvarig: Maria Lind") > article_end
    assert text.index("Frågor kring nyheten?") > article_end
    assert contacts == (
        "Frågor kring nyheten?\n\n"
        "Anna Andersson, samordnare kvinnofrid, Kramfors kommun\n"
        "Telefon: 0612-801 67\n"
        "anna.andersson@kramfors.se\n\n"
        "Lena Holm (S)\n"
        "Ordförande Välfärdsnämnden\n"
        "0612-802 10"
    )
    assert text.count("Anna Andersson") == 1  # moved, not copied


def test_news_page_heading_dates_and_pdf_links() -> None:
    news = _news()
    assert news.heading == "Kramfors kommun tar nästa steg mot våld i nära relationer"
    assert (news.published_on, news.updated_on) == ("2024-02-23", "2024-02-26")
    assert news.linked_files == (
        LinkedFile(
            "https://www.kramfors.se/download/18.3b2c/1708675200000/"
            "Regional%20handlingsplan%202022-2026.pdf",
            "Regional handlingsplan 2022-2026 (Pdf, 920.1 kB)",
        ),
        # relative to the page's URL
        LinkedFile(
            "https://www.kramfors.se/nyheter/2024/bilagor/sammanfattning.pdf",
            "Sammanfattning av handlingsplanen",
        ),
    )  # not the PDFs linked from the side menu or the site footer


def test_links_resolve_against_base_href_and_pdf_is_known_by_its_link_text() -> None:
    page = _page(
        f"<main><h1>Handlingsplan mot våld</h1>{BODY}"
        '<p><a href="dokument/plan?id=4">Handlingsplan 2024 (pdf, 1 MB)</a> '
        '<a href="plan.html">Om planen</a> <a href="mailto:a@kramfors.se">Mejla</a> '
        '<a href="bilaga.PDF#sida=2">Bilaga</a> <a href="bilaga.PDF">Bilaga igen</a></p></main>',
        head='<base href="https://dokument.kramfors.se/arkiv/">',
    )
    assert page.linked_files == (
        LinkedFile(
            "https://dokument.kramfors.se/arkiv/dokument/plan?id=4",
            "Handlingsplan 2024 (pdf, 1 MB)",
        ),
        LinkedFile("https://dokument.kramfors.se/arkiv/bilaga.PDF", "Bilaga"),
    )


def test_links_resolve_against_the_final_url_when_given() -> None:
    markup = f'<main><h1>Handlingsplan</h1>{BODY}<a href="bilaga.pdf">Bilaga</a></main>'
    page = extract_main(
        markup, "https://www.kramfors.se/n", base_url="https://www.kramfors.se/a/b/"
    )
    assert [f.uri for f in page.linked_files] == ["https://www.kramfors.se/a/b/bilaga.pdf"]


def test_the_text_s_own_dates_win_over_meta_tags() -> None:
    head = (
        '<meta property="article:published_time" content="2024-03-01T10:00:00+01:00">'
        '<meta property="article:modified_time" content="2024-03-05T10:00:00+01:00">'
    )
    page = _page(
        f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}"
        "<p>Publicerad 23 februari 2024, senast uppdaterad 26 februari 2024</p></main>",
        head,
    )
    assert (page.published_on, page.updated_on) == ("2024-02-23", "2024-02-26")


def test_meta_tags_fill_in_when_the_text_has_no_date() -> None:
    head = (
        # 23:30 UTC on the 22nd is past midnight in Sweden: the 23rd.
        '<meta property="article:published_time" content="2024-02-22T23:30:00Z">'
        '<meta name="DC.date.modified" content="2024-02-26">'
    )
    page = _page(f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}</main>", head)
    assert (page.published_on, page.updated_on) == ("2024-02-23", "2024-02-26")


def test_time_element_dates() -> None:
    labelled = _page(
        f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}"
        '<p>Senast ändrad <time datetime="2024-02-26T08:00">måndag</time></p></main>',
        '<meta property="article:modified_time" content="2024-03-05">',
    )
    assert labelled.updated_on == "2024-02-26"  # over the meta tag
    empty = _page(
        f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}"
        '<p>Publicerad: <time datetime="2024-02-23T08:00:00+01:00"></time></p></main>'
    )
    assert empty.published_on == "2024-02-23"  # an empty <time>, its label before it
    opening = _page(
        '<main><h1>Rubrik om våld i nära relationer</h1><time datetime="2024-02-23">fre 23/2</time>'
        f'{BODY}<p>Mötet hålls <time datetime="2024-04-10">10 april</time>.</p></main>'
    )
    assert opening.published_on == "2024-02-23"  # the time opening the article, not the event
    late = _page(
        f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}"
        '<p>Mötet hålls <time datetime="2024-04-10">10 april</time>.</p></main>'
    )
    assert late.published_on is None


def test_dates_in_sentences_are_not_page_dates() -> None:
    page = _page(
        f"<main><h1>Rubrik om våld i nära relationer</h1>{BODY}"
        "<p>Handlingsplanen uppdaterades 12 mars 2023 och publicerades 1 april 2023.</p></main>"
    )
    assert (page.published_on, page.updated_on) == (None, None)


def test_without_main_the_densest_block_is_taken() -> None:
    page = _page(
        '<div id="top"><ul><li><a href="/a">Stöd &amp; omsorg</a></li>'
        '<li><a href="/b">Kommun &amp; demokrati</a></li></ul></div>'
        '<div class="wrapper"><div class="col-left"><p><a href="/c">Politik och val i '
        "Kramfors kommun och mycket annat att läsa om</a></p></div>"
        f'<div class="col-main"><h1>Handlingsplan mot våld</h1>{BODY}{BODY}</div></div>'
        "<div><p>Kramfors kommun, 872 80 Kramfors</p></div>"
    )
    assert page.text.startswith("Handlingsplan mot våld\n\nKramfors kommun har undertecknat")
    assert "Politik och val" not in page.text and "872 80" not in page.text


def test_a_heading_above_the_main_region_still_titles_it() -> None:
    page = _page(f'<div class="hero"><h1>Handlingsplan mot våld</h1></div><main>{BODY}</main>')
    assert page.heading == "Handlingsplan mot våld"
    assert page.text.startswith("Handlingsplan mot våld\n\nKramfors kommun har")


def test_tables_become_pipe_rows_and_ordered_lists_are_numbered() -> None:
    page = _page(
        f"<main><h1>Handlingsplan mot våld</h1>{BODY}"
        "<table><thead><tr><th>Aktivitet</th><th>Ansvarig</th><th>Tidplan</th></tr></thead>"
        "<tbody><tr><td>Utbilda personalen</td><td><p>Enhetschef</p></td><td>2024</td></tr>"
        "<tr><td>Informera om våld</td><td>Samordnare</td><td></td></tr></tbody></table>"
        '<ol start="3"><li>Tredje steget</li><li>Fjärde steget</li></ol></main>'
    )
    assert (
        "Aktivitet | Ansvarig | Tidplan\n"
        "Utbilda personalen | Enhetschef | 2024\n"
        "Informera om våld | Samordnare |"
    ) in page.text
    assert "3. Tredje steget\n4. Fjärde steget" in page.text


def test_a_contact_heading_inside_the_article_takes_the_lines_under_it() -> None:
    page = _page(
        f"<main><h1>Handlingsplan mot våld</h1>{BODY}<h2>Kontakt</h2>"
        "<p>Jill Arkeflod</p><p>Samordnare</p><p>jill.arkeflod@kramfors.se</p>"
        "<h2>Bakgrund</h2><p>Planen togs fram 2021.</p></main>"
    )
    assert page.text.endswith(
        "Bakgrund\n\nPlanen togs fram 2021.\n\n"
        "Kontakt\n\nJill Arkeflod\nSamordnare\njill.arkeflod@kramfors.se"
    )


def test_a_contact_page_is_main_content() -> None:
    people = "".join(
        f'<div class="contact-card"><p>{name}</p><p>{role}</p><p>0612-800 00</p></div>'
        for name, role in [
            ("Anna Andersson", "Samordnare kvinnofrid"),
            ("Jill Arkeflod", "Samordnare"),
            ("Peter Carlstedt", "Kommundirektör"),
            ("Lena Holm", "Ordförande Välfärdsnämnden"),
        ]
    )
    page = _page(
        f"<main><h1>Kontakt</h1><p>Här når du oss som arbetar med kvinnofrid.</p>{people}</main>"
    )
    assert page.heading == "Kontakt"
    assert page.text.startswith("Kontakt\n\nHär når du oss")
    assert "Jill Arkeflod\nSamordnare\n0612-800 00\n\nPeter Carlstedt" in page.text


def test_visually_hidden_and_invisible_text_is_left_out() -> None:
    page = _page(
        f"<main><h1>Handlingsplan mot våld</h1>{BODY}"
        '<p>Läs mer hos <a href="https://www.lansstyrelsen.se/">Länsstyrelsen'
        '<span class="sv-visuallyhidden">, länk till annan webbplats</span></a>.</p>'
        '<div hidden>Gammal text</div><div style="display: none">Dold text</div></main>'
    )
    assert "Läs mer hos Länsstyrelsen." in page.text
    for hidden in ("annan webbplats", "Gammal text", "Dold text"):
        assert hidden not in page.text


def test_text_is_nfc_without_soft_hyphens() -> None:
    page = _page(f"<main><h1>Va\u0308ster\u00adnorrland</h1>{BODY}</main>")
    assert page.heading == "Västernorrland"
    assert page.text.startswith("Västernorrland\n")


@pytest.mark.parametrize(
    "body",
    [
        "",
        '<div class="cookie-consent"><h2>Cookies</h2><p>Vi använder cookies för att förbättra '
        "din upplevelse på hemsidan. Genom att fortsätta godkänner du vår användning av "
        "cookies. Läs mer om hur vi använder kakor och hur du ändrar dina inställningar.</p></div>"
        "<main><h1>Sök</h1></main>",
        '<nav><ul><li><a href="/a">Stöd och omsorg för dig som behöver hjälp i vardagen</a></li>'
        '<li><a href="/b">Kommun och demokrati, politik, val och beslut i Kramfors</a></li>'
        '<li><a href="/c">Bygga, bo och miljö: bygglov, avfall, vatten och avlopp</a></li>'
        '<li><a href="/d">Utbildning och förskola, från förskoleklass till vuxenutbildning</a>'
        "</li></ul></nav><main><h1>Nyheter</h1><p>Här hittar du nyheter.</p></main>",
    ],
    ids=["empty", "cookie-banner-only", "navigation-only"],
)
def test_no_main_content_is_an_error_naming_the_origin(body: str) -> None:
    with pytest.raises(IngestError) as caught:
        _page(body)
    assert str(caught.value).startswith(f"{ORIGIN}: no main content")

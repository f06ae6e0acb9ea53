from __future__ import annotations

from ingest import ids
from ingest.language.gazetteer import (
    counties,
    county_board_by_name,
    county_by_name,
    municipalities,
    municipality_by_name,
    national_body_by_name,
)


def test_full_tables() -> None:
    assert len(municipalities()) == 290
    assert len(counties()) == 21
    assert len({m.code for m in municipalities()}) == 290
    assert all(m.code[:2] == m.county_code for m in municipalities())


def test_kramfors() -> None:
    kramfors = municipality_by_name("Kramfors kommun")
    assert kramfors is not None
    assert (kramfors.code, kramfors.county_code) == ("2282", "22")
    assert municipality_by_name("kramfors") == kramfors
    assert ids.municipality_id(kramfors.code) == "Organization:kommun:2282"


def test_county_name_forms() -> None:
    for form in ("Västernorrland", "Västernorrlands län", "västernorrlands"):
        county = county_by_name(form)
        assert county is not None and county.code == "22", form
    skane = county_by_name("Skåne")
    assert skane is not None and skane.code == "12"


def test_both_lansstyrelsen_spellings_are_one_id() -> None:
    a = county_board_by_name("Länsstyrelsen Västernorrland")
    b = county_board_by_name("Länsstyrelsen i Västernorrlands län")
    assert a is not None and b is not None
    assert (
        ids.county_board_id(a.code) == ids.county_board_id(b.code) == "Organization:lansstyrelse:22"
    )
    assert county_board_by_name("Länsstyrelsen Narnia") is None


def test_national_bodies_by_alias() -> None:
    skr = national_body_by_name("SKR")
    assert skr is not None and skr == national_body_by_name("Sveriges Kommuner och Regioner")
    assert ids.national_body_id(skr.key) == "Organization:nationell:skr"
    assert national_body_by_name("Socialstyrelsen") is not None


def test_added_national_bodies_have_slug_keys_and_kinds() -> None:
    from graph.nodes import OrganizationKind

    for name, key in (
        ("Brottsoffermyndigheten", "brottsoffermyndigheten"),
        ("Trafikverket", "trafikverket"),
        ("Jämställdhetsmyndigheten", "jamstalldhetsmyndigheten"),
        ("Kriminalvården", "kriminalvarden"),
        ("MSB", "msb"),
    ):
        body = national_body_by_name(name)
        assert body is not None and body.key == key, name
        assert body.kind is OrganizationKind.AGENCY
    assert national_body_by_name("Lokala brottsförebyggande rådet") is None

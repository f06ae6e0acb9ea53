"""Forum rules on small invented texts."""

from __future__ import annotations

from graph.nodes import Organization, OrganizationKind, Source
from ingest.pipeline import extract

from .helpers import assert_evidence_rules


def _forums(text: str) -> dict[str, str]:
    facts = extract(
        Source(id="Source:t", uri="file:///t.txt", sha256="0", media_type="text/plain", text=text)
    )
    assert_evidence_rules(facts)
    return {
        n.id: n.name
        for n in facts.nodes
        if isinstance(n, Organization) and n.kind is OrganizationKind.FORUM
    }


def test_topic_complement_is_part_of_the_name() -> None:
    forums = _forums("Länsstyrelsen Västerbotten. Regional ledningsgrupp mot våld leder arbetet.")
    forum_id = "Organization:forum:lan:24:regional-ledningsgrupp-mot-vald"
    assert forums == {forum_id: "Regional ledningsgrupp mot våld"}


def test_council_compound_with_county_name() -> None:
    forums = _forums(
        "Länsstyrelsen Gävleborg. Uppföljningen görs av Regionalt kvinnofridsråd Gävleborg."
    )
    assert set(forums) == {"Organization:forum:lan:21:regionalt-kvinnofridsrad-gavleborg"}


def test_definite_council_with_county_name() -> None:
    forums = _forums("Region Kronoberg. Barnrättsrådet Kronoberg följer upp överenskommelsen.")
    assert forums == {
        "Organization:forum:lan:07:barnrattsradet-kronoberg": "Barnrättsrådet Kronoberg"
    }


def test_local_council() -> None:
    forums = _forums("Mora kommun. Lokala brottsförebyggande rådet följer upp.")
    assert set(forums) == {"Organization:forum:kommun:2062:lokala-brottsforebyggande-radet"}


def test_kommunens_council_takes_the_definite_name() -> None:
    forums = _forums("Skellefteå kommun. Planen följs upp av kommunens folkhälsoråd.")
    assert forums == {"Organization:forum:kommun:2482:folkhalsoradet": "Folkhälsorådet"}


def test_generic_councils_are_not_forums() -> None:
    assert _forums("Mora kommun. Socialstyrelsens allmänna råd gäller. Ett råd bildas.") == {}
    assert _forums("Mora kommun. Rådet och ledningsgruppen träffas.") == {}

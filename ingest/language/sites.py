"""The organisation whose web site a page comes from, read off its URL.

Why: a municipality's own news rarely names itself in full ("Kommunfullmäktige
antog ..."), yet its committees, "kommunen" and its documents all need the
municipality for their ids. The site says whose page it is, as a reader sees
from the address bar. Hosts are matched by the organisations' own names
(alingsas.se, upplandsvasby.se, habokommun.se, boverket.se), the regions' hosts
in regions.csv, a few irregular hosts below, and lansstyrelsen.se/<county>/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from graph.ids import slug
from graph.nodes import OrganizationKind
from ingest.language.gazetteer import counties, municipalities, national_bodies, regions

__all__ = ["SiteOwner", "release_sender", "site_owner"]

# Agencies whose host is not their name.
_IRREGULAR_HOSTS = {
    "polisen": "polismyndigheten",
    "aklagare": "aklagarmyndigheten",
    "stat-inst": "sis",
    "digg": "myndigheten-for-digital-forvaltning",
    "pts": "post-och-telestyrelsen",
    "uhr": "universitets-och-hogskoleradet",
    "myh": "myndigheten-for-yrkeshogskolan",
    "spsm": "specialpedagogiska-skolmyndigheten",
    "kemi": "kemikalieinspektionen",
    "scb": "statistiska-centralbyran",
    "esv": "ekonomistyrningsverket",
    "av": "arbetsmiljoverket",
    "havochvatten": "havs-och-vattenmyndigheten",
    "raa": "riksantikvarieambetet",
    "do": "diskrimineringsombudsmannen",
    "tlv": "tandvards-och-lakemedelsformansverket",
    "sgu": "sveriges-geologiska-undersokning",
    "mfd": "myndigheten-for-delaktighet",
    "sbu": "statens-beredning-for-medicinsk-och-social-utvardering",
    "ei": "energimarknadsinspektionen",
    "vardanalys": "myndigheten-for-vard-och-omsorgsanalys",
    "svk": "svenska-kraftnat",
    "government": "regeringen",
    "trafa": "trafikanalys",
    "vr": "vetenskapsradet",
    "fi": "finansinspektionen",
    "sgi": "statens-geotekniska-institut",
    "kulturanalys": "myndigheten-for-kulturanalys",
    "mprt": "mediemyndigheten",
    "specialpedagogiska": "specialpedagogiska-skolmyndigheten",
    "domstol": "domstolsverket",
    "psychologicaldefence": "myndigheten-for-psykologiskt-forsvar",
}
# Municipalities whose host is not their name.
_IRREGULAR_MUNICIPAL_HOSTS = {"herjedalen": "2361", "ovik": "2284", "hudik": "2184"}
# Newsrooms that host many organisations' releases, the organisation in the path:
# news.cision.com/se/naringsdepartementet/..., newsroom.notified.com/region-vastmanland/...
_NEWSROOMS = ("cision.com", "notified.com", "mynewsdesk.com")
# Hosts that distribute many senders' press releases: the site is not the publisher.
_DISTRIBUTORS = (*_NEWSROOMS, "via.tt.se")
# Hosts of uploaded documents, whose address is a slug of the document's first words:
# docplayer.se/17501419-tomelilla-kommun-kommunstyrelsens-arbetsutskott.html.
_DOCUMENT_HOSTS = ("docplayer.se", "5dok.org")
_SLUG_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SiteOwner:
    """Whose site: a municipality (key = kommunkod), a region or county board (key =
    länskod), or a national body (key = its gazetteer key)."""

    kind: OrganizationKind
    key: str


def _bare(text: str) -> str:
    return slug(text).replace("-", "")


@cache
def _label_index() -> dict[str, SiteOwner]:
    index: dict[str, SiteOwner] = {}
    for body in national_bodies():
        owner = SiteOwner(body.kind, body.key)
        for form in (body.key, body.name, *body.aliases):
            index.setdefault(_bare(form), owner)
    for label, key in _IRREGULAR_HOSTS.items():
        body = next(b for b in national_bodies() if b.key == key)
        index[_bare(label)] = SiteOwner(body.kind, key)
    for c in counties():
        region = SiteOwner(OrganizationKind.REGION, c.code)
        index[_bare(f"region{c.short_name}")] = region
        index[_bare(f"region {c.name}")] = region  # newsroom "region-orebro-lan"
        board = SiteOwner(OrganizationKind.COUNTY_BOARD, c.code)  # newsroom paths
        index[_bare(f"länsstyrelsen {c.short_name}")] = board
        index[_bare(f"länsstyrelsen i {c.name}")] = board
        index[_bare(f"lst{c.short_name}")] = board  # newsroom "lstblekinge"
    for label, code in _IRREGULAR_MUNICIPAL_HOSTS.items():
        index[label] = SiteOwner(OrganizationKind.MUNICIPALITY, code)
    for m in municipalities():  # municipalities last: a name never shadows an agency
        owner = SiteOwner(OrganizationKind.MUNICIPALITY, m.code)
        # "Flens kommun", "halmstadskommun": the genitive form of the name too.
        genitive = m.name if m.name.endswith(("s", "x", "z")) else f"{m.name}s"
        for form in (m.name, f"{m.name}kommun", f"{m.name}stad", f"{genitive}kommun"):
            index.setdefault(_bare(form), owner)
    return index


def _county_board(path: str) -> SiteOwner | None:
    first = next((p for p in path.split("/") if p), "")
    for c in counties():
        if _bare(first) == _bare(c.short_name):
            return SiteOwner(OrganizationKind.COUNTY_BOARD, c.code)
    return None


def _newsroom_label(label: str) -> SiteOwner | None:
    """A newsroom's label for its sender, which may spell å, ä and ö as mynewsdesk does:
    "tillvaextverket" (Tillväxtverket), "regionvaesterbotten"."""
    bare = _bare(label)
    index = _label_index()
    spelled = bare.replace("aa", "a").replace("ae", "a").replace("oe", "o")
    return index.get(bare) or index.get(spelled)


def _office_label(label: str) -> SiteOwner | None:
    """ "arbetsformedlingen-vasternorrland", "polisen-skane": an agency's newsroom for one
    of its regional offices, the agency's name then a place's."""
    parts = label.split("-")
    for cut in range(len(parts) - 1, 0, -1):
        place = _bare(" ".join(parts[cut:]))
        if place not in _place_words():
            continue
        found = _newsroom_label("-".join(parts[:cut]))
        kinds = (OrganizationKind.AGENCY, OrganizationKind.GOVERNMENT)
        return found if found is not None and found.kind in kinds else None
    return None


@cache
def _place_words() -> frozenset[str]:
    """Counties', regions' and municipalities' names as a newsroom label writes them."""
    names = {_bare(c.short_name) for c in counties()} | {_bare(m.name) for m in municipalities()}
    return frozenset(names)


def _from_path(path: str) -> SiteOwner | None:
    for segment in (p for p in path.split("/") if p):
        # "statens_energimyndighet__stem": the sender's name, then its short name
        found = _newsroom_label(segment) or _newsroom_label(segment.split("__")[0])
        found = found or _office_label(segment)
        if found is not None:
            return found
        # "kulturstad_lindesberg": a municipality's newsroom named with a word before it
        parts = [_newsroom_label(p) for p in segment.split("_")[1:]]
        towns = [p for p in parts if p is not None and p.kind is OrganizationKind.MUNICIPALITY]
        if len(towns) == 1 and len(parts) == 1:
            return towns[0]
    return None


_TOWN_HALLS = frozenset({"kommunkontoret", "kommunhuset", "stadshuset", "radhuset"})


def _from_slug(path: str) -> SiteOwner | None:
    """The first organisation a document's slug names: "<name>[s]-kommun|stad", or
    "landstinget|region-<county>" (a region), or the town hall a meeting sat in
    ("kommunkontoret-surahammar"). On a copy of minutes these are the words
    of its masthead, so the organisation is the one whose record it is."""
    words = _SLUG_WORD.findall(path.lower())
    index = _label_index()
    for i, word in enumerate(words):
        if word in ("kommun", "stad") and i > 0:
            for form in (words[i - 1], "".join(words[max(0, i - 2) : i])):
                found = index.get(form + word) or index.get(form.removesuffix("s") + word)
                if found is not None and found.kind is OrganizationKind.MUNICIPALITY:
                    return found
        # "kommunkontoret-surahammar": the meeting's place, the town hall of its municipality
        if word in _TOWN_HALLS and i + 1 < len(words):
            for form in (words[i + 1] + "kommun", words[i + 1] + "skommun"):
                found = index.get(form)
                if found is not None and found.kind is OrganizationKind.MUNICIPALITY:
                    return found
        if word in ("landstinget", "region") and i + 1 < len(words):
            found = index.get("region" + words[i + 1])
            if found is not None and found.kind is OrganizationKind.REGION:
                return found
    return None


def site_owner(uri: str) -> SiteOwner | None:
    """The organisation whose site an http(s) URI is on, if the host says so."""
    try:
        parts = urlsplit(uri)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host:
        return None
    host = host.removeprefix("www.")
    if host == "lansstyrelsen.se":
        return _county_board(parts.path)
    for region in regions():
        if any(host == h or host.endswith("." + h) for h in region.hosts):
            return SiteOwner(OrganizationKind.REGION, region.county_code)
    if host.endswith(_NEWSROOMS):  # "tillvaextverket.mynewsdesk.com", ".../se/region_skane"
        sub = next((host.removesuffix("." + n) for n in _NEWSROOMS if host.endswith("." + n)), "")
        return (_newsroom_label(sub) if sub else None) or _from_path(parts.path)
    if host.endswith(_DOCUMENT_HOSTS):
        return _from_slug(parts.path)
    labels = host.split(".")[:-1]
    if labels[-1:] == ["regeringen"]:
        return _label_index()["regeringen"]
    # The registrable label first, then the one before it ("sollentuna.miljobarometern.se").
    for label in reversed(labels[-2:]):
        found = _label_index().get(_bare(label))
        if found is not None:
            return found
    # A city's own top-level domain: start.stockholm.
    found = _label_index().get(_bare(host.rsplit(".", 1)[-1]))
    if found is not None and found.kind is OrganizationKind.MUNICIPALITY:
        return found
    return None


_FIRST_LINE = re.compile(r"[^\S\n]*(\S[^\n]*)")
_NEXT_LINE = re.compile(r"\s*(\S[^\n]*)")
# A distributor's page chrome above the sender's name.
_CHROME_LINE = re.compile(r"(?:Skip to main content|Hoppa till (?:huvud)?innehåll\w*)\s*$", re.I)


def release_sender(uri: str, text: str) -> SiteOwner | None:
    """On a press-release distributor (mynewsdesk, cision, via.tt.se) whose address
    names no sender, the sender its release names on its first line, as these sites
    print it above the headline: "Region Värmland", "Flens kommun"."""
    try:
        host = (urlsplit(uri).hostname or "").lower()
    except ValueError:
        return None
    if not host.endswith(_DISTRIBUTORS):
        return None
    first = _FIRST_LINE.match(text)
    while first is not None and _CHROME_LINE.match(first.group(1)):  # "Skip to main content"
        first = _NEXT_LINE.match(text, first.end())
    if first is None or len(first.group(1)) > 60:
        return None
    return _label_index().get(_bare(first.group(1)))


_MIN_PLACE = 4  # "umea": shorter names ("ale", "eda") are parts of other words


def _host_label(uri: str) -> str | None:
    """The registrable label of a host, bare and without digits ("skelleftea2030.se" ->
    "skelleftea")."""
    try:
        host = (urlsplit(uri).hostname or "").lower()
    except ValueError:
        return None
    labels = host.removeprefix("www.").split(".")[:-1]
    return re.sub(r"\d+", "", _bare(labels[-1])) if labels else None


def host_municipality(uri: str) -> str | None:
    """The municipality a site no registry names is about, by its address: a host label
    that opens or ends with one municipality's name ("vartlulea.se", "skelleftea2030.se",
    "halmstadsnaringsliv.se"). Not an owner: who publishes there is not said, only whose
    municipality "kommunen" on the page is."""
    label = _host_label(uri)
    if label is None:
        return None
    spans = [
        (0, len(name)) if label.startswith(name) else (len(label) - len(name), len(label))
        for name in _county_words()
        if label.startswith(name) or label.endswith(name)
    ]
    found = set()
    for name, code in _municipality_words():
        for start in (0, len(label) - len(name)):
            if label[start : start + len(name)] != name:
                continue
            # "kronoberg" holds "berg", "jamtlandharjedalen" "harjedalen": the county's
            if not any(
                s <= start and start + len(name) <= e and e - s > len(name) for s, e in spans
            ):
                found.add(code)
    return found.pop() if len(found) == 1 else None


def host_county(uri: str) -> str | None:
    """The county a site no registry names is about, by its address: a host label that
    opens or ends with one county's name ("livsstilkronoberg.se", "vardsamverkanskane.se").
    Like host_municipality, not an owner: only whose county "länsstyrelsen" and "regionen"
    on the page are."""
    label = _host_label(uri)
    if label is None:
        return None
    found = {
        code for name, code in _county_codes() if label.startswith(name) or label.endswith(name)
    }
    return found.pop() if len(found) == 1 else None


@cache
def _county_codes() -> tuple[tuple[str, str], ...]:
    """Counties' and regions' names as a host writes them, with the county's code."""
    words = {(_bare(c.short_name), c.code) for c in counties()}
    words |= {(_bare(r.name).removeprefix("region"), r.county_code) for r in regions()}
    return tuple(sorted((w, code) for w, code in words if w))


@cache
def _municipality_words() -> tuple[tuple[str, str], ...]:
    """Municipalities' names as a host writes them, with their codes (asked once per page
    of an unregistered site)."""
    named = ((_bare(m.name), m.code) for m in municipalities())
    return tuple((name, code) for name, code in named if len(name) >= _MIN_PLACE)


@cache
def _county_words() -> tuple[str, ...]:
    """Counties' and regions' names as a host writes them ("kronoberg", "jamtlandharjedalen")."""
    return tuple(sorted({word for word, _ in _county_codes()}))

"""Where an initiative's name ends: at the acronym bracketed after it, or after its
subtitle.

The acronym: "projektet Avancerad digital acceleration i samverkan (ADAS)"; its words'
initials must spell it. Written after the name without brackets ("1. Digital omställning
i Västerbottens industrier DOVI"), it is no part of the name but a short form of it.

The subtitle after a dash: "IDIS - Inkludering och Delaktighet i Samverkan", "Tobacco
Endgame - Rökfritt Sverige 2025", "KVIST - kompetensväxel inom skog och trä".

Why the subtitle: projects are named as a short name and a subtitle, and the subtitle is
part of the name a reader cites (and the id, so the node meets the same project on
another page).
The subtitle runs to a clear stop (a sentence's or line's end, a closing quote, a closing
dash, or a verb: "Leader - Utveckling Hälsingebygden består av ..."); an apposition that
describes ("Växarena 2.0 - ett regionalt projekt") or a clause ("X - som startade 2019")
is none.
"""

from __future__ import annotations

import re

__all__ = ["to_acronym", "to_subtitle", "without_acronym"]

# "projektet Avancerad digital acceleration i samverkan (ADAS)": a name the page gives an
# acronym for runs to the bracket; its words must be lower-case name words.
_TO_ACRONYM = re.compile(
    r"(?P<rest>(?:\s+[a-zåäö][\wåäö-]*){1,4})\s*\((?P<acr>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö0-9]{1,7})\)"
)
_SMALL = frozenset({"i", "och", "för", "om", "mot", "med", "av", "på", "till", "&"})


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The acronym's capitals are the words' initials in order, small words optional
    ("Avancerad digital acceleration i samverkan" -> ADAS)."""
    letters = [c for c in acronym if c.isupper()]
    i = 0
    for word in words:
        if i < len(letters) and word[0].upper() == letters[i]:
            i += 1
        elif word.lower() not in _SMALL:
            return False
    return i == len(letters)


def to_acronym(text: str, name: str, end: int) -> tuple[str, int, str] | None:
    """The name extended to the acronym bracketed after it, its end and the acronym."""
    m = _TO_ACRONYM.match(text, end)
    if m is None or any(w in _SMALL for w in m.group("rest").split()[-1:]):
        return None
    full = " ".join([*name.split(), *m.group("rest").split()])
    if not _initials_fit(full.split(), m.group("acr")):
        return None
    return full, m.start() + len(m.group("rest")), m.group("acr")


_TRAILING_ACRONYM = re.compile(r"\s+(?P<acr>[A-ZÅÄÖ]{3,7})$")


def without_acronym(name: str) -> tuple[str, str] | None:
    """The name without the acronym written after it, and the acronym, if the words'
    initials spell it ("Digital omställning i Västerbottens industrier DOVI")."""
    m = _TRAILING_ACRONYM.search(name)
    if m is None:
        return None
    words = name[: m.start()].split()
    if len(words) < 3 or not _initials_fit(words, m.group("acr")):
        return None
    return " ".join(words), m.group("acr")


_WORD = r"[\wÅÄÖåäö][\wÅÄÖåäö'\u2019&+-]*(?:\.\d+)?"
_NOT_FIRST = (
    r"(?:ett|en|det|den|de|denna|detta|som|vilket|vilken|där|när|och|samt|men|eller|i|för|"
    r"med|till|på|av|om|från|vid|att|ca|cirka|totalt|a|an|the)"
)
_VERB = (
    r"(?:är|var|har|hade|ska|skall|kommer|får|fick|blir|blev|kan|vill|syftar|handlar|pågår|"
    r"pågick|drivs|drevs|leds|startar|startade|genomförs|genomfördes|omfattar|riktar|innebär|"
    r"består|arbetar|ger|gav|finns|fanns|beviljas|beviljades|samlar|utvecklar|erbjuder|"
    r"bidrar|fokuserar|inleds|avslutas|löper|sker|skedde|går|gick)"
)
_SUBTITLE = re.compile(
    rf"[ \t]+[\u2013-][ \t]+(?P<sub>(?!{_NOT_FIRST}\b){_WORD}"
    rf"(?:[ \t]+(?!{_VERB}\b){_WORD}){{0,11}}?)"
    # its stop: punctuation, a line's end, a closing dash, or a verb after it
    rf"(?=[ \t]*(?:[.;:,!?\u201d\"»)]|\n|$|[\u2013-][ \t])|[ \t]+{_VERB}\b)"
)


def to_subtitle(text: str, name: str, end: int) -> tuple[str, int] | None:
    """The name extended over the subtitle after a dash, and its new end."""
    m = _SUBTITLE.match(text, end)
    if m is None or m.group("sub").isupper():  # "X - SKR": an owner's acronym, no subtitle
        return None
    # A lower-case subtitle describes ("Botniska korridoren - fungerande transporter i
    # norra Sverige"), but spells out an acronym ("KVIST - kompetensväxel inom skog och trä").
    if m.group("sub")[0].islower() and not name.isupper():
        return None
    dash = "\u2013" if "\u2013" in text[end : m.start("sub")] else "-"
    return f"{name} {dash} {' '.join(m.group('sub').split())}", m.end("sub")

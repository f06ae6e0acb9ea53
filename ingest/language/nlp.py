"""The spaCy pipeline: blank Swedish tokenizer plus named rules, built once.

Why blank "sv": no statistical Swedish model may be downloaded where this
runs. Organisations come from an EntityRuler whose patterns are generated from
the gazetteers (each entity's ent_id_ is "KIND|key", and KIND names the rule);
persons come from a Matcher whose pattern names are the rule names.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from ingest.language.gazetteer import (
    counties,
    county_associations,
    municipalities,
    national_bodies,
    regions,
)

# Entity kinds the ruler emits (the part of ent_id_ before "|").
MUNICIPALITY = "MUNICIPALITY"
COUNTY_BOARD = "COUNTY_BOARD"
REGION = "REGION"
MUNICIPAL_ASSOCIATION = "MUNICIPAL_ASSOCIATION"
NATIONAL = "NATIONAL"

PARTIES = ("S", "M", "C", "L", "KD", "V", "MP", "SD", "FP")
# Verbs of appointing someone: "har utsett Eva Ek till landshövding".
APPOINTING_VERBS = (
    "utsett",
    "utsåg",
    "utser",
    "utnämnt",
    "utnämnde",
    "utnämner",
    "förordnat",
    "förordnade",
    "förordnar",
)
SPEECH_VERBS = (
    "säger",
    "sade",
    "sa",
    "avslutar",
    "berättar",
    "berättade",
    "menar",
    "konstaterar",
    "fortsätter",
    # More verbs that close a quote in press releases.
    "förklarar",
    "tillägger",
    "understryker",
    "betonar",
    "poängterar",
    "framhåller",
    "påpekar",
    "vidareutvecklar",
    "sammanfattar",
    "skriver",
    "kommenterar",
    "uppger",
    "summerar",
)
ROLE_WORDS = (
    "ordförande",
    "kommundirektör",
    "samordnare",
    "utvecklingssamordnare",
    "utvecklingsledare",
    "verksamhetschef",
    "enhetschef",
    "socialchef",
    "förvaltningschef",
    "kommunalråd",
    "landshövding",
)
# A role word may be a compound ending in one of these heads: "folkhälsostrateg",
# "ANDTS-samordnare", "lokalpolisområdeschef", "utvecklingsledare".
ROLE_HEADS = (
    "ordförande",
    "direktör",
    "chef",
    "samordnare",
    "strateg",
    "ledare",
    "kommunalråd",
    "landshövding",
    "handläggare",
    "sekreterare",
    "koordinator",
    "utredare",
)
ROLE_HEAD_RE = r"(?:[A-Za-zÅÄÖåäö]+-)?[a-zåäö]*(?:" + "|".join(ROLE_HEADS) + r")"
NAME_TOKEN: dict[str, Any] = {
    "TEXT": {"REGEX": r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?$"}
}

Pattern = list[dict[str, Any]]


def _with_genitive(tokens: list[str]) -> list[list[str]]:
    """The name and its genitive ('Kramfors' stays, 'Sundsvall' -> 'Sundsvalls')."""
    variants = [tokens]
    if not tokens[-1].endswith(("s", "x", "z")):
        variants.append([*tokens[:-1], tokens[-1] + "s"])
    return variants


def _exact(tokens: list[str]) -> Pattern:
    return [{"TEXT": t} for t in tokens]


def _org_patterns(nlp: Language) -> list[dict[str, Any]]:
    """Phrase patterns, matched on lower-cased tokens by the ruler's PhraseMatcher (fast,
    and "MÖNSTERÅS KOMMUN" in a minutes' masthead matches too); acronyms stay token
    patterns on the exact text, so that "DO" never matches the word "do"."""

    def toks(text: str) -> list[str]:
        return [t.text for t in nlp.make_doc(text)]

    patterns: list[dict[str, Any]] = []

    def add(kind: str, key: str, *texts: str) -> None:
        for text in texts:
            patterns.append({"label": "ORG", "id": f"{kind}|{key}", "pattern": text})

    def forms(text: str) -> list[str]:
        return [" ".join(v) for v in _with_genitive(toks(text))]

    for m in municipalities():
        if m.official_name.endswith(" kommun"):  # "Falu kommun": not the name plus "kommun"
            add(MUNICIPALITY, m.code, m.official_name, f"{m.official_name}s")
        for name in forms(m.name):
            # "Borås Stad", "Stockholms stad": the name some municipalities go by.
            add(
                MUNICIPALITY,
                m.code,
                *(f"{name} {w}" for w in ("kommun", "kommuns", "stad", "stads")),
            )
    for c in counties():
        for short in forms(c.short_name):
            add(COUNTY_BOARD, c.code, f"länsstyrelsen {short}", f"länsstyrelsens {short}")
            add(REGION, c.code, f"region {short}")
            add(
                MUNICIPAL_ASSOCIATION,
                c.code,
                f"kommunförbundet {short}",
                f"kommunförbundets {short}",
            )
        # "Dalarnas kommunförbund": the county's association named with its genitive.
        add(
            MUNICIPAL_ASSOCIATION,
            c.code,
            f"{c.genitive} kommunförbund",
            f"{c.genitive} kommunförbunds",
        )
        for board in ("länsstyrelsen", "länsstyrelsens"):
            add(COUNTY_BOARD, c.code, f"{board} i {c.genitive} län", f"{board} i {c.genitive} läns")
    # Own names ("Storsthlm", "Skånes Kommuner"), as written: "Skånes kommuner" in lower
    # case is the county's municipalities.
    for association in county_associations():
        for label in (association.name, *association.aliases):
            for variant in forms(label):
                key = f"{MUNICIPAL_ASSOCIATION}|{association.county_code}"
                patterns.append({"label": "ORG", "id": key, "pattern": _exact(variant.split(" "))})
    for region in regions():  # official names: "Västra Götalandsregionen", "Region Sörmland"
        for label in (region.name, *region.aliases):
            _named(patterns, REGION, region.county_code, label, forms)
    for body in national_bodies():
        for label in (body.name, *body.aliases):
            _named(patterns, NATIONAL, body.key, label, forms)
    return patterns


def _named(
    patterns: list[dict[str, Any]],
    kind: str,
    key: str,
    label: str,
    forms: Callable[[str], list[str]],
) -> None:
    acronym = label.isupper() or len(label) <= 3
    # "Brottsförebyggande rådet, BRÅ": a mixed-case acronym ("Brå", "SiS") in capitals too
    variants = [*forms(label), *([label.upper()] if acronym and not label.isupper() else [])]
    for variant in variants:
        pattern: Any = _exact(variant.split(" ")) if acronym else variant  # exact case
        patterns.append({"label": "ORG", "id": f"{kind}|{key}", "pattern": pattern})
    if acronym and " " not in label:  # "SMHI:s", one token: the genitive after a colon
        patterns.append({"label": "ORG", "id": f"{kind}|{key}", "pattern": _exact([f"{label}:s"])})


def _person_patterns() -> dict[str, list[Pattern]]:
    # A double surname is a third name word: "Sara Lehman Svensson".
    name = [NAME_TOKEN, NAME_TOKEN, {**NAME_TOKEN, "OP": "?"}]
    return {
        "person.party_suffix": [
            # Older minutes write the party in lower case: "Eva Ek (m)".
            [*name, {"ORTH": "("}, {"LOWER": {"IN": [p.lower() for p in PARTIES]}}, {"ORTH": ")"}],
            # "Eva Ek, (KD) regionråd": a comma before the bracket
            [
                *name,
                {"ORTH": ","},
                {"ORTH": "("},
                {"LOWER": {"IN": [p.lower() for p in PARTIES]}},
                {"ORTH": ")"},
            ],
        ],
        "person.speech_verb": [
            [{"LOWER": {"IN": list(SPEECH_VERBS)}}, *name],
            # "säger landsbygdsminister Sven-Erik Bucht", "säger en nöjd Tomas Riste"
            [
                {"LOWER": {"IN": list(SPEECH_VERBS)}},
                {"LOWER": {"IN": ["en", "ett"]}, "OP": "?"},
                {"IS_LOWER": True, "OP": "{1,3}"},
                *name,
            ],
        ],
        "person.role_prefix": [
            [{"LOWER": {"REGEX": rf"^{ROLE_HEAD_RE.lower()}$"}}, *name],
            # "länets ANDT-samordnare, Anna Ek, finns": the name set off by commas
            [
                {"LOWER": {"REGEX": rf"^{ROLE_HEAD_RE.lower()}$"}},
                {"ORTH": ","},
                *name,
                {"ORTH": ","},
            ],
        ],
        "person.sidansvarig": [[{"LOWER": "sidansvarig"}, {"ORTH": ":"}, *name]],
        # "har utsett (tidigare länsrådet) Eva Ek till landshövding": an appointment
        "person.appointed": [
            [
                {"LOWER": {"IN": list(APPOINTING_VERBS)}},
                {"LOWER": "regeringen", "OP": "?"},
                {"LOWER": {"IN": ["tidigare", "förra", "förre"]}, "OP": "?"},
                {"IS_LOWER": True, "OP": "?"},
                *name,
                {"LOWER": {"IN": ["till", "som"]}},
            ]
        ],
    }


@cache
def pipeline() -> Language:
    """The shared pipeline (tokenizer + organisation EntityRuler)."""
    nlp = spacy.blank("sv")
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="org_ruler",
        config={"validate": True, "phrase_matcher_attr": "LOWER"},
    )
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(_org_patterns(nlp))
    _exact_as_phrases(nlp, ruler)
    # "generaldirektör på HaV.": the tokenizer keeps a mixed-case acronym's full stop.
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for body in national_bodies():
        for label in (a for a in body.aliases if " " not in a and not a.isupper() and len(a) <= 6):
            tokenizer.add_special_case(f"{label}.", [{ORTH: label}, {ORTH: "."}])
    return nlp


def _exact_as_phrases(nlp: Language, ruler: EntityRuler) -> None:
    """The ruler's token patterns are exact token sequences: a PhraseMatcher on ORTH finds
    the same matches by hashing each token once, where the token Matcher tried all 150
    patterns at every token (half of a 3 KB page's pipeline time)."""
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, patterns in ruler.token_patterns.items():
        exact.add(key, [Doc(nlp.vocab, words=[t["TEXT"] for t in p]) for p in patterns])
    setattr(ruler, "matcher", exact)  # noqa: B010 - typed as a Matcher; called alike


@cache
def person_matcher() -> Matcher:
    matcher = Matcher(pipeline().vocab, validate=True)
    for rule, patterns in _person_patterns().items():
        matcher.add(rule, patterns)
    return matcher

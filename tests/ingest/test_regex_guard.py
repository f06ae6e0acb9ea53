"""The first-letter guard speeds a scan and never changes what a pattern matches."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from typing import Any

import pytest

import ingest
import ingest.language
import ingest.rules
from ingest.language.regex_guard import first_letter_guard, first_letters_ahead

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


Found = list[tuple[tuple[int, int], tuple[str | Any, ...]]]


def _found(pattern: re.Pattern[str], text: str) -> Found:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_an_alternation_gets_the_lookahead_of_its_first_letters() -> None:
    cue = re.compile(r"\b(?:beslutade|godkände|(?<=styrelsen\s)ställer|antogs)\b", re.I)
    guarded = first_letter_guard(cue)
    assert guarded.pattern.startswith("(?=[abgs])")
    text = "Styrelsen ställer sig bakom. Nämnden BESLUTADE och planen antogs i maj."
    assert _found(guarded, text) == _found(cue, text)
    assert [m.group() for m in guarded.finditer(text)] == ["ställer", "BESLUTADE", "antogs"]


def test_case_folding_of_the_class_is_the_patterns_own() -> None:
    # Under re.I "k" also matches the Kelvin sign; the class in the guard must too.
    pattern = re.compile(r"kommun", re.I)
    text = "\u212aommun KOMMUN"
    assert _found(first_letter_guard(pattern), text) == _found(pattern, text)
    assert len(_found(pattern, text)) == 2


@pytest.mark.parametrize(
    "source",
    [
        r"a?b*",  # may match the empty string: every position is a start
        r".x",  # any first character
        r"[^a]b",  # a negated class
        r"(?i:a)b",  # a group with flags of its own
    ],
)
def test_a_pattern_without_a_listable_first_letter_is_left_as_it_is(source: str) -> None:
    pattern = re.compile(source)
    assert first_letter_guard(pattern) is pattern


def test_optional_parts_add_their_letters_to_what_follows() -> None:
    guarded = first_letter_guard(re.compile(r"(?:nya\s+)?(?:plan|strategi)\d*"))
    assert guarded.pattern.startswith("(?=[nps])")
    text = "en nya  plan och strategi2 och nystrategi"
    assert _found(guarded, text) == _found(re.compile(r"(?:nya\s+)?(?:plan|strategi)\d*"), text)


def test_verbose_and_leading_flags_survive() -> None:
    verbose = re.compile("plan  # the noun\n| strategi  # or this", re.X)
    assert _found(first_letter_guard(verbose), "en plan, en strategi") == [
        ((3, 7), ()),
        ((12, 20), ()),
    ]
    flagged = re.compile(r"(?i)plan")
    assert _found(first_letter_guard(flagged), "PLAN plan") == _found(flagged, "PLAN plan")


def test_a_lookahead_before_an_inner_alternation_keeps_its_matches() -> None:
    words = ["projekt", "satsning", "Kampanj"]
    ahead = first_letters_ahead(words)
    assert ahead == "(?i:(?=[kps]))"
    plain = re.compile(r"(?<![\w-])[\w-]*?(?i:projekt|satsning|kampanj)\b")
    fast = re.compile(r"(?<![\w-])[\w-]*?" + ahead + r"(?i:projekt|satsning|kampanj)\b")
    text = "EU-projekt, Satsning och \u212aampanj; \u017fatsning, kampanjerna, Skolprojekt"
    assert _found(fast, text) == _found(plain, text)
    found = [m.group() for m in fast.finditer(text)]
    assert found[:4] == ["EU-projekt", "Satsning", "\u212aampanj", "\u017fatsning"]


def _project_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for package in (ingest, ingest.rules, ingest.language):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.setdefault(id(value), (f"{module.__name__}.{name}", value))
    return list(found.values())


def test_no_pattern_of_the_project_matches_otherwise_when_guarded() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    patterns = _project_patterns()
    assert len(patterns) > 1000
    changed = [
        name
        for name, pattern in patterns
        if any(_found(first_letter_guard(pattern), t) != _found(pattern, t) for t in texts)
    ]
    assert changed == []

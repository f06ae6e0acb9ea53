"""Personal data that must never be stored (issue 13): what tests look for, and made-up
examples to plant in texts.

Written apart from ingest/pii_mask.py on purpose: these patterns take a broader view
(any digits and separators after a 0 or +46, any address around an @), so the tests
catch what the masker misses instead of agreeing with it.
"""

from __future__ import annotations

import random
import re

_EMAIL = re.compile(
    r"[\w.%+-]+\s*@\s*[\w-]+(?:\s?\.[\w-]+)+|\w+\s?[(\[{](?:at|snabel-a)[)\]}]\s?\w+"
)
_PHONE = re.compile(r"(?<![\w/.:+-])(?:\+\d{2,3}|0)[\d \t()\u2013-]{5,18}\d(?!\w)")
_IDENTITY = re.compile(r"(?<![\w-])((?:19|20)?)(\d{6})([-+]?)(\d{4})(?![\w-])")


def _luhn(digits: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(digits)):
        n = int(char) * (2 if i % 2 else 1)
        total += n // 10 + n % 10
    return total % 10 == 0


def _is_identity(m: re.Match[str]) -> bool:
    six, sep, four = m.group(2), m.group(3), m.group(4)
    month, day = int(six[2:4]), int(six[4:6])
    if not (1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)):
        return False
    return bool(sep) or _luhn(six + four)


def pii_found(text: str) -> list[str]:
    """The kinds of personal data in a text: email, phone, identity_number."""
    kinds = []
    if _EMAIL.search(text):
        kinds.append("email")
    if any(8 <= sum(c.isdigit() for c in m.group(0)) <= 13 for m in _PHONE.finditer(text)):
        kinds.append("phone")
    if any(_is_identity(m) for m in _IDENTITY.finditer(text)):
        kinds.append("identity_number")
    return kinds


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _grouped(rng: random.Random, digits: str) -> str:
    out, rest = [], digits
    while rest:
        size = rng.choice((2, 3)) if len(rest) > 3 else len(rest)
        out.append(rest[:size])
        rest = rest[size:]
    return rng.choice((" ", "")).join(out)


def fake_phone(rng: random.Random) -> str:
    area = rng.choice("123456789") + _digits(rng, rng.randint(0, 2))
    # Eight digits or more in all, as every Swedish number has.
    number = _grouped(rng, _digits(rng, rng.randint(max(5, 7 - len(area)), 7)))
    if rng.random() < 0.3:
        prefix = rng.choice(("+46 ", "+46", "+46 (0)"))
        return f"{prefix}{area} {number}"
    separator = rng.choice(("-", " - ", " ", "\u2013"))
    return f"0{area}{separator}{number}"


def fake_email(rng: random.Random) -> str:
    first = rng.choice(("anna", "per-olof", "lisa", "karl", "maja"))
    last = rng.choice(("berg", "nilsson", "ek", "lind"))
    domain = rng.choice(("ankeby.se", "region.ankeby.se", "example.nu", "lst.se"))
    at = rng.choice(("@", "@", "@", "@\n", "\n@", "(at)"))
    return first + "." + last + at + domain


def fake_identity_number(rng: random.Random) -> str:
    year = rng.randint(1930, 2010)
    day = rng.randint(1, 28) + (60 if rng.random() < 0.2 else 0)  # samordningsnummer
    six = f"{year % 100:02d}{rng.randint(1, 12):02d}{day:02d}"
    three = _digits(rng, 3)
    check = next(d for d in "0123456789" if _luhn(six + three + d))
    century = str(year // 100) if rng.random() < 0.4 else ""
    return f"{century}{six}{rng.choice(('-', '+', ''))}{three}{check}"


def fake_pii(rng: random.Random) -> str:
    return rng.choice((fake_phone, fake_email, fake_identity_number))(rng)

"""Swedish number words, as counts are written in running text ("de fem kommunerna",
"undertecknades av femton myndigheter"), and sums of money ("2 491 478 kr", "1,2 miljoner
kronor")."""

from __future__ import annotations

NUMBER_WORDS = {
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "nitton": 19,
    "tjugo": 20,
}

# An amount's digits with its thousands and decimal separators: "2 491 478", "450.000", "1,2".
AMOUNT = r"\d[\d \u00a0,.]*"
# A sum of money as grant pages write it: "2 491 478 kr", "1,2 miljoner kronor", "350 tkr".
SUM = AMOUNT + r"(?:miljoner\s+|mnkr\s+|tkr\s+)?(?:kr|kronor)\b"

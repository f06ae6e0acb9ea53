"""Where a name read after a generic noun ends: cut where the page names it shorter
elsewhere, or run on when it is descriptive.

"inom projektet Trygga platser hjälpa kommuner att ...": the name pattern runs on over
lowercase words until a stop word; when the page names "Trygga platser" on its own
elsewhere (a heading, "Trygga platser är ett ..."), the name ends there.
"""

from __future__ import annotations

import re


def known_prefix(text: str, name: str, start: int) -> str:
    """The shortest prefix of two or more words, followed by a lowercase word in the name,
    that the page names elsewhere as a whole (not followed by the same next word)."""
    words = name.split()
    for k in range(2, len(words)):
        if not words[k][0].islower():
            continue
        prefix = r"\s+".join(re.escape(w) for w in words[:k])
        shorter = re.compile(
            rf"(?<![\wåäöÅÄÖ-]){prefix}(?![\wåäöÅÄÖ-])(?!\s+{re.escape(words[k])}\b)", re.I
        )
        if any(m.start() != start for m in shorter.finditer(text)):
            return " ".join(words[:k])
    return name


# Where a descriptive name ends: punctuation, a line's end, a finite verb or a clause word.
_HARD_STOP = re.compile(
    r"\s*(?:[,.;:()\u2013\u2014\"”]|\n|$)|\s+(?:som|där|vilket|samt|att|eller|har|hade|är|var|"
    r"ska|skall|kommer|får|fick|blir|blev|beviljades|beviljas|beviljats|drivs|leds|pågår|"
    r"startar|startade|syftar|handlar|omfattar|riktar|finansieras|genomförs|tillsammans|"
    r"mellan|från|under|med\s+(?:\d+|ett\b|en\b|stöd|medel|syfte|målet|fokus))\b"
    # "projektet X för åren 2025-2026": its period, not its name
    r"|\s+(?:för|i|år)\s+(?:åren\s+|perioden\s+)?(?:19|20)\d\d\b",
    re.I,
)
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[\wåäöÅÄÖ-]+(?:[./][\wåäöÅÄÖ-]+)*)")
_MAX_WORDS = 12
# "Partnerskap för regional innovation": a one-word name going on with its topic.
# "Vision och strategi för Äskhults by": a one-word name coordinated with a common noun.
_TOPIC_AFTER = re.compile(
    r"\s+(?:för|inom|mot|om|av)\s+[a-zåäö]"
    r"|\s+och\s+(?!(?:vill|ska|har|hade|är|var|kan|får|fick|kommer|blir|skall|även|också|"
    r"sedan|därför|nu)\b)[a-zåäö]{4,}\s+(?:för|inom|mot|om|av)\s"
)


def descriptive_extent(text: str, name: str, start: int, end: int) -> tuple[str, int]:
    """A descriptive name ("Strategisk satsning på tech-sektorn i Uppsala", "Partnerskap
    för regional innovation inom klimat- och energiomställning": its second word in
    lowercase, or one word and its topic) runs on over its prepositional phrases up to a
    hard stop; a proper name ("Trygga X-nätter") keeps the extent the pattern gave it,
    ending at `end`. Returns the name and where it ends."""
    words = name.split()
    topic = _TOPIC_AFTER.match(text, end)
    if not (len(words) >= 2 and words[1][0].islower()) and not (len(words) == 1 and topic):
        return name, end
    pos = end
    taken = len(words)
    while taken < _MAX_WORDS and not _stop(text, pos):
        nxt = _NEXT_WORD.match(text, pos)
        if nxt is None:
            break
        pos = nxt.end()
        taken += 1
    if not _stop(text, pos):
        return name, end  # ran on too long: no clear end, keep the short name
    return " ".join(text[start:pos].split()), pos


# "Trygg skolväg i centrum": "i" and a common noun is where the effort is, not its name
# ("Kombinerad mobilitet i Blekinge" goes on: a place's name).
_WHERE = re.compile(r"\s+i\s+[a-zåäö]")


def _stop(text: str, pos: int) -> bool:
    return bool(_HARD_STOP.match(text, pos) or _WHERE.match(text, pos))

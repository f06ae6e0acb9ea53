"""A new official announced in a headline: "Tove Olsson ny näringslivs- och utvecklingschef".

Why: news of an appointment puts the person and the new title in the headline, with no
verb and no organisation, and the text below often names the title only in part ("blir
chef över avdelningen"). The page is the organisation's own, so the title is held there.

Rule role.headline_new: a line of its own, without a full stop, "<Name> (blir) ny|nytt|nya
<title>" with an optional "i|på|för|vid <organisation>" -> the person HOLDS_ROLE the title
at that organisation, else at the one the title implies or the page's (as titles without
an organisation are read elsewhere, ingest.rules.role_owner).
"""

from __future__ import annotations

import re

from ingest.context import Context, PersonHit
from ingest.facts import FactSink
from ingest.rules.person_names import CONF_PATTERN, add_person
from ingest.rules.role_common import role_link
from ingest.rules.role_owner import resolve
from ingest.rules.role_titles import NAME, TITLE, base_title, is_given_name

__all__ = ["headline_roles"]

_RULE = "role.headline_new"
_HEADLINE = re.compile(
    rf"^[ \t]*(?P<name>{NAME})[ \t]+(?:blir[ \t]+)?(?:ny|nytt|nya)[ \t]+(?P<title>{TITLE})"
    r"(?P<where>[ \t]+(?:i|på|för|vid)[ \t]+[^\n.!?]{2,60})?[ \t]*$",
    re.M,
)


def _person(ctx: Context, sink: FactSink, m: re.Match[str]) -> PersonHit | None:
    start, end = m.start("name"), m.end("name")
    known = next((p for p in ctx.persons if p.start == start and p.end == end), None)
    if known is not None:
        return known
    if not is_given_name(m.group("name").split()[0]):
        return None
    found = add_person(ctx, sink, m.group("name"), None, start, end, _RULE, CONF_PATTERN)
    if found is not None:
        ctx.persons.append(found)
    return found


def headline_roles(ctx: Context, sink: FactSink) -> None:
    """Each headline's appointment (the sentence rules skip a mention read here)."""
    for m in _HEADLINE.finditer(ctx.text):
        person = _person(ctx, sink, m)
        if person is None:
            continue
        title = base_title(m.group("title"))
        end = m.end("where") if m.group("where") else m.end("title")
        org = resolve(ctx, sink, m.start("title"), end, title, genitive=None)
        role_link(ctx, sink, person, org, title, _RULE, CONF_PATTERN, m.start(), m.end())

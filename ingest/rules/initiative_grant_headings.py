"""Projects that head the items of a grant decision list, each with its grant.

Why: a regional committee's grant news lists the projects it funded as numbered headings,
each over the decision that funds it (invented example): "2. Attraktiva Orten\n\nRegionala
utvecklingsnämnden beslutar att Orts kommun beviljas 890 000 kr.\n\nProjektet ska ...".
The heading names the project; the decision says who runs it and who pays.

Rule initiative.grant_heading: a numbered line alone ("N. <Name>", a spaced dash ending
the name before its subtitle) whose next paragraph opens with a sentence granting a sum
("beviljas|beviljades|tilldelas ... kr") -> an Initiative of that name. In that sentence
the organisation right before the grant verb (the recipient) PARTICIPATES_IN it
(initiative.participates.grant_heading), and the organisation opening the sentence
("Regionala utvecklingsnämnden beslutar att ...") FUNDS it (initiative.funds.grant_heading).
The decision of that sentence CONCERNS it (ingest.rules.concerns_funded). grant_names
gathers the projects of every grant shape (lists, rows, headings) for initiative_names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.edges import LinkType
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.initiative_grant_items import grant_item_names
from ingest.rules.initiative_grant_rows import grant_row_names
from ingest.rules.initiative_links import link_each

__all__ = ["GRANTED_SUM", "grant_heading_links", "grant_headings", "grant_names", "headed_grants"]

Found = tuple[int, int, str, str]  # start, end, name, rule
_RULE = "initiative.grant_heading"
_HEADING = re.compile(
    r"^[ \t]*\d{1,2}\.[ \t]+(?P<name>[A-ZÅÄÖ][^\n.:;!?]{2,90}?)"
    r"(?:[ \t]+[-\u2013][ \t]+[^\n]*)?[ \t]*\n[ \t]*\n",
    re.M,
)
# "beviljas 890 000 kr", "tilldelades cirka 2 miljoner kronor": a sum granted to the subject
GRANTED_SUM = (
    r"(?:beviljas|beviljades|har\s+beviljats|tilldelas|tilldelades)\s+(?:cirka\s+|ca\s+)?"
    r"\d[\d \u00a0,.]*(?:miljoner\s+|mnkr\s+|tkr\s+)?(?:kr|kronor)\b"
)
_GRANT = re.compile(rf"\s+{GRANTED_SUM}")
_OPENER = re.compile(r"\s+(?:beslutar|beslutade|har\s+beslutat)\s+att\s+")
_MAX_WORDS = 12
_SPACE = re.compile(r"\s*")


def grant_headings(ctx: Context) -> Iterator[tuple[re.Match[str], Span, re.Match[str]]]:
    """Each numbered heading with the granting sentence under it and its grant verb."""
    for m in _HEADING.finditer(ctx.text):
        if len(m.group("name").split()) > _MAX_WORDS:
            continue
        gap = _SPACE.match(ctx.text, m.end())
        sentence = ctx.sentence_of(gap.end() if gap else m.end())
        if sentence is None:
            continue
        grant = _GRANT.search(ctx.text, sentence.start, sentence.end)
        if grant is not None:
            yield m, sentence, grant


def grant_names(ctx: Context) -> list[Found]:
    """The projects the page's grant lists, grant rows and numbered grant headings name."""
    headed = [
        (m.start("name"), m.end("name"), " ".join(m.group("name").split()), _RULE)
        for m, _, _ in grant_headings(ctx)
    ]
    return grant_item_names(ctx) + grant_row_names(ctx) + headed


def headed_grants(ctx: Context) -> Iterator[tuple[InitiativeHit, Span, re.Match[str]]]:
    """Each heading's project as read, with its granting sentence and grant verb."""
    for m, sentence, grant in grant_headings(ctx):
        ini = next((i for i in ctx.initiatives if i.start == m.start("name")), None)
        if ini is not None:
            yield ini, sentence, grant


def grant_heading_links(ctx: Context, sink: FactSink) -> None:
    """The recipient takes part in each heading's project, the deciding body funds it."""
    for ini, sentence, grant in headed_grants(ctx):
        actors = [a for a in ctx.actors_in(sentence) if not a.anaphoric]
        recipient = next((a for a in actors if a.end == grant.start()), None)
        span = Span(ini.start, sentence.end)
        if recipient is not None:
            rule = "initiative.participates.grant_heading"
            link_each(sink, LinkType.PARTICIPATES_IN, [recipient.node_id], ini, span, rule)
        opener = actors[0] if actors and actors[0].start == sentence.start else None
        if opener is None or opener is recipient:
            continue
        if _OPENER.match(ctx.text, opener.end, grant.start()):
            rule = "initiative.funds.grant_heading"
            link_each(sink, LinkType.FUNDS, [opener.node_id], ini, span, rule)

"""Projects that head the items of a grant decision list, each with its grant.

Why: a regional committee's grant news lists the projects it funded as numbered headings,
each over the decision that funds it (invented example): "2. Attraktiva Orten\n\nRegionala
utvecklingsnämnden beslutar att Orts kommun beviljas 890 000 kr.\n\nProjektet ska ...".
The heading names the project; the decision says who runs it and who pays.

Rule initiative.grant_heading: a numbered line alone ("N. <Name>", a spaced dash ending
the name before its subtitle) whose next paragraph opens with a sentence granting a sum
("beviljas|beviljades|tilldelas ... kr"), or whose next line (past a dashed subtitle line)
names the owner ("Projektägare Region X beviljas 2 491 478 kr") -> an Initiative of that
name. In that sentence the organisation right before the grant verb (the recipient, a
comma allowed between) PARTICIPATES_IN it (initiative.participates.grant_heading), a
"Projektägare" COORDINATES it too (initiative.coordinates.grant_heading), and the
organisation opening the sentence ("Regionala utvecklingsnämnden beslutar att ...") FUNDS
it (initiative.funds.grant_heading), else the body whose "beslutade idag att bevilja ..."
leads the page's grants.
The decision of that sentence CONCERNS it (ingest.rules.concerns_funded). grant_names
gathers the projects of every grant shape (lists, rows, headings) for initiative_names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.edges import LinkType
from ingest.context import Context, InitiativeHit
from ingest.facts import FactSink
from ingest.language.numbers import SUM
from ingest.language.segment import Span
from ingest.rules.initiative_grant_items import grant_item_names
from ingest.rules.initiative_grant_rows import grant_row_names
from ingest.rules.initiative_links import link_each

__all__ = [
    "GRANTED_SUM",
    "grant_heading_links",
    "grant_headings",
    "grant_names",
    "headed_grants",
]

Found = tuple[int, int, str, str]  # start, end, name, rule
_RULE = "initiative.grant_heading"
_HEADING = re.compile(
    r"^[ \t]*\d{1,2}\.[ \t]+(?P<name>[A-ZÅÄÖ][^\n.:;!?]{2,90}?)"
    r"(?:[ \t]+[-\u2013][ \t]+[^\n]*)?[ \t]*\n"
    # "2. Kompetensattraktion Västerbotten\n- långsiktig ...\nProjektägare X beviljas":
    # a subtitle line after a dash, and the owner's grant on the next line ("6. Bidrag till
    # X\nFöreningen Y beviljas ..." is a decision list's matter, no project)
    r"(?:[ \t]*\n|(?:[ \t]*[-\u2013][ \t]+[^\n]*\n)?(?=[ \t]*Projektägare\b))",
    re.M,
)
# "beviljas 890 000 kr", "tilldelades cirka 2 miljoner kronor": a sum granted to the subject
GRANTED_SUM = (
    rf"(?:beviljas|beviljades|har\s+beviljats|tilldelas|tilldelades)\s+(?:cirka\s+|ca\s+)?{SUM}"
)
_GRANT = re.compile(rf"\s+{GRANTED_SUM}")
_OPENER = re.compile(r"\s+(?:beslutar|beslutade|har\s+beslutat)\s+att\s+")
# "Nämnden beslutade idag att bevilja 25,5 miljoner kronor fördelat på 8 projekt": the
# lead's granting body funds the headed projects whose own sentence names none.
_LEAD = re.compile(
    r"\s+(?:beslutar|beslutade|har\s+beslutat)\s+(?:idag\s+|i\s+dag\s+)?att\s+"
    r"(?:bevilja|fördela)\b"
)
# "Projektägare Region X beviljas": the named owner runs the project.
_OWNER = re.compile(r"\bProjektägare[ \t]+$")
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
        # "Projektägare Handelskammarens Service, AC län AB, beviljas": a comma may close it
        recipient = next(
            (
                a
                for a in actors
                if a.end <= grant.start() and not ctx.text[a.end : grant.start()].strip(" \t,")
            ),
            None,
        )
        span = Span(ini.start, sentence.end)
        if recipient is not None:
            rule = "initiative.participates.grant_heading"
            link_each(sink, LinkType.PARTICIPATES_IN, [recipient.node_id], ini, span, rule)
            if _OWNER.search(ctx.text, sentence.start, recipient.start):
                rule = "initiative.coordinates.grant_heading"
                link_each(sink, LinkType.COORDINATES, [recipient.node_id], ini, span, rule)
        opener = actors[0] if actors and actors[0].start == sentence.start else None
        if opener is not None and _OPENER.match(ctx.text, opener.end, grant.start()):
            funder: str | None = opener.node_id
        else:
            funder = _lead_funder(ctx, ini.start)
        if funder is not None and (recipient is None or funder != recipient.node_id):
            rule = "initiative.funds.grant_heading"
            link_each(sink, LinkType.FUNDS, [funder], ini, span, rule)


def _lead_funder(ctx: Context, before: int) -> str | None:
    """The body whose "beslutade idag att bevilja" leads the page's grants, before them."""
    leads = [a for a in ctx.actors if a.end < before and _LEAD.match(ctx.text, a.end)]
    return leads[-1].node_id if leads else None

"""Activities a plan states outside bullet lists: labelled lines and running text.

- list.activities.labelled: a line "Aktivitet 1.1 <description>" (or "Åtgärd 2:",
  "Insats 3", "Aktivitet: 4. <description>") -> one Activity of the page's document;
  the lines under it up to the next blank or labelled line may say "Ansvarig: <who>"
  (RESPONSIBLE_FOR, read as in ingest.rules.responsible_parties) and "Tidplan: <when>"
  (its timeframe, as written).
- list.activities.bland: "Bland aktiviteterna (i planen) finns <activity>." -> one
  Activity of the document the sentence names, else of the page's document.
- list.activities.innehaller: "<document> innehåller (också) åtgärder som syftar till
  att <activity>." -> one Activity of that document.
- list.activities.commitment: in an agreement, "<party> åtar sig / förbinder sig (...) att
  <activity>." and the sentences right after it that go on "Man/Vi/Parterna ska (också)
  <activity>" ("Förutom detta ska man ...") -> Activities of the agreement, split at
  "samt". What the parties of an agreement undertake is what the agreement will do.
  The organisations that are the clause's subject ("Polisen och X kommun förbinder sig
  att ...") are RESPONSIBLE_FOR each (list.responsible.commitment), and a sentence right
  after that opens with one of them going on ("Polisen kommer också att <activity>") adds
  that party's activity.
"""

from __future__ import annotations

import re

from graph.nodes import DocumentKind
from ingest.context import ActorHit, Context
from ingest.facts import FactSink
from ingest.language.segment import Span
from ingest.rules.activity_commitments import only_agreement, responsible, subject_parties
from ingest.rules.activity_enumerations import enumerated_activities
from ingest.rules.bullet_lists import list_item
from ingest.rules.list_items import add_activity, clause_end
from ingest.rules.main_document import list_owner
from ingest.rules.responsible_parties import link_responsible

__all__ = ["extract_labelled_activities"]

_LABELLED = re.compile(
    r"^[ \t]*(?P<label>Aktivitet|Åtgärd|Insats)"
    # numbered ("Aktivitet 1.1", "Åtgärd 2:"), or a field of its own ("Aktivitet: <desc>")
    r"(?:(?::[ \t]*|\s+)\d{1,2}(?:\.\d{1,2})*\.?:?|[ \t]*:)[ \t]+"
    r"(?P<desc>\S[^\n]*?)[ \t]*$",
    re.M,
)
_FIELD = re.compile(
    r"^[ \t]*(?P<name>Ansvarig[a]?|Ansvar|Tidplan|Tidsplan|Tid)\s*:\s*(?P<value>\S[^\n]*?)[ \t.]*$",
    re.M,
)
_BLAND = re.compile(
    r"\s*Bland\s+(?:de\s+\w+\s+)?(?P<cue>aktiviteterna|åtgärderna|insatserna)"
    r"(?:\s+(?:i|för)\s+[^\s,]+)?\s+finns\s+(?:det\s+|också\s+)?"
    # "finns bland annat A, B samt C": several, read by ingest.rules.activity_enumerations
    r"(?!bland\s+annat\b)",
)


_CONTAINS = re.compile(
    r"\s(?:innehåller|omfattar)\s+(?:också\s+|även\s+)?(?P<cue>åtgärder|aktiviteter|insatser)\s+"
    r"(?:som\s+syftar\s+till\s+att|för\s+att)\s+"
)


_COMMITS = re.compile(r"\b(?:åtar|förbinder)\s+(?:sig|vi\s+oss)\b[^.!?]*?\batt\s+")
_GOES_ON = re.compile(
    r"\s*(?:(?:Förutom\s+detta|Dessutom|Vidare|Därutöver)\s+ska\s+(?:man|vi|parterna)"
    r"|(?:Man|Vi|Parterna)\s+ska)\s+(?:också\s+|även\s+|dessutom\s+)?"
)
# "X samt Y": two activities, not "i skolor samt vid evenemang" (two places of one).
_SAMT = re.compile(r"\s+samt\s+(?!(?:vid|i|på|inom|hos|för|med|under|genom)\s)")
# "Polisen kommer också att ...": a party of the commitment before goes on.
_PARTY_GOES_ON = re.compile(r"\s+(?:kommer\s+(?:också\s+|även\s+)?att|ska\s+(?:också|även))\s+")


def _commitments(ctx: Context, sink: FactSink) -> None:
    pos = 0
    while pos < len(ctx.sentences):
        sentence = ctx.sentences[pos]
        pos += 1
        m = _COMMITS.search(ctx.text, sentence.start, sentence.end)
        if m is None:
            continue
        owner = list_owner(ctx, sentence, m.start()) or only_agreement(ctx)
        if owner is None or owner.document.kind is not DocumentKind.AGREEMENT:
            continue
        parties = subject_parties(ctx, sentence.start, m.start())
        found = [(sentence, m.end(), parties)]
        while pos < len(ctx.sentences):
            going = _goes_on(ctx, ctx.sentences[pos], parties)
            if going is None:
                break
            found.append((ctx.sentences[pos], *going))
            pos += 1
        for clause, start, who in found:
            end = clause_end(ctx, start, clause.end)
            for part in _SAMT.split(ctx.text[start:end]):
                at = ctx.text.index(part, start, end + 1)
                activity_id = add_activity(
                    ctx,
                    sink,
                    owner,
                    Span(at, at + len(part)),
                    part,
                    clause.start,
                    "list.activities.commitment",
                )
                if activity_id is not None:
                    responsible(sink, who, activity_id, clause)


def _goes_on(
    ctx: Context, sentence: Span, parties: list[ActorHit]
) -> tuple[int, list[ActorHit]] | None:
    """Where a sentence going on with the commitment before starts its activity, and who
    undertakes it: "Man ska också ..." (the same parties), or "Polisen kommer också att
    ..." opening with one of them (that party alone)."""
    more = _GOES_ON.match(ctx.text, sentence.start, sentence.end)
    if more is not None:
        return more.end(), parties
    opening = next(iter(ctx.actors_in(sentence)), None)
    if opening is None or ctx.text[sentence.start : opening.start].strip():
        return None
    if opening.node_id not in {p.node_id for p in parties}:
        return None
    after = _PARTY_GOES_ON.match(ctx.text, opening.end, sentence.end)
    return (after.end(), [opening]) if after else None


def _labelled(ctx: Context, sink: FactSink) -> None:
    text = ctx.text
    for m in _LABELLED.finditer(text):
        # "Åtgärd 1: <desc>. Ansvarig: Kommunstyrelsen.": the field on the line itself
        item = list_item(m.start("desc"), m.group("desc"))
        desc = item.text
        span = Span(m.start("desc"), m.start("desc") + len(desc.rstrip(" .;")))
        fields: dict[str, Span] = {"who": item.resp} if item.resp else {}
        pos = m.end() + 1
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            field = _FIELD.match(text, pos, line_end)
            if field is None:
                break
            name = "who" if field.group("name").lower().startswith("ansvar") else "when"
            fields.setdefault(name, Span(field.start("value"), field.end("value")))
            pos = line_end + 1
        when = fields.get("when")
        timeframe = " ".join(text[when.start : when.end].split()) if when else None
        owner = list_owner(ctx, Span(m.start(), m.end()), m.start("label"))
        activity_id = add_activity(
            ctx,
            sink,
            owner,
            span,
            text[span.start : span.end],
            m.start(),
            "list.activities.labelled",
            timeframe,
        )
        if activity_id and "who" in fields:
            who = fields["who"]
            link_responsible(ctx, sink, activity_id, m.start(), who, "list.responsible.ansvarig")


def _activity_after(
    ctx: Context, sink: FactSink, sentence: Span, m: re.Match[str], rule: str
) -> None:
    """The rest of the sentence after the cue m, without its end punctuation, as one
    Activity of the list owner the cue word points to."""
    end = clause_end(ctx, m.end(), sentence.end)
    if end <= m.end():
        return
    span = Span(m.end(), end)
    owner = list_owner(ctx, sentence, m.start("cue"))
    activity = ctx.text[span.start : span.end]
    add_activity(ctx, sink, owner, span, activity, sentence.start, rule)


def _bland(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        m = _BLAND.match(ctx.text, sentence.start, sentence.end)
        if m is not None:
            _activity_after(ctx, sink, sentence, m, "list.activities.bland")


def _contains(ctx: Context, sink: FactSink) -> None:
    for sentence in ctx.sentences:
        m = _CONTAINS.search(ctx.text, sentence.start, sentence.end)
        if m is not None and ctx.documents_in(Span(sentence.start, m.start())):
            _activity_after(ctx, sink, sentence, m, "list.activities.innehaller")


def extract_labelled_activities(ctx: Context, sink: FactSink) -> None:
    _labelled(ctx, sink)
    _bland(ctx, sink)
    _contains(ctx, sink)
    _commitments(ctx, sink)
    enumerated_activities(ctx, sink)  # "Programmet innehåller bland annat A, B och C"

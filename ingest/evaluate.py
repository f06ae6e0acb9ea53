"""Extraction quality: predicted facts scored against hand-made gold annotations.

The gold format is specified in ``docs/gold-format.md``. In short: a gold set is
a directory of ``<name>.gold.json`` files; each names its page text (by default
``<name>.txt`` beside it, or the path in its ``"text_file"``, relative to the
gold file), lists the entities and relations the page states, and this module
runs ``load_source`` + ``extract`` on the text and compares.

Matching:
- Organization, Person, Document, Initiative: by id.
- Decision, Activity, Goal: by text. A predicted node is a candidate for a gold
  entity of its label when its summary / description / text contains at least
  half of the gold text's content words (lower case, punctuation dropped,
  Swedish stop words dropped); candidates are paired one to one, best overlap
  first.
- A matched entity whose listed attribute differs is a false positive and a
  false negative (it still counts as matched when mapping relations).
- Relations: each predicted link's ends are mapped to gold refs through the
  entity matching; (type, from, to) must equal a gold relation's, and the
  relation's listed attributes (date, date_precision, title) must agree with one
  of the predicted links with that key. Several links with one key count once.

Scores: TP, FP, FN, precision, recall and F1 per entity label and per relation
type, and micro totals, per set; plus per-text misses and false positives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from pathlib import Path
from typing import Any, TypeAlias

from rich.console import Console
from rich.table import Table

from graph.edges import Link, LinkType, SourceFacts
from graph.nodes import NODE_TYPES, DomainNode, NodeLabel

__all__ = [
    "GOLD_SUFFIX",
    "MATCH_THRESHOLD",
    "STOP_WORDS",
    "Counts",
    "GoldEntity",
    "GoldError",
    "GoldRelation",
    "GoldText",
    "SetReport",
    "TextReport",
    "content_words",
    "evaluate_facts",
    "evaluate_set",
    "evaluate_text",
    "find_sets",
    "load_gold_file",
    "load_gold_set",
    "overlap",
    "render_details",
    "render_set",
]

GOLD_SUFFIX = ".gold.json"
MATCH_THRESHOLD = 0.5

AttrValue: TypeAlias = str | int | bool | None

ID_LABELS = (
    NodeLabel.ORGANIZATION,
    NodeLabel.PERSON,
    NodeLabel.DOCUMENT,
    NodeLabel.INITIATIVE,
)
# The text a Decision, Activity or Goal is matched on.
TEXT_FIELDS: dict[NodeLabel, str] = {
    NodeLabel.DECISION: "summary",
    NodeLabel.ACTIVITY: "description",
    NodeLabel.GOAL: "text",
}
ENTITY_LABELS = (*ID_LABELS, *TEXT_FIELDS)
# Free-text attributes: compared like `text` (content-word overlap), not verbatim.
TEXT_ATTRS = frozenset({"title", "condition", "summary", "description", "text"})
DATE_ATTRS = frozenset({"date", "adopted_on"})
RELATION_ATTRS = frozenset({"date", "date_precision", "title"})

# Function words that carry no content; enough for the short texts gold gives.
_STOP_WORDS = """
    à alla allt andra annat av bara blir bli de dem den denna denne dess dessa det detta
    dig din dina ditt du där då efter ej eller en ens er era ert ett från för genom ha
    hade han har hans hen henne hennes hon honom hur här i icke ingen inom inte jag ju
    kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några
    och om oss på samma sedan sig sin sina sitt själv ska skall skulle som så till under
    upp ut utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket vår
    våra vårt än är åt över också även
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())
_NON_WORD = re.compile(r"[^\w]+|_")


class GoldError(ValueError):
    """A gold file that does not follow docs/gold-format.md; the message names the file."""


# --- text overlap -----------------------------------------------------------------------


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words with punctuation and stop words dropped ('2022-2026' -> 2022, 2026)."""
    return frozenset(w for w in _NON_WORD.split(text.lower()) if w and w not in STOP_WORDS)


def overlap(gold_text: str, predicted_text: str) -> float:
    """Share of the gold text's content words that the predicted text contains."""
    gold = content_words(gold_text)
    if not gold:
        return 0.0
    return len(gold & content_words(predicted_text)) / len(gold)


# --- gold files ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldEntity:
    ref: str
    label: NodeLabel
    id: str | None  # Organization, Person, Document, Initiative
    text: str | None  # Decision, Activity, Goal
    attrs: Mapping[str, AttrValue] = field(default_factory=dict)

    def describe(self) -> str:
        return f"{self.label} {self.ref} ({self.id or repr(self.text)})"


@dataclass(frozen=True, slots=True)
class GoldRelation:
    type: LinkType
    from_ref: str
    to_ref: str
    attrs: Mapping[str, AttrValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GoldText:
    name: str
    gold_path: Path
    text_path: Path
    published_on: str | None
    publisher: str | None
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    url: str | None = None  # real pages: where the page was read, used as the Source uri
    topic: str | None = None
    level: str | None = None
    page_type: str | None = None


_TOP_KEYS = {"text_file", "published_on", "publisher", "entities", "relations", "notes"}
# Real pages (tests/gold/real*): where the page came from and how it is sliced in reports.
_TOP_KEYS |= {"url", "query", "topic", "level", "page_type"}
_ENTITY_KEYS = {"ref", "label", "id", "text", "attrs", "note"}
_RELATION_KEYS = {"type", "from", "to", "attrs", "note"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _node_fields(label: NodeLabel) -> frozenset[str]:
    return frozenset(f.name for f in fields(NODE_TYPES[label])) - {"id"}


def _obj(value: Any, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"{where} must be a JSON object")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise ValueError(f"{where} has unknown keys {unknown}; allowed: {sorted(keys)}")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where} must be a non-empty string")
    return value


def _attrs(value: Any, where: str, allowed: frozenset[str]) -> dict[str, AttrValue]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{where}.attrs must be a JSON object")
    out: dict[str, AttrValue] = {}
    for name, v in value.items():
        if name not in allowed:
            raise ValueError(f"{where}.attrs: unknown attribute {name!r}; known: {sorted(allowed)}")
        if v is not None and not isinstance(v, str | int | bool):
            raise ValueError(f"{where}.attrs.{name} must be a string, number, boolean or null")
        if name in DATE_ATTRS and not (isinstance(v, str) and _ISO_DATE.fullmatch(v)):
            raise ValueError(f"{where}.attrs.{name} must be an ISO date YYYY-MM-DD, got {v!r}")
        out[name] = v
    return out


def _entity(raw: Any, i: int) -> GoldEntity:
    where = f"entities[{i}]"
    obj = _obj(raw, where, _ENTITY_KEYS)
    ref = _str(obj.get("ref"), f"{where}.ref")
    where = f"entity {ref!r}"
    label_name = obj.get("label")
    if label_name not in {str(x) for x in ENTITY_LABELS}:
        raise ValueError(
            f"{where}: label {label_name!r} is not one of {[str(x) for x in ENTITY_LABELS]}"
        )
    label = NodeLabel(label_name)
    node_id: str | None = None
    text: str | None = None
    if label in ID_LABELS:
        node_id = _str(obj.get("id"), f"{where}.id")
        if not node_id.startswith(f"{label}:"):
            raise ValueError(f"{where}: id {node_id!r} must start with '{label}:'")
        if "text" in obj:
            raise ValueError(f"{where}: a {label} is matched by id and takes no 'text'")
    else:
        text = _str(obj.get("text"), f"{where}.text")
        if not content_words(text):
            raise ValueError(f"{where}: text {text!r} has no content words")
        if "id" in obj:
            raise ValueError(f"{where}: a {label} is matched by text and takes no 'id'")
    attrs = _attrs(obj.get("attrs"), where, _node_fields(label))
    return GoldEntity(ref=ref, label=label, id=node_id, text=text, attrs=attrs)


def _relation(raw: Any, i: int, refs: set[str]) -> GoldRelation:
    where = f"relations[{i}]"
    obj = _obj(raw, where, _RELATION_KEYS)
    type_name = obj.get("type")
    if type_name not in {str(t) for t in LinkType}:
        raise ValueError(f"{where}: type {type_name!r} is not one of {[str(t) for t in LinkType]}")
    ends = []
    for end in ("from", "to"):
        ref = _str(obj.get(end), f"{where}.{end}")
        if ref not in refs:
            raise ValueError(f"{where}.{end}: no entity with ref {ref!r}")
        ends.append(ref)
    attrs = _attrs(obj.get("attrs"), where, RELATION_ATTRS)
    return GoldRelation(type=LinkType(type_name), from_ref=ends[0], to_ref=ends[1], attrs=attrs)


class PagesMissingError(GoldError):
    """A real page's text is not on disk: it is rebuilt from saved search answers."""


def load_gold_file(path: Path, pages: Path | None = None, *, require_text: bool = True) -> GoldText:
    """Read and check one gold file; raises GoldError naming the file and the problem.

    With `pages`, the text is `<pages>/<name>.txt` instead of the file's `text_file`.
    Without `require_text` the facts are checked even when the text is absent (a real
    page not rebuilt here)."""
    name = path.name.removesuffix(GOLD_SUFFIX)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: {exc}") from exc
    try:
        obj = _obj(raw, "the file", _TOP_KEYS)
        text_file = obj.get("text_file", f"{name}.txt")
        text_path = (path.parent / _str(text_file, "text_file")).resolve()
        if pages is not None:
            text_path = (pages / f"{name}.txt").resolve()
        meta = {k: _str(obj[k], k) for k in ("url", "topic", "level", "page_type") if k in obj}
        if not text_path.is_file() and require_text:
            if "url" in meta:
                raise PagesMissingError(f"{path}: its page {text_path} is not rebuilt")
            raise ValueError(f"its text {text_path} does not exist")
        published_on = obj.get("published_on")
        if published_on is not None and not (
            isinstance(published_on, str) and _ISO_DATE.fullmatch(published_on)
        ):
            raise ValueError(f"published_on must be YYYY-MM-DD or null, got {published_on!r}")
        publisher = obj.get("publisher")
        if publisher is not None:
            _str(publisher, "publisher")
        for key in ("entities", "relations"):
            if not isinstance(obj.get(key), list):
                raise ValueError(f"{key!r} must be a list")
        entities = [_entity(e, i) for i, e in enumerate(obj["entities"])]
        _check_unique([e.ref for e in entities], "entity ref")
        _check_unique([e.id for e in entities if e.id], "entity id")
        refs = {e.ref for e in entities}
        relations = [_relation(r, i, refs) for i, r in enumerate(obj["relations"])]
        _check_unique(
            [f"{r.type} {r.from_ref} -> {r.to_ref}" for r in relations], "relation (type, from, to)"
        )
    except PagesMissingError:
        raise
    except ValueError as exc:
        raise GoldError(f"{path}: {exc}") from exc
    return GoldText(
        name=name,
        gold_path=path,
        text_path=text_path,
        published_on=published_on,
        publisher=publisher,
        entities=tuple(entities),
        relations=tuple(relations),
        **meta,
    )


def _check_unique(values: Sequence[str], what: str) -> None:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"duplicate {what} {v!r}")
        seen.add(v)


def load_gold_set(directory: Path, pages: Path | None = None) -> list[GoldText]:
    """Every ``*.gold.json`` in the directory (not recursive), by name."""
    return [load_gold_file(p, pages) for p in sorted(directory.glob(f"*{GOLD_SUFFIX}"))]


def find_sets(root: Path) -> dict[str, Path]:
    """The gold sets under root: its sub-directories, by name (a set may still be empty)."""
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith(".")}


# --- scores -------------------------------------------------------------------------------


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted (nothing wrong was said)."""
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when gold has nothing (nothing was missed)."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """2 TP / (2 TP + FP + FN): the harmonic mean of precision and recall."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 1.0


@dataclass(slots=True)
class TextReport:
    name: str
    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)  # false negatives, with why
    false_positives: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # page-level checks, not scored
    topic: str | None = None
    level: str | None = None
    rules: dict[str, Counts] = field(default_factory=dict)  # per rule: TP and FP only
    dated: Counts = field(default_factory=Counts)  # stated adoption/decision dates
    merged: list[str] = field(default_factory=list)  # two gold entities, one node

    def count(self, table: dict[str, Counts], key: str) -> Counts:
        return table.setdefault(key, Counts())


@dataclass(slots=True)
class SetReport:
    name: str
    texts: list[TextReport] = field(default_factory=list)

    @property
    def entities(self) -> dict[str, Counts]:
        return _merge_counts(t.entities for t in self.texts)

    @property
    def relations(self) -> dict[str, Counts]:
        return _merge_counts(t.relations for t in self.texts)

    @property
    def entity_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def relation_total(self) -> Counts:
        return _total(self.relations.values())

    def summary(self) -> str:
        e, r = self.entity_total, self.relation_total
        return (
            f"{self.name}: entities P={e.precision:.3f} R={e.recall:.3f} F1={e.f1:.3f} "
            f"(TP {e.tp}, FP {e.fp}, FN {e.fn}); relations P={r.precision:.3f} "
            f"R={r.recall:.3f} F1={r.f1:.3f} (TP {r.tp}, FP {r.fp}, FN {r.fn})"
        )


def _merge_counts(tables: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    merged: dict[str, Counts] = {}
    for table in tables:
        for key, c in table.items():
            merged.setdefault(key, Counts()).add(c)
    return dict(sorted(merged.items()))


def _total(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total


# --- matching -----------------------------------------------------------------------------


def _value(obj: object, name: str) -> AttrValue:
    v = getattr(obj, name, None)
    if isinstance(v, Enum):
        return str(v.value)
    if v is None or isinstance(v, str | int | bool):
        return v
    return str(v)


def _attr_equal(name: str, gold: AttrValue, predicted: AttrValue, *, fuzzy: bool) -> bool:
    if gold is None or predicted is None:
        return gold is predicted
    if isinstance(gold, str) and isinstance(predicted, str):
        if fuzzy and name in TEXT_ATTRS:
            return overlap(gold, predicted) >= MATCH_THRESHOLD
        return " ".join(gold.casefold().split()) == " ".join(predicted.casefold().split())
    return type(gold) is type(predicted) and gold == predicted


def _attr_diffs(attrs: Mapping[str, AttrValue], obj: object, *, fuzzy: bool = True) -> list[str]:
    """Listed attributes that differ. Strings compare case- and space-insensitively; with
    `fuzzy`, free-text ones (title, condition, ...) by content-word overlap instead."""
    return [
        f"{name}: gold {gold!r}, predicted {_value(obj, name)!r}"
        for name, gold in attrs.items()
        if not _attr_equal(name, gold, _value(obj, name), fuzzy=fuzzy)
    ]


def _node_text(node: DomainNode) -> str:
    value = getattr(node, TEXT_FIELDS[node.label], "")
    return value if isinstance(value, str) else ""


def _match_by_text(
    gold: Sequence[GoldEntity], predicted: Sequence[DomainNode]
) -> dict[str, DomainNode]:
    """Gold ref -> predicted node, one to one, best overlap first.

    Ties go to the predicted text with fewer extra words, then to file order."""
    pairs: list[tuple[float, float, int, int]] = []
    for gi, g in enumerate(gold):
        assert g.text is not None
        gold_words = content_words(g.text)
        for pi, p in enumerate(predicted):
            pred_words = content_words(_node_text(p))
            score = overlap(g.text, _node_text(p))
            if score >= MATCH_THRESHOLD:
                precision = len(gold_words & pred_words) / len(pred_words)
                pairs.append((-score, -precision, gi, pi))
    matched: dict[str, DomainNode] = {}
    used: set[int] = set()
    for _, _, gi, pi in sorted(pairs):
        if gold[gi].ref in matched or pi in used:
            continue
        matched[gold[gi].ref] = predicted[pi]
        used.add(pi)
    return matched


def _describe_node(node: DomainNode) -> str:
    if node.label in TEXT_FIELDS:
        return f"{node.label} {_node_text(node)!r}"
    name = getattr(node, "name", None) or getattr(node, "title", None)
    return f"{node.id}" + (f" ({name})" if name else "")


def _link_attrs_equal(attrs: Mapping[str, AttrValue], link: Link) -> bool:
    """A link's date and date_precision exactly, its (role) title case-insensitively."""
    return not _attr_diffs(attrs, link, fuzzy=False)


def evaluate_facts(gold: GoldText, facts: SourceFacts) -> TextReport:
    """Score one text's predicted facts against its gold annotations (pure)."""
    report = TextReport(name=gold.name, topic=gold.topic, level=gold.level)
    for label in ENTITY_LABELS:
        if any(e.label is label for e in gold.entities) or any(
            n.label is label for n in facts.nodes
        ):
            report.count(report.entities, str(label))
    if gold.published_on != facts.source.published_on:
        report.notes.append(
            f"published_on: gold {gold.published_on!r}, read {facts.source.published_on!r}"
        )

    predicted = [n for n in facts.nodes if n.label in ENTITY_LABELS]
    ref_of: dict[str, str] = {}  # predicted node id -> gold ref
    matched: dict[str, DomainNode] = {}  # gold ref -> predicted node

    by_id = {n.id: n for n in predicted if n.label in ID_LABELS}
    for e in gold.entities:
        if e.id is not None:
            ref_of[e.id] = e.ref  # links may name a gold id even if the node is missing
            if e.id in by_id:
                matched[e.ref] = by_id[e.id]
    for ref, hit in _match_documents(gold, predicted, matched, report).items():
        matched[ref] = hit
        ref_of[hit.id] = ref
    for label in TEXT_FIELDS:
        gold_of_label = [e for e in gold.entities if e.label is label]
        pred_of_label = [n for n in predicted if n.label is label]
        for ref, hit in _match_by_text(gold_of_label, pred_of_label).items():
            matched[ref] = hit
            ref_of[hit.id] = ref

    for e in gold.entities:
        c = report.count(report.entities, str(e.label))
        node = matched.get(e.ref)
        if node is None:
            c.fn += 1
            report.dated.fn += e.label is NodeLabel.DECISION and "date" in e.attrs
            report.misses.append(f"{e.describe()}: not extracted")
            continue
        diffs = _attr_diffs(e.attrs, node)
        if e.label is NodeLabel.DECISION and "date" in e.attrs:
            if any(d.startswith(("date:", "date_precision:")) for d in diffs):
                report.dated.fn += 1
            else:
                report.dated.tp += 1
        if diffs:
            c.fp += 1
            c.fn += 1
            report.misses.append(f"{e.describe()}: {'; '.join(diffs)}")
            report.false_positives.append(f"{_describe_node(node)}: wrong {'; '.join(diffs)}")
        else:
            c.tp += 1
    matched_ids = {n.id for n in matched.values()}
    correct = {
        node.id for ref, node in matched.items() if not _attr_diffs(_gold_attrs(gold, ref), node)
    }
    for n in predicted:
        if n.id not in matched_ids:
            report.count(report.entities, str(n.label)).fp += 1
            report.false_positives.append(f"{_describe_node(n)}: not in gold")
    for m in facts.mentions:
        if m.node_id in by_id or m.node_id in {n.id for n in predicted}:
            rule_counts = report.count(report.rules, m.evidence.rule)
            if m.node_id in correct:
                rule_counts.tp += 1
            else:
                rule_counts.fp += 1

    _score_relations(gold, facts.links, ref_of, report)
    return report


def _score_relations(
    gold: GoldText, links: Sequence[Link], ref_of: Mapping[str, str], report: TextReport
) -> None:
    def end(node_id: str) -> str:
        return ref_of.get(node_id, f"?{node_id}")  # '?' marks an end outside gold

    grouped: dict[tuple[str, str, str], list[Link]] = {}
    for link in links:
        grouped.setdefault((str(link.type), end(link.from_id), end(link.to_id)), []).append(link)
    for rel in gold.relations:
        c = report.count(report.relations, str(rel.type))
        key = (str(rel.type), rel.from_ref, rel.to_ref)
        shown = f"{rel.type} {rel.from_ref} -> {rel.to_ref}" + (
            f" {dict(rel.attrs)}" if rel.attrs else ""
        )
        candidates = grouped.pop(key, None)
        stated_date = rel.type is LinkType.ADOPTED and "date" in rel.attrs
        right = candidates is not None and any(_link_attrs_equal(rel.attrs, x) for x in candidates)
        if stated_date:
            report.dated.tp += right
            report.dated.fn += not right
        if candidates is None:
            c.fn += 1
            report.misses.append(f"{shown}: not extracted")
        elif right:
            c.tp += 1
            for x in candidates:
                report.count(report.rules, x.evidence.rule).tp += 1
        else:
            c.fp += 1
            c.fn += 1
            diffs = "; ".join(_attr_diffs(rel.attrs, candidates[0], fuzzy=False))
            report.misses.append(f"{shown}: {diffs}")
            report.false_positives.append(f"{rel.type} {rel.from_ref} -> {rel.to_ref}: {diffs}")
    for (type_, from_end, to_end), group in grouped.items():
        report.count(report.relations, type_).fp += 1
        for x in group:
            report.count(report.rules, x.evidence.rule).fp += 1
        quote = " ".join(group[0].evidence.quote.split())
        report.false_positives.append(
            f"{type_} {from_end} -> {to_end}: not in gold (rule {group[0].evidence.rule}: "
            f"{quote[:100]!r})"
        )


# --- running ------------------------------------------------------------------------------


def evaluate_text(gold: GoldText) -> TextReport:
    """Extract the gold file's text and score it. A real page is read as if fetched from
    its url, so the extractor knows the site it came from, as it does on URL ingest."""
    from ingest.pipeline import extract, load_source

    source = load_source(gold.text_path)
    if gold.url:
        source = replace(source, uri=gold.url)
    return evaluate_facts(gold, extract(source))


def evaluate_set(name: str, directory: Path, pages: Path | None = None) -> SetReport:
    """Load every gold file of a set (all checked before any extraction) and score each."""
    golds = load_gold_set(directory, pages)
    return SetReport(name=name, texts=[evaluate_text(g) for g in golds])


def _gold_attrs(gold: GoldText, ref: str) -> Mapping[str, AttrValue]:
    return next((e.attrs for e in gold.entities if e.ref == ref), {})


_PERIOD = re.compile(r"^\d{4}-\d{4}$")


def _document_key(node_id: str) -> tuple[str, ...] | None:
    """(level, kind, scope..., period or ''): what a document id must agree on beyond its
    wording. A committee part of a municipal scope and a title part are ignored."""
    parts = node_id.split(":")
    if len(parts) < 4 or parts[0] != "Document":
        return None
    width = 1 if parts[3] == "se" else 2
    scope, rest = parts[3 : 3 + width], parts[3 + width :]
    period = rest[-1] if rest and _PERIOD.match(rest[-1]) else ""
    return (*parts[1:3], *scope, period)


def _match_documents(
    gold: GoldText,
    predicted: Sequence[DomainNode],
    matched: Mapping[str, DomainNode],
    report: TextReport,
) -> dict[str, DomainNode]:
    """Gold documents whose id differs from every prediction only in wording: same level,
    kind, scope and period, and (without a period) at least half the title's words."""
    used = {n.id for n in matched.values()}
    found: dict[str, DomainNode] = {}
    for e in gold.entities:
        if e.label is not NodeLabel.DOCUMENT or e.ref in matched or e.id is None:
            continue
        key = _document_key(e.id)
        title = str(e.attrs.get("title") or "")
        for node in predicted:
            if node.label is not NodeLabel.DOCUMENT or _document_key(node.id) != key:
                continue
            words = overlap(title, getattr(node, "title", "")) if title else 1.0
            if key and not key[-1] and words < MATCH_THRESHOLD:
                continue
            if node.id in used:
                report.merged.append(f"{e.describe()} and another gold document: one node")
                continue
            found[e.ref] = node
            used.add(node.id)
            break
    return found


# --- rendering ----------------------------------------------------------------------------


def _fmt(value: float, defined: bool) -> str:
    return f"{value:.3f}" if defined else "-"


def _row(table: Table, name: str, c: Counts, *, style: str | None = None) -> None:
    table.add_row(
        name,
        str(c.gold),
        str(c.predicted),
        str(c.tp),
        str(c.fp),
        str(c.fn),
        _fmt(c.precision, c.predicted > 0),
        _fmt(c.recall, c.gold > 0),
        _fmt(c.f1, c.gold + c.predicted > 0),
        style=style,
    )


def _table(title: str, first: str, rows: Mapping[str, Counts], total: Counts) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    for column in ("gold", "pred", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(column, justify="right")
    for key, c in rows.items():
        _row(table, key, c)
    table.add_section()
    _row(table, "micro total", total, style="bold")
    return table


def render_set(report: SetReport, console: Console) -> None:
    """The score tables of one set: entities per label, relations per type."""
    n = len(report.texts)
    console.print(
        _table(
            f"set {report.name} ({n} text{'s' if n != 1 else ''}): entities",
            "label",
            report.entities,
            report.entity_total,
        )
    )
    console.print(
        _table(f"set {report.name}: relations", "type", report.relations, report.relation_total)
    )


def render_details(report: SetReport, console: Console) -> None:
    """Per text: what gold has that extraction missed, and what it said that gold lacks."""
    for text in report.texts:
        console.rule(f"{report.name}/{text.name}")
        for note in text.notes:
            console.print("  [yellow]note[/yellow] ", end="")
            console.print(note, markup=False, highlight=False, soft_wrap=True)
        for miss in text.misses:
            console.print("  [red]miss[/red] ", end="")
            console.print(miss, markup=False, highlight=False, soft_wrap=True)
        for fp in text.false_positives:
            console.print("  [magenta]false positive[/magenta] ", end="")
            console.print(fp, markup=False, highlight=False, soft_wrap=True)
        if not (text.misses or text.false_positives):
            console.print("  all correct")

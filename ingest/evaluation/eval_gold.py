"""Gold annotations: reading and checking the hand-made gold files.

The gold format is specified in ``docs/gold-format.md``. In short: a gold set is
a directory of ``<name>.gold.json`` files; each names its page text (by default
``<name>.txt`` beside it, or the path in its ``"text_file"``, relative to the
gold file) and lists the entities and relations the page states.
Organizations, persons, documents and initiatives are given by id; decisions,
activities and goals by text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from graph.edges import LinkType
from graph.nodes import NODE_TYPES, NodeLabel
from ingest.evaluation.eval_compare import AttrValue, content_words

__all__ = [
    "DATE_ATTRS",
    "ENTITY_LABELS",
    "GOLD_SUFFIX",
    "ID_LABELS",
    "RELATION_ATTRS",
    "TEXT_FIELDS",
    "GoldEntity",
    "GoldError",
    "GoldRelation",
    "GoldText",
    "PagesMissingError",
    "find_sets",
    "load_gold_file",
    "load_gold_set",
]

GOLD_SUFFIX = ".gold.json"

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
DATE_ATTRS = frozenset({"date", "adopted_on"})
RELATION_ATTRS = frozenset({"date", "date_precision", "title"})


class GoldError(ValueError):
    """A gold file that does not follow docs/gold-format.md; the message names the file."""


class PagesMissingError(GoldError):
    """A real page's text is not on disk: it is rebuilt from saved search answers."""


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


def load_gold_set(
    directory: Path, pages: Path | None = None, *, require_text: bool = True
) -> list[GoldText]:
    """Every ``*.gold.json`` in the directory (not recursive), by name."""
    return [
        load_gold_file(p, pages, require_text=require_text)
        for p in sorted(directory.glob(f"*{GOLD_SUFFIX}"))
    ]


def find_sets(root: Path) -> dict[str, Path]:
    """The gold sets under root: its sub-directories, by name (a set may still be empty)."""
    return {p.name: p for p in sorted(root.iterdir()) if p.is_dir() and not p.name.startswith(".")}

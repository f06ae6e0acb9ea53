"""Extraction quality: predicted facts scored against hand-made gold annotations.

Each gold file's page text (ingest.evaluation.eval_gold, format in ``docs/gold-format.md``)
is run through ``load_source`` + ``extract`` and the facts compared: entities
by id or by text (ingest.evaluation.eval_entities), relations by type and the gold refs of
their ends (ingest.evaluation.eval_relations), texts and attributes as in
ingest.evaluation.eval_compare.

Scores (ingest.evaluation.eval_scores): TP, FP, FN, precision, recall and F1 per entity
label and per relation type, and micro totals, per set; plus per-text misses
and false positives (printed by ingest.evaluation.eval_render).

The names of those modules that callers use are importable from here too.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from graph.edges import SourceFacts
from ingest.evaluation.eval_compare import MATCH_THRESHOLD, STOP_WORDS, content_words, overlap
from ingest.evaluation.eval_entities import score_entities
from ingest.evaluation.eval_gold import (
    GOLD_SUFFIX,
    GoldEntity,
    GoldError,
    GoldRelation,
    GoldText,
    PagesMissingError,
    find_sets,
    load_gold_file,
    load_gold_set,
)
from ingest.evaluation.eval_relations import score_relations
from ingest.evaluation.eval_render import render_details, render_set
from ingest.evaluation.eval_scores import Counts, SetReport, TextReport

__all__ = [
    "GOLD_SUFFIX",
    "MATCH_THRESHOLD",
    "STOP_WORDS",
    "Counts",
    "GoldEntity",
    "GoldError",
    "GoldRelation",
    "GoldText",
    "PagesMissingError",
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


def evaluate_facts(gold: GoldText, facts: SourceFacts) -> TextReport:
    """Score one text's predicted facts against its gold annotations (pure)."""
    report = TextReport(
        name=gold.name, topic=gold.topic, level=gold.level, page_type=gold.page_type
    )
    if gold.published_on != facts.source.published_on:
        report.notes.append(
            f"published_on: gold {gold.published_on!r}, read {facts.source.published_on!r}"
        )
    ref_of = score_entities(gold, facts, report)
    score_relations(gold, facts.links, ref_of, report)
    return report


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

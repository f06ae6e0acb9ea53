"""Rebuild the real gold sets' pages from saved search answers.

Public page text is never committed. Each real gold file records the page's
``url`` and the ``query`` that found it with the project's `search` tool (corpus
``pages``). Save that tool's JSON answer as ``<set>/answers/<name>.json`` (a whole
answer, or one result object from it), then run::

    .venv/bin/python tests/gold/rebuild_pages.py [SET_DIR ...]

which writes ``<set>/pages/<name>.txt``, the page text the gold file points at.
Both folders are git-ignored, so a fresh machine has neither::

    .venv/bin/python tests/gold/rebuild_pages.py --todo [SET_DIR ...]

prints, one JSON object per line, each gold file whose answer is missing or does not
hold its url (``set``, ``name``, ``url``, ``query``): the searches to run again. To save
one result as the search tool printed it, checked against the gold file's url::

    .venv/bin/python tests/gold/rebuild_pages.py --save SET_DIR NAME < result.json
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_SETS = (
    "real",
    "real2",
    "real3",
    "real4",
    "real5",
    "real6",
    "real7",
    "real8",
    "real9",
    "real10",
    "real11",
    "real12",
    "real13",
    "real14",
    "real15",
    "real16",
    "real17",
    "real18",
    "real19",
    "real20",
    "real21",
    "real22",
    "real23",
    "real24",
    "real25",
    "real26",
    "real27",
    "real28",
    "real29",
    "real30",
    "real31",
    "real32",
    "real33",
    "real34",
    "real35",
    "real36",
    "real37",
    "real38",
    "real39",
    "real40",
    "real41",
    "real42",
    "real43",
    "real44",
    "real45",
    "real46",
    "real47",
    "real48",
    "real49",
    "real50",
    "real51",
    "real52",
    "real53",
    "real54",
    "real55",
    "real56",
    "real57",
    "real58",
    "real59",
    "real60",
    "real61",
    "real62",
    "real63",
    "real64",
    "real65",
    "real66",
    "real67",
    "real68",
    "real69",
    "real70",
    "real71",
    "real72",
    "real73",
    "real74",
    "real75",
    "real76",
    "real77",
    "real78",
    "real79",
    "real80",
    "real81",
    "real82",
    "real83",
    "real84",
    "real85",
    "real86",
    "real87",
    "real88",
    "real89",
    "real90",
    "real91",
    "real92",
    "real93",
    "real94",
    "real95",
    "real96",
    "real97",
    "real98",
    "real99",
    "real100",
    "real101",
    "real102",
    "real103",
    "real104",
    "real105",
    "real106",
    "real107",
    "real108",
    "real109",
    "real110",
    "real111",
    "real112",
    "real113",
    "real114",
    "real115",
    "real116",
    "real117",
    "real118",
    "real119",
    "real120",
    "real121",
    "real122",
    "real123",
    "real124",
    "real125",
    "real126",
    "real127",
    "real128",
    "real129",
    "real130",
    "real131",
    "real132",
    "real133",
    "real134",
    "real135",
    "real136",
    "real137",
    "real138",
    "real139",
    "real140",
    "real141",
    "real142",
    "real_heldout",
)


def _results(answer: Any) -> list[dict[str, Any]]:
    if isinstance(answer, dict) and isinstance(answer.get("results"), list):
        return [r for r in answer["results"] if isinstance(r, dict)]
    if isinstance(answer, dict) and "excerpt" in answer:
        return [answer]
    raise ValueError("neither a search answer nor one result object")


def page_text(answer: Any, url: str | None) -> str:
    """The excerpt of the result whose url is the gold file's (the first if no url)."""
    results = _results(answer)
    for result in results:
        if url is None or result.get("url") == url:
            return str(result["excerpt"])
    raise ValueError(f"no result for {url}")


def _saved(set_dir: Path) -> Iterator[tuple[str, Any, str | None, str]]:
    """Each gold file of a set: (name, gold, its saved page text or None, why not)."""
    for gold_path in sorted(set_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        answer_path = set_dir / "answers" / f"{name}.json"
        if not answer_path.is_file():
            yield name, gold, None, f"no saved answer at {answer_path}"
            continue
        try:
            answer = json.loads(answer_path.read_text(encoding="utf-8"))
            yield name, gold, page_text(answer, gold.get("url")), ""
        except (OSError, ValueError, KeyError) as exc:  # JSONDecodeError is a ValueError
            yield name, gold, None, str(exc)


def rebuild(set_dir: Path) -> tuple[int, list[str]]:
    """Write every page of a set whose answer is saved; return (written, problems)."""
    written, problems = 0, []
    pages = set_dir / "pages"
    for name, _, text, problem in _saved(set_dir):
        if text is None:
            problems.append(f"{name}: {problem}")
            continue
        pages.mkdir(exist_ok=True)
        (pages / f"{name}.txt").write_text(text.rstrip() + "\n", encoding="utf-8")
        written += 1
    return written, problems


def todo(set_dir: Path) -> list[dict[str, str]]:
    """The gold files of a set whose saved answer is missing or lacks their page."""
    return [
        {"set": set_dir.name, "name": name, "url": gold.get("url"), "query": gold.get("query")}
        for name, gold, text, _ in _saved(set_dir)
        if text is None
    ]


def save(set_dir: Path, name: str, raw: str) -> Path:
    """Save the search result for gold file `name` from `raw` (one result object as the
    tool printed it, or a whole answer): only the result whose url is the gold file's,
    checked before anything is written. Raises ValueError with the reason."""
    gold_path = set_dir / f"{name}.gold.json"
    if not gold_path.is_file():
        raise ValueError(f"no gold file {gold_path}")
    url = json.loads(gold_path.read_text(encoding="utf-8")).get("url")
    try:
        answer = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc}") from exc
    result = next((r for r in _results(answer) if r.get("url") == url), None)
    if result is None:
        raise ValueError(f"no result with the gold url {url}")
    if not isinstance(result.get("excerpt"), str) or not result["excerpt"].strip():
        raise ValueError("the result has no excerpt")
    target = set_dir / "answers" / f"{name}.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    if argv[:1] == ["--save"]:
        if len(argv) != 3:
            print("usage: rebuild_pages.py --save SET_DIR NAME < result.json", file=sys.stderr)
            return 2
        try:
            target = save(Path(argv[1]), argv[2], sys.stdin.read())
        except ValueError as exc:
            print(f"not saved: {exc}", file=sys.stderr)
            return 1
        print(f"saved {target}")
        return 0
    listing = "--todo" in argv
    argv = [a for a in argv if a != "--todo"]
    dirs = [Path(a) for a in argv] or [HERE / s for s in DEFAULT_SETS]
    if listing:
        for set_dir in dirs:
            for entry in todo(set_dir):
                print(json.dumps(entry, ensure_ascii=False))
        return 0
    failed = False
    for set_dir in dirs:
        written, problems = rebuild(set_dir)
        print(f"{set_dir.name}: {written} pages written")
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

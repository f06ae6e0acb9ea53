"""Read the extractor's output on pages nobody annotated, and diff it between versions.

The development sets can be over-fitted; the held-out sets may only be scored in
totals. What remains is reading what the extractor says about unseen pages. Point
this at folders of saved `search` answers (``*.json``, a whole answer or one result
object; pages are written beside them under ``pages/``) or at gold set folders
(their rebuilt ``pages/*.txt``; the gold itself is never read)::

    .venv/bin/python tests/gold/unseen_output.py show [--kind decision] DIR...
    .venv/bin/python tests/gold/unseen_output.py dump --out now.json DIR...
    .venv/bin/python tests/gold/unseen_output.py diff before.json now.json

``show`` prints each page's nodes and links with the rule and quote behind each link;
``dump`` writes every page's facts as strings, and ``diff`` lists the facts that
changed between two dumps (run ``dump`` on a worktree of the old commit first).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from graph.edges import SourceFacts
from ingest.pipeline import extract, load_source

# Link types printed by ``show --kind``; MENTIONS is never printed.
KINDS: dict[str, frozenset[str]] = {
    "person": frozenset({"HOLDS_ROLE"}),
    "decision": frozenset({"DECIDED", "ADOPTED", "CONCERNS"}),
    "document": frozenset({"ISSUED", "ADOPTED", "SIGNED", "IMPLEMENTS", "REVISES"}),
}


def pages(folder: Path) -> Iterator[tuple[str, Path, str | None]]:
    """(key, page file, url) for each rebuilt gold page or saved answer in ``folder``."""
    golds = sorted(folder.glob("*.gold.json"))
    for gold in golds:
        name = gold.name.removesuffix(".gold.json")
        page = folder / "pages" / f"{name}.txt"
        if page.exists():
            url = json.loads(gold.read_text(encoding="utf-8")).get("url")
            yield f"{folder.name}/{name}", page, url
    if golds:
        return
    inner = folder / "answers"
    answers = sorted((inner if inner.is_dir() else folder).glob("*.json"))
    out = folder / "pages"
    out.mkdir(exist_ok=True)
    for answer in answers:
        obj = json.loads(answer.read_text(encoding="utf-8"))
        result = obj["results"][0] if "results" in obj else obj
        page = out / f"{answer.stem}.txt"
        page.write_text(str(result["excerpt"]).rstrip() + "\n", encoding="utf-8")
        yield f"{folder.name}/{answer.stem}", page, str(result["url"])


def facts_of(page: Path, url: str | None) -> SourceFacts:
    return extract(load_source(page, uri=url))


def label(node: object) -> str:
    for field in ("title", "name", "summary", "text", "description"):
        value = getattr(node, field, None)
        if value:
            return str(value)
    return ""


def fact_strings(facts: SourceFacts) -> list[str]:
    out = {f"N {node.id} | {label(node)}"[:200] for node in facts.nodes}
    for link in facts.links:
        said = f"{link.date or ''} {link.title or ''}".strip()
        out.add(f"L {link.type.value} {link.from_id} -> {link.to_id} {said}"[:220])
    return sorted(out)


def show(folders: list[Path], kind: str) -> None:
    wanted = KINDS.get(kind)
    for folder in folders:
        for key, page, url in pages(folder):
            facts = facts_of(page, url)
            print(f"==== {key} {url} published={facts.source.published_on}")
            for node in facts.nodes:
                if wanted is None:
                    print(f"  N {type(node).__name__} {node.id} {label(node)[:70]}")
            for link in facts.links:
                name = link.type.value
                if name == "MENTIONS" or (wanted is not None and name not in wanted):
                    continue
                quote = link.evidence.quote[:110]
                print(
                    f"  L {name} {link.from_id} -> {link.to_id} {link.date or ''} "
                    f"[{link.evidence.rule}] {quote!r}"
                )


def dump(folders: list[Path], out: Path) -> None:
    answer = {
        key: fact_strings(facts_of(page, url))
        for folder in folders
        for key, page, url in pages(folder)
    }
    out.write_text(json.dumps(answer, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(answer)} pages -> {out}", file=sys.stderr)


def diff(before: Path, now: Path) -> int:
    old = json.loads(before.read_text(encoding="utf-8"))
    new = json.loads(now.read_text(encoding="utf-8"))
    changed = 0
    for key in sorted(set(old) | set(new)):
        gone, came = set(old.get(key, [])), set(new.get(key, []))
        if gone == came:
            continue
        print("==", key)
        for fact in sorted(gone - came):
            print("  -", fact)
        for fact in sorted(came - gone):
            print("  +", fact)
        changed += len(gone ^ came)
    print("changed facts:", changed)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    show_p = sub.add_parser("show", help="print facts with rule and quote")
    show_p.add_argument("--kind", choices=["all", *KINDS], default="all")
    show_p.add_argument("folders", nargs="+", type=Path)
    dump_p = sub.add_parser("dump", help="write each page's facts as strings")
    dump_p.add_argument("--out", type=Path, required=True)
    dump_p.add_argument("folders", nargs="+", type=Path)
    diff_p = sub.add_parser("diff", help="facts changed between two dumps")
    diff_p.add_argument("before", type=Path)
    diff_p.add_argument("now", type=Path)
    args = parser.parse_args(argv)
    if args.command == "show":
        show(args.folders, args.kind)
    elif args.command == "dump":
        dump(args.folders, args.out)
    else:
        diff(args.before, args.now)
    return 0


if __name__ == "__main__":
    sys.exit(main())
